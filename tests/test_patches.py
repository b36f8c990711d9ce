"""Routing and slug checks replace wagtail-modeltranslation's own (patches/wagtail_modeltranslation.py).

The replacement must answer exactly as the package does (translated slugs, the Latvian slug as
the fallback of an untranslated page, routable pages first) in one indexed query however many
siblings a page has, and it must be revisited when the package changes.
"""

import datetime
import hashlib
import inspect
from importlib.metadata import version

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from events.models import EventCalendarPage
from news.models import NewsArticlePage, NewsIndexPage
from patches import wagtail_modeltranslation as patch
from tests.factories.home import StandardPageFactory, url_in
from tests.factories.news import NewsArticlePageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

# Two articles built for these tests: one translated, one in Latvian only.
TRANSLATED_LV = "testa-zinojums-par-marsrutiem"
TRANSLATED_EN = "a-test-report-on-routes"
UNTRANSLATED = "testa-raksts-tikai-latviski"


@pytest.fixture(autouse=True)
def articles(db):
    NewsArticlePageFactory(
        title_lv="Testa ziņojums", title_en="A test report", slug_lv=TRANSLATED_LV, slug_en=TRANSLATED_EN
    )
    NewsArticlePageFactory(title_lv="Testa raksts", title_en=None, slug_lv=UNTRANSLATED)


# sha256 of the package functions the patch replaces, as shipped in wagtail-modeltranslation 0.16.1.
PACKAGE_SOURCES = {
    "_new_route": "deccc0c8975a2a9e7637335815dec8cb75150b96cee7f862e645bfc30bdbeaa5",
    "_validate_slugs": "10939e5b7b752aa7070073c3900a77da2224d600716d91b6189d7f59b2c9dd6c",
    "handle": "863be54c8f03260e6bc6947e4660e79d1dd309e47c73b325c4d80f7fcdb9d2b3",
}


def test_the_patch_is_written_for_the_installed_package_version():
    assert version("wagtail-modeltranslation") == patch.TARGET_VERSION == "0.16.1"


@pytest.mark.parametrize(
    "function", [patch.PACKAGE_ROUTE, patch.PACKAGE_VALIDATE_SLUGS, patch.PACKAGE_SYNC_HANDLE]
)
def test_the_package_code_the_patch_replaces_has_not_changed(function):
    source = inspect.getsource(function)
    assert hashlib.sha256(source.encode()).hexdigest() == PACKAGE_SOURCES[function.__name__], (
        f"wagtail-modeltranslation's {function.__name__} changed: check patches/wagtail_modeltranslation.py"
    )


def test_every_translated_page_type_routes_through_the_patch():
    models = patch.translated_page_models()
    assert {
        "HomePage",
        "StandardPage",
        "NewsIndexPage",
        "NewsArticlePage",
        "EventCalendarPage",
        "EventPage",
    } <= {model.__name__ for model in models}
    for model in models:
        assert model.route is patch.fast_route, model


def test_the_slug_columns_are_indexed():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    indexed = {tuple(item["columns"]) for item in constraints.values() if item["index"]}
    assert ("slug_lv",) in indexed
    assert ("slug_en",) in indexed


def route(path, language, using=None, home=None):
    """(page id, page type, routable view name or None) for ``path``, or None for "not found"."""
    with translation.override(language):
        request = RequestFactory().get(f"/{language}/{path}")
        home = home or Page.objects.get(depth=2).specific
        components = [part for part in path.split("/") if part]
        try:
            result = (using or patch.fast_route)(home, request, components)
        except Http404:
            return None
        page, args, _kwargs = result
        view = args[0].__name__ if args else None
        return page.pk, type(page).__name__, view


def demo_paths(language):
    paths = []
    with translation.override(language):
        home = Page.objects.get(depth=2)
        for page in Page.objects.filter(depth__gt=2):
            paths.append(page.url_path[len(home.url_path) :])
    return paths


