"""The browser suite: Debian's Chromium, driven by Playwright, against a real server process.

The server runs ``manage.py runserver`` with the development settings and ``DEBUG=false`` (so the
real 404 page shows) on a database of its own: migrate, then the suite's own site
(``tests/browser/site.py``, from the texts in ``tests/browser/pages.py``; never the demo content). On PostgreSQL (``DATABASE_URL=postgres://...``) that database is
``<name>_browser``, created and dropped here; otherwise a SQLite file in a temporary folder.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

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


def _postgres_admin(url, sql):
    import psycopg2

    parts = urlsplit(url)
    connection = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """Base URL of a freshly built test site served by a real server process."""
    var_dir = tmp_path_factory.mktemp("browser-site")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DEBUG="false",
        WEBSITE_VAR_DIR=str(var_dir),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",
    )
    outer_url = os.environ.get("DATABASE_URL", "")
    browser_db_url = None
    if outer_url.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(outer_url)
        # One database per pytest-xdist worker, should the browser suite ever run in parallel.
        name = parts.path.lstrip("/") + "_browser" + os.environ.get("PYTEST_XDIST_WORKER", "")
        browser_db_url = urlunsplit(parts._replace(path="/" + name))
        _postgres_admin(outer_url, f'DROP DATABASE IF EXISTS "{name}"')
        _postgres_admin(outer_url, f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = browser_db_url
    manage = [sys.executable, "manage.py"]
    # One process: migrate, then build the test-owned site (with the editor and the translator).
    build = (
        "from django.core.management import call_command\n"
        "call_command('migrate', interactive=False, verbosity=0)\n"
        "from tests.browser.site import build\n"
        "build()\n"
    )
    done = subprocess.run(
        manage + ["shell", "-c", build], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode:
        raise RuntimeError(f"Building the test site failed:\n{done.stdout}\n{done.stderr}")
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
    if browser_db_url:
        name = urlsplit(browser_db_url).path.lstrip("/")
        _postgres_admin(outer_url, f'DROP DATABASE IF EXISTS "{name}"')


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


def _block_outside_world(route):
    """Nothing leaves this machine: the neutral quick-exit site answers from here."""
    url = route.request.url
    if url.startswith(NEUTRAL_SITE):
        route.fulfill(status=200, content_type="text/html", body="<title>Neutral</title><h1>Neutral</h1>")
    elif url.startswith("http://127.0.0.1"):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def page(browser, live_site):
    context = browser.new_context(base_url=live_site, viewport={"width": 1280, "height": 900})
    context.route("**/*", _block_outside_world)
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
    context.route("**/*", _block_outside_world)
    page = context.new_page()
    yield page
    context.close()


def run_axe(page):
    """axe-core's WCAG 2.1 A/AA rules on the page; returns the violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Run through Playwright, which the page's Content-Security-Policy does not govern: the
        # policy rightly refuses axe-core as an inline <script> tag (add_script_tag).
        page.evaluate(AXE_SCRIPT.read_text() + "\n;undefined")
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return result["violations"]


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
