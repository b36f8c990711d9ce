"""axe-core finds no WCAG 2.1 A/AA violation on any public page, in either language, on a desk or a phone."""

import pytest

from tests.browser.conftest import describe, run_axe, screenshot
from tests.browser.pages import PUBLIC_PAGES


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_no_wcag_violations_on_desktop(page, name):
    page.goto(PUBLIC_PAGES[name])
    violations = run_axe(page)
    screenshot(page, f"desktop-{name}")
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_a_360px_phone_reads_everything_without_horizontal_scrolling(phone, name):
    phone.goto(PUBLIC_PAGES[name])
    overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    screenshot(phone, f"phone-{name}")
    assert overflow <= 0
    violations = run_axe(phone)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", ["content-lv", "content-en"])
def test_text_reflows_at_200_percent_zoom(browser, live_site, name):
    # 200% zoom of a 1280 px window is a 640 px wide CSS viewport.
    context = browser.new_context(
        base_url=live_site, viewport={"width": 640, "height": 900}, device_scale_factor=2
    )
    zoomed = context.new_page()
    zoomed.goto(PUBLIC_PAGES[name])
    assert zoomed.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
    context.close()


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_one_h1_and_a_heading_outline_without_skipped_levels(page, name):
    page.goto(PUBLIC_PAGES[name])
    levels = page.evaluate(
        "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
        ".filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))"
    )
    assert levels.count(1) == 1 and levels[0] == 1, levels
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, levels


@pytest.mark.parametrize("name", ["home-lv", "content-en", "not-found-en"])
def test_landmarks_are_present_and_labelled(page, name):
    page.goto(PUBLIC_PAGES[name])
    assert page.locator("header").count() >= 1
    assert page.locator("main#main").count() == 1
    assert page.locator("footer").count() == 1
    for nav in page.locator("nav").all():
        assert nav.get_attribute("aria-label")


def test_the_untranslated_fallback_content_is_marked_latvian(page):
    page.goto(PUBLIC_PAGES["untranslated-fallback-en"])
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("article").get_attribute("lang") == "lv"
    assert page.locator("nav.language-switcher a").get_attribute("lang") == "lv"


def test_motion_is_reduced_when_the_visitor_asks(browser, live_site):
    context = browser.new_context(base_url=live_site, reduced_motion="reduce")
    reduced = context.new_page()
    reduced.goto("/lv/")
    durations = reduced.evaluate(
        "() => [...document.querySelectorAll('*')].map(e => getComputedStyle(e).transitionDuration)"
        ".filter(d => d !== '0s')"
    )
    assert durations == []
    context.close()


def test_print_stylesheet_hides_navigation(page):
    page.goto(PUBLIC_PAGES["content-en"])
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".quick-exit").is_hidden()
    assert page.locator("main h1").is_visible()
