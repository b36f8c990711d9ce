"""A visitor's journeys through the site, with a mouse, with the keyboard only, and on a phone."""

import re

import pytest

from tests.browser import pages as P
from tests.browser.conftest import NEUTRAL_SITE

CONTENT_LV = P.PUBLIC_PAGES["content-lv"]
CONTENT_EN = P.PUBLIC_PAGES["content-en"]
HELP_LV = P.PUBLIC_PAGES["help-lv"]
HELP_EN = P.PUBLIC_PAGES["help-en"]


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
    page.get_by_role("link", name=P.MENU_TITLES["content"][0]).click()
    assert page.url.endswith(CONTENT_LV)
    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    assert page.url.endswith(CONTENT_EN)
    assert page.locator("h1").inner_text() == P.MENU_TITLES["content"][1]
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


def test_keyboard_only_visitor_skips_to_the_content(page):
    page.goto(CONTENT_EN)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").evaluate("e => e.getBoundingClientRect().top >= 0")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_keyboard_focus_order_follows_the_page_and_is_always_visible(page):
    page.goto(CONTENT_LV)
    seen = []
    for _ in range(14):
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
        P.LOGO_LV,
        "English",
        "Ārkārtas palīdzība " + P.EMERGENCY_NUMBER,
        P.MENU_TITLES["about"][0],
        P.MENU_TITLES["help"][0],
    ]
    assert seen[:3] == expected_order[:3]
    positions = [seen.index(text) for text in expected_order]
    assert positions == sorted(positions), seen


def test_quick_exit_button_leaves_for_a_neutral_site_that_back_does_not_undo(page):
    page.goto("/lv/")
    page.goto(HELP_LV)
    page.get_by_role("link", name=re.compile("Ātri iziet")).click()
    page.wait_for_url(NEUTRAL_SITE)
    assert page.title() == "Neutral"
    page.go_back()
    # The help page where the button was pressed is gone from the history.
    assert not page.url.endswith(HELP_LV)


def test_pressing_escape_twice_leaves_at_once(page):
    page.goto(HELP_EN)
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


@pytest.mark.parametrize("path", ["/lv/", HELP_EN])
def test_a_phone_visitor_sees_the_quick_exit_and_the_menu(phone, path):
    phone.goto(path)
    button = phone.locator("[data-quick-exit]")
    assert button.is_visible()
    box = button.bounding_box()
    assert box["height"] >= 24 and box["x"] + box["width"] <= 360
    assert phone.locator("nav.main-nav").is_visible()


ARTICLE_LV = P.PUBLIC_PAGES["news-article-lv"]
ARTICLE_EN = P.PUBLIC_PAGES["news-article-en"]
ARTICLE_TITLE_LV = P.ARTICLE["title_lv"]


def latvian_page(browser, live_site):
    context = browser.new_context(base_url=live_site, locale="lv-LV")
    return context, context.new_page()


def test_a_visitor_opens_an_article_from_the_news_and_reads_it_in_english(browser, live_site):
    context, page = latvian_page(browser, live_site)
    page.goto("/lv/")
    page.locator("nav.main-nav").get_by_role("link", name=P.MENU_TITLES["news"][0]).click()
    page.get_by_role("link", name=ARTICLE_TITLE_LV).first.click()
    page.wait_for_url("**" + ARTICLE_LV)
    assert page.locator("h1").inner_text() == ARTICLE_TITLE_LV
    assert P.ARTICLE["date_lv"] in page.locator("main").inner_text()
    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    page.wait_for_url("**" + ARTICLE_EN)
    assert page.locator("html").get_attribute("lang") == "en"
    assert P.ARTICLE["date_en"] in page.locator("main").inner_text()
    context.close()


def test_a_visitor_moves_through_calendar_months_and_opens_an_event(browser, live_site):
    context, page = latvian_page(browser, live_site)
    page.goto(P.month_url("lv", P.MONTH_BEFORE))
    page.locator("nav.calendar-pager").get_by_role("link", name=re.compile("Nākamais mēnesis")).click()
    page.wait_for_url("**" + P.month_url("lv", P.MONTH))
    assert P.MONTH_CAPTION_LV in page.locator("h1").inner_text()
    page.locator(".calendar-agenda").get_by_role(
        "link", name=re.compile(re.escape(P.EVENT["title_lv"]))
    ).first.click()
    page.wait_for_url("**" + P.PUBLIC_PAGES["event-lv"])
    assert P.EVENT["title_lv"] in page.locator("h1").inner_text()
    context.close()


def test_a_visitor_searches_without_diacritics_and_opens_a_result(browser, live_site):
    context, page = latvian_page(browser, live_site)
    page.goto("/lv/")
    page.get_by_label("Meklēt vietnē").fill(P.SEARCH_WORD_LV_PLAIN)
    page.get_by_label("Meklēt vietnē").press("Enter")
    page.wait_for_url(re.compile(re.escape("/lv/meklet/?q=" + P.SEARCH_WORD_LV_PLAIN)))
    page.locator(".search-results").get_by_role("link", name=ARTICLE_TITLE_LV).click()
    page.wait_for_url("**" + ARTICLE_LV)
    context.close()


def test_a_keyboard_only_visitor_searches_and_opens_a_result(page):
    page.goto("/en/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name") == "q":
            break
    page.keyboard.type(P.SEARCH_WORD_EN)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape("/en/search/?q=" + P.SEARCH_WORD_EN)))
    # Tab to the first result link and follow it with Enter.
    first_result = page.locator(".search-results a").first.get_attribute("href")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('href')") == first_result:
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**" + first_result)


def test_a_keyboard_only_visitor_reaches_the_next_month(page):
    page.goto(P.month_url("en", P.MONTH))
    for _ in range(40):
        page.keyboard.press("Tab")
        if "Next month" in page.evaluate("() => document.activeElement.textContent"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**" + P.month_url("en", P.MONTH_AFTER))
    assert P.MONTH_AFTER_CAPTION_EN in page.locator("h1").inner_text()
