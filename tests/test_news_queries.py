"""The news pages cost the same number of SQL queries with 3 articles as with 30 or more.

Each test renders a page with few items to learn its query count (the count includes the shared
frame: menu, breadcrumbs, footer, ...), then asserts exactly that count with ten times as many
articles, categories and images.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsCategory, NewsIndexPage
from tests.factories.news import make_articles, make_news_index

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # the first visit generates image renditions; later ones only read them
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def replace_articles(index, count, **kwargs):
    for child in index.get_children():
        child.delete()
    return make_articles(index, count, **kwargs)


INDEX_URLS = [
    "/lv/zinu-tests/",
    "/en/zinu-tests-en/",
    "/lv/zinu-tests/2020/",
    "/lv/zinu-tests/?page=2",
    "/en/zinu-tests-en/?category=shared",
]


def test_news_index_queries_do_not_grow_with_articles_categories_and_images(
    client, home_page, django_assert_num_queries
):
    index = make_news_index(home_page)
    shared = NewsCategory.objects.create(slug="shared", name_lv="Kopīgā", name_en="Shared")
    make_articles(index, 13, categories=[shared])  # 13: a second page with 3 articles
    few = {url: queries_for(client, url) for url in INDEX_URLS}

    replace_articles(index, 40, categories=[shared])  # now 40: a full second page, 80 categories
    for url in INDEX_URLS:
        client.get(url)
        with django_assert_num_queries(few[url]):
            response = client.get(url)
        assert response.content.decode().count('class="news-card"') == 10, url


ARTICLE_URLS = ["/lv/zinu-tests/raksts-2/", "/en/zinu-tests-en/article-2/"]


def test_article_queries_do_not_grow_with_siblings_categories_and_body_images(
    client, home_page, django_assert_num_queries
):
    index = make_news_index(home_page)
    make_articles(index, 3, body_images=3)
    few = {url: queries_for(client, url) for url in ARTICLE_URLS}

    # 30 siblings with their own categories; the article read has 30 images in its body.
    replace_articles(index, 30, body_images=30, body_images_in=2)
    for url in ARTICLE_URLS:
        client.get(url)
        with django_assert_num_queries(few[url]):
            response = client.get(url)
        assert response.content.decode().count('<figure class="block-image">') == 30, url


def test_home_page_latest_news_and_the_feed_cost_the_same_with_more_news(
    client, home_page, django_assert_num_queries
):
    news = NewsIndexPage.objects.get()
    home_few = queries_for(client, "/lv/")
    feed_few = queries_for(client, "/lv/jaunumi/feed/")

    make_articles(news, 30, first_date=datetime.date(2030, 1, 1))
    client.get("/lv/")
    with django_assert_num_queries(home_few):
        response = client.get("/lv/")
    assert "Raksts 29" in response.content.decode()
    client.get("/lv/jaunumi/feed/")
    with django_assert_num_queries(feed_few):
        client.get("/lv/jaunumi/feed/")
