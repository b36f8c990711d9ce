"""A live page's old addresses keep working after its URL changes, in each language.

Wagtail's own automatic redirects (``wagtail.contrib.redirects.signal_handlers``) are switched off in
``website/settings/base.py`` (``WAGTAILREDIRECTS_AUTO_CREATE = False``): they only see ``url_path`` in
the active language, while this site has one address per language (``url_path_lv``, ``url_path_en``,
served under ``/lv/`` and ``/en/``). Instead, for every language whose address changed, this module
calls Wagtail's public ``create_redirects()`` with that language active, so the rows are Wagtail's own:
permanent, ``automatically_created``, per site, for the page, its live descendants and every path in
``Page.get_route_paths()``, replacing older automatic rows for the same address.

Which signal fires for what:

* **A move** - Wagtail's ``post_page_move``. It runs after wagtail-modeltranslation's own receiver
  (that app is installed before ``editorial``), which has brought ``url_path`` in every language and
  the descendants' paths up to date.
* **A changed slug** - Wagtail's ``page_slug_changed`` is not enough: ``Page.save()`` compares only
  ``slug``, that is the slug of the active language. An editor whose admin is in English who changes
  only ``slug_lv`` (or anyone saving in Latvian who changes only ``slug_en``) gets no signal. So the
  page's addresses in every language are read just before a page model is saved (a ``pre_save``
  receiver connected to the page models only, never to other models, and skipped when the save
  cannot change a slug), and compared in ``page_published``, which Wagtail sends once the page and
  its descendants hold their new paths. A page that was not live before has no old address to keep.

Routable sub-paths (a news archive ``2023/09/``, ``feed/``, an events ``ical/``) cannot be listed in
advance, and Wagtail's ``RedirectMiddleware`` only matches a whole path. ``RedirectPrefixMiddleware``
handles what is left: on a 404 it looks for the longest automatically created redirect whose old
path is a prefix of the request, and sends the visitor to the page's new address with the same
sub-path.
"""

from django import http
from django.db.models.signals import pre_save
from django.utils import translation
from django.utils.encoding import uri_to_iri
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_published, post_page_move

SLUG_FIELDS = {build_localized_fieldname("slug", language) for language in AVAILABLE_LANGUAGES} | {"slug"}
URL_PATH_FIELDS = {
    language: build_localized_fieldname("url_path", language) for language in AVAILABLE_LANGUAGES
}
#: Set on a page instance by ``remember_addresses`` and read by ``redirect_changed_slugs``.
ADDRESSES_BEFORE_SAVE = "addresses_before_save"


def remember_addresses(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a page is saved: was it live, and what was its ``url_path`` in each language?"""
    if raw or instance.pk is None:
        return
    if update_fields is not None and not SLUG_FIELDS.intersection(update_fields):
        return  # a draft revision, a lock, a reorder of comments: no slug can change
    old = Page.objects.filter(pk=instance.pk).values("live", *URL_PATH_FIELDS.values()).first()
    setattr(instance, ADDRESSES_BEFORE_SAVE, old)


def redirect_changed_slugs(sender, instance, **kwargs):
    """After publishing: each language whose address changed leaves a redirect from the old one."""
    old = getattr(instance, ADDRESSES_BEFORE_SAVE, None)
    setattr(instance, ADDRESSES_BEFORE_SAVE, None)
    if not old or not old["live"]:
        return
    sites = Site.objects.filter(root_page__in=instance.get_ancestors())
    for language, field in URL_PATH_FIELDS.items():
        redirect_language(instance, language, old[field], sites)


def redirect_moved_page(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    """After a move: the page keeps its slugs, so its old path is the old parent's plus its own slug."""
    if url_path_before == url_path_after:
        return  # reordered among its siblings
    page = Page.objects.get(pk=instance.pk).specific  # every language's path, as saved
    if not page.live:
        return
    sites = Site.objects.filter(root_page__in=page.get_ancestors()).filter(
        root_page__in=parent_page_before.get_ancestors(inclusive=True)
    )
    for language, field in URL_PATH_FIELDS.items():
        own_slug = getattr(page, field).rstrip("/").rsplit("/", 1)[-1]
        redirect_language(page, language, f"{getattr(parent_page_before, field)}{own_slug}/", sites)


def redirect_language(page, language, old_url_path, sites):
    """Wagtail's ``create_redirects`` for one language: ``url_path`` reads that language's field."""
    new_url_path = getattr(page, URL_PATH_FIELDS[language])
    if not old_url_path or not new_url_path or old_url_path == new_url_path:
        return
    with translation.override(language):
        page_old = type(page)()
        page_old.__dict__.update(page.__dict__)
        page_old.url_path = old_url_path  # sets url_path_<language>
        create_redirects(page=page, page_old=page_old, sites=sites)


def connect():
    """Receivers for page models only: saving a user or an image runs none of this."""
    for model in get_page_models():
        uid = f"remember_addresses_{model._meta.label}"
        pre_save.connect(remember_addresses, sender=model, dispatch_uid=uid)
    page_published.connect(redirect_changed_slugs, dispatch_uid="redirect_changed_slugs")
    post_page_move.connect(redirect_moved_page, dispatch_uid="redirect_moved_page")


class RedirectPrefixMiddleware:
    """On a 404, the longest automatic redirect whose old path is a prefix of the request wins.

    ``/lv/old-news/2023/09/`` goes to ``<new address of the page>2023/09/``. Exact paths are left to
    Wagtail's ``RedirectMiddleware`` (listed after this one, so it sees the 404 first).
    Only automatically created redirects to a page are used: a redirect an editor typed by hand
    means that address and nothing below it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        path = uri_to_iri(request.path)
        if "\0" in path:
            return response
        parts = path.strip("/").split("/")
        prefixes = ["/" + "/".join(parts[:end]) for end in range(len(parts) - 1, 1, -1)]
        if not prefixes:  # "/lv/page/" has no shorter prefix than the language and one segment
            return response
        site = Site.find_for_request(request)
        redirects = Redirect.get_for_site(site).filter(
            old_path__in=prefixes, automatically_created=True, redirect_page__isnull=False
        )
        redirect = max(redirects, key=lambda redirect: len(redirect.old_path), default=None)
        if redirect is None or redirect.link is None:
            return response
        rest = path[len(redirect.old_path) :].lstrip("/")
        target = redirect.link.rstrip("/") + "/" + rest
        if request.META.get("QUERY_STRING"):
            target += "?" + request.META["QUERY_STRING"]
        if redirect.is_permanent:
            return http.HttpResponsePermanentRedirect(target)
        return http.HttpResponseRedirect(target)
