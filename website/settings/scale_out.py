"""Settings of the production stack that scales out, each switched on by the environment.

Imported by ``website.settings.production``; every part is described in docs/deployment.md.

* ``REDIS_URL``: the cache (django-redis) shared by every app server, with a separate ``renditions``
  alias, and sessions as ``cached_db``. A Redis outage degrades to a cache miss, never a 500.
* ``TASKS_BACKEND``: ``database`` (the default here) puts Wagtail's front-cache purges and search
  index updates in the database queue that ``manage.py db_worker`` works through; ``immediate``
  runs them inside the request.
* ``FRONTEND_CACHE_URL``: the Varnish that receives PURGE requests (website/frontend_cache.py).
* ``AWS_STORAGE_BUCKET_NAME`` (with ``AWS_S3_ENDPOINT_URL``, ``AWS_S3_REGION_NAME`` and the usual
  AWS credentials): images, renditions and documents on S3-compatible storage. Local disk
  otherwise.
* ``SENDFILE_NGINX``: documents on local disk leave through nginx (``X-Accel-Redirect``) after
  Wagtail's serve view has checked who may see them.
* ``SEARCH_BACKEND=elasticsearch8`` with ``SEARCH_URLS``: Wagtail's search on an Elasticsearch
  server, Latvian fields analysed as Latvian, English as English (website/search_elasticsearch8.py).
"""

import os

from .base import env_bool, env_list

# --- Cache and sessions ---------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_cache(location, prefix, timeout=300):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": prefix,
        "TIMEOUT": timeout,
        "OPTIONS": {
            # A Redis that is down or slow is a cache miss after one second, not a 500.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


if REDIS_URL:
    CACHES = {
        "default": redis_cache(REDIS_URL, "site"),
        # Wagtail keeps rendition lookups in their own alias when one is defined.
        "renditions": redis_cache(REDIS_URL, "renditions", timeout=60 * 60 * 24 * 7),
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
# Sessions read from the cache and survive its loss, because they are also in the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Background tasks -----------------------------------------------------------------------
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Front cache ----------------------------------------------------------------------------
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "website.frontend_cache.VarnishBackend",
            "LOCATION": FRONTEND_CACHE_URL,
            "TIMEOUT": float(os.environ.get("FRONTEND_CACHE_TIMEOUT", "5")),
        }
    }

# --- Media ----------------------------------------------------------------------------------
S3_MEDIA_STORAGE = None
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # Production's STORAGES takes this as its "default".
    S3_MEDIA_STORAGE = {
        "BACKEND": "website.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Image and rendition addresses end up in cached pages: they must not expire.
            # website.storage makes images readable by anyone and documents private.
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    # Documents always go through Wagtail's serve view, which checks collection privacy, and
    # are read from the bucket there; a bucket address is never handed out.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
elif env_bool("SENDFILE_NGINX"):
    SENDFILE_BACKEND = "website.sendfile_nginx"
    SENDFILE_URL = "/protected-media/"
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Search ---------------------------------------------------------------------------------
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "")
if SEARCH_BACKEND == "elasticsearch8":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"website.search_{SEARCH_BACKEND}",
            "URLS": env_list("SEARCH_URLS", ["http://127.0.0.1:9200"]),
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "cilvektirdznieciba_"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }

__all__ = [name for name in dir() if name.isupper()]