@pytest.mark.parametrize("language", ["lv", "en"])
def test_every_demo_address_routes_as_the_package_routes_it(language):
    calendar = EventCalendarPage.objects.get()
    about = StandardPageFactory(title_lv="Par testu", title_en="About the test")
    extra = [
        "jaunumi/2023/",
        "news/2023/",
        "jaunumi/feed/",
        "news/feed/",
        f"{calendar.slug_lv}/2023/09/",
        f"{calendar.slug_en}/2023/09/",
        f"{calendar.slug_en}/upcoming/",
        f"jaunumi/{TRANSLATED_LV}/",
        f"news/{UNTRANSLATED}/",
        f"jaunumi/{UNTRANSLATED}/",
        "nav-tadas-lapas/",
        "jaunumi/nav-tada-raksta/",
        f"{about.slug_lv}/nav/",
        "news/2023/extra/",
    ]
    paths = demo_paths(language) + extra
    assert len(paths) > 30
    for path in paths:
        expected = route(path, language, using=patch.PACKAGE_ROUTE)
        # The first answer is looked up, the second one remembered (website/route_cache.py).
        assert route(path, language) == route(path, language) == expected, path


def test_an_untranslated_article_is_reached_by_its_latvian_slug_in_english():
    page_id, page_type, _view = route(f"news/{UNTRANSLATED}/", "en")
    assert page_type == "NewsArticlePage"
    assert NewsArticlePage.objects.get(pk=page_id).slug_lv == UNTRANSLATED
    # A translated article answers to its English slug in English, not to its Latvian one.
    assert route(f"news/{TRANSLATED_LV}/", "en") is None
    assert route(f"news/{TRANSLATED_EN}/", "en")


