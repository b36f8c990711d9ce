"""Every page type costs at most 10 SQL queries, however many articles, events and images there are.

The counts are taken once the page frame (menu, breadcrumbs, footer, settings, month widget) is
in the cache, as it is for every visitor after the first; each test first fills the site with many
items so that a count growing with them would show.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventCalendarPage
from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from tests.factories.home import StandardPageFactory, url_in
from tests.factories.news import make_articles
from tests.test_events_queries import add_many

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
MARCH_2025 = datetime.date(2025, 3, 1)


def queries_for(client, url):
    client.get(url)  # fills the caches a first visitor fills
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def many_articles(db):
    """25 more articles in the demo news index, with images, categories and body images."""
    index = NewsIndexPage.objects.get()
    articles = make_articles(index, 25, body_images=2, first_date=datetime.date(2024, 1, 1))
    shared = NewsCategory.objects.create(slug="kopiga", name_lv="Kopīgā", name_en="Shared")
    for article in articles[:12]:
        article.categories.add(shared)
        article.save_revision().publish()
    return articles


HOME_NEWS_AND_CONTENT = [
    "/lv/",
    "/en/",
    "/lv/jaunumi/",
    "/en/news/",
    "/lv/jaunumi/?page=3",
    "/lv/jaunumi/2024/",
    "/en/news/?category=kopiga",
    "/lv/jaunumi/raksts-7/",
    "/en/news/article-24/",
    "content-lv",
    "content-en",
]


def test_home_news_and_content_pages_cost_at_most_10_queries(client, many_articles):
    content = StandardPageFactory(title_lv="Par testu", title_en="About the test")
    addresses = {"content-lv": url_in(content, "lv"), "content-en": url_in(content, "en")}
    counts = {}
    for url in [addresses.get(url, url) for url in HOME_NEWS_AND_CONTENT]:
        counts[url], page = queries_for(client, url)
        assert page.select_one("main h1"), url
    assert {url: count for url, count in counts.items() if count > MAX_QUERIES} == {}


def test_the_news_index_shows_its_many_articles_ten_a_page(client, many_articles):
    _count, page = queries_for(client, "/lv/jaunumi/?page=4")
    # 25 + 12 demo articles: the fourth page holds the 7 oldest, read from the oldest end.
    titles = [card.get_text(" ", strip=True) for card in page.select(".news-card")]
    assert len(titles) == 7
    oldest = NewsArticlePage.objects.live().order_by("date", "pk").first()
    assert oldest.title_lv in titles[-1]
    assert page.select_one('nav.pagination [aria-current="page"]').get_text() == "4"


CALENDAR = ["lv:2025/03/", "en:2025/03/", "en:", "lv:notikums-2025-03-01-7/", "en:notikums-2025-03-01-7/"]


def test_calendar_pages_cost_at_most_10_queries_with_60_events(client):
    add_many(60, MARCH_2025)
    calendar = EventCalendarPage.objects.get()
    counts = {}
    for address in CALENDAR:
        language, suffix = address.split(":")
        url = url_in(calendar, language) + suffix
        counts[url], page = queries_for(client, url)
        assert page.select_one("main h1"), url
    assert {url: count for url, count in counts.items() if count > MAX_QUERIES} == {}


def test_a_month_with_60_events_shows_them_all(client):
    add_many(60, MARCH_2025)
    _count, page = queries_for(client, url_in(EventCalendarPage.objects.get(), "en") + "2025/03/")
    assert len(page.select(".calendar-agenda .event-summary")) >= 60
    assert EventCalendarPage.objects.get().get_children().count() >= 60
