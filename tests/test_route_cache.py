"""Where an address leads is remembered (``website/route_cache.py``), and forgotten as soon as a page
is renamed, moved, unpublished, deleted or translated: a visitor never reaches a page at an address
it no longer has, nor misses it at its new one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsArticlePage
from tests.factories.news import NewsArticlePageFactory, make_articles, make_news_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    index = make_news_index(home_page, slug="marsruti")  # English: marsruti-en
    make_articles(index, 2, with_images=False)  # raksts-0, raksts-1 / article-0, article-1
    return index


def article(number):
    return NewsArticlePage.objects.get(slug_lv=f"raksts-{number}")


def visit(client, *paths):
    """Each address twice: the first visit fills the caches, the second is what visitors get."""
    for path in paths:
        client.get(path)
        client.get(path)


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def test_a_remembered_address_costs_only_the_page_itself(client, index):
    visit(client, "/lv/marsruti/raksts-0/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/lv/marsruti/raksts-0/").status_code == 200
    assert len(captured) == 1
    assert "news_newsarticlepage" in captured[0]["sql"]


def test_a_renamed_article_leaves_its_old_address_at_once(client, index):
    visit(client, "/lv/marsruti/raksts-0/", "/en/marsruti-en/article-0/")
    page = article(0)
    page.slug_lv = "parsaukts"
    page.save_revision().publish()
    assert client.get("/lv/marsruti/raksts-0/")["Location"] == "/lv/marsruti/parsaukts/"
    assert client.get("/lv/marsruti/parsaukts/").status_code == 200
    assert client.get("/en/marsruti-en/article-0/").status_code == 200  # its English slug is unchanged


def test_a_moved_section_is_found_at_its_new_address_with_its_articles(client, index, home_page):
    visit(client, "/lv/marsruti/", "/lv/marsruti/raksts-1/", "/lv/marsruti/2020/")
    archive = make_news_index(home_page, slug="arhivs")
    index.move(archive, pos="last-child")
    assert client.get("/lv/marsruti/raksts-1/")["Location"] == "/lv/arhivs/marsruti/raksts-1/"
    assert client.get("/lv/arhivs/marsruti/raksts-1/").status_code == 200
    assert client.get("/lv/arhivs/marsruti/2020/").status_code == 200


def test_an_article_renamed_where_this_process_did_not_see_it_is_not_served_at_its_old_address(client, index):
    # Another app server without the shared cache: the change reaches the database only.
    visit(client, "/lv/marsruti/raksts-0/")
    NewsArticlePage.objects.filter(pk=article(0).pk).update(slug_lv="citur-parsaukts")
    assert client.get("/lv/marsruti/raksts-0/").status_code == 404
    assert client.get("/lv/marsruti/citur-parsaukts/").status_code == 200


def test_an_unpublished_or_deleted_article_is_not_found_at_a_remembered_address(client, index):
    visit(client, "/lv/marsruti/raksts-0/", "/lv/marsruti/raksts-1/")
    article(0).unpublish()
    assert client.get("/lv/marsruti/raksts-0/").status_code == 404
    article(1).delete()
    assert client.get("/lv/marsruti/raksts-1/").status_code == 404


def test_an_article_translated_into_english_answers_to_its_english_slug_only(client, index):
    page = NewsArticlePageFactory(
        parent=index, title_lv="Tikai latviski", title_en=None, slug_lv="tikai-latviski"
    )
    visit(client, "/en/marsruti-en/tikai-latviski/")
    assert client.get("/en/marsruti-en/tikai-latviski/").status_code == 200  # untranslated: its Latvian slug
    page = NewsArticlePage.objects.get(pk=page.pk)
    page.title_en, page.slug_en = "Now in English", "now-in-english"
    page.save_revision().publish()
    # Translated, it answers to its English slug in English; the old address redirects there.
    assert client.get("/en/marsruti-en/tikai-latviski/")["Location"] == "/en/marsruti-en/now-in-english/"
    assert client.get("/en/marsruti-en/now-in-english/").status_code == 200


def test_an_editor_saving_a_draft_keeps_every_address_remembered(client, index):
    visit(client, "/lv/marsruti/raksts-0/")
    page = article(1)
    page.title_lv = "Melnraksta virsraksts"
    page.save_revision()
    assert queries(client, "/lv/marsruti/raksts-0/") == 1