def test_a_routable_page_answers_its_own_addresses_before_its_children(client):
    index = NewsIndexPage.objects.get()
    article = NewsArticlePage(
        title="Feed",
        title_lv="Feed",
        slug="feed",
        slug_lv="feed",
        date=datetime.date(2023, 1, 2),
        lead_lv="Ievads",
    )
    index.add_child(instance=article)
    article.save_revision().publish()
    assert route("jaunumi/feed/", "lv")[1:] == ("NewsIndexPage", "feed")
    response = client.get("/lv/jaunumi/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert client.get("/lv/jaunumi/2023/").status_code == 200
    assert client.get(url_in(EventCalendarPage.objects.get(), "en") + "2023/09/").status_code == 200


def test_an_unpublished_page_is_not_found(client):
    article = NewsArticlePage.objects.get(slug_lv=TRANSLATED_LV)
    article.unpublish()
    assert client.get(f"/lv/jaunumi/{TRANSLATED_LV}/").status_code == 404


def add_siblings(count):
    index = NewsIndexPage.objects.get()
    for number in range(count):
        slug = f"brasis-{number}"
        article = NewsArticlePage(
            title=f"Brālis {number}",
            title_lv=f"Brālis {number}",
            title_en=f"Sibling {number}",
            slug=slug,
            slug_lv=slug,
            slug_en=f"sibling-{number}",
            date=datetime.date(2021, 1, 1),
            lead_lv="Ievads",
        )
        index.add_child(instance=article)


def queries_to_route(path, language):
    home = Page.objects.get(depth=2).specific  # as the request's site gives it
    with CaptureQueriesContext(connection) as queries:
        assert route(path, language, home=home) is not None
    return len(queries)


@pytest.mark.parametrize(
    "path,language", [(f"jaunumi/{TRANSLATED_LV}/", "lv"), (f"news/{UNTRANSLATED}/", "en")]
)
def test_routing_an_article_costs_one_lookup_however_many_siblings_it_has(path, language):
    # One query finds every page on the path; one more reads the article's own fields. Once the
    # route is remembered, only the article is read.
    assert queries_to_route(path, language) == 2
    assert queries_to_route(path, language) == 1
    add_siblings(40)
    assert queries_to_route(path, language) == 2
    assert queries_to_route(path, language) == 1


def new_sibling(**slugs):
    index = NewsIndexPage.objects.get()
    article = NewsArticlePage(
        title="Jauns", title_lv="Jauns", date=datetime.date(2024, 1, 1), lead_lv="Ievads", **slugs
    )
    article.slug = slugs.get("slug_lv")
    article.path = index.path + "ZZZZ"
    article.depth = index.depth + 1
    return article


@pytest.mark.parametrize(
    "slugs,errors",
    [
        ({"slug_lv": TRANSLATED_LV}, {"slug_lv"}),  # in English the sibling answers to its English slug
        ({"slug_lv": UNTRANSLATED}, {"slug_lv", "slug_en"}),  # both fall back to the Latvian slug
        ({"slug_lv": TRANSLATED_LV, "slug_en": "cits"}, {"slug_lv"}),
        ({"slug_lv": "cits", "slug_en": TRANSLATED_EN}, {"slug_en"}),
        ({"slug_lv": TRANSLATED_EN}, {"slug_en"}),  # its fallback equals a sibling's English slug
        ({"slug_lv": "cits", "slug_en": UNTRANSLATED}, {"slug_en"}),  # the sibling's fallback
        ({"slug_lv": "pavisam-jauns"}, set()),
    ],
)
def test_slug_checks_refuse_what_the_package_refuses(slugs, errors):
    article = new_sibling(**slugs)
    assert set(patch.validate_slugs(article)) == errors
    assert set(patch.PACKAGE_VALIDATE_SLUGS(article)) == errors


def test_an_editor_saving_a_taken_slug_is_told_so():
    article = new_sibling(slug_lv=TRANSLATED_LV, slug_en="cits")
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "slug_lv" in error.value.message_dict


def test_the_slug_check_costs_the_same_queries_however_many_siblings():
    article = NewsArticlePage.objects.get(slug_lv=TRANSLATED_LV)
    with CaptureQueriesContext(connection) as few:
        assert patch.validate_slugs(article) == {}
    add_siblings(40)
    article = NewsArticlePage.objects.get(slug_lv=TRANSLATED_LV)
    with CaptureQueriesContext(connection) as many:
        assert patch.validate_slugs(article) == {}
    assert len(many) == len(few) <= 2


def test_the_calendar_and_its_events_route_in_both_languages(client):
    calendar = EventCalendarPage.objects.get()
    event = calendar.get_children().live().first().specific
    with translation.override("en"):
        english = event.get_url()
    with translation.override("lv"):
        latvian = event.get_url()
    assert client.get(english).status_code == 200
    assert client.get(latvian).status_code == 200
    assert client.get(english + "ical/").status_code == 200


# --- patches/wagtail.py: the request's site from the cache -----------------------------------------

WAGTAIL_FIND_FOR_REQUEST_SHA = "a6f5ba5a68b3a8dd8ea64356e576880e421d7afd7e9d7376ccf74fa1eb10fca8"


def test_the_site_patch_is_written_for_the_installed_wagtail():
    from patches import wagtail as site_patch

    assert version("wagtail") == site_patch.TARGET_VERSION == "8.0.1"
    source = inspect.getsource(site_patch.PACKAGE_FIND_FOR_REQUEST)
    assert hashlib.sha256(source.encode()).hexdigest() == WAGTAIL_FIND_FOR_REQUEST_SHA


def test_the_home_page_is_served_without_a_query_once_the_site_is_cached(client, django_assert_num_queries):
    client.get("/lv/")
    with django_assert_num_queries(0):
        response = client.get("/lv/")
    assert response.status_code == 200


def test_a_site_saved_with_a_new_hostname_is_found_at_once(client):
    from wagtail.models import Site

    home_title = soup_h1(client.get("/en/", HTTP_HOST="127.0.0.1"))
    other_root = StandardPageFactory(title_lv="Par testu", title_en="About the test")
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other_root, is_default_site=False)
    # 127.0.0.1 now has a site of its own whose root is a content page; the others are unchanged.
    assert soup_h1(client.get("/en/", HTTP_HOST="127.0.0.1")) == "About the test"
    assert soup_h1(client.get("/en/", HTTP_HOST="localhost")) == home_title != "About the test"


