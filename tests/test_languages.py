"""Visitors move between the Latvian and English versions of every page."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.helpers import html_lang

pytestmark = pytest.mark.django_db

DEMO_PAGES = [
    ("/lv/", "/en/"),
    ("/lv/par-mums/", "/en/about-us/"),
    ("/lv/palidziba/", "/en/get-help/"),
]


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_root_redirects_a_visitor_without_preference_to_latvian(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/lv/"


def test_root_redirects_a_browser_that_prefers_english_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"
    assert "Accept-Language" in response["Vary"]


def test_root_redirects_an_unknown_language_to_latvian(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/lv/"


@pytest.mark.parametrize("lv_url,en_url", DEMO_PAGES)
def test_every_demo_page_says_its_language(client, lv_url, en_url):
    lv = client.get(lv_url)
    en = client.get(en_url)
    assert lv.status_code == en.status_code == 200
    assert html_lang(lv.content.decode()) == "lv"
    assert html_lang(en.content.decode()) == "en"


@pytest.mark.parametrize("lv_url,en_url", DEMO_PAGES)
def test_switcher_leads_to_the_same_page_in_the_other_language(client, lv_url, en_url):
    lv_switcher = soup(client.get(lv_url)).select_one("nav.language-switcher")
    link = lv_switcher.find("a", hreflang="en")
    assert link["href"] == en_url
    assert link["lang"] == "en"
    assert link.get_text(strip=True) == "English"
    assert lv_switcher.find(attrs={"aria-current": "true"})["lang"] == "lv"

    en_link = soup(client.get(en_url)).select_one("nav.language-switcher").find("a", hreflang="lv")
    assert en_link["href"] == lv_url
    assert en_link["lang"] == "lv"
    assert en_link.get_text(strip=True) == "Latviešu"


@pytest.mark.parametrize("lv_url,en_url", DEMO_PAGES)
def test_every_page_has_hreflang_alternates_for_both_languages(client, lv_url, en_url):
    for url in (lv_url, en_url):
        alternates = {
            link["hreflang"]: link["href"] for link in soup(client.get(url)).find_all("link", rel="alternate")
        }
        assert alternates["lv"] == "http://testserver" + lv_url
        assert alternates["en"] == "http://testserver" + en_url
        assert alternates["x-default"] == "http://testserver" + lv_url


def test_slugs_are_translated(client):
    assert client.get("/en/par-mums/").status_code == 404
    assert client.get("/lv/about-us/").status_code == 404


def test_main_menu_lists_the_top_pages_in_the_visitors_language(client):
    lv_menu = [a.get_text(strip=True) for a in soup(client.get("/lv/")).select("nav.main-nav a")]
    en_menu = [a.get_text(strip=True) for a in soup(client.get("/en/")).select("nav.main-nav a")]
    assert lv_menu[:3] == ["Par cilvēku tirdzniecību", "Palīdzība", "Speciālistiem"]
    assert en_menu[:3] == ["About trafficking", "Get help", "For professionals"]
    assert "Jaunumi" in lv_menu and "News" in en_menu
    assert lv_menu[-1] == "Par mums" and en_menu[-1] == "About us"
    # Every page of the demo menu is translated, so the English menu has the same pages.
    assert len(en_menu) == len(lv_menu)


def test_current_page_is_marked_in_the_menu(client):
    current = soup(client.get("/en/about-us/")).select_one('nav.main-nav a[aria-current="page"]')
    assert current.get_text(strip=True) == "About us"


def test_breadcrumbs_lead_home_in_the_visitors_language(client):
    crumbs = soup(client.get("/en/get-help/")).select_one("nav.breadcrumbs")
    assert [a["href"] for a in crumbs.find_all("a")] == ["/en/"]
    assert crumbs.find(attrs={"aria-current": "page"}).get_text(strip=True) == "Get help"


def test_skip_link_targets_the_main_content(client):
    page = soup(client.get("/lv/par-mums/"))
    skip = page.find("a", class_="skip-link")
    assert skip["href"] == "#main"
    assert skip.get_text(strip=True) == "Pāriet uz galveno saturu"
    assert page.find("main")["id"] == "main"
    assert soup(client.get("/en/about-us/")).find("a", class_="skip-link").get_text(strip=True) == (
        "Skip to main content"
    )


def test_footer_says_what_the_site_is_and_lists_help_lines_in_both_languages(client):
    lv_footer = soup(client.get("/lv/")).find("footer")
    en_footer = soup(client.get("/en/")).find("footer")
    assert (
        "Valsts informatīvais resurss par cilvēktirdzniecības mazināšanas tēmu un aktualitātēm Latvijā"
        in lv_footer.get_text()
    )
    assert "National information resource on reducing human trafficking" in en_footer.get_text()
    assert "Patvērums “Drošā māja”" in lv_footer.get_text()
    assert "Shelter “Safe House”" in en_footer.get_text()
    phones = [a["href"] for a in en_footer.select('.site-footer__help a[href^="tel:"]')]
    assert phones == ["tel:112", "tel:+37128612120", "tel:+37167378539"]


def test_english_page_title_element_is_english(client):
    title = soup(client.get("/en/about-us/")).title.get_text()
    assert title.startswith("About us |")


def test_a_page_renders_with_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    client.get("/lv/par-mums/")  # warm the site root cache
    with django_assert_max_num_queries(12):
        response = client.get("/lv/par-mums/")
    assert response.status_code == 200


def test_html_is_well_formed_enough_to_have_one_h1(client):
    for lv_url, en_url in DEMO_PAGES:
        for url in (lv_url, en_url):
            html = client.get(url).content.decode()
            assert len(re.findall(r"<h1[\s>]", html)) == 1, url
