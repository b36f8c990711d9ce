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


def tag_all(articles, category):
    for article in articles:
        article.categories.add(category)
        article.save_revision().publish()
    return articles


def replace_articles(index, count, body_images=0):
    for child in index.get_children():
        child.delete()
    return make_articles(index, count, body_images=body_images)


@pytest.mark.parametrize(
    "url",
    [
        "/lv/zinu-tests/",
        "/en/zinu-tests-en/",
        "/lv/zinu-tests/2020/",
        "/lv/zinu-tests/?page=2",
        "/en/zinu-tests-en/?category=shared",
    ],
)
def test_news_index_queries_do_not_grow_with_articles_categories_and_images(
    client, home_page, django_assert_num_queries, url
):
    index = make_news_index(home_page)
    shared = NewsCategory.objects.create(slug="shared", name_lv="Kopīgā", name_en="Shared")
    tag_all(make_articles(index, 13), shared)  # 13: a second page with 3 articles
    few = queries_for(client, url)

    tag_all(replace_articles(index, 40), shared)  # now 40: a full second page, 80 categories
    client.get(url)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count('class="news-card"') == 10


@pytest.mark.parametrize("url", ["/lv/zinu-tests/raksts-2/", "/en/zinu-tests-en/article-2/"])
def test_article_queries_do_not_grow_with_siblings_categories_and_body_images(
    client, home_page, django_assert_num_queries, url
):
    index = make_news_index(home_page)
    make_articles(index, 3, body_images=3)
    few = queries_for(client, url)

    replace_articles(index, 30, body_images=30)
    client.get(url)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count('<figure class="block-image">') == 30


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
