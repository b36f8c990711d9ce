"""What the browser suite cannot see by itself: editor checks, quick exit markup, statement page."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_editors_content_checker_runs_the_full_wcag_21_aa_rule_set(admin_client):
    page = StandardPage.objects.get(slug_lv="par-mums")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    config = json.loads(match.group(1))
    assert config["options"]["runOnly"] == ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    enabled_custom_rules = {rule["id"] for rule in config["spec"]["rules"] if rule["enabled"]}
    assert "alt-text-quality" in enabled_custom_rules


@pytest.mark.parametrize("url,label", [("/lv/", "Ātri iziet"), ("/en/", "Quick exit")])
def test_every_page_has_a_quick_exit_right_after_the_skip_link(client, url, label):
    page = soup(client.get(url))
    links = page.body.find_all("a")
    assert "skip-link" in links[0]["class"]
    exit_link = links[1]
    assert exit_link.has_attr("data-quick-exit")
    assert exit_link.get_text(" ", strip=True).startswith(label)
    assert exit_link["href"] == "https://www.google.com/"
    assert exit_link["rel"] == ["noreferrer"]
    assert page.find("script", src="/static/js/quick-exit.js").has_attr("defer")


def test_the_help_page_explains_quick_exit_in_both_languages(client):
    assert "divreiz ātri nospiežot taustiņu" in client.get("/lv/palidziba/").content.decode()
    assert "Pressing the <b>Esc</b> key twice quickly" in client.get("/en/get-help/").content.decode()


def test_every_page_links_the_accessibility_statement_from_the_footer(client):
    lv = soup(client.get("/lv/")).find("footer").find("a", string="Piekļūstamības paziņojums")
    en = soup(client.get("/en/no-such-page/")).find("footer").find("a", string="Accessibility statement")
    assert lv["href"] == "/lv/pieklustamibas-pazinojums/"
    assert en["href"] == "/en/accessibility-statement/"
    statement = soup(client.get(en["href"]))
    headings = [h.get_text(strip=True) for h in statement.find_all("h2")]
    for required in (
        "Compliance status",
        "Non-accessible content",
        "Feedback and contact information",
        "Enforcement procedure",
        "Preparation of this statement",
    ):
        assert required in headings


def test_no_third_party_scripts_or_trackers(client):
    for url in ("/lv/", "/en/about-us/", "/en/no-such-page/"):
        page = soup(client.get(url))
        for script in page.find_all("script", src=True):
            assert script["src"].startswith("/static/"), script["src"]
        for link in page.find_all("link", href=True):
            if "stylesheet" in link.get("rel", []):
                assert link["href"].startswith("/static/")
        assert not page.find("iframe")
