"""The browser suite: Debian's Chromium, driven by Playwright, against a real server process.

The server runs ``manage.py runserver`` with the development settings and ``DEBUG=false`` (so the
real 404 page shows) on a database of its own: a copy of the run's browser site
(``tests.prepared.browser_site``: migrated, then the suite's own site from ``tests/browser/site.py``
and the texts in ``tests/browser/pages.py``; never the demo content), with its media files. On
PostgreSQL (``DATABASE_URL=postgres://...``) the copy is a database of its own, dropped at the end;
otherwise a SQLite file in a temporary folder.
"""

import functools
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests import prepared

ROOT = Path(__file__).resolve().parent.parent.parent
AXE_SCRIPT = Path(__file__).with_name("vendor") / "axe-4.14.1.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
NEUTRAL_SITE = "https://www.google.com/"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """Base URL of a freshly built test site served by a real server process."""
    var_dir = tmp_path_factory.mktemp("browser-site")
    site = prepared.browser_site()
    if prepared.outer_database_url():
        target = prepared.database_name("browser_" + os.environ.get("PYTEST_XDIST_WORKER", "main"))
    else:
        target = var_dir / "db.sqlite3"
    database_url = site.copy_to(target, var_dir / "media")
    env = prepared.manage_environment(database_url, var_dir)
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    manage = [sys.executable, "manage.py"]
    port = _free_port()
    log = open(var_dir / "server.log", "w")
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base_url + "/healthz/", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "The test server did not start:\n" + (var_dir / "server.log").read_text()
                ) from None
            time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=30)
    log.close()
    if prepared.outer_database_url():
        prepared.drop_postgres_database(target)


def chromium_path():
    """Debian's chromium; Playwright's own download where a machine has one instead."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module. Playwright's sync API keeps an asyncio loop in the test process
    while it is open, and Django refuses database work under a running loop: closing it at the end
    of each browser module lets a worker of the parallel run go on with database tests."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


# Every address but the test server's. Requests to the server itself are not intercepted at all,
# so they do not make a round trip through this process.
OUTSIDE_WORLD = re.compile(r"^(?!http://127\.0\.0\.1[:/])")


def _answer_outside_world(route):
    if route.request.url.startswith(NEUTRAL_SITE):
        route.fulfill(status=200, content_type="text/html", body="<title>Neutral</title><h1>Neutral</h1>")
    else:
        route.abort()


def keep_inside(context):
    """Nothing leaves this machine: the neutral quick-exit site answers from here, the rest fails."""
    context.route(OUTSIDE_WORLD, _answer_outside_world)
    return context


@pytest.fixture
def page(browser, live_site):
    context = browser.new_context(base_url=live_site, viewport={"width": 1280, "height": 900})
    keep_inside(context)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_site):
    context = browser.new_context(
        base_url=live_site,
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    keep_inside(context)
    page = context.new_page()
    yield page
    context.close()


@functools.cache
def _axe_source():
    return AXE_SCRIPT.read_text() + "\n;undefined"


def run_axe(page):
    """axe-core's WCAG 2.1 A/AA rules on the page; returns the violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Run through Playwright, which the page's Content-Security-Policy does not govern: the
        # policy rightly refuses axe-core as an inline <script> tag (add_script_tag).
        page.evaluate(_axe_source())
    # Only the violations are gathered and sent back: axe skips collecting the passing and
    # inapplicable results, which is most of its work and of the data returned.
    return page.evaluate(
        "async (tags) => (await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})).violations",
        WCAG_TAGS,
    )


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['failureSummary']}")
    return "\n".join(lines)


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
