"""Editors and translators in the real admin: what they see first, and the editor's language tabs.

These journeys also write the screenshots used in docs/editors.md and docs/translators.md.
"""

import re

from tests.browser.conftest import screenshot


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "browser-pass-123")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_a_translator_starts_from_the_dashboard_and_the_translation_report(page):
    log_in(page, "tulkotajs")
    panel = page.locator("[data-translations-dashboard]")
    assert panel.is_visible()
    assert "without English" in panel.inner_text()
    screenshot(page, "admin-dashboard-translator")
    panel.get_by_role("link", name="Open the translation report").click()
    page.wait_for_url(re.compile(r"/admin/translations/"))
    rows = page.locator("[data-translation-report] tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 1
    assert "Normatīvie akti" in page.locator("[data-translation-report]").inner_text()
    screenshot(page, "admin-translation-report")
    page.get_by_role("link", name="Normatīvie akti").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.get_by_role("tab", name="English").click()
    english = page.locator("#tab-english")
    assert english.is_visible()
    assert "Still empty in English:" in english.inner_text()
    # The Latvian source is shown, but there is no Latvian input to type into.
    assert page.locator("input[name=title_lv]").count() == 0
    screenshot(page, "admin-editor-english-tab-translator")
    assert page.locator("input[name=title_en]").is_visible()


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
