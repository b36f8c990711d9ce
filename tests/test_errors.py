"""Bad input gets a clear answer in the visitor's language: a 404 page, never a 500."""

import pytest
from django.test import RequestFactory

from tests.factories.home import StandardPageFactory
from tests.helpers import soup
from website.views import server_error

pytestmark = pytest.mark.django_db


def test_unknown_latvian_address_gives_the_latvian_404_page(client):
    page = soup(client.get("/lv/nav-tadas-lapas/"), status=404)
    assert page.html["lang"] == "lv"
    assert page.find("h1").get_text(strip=True) == "Lapa nav atrasta"
    assert page.find("a", string="Uz sākumlapu")["href"] == "/lv/"


def test_unknown_english_address_gives_the_english_404_page(client):
    page = soup(client.get("/en/no-such-page/"), status=404)
    assert page.html["lang"] == "en"
    assert page.find("h1").get_text(strip=True) == "Page not found"
    assert page.find("a", string="Go to the home page")["href"] == "/en/"


def test_404_page_has_the_site_frame_and_a_working_switcher(client):
    page = soup(client.get("/en/no-such-page/"), status=404)
    assert page.select_one("nav.main-nav") is not None
    link = page.select_one("nav.language-switcher a[hreflang=lv]")
    assert link["href"] == "/lv/"


def test_a_slug_of_the_other_language_is_not_found(client):
    page = StandardPageFactory(title_lv="Testa palīdzība", title_en="Test help")
    assert client.get(f"/en/{page.slug_en}/").status_code == 200
    assert client.get(f"/en/{page.slug_lv}/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/lv/%00/",
        "/en/%ff%fe/",
        "/lv/" + "a" * 3000 + "/",
        "/en/{en}/../../etc/passwd",
        "/lv/{lv}/unknown/child/",
        "/lv/<script>alert(1)</script>/",
        "/en/ĀĒĪ-ūņ/",
        "/lv/{lv}/?page=-1&q=%00",
    ],
)
def test_odd_addresses_never_give_a_server_error(client, path):
    page = StandardPageFactory(title_lv="Par testu", title_en="About the test")
    response = client.get(path.replace("{lv}", page.slug_lv).replace("{en}", page.slug_en))
    assert response.status_code in (200, 301, 302, 404)
    assert b"<script>alert(1)</script>" not in response.content


def test_a_draft_page_is_not_found_by_visitors(client, home_page):
    from home.models import StandardPage

    draft = StandardPage(title="Melnraksts", slug="melnraksts", live=False)
    home_page.add_child(instance=draft)
    assert client.get("/lv/melnraksts/").status_code == 404


def test_the_500_page_renders_in_the_visitors_language_without_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        lv = server_error(RequestFactory().get("/lv/kaut-kas/"))
        en = server_error(RequestFactory().get("/en/something/"))
    assert lv.status_code == en.status_code == 500
    assert '<html lang="lv">' in lv.content.decode()
    assert "Servera kļūda" in lv.content.decode()
    assert '<html lang="en">' in en.content.decode()
    assert "Server error" in en.content.decode()
    assert "112" in en.content.decode()


def test_health_check_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
