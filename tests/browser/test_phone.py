"""Help first, on a 360 × 740 phone, in both languages: numbers in the first screen, a menu that opens
and closes with keyboard and touch (and is simply open without JavaScript), no sideways scrolling,
targets of at least 24 × 24 px, the calendar as a list, and axe on every guidance page type."""

import pytest

from tests.browser import pages as P
from tests.browser.conftest import describe, keep_inside, run_axe, screenshot
from tests.browser.pages import GUIDANCE_PAGES, HELP_NUMBERS, PUBLIC_PAGES

FIRST_SCREEN_PAGES = {
    "home-lv": "/lv/",
    "home-en": "/en/",
    "article-lv": PUBLIC_PAGES["news-article-lv"],
    "article-en": PUBLIC_PAGES["news-article-en"],
    "help-lv": PUBLIC_PAGES["help-lv"],
    "help-en": PUBLIC_PAGES["help-en"],
    "month-lv": PUBLIC_PAGES["calendar-month-lv"],
    "month-en": PUBLIC_PAGES["calendar-month-en"],
}


def new_phone(browser, live_site, **options):
    context = browser.new_context(
        base_url=live_site,
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        **options,
    )
    keep_inside(context)
    return context, context.new_page()


@pytest.mark.parametrize("name", sorted(FIRST_SCREEN_PAGES))
def test_the_three_help_numbers_are_tappable_in_the_first_screen(phone, name):
    phone.goto(FIRST_SCREEN_PAGES[name])
    for href in HELP_NUMBERS:
        link = phone.locator(f'.help-strip a[href="{href}"]')
        assert link.is_visible()
        box = link.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 740, (href, box)
        assert box["height"] >= 24 and box["width"] >= 24
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360


@pytest.mark.parametrize("path,button", [("/lv/", "Izvēlne"), ("/en/", "Menu")])
def test_the_menu_opens_and_closes_with_the_keyboard(phone, path, button):
    phone.goto(path)
    toggle = phone.get_by_role("button", name=button)
    menu = phone.locator("#main-menu")
    assert toggle.get_attribute("aria-expanded") == "false" and menu.is_hidden()
    toggle.focus()
    phone.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    # The first section is the next stop of the Tab key.
    phone.keyboard.press("Tab")
    assert phone.evaluate("() => document.activeElement.closest('#main-menu') !== null")
    toggle.focus()
    phone.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "false" and menu.is_hidden()


@pytest.mark.parametrize(
    "path,section", [("/lv/", P.MENU_TITLES["partners"][0]), ("/en/", P.MENU_TITLES["partners"][1])]
)
def test_the_menu_opens_and_closes_with_touch_and_leads_to_a_section(phone, path, section):
    phone.goto(path)
    toggle = phone.locator(".main-nav__toggle")
    toggle.tap()
    assert phone.locator("#main-menu").is_visible()
    toggle.tap()
    assert phone.locator("#main-menu").is_hidden()
    toggle.tap()
    phone.locator("#main-menu").get_by_role("link", name=section).tap()
    phone.wait_for_url(f"**{path}**/")
    assert phone.locator("h1").inner_text() == section


def test_without_javascript_the_menu_is_simply_open_and_the_self_check_still_answers(browser, live_site):
    context, page = new_phone(browser, live_site, java_script_enabled=False)
    page.goto("/en/")
    assert page.locator(".main-nav__toggle").is_hidden()
    assert page.locator("#main-menu").get_by_role("link", name=P.MENU_TITLES["help"][1]).is_visible()
    page.goto(GUIDANCE_PAGES["self-check-en"])
    some = page.locator(".self-check__result--some")
    none = page.locator(".self-check__result--none")
    assert some.is_hidden() and none.is_visible()
    page.get_by_label(P.SELF_CHECK_QUESTION_EN).check()
    assert some.is_visible() and none.is_hidden()
    page.get_by_role("button", name="Clear my answers").click()
    assert some.is_hidden()
    # Nothing was stored: no cookie, no web storage, the address did not change.
    assert context.cookies() == []
    assert page.url.endswith(GUIDANCE_PAGES["self-check-en"])
    context.close()


@pytest.mark.parametrize("name", sorted(GUIDANCE_PAGES))
def test_guidance_pages_have_no_wcag_violations_and_no_sideways_scrolling_on_a_phone(phone, name):
    phone.goto(GUIDANCE_PAGES[name])
    assert phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
    violations = run_axe(phone)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", sorted(GUIDANCE_PAGES))
def test_guidance_pages_have_no_wcag_violations_on_a_1366px_desk(browser, live_site, name):
    context = browser.new_context(base_url=live_site, viewport={"width": 1366, "height": 900})
    keep_inside(context)
    page = context.new_page()
    page.goto(GUIDANCE_PAGES[name])
    violations = run_axe(page)
    screenshot(page, f"desktop-guidance-{name}")
    assert violations == [], describe(violations)
    context.close()


@pytest.mark.parametrize("name", sorted(FIRST_SCREEN_PAGES))
def test_no_sideways_scrolling_with_the_menu_open(phone, name):
    phone.goto(FIRST_SCREEN_PAGES[name])
    phone.locator(".main-nav__toggle").tap()
    assert phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
    violations = run_axe(phone)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("path", ["/lv/", PUBLIC_PAGES["help-en"]])
def test_header_menu_strip_and_footer_targets_are_at_least_24_px(phone, path):
    phone.goto(path)
    phone.locator(".main-nav__toggle").tap()
    small = phone.evaluate(
        """() => [...document.querySelectorAll(
                '.site-header a, .site-header button, .site-header input, .quick-exit a, '
                + '.breadcrumbs a, .site-footer a')]
            .filter(e => e.offsetParent !== null)
            .map(e => ({text: e.textContent.trim(), box: e.getBoundingClientRect()}))
            .filter(t => t.box.width < 24 || t.box.height < 24)
            .map(t => t.text + ' ' + Math.round(t.box.width) + 'x' + Math.round(t.box.height))"""
    )
    assert small == []


@pytest.mark.parametrize(
    "path,multi_day",
    [
        (PUBLIC_PAGES["calendar-month-lv"], P.MULTI_DAY_EVENT["title_lv"]),
        (PUBLIC_PAGES["calendar-month-en"], P.MULTI_DAY_EVENT["title_en"]),
    ],
)
def test_the_calendar_is_a_list_on_a_phone_with_each_event_once_and_the_grid_on_request(
    phone, path, multi_day
):
    phone.goto(path)
    assert phone.locator("table.calendar-month").is_hidden()
    assert phone.locator(".calendar-agenda").is_visible()
    assert phone.locator(".site-aside").count() == 0
    assert phone.locator(".calendar-agenda .event-summary__title", has_text=multi_day).count() == 1
    phone.locator(".calendar-month__show a").tap()
    assert phone.locator("table.calendar-month").is_visible()


def test_the_printout_has_the_masthead_and_leaves_out_the_month_box_and_decorative_images(page):
    page.goto(PUBLIC_PAGES["news-article-en"])
    page.emulate_media(media="print")
    masthead = page.locator(".print-masthead")
    assert masthead.is_visible()
    assert P.SITE_NAME_EN in masthead.inner_text()
    assert PUBLIC_PAGES["news-article-en"] in masthead.inner_text()
    assert page.locator(".site-aside").count() == 1 and page.locator(".site-aside").is_hidden()
    assert page.locator(".help-strip").is_hidden()
    for image in page.locator('img[alt=""]').all():
        assert image.is_hidden()
    page.goto("/en/")
    page.emulate_media(media="print")
    assert page.locator(".site-aside").is_hidden()
