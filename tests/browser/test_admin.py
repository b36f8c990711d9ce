"""Editors and translators in the real admin: the translation workspace and the editor's language tabs.

These journeys also write the screenshots used in docs/editors.md and docs/translators.md.
"""

import re

from tests.browser.conftest import describe, run_axe, screenshot

SEED_LV = "Jaunākais Baltijas jūras valstu reģiona ziņojums par aktivitātēm cilvēku tirdzniecības novēršanā"
NEW_TITLE = "Baltic Sea region report on anti-trafficking activities, 2022"


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "browser-pass-123")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def seed_workspace(page):
    """The seed article's workspace, from the report (complete translations are listed on request)."""
    page.goto("/admin/translations/?state=complete")
    return page.get_by_role("link", name=SEED_LV).first.get_attribute("href")


def test_a_translator_translates_the_seed_article_by_keyboard_and_an_editor_approves(page):
    log_in(page, "tulkotajs")
    assert page.locator("[data-translations-dashboard]").is_visible()
    screenshot(page, "admin-dashboard-translator")
    page.goto("/admin/translations/")
    page.locator("[data-translation-report]").wait_for()
    screenshot(page, "admin-translation-report")
    workspace_url = seed_workspace(page)
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
    log_in(page, "redaktore")
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
    page.goto("/en/news/feed/")
    assert NEW_TITLE in page.content()
    for address in ["/en/news/", "/en/search/?q=Baltic+Sea+region+report"]:
        page.goto(address)
        assert NEW_TITLE in page.locator("main").inner_text(), address


def test_an_editor_with_the_admin_in_english_saves_a_latvian_page_that_stays_untranslated(page):
    log_in(page, "redaktore")
    page.goto("/lv/par-mums/")
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
    log_in(page, "redaktore")
    # From the public page, through Wagtail's user bar, into the editor.
    page.goto("/lv/par-mums/")
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    page.get_by_role("menuitem", name=re.compile("Edit this page")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert page.get_by_role("tab", name="Latviešu").get_attribute("aria-selected") == "true"
    assert page.locator("input[name=title_lv]").input_value() == "Par mums"
    screenshot(page, "admin-editor-latvian-tab")
    page.get_by_role("tab", name="English").click()
    assert page.locator("input[name=title_en]").input_value() == "About us"
