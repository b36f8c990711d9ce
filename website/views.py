import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import requires_csrf_token
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE

logger = logging.getLogger(__name__)
LANGUAGE_CODES = AVAILABLE_LANGUAGES


def language_from_path(path):
    """The language of a /lv/... or /en/... address; Latvian for anything else."""
    prefix = path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in LANGUAGE_CODES else DEFAULT_LANGUAGE


def root_redirect(request):
    """``/`` leads to the visitor's language: a chosen one (cookie), the browser's, else Latvian."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in LANGUAGE_CODES:
        language = DEFAULT_LANGUAGE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@requires_csrf_token
def page_not_found(request, exception=None, template_name="404.html"):
    language = language_from_path(request.path)
    with translation.override(language):
        request.LANGUAGE_CODE = language
        template = loader.get_template(template_name)
        body = template.render({"request_path": request.path}, request)
    return HttpResponse(body, status=404)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Rendered without the database or any context processor: it must work when they do not."""
    language = language_from_path(request.path)
    try:
        with translation.override(language):
            body = loader.get_template(template_name).render(
                {"LANGUAGE_CODE": language, "quick_exit_url": settings.QUICK_EXIT_URL}
            )
    except Exception:  # the error page itself must never fail
        logger.exception("The 500 page could not be rendered")
        body = "<!doctype html><title>500</title><h1>Server error / Servera kļūda</h1>"
    return HttpResponseServerError(body)


def healthz(request):
    """For load balancers and uptime checks: 200 when the database and the cache answer, else 503.

    Exempt from the HTTPS redirect (``SECURE_REDIRECT_EXEMPT``) so a probe over plain HTTP inside
    the network gets the real answer. A database that accepts connections but never answers is
    given up after ``DATABASE_CONNECT_TIMEOUT`` seconds.
    """
    from security.health import check_services

    problems = check_services()
    if problems:
        response = HttpResponse("unavailable: " + ", ".join(problems), content_type="text/plain", status=503)
    else:
        response = HttpResponse("ok", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response
