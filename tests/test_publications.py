"""A visitor browses the publications by type, year and file language, pages through them, follows
their feed, and finds a publication by a word that appears only inside one of its PDFs.

Every case runs on the database the suite runs on (SQLite by default, PostgreSQL with DATABASE_URL).
"""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.search.models import IndexEntry

from publications.models import DocumentText, PublicationIndexPage
from tests.factories.publications import make_index, make_pdf_document, make_publication
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".publication-card__title a")]


def search_titles(response):
    return [" ".join(a.get_text(" ").split()) for a in soup(response).select(".search-result__title a")]


@pytest.fixture
def library(home_page, django_capture_on_commit_callbacks):
    """An index with four publications of different types, years and file languages."""
    index = make_index(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        lv_doc = make_pdf_document("Ziņojums LV", [["Latviešu teksts."]])
        en_doc = make_pdf_document("Study EN", [["English text."]])
    make_publication(index, "Gada ziņojums 2022", "Yearly report 2022", "report", 2022, [(lv_doc, "lv")])
    make_publication(index, "Pētījums 2021", "Study 2021", "study", 2021, [(en_doc, "en")])
    make_publication(index, "Vadlīnijas 2022", "Guide 2022", "guide", 2022, [(lv_doc, "lv"), (en_doc, "en")])
    make_publication(index, "Rīcības plāns 2020", None, "legal", 2020, [(lv_doc, "lv")])
    return index


# --- Filters, paging, feed ---------------------------------------------------------------------


def test_the_index_lists_every_publication_newest_year_first_with_format_size_and_language(client, library):
    response = client.get(library.url)
    assert response.status_code == 200
    assert card_titles(response)[-1] == "Rīcības plāns 2020"
    assert set(card_titles(response)) == {
        "Gada ziņojums 2022",
        "Pētījums 2021",
        "Vadlīnijas 2022",
        "Rīcības plāns 2020",
    }
    meta = soup(response).select_one(".publication-files__meta").get_text(" ", strip=True)
    assert meta.startswith("(PDF, ") and "KB" in meta


@pytest.mark.parametrize(
    "query,expected",
    [
        ({"type": "report"}, {"Gada ziņojums 2022"}),
        ({"type": "legal"}, {"Rīcības plāns 2020"}),
        ({"year": "2022"}, {"Gada ziņojums 2022", "Vadlīnijas 2022"}),
        ({"language": "en"}, {"Pētījums 2021", "Vadlīnijas 2022"}),
        ({"language": "lv", "year": "2022", "type": "guide"}, {"Vadlīnijas 2022"}),
        ({"type": "campaign"}, set()),
    ],
)
def test_filters_by_type_year_and_file_language_combine(client, library, query, expected):
    response = client.get(library.url, query)
    assert response.status_code == 200
    assert set(card_titles(response)) == expected


def test_the_filter_form_is_a_get_form_that_keeps_the_choices(client, library):
    response = client.get(library.url, {"type": "report", "year": "2022"})
    form = soup(response).select_one("form.publication-filters")
    assert form["method"] == "get"
    for name in ("type", "year", "language"):
        select = form.select_one(f"select[name={name}]")
        assert form.select_one(f"label[for={select['id']}]").get_text(strip=True)
    assert form.select_one("select[name=type] option[selected]")["value"] == "report"
    assert form.select_one("select[name=year] option[selected]")["value"] == "2022"
    # Only the years and languages that have publications are offered.
    years = [option["value"] for option in form.select("select[name=year] option")]
    assert years == ["", "2022", "2021", "2020"]


def test_an_english_visitor_sees_only_translated_publications_in_english(client, library):
    response = client.get(library.get_url().replace("/lv/", "/en/").replace(library.slug_lv, library.slug_en))
    assert response.status_code == 200
    assert set(card_titles(response)) == {"Yearly report 2022", "Study 2021", "Guide 2022"}
    assert soup(response).select_one("label[for=filter-type]").get_text(strip=True) == "Type"


def test_pages_of_publications_keep_the_filters(client, library, monkeypatch):
    monkeypatch.setattr(PublicationIndexPage, "per_page", 1)
    first = client.get(library.url, {"year": "2022"})
    assert len(card_titles(first)) == 1
    next_link = soup(first).select_one("nav.pagination a[rel=next]")["href"]
    assert next_link == "?year=2022&page=2"
    second = client.get(library.url + next_link)
    assert len(card_titles(second)) == 1
    assert set(card_titles(first) + card_titles(second)) == {"Gada ziņojums 2022", "Vadlīnijas 2022"}


@pytest.mark.parametrize(
    "query",
    [
        {"type": "nonsense"},
        {"year": "20x2"},
        {"year": "99999"},
        {"language": "xx"},
        {"page": "9"},
        {"page": "a"},
    ],
)
def test_unknown_filters_and_pages_are_not_found_never_an_error(client, library, query):
    assert client.get(library.url, query).status_code == 404


def test_the_index_has_its_own_feed_with_the_same_filters(client, library):
    page = soup(client.get(library.url))
    feed_url = page.select_one('link[rel=alternate][type="application/rss+xml"]')["href"]
    assert feed_url == library.url + "feed/"
    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = {item.findtext("title") for item in channel.findall("item")}
    assert titles == {"Gada ziņojums 2022", "Pētījums 2021", "Vadlīnijas 2022", "Rīcības plāns 2020"}
    enclosure = channel.find("item/enclosure")
    assert enclosure.get("url").startswith("http://testserver/documents/")
    assert enclosure.get("type") == "application/pdf"

    filtered = ET.fromstring(client.get(feed_url, {"type": "study"}).content).find("channel")
    assert [item.findtext("title") for item in filtered.findall("item")] == ["Pētījums 2021"]


def test_a_publication_page_shows_type_year_and_each_file_with_its_language(client, library):
    publication = library.get_children().get(title_lv="Vadlīnijas 2022").specific
    response = client.get(publication.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Vadlīnijas 2022"
    links = page.select(".publication__files a.publication-files__link")
    assert [link["hreflang"] for link in links] == ["lv", "en"]
    assert all(link["href"].startswith("/documents/") for link in links)
    assert "angļu" in links[1].get_text(" ", strip=True)


# --- Search inside documents -------------------------------------------------------------------


@pytest.fixture
def report_with_words_inside(home_page, django_capture_on_commit_callbacks):
    """A publication whose PDFs hold words that are nowhere else: on page 3 and page 2."""
    index = make_index(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        latvian = make_pdf_document(
            "Jūras pārskats",
            [
                ["Ievads."],
                ["Otrā lapa bez īpašiem vārdiem."],
                ["Trešajā lapā: atbalsts zīdtārpiņiem Kurzemē."],
            ],
        )
        english = make_pdf_document(
            "Sea report", [["Introduction."], ["Page two: lighthouses along the coast of Kurzeme."]]
        )
    return make_publication(
        index, "Jūras pārskats", "Sea report", "report", 2023, [(latvian, "lv"), (english, "en")]
    )


@pytest.mark.parametrize("query", ["zīdtārpiņiem", "zidtarpini", "zīdtārpiņš", "ZIDTARPINIEM"])
def test_a_word_found_only_inside_a_pdf_finds_its_publication_in_latvian(
    client, report_with_words_inside, query
):
    assert "zīdtārpiņ" not in report_with_words_inside.title_lv + report_with_words_inside.summary_lv
    response = client.get("/lv/meklet/", {"q": query})
    assert search_titles(response) == ["Jūras pārskats"]
    location = soup(response).select_one(".search-result__snippet .search-result__location")
    assert "3" in location.get_text() and "Jūras pārskats" in location.get_text()
    assert soup(response).select_one(".search-result__snippet mark").get_text() == "zīdtārpiņiem"


@pytest.mark.parametrize("query", ["lighthouse", "Lighthouses"])
def test_a_word_found_only_inside_a_pdf_finds_its_publication_in_english(
    client, report_with_words_inside, query
):
    response = client.get("/en/search/", {"q": query})
    assert search_titles(response) == ["Sea report"]
    snippet = soup(response).select_one(".search-result__snippet")
    assert "Page 2 of “Sea report”" in snippet.get_text(" ")
    assert snippet.select_one("mark").get_text() == "lighthouses"


def test_replacing_the_pdf_replaces_the_words_that_find_the_publication(
    client, report_with_words_inside, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from publications.pdf import make_pdf

    document = report_with_words_inside.files.first().document
    with django_capture_on_commit_callbacks(execute=True):
        data = make_pdf([["Jaunā versija: bākugunis."]])
        document.file = SimpleUploadedFile("jauns.pdf", data)
        document.file_size = len(data)
        document.file_hash = ""
        document.save()
    assert search_titles(client.get("/lv/meklet/", {"q": "zidtarpini"})) == []
    assert search_titles(client.get("/lv/meklet/", {"q": "bakugunis"})) == ["Jūras pārskats"]


# --- Private documents ---------------------------------------------------------------------------


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Iekšējie dokumenti")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="slepens"
    )
    return collection


def test_private_documents_text_never_appears_in_public_search(
    client, home_page, private_collection, django_capture_on_commit_callbacks
):
    index = make_index(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        private = make_pdf_document(
            "Iekšējs", [["Iekšējā informācija par bākuguņiem."]], collection=private_collection
        )
        public = make_pdf_document("Publisks", [["Publiskais teksts par bruņurupučiem."]])
    publication = make_publication(
        index, "Divu failu ziņojums", "Two-file report", files=[(public, "lv"), (private, "lv")]
    )
    assert DocumentText.objects.get(document=private).text  # read, but kept out of search
    assert search_titles(client.get("/lv/meklet/", {"q": "bakugunis"})) == []
    assert search_titles(client.get("/en/search/", {"q": "bakugunis"})) == []
    entry = IndexEntry.objects.get(object_id=str(publication.pk), content_type__model="publicationpage")
    assert "bakugun" not in entry.body
    # The publication is still found by its public words, and its snippet shows none of the private text.
    response = client.get("/lv/meklet/", {"q": "brunurupuci"})
    assert search_titles(response) == ["Divu failu ziņojums"]
    assert "bākuguņ" not in response.content.decode()


def test_a_collection_made_private_takes_its_documents_words_out_of_search(
    client, home_page, django_capture_on_commit_callbacks
):
    index = make_index(home_page)
    collection = Collection.get_first_root_node().add_child(name="Drīz privāti")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_pdf_document("Plāns", [["Bākuguņu plāns."]], collection=collection)
    make_publication(index, "Plāna publikācija", files=[(document, "lv")])
    assert search_titles(client.get("/lv/meklet/", {"q": "bakugunu"})) == ["Plāna publikācija"]
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert search_titles(client.get("/lv/meklet/", {"q": "bakugunu"})) == []


def test_a_private_publication_is_not_found_by_the_words_of_its_documents(
    client, home_page, django_capture_on_commit_callbacks
):
    index = make_index(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        document = make_pdf_document("Slepens", [["Bākuguņu saraksts."]])
    publication = make_publication(index, "Slēgta publikācija", files=[(document, "lv")])
    PageViewRestriction.objects.create(page=publication, restriction_type=PageViewRestriction.LOGIN)
    assert search_titles(client.get("/lv/meklet/", {"q": "bakugunu"})) == []
