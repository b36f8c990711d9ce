"""Suggestions as you type in the header search box: the ARIA 1.2 combobox, by keyboard only."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import describe, run_axe
from tests.browser.pages import SEARCH_TYPED, SUGGEST_TYPED

CASES = [
    # (language, home, what the visitor types, the status text's start)
    ("lv", "/lv/", SUGGEST_TYPED["lv"], "Ieteiktās lapas:"),
    ("en", "/en/", SUGGEST_TYPED["en"], "Suggested pages:"),
]


def tab_to_search_box(page):
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "site-search-q":
            return
    raise AssertionError("The search box is not reachable with Tab")


@pytest.mark.parametrize("language,home,typed,status", CASES)
def test_a_keyboard_user_picks_a_suggestion_and_opens_its_page(page, language, home, typed, status):
    page.goto(home)
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    tab_to_search_box(page)
    page.keyboard.type(typed, delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    options = listbox.get_by_role("option")
    assert options.count() >= 1
    assert page.locator(".site-search__status").inner_text().startswith(status)

    violations = run_axe(page)
    assert violations == [], describe(violations)

    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    assert page.evaluate("() => document.activeElement.id") == "site-search-q"  # focus stays
    if options.count() > 1:
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    title = first.inner_text()

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()
    page.keyboard.press("ArrowDown")  # opens the list again (it may ask the server first)
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(listbox).to_be_visible()

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().strip() == title
    assert page.locator("html").get_attribute("lang") == language


@pytest.mark.parametrize("home,typed", [("/lv/", SEARCH_TYPED["lv"]), ("/en/", SEARCH_TYPED["en"])])
def test_enter_without_a_chosen_suggestion_runs_the_search(page, home, typed):
    page.goto(home)
    tab_to_search_box(page)
    page.keyboard.type(typed, delay=30)
    page.get_by_role("listbox").wait_for(state="visible")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#search-page-q").input_value() == typed
    assert page.locator(".search-result").count() >= 1


def test_without_javascript_the_box_is_a_plain_search_form(browser, live_site):
    context = browser.new_context(base_url=live_site, java_script_enabled=False)
    page = context.new_page()
    page.goto("/lv/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") is None
    box.fill(SEARCH_TYPED["lv"])
    with page.expect_navigation():
        box.press("Enter")
    assert "/lv/meklet/?q=" in page.url
    assert page.locator(".search-result").count() >= 1
    context.close()


def test_the_suggestions_fit_a_phone_screen(phone):
    phone.goto("/lv/")
    phone.locator("#site-search-q").fill(SUGGEST_TYPED["lv"])
    listbox = phone.get_by_role("listbox")
    listbox.wait_for(state="visible")
    box = listbox.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    violations = run_axe(phone)
    assert violations == [], describe(violations)
