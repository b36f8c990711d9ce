"""What search engines are given: a sitemap of both languages with alternates, and robots.txt."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def add_page(**fields):
    page = StandardPage(**fields)
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # well-formed XML in the sitemap namespace
    entries = {}
    for url in root.findall("s:url", NS):
        location = urlsplit(url.find("s:loc", NS).text).path
        entries[location] = {
            link.get("hreflang"): urlsplit(link.get("href")).path for link in url.findall("x:link", NS)
        }
    return entries


def test_the_sitemap_lists_each_language_with_its_alternates_and_untranslated_pages_in_latvian_only(client):
    add_page(
        title_lv="Tulkota lapa", slug_lv="tulkota-lapa", title_en="Translated page", slug_en="translated-page"
    )
    add_page(title_lv="Netulkota lapa", slug_lv="netulkota-lapa")
    entries = sitemap_entries(client)
    expected = {"lv": "/lv/tulkota-lapa/", "en": "/en/translated-page/", "x-default": "/lv/tulkota-lapa/"}
    assert entries["/lv/tulkota-lapa/"] == expected
    assert entries["/en/translated-page/"] == expected
    assert entries["/lv/netulkota-lapa/"] == {}
    assert not any("netulkota" in location for location in entries if location.startswith("/en/"))


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
