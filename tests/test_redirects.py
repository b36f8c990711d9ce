"""Old addresses keep working: a changed slug or a move leaves redirects per language
(``editorial/redirects.py``), including the routable sub-paths below an old address."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.signals import pre_save
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from editorial.redirects import ADDRESSES_BEFORE_SAVE
from news.models import NewsIndexPage
from tests.factories.news import make_articles, make_news_index

pytestmark = pytest.mark.django_db


def republish(page, language, **fields):
    """Publish ``fields`` as an editor would, with ``language`` active (the admin's language)."""
    page = NewsIndexPage.objects.get(pk=page.pk)
    with translation.override(language):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
    return NewsIndexPage.objects.get(pk=page.pk)


@pytest.fixture
def index(home_page):
    index = make_news_index(home_page, slug="vecas-zinas")  # English: vecas-zinas-en
    make_articles(index, 1, with_images=False)  # raksts-0 / article-0
    return index


def location(client, path):
    response = client.get(path)
    assert response.status_code == 301, (path, response.status_code)
    return response["Location"]


@pytest.mark.parametrize("admin_language", ["lv", "en"])
def test_a_latvian_slug_change_redirects_the_latvian_addresses_only(client, index, admin_language):
    republish(index, admin_language, slug_lv="jaunas-zinas")
    assert location(client, "/lv/vecas-zinas/") == "/lv/jaunas-zinas/"
    assert location(client, "/lv/vecas-zinas/raksts-0/") == "/lv/jaunas-zinas/raksts-0/"
    assert client.get("/en/vecas-zinas-en/").status_code == 200
    assert not Redirect.objects.filter(old_path__startswith="/en/").exists()


@pytest.mark.parametrize("admin_language", ["lv", "en"])
def test_an_english_slug_change_redirects_the_english_addresses_only(client, index, admin_language):
    republish(index, admin_language, slug_en="new-news")
    assert location(client, "/en/vecas-zinas-en/") == "/en/new-news/"
    assert location(client, "/en/vecas-zinas-en/article-0/") == "/en/new-news/article-0/"
    assert client.get("/lv/vecas-zinas/").status_code == 200
    assert not Redirect.objects.filter(old_path__startswith="/lv/").exists()


def test_the_redirects_are_wagtails_automatic_permanent_redirects_for_the_site(index, home_page):
    republish(index, "lv", slug_lv="jaunas-zinas", slug_en="new-news")
    redirects = Redirect.objects.order_by("old_path")
    assert [(r.old_path, r.redirect_page_id) for r in redirects] == [
        ("/en/vecas-zinas-en", index.pk),
        ("/en/vecas-zinas-en/article-0", index.get_children().get().pk),
        ("/lv/vecas-zinas", index.pk),
        ("/lv/vecas-zinas/raksts-0", index.get_children().get().pk),
    ]
    assert all(r.automatically_created and r.is_permanent for r in redirects)
    assert {r.site.root_page_id for r in redirects} == {home_page.pk}


def test_sub_paths_of_an_old_address_follow_it(client, index):
    republish(index, "lv", slug_lv="jaunas-zinas", slug_en="new-news")
    assert location(client, "/lv/vecas-zinas/2020/") == "/lv/jaunas-zinas/2020/"
    assert location(client, "/lv/vecas-zinas/feed/") == "/lv/jaunas-zinas/feed/"
    assert location(client, "/en/vecas-zinas-en/feed/") == "/en/new-news/feed/"
    assert location(client, "/lv/vecas-zinas/2020/?lapa=2") == "/lv/jaunas-zinas/2020/?lapa=2"
    assert client.get("/lv/jaunas-zinas/2020/").status_code == 200
    # A redirect typed in by an editor means that address only, nothing below it.
    Redirect.objects.create(old_path="/lv/rucis", redirect_link="https://example.lv/")
    assert client.get("/lv/rucis/2020/").status_code == 404


def test_a_move_redirects_both_languages_and_the_descendants(client, index, home_page):
    archive = make_news_index(home_page, slug="arhivs")  # English: arhivs-en
    index.move(archive, pos="last-child")
    assert location(client, "/lv/vecas-zinas/") == "/lv/arhivs/vecas-zinas/"
    assert location(client, "/en/vecas-zinas-en/") == "/en/arhivs-en/vecas-zinas-en/"
    assert location(client, "/lv/vecas-zinas/raksts-0/") == "/lv/arhivs/vecas-zinas/raksts-0/"
    assert location(client, "/en/vecas-zinas-en/article-0/") == "/en/arhivs-en/vecas-zinas-en/article-0/"
    assert location(client, "/en/vecas-zinas-en/feed/") == "/en/arhivs-en/vecas-zinas-en/feed/"
    assert client.get("/en/arhivs-en/vecas-zinas-en/article-0/").status_code == 200
    assert Redirect.objects.filter(automatically_created=True).count() == 4


def test_an_unpublished_page_leaves_no_redirect(index, home_page):
    index.unpublish()
    republish(index, "lv", slug_lv="jaunas-zinas", slug_en="new-news")
    archive = make_news_index(home_page, slug="arhivs")
    index.refresh_from_db()
    index.unpublish()
    index.move(archive, pos="last-child")
    assert not Redirect.objects.exists()


def test_saving_other_models_runs_no_page_receiver(django_assert_num_queries, home_page):
    assert pre_save.has_listeners(NewsIndexPage)
    user = get_user_model().objects.create_user("lietotajs", "l@example.lv", "pass")
    user.first_name = "Ilze"
    with CaptureQueriesContext(connection) as queries:
        user.save()
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]
    # Saving a page without its slugs (a draft revision's bookkeeping) reads no old addresses.
    home_page.save(update_fields=["has_unpublished_changes"], clean=False)
    assert getattr(home_page, ADDRESSES_BEFORE_SAVE, None) is None
