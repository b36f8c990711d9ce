"""What every page shows around its content, kept in the cache so that it costs no query.

The frame of a page (main menu, breadcrumbs, footer with the help lines, the site settings and the
page-view restrictions that decide what is public) changes rarely but is read on every request.
Each part is cached per language under a *version token* of its own:

========== ================================================ =========================================
version    cached under it                                  replaced when
========== ================================================ =========================================
``nav``    the main menu of each site and language          a top-level page (a child of a site's
                                                            home page, or the home page itself) is
                                                            published, unpublished, moved or deleted
``tree``   breadcrumbs (``{% wagtailpagecache %}``, so      a page that has subpages is published,
           each page's own changes count too)               unpublished, moved or deleted
``footer`` the footer (``{% wagtailcache %}``)              site settings or help lines are saved,
                                                            or the accessibility statement page
                                                            linked from the footer changes
``access`` the list of restricted pages                     a view restriction is saved or deleted
                                                            (which also replaces ``nav`` and
                                                            ``news``), or a page is moved or deleted
``news``   the news archive's years, categories and counts  a news page is published, unpublished,
           and the cached article, listing and home         moved or deleted, or a category, an
           sections                                         image or a document saved
``sites``  the site of a request and its root page          a site is saved or deleted (and ``nav``)
           (``patches/wagtail.py``)
========== ================================================ =========================================

``routes`` (where each address leads, ``website/route_cache.py``) is replaced when a page's slug,
place or type changes.

The tokens are read in one cache round trip and kept for the rest of the request (they are read
again when the next request starts, or at once after this process replaces one).

Replacing a token retires every fragment cached under it without having to know their keys; the
others stay cached. Publishing an article replaces only ``news`` (its own breadcrumbs are keyed by
the page itself). Wagtail's fragment tags never cache inside a preview. The month widget beside
every page has its own token (``events/widget.py``).
"""

import uuid

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import Q
from wagtail.models import PageViewRestriction

TIMEOUT = 60 * 60 * 24
VERSIONS = ("nav", "tree", "footer", "access", "news", "sites", "routes")

# The tokens read during the current request (per thread, or per task under ASGI).
_this_request = Local()


def _key(name):
    return f"website:fragment-version:{name}"


def versions():
    """Every version token: read in one cache round trip (created when missing), then kept until
    the request ends."""
    known = getattr(_this_request, "versions", None)
    if known is not None:
        return known
    found = cache.get_many([_key(name) for name in VERSIONS])
    result = {}
    for name in VERSIONS:
        token = found.get(_key(name))
        if token is None:
            token = uuid.uuid4().hex
            cache.set(_key(name), token, None)
        result[name] = token
    _this_request.versions = result
    return result


def version(name):
    return versions()[name]


def forget_read_versions(**kwargs):
    """Read the tokens afresh next time (a request starts or ends, or this process replaced one)."""
    _this_request.versions = None


request_started.connect(forget_read_versions, dispatch_uid="website.fragment_cache.request_started")
request_finished.connect(forget_read_versions, dispatch_uid="website.fragment_cache.request_finished")


def invalidate(*names):
    """Retire everything cached under the named versions."""
    cache.set_many({_key(name): uuid.uuid4().hex for name in names}, None)
    forget_read_versions()


# Restricted pages -------------------------------------------------------------------------------


def restricted_pages():
    """``(page path, restriction id)`` of every view restriction, from the cache."""
    key = f"website:restrictions:{version('access')}"
    rows = cache.get(key)
    if rows is None:
        rows = list(PageViewRestriction.objects.order_by("pk").values_list("page__path", "pk"))
        cache.set(key, rows, TIMEOUT)
    return rows


def public(queryset):
    """``queryset.public()`` (pages under no view restriction) without asking the database which."""
    condition = Q()
    for path, _restriction in restricted_pages():
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if condition else queryset


def view_restrictions(page):
    """The restrictions that apply to ``page``, or None when the cached list cannot tell (aliases)."""
    if page.alias_of_id is not None:
        return None
    ids = [restriction for path, restriction in restricted_pages() if page.path.startswith(path)]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


# Site settings ----------------------------------------------------------------------------------


def site_setting(model, site, load):
    """The settings object of ``model`` for ``site``, from the cache (``load(site)`` on a miss)."""
    key = f"website:settings:{model._meta.label_lower}:{site.pk}:{version('footer')}"
    instance = cache.get(key)
    if instance is None:
        instance = load(site)
        cache.set(key, instance, TIMEOUT)
    return instance


# Menu -------------------------------------------------------------------------------------------


def cached(name, parts, build):
    """``build()`` cached under the version ``name`` and the key ``parts``."""
    key = ":".join(["website:fragment", name, version(name), *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value
