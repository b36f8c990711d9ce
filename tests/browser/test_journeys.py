"""A visitor's journeys through the site, with a mouse, with the keyboard only, and on a phone."""

import re

import pytest

from tests.browser.conftest import NEUTRAL_SITE


def test_a_visitor_with_an_english_browser_lands_on_the_english_home_page(page):
    page.goto("/")
    assert page.url.endswith("/en/")
    assert page.locator("html").get_attribute("lang") == "en"


def test_a_visitor_opens_the_home_page_and_switches_to_english(browser, live_site):
    context = browser.new_context(base_url=live_site, locale="lv-LV")
    page = context.new_page()
    page.goto("/")
    assert page.url.endswith("/lv/")
    assert page.locator("html").get_attribute("lang") == "lv"
    page.get_by_role("link", name="Par mums").click()
    assert page.url.endswith("/lv/par-mums/")
    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    assert page.url.endswith("/en/about-us/")
    assert page.locator("h1").inner_text() == "About us"
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


def test_keyboard_only_visitor_skips_to_the_content(page):
    page.goto("/en/about-us/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").evaluate("e => e.getBoundingClientRect().top >= 0")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_keyboard_focus_order_follows_the_page_and_is_always_visible(page):
    page.goto("/lv/par-mums/")
    seen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const e = document.activeElement;
                const s = getComputedStyle(e);
                const label = e.textContent.trim() || e.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent.trim() : e.name);
                return {text: label.replace(/\\s+/g, ' '),
                        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                        shadow: s.boxShadow !== 'none'};
            }"""
        )
        assert info["outline"] or info["shadow"], info
        seen.append(info["text"])
    expected_order = [
        "Pāriet uz galveno saturu",
        "Ātri iziet (vai divreiz nospiediet Esc)",
        "Cilvēktirdzniecība",
        "English",
        "Par mums",
        "Palīdzība",
    ]
    assert seen[:3] == expected_order[:3]
    positions = [seen.index(text) for text in expected_order]
    assert positions == sorted(positions), seen


def test_quick_exit_button_leaves_for_a_neutral_site_that_back_does_not_undo(page):
    page.goto("/lv/")
    page.goto("/lv/palidziba/")
    page.get_by_role("link", name=re.compile("Ātri iziet")).click()
    page.wait_for_url(NEUTRAL_SITE)
    assert page.title() == "Neutral"
    page.go_back()
    # The help page where the button was pressed is gone from the history.
    assert not page.url.endswith("/lv/palidziba/")


def test_pressing_escape_twice_leaves_at_once(page):
    page.goto("/en/get-help/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)


def test_quick_exit_is_reachable_by_keyboard(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert "Quick exit" in page.evaluate("() => document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL_SITE)


@pytest.mark.parametrize("path", ["/lv/", "/en/get-help/"])
def test_a_phone_visitor_sees_the_quick_exit_and_the_menu(phone, path):
    phone.goto(path)
    button = phone.locator("[data-quick-exit]")
    assert button.is_visible()
    box = button.bounding_box()
    assert box["height"] >= 24 and box["x"] + box["width"] <= 360
    assert phone.locator("nav.main-nav").is_visible()
