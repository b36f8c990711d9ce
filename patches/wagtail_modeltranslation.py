"""Constant-time routing and slug checks for wagtail-modeltranslation 0.16.1.

Written for wagtail-modeltranslation **0.16.1** (``wagtail_modeltranslation/patch_wagtailadmin.py``).
Remove when the package routes and checks slugs with a database lookup itself.

Why: the package replaces ``Page.route`` on every translated page type with ``_new_route``, which
loads *every* child of a page and compares slugs in Python, so opening one article costs a scan of
the whole news archive (35 ms at 12 articles, 113 ms at 2,000 measured here). Its slug check
(``_validate_slugs``, run by ``Page.clean``) loops over all siblings in every language the same
way, so publishing gets slower as the archive grows.

What replaces them keeps the package's behaviour exactly:

* a page is reached by its slug in the active language, or by its Latvian slug when it has no
  slug in that language (modeltranslation's fallback), the first match in tree order winning;
* a routable page (``RoutablePageMixin``) answers its own sub-paths before its children;
* a slug is refused when a sibling already answers to it in any language, fallbacks included.

Routing looks up all the path's pages in one query on the indexed ``slug_<language>`` columns
(``ensure_slug_indexes`` creates the indexes the package's column sync leaves out), then fetches
only the page that is served as its specific type; where a path led is remembered in the cache
(``website/route_cache.py``), so the next request reads only that page. The slug check is one
query too.

The package also registers, through Wagtail's ``register_admin_urls`` hook, a CSRF-exempt endpoint
that copies one language's StreamField into another without checking any permission. Hooks cannot
be unregistered through a public API, so ``copy_content_urlpatterns`` puts a checked view at the
package's address ahead of the admin's URLs (``website/urls.py``); ``tests/test_editorial.py`` finds
every address of the package's view through the URL resolver and fails if one is not shadowed.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin
from wagtail_modeltranslation.management.commands import sync_page_translation_fields

from website import route_cache

TARGET_VERSION = "0.16.1"

# The package's own functions this module replaces (tests/test_patches.py pins their source).
PACKAGE_ROUTE = patch_wagtailadmin._new_route
PACKAGE_VALIDATE_SLUGS = patch_wagtailadmin._validate_slugs
PACKAGE_SYNC_HANDLE = sync_page_translation_fields.Command.handle

# Path components looked up in one query; deeper paths continue with a further query.
MAX_COMPONENTS_PER_QUERY = 12

# The address of the package's copy endpoint (``wagtail_modeltranslation/wagtail_hooks.py``).
PACKAGE_COPY_CONTENT_ROUTE = "admin/pages/<int:page_id>/edit/copy_translation_content/"


def copy_content_urlpatterns(view):
    """URL patterns that answer the package's copy endpoint with ``view`` instead."""
    from django.urls import path
    from wagtail.admin.auth import require_admin_access

    return [path(PACKAGE_COPY_CONTENT_ROUTE, require_admin_access(view))]


def language_order(language=None):
    """The languages whose slug a page answers to in ``language``: itself, then its fallbacks."""
    language = (language or translation.get_language() or mt_settings.DEFAULT_LANGUAGE).split("-")[0]
    if language not in mt_settings.AVAILABLE_LANGUAGES:
        language = mt_settings.DEFAULT_LANGUAGE
    return resolution_order(language)


def effective_slug(values, order):
    """The slug a page answers to, from its ``{language: slug}`` values (modeltranslation's fallback)."""
    for language in order:
        value = values.get(language)
        if value:
            return value
    return ""


def slug_match(slug, order):
    """An indexable condition that keeps every page that may answer to ``slug``; refined in Python."""
    condition = Q()
    for language in order:
        condition |= Q(**{build_localized_fieldname("slug", language): slug})
    return condition


def _slug_values(page, order):
    return {language: page.__dict__.get(build_localized_fieldname("slug", language)) for language in order}


def _is_fast(page_class):
    return getattr(page_class, "route", None) is fast_route


def _resolve_routable(page, path_components):
    """The routable page's own view for ``path_components``, or None (the package's first step)."""
    if not (isinstance(page, RoutablePageMixin) and page.live):
        return None
    path = "/"
    if path_components:
        path += "/".join(path_components) + "/"
    try:
        return page.resolve_subpage(path)
    except Http404:
        return None


