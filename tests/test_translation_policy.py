"""A page without an English translation never looks broken to an English visitor."""

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_english_visitor_opening_an_untranslated_page_sees_latvian_text_marked_as_latvian(client):
    response = client.get("/en/normativie-akti/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    notice = page.find(class_="notice--translation")
    assert notice.get_text(strip=True) == "This page is not yet available in English. It is shown in Latvian."
    article = page.find("article")
    assert article["lang"] == "lv"
    assert article.find("h1").get_text(strip=True) == "Normatīvie akti"


def test_untranslated_page_is_not_offered_as_an_english_alternate_nor_indexed(client):
    page = soup(client.get("/en/normativie-akti/"))
    hreflangs = {link["hreflang"] for link in page.find_all("link", rel="alternate")}
    assert hreflangs == {"lv", "x-default"}
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_latvian_version_of_a_translated_page_has_no_notice(client):
    page = soup(client.get("/lv/par-mums/"))
    assert page.find(class_="notice--translation") is None
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert "lang" not in page.find("article").attrs


def test_untranslated_page_is_left_out_of_english_listings_but_not_latvian_ones(client):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    page.show_in_menus = True
    page.save_revision().publish()
    en_menu = [a["href"] for a in soup(client.get("/en/")).select("nav.main-nav a")]
    lv_menu = [a["href"] for a in soup(client.get("/lv/")).select("nav.main-nav a")]
    assert "/en/normativie-akti/" not in en_menu
    assert "/lv/normativie-akti/" in lv_menu


def test_switcher_on_an_untranslated_page_still_leads_to_a_working_page(client):
    link = soup(client.get("/lv/normativie-akti/")).select_one("nav.language-switcher a[hreflang=en]")
    assert link["href"] == "/en/normativie-akti/"
    assert client.get(link["href"]).status_code == 200


def test_a_page_translated_later_joins_the_english_menu_under_its_english_slug(client):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    page.show_in_menus = True
    page.title_en = "Legal acts"
    page.slug_en = "legal-acts"
    page.save_revision().publish()
    en_menu = {a.get_text(strip=True): a["href"] for a in soup(client.get("/en/")).select("nav.main-nav a")}
    assert en_menu["Legal acts"] == "/en/legal-acts/"
    assert soup(client.get("/en/legal-acts/")).find(class_="notice--translation") is None


def test_an_empty_english_title_is_never_shown_empty(client):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    assert page.title_en in (None, "")
    heading = soup(client.get("/en/normativie-akti/")).find("h1")
    assert heading.get_text(strip=True) == "Normatīvie akti"
