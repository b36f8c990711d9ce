"""The enforced Content-Security-Policy breaks nothing: Chromium reports no violation on the
public pages (which run only the site's own script files) nor in the admin journeys."""

import re

import pytest

from tests.browser import pages as P
from tests.browser.test_admin import log_in

PUBLIC_PAGES = [
    "/lv/",
    "/en/",
    P.url("news", "lv"),
    P.url("calendar", "en"),
    "/lv/meklet/?q=darbs",
    "/lv/nav-tadas/",
]


def violations_while(page, action):
    found = []

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            found.append(message.text)

    page.on("console", on_console)
    page.evaluate("() => 1")  # the page exists before the listener matters
    action()
    page.remove_listener("console", on_console)
    return found


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_load_under_the_policy_without_violations(page, path):
    response = None

    def visit():
        nonlocal response
        response = page.goto(path)
        page.wait_for_load_state("networkidle")

    found = violations_while(page, visit)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert found == []


def test_quick_exit_still_works_under_the_policy(page):
    def leave():
        page.goto("/lv/")
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
        page.wait_for_url(re.compile(r"google"))

    assert violations_while(page, leave) == []


def test_the_admin_works_under_its_policy(page):
    def edit_a_page():
        log_in(page, P.EDITOR)
        page.goto("/admin/pages/")
        page.wait_for_load_state("networkidle")
        page.locator("a[href*='/edit/']").first.click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
        page.wait_for_load_state("networkidle")

    found = violations_while(page, edit_a_page)
    assert found == []