def soup_h1(response):
    return soup(response).select_one("main h1").get_text(strip=True)


# --- patches/modelsearch.py: ranked result pages, weighted FTS5 scores ------------------------------

# sha256 of the package code the patch relies on, as shipped in django-modelsearch 1.3.2:
# how a results object keeps ``_score_field`` and calls ``_do_search`` / ``_do_count``.
MODELSEARCH_SOURCES = {
    "__init__": "c8c4d5d47890ff493df4e0b8ab38934eabdd4ea10730df2c498aada1f35f24f2",
    "_clone": "459c4183d8107f8e0188b50a1e54adb4c90423139d1bcfbcd35fa134e888e6e9",
    "results": "dd1ab510d750ca2a2bbbd4b6f0f09be2ca2b09ecc1d2a33458f5b25d6406cd27",
    "count": "a0bebd6bed23ff6deff586d5bbf1916e6c09a32ed0b86305433c3f13e87ca290",
    "annotate_score": "2646895d6576a5054433884513eca9463a74727fec6a9d3930793757bda975b8",
    "_do_search": "ee6a99d0e376a5fb6cb3d22f208fc44ce28859a089e930746bf55e6377e0c3bd",
    "_do_count": "b507bf0d3f6b9a64ebc508fbd187f6e61e2dbbee852ce6c76bd2d4def59ca4d0",
}


def test_the_modelsearch_patch_is_written_for_the_installed_package_version():
    from patches import modelsearch as search_patch

    assert version("modelsearch") == search_patch.TARGET_VERSION == "1.3.2"


@pytest.mark.parametrize("name", sorted(MODELSEARCH_SOURCES))
def test_the_modelsearch_code_the_patch_relies_on_has_not_changed(name):
    from patches import modelsearch as search_patch

    source = inspect.getsource(getattr(search_patch.PACKAGE_RESULTS, name))
    assert hashlib.sha256(source.encode()).hexdigest() == MODELSEARCH_SOURCES[name], (
        f"modelsearch's BaseSearchResults.{name} changed: check patches/modelsearch.py"
    )


def test_the_overridden_methods_exist_on_the_backend_in_use_with_the_same_signature():
    from wagtail.search.backends import get_search_backend

    from patches import modelsearch as search_patch

    backend = get_search_backend()
    package_results = next(
        cls for cls in type(backend).results_class.__mro__ if cls.__module__.startswith("modelsearch.")
    )
    for name in search_patch.OVERRIDDEN_METHODS:
        assert str(inspect.signature(getattr(package_results, name))) == "(self)", name
        assert getattr(search_patch.RankedResultsMixin, name).__qualname__.startswith("RankedResultsMixin.")
        assert getattr(type(backend).results_class, name) is getattr(search_patch.RankedResultsMixin, name)


def test_the_fts5_columns_are_where_the_bm25_weights_expect_them():
    import importlib.util

    from patches import modelsearch as search_patch

    migration = importlib.util.find_spec("modelsearch.migrations.0002_customise_indexentry").origin
    with open(migration, encoding="utf-8") as source:
        assert f"USING fts5({', '.join(search_patch.FTS_COLUMNS)})" in source.read()
    if connection.vendor == "sqlite":
        from modelsearch.conf import get_app_config

        table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA table_info({table})")
            assert tuple(row[1] for row in cursor.fetchall()) == search_patch.FTS_COLUMNS


def test_weighted_bm25_names_its_weights_by_column():
    from patches.modelsearch import WeightedBM25

    assert WeightedBM25(body=1.0, title=4.0).weights == (0.0, 1.0, 4.0)
    assert WeightedBM25(autocomplete=1.0).weights == (1.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        WeightedBM25(lead=1.0)
