"""Visitors move between the Latvian and English versions of every page."""

import re

import pytest
from wagtail.models import Site

from news.models import NewsIndexPage
from tests.factories.home import StandardPageFactory, url_in
from tests.helpers import html_lang, soup
from website.models import HelpLine, SiteSettings

pytestmark = pytest.mark.django_db

PAGES = ["home", "about", "help"]


@pytest.fixture
def about():
    return StandardPageFactory(title_lv="Par testu", title_en="About the test", show_in_menus=True)


@pytest.fixture
def urls(about):
    """The Latvian and English address of the home page and of two pages built for the test."""
    get_help = StandardPageFactory(title_lv="Testa palīdzība", title_en="Test help")
    return {
        "home": ("/lv/", "/en/"),
        "about": (url_in(about, "lv"), url_in(about, "en")),
        "help": (url_in(get_help, "lv"), url_in(get_help, "en")),
    }


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


@pytest.mark.parametrize("name", PAGES)
def test_every_page_says_its_language(client, urls, name):
    lv_url, en_url = urls[name]
    lv = client.get(lv_url)
    en = client.get(en_url)
    assert lv.status_code == en.status_code == 200
    assert html_lang(lv.content.decode()) == "lv"
    assert html_lang(en.content.decode()) == "en"


@pytest.mark.parametrize("name", PAGES)
def test_switcher_leads_to_the_same_page_in_the_other_language(client, urls, name):
    lv_url, en_url = urls[name]
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


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_hreflang_alternates_for_both_languages(client, urls, name):
    lv_url, en_url = urls[name]
    for url in (lv_url, en_url):
        alternates = {
            link["hreflang"]: link["href"] for link in soup(client.get(url)).find_all("link", rel="alternate")
        }
        assert alternates["lv"] == "http://testserver" + lv_url
        assert alternates["en"] == "http://testserver" + en_url
        assert alternates["x-default"] == "http://testserver" + lv_url


def test_slugs_are_translated(client, about):
    assert about.slug_lv != about.slug_en
    assert client.get(f"/en/{about.slug_lv}/").status_code == 404
    assert client.get(f"/lv/{about.slug_en}/").status_code == 404


def test_main_menu_lists_the_top_pages_in_the_visitors_language(client, about):
    lv_menu = [a.get_text(strip=True) for a in soup(client.get("/lv/")).select("nav.main-nav a")]
    en_menu = [a.get_text(strip=True) for a in soup(client.get("/en/")).select("nav.main-nav a")]
    news = NewsIndexPage.objects.get()
    assert news.title_lv in lv_menu and news.title_en in en_menu
    # A new top page comes last, in the visitor's language.
    assert lv_menu[-1] == "Par testu" and en_menu[-1] == "About the test"
    # Every page of the menu is translated, so the English menu has the same pages.
    assert len(en_menu) == len(lv_menu)


def test_current_page_is_marked_in_the_menu(client, about):
    current = soup(client.get(url_in(about, "en"))).select_one('nav.main-nav a[aria-current="page"]')
    assert current.get_text(strip=True) == "About the test"


def test_breadcrumbs_lead_home_in_the_visitors_language(client, about):
    crumbs = soup(client.get(url_in(about, "en"))).select_one("nav.breadcrumbs")
    assert [a["href"] for a in crumbs.find_all("a")] == ["/en/"]
    assert crumbs.find(attrs={"aria-current": "page"}).get_text(strip=True) == "About the test"


def test_skip_link_targets_the_main_content(client, about):
    page = soup(client.get(url_in(about, "lv")))
    skip = page.find("a", class_="skip-link")
    assert skip["href"] == "#main"
    assert skip.get_text(strip=True) == "Pāriet uz galveno saturu"
    assert page.find("main")["id"] == "main"
    assert soup(client.get(url_in(about, "en"))).find("a", class_="skip-link").get_text(strip=True) == (
        "Skip to main content"
    )


def test_footer_says_what_the_site_is_and_lists_help_lines_in_both_languages(client):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text_lv = "Testa vietne par drošību"
    site_settings.footer_text_en = "A test site about safety"
    site_settings.emergency_number = "112"
    site_settings.save()
    site_settings.help_lines.all().delete()
    for number, (lv, en, phone) in enumerate(
        [("Testa patvērums", "Test shelter", "+37120000001"), ("Testa tālrunis", "Test line", "+37160000002")]
    ):
        HelpLine.objects.create(
            settings=site_settings, name_lv=lv, name_en=en, phone=phone, sort_order=number
        )
    lv_footer = soup(client.get("/lv/")).find("footer")
    en_footer = soup(client.get("/en/")).find("footer")
    assert "Testa vietne par drošību" in lv_footer.get_text()
    assert "A test site about safety" in en_footer.get_text()
    assert "Testa patvērums" in lv_footer.get_text()
    assert "Test shelter" in en_footer.get_text()
    phones = [a["href"] for a in en_footer.select('.site-footer__help a[href^="tel:"]')]
    assert phones == ["tel:112", "tel:+37120000001", "tel:+37160000002"]


def test_english_page_title_element_is_english(client, about):
    title = soup(client.get(url_in(about, "en"))).title.get_text()
    assert title.startswith("About the test |")


def test_a_page_renders_with_a_fixed_number_of_queries(client, about, django_assert_max_num_queries):
    url = url_in(about, "lv")
    client.get(url)  # warm the site root cache
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200


def test_html_is_well_formed_enough_to_have_one_h1(client, urls):
    for lv_url, en_url in urls.values():
        for url in (lv_url, en_url):
            html = client.get(url).content.decode()
            assert len(re.findall(r"<h1[\s>]", html)) == 1, url
