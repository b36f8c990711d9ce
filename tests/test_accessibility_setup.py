"""What the browser suite cannot see by itself: editor checks, quick exit markup, statement page."""

import json
import re

import pytest
from wagtail.models import Site

from home.models import HomePage
from tests.factories.guidance import StandardPageFactory
from tests.helpers import soup
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_the_editors_content_checker_runs_the_full_wcag_21_aa_rule_set(admin_client):
    page = StandardPageFactory(parent=HomePage.objects.get())
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


def test_every_page_links_the_accessibility_statement_from_the_footer(client):
    statement = StandardPageFactory(
        parent=HomePage.objects.get(), title_lv="Pārbaudes piekļūstamība", title_en="Test accessibility"
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accessibility_page = statement
    settings.save()
    lv = soup(client.get("/lv/")).find("footer").find("a", string="Pārbaudes piekļūstamība")
    en = soup(client.get("/en/no-such-page/", follow=False), status=404).find("footer")
    en = en.find("a", string="Test accessibility")
    assert lv["href"] == f"/lv/{statement.slug_lv}/"
    assert en["href"] == f"/en/{statement.slug_en}/"
    assert client.get(en["href"]).status_code == 200


def test_no_third_party_scripts_or_trackers(client):
    content_page = StandardPageFactory(parent=HomePage.objects.get())
    for url, status in (("/lv/", 200), (content_page.get_url(), 200), ("/en/no-such-page/", 404)):
        page = soup(client.get(url), status=status)
        for script in page.find_all("script", src=True):
            assert script["src"].startswith("/static/"), script["src"]
        for link in page.find_all("link", href=True):
            if "stylesheet" in link.get("rel", []):
                assert link["href"].startswith("/static/")
        assert not page.find("iframe")
