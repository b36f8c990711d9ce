"""The site of a request, from the cache, for Wagtail 8.0.1.

Written for Wagtail **8.0.1** (``wagtail/models/sites.py``). Remove if Wagtail caches the site
lookup itself.

Why: before routing any page, Wagtail finds the request's site with a database query (hostname,
port and default site, ranked by a ``CASE`` expression) and then fetches the site's root page a
second time as its specific type (``Page.route_for_request``). Both answers change only when a
site is edited or the root page is published, moved or deleted, yet they cost two of the few
queries a page needs. ``Site._find_for_request`` (the private lookup behind the public
``Site.find_for_request``) is replaced by the same lookup kept in the cache, with the root page
already in its specific form, so routing starts from it without a query. The cache entry is
keyed by the host and port and retired by ``website.signals`` (sites saved or deleted, top-level
pages published, unpublished, moved or deleted).
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

TARGET_VERSION = "8.0.1"

# The package's own function this module replaces (tests/test_patches.py pins its source).
PACKAGE_FIND_FOR_REQUEST = Site._find_for_request

TIMEOUT = 60 * 60
_NO_SITE = "no-site"


def cached_find_for_request(request):
    """``Site._find_for_request`` from the cache, with the root page in its specific form."""
    from website import fragment_cache

    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"website:site:{fragment_cache.version('nav')}:{fragment_cache.version('sites')}:{hostname}:{port}"
    site = cache.get(key)
    if site is None:
        site = PACKAGE_FIND_FOR_REQUEST(request)
        if site is not None:
            site.root_page = site.root_page.specific
        cache.set(key, site if site is not None else _NO_SITE, TIMEOUT)
    return None if site == _NO_SITE else site


def apply():
    Site._find_for_request = staticmethod(cached_find_for_request)
