""" "Did you mean" on few results, and suggestions as you type (the endpoint behind the combobox)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search import titles, vocabulary
from search.models import SearchWord, TitleWord
from tests.test_search import add_page, search_en, search_lv, soup

pytestmark = pytest.mark.django_db


# --- Did you mean ------------------------------------------------------------------------------


def suggestion_link(response):
    return soup(response).select_one(".search-page__suggestion a")


def test_a_typo_gets_the_closest_word_of_the_index_as_a_link_that_runs_the_search(client, home_page):
    add_page(home_page, "Atbalsts", lead_lv="Sociālā rehabilitācija cietušajiem.")
    response = search_lv(client, "rehabiltacija")
    link = suggestion_link(response)
    assert link.get_text() == "rehabilitācija"
    assert "Vai jūs domājāt" in soup(response).select_one(".search-page__suggestion").get_text()
    corrected = client.get("/lv/meklet/" + link["href"])
    assert "Atbalsts" in [
        a.get_text(" ", strip=True) for a in soup(corrected).select(".search-result__title a")
    ]


def test_a_long_word_with_a_missing_letter_is_corrected(client, home_page):
    add_page(home_page, "Plāns", lead_lv="Cilvēktirdzniecības mazināšanas plāns.")
    assert suggestion_link(search_lv(client, "cilvektirdznecibas")).get_text() == "cilvēktirdzniecības"


def test_only_the_unknown_word_of_a_query_is_replaced(client, home_page):
    add_page(home_page, "Atbalsts", lead_lv="Sociālā rehabilitācija cietušajiem.")
    assert suggestion_link(search_lv(client, "sociālā rehabiltacija")).get_text() == "sociālā rehabilitācija"


def test_suggestions_come_from_the_visitors_language(client, home_page):
    add_page(
        home_page,
        "Atbalsts",
        lead_lv="Rehabilitācija",
        title_en="Support",
        lead_en="Rehabilitation services.",
    )
    assert suggestion_link(search_en(client, "rehabilitaton")).get_text() == "rehabilitation"
    assert SearchWord.objects.filter(language="lv", folded="rehabilitacija").exists()
    assert not SearchWord.objects.filter(language="en", folded="rehabilitacija").exists()


def test_no_suggestion_when_the_query_finds_enough_or_nothing_is_close(client, home_page):
    for number in range(3):
        add_page(home_page, f"Brošūra {number}", lead_lv="Informatīva brošūra")
    assert suggestion_link(search_lv(client, "brošūra")) is None
    assert suggestion_link(search_lv(client, "qqqxxxzzz")) is None


def test_a_suggestion_is_offered_only_if_it_finds_more(client, home_page):
    # A word of a page that is no longer live stays in the vocabulary; it finds nothing.
    add_page(home_page, "Melnraksts", lead_lv="Rehabilitācija", live=False)
    SearchWord.objects.get_or_create(
        language="lv", folded="zzrehabilitacija", word="zzrehabilitācija", length=16
    )
    assert suggestion_link(search_lv(client, "zzrehabiltacija")) is None


def test_short_words_are_not_corrected():
    assert vocabulary.max_distance("pie") == 0
    assert vocabulary.max_distance("pase") == 1
    assert vocabulary.max_distance("rehabilitacija") == 2


# --- Suggestions as you type -------------------------------------------------------------------


def suggest(client, language, query):
    url = "/lv/meklet/ieteikumi/" if language == "lv" else "/en/search/suggest/"
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content)


def test_suggestions_are_titles_of_pages_whose_words_start_with_what_was_typed(client, home_page):
    page = add_page(home_page, "Rehabilitācijas pakalpojumi", title_en="Rehabilitation services")
    _response, data = suggest(client, "lv", "rehab")
    assert {"title": "Rehabilitācijas pakalpojumi", "url": page.get_url()} in data["suggestions"]
    _response, data = suggest(client, "lv", "rehabilitacijas pak")
    assert data["suggestions"][0]["title"] == "Rehabilitācijas pakalpojumi"


def test_english_suggestions_are_english_titles_of_translated_pages(client, home_page):
    add_page(home_page, "Rehabilitācijas pakalpojumi", title_en="Rehabilitation services")
    add_page(home_page, "Rehabilitācija Latgalē")  # not translated
    _response, data = suggest(client, "en", "rehab")
    titles = [item["title"] for item in data["suggestions"]]
    assert "Rehabilitation services" in titles
    assert "Rehabilitācija Latgalē" not in titles
    assert all(item["url"].startswith("/en/") for item in data["suggestions"])


def test_drafts_never_show_as_suggestions(client, home_page):
    add_page(home_page, "Slepenais plāns", live=False)
    _response, data = suggest(client, "lv", "slepen")
    assert data["suggestions"] == []


def test_suggestions_are_few_and_may_be_cached(client, home_page):
    for number in range(12):
        add_page(home_page, f"Brošūra {number}")
    response, data = suggest(client, "lv", "bros")
    assert len(data["suggestions"]) == 8
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]


def test_a_cached_answer_costs_no_database_query(client, home_page, django_assert_num_queries):
    add_page(home_page, "Brošūra")
    suggest(client, "lv", "bros")
    with django_assert_num_queries(0):
        suggest(client, "lv", "bros")


@pytest.mark.parametrize("query", ["", "a", " ", "\x00", "%", "*", '"', "ā" * 500, "OR AND NOT", "-"])
def test_odd_input_gets_an_empty_or_normal_answer(client, query):
    _response, data = suggest(client, "lv", query)
    assert isinstance(data["suggestions"], list)


def test_the_header_search_box_says_where_suggestions_come_from(client):
    form = soup(client.get("/lv/")).select_one("header form[role=search]")
    assert form["data-suggest-url"] == "/lv/meklet/ieteikumi/"
    assert form["data-suggest-label"] == "Ieteiktās lapas"
    assert "{count}" in form["data-suggest-status"]
    # Without JavaScript it is a plain search form: no combobox roles in the markup.
    assert form.find("input", attrs={"name": "q"}).get("role") is None
    assert form.find("script")["src"].endswith("search/suggest.js")
    form = soup(client.get("/en/")).select_one("header form[role=search]")
    assert form["data-suggest-url"] == "/en/search/suggest/"


def test_an_unpublished_page_leaves_the_cached_suggestions_at_once(client, home_page):
    page = add_page(home_page, "Brošūra par riskiem")
    _response, data = suggest(client, "lv", "bros")
    assert "Brošūra par riskiem" in [item["title"] for item in data["suggestions"]]
    page.unpublish()
    _response, data = suggest(client, "lv", "bros")
    assert "Brošūra par riskiem" not in [item["title"] for item in data["suggestions"]]


# --- The title words behind the suggestions (search.titles) -------------------------------------


def suggested(client, language, query):
    return [item["title"] for item in suggest(client, language, query)[1]["suggestions"]]


def test_every_typed_word_must_start_a_word_of_the_title(client, home_page):
    add_page(home_page, "Rehabilitācijas pakalpojumi")
    add_page(home_page, "Rehabilitācija Latgalē")
    assert suggested(client, "lv", "pak rehab") == ["Rehabilitācijas pakalpojumi"]
    assert suggested(client, "lv", "rehab Latg") == ["Rehabilitācija Latgalē"]
    assert suggested(client, "lv", "rehab xyz") == []
    assert suggested(client, "lv", "abilit") == []  # the start of a word, not any part of it


def test_shorter_titles_come_first(client, home_page):
    add_page(home_page, "Brošūra par cilvēku tirdzniecības riskiem")
    add_page(home_page, "Brošūra")
    add_page(home_page, "Brošūra jauniešiem")
    assert suggested(client, "lv", "bros") == [
        "Brošūra",
        "Brošūra jauniešiem",
        "Brošūra par cilvēku tirdzniecības riskiem",
    ]


def test_a_renamed_page_is_suggested_under_its_new_title_only(client, home_page):
    page = add_page(home_page, "Brošūra par riskiem")
    assert suggested(client, "lv", "bros") == ["Brošūra par riskiem"]
    page.title_lv = "Ceļvedis jauniešiem"
    page.save_revision().publish()
    assert suggested(client, "lv", "bros") == []
    assert suggested(client, "lv", "celv") == ["Ceļvedis jauniešiem"]


def test_a_deleted_page_is_not_suggested_and_leaves_no_words(client, home_page):
    page = add_page(home_page, "Brošūra par riskiem")
    assert TitleWord.objects.filter(page_id=page.pk).exists()
    suggested(client, "lv", "bros")
    page.delete()
    assert suggested(client, "lv", "bros") == []
    assert not TitleWord.objects.filter(page_id=page.pk).exists()


def test_a_private_page_is_never_suggested_even_from_the_cache(client, home_page):
    page = add_page(home_page, "Brošūra par riskiem")
    assert suggested(client, "lv", "bros") == ["Brošūra par riskiem"]  # now cached
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="slepens")
    assert suggested(client, "lv", "bros") == []


def test_a_page_moved_into_a_private_section_is_no_longer_suggested(client, home_page):
    section = add_page(home_page, "Iekšējie materiāli")
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="slepens")
    page = add_page(home_page, "Brošūra par riskiem")
    assert suggested(client, "lv", "bros") == ["Brošūra par riskiem"]
    page.move(section, pos="last-child")
    assert suggested(client, "lv", "bros") == []
    assert suggested(client, "lv", "iekse") == []


def test_update_index_writes_the_title_words_of_existing_pages(client, home_page):
    add_page(home_page, "Rehabilitācijas pakalpojumi", title_en="Rehabilitation services")
    TitleWord.objects.all().delete()
    call_command("update_index", stdout=StringIO())
    assert "Rehabilitācijas pakalpojumi" in suggested(client, "lv", "rehabilitacijas")
    assert "Rehabilitation services" in suggested(client, "en", "servic")
    assert set(TitleWord.objects.filter(language="en").values_list("word", flat=True)) >= {
        "rehabilitation",
        "services",
    }


def test_a_live_page_behind_many_better_drafts_is_still_suggested(client, home_page, monkeypatch):
    monkeypatch.setattr(titles, "CANDIDATES", 2)  # the index's best two are both drafts
    add_page(home_page, "Brošūra A", live=False)
    add_page(home_page, "Brošūra B", live=False)
    add_page(home_page, "Brošūra par cilvēku tirdzniecības riskiem")
    assert suggested(client, "lv", "bros") == ["Brošūra par cilvēku tirdzniecības riskiem"]
