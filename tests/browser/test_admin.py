"""Editors and translators in the real admin: the translation workspace and the editor's language tabs.

These journeys also write the screenshots used in docs/editors.md and docs/translators.md.
"""

import re

from tests.browser import pages as P
from tests.browser.conftest import describe, run_axe, screenshot

ARTICLE_LV = P.TRANSLATED_ARTICLE["title_lv"]
NEW_TITLE = P.TRANSLATED_ARTICLE_NEW_TITLE
CONTENT_LV = P.PUBLIC_PAGES["content-lv"]


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", P.PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def article_workspace(page):
    """The translated article's workspace, from the report (complete translations are listed on request)."""
    page.goto("/admin/translations/?state=complete")
    return page.get_by_role("link", name=ARTICLE_LV).first.get_attribute("href")


def test_a_translator_translates_an_article_by_keyboard_and_an_editor_approves(page):
    log_in(page, P.TRANSLATOR)
    assert page.locator("[data-translations-dashboard]").is_visible()
    screenshot(page, "admin-dashboard-translator")
    page.goto("/admin/translations/")
    page.locator("[data-translation-report]").wait_for()
    screenshot(page, "admin-translation-report")
    workspace_url = article_workspace(page)
    page.goto(workspace_url)
    # Keyboard only: focus the first segment (the title), retype it, Tab to the next segment.
    page.locator("tr[data-segment=title] textarea").focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(NEW_TITLE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('tr').dataset.segment") == "slug"
    screenshot(page, "admin-translation-workspace")
    violations = run_axe(page)
    assert violations == [], describe(violations)
    page.get_by_role("button", name="Save and submit for review").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "Submitted for review" in page.locator("body").inner_text()

    page.context.clear_cookies()
    log_in(page, P.EDITOR)
    page.goto(workspace_url + "review/")
    assert NEW_TITLE in page.content()
    screenshot(page, "admin-translation-review")
    violations = run_axe(page)
    assert violations == [], describe(violations)
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and write to the page").click()
    page.wait_for_load_state()
    assert "Approved: the English version is published." in page.locator("body").inner_text()

    page.context.clear_cookies()
    page.goto(P.url("news", "en", "feed"))
    assert NEW_TITLE in page.content()
    for address in [P.url("news", "en"), "/en/search/?q=" + P.TRANSLATED_ARTICLE_SEARCH.replace(" ", "+")]:
        page.goto(address)
        assert NEW_TITLE in page.locator("main").inner_text(), address


def test_an_editor_with_the_admin_in_english_saves_a_latvian_page_that_stays_untranslated(page):
    log_in(page, P.EDITOR)
    page.goto(CONTENT_LV)
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    page.get_by_role("menuitem", name=re.compile("Edit this page")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    current = re.search(r"/admin/pages/(\d+)/", page.url).group(1)
    parents = [
        m.group(1)
        for href in page.eval_on_selector_all(
            "a[href^='/admin/pages/']", "links => links.map(a => a.getAttribute('href'))"
        )
        if (m := re.fullmatch(r"/admin/pages/(\d+)/", href)) and m.group(1) not in (current, "1")
    ]
    page.goto(f"/admin/pages/add/home/standardpage/{parents[-1]}/")
    assert page.get_by_role("tab", name="Latviešu").get_attribute("aria-selected") == "true"
    page.fill("input[name=title_lv]", "Jauna lapa tikai latviski")
    page.locator("button[name=action-save], button[type=submit]:has-text('Save draft')").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.reload()
    page.get_by_role("tab", name="English").click()
    assert page.locator("input[name=title_en]").input_value() == ""
    assert page.locator("input[name=slug_en]").input_value() == ""


def test_an_editor_writes_in_the_latvian_tab(page):
    log_in(page, P.EDITOR)
    # From the public page, through Wagtail's user bar, into the editor.
    page.goto(CONTENT_LV)
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    page.get_by_role("menuitem", name=re.compile("Edit this page")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert page.get_by_role("tab", name="Latviešu").get_attribute("aria-selected") == "true"
    assert page.locator("input[name=title_lv]").input_value() == P.MENU_TITLES["content"][0]
    screenshot(page, "admin-editor-latvian-tab")
    page.get_by_role("tab", name="English").click()
    assert page.locator("input[name=title_en]").input_value() == P.MENU_TITLES["content"][1]
