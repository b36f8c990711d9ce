"""A page without an English translation never looks broken to an English visitor."""

import pytest

from home.models import HomePage
from tests.factories.guidance import StandardPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

TITLE_LV = "Tikai latviešu lapa"


@pytest.fixture
def untranslated():
    """A page written in Latvian only: its English address is its Latvian slug under /en/."""
    return StandardPageFactory(
        parent=HomePage.objects.get(), title_lv=TITLE_LV, title_en=None, lead_lv="Teksts tikai latviski."
    )


@pytest.fixture
def translated():
    return StandardPageFactory(
        parent=HomePage.objects.get(), title_lv="Tulkota lapa", title_en="Translated page"
    )


def test_english_visitor_opening_an_untranslated_page_sees_latvian_text_marked_as_latvian(
    client, untranslated
):
    page = soup(client.get(f"/en/{untranslated.slug_lv}/"))
    assert page.html["lang"] == "en"
    notice = page.find(class_="notice--translation")
    assert notice.get_text(strip=True) == "This page is not yet available in English. It is shown in Latvian."
    article = page.find("article")
    assert article["lang"] == "lv"
    assert article.find("h1").get_text(strip=True) == TITLE_LV


def test_untranslated_page_is_not_offered_as_an_english_alternate_nor_indexed(client, untranslated):
    page = soup(client.get(f"/en/{untranslated.slug_lv}/"))
    hreflangs = {link["hreflang"] for link in page.find_all("link", rel="alternate")}
    assert hreflangs == {"lv", "x-default"}
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_latvian_version_of_a_translated_page_has_no_notice(client, translated):
    page = soup(client.get(f"/lv/{translated.slug_lv}/"))
    assert page.find(class_="notice--translation") is None
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert "lang" not in page.find("article").attrs


def test_untranslated_page_is_left_out_of_english_listings_but_not_latvian_ones(client, untranslated):
    untranslated.show_in_menus = True
    untranslated.save_revision().publish()
    en_menu = [a["href"] for a in soup(client.get("/en/")).select("nav.main-nav a")]
    lv_menu = [a["href"] for a in soup(client.get("/lv/")).select("nav.main-nav a")]
    assert f"/en/{untranslated.slug_lv}/" not in en_menu
    assert f"/lv/{untranslated.slug_lv}/" in lv_menu


def test_switcher_on_an_untranslated_page_still_leads_to_a_working_page(client, untranslated):
    link = soup(client.get(f"/lv/{untranslated.slug_lv}/")).select_one("nav.language-switcher a[hreflang=en]")
    assert link["href"] == f"/en/{untranslated.slug_lv}/"
    assert client.get(link["href"]).status_code == 200


def test_a_page_translated_later_joins_the_english_menu_under_its_english_slug(client, untranslated):
    untranslated.show_in_menus = True
    untranslated.title_en = "Translated later"
    untranslated.slug_en = "translated-later"
    untranslated.save_revision().publish()
    en_menu = {a.get_text(strip=True): a["href"] for a in soup(client.get("/en/")).select("nav.main-nav a")}
    assert en_menu["Translated later"] == "/en/translated-later/"
    assert soup(client.get("/en/translated-later/")).find(class_="notice--translation") is None


def test_an_empty_english_title_is_never_shown_empty(client, untranslated):
    assert untranslated.title_en in (None, "")
    heading = soup(client.get(f"/en/{untranslated.slug_lv}/")).find("h1")
    assert heading.get_text(strip=True) == TITLE_LV
