"""Where an address leads, remembered: routing a page costs one query, the page itself.

Routing (``patches/wagtail_modeltranslation.py``) finds the pages of a path by their slugs in one
query, then fetches the page served as its own type in a second one. The first answer changes only
when a page's slug, place in the tree or type changes, so it is kept in the cache: per starting
page, language and path, the page reached (its type and id) and how many path components it took.
On the next request only the page itself is read, and routing goes on from it exactly as before
(a routable page resolves its sub-path, a page that is not live answers 404).

Every entry lives under one version token (``routes`` in ``website/fragment_cache.py``), replaced
when any page is saved with a change to its slugs, tree position or type, moved or deleted. The
page read is also checked against the path (its
depth, its place below the starting page, and its slug, checked by the routing patch), so an entry
left behind in another process's own cache (several processes without the shared Redis cache) can
at worst keep a renamed section's old address working, never serve a page that is gone, moved or
renamed itself. Nothing is cached for an address that leads nowhere.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import get_page_models
from wagtail.signals import post_page_move

from website import fragment_cache

TIMEOUT = 60 * 60 * 24

# A save that touches none of these fields cannot change where an address leads.
ROUTING_FIELDS = frozenset(
    ["path", "depth", "content_type", "content_type_id"]
    + [build_localized_fieldname("slug", language) for language in AVAILABLE_LANGUAGES]
    + ["slug"]
)


def forget_all():
    fragment_cache.invalidate("routes")


def _key(start, language, components):
    path = hashlib.sha256("/".join(components).encode()).hexdigest()
    return f"website:route:{fragment_cache.version('routes')}:{start.pk}:{language}:{path}"


def lookup(start, language, components):
    """``(page, its parent, components used)`` remembered for this path from ``start``, or None.

    The page is read from the database as its own type; its parent comes from the cache as routing
    read it (tree position, slugs and titles; its own type's fields load when asked for). An entry
    whose page is gone or no longer where the path says is ignored.
    """
    entry = cache.get(_key(start, language, components))
    if entry is None:
        return None
    content_type_id, pk, used, parent = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = next(iter(model.objects.filter(pk=pk).order_by()[:1]), None)
    if page is None or page.depth != start.depth + used or not page.path.startswith(start.path):
        return None
    return page, (start if parent is None else parent), used


def remember(start, language, components, page, parent, used):
    """Keep where ``components`` led from ``start``: ``page``, reached through ``parent``."""
    entry = (page.content_type_id, page.pk, used, None if parent is start else parent)
    cache.set(_key(start, language, components), entry, TIMEOUT)


def _page_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or ROUTING_FIELDS.intersection(update_fields):
        forget_all()


def _page_gone(sender, instance, **kwargs):
    forget_all()


def connect_signal_handlers():
    """Connected once from ``website.apps.WebsiteConfig.ready``, to page models only."""
    for model in get_page_models():
        label = model._meta.label
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"website.route_cache.saved.{label}")
        post_delete.connect(_page_gone, sender=model, dispatch_uid=f"website.route_cache.deleted.{label}")
    post_page_move.connect(_page_gone, dispatch_uid="website.route_cache.moved")
