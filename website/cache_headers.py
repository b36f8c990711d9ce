"""Cache-Control for the front cache: public pages are shared, anything personal never is.

A response is public (``public, max-age=0, s-maxage=…, stale-while-revalidate=…``) only when all
of these hold: the request is a GET or HEAD for an address under a language prefix (``/lv/``,
``/en/``), it is not a preview, it carries no session cookie (a logged-in editor), it has no search
query (``?q=``), the response is a 200, 301 or 404 and sets no cookie, and the view has not set
Cache-Control itself. Everything else gets ``private, no-cache`` so that neither Varnish nor a
shared proxy keeps it. The admin sets its own ``no-cache`` headers, which are kept as they are.

``max-age=0`` keeps browsers asking again, so a purge reaches visitors at once; Varnish keeps the
page for ``s-maxage`` seconds and, through its grace period, serves it while the application is
down.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from modeltranslation.settings import AVAILABLE_LANGUAGES

PUBLIC_STATUSES = {200, 301, 404}


def public_cache_control():
    return {
        "public": True,
        "max_age": 0,
        "s_maxage": getattr(settings, "CACHE_CONTROL_S_MAXAGE", 600),
        "stale_while_revalidate": getattr(settings, "CACHE_CONTROL_STALE_WHILE_REVALIDATE", 60),
    }


def is_public(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code not in PUBLIC_STATUSES:
        return False
    prefixes = tuple(f"/{code}/" for code in AVAILABLE_LANGUAGES)
    if not request.path.startswith(prefixes):
        return False
    if getattr(request, "is_preview", False) or "q" in request.GET:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return False
    return True


class CacheHeadersMiddleware:
    """Outermost middleware: it sees the final response, with every cookie the others set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            if response.cookies and "private" not in response["Cache-Control"]:
                # A cookie is personal: never let a shared cache hand it to someone else.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if is_public(request, response):
            patch_cache_control(response, **public_cache_control())
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