def fast_route(self, request, path_components):
    """``Page.route`` for translated slugs: one indexed query for the whole path."""
    resolved = _resolve_routable(self, path_components)
    if resolved is not None:
        return RouteResult(self, args=resolved)
    if not path_components:
        if self.live:
            return RouteResult(self)
        raise Http404

    order = language_order()
    remembered = route_cache.lookup(self, order[0], path_components)
    if remembered is not None:
        page, parent, used = remembered
        # Its slug is checked too: another process may have renamed it (without a shared cache).
        if effective_slug(_slug_values(page, order), order) == path_components[used - 1]:
            page._cached_parent_obj = parent
            return page.route(request, path_components[used:])
    components = path_components[:MAX_COMPONENTS_PER_QUERY]
    condition = Q()
    for offset, component in enumerate(components, start=1):
        condition |= Q(depth=self.depth + offset) & slug_match(component, order)
    candidates = list(Page.objects.filter(path__startswith=self.path).filter(condition).order_by("path"))

    parent = self
    for index, component in enumerate(path_components):
        if index >= len(components):
            # Deeper than one query looks: continue from the page reached so far.
            return parent.specific.route(request, path_components[index:])
        child = next(
            (
                page
                for page in candidates
                if page.depth == parent.depth + 1
                and page.path.startswith(parent.path)
                and effective_slug(_slug_values(page, order), order) == component
            ),
            None,
        )
        if child is None:
            raise Http404
        remaining = path_components[index + 1 :]
        page_class = child.specific_class
        if not remaining or page_class is None or not _is_fast(page_class):
            # The page served (or a page type with its own routing) is fetched with its own fields.
            specific = child.specific
            specific._cached_parent_obj = parent
            route_cache.remember(self, order[0], path_components, specific, parent, index + 1)
            return specific.route(request, remaining)
        # A page on the way: its type is known from the row already read, its fields are not needed.
        deferred = child.specific_deferred
        deferred._cached_parent_obj = parent
        if issubclass(page_class, RoutablePageMixin):
            resolved = _resolve_routable(deferred, remaining)
            if resolved is not None:
                # Resolve again on the page with its fields: the view is a method bound to it.
                specific = child.specific
                specific._cached_parent_obj = parent
                route_cache.remember(self, order[0], path_components, specific, parent, index + 1)
                return RouteResult(specific, args=_resolve_routable(specific, remaining))
        parent = deferred
    raise Http404  # pragma: no cover - the loop always returns


def validate_slugs(page):
    """The package's slug check (a sibling answering to the same slug in any language), in one query."""
    parent_page = page.get_parent()
    if parent_page is None:
        # the root page's slug can be whatever it likes
        return {}
    languages = list(mt_settings.AVAILABLE_LANGUAGES)
    wanted = {}
    for language in languages:
        slug = effective_slug(_slug_values(page, language_order(language)), language_order(language))
        if slug:
            wanted[language] = slug
    if not wanted:
        return {}
    slugs = set(wanted.values())
    condition = Q()
    for language in languages:
        condition |= Q(**{f"slug_{language}__in": slugs})
    siblings = page.get_siblings(inclusive=False)
    if page.pk is not None:
        siblings = siblings.exclude(pk=page.pk)
    rows = siblings.filter(condition).values(
        *[build_localized_fieldname("slug", language) for language in languages]
    )
    errors = {}
    for row in rows:
        values = {language: row[build_localized_fieldname("slug", language)] for language in languages}
        for language, slug in wanted.items():
            if effective_slug(values, language_order(language)) == slug:
                errors[build_localized_fieldname("slug", language)] = _("This slug is already in use")
    return errors


def slug_index_name(language):
    return f"wagtailcore_page_slug_{language}_mt_idx"


def ensure_slug_indexes(using="default"):
    """Index every ``slug_<language>`` column of ``wagtailcore_page`` (the package adds them bare)."""
    from django.db import connections

    conn = connections[using]
    with conn.cursor() as cursor:
        columns = {
            column.name for column in conn.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        for language in mt_settings.AVAILABLE_LANGUAGES:
            column = build_localized_fieldname("slug", language)
            if column in columns:
                cursor.execute(
                    f"CREATE INDEX IF NOT EXISTS {conn.ops.quote_name(slug_index_name(language))} "
                    f"ON {conn.ops.quote_name('wagtailcore_page')} ({conn.ops.quote_name(column)})"
                )


def _sync_handle_with_indexes(self, *args, **options):
    result = PACKAGE_SYNC_HANDLE(self, *args, **options)
    ensure_slug_indexes(options.get("database") or "default")
    return result


def translated_page_models():
    return [model for model in translator.get_registered_models() if issubclass(model, Page)]


def apply():
    """Install the replacements; called once from ``website.apps.WebsiteConfig.ready``."""
    if not getattr(settings, "WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS", True):
        return
    for model in translated_page_models():
        if model.__dict__.get("route") is PACKAGE_ROUTE:
            model.route = fast_route
    # The package's patched ``clean`` looks ``_validate_slugs`` up in its module when it runs.
    patch_wagtailadmin._validate_slugs = validate_slugs
    # ``migrate`` (the package's) adds the slug columns after Django's migrations: index them then.
    sync_page_translation_fields.Command.handle = _sync_handle_with_indexes
