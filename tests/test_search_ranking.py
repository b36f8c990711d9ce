"""Ranking of search results, their type labels and dates."""

import datetime

import pytest

from news.models import NewsIndexPage
from search.results import RESULT_TYPES, is_listing
from tests.test_search import add_news_article, add_page, all_result_titles, search_en, search_lv, soup

pytestmark = pytest.mark.django_db


def test_a_title_match_outranks_the_same_word_in_the_text(client, home_page):
    add_page(home_page, "Dažādi", lead_lv="Šeit minēti arī zvejnieki un citi.")
    add_page(home_page, "Zvejnieki", lead_lv="Teksts par jūru.")
    titles = all_result_titles(client, search_lv(client, "zvejnieki"))
    assert titles.index("Zvejnieki") < titles.index("Dažādi")


def test_an_exact_phrase_outranks_scattered_words(client, home_page):
    add_page(
        home_page,
        "Izkaisīti",
        lead_lv="Zvejnieku ciemā notika seminārs, bet dzīvoja arī citi zvejnieki un ļaudis.",
    )
    add_page(
        home_page, "Frāze", lead_lv="Zvejnieku seminārs notika ciemā, par to runāja daudz un ilgi vēlāk."
    )
    titles = all_result_titles(client, search_lv(client, "zvejnieku seminārs"))
    assert titles.index("Frāze") < titles.index("Izkaisīti")


def test_newer_news_breaks_ties(client):
    add_news_article("Zvejnieki A", "Zvejnieku sezona", date=datetime.date(2020, 1, 1))
    add_news_article("Zvejnieki B", "Zvejnieku sezona", date=datetime.date(2023, 1, 1))
    add_news_article("Zvejnieki C", "Zvejnieku sezona", date=datetime.date(2021, 1, 1))
    titles = [
        title
        for title in all_result_titles(client, search_lv(client, "zvejnieki"))
        if title.startswith("Zvejnieki")
    ]
    assert titles == ["Zvejnieki B", "Zvejnieki C", "Zvejnieki A"]


def test_a_listing_page_never_outranks_the_content_it_lists(client):
    index = NewsIndexPage.objects.get()
    index.title_lv = "Ziņojumi un ziņojumu jaunumi"
    index.intro_lv = "Ziņojumi, ziņojumi, ziņojumi."
    index.save_revision().publish()
    add_news_article("Gada pārskats", "Dati no ziņojuma")
    titles = all_result_titles(client, search_lv(client, "ziņojums"))
    assert titles.index("Gada pārskats") < titles.index("Ziņojumi un ziņojumu jaunumi")


def test_the_report_outranks_the_news_index_for_zinojums(client):
    # The seed report of the demo content and the news index that lists it.
    titles = all_result_titles(client, search_lv(client, "ziņojums"))
    index = NewsIndexPage.objects.get().title_lv
    if index in titles:
        assert all(
            titles.index(index) > position
            for position, title in enumerate(titles)
            if "ziņojums" in title.lower()
        )
    assert any("ziņojums" in title.lower() for title in titles)


def test_listing_pages_are_the_indexes_the_calendar_and_home():
    from events.models import EventCalendarPage, EventPage
    from home.models import HomePage, StandardPage
    from news.models import NewsArticlePage

    assert is_listing(NewsIndexPage) and is_listing(EventCalendarPage) and is_listing(HomePage)
    assert not any(is_listing(model) for model in (NewsArticlePage, EventPage, StandardPage))


@pytest.mark.parametrize(
    "language,labels",
    [
        ("lv", {"news": "Ziņa", "event": "Notikums", "page": "Lapa"}),
        ("en", {"news": "News", "event": "Event", "page": "Page"}),
    ],
)
def test_type_labels_are_plain_words_in_both_languages(language, labels):
    from django.utils import translation

    with translation.override(language):
        assert {key: str(label) for key, label in RESULT_TYPES.items()} == labels


def test_every_result_has_a_plain_type_and_only_dated_types_show_a_date(client, home_page):
    add_page(home_page, "Zvejnieku lapa", lead_lv="Zvejnieki", title_en="Fishermen page", lead_en="Fishermen")
    add_news_article("Zvejnieku ziņa", "Zvejnieki", title_en="Fishermen news", lead_en="Fishermen")
    cases = [
        (search_lv(client, "zvejnieki"), "Zvejnieku lapa", "Lapa", "Zvejnieku ziņa", "Ziņa"),
        (search_en(client, "fishermen"), "Fishermen page", "Page", "Fishermen news", "News"),
    ]
    for response, page_title, page_label, news_title, news_label in cases:
        shown = {
            result.select_one(".search-result__title").get_text(" ", strip=True): result
            for result in soup(response).select(".search-result")
        }
        assert shown[page_title].select_one(".search-result__type").get_text(strip=True) == page_label
        assert shown[page_title].find("time") is None
        assert shown[news_title].select_one(".search-result__type").get_text(strip=True) == news_label
        assert shown[news_title].find("time")["datetime"] == "2022-11-03"


def test_the_type_filter_joins_every_kind_of_page_under_one_label(client, home_page):
    add_page(home_page, "Zvejnieku lapa", lead_lv="Zvejnieki")
    add_news_article("Zvejnieku ziņa", "Zvejnieki")
    index = NewsIndexPage.objects.get()
    index.intro_lv = "Ziņas par zvejniekiem."
    index.save_revision().publish()
    page = soup(search_lv(client, "zvejnieki"))
    labels = [a.get_text(" ", strip=True) for a in page.select("nav.search-types li")]
    assert labels == ["Visi (3)", "Lapa (2)", "Ziņa (1)"]
