"""A visitor searches the site in Latvian or English and finds pages in any inflected form.

Every case runs on the database the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL): CI runs both.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.text import slugify
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from home.models import StandardPage
from search.backends.common import query_language
from tests.factories.events import EventPageFactory
from tests.factories.home import StandardPageFactory, url_in
from tests.factories.news import NewsArticlePageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

# (what a Latvian visitor types, the words the page says). Each page must be found.
LATVIAN_CASES = [
    ("zinojums", "Gada ziņojumā apkopoti dati"),
    ("ziņojumi", "Gada ziņojumā apkopoti dati"),
    ("cilveku tirdznieciba", "Apmācības par cilvēku tirdzniecības riskiem"),
    ("klīnika", "Bezmaksas konsultācijas klīnikas telpās"),
    ("klinikam", "Bezmaksas konsultācijas klīnikas telpās"),
    ("palidziba", "Kur saņemt palīdzību naktī"),
    ("upuri", "Atbalsts upuriem un viņu tuviniekiem"),
    ("cietusais", "Pakalpojumi cietušajiem bez maksas"),
    ("policija", "Ziņot policijā var anonīmi"),
    ("robezsargs", "Mācības robežsargiem lidostā"),
    ("skolotajs", "Materiāli skolotājiem stundām"),
    ("berni", "Riski bērnu drošībai internetā"),
    ("darba devejs", "Vadlīnijas darba devējiem par godīgu nodarbinātību"),
    ("socialie darbinieki", "Semināri sociālajiem darbiniekiem reģionos"),
    ("patversme", "Diennakts patversmē ir brīvas vietas"),
    ("drosa maja", "Patvērums drošajā mājā visu diennakti"),
    ("tiesibas", "Cietušo tiesību aizsardzība tiesā"),
    ("ekspluatacija", "Darbaspēka ekspluatācijas pazīmes"),
    ("piespiedu darbs", "Piespiedu darbā nonākušie strādnieki"),
    ("vervesana", "Vervēšanas shēmas sociālajos tīklos"),
    ("sludinajums", "Aizdomīgi darba sludinājumos solītie apstākļi"),
    ("darba piedavajums", "Pārāk labiem darba piedāvājumiem jāpievērš uzmanība"),
    ("arzemes", "Strādājot ārzemēs, paturiet pasi pie sevis"),
    ("ligums", "Pirms līguma parakstīšanas lūdziet tulkojumu"),
    ("pase", "Darba devējs nedrīkst paturēt pases"),
    ("fiktiva laulība", "Riski fiktīvām laulībām ar trešo valstu pilsoņiem"),
    ("konsultacija", "Pieteikšanās konsultācijām pa tālruni"),
    ("psihologs", "Psihologa palīdzība krīzes situācijā"),
    ("jurists", "Juristam var uzdot jautājumus rakstiski"),
    ("valsts policija", "Valsts policijas speciālisti"),
    ("iestade", "Sadarbība starp iestādēm"),
    ("starptautisks", "Starptautiskajā sadarbībā iesaistītās valstis"),
    ("konference", "Runātāji konferencē Rīgā"),
    ("pasvaldiba", "Vadlīnijas pašvaldībām"),
    ("majoklis", "Drošu mājokli palīdz atrast sociālais dienests"),
    ("strādāt", "Viņa strādāja bez līguma"),
    ("palidzet", "Kā palīdz krīzes centrs"),
    ("mācīties", "Jaunieši mācās atpazīt riskus"),
    ("identificet", "Policija identificēja cietušos"),
    ("aizsargat", "Likums aizsargā cietušos"),
    ('"cilvēku tirdzniecības novēršana"', "Plāns cilvēku tirdzniecības novēršanā"),
    ("gimenes atbalsts", "Atbalstu ģimenēm sniedz sociālais dienests"),
    ("EIROPAS SAVIENIBA", "Eiropas Savienības finansējums"),
    ("vizas", "Prasības vīzām un uzturēšanās atļaujām"),
    ("noziegums", "Ziņot par noziegumiem"),
    ("prostitucija", "Piespiedu prostitūcijā iesaistītās sievietes"),
    ("ubagosana", "Piespiešana ubagošanai ir noziegums"),
    ("organu tirdznieciba", "Orgānu tirdzniecību aizliedz likums"),
]

# (what an English visitor types, the words the English page says).
ENGLISH_CASES = [
    ("victims", "Support for every victim of crime"),
    ("trafficking", "People trafficked across borders"),
    ("shelters", "A safe shelter for women"),
    ("organisations", "Each partner organisation signs the charter"),
    ("recruiting", "Fraudulent recruitment agencies"),
    ("exploited", "Signs of labour exploitation"),
    ("labour", "Labourers without contracts"),
    ("border guards", "Training for every border guard"),
    ("identifying", "Victims identified last year"),
    ("reports", "The ministry reported new figures"),
    ("conference", "Speakers at the conferences"),
    ("cafe", "Meetings at the café downtown"),
    ('"human trafficking"', "Myths about human trafficking"),
    ("families", "Help for each family"),
    ("prevention", "Preventing exploitation online"),
    ("HOTLINE", "Free hotlines"),
    ("social workers", "A guide for the social worker"),
]


def add_page(home_page, title_lv, lead_lv="", title_en="", lead_en="", live=True, parent=None):
    return StandardPageFactory(
        parent=parent or home_page,
        title_lv=title_lv,
        slug_lv=slugify(title_lv)[:50] or "lapa",
        lead_lv=lead_lv,
        title_en=title_en or None,
        lead_en=lead_en,
        slug_en=slugify(title_en)[:50] if title_en else None,
        publish=live,
    )


def result_titles(response):
    return [" ".join(a.get_text(" ").split()) for a in soup(response).select(".search-result__title a")]


def all_result_titles(client, response):
    """The titles on every page of results, following the "next" links."""
    titles = result_titles(response)
    next_link = soup(response).select_one("nav.pagination a[rel=next]")
    while next_link is not None:
        response = client.get(response.wsgi_request.path + next_link["href"])
        titles += result_titles(response)
        next_link = soup(response).select_one("nav.pagination a[rel=next]")
    return titles


def search_lv(client, query, **params):
    return client.get("/lv/meklet/", {"q": query, **params})


def search_en(client, query, **params):
    return client.get("/en/search/", {"q": query, **params})


@pytest.mark.parametrize("query,text", LATVIAN_CASES)
def test_a_latvian_visitor_finds_a_page_in_any_form_with_or_without_diacritics(
    client, home_page, query, text
):
    add_page(home_page, "Meklēšanas pārbaudes lapa", lead_lv=text)
    assert "Meklēšanas pārbaudes lapa" in all_result_titles(client, search_lv(client, query))


@pytest.mark.parametrize("query,text", ENGLISH_CASES)
def test_an_english_visitor_finds_a_translated_page_by_its_english_words(client, home_page, query, text):
    add_page(home_page, "Pārbaudes lapa", lead_lv="Teksts", title_en="Search test page", lead_en=text)
    assert "Search test page" in all_result_titles(client, search_en(client, query))


def test_latvian_and_english_have_at_least_the_required_cases():
    assert len(LATVIAN_CASES) >= 40
    assert len(ENGLISH_CASES) >= 15


@pytest.mark.parametrize("url", ["/lv/meklet/?q=None", "/en/search/?q=None", "/en/search/?q=none"])
def test_none_finds_nothing_although_many_pages_have_no_english_fields(client, home_page, url):
    add_page(home_page, "Tikai latviski", lead_lv="Teksts bez tulkojuma")
    assert result_titles(client.get(url)) == []


def test_empty_translations_are_not_indexed_as_none(home_page):
    page = add_page(home_page, "Tikai latviski", lead_lv="Teksts bez tulkojuma")
    entry = IndexEntry.objects.get(object_id=str(page.pk))
    assert "none" not in f"{entry.title} {entry.body} {entry.autocomplete}".lower()


def test_latvian_words_do_not_match_english_text_and_back(client, home_page):
    add_page(home_page, "Biškopība", lead_lv="Biškopība", title_en="Beekeeping", lead_en="Beekeeping")
    assert result_titles(search_en(client, "biskopiba")) == []
    assert result_titles(search_lv(client, "beekeeping")) == []
    assert result_titles(search_en(client, "beekeeping")) == ["Beekeeping"]


# --- The page and its form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "page,language,action",
    [("home", "lv", "/lv/meklet/"), ("content", "en", "/en/search/"), ("content", "lv", "/lv/meklet/")],
)
def test_every_page_has_a_labelled_search_form_in_its_header(client, page, language, action):
    content = StandardPageFactory(title_lv="Par testu", title_en="About the test")
    url = f"/{language}/" if page == "home" else url_in(content, language)
    form = soup(client.get(url)).select_one("header form[role=search]")
    assert form["action"] == action
    assert form["aria-label"]
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]}).get_text(strip=True)


def test_the_search_page_shows_title_type_and_a_snippet_with_the_words_marked(client, home_page):
    add_page(home_page, "Biškopju ziņojums", lead_lv="Gada pārskatā par biškopjiem apkopoti dati.")
    response = search_lv(client, "biskopji")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "lv"
    result = page.select_one(".search-result")
    assert result_titles(response) == ["Biškopju ziņojums"]
    assert result.select_one(".search-result__title mark").get_text() == "Biškopju"
    assert result.select_one(".search-result__type").get_text(strip=True) == "Lapa"
    assert result.find("time") is None  # a content page has no date of its own
    assert [mark.get_text() for mark in result.select(".search-result__snippet mark")] == ["biškopjiem"]
    assert "Rezultāti vaicājumam “biskopji”: 1" in page.select_one("[role=status]").get_text(" ", strip=True)


def test_english_results_are_in_english_and_only_translated_pages(client, home_page):
    add_page(home_page, "Biškopība", lead_lv="Biškopība", title_en="Beekeeping", lead_en="Beekeeping guide")
    add_page(home_page, "Biškopība Latgalē", lead_lv="Biškopība bez tulkojuma")
    assert result_titles(search_en(client, "beekeeping")) == ["Beekeeping"]
    assert sorted(result_titles(search_lv(client, "biskopiba"))) == ["Biškopība", "Biškopība Latgalē"]


def test_the_language_switcher_leads_to_the_same_search_in_the_other_language(client):
    page = soup(search_lv(client, "palīdzība"))
    link = page.select_one("nav.language-switcher a[hreflang=en]")
    assert link["href"] == "/en/search/?q=pal%C4%ABdz%C4%ABba"
    assert client.get(link["href"]).status_code == 200


def test_an_empty_query_gets_a_friendly_page(client):
    page = soup(search_lv(client, ""))
    assert page.find("h1").get_text(strip=True) == "Meklēt"
    assert "Ierakstiet vienu vai dažus vārdus" in page.select_one(".search-page__hint").get_text()
    assert not page.select(".search-result")


def test_no_results_offers_the_same_search_in_the_other_language(client):
    page = soup(search_en(client, "ziņojums"))
    assert "Nothing was found for “ziņojums”." in page.select_one(".search-page__empty").get_text()
    link = page.select_one(".search-page__other-language")
    assert link["href"] == "/lv/meklet/?q=zi%C5%86ojums"
    assert link["lang"] == "lv"


def test_results_can_be_filtered_by_type(client, home_page):
    # A page and a news article match: two types of result.
    add_page(home_page, "Riski", lead_lv="Riski un to novēršana")
    add_news_article("Jauni riski", "Riski internetā")
    page = soup(search_lv(client, "riski"))
    filters = {a.get_text(strip=True): a["href"] for a in page.select("nav.search-types a")}
    content_pages = next(href for label, href in filters.items() if label.startswith("Lapa"))
    filtered = soup(client.get("/lv/meklet/" + content_pages))
    assert {r.get_text(strip=True) for r in filtered.select(".search-result__type")} == {"Lapa"}
    assert filtered.select_one("nav.search-types [aria-current]").get_text(strip=True).startswith("Lapa")


def test_an_unknown_type_filter_shows_all_results(client, home_page):
    add_page(home_page, "Patvērums", lead_lv="Drošs patvērums")
    response = search_lv(client, "patverums", type="nonsense.model")
    assert response.status_code == 200
    assert "Patvērums" in result_titles(response)


def test_results_are_paginated(client, home_page):
    for number in range(13):
        add_page(home_page, f"Brošūra {number}", lead_lv="Informatīva brošūra")
    first = soup(search_lv(client, "brosura"))
    assert len(first.select(".search-result")) == 10
    assert "13" in first.select_one("[role=status]").get_text()
    next_link = first.select_one("nav.pagination a[rel=next]")
    second = soup(client.get("/lv/meklet/" + next_link["href"]))
    assert len(second.select(".search-result")) == 3
    assert second.select_one("ol.search-results")["start"] == "11"
    assert search_lv(client, "brosura", page="999").status_code == 200
    assert search_lv(client, "brosura", page="abc").status_code == 200


def test_the_search_page_costs_a_fixed_number_of_queries(
    client, home_page, django_assert_num_queries, settings
):
    settings.SEARCH_CACHE_SECONDS = 0  # every search answered from the database
    for number in range(3):
        add_page(home_page, f"Brošūra {number}", lead_lv="Informatīva brošūra")
    search_lv(client, "brosura")  # warm caches (site, content types)
    # Type counts, ranked ids of the page of results, the pages (base and specific), the
    # promotions and the search-terms hit; the site frame (site, settings, menu, footer) is cached.
    expected = 8
    with django_assert_num_queries(expected):
        search_lv(client, "brosura")
    for number in range(3, 9):
        add_page(home_page, f"Brošūra {number}", lead_lv="Informatīva brošūra")
    search_lv(client, "brosura")  # new top-level pages: the menu and the site are cached again
    with django_assert_num_queries(expected):
        search_lv(client, "brosura")


def test_a_repeated_search_is_answered_from_the_cache_until_a_page_changes(
    client, home_page, django_assert_num_queries
):
    for number in range(3):
        add_page(home_page, f"Brošūra {number}", lead_lv="Informatīva brošūra")
    first = result_titles(search_lv(client, "brosura"))
    # The answer is cached: only the promotions and the search-terms count are read and written.
    with django_assert_num_queries(4):
        assert result_titles(search_lv(client, "brosura")) == first
    add_page(home_page, "Jauna brošūra", lead_lv="Informatīva brošūra")
    assert "Jauna brošūra" in result_titles(search_lv(client, "brosura"))
    # Every search is still counted for the editors' report.
    assert Query.get("brosura").hits == 3


# --- Keeping the index current ---------------------------------------------------------------


def test_unpublished_draft_and_private_pages_never_appear(client, home_page):
    add_page(home_page, "Melnraksts", lead_lv="Slepens plāns", live=False)
    published = add_page(home_page, "Publicēts", lead_lv="Slepens plāns")
    private = add_page(home_page, "Privāts", lead_lv="Slepens plāns")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    # A draft change of a live page is not searchable until published.
    published.lead_lv = "Publiskā versija un jauns melnraksts"
    published.save_revision()
    assert result_titles(search_lv(client, "slepens plans")) == ["Publicēts"]


def test_publishing_unpublishing_moving_and_deleting_update_the_results(client, home_page):
    page = add_page(home_page, "Atbalsta grupa", lead_lv="Atbalsta grupa biškopjiem")
    assert result_titles(search_lv(client, "biskopji")) == ["Atbalsta grupa"]

    page.lead_lv = "Atbalsta grupa zvejniekiem"
    page.save_revision().publish()
    assert result_titles(search_lv(client, "biskopji")) == []
    assert result_titles(search_lv(client, "zvejnieki")) == ["Atbalsta grupa"]

    page.unpublish()
    assert result_titles(search_lv(client, "zvejnieki")) == []
    page.save_revision().publish()

    new_parent = StandardPageFactory(title_lv="Jaunā vieta", slug_lv="jauna-vieta")
    page.refresh_from_db()
    page.move(new_parent, pos="last-child")
    response = search_lv(client, "zvejnieki")
    assert soup(response).select_one(".search-result__title a")["href"] == "/lv/jauna-vieta/atbalsta-grupa/"

    Page.objects.get(pk=page.pk).delete()
    assert result_titles(search_lv(client, "zvejnieki")) == []
    assert not IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def test_update_index_rebuilds_everything(client, home_page):
    add_page(home_page, "Atbalsta grupa", lead_lv="Atbalsta grupa biškopjiem")
    add_page(home_page, "Par biškopjiem", title_en="About beekeepers", lead_en="Who keeps the bees")
    IndexEntry.objects.all().delete()
    assert result_titles(search_lv(client, "biskopji")) == []
    assert result_titles(search_en(client, "beekeepers")) == []
    call_command("update_index", stdout=open("/dev/null", "w"))
    assert sorted(result_titles(search_lv(client, "biskopji"))) == ["Atbalsta grupa", "Par biškopjiem"]
    assert "About beekeepers" in result_titles(search_en(client, "about beekeepers"))


def test_reindexing_an_unchanged_page_writes_nothing(home_page, django_assert_num_queries):
    from wagtail.search.backends import get_search_backend

    page = add_page(home_page, "Atbalsta grupa", lead_lv="Atbalsta grupa biškopjiem")
    index = get_search_backend().get_index_for_model(StandardPage)
    unchanged = StandardPage.objects.get(pk=page.pk)
    with django_assert_num_queries(1):  # reads the entry, finds it unchanged
        index.add_items(StandardPage, [unchanged])


# --- Promotions and the admin ----------------------------------------------------------------


def test_a_page_pinned_by_editors_comes_first_for_its_query(client, home_page):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    pinned = add_page(home_page, "Testa palīdzība")
    SearchPromotion.objects.create(
        query=Query.get("krīze"), page=pinned, description="Zvaniet 112", sort_order=0
    )
    page = soup(search_lv(client, "Krīze"))
    promoted = page.select_one(".search-promotions a")
    assert promoted.get_text(strip=True) == "Testa palīdzība"
    assert promoted["href"] == url_in(pinned, "lv")
    assert "Zvaniet 112" in page.select_one(".search-promotions").get_text()


def test_editors_see_what_visitors_search_for_in_the_admin_report(client, admin_client):
    search_lv(client, "patvērums")
    search_lv(client, "patvērums")
    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert response.status_code == 200
    assert "patvērums" in response.content.decode()


def test_editors_find_pages_by_latvian_words_in_the_admin_whatever_their_admin_language(
    admin_client, home_page
):
    add_page(home_page, "Krīzes centrs", lead_lv="Krīzes centrs")
    response = admin_client.get("/admin/pages/search/", {"q": "krizes"})
    assert "Krīzes centrs" in response.content.decode()


def test_without_a_query_language_any_language_matches(home_page):
    add_page(home_page, "Biškopība", lead_lv="Biškopība", title_en="Beekeeping", lead_en="Beekeeping")
    assert [p.title for p in StandardPage.objects.search("biskopiba")] == ["Biškopība"]
    assert [p.title for p in StandardPage.objects.search("beekeeping")] == ["Biškopība"]
    with query_language("en"):
        assert [p.title for p in StandardPage.objects.search("biskopiba")] == []


# --- Bad input ---------------------------------------------------------------------------------

BAD_QUERIES = [
    "x" * 5000,
    "cilvēku " * 300,
    "<script>alert(1)</script>",
    '"unclosed quote',
    '""',
    "'; DROP TABLE wagtailcore_page; --",
    "a AND OR NOT (b",
    "title:foo -bar +baz *",
    "NEAR(a b) ^ $ { } [ ] ~",
    "\x00\x01\x1f",
    "\u202e\u200b\ufeff",
    "😀🔥",
    "ziņ\u0301ojums",
    "%",
    "\\",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", ["/lv/meklet/", "/en/search/"])
def test_bad_input_gets_a_normal_page(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    value = soup(response).select_one("#search-page-q")["value"]
    assert len(value) <= 100


@pytest.mark.parametrize("url", ["/lv/meklet/", "/en/search/"])
def test_invalid_utf8_in_the_address_gets_a_normal_page(client, url):
    assert client.get(url + "?q=%ED%A0%80%FF%C3").status_code == 200


def test_a_long_query_is_cut_at_a_word_boundary(client):
    value = soup(search_lv(client, "cilvēku tirdzniecība " * 20)).select_one("#search-page-q")["value"]
    assert len(value) <= 100
    assert value.split()[-1] in ("cilvēku", "tirdzniecība")


def test_markup_in_a_query_is_shown_as_text(client):
    page = soup(search_lv(client, "<b>ziņojums</b>"))
    assert "<b>ziņojums</b>" in page.select_one("[role=status]").get_text()


# --- News articles -----------------------------------------------------------------------------

NEWS_CASES = [
    ("lv", "biskopju ziņojums", "Biškopju ziņojumā apkopoti gada dati"),
    ("lv", "zvejnieki", "Zvejniekiem rīkoti semināri"),
    ("lv", "kalnracis", "Kalnračiem jauni noteikumi"),
    ("en", "beekeepers", "The beekeeper report was published"),
    ("en", "fishing", "Fishermen fished less"),
]


def add_news_article(title_lv, lead_lv, title_en=None, lead_en="", date=datetime.date(2022, 11, 3)):
    return NewsArticlePageFactory(
        title_lv=title_lv,
        slug_lv=slugify(title_lv)[:50],
        lead_lv=lead_lv,
        title_en=title_en,
        slug_en=slugify(title_en)[:50] if title_en else None,
        lead_en=lead_en,
        date=date,
    )


@pytest.mark.parametrize("language,query,text", NEWS_CASES)
def test_news_articles_are_found_in_their_language(client, language, query, text):
    add_news_article("Jaunums par nozari", text, title_en="Sector news", lead_en=text)
    search = search_lv if language == "lv" else search_en
    expected = "Jaunums par nozari" if language == "lv" else "Sector news"
    assert expected in all_result_titles(client, search(client, query))


def test_a_news_result_shows_its_type_and_publication_date(client):
    add_news_article("Zvejnieku jaunumi", "Zvejniekiem rīkoti semināri")
    result = soup(search_lv(client, "zvejnieki")).select_one(".search-result")
    assert result.select_one(".search-result__type").get_text(strip=True) == "Ziņa"
    assert result.find("time")["datetime"] == "2022-11-03"
    assert result.find("time").get_text(strip=True) == "03.11.2022"


# --- Events ------------------------------------------------------------------------------------

EVENT_CASES = [
    ("lv", "seminars zvejniekiem", "Seminārs zvejniekiem", "Zvejnieku seminārā runās eksperti", "Liepājā"),
    ("lv", "liepaja", "Seminārs zvejniekiem", "Zvejnieku seminārā runās eksperti", "Liepājā"),
    ("en", "fishermen seminars", "Seminar for fishermen", "Experts speak at the seminar", "Liepāja"),
]


SEPTEMBER_7 = datetime.date(2023, 9, 7)


@pytest.mark.parametrize("language,query,title,lead,location", EVENT_CASES)
def test_events_are_found_by_their_description_and_place(client, language, query, title, lead, location):
    if language == "lv":
        EventPageFactory(title_lv=title, lead_lv=lead, location_lv=location, start_date=SEPTEMBER_7)
        assert title in all_result_titles(client, search_lv(client, query))
    else:
        EventPageFactory(
            title_lv="Seminārs",
            lead_lv="Teksts",
            location_lv="Liepājā",
            title_en=title,
            lead_en=lead,
            location_en=location,
            start_date=SEPTEMBER_7,
        )
        assert title in all_result_titles(client, search_en(client, query))


def test_an_event_result_shows_its_type_and_start_date(client):
    EventPageFactory(
        title_lv="Seminārs zvejniekiem",
        lead_lv="Zvejnieku seminārā runās eksperti",
        location_lv="Liepājā",
        start_date=SEPTEMBER_7,
    )
    result = soup(search_lv(client, "zvejnieku seminars")).select_one(".search-result")
    assert result.select_one(".search-result__type").get_text(strip=True) == "Notikums"
    assert result.find("time")["datetime"] == "2023-09-07"


def test_heading_levels_are_not_searchable_text():
    """A heading's H2/H3 choice is layout: it never shows up in the index or in snippets."""
    from news.blocks import SectionBlock
    from website.blocks import HeadingBlock

    heading = HeadingBlock()
    content = heading.get_searchable_content(heading.to_python({"text": "Paraugprakses", "level": "h2"}))
    assert content == ["Paraugprakses"]
    section = SectionBlock()
    value = section.to_python({"heading": "Pirmā daļa", "level": "h3", "text": "<p>Teksts</p>"})
    assert not any("H3" in str(part) for part in section.get_searchable_content(value))
