"""Navigation shared by every page: language versions, main menu, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from website import fragment_cache, layout
from website.translation_policy import (
    DEFAULT_LANGUAGE,
    current_language,
    filter_translated,
    is_translated,
)

register = template.Library()


def _page_url_in(page, language, request):
    with translation.override(language):
        return page.get_url(request)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in every language: code, name, url, current, translated.

    On a Wagtail page the link leads to the same page in the other language (translated slugs),
    keeping a routable sub-path such as a calendar month and the query string. Elsewhere it
    translates the URL pattern, or falls back to the other language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    language = current_language()
    versions = []
    query = ("?" + request.GET.urlencode()) if request is not None and request.GET else ""
    on_page = isinstance(page, Page) and request is not None
    suffix = current_url = ""
    if on_page:
        # A routable page's sub-path (a calendar month, a news year) is kept in every language.
        current_url = page.get_url(request) or ""
        if current_url and request.path.startswith(current_url):
            suffix = request.path[len(current_url) :]
    for code, name in settings.LANGUAGES:
        url = None
        if on_page:
            base = current_url if code == language else _page_url_in(page, code, request)
            if base:
                url = base + suffix + query
            translated = is_translated(page, code)
        else:
            translated = True
            if request is not None:
                try:
                    match = resolve(request.path)
                except Resolver404:
                    match = None
                if match is not None and match.url_name not in (None, "wagtail_serve"):
                    url = translate_url(request.path, code) + query
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url or f"/{code}/",
                "current": code == language,
                "translated": translated,
            }
        )
    return versions


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _site_root(context)
    if root is None:
        return f"/{current_language()}/"
    return root.get_url(context.get("request")) or f"/{current_language()}/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The top pages of the current language: live, shown in menus, translated.

    The items are cached per site and language (``website.fragment_cache``, version ``nav``);
    which one is the current page is worked out per request.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None

    def build():
        root = _site_root(context)
        if root is None:
            return []
        return [
            {"title": child.title, "url": child.get_url(request), "url_path": child.url_path}
            for child in filter_translated(fragment_cache.public(root.get_children().live().in_menu()))
        ]

    items = fragment_cache.cached("nav", ["menu", site.pk if site else 0, current_language()], build)
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else None
    return [
        {
            **item,
            "active": bool(current_path and current_path.startswith(item["url_path"])),
            "current": current_path == item["url_path"],
        }
        for item in items
    ]


@register.simple_tag
def fragment_versions():
    """The version tokens of the cached page frame, for ``{% wagtailcache %}`` keys."""
    return fragment_cache.versions()


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """Ancestors of the current page from the home page down, in one query."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    language = current_language()
    trail = []
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        trail.append(
            {
                "title": ancestor.title,
                "url": ancestor.get_url(request),
                "lang": language if is_translated(ancestor, language) else DEFAULT_LANGUAGE,
            }
        )
    return trail


@register.filter
def absolute(url, request):
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(str(url))


# The page frame's contributions from other apps (website/layout.py) ------------------------------


@register.inclusion_tag("includes/site_stylesheets.html")
def site_stylesheets():
    return {"stylesheets": layout.stylesheets()}


@register.simple_tag(takes_context=True)
def site_asides(context):
    """The boxes beside the content that apps register (the month calendar), already rendered."""
    return mark_safe("".join(conditional_escape(html) for html in layout.asides(context)))  # noqa: S308
