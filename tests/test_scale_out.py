"""The production stack's settings and the parts of it that run inside Django: cache headers, a
Redis outage, sessions, the search switch's mapping. The running stack is tests/stack/."""

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from events.models import EventCalendarPage
from news.models import NewsArticlePage
from website.cache_headers import CacheHeadersMiddleware

ROOT = Path(__file__).resolve().parent.parent
DEAD_REDIS = "redis://127.0.0.1:1/0"


def production_env(**extra):
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "cilvektirdznieciba.lv",
        "WEBSITE_VAR_DIR": "/tmp/cilvektirdznieciba-settings-test",
        **extra,
    }


SCALED_OUT = {
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "FRONTEND_CACHE_URL": "http://127.0.0.1:6081",
    "AWS_STORAGE_BUCKET_NAME": "media",
    "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    "SEARCH_BACKEND": "elasticsearch8",
    "SEARCH_URLS": "http://127.0.0.1:9200",
}


def production_settings(**env):
    names = [
        "CACHES",
        "SESSION_ENGINE",
        "TASKS",
        "WAGTAILFRONTENDCACHE",
        "STORAGES",
        "WAGTAILDOCS_SERVE_METHOD",
        "WAGTAILSEARCH_BACKENDS",
        "INSTALLED_APPS",
        "MIDDLEWARE",
    ]
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_production_with_every_switch_on_shares_state_queues_tasks_and_purges_varnish():
    values = production_settings(**SCALED_OUT)
    assert values["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert values["CACHES"]["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert values["CACHES"]["renditions"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert values["CACHES"]["renditions"]["KEY_PREFIX"] != values["CACHES"]["default"]["KEY_PREFIX"]
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert values["WAGTAILFRONTENDCACHE"]["varnish"]["LOCATION"] == "http://127.0.0.1:6081"
    assert values["STORAGES"]["default"]["BACKEND"] == "website.storage.MediaStorage"
    assert values["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise")
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "website.search_elasticsearch8"
    assert "wagtail.contrib.frontend_cache" not in values["INSTALLED_APPS"]
    assert values["MIDDLEWARE"][0] == "website.cache_headers.CacheHeadersMiddleware"


def test_production_without_the_switches_keeps_local_disk_and_the_database_search():
    values = production_settings()
    assert values["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "search.backends"
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert values["WAGTAILFRONTENDCACHE"] is None


def test_the_deployment_checklist_passes_with_the_scaled_out_stack():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**SCALED_OUT),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# Cache headers -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_anonymous_visitor_gets_a_page_that_the_front_cache_may_keep(client):
    response = client.get("/lv/")
    assert response.status_code == 200
    control = response["Cache-Control"]
    assert "public" in control
    assert "s-maxage=600" in control
    assert "stale-while-revalidate=60" in control
    assert not response.cookies


@pytest.mark.django_db
def test_a_search_with_a_query_is_never_shared_but_the_empty_search_page_is(client):
    assert "private" in client.get("/lv/meklet/", {"q": "cilvēku tirdzniecība"})["Cache-Control"]
    assert "public" in client.get("/lv/meklet/")["Cache-Control"]


@pytest.mark.django_db
def test_a_logged_in_editor_gets_private_pages_and_the_admin_is_never_cached(admin_client):
    assert "private" in admin_client.get("/lv/")["Cache-Control"]
    admin = admin_client.get("/admin/")
    assert "public" not in admin["Cache-Control"]
    assert "no-cache" in admin["Cache-Control"] or "private" in admin["Cache-Control"]


@pytest.mark.django_db
def test_a_page_that_is_not_found_is_cached_but_a_server_side_redirect_from_the_root_is_not(client):
    assert "public" in client.get("/lv/no-such-page/")["Cache-Control"]
    assert "private" in client.get("/")["Cache-Control"]  # depends on the visitor's language


def middleware_response(request, response):
    return CacheHeadersMiddleware(lambda _request: response)(request)


def test_a_response_that_sets_a_cookie_or_a_preview_or_a_post_is_private():
    factory = RequestFactory()
    with_cookie = HttpResponse("x")
    with_cookie.set_cookie("language", "en")
    assert "private" in middleware_response(factory.get("/lv/"), with_cookie)["Cache-Control"]

    preview = factory.get("/lv/")
    preview.is_preview = True
    assert "private" in middleware_response(preview, HttpResponse("x"))["Cache-Control"]

    assert "private" in middleware_response(factory.post("/lv/"), HttpResponse("x"))["Cache-Control"]
    error = HttpResponse("x", status=500)
    assert "private" in middleware_response(factory.get("/lv/"), error)["Cache-Control"]


def test_a_view_that_sets_public_cache_control_and_a_cookie_is_made_private():
    response = HttpResponse("x")
    response["Cache-Control"] = "public, max-age=60"
    response.set_cookie("sessionid", "abc")
    control = middleware_response(RequestFactory().get("/lv/"), response)["Cache-Control"]
    assert "private" in control
    assert "public" not in control


# Redis outage --------------------------------------------------------------------------------


def dead_redis_caches():
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    cache = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": DEAD_REDIS, "OPTIONS": options}
    return {"default": dict(cache, KEY_PREFIX="site"), "renditions": dict(cache, KEY_PREFIX="renditions")}


@pytest.mark.django_db
def test_with_redis_down_pages_still_render_and_the_cache_is_a_miss(client):
    with override_settings(CACHES=dead_redis_caches()):
        caches["default"].set("probe", "value")
        assert caches["default"].get("probe") is None
        calendar = EventCalendarPage.objects.get()
        for path in ("/lv/", "/en/news/", f"/lv/{calendar.slug_lv}/2023/09/"):
            assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_with_redis_down_editors_stay_logged_in_through_cached_db_sessions(client, admin_user):
    with override_settings(
        CACHES=dead_redis_caches(), SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        client.force_login(admin_user)
        assert client.get("/admin/").status_code == 200
        session = SessionStore(session_key=client.cookies["sessionid"].value)
        assert session.get("_auth_user_id") == str(admin_user.pk)


# Search switch -------------------------------------------------------------------------------


@pytest.fixture
def elasticsearch_backend():
    from website.search_elasticsearch8 import SearchBackend

    # No server: building the mapping and the documents never connects.
    return SearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_"})


def test_the_elasticsearch_mapping_analyses_latvian_fields_as_latvian_and_english_as_english(
    elasticsearch_backend,
):
    mapping = elasticsearch_backend.mapping_class(NewsArticlePage).get_mapping()["properties"]
    assert mapping["title_lv"]["analyzer"] == "latvian"
    assert mapping["title_en"]["analyzer"] == "english"
    lead_lv = [name for name in mapping if name.endswith("lead_lv")]
    body_en = [name for name in mapping if name.endswith("body_en")]
    assert lead_lv and mapping[lead_lv[0]]["analyzer"] == "latvian"
    assert body_en and mapping[body_en[0]]["analyzer"] == "english"
    assert "_all_text" in mapping["title_lv"]["copy_to"]


@pytest.mark.django_db
def test_the_elasticsearch_document_carries_each_language_in_its_own_field(elasticsearch_backend):
    article = NewsArticlePage.objects.filter(title_en__gt="").first()
    mapping = elasticsearch_backend.mapping_class(NewsArticlePage)
    document = mapping.get_document(article)
    assert document["title_lv"] == article.title_lv
    assert document["title_en"] == article.title_en
    lead_en = next(name for name in document if name.endswith("lead_en"))
    assert document[lead_en] == article.lead_en
