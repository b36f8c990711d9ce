"""The publications index, a publication and the statistics page pass axe-core's WCAG 2.1 A/AA rules
in both languages, on a desk and a phone; the filters work without JavaScript; charts print."""

import re

import pytest

from tests.browser import pages as P
from tests.browser.conftest import describe, run_axe, screenshot
from tests.browser.pages import PUBLICATION_PAGES


@pytest.mark.parametrize("name", sorted(PUBLICATION_PAGES))
def test_no_wcag_violations_on_desktop(page, name):
    response = page.goto(PUBLICATION_PAGES[name])
    assert response.status == 200
    violations = run_axe(page)
    screenshot(page, f"desktop-{name}")
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", sorted(PUBLICATION_PAGES))
def test_no_wcag_violations_and_no_sideways_scrolling_on_a_phone(phone, name):
    phone.goto(PUBLICATION_PAGES[name])
    assert phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
    violations = run_axe(phone)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name", ["publications-index-lv", "publication-en", "statistics-lv"])
def test_one_h1_and_no_skipped_heading_levels(page, name):
    page.goto(PUBLICATION_PAGES[name])
    levels = page.evaluate(
        "() => [...document.querySelectorAll('main h1, main h2, main h3, main h4')]"
        ".filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))"
    )
    assert levels.count(1) == 1 and levels[0] == 1, levels
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, levels


def test_the_filters_work_with_the_keyboard_and_without_javascript(browser, live_site):
    context = browser.new_context(base_url=live_site, java_script_enabled=False)
    page = context.new_page()
    page.goto(PUBLICATION_PAGES["publications-index-en"])
    page.select_option("#filter-type", "legal")
    page.focus("#filter-language")
    page.keyboard.press("Tab")  # to the "Show publications" button
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(PUBLICATION_PAGES["publications-index-en"] + "?type=legal")))
    titles = page.locator(".publication-card__title").all_inner_texts()
    assert titles == [P.LEGAL_PUBLICATION["title_en"]]
    context.close()


def test_a_printed_chart_keeps_its_svg_table_and_sources_and_drops_the_controls(page):
    page.goto(PUBLICATION_PAGES["statistics-en"])
    page.emulate_media(media="print")
    assert page.locator(".chart svg").first.is_visible()
    assert page.locator(".chart__table").first.is_visible()
    assert page.locator(".chart__sources").first.is_visible()
    assert not page.locator(".chart__download").first.is_visible()
    page.goto(PUBLICATION_PAGES["publications-index-en"])
    page.emulate_media(media="print")
    assert not page.locator(".publication-filters").is_visible()
