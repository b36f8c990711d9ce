"""Front-cache (Varnish) purges: one place that knows every address a page change touches.

Wagtail's own purge handlers (``wagtail.contrib.frontend_cache``, deliberately left out of
``INSTALLED_APPS``) purge ``page.get_full_url()`` in the active language only. With translated
slugs that misses the Latvian address of a page published from an English admin:
``WAGTAILFRONTENDCACHE_LANGUAGES`` only swaps the ``/en/`` prefix and keeps the English slug, so
it purges ``/lv/news/budget-2027/`` (which does not exist) instead of
``/lv/jaunumi/budzets-2027/``. Here every address is computed under ``translation.override`` for
each language, so each language gets its own slugs.

On publish, unpublish, delete (Wagtail unpublishes a live page before deleting it) and move, one
``PurgeBatch`` holds the page and everything that shows it, in both languages, before and after
the change: its listing (news index or calendar) with the year archive or the months of the
event's old and new dates, the feeds and iCalendar files, the home page and the sitemap. The batch
is sent after the transaction commits, through Wagtail's purge task: with the database task
queue of production settings the worker sends it, so a slow or hung cache never slows an editor.

Varnish (``deploy/varnish/default.vcl``) treats a PURGE of a path as "this path with any query
string", so purging a news index also drops its ``?page=N`` and ``?category=`` variants.
"""

import datetime
import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from asgiref.local import Local
from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_save
from django.utils import translation
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

logger = logging.getLogger(__name__)

SITEMAP_PATH = "/sitemap.xml"

# Addresses of live pages as they were before a save or a move, by page id, until the change is
# published (per thread, like a request).
_before = Local()


def _enabled():
    """Purging is only worth its queries when a front cache is configured (Varnish in production)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _languages():
    return list(AVAILABLE_LANGUAGES)


def _months(first_day, last_day):
    """The first day of every month from ``first_day``'s month to ``last_day``'s, inclusive."""
    month = first_day.replace(day=1)
    last = (last_day or first_day).replace(day=1)
    months = []
    while month <= last and len(months) < 120:  # a ten-year event is already absurd
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def _subpage_url(page, name, **kwargs):
    base = page.get_full_url()
    if not base:
        return None
    return base + page.reverse_subpage(name, kwargs=kwargs or None)


def _add_related(batch, page):
    """Add, in the active language, the addresses that show ``page`` besides its own."""
    from events.models import EventCalendarPage, EventPage
    from news.models import NewsArticlePage, NewsIndexPage

    urls = []
    parent = page.get_parent()
    parent = parent.specific if parent is not None else None

    if isinstance(page, NewsArticlePage) and isinstance(parent, NewsIndexPage):
        batch.add_page(parent)
        urls.append(_subpage_url(parent, "feed"))
        if page.date:
            base = parent.get_full_url()
            urls.append(f"{base}{page.date.year}/" if base else None)
    elif isinstance(page, NewsIndexPage):
        urls.append(_subpage_url(page, "feed"))
        base = page.get_full_url()
        if base:
            urls.extend(f"{base}{year}/" for year in page.archive_years())
    elif isinstance(page, EventPage) and isinstance(parent, EventCalendarPage):
        batch.add_page(parent)
        urls.append(_subpage_url(parent, "upcoming_events"))
        urls.append(_subpage_url(parent, "ical_feed"))
        urls.append(_subpage_url(page, "ical_download"))
        if page.start_date:
            end = page.end_date or page.start_date
            for first in _months(page.start_date, end):
                month = {"year": f"{first.year:04d}", "month": f"{first.month:02d}"}
                urls.append(_subpage_url(parent, "month_view", **month))
            for year in range(page.start_date.year, end.year + 1):
                urls.append(_subpage_url(parent, "past_events", year=f"{year:04d}"))
    elif isinstance(page, EventCalendarPage):
        urls.append(_subpage_url(page, "upcoming_events"))
        urls.append(_subpage_url(page, "ical_feed"))
    elif parent is not None and not parent.is_root():
        batch.add_page(parent)

    site = page.get_site()
    if site is not None:
        batch.add_page(site.root_page.specific)  # the home page lists news and events
    batch.add_urls(url for url in urls if url)


def add_page_and_dependents(batch, page, *, with_descendants=False):
    """Add to ``batch`` every address, in every language, that shows ``page``."""
    page = page.specific
    site = page.get_site()
    for language in _languages():
        with translation.override(language):
            if page.get_full_url() is None:
                continue
            batch.add_page(page)
            _add_related(batch, page)
            if with_descendants:
                for descendant in page.get_descendants().live().specific():
                    batch.add_page(descendant)
    if site is not None:
        batch.add_url(site.root_url + SITEMAP_PATH)
    return batch


def urls_for_page(page, *, with_descendants=False):
    """The set of full URLs (both languages) that a change to ``page`` makes stale.

    A purge must never stop an editor from publishing: a failure is logged, and the cache
    lifetime (``CACHE_CONTROL_S_MAXAGE``) bounds how long a missed address stays stale.
    """
    try:
        return add_page_and_dependents(PurgeBatch(), page, with_descendants=with_descendants).urls
    except Exception:
        logger.exception("Could not work out the addresses to purge for page %s", page.pk)
        return set()


def purge_after_commit(urls):
    """Send one purge batch once the current transaction commits (at once outside a transaction)."""
    urls = sorted(set(urls))
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def _remember_before(page_id, urls):
    remembered = getattr(_before, "urls", None)
    if remembered is None:
        remembered = _before.urls = {}
    remembered.setdefault(page_id, set()).update(urls)


def _take_before(page_id):
    remembered = getattr(_before, "urls", None) or {}
    return remembered.pop(page_id, set())


# Signal handlers ------------------------------------------------------------------------------


def remember_live_addresses(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a live page is saved in full (as publishing does), note the addresses it has now.

    The slug, the parent's addresses and an event's dates may all change with the new revision;
    the old ones must be purged too ("a slug change purges the old URLs").
    """
    if raw or update_fields is not None or instance.pk is None or not _enabled():
        return
    before = sender.objects.filter(pk=instance.pk, live=True).first()
    if before is None:
        return
    slug_changed = any(
        getattr(before, field, None) != getattr(instance, field, None)
        for field in (build_localized_fieldname("slug", language) for language in _languages())
    )
    _remember_before(instance.pk, urls_for_page(before, with_descendants=slug_changed))


def purge_published_page(sender, instance, **kwargs):
    if not _enabled():
        return
    slug_before = _take_before(instance.pk)
    purge_after_commit(urls_for_page(instance) | slug_before)


def purge_unpublished_page(sender, instance, **kwargs):
    if not _enabled():
        return
    _take_before(instance.pk)
    purge_after_commit(urls_for_page(instance))


def remember_addresses_before_move(sender, instance, **kwargs):
    if instance.live and _enabled():
        _remember_before(instance.pk, urls_for_page(instance, with_descendants=True))


def purge_moved_page(sender, instance, **kwargs):
    if not _enabled():
        return
    before = _take_before(instance.pk)
    moved = Page.objects.filter(pk=instance.pk, live=True).first()
    after = urls_for_page(moved, with_descendants=True) if moved is not None else set()
    purge_after_commit(before | after)


def connect_signal_handlers():
    """Called from ``WebsiteConfig.ready``: the only purge handlers of the project."""
    for model in get_page_models():
        pre_save.connect(
            remember_live_addresses,
            sender=model,
            dispatch_uid=f"website.frontend_cache.before_save.{model._meta.label}",
        )
    page_published.connect(purge_published_page, dispatch_uid="website.frontend_cache.published")
    page_unpublished.connect(purge_unpublished_page, dispatch_uid="website.frontend_cache.unpublished")
    pre_page_move.connect(remember_addresses_before_move, dispatch_uid="website.frontend_cache.before_move")
    post_page_move.connect(purge_moved_page, dispatch_uid="website.frontend_cache.moved")


# Backend --------------------------------------------------------------------------------------


class VarnishBackend(BaseBackend):
    """Wagtail's HTTP PURGE, with a timeout: Wagtail's ``HTTPBackend`` calls ``urlopen`` without
    one, so a hung cache would hang whatever sends the purge.

    ``LOCATION`` is the Varnish address (``http://127.0.0.1:6081``); ``TIMEOUT`` in seconds
    (default 5). A batch is sent as one PURGE per address.
    """

    def __init__(self, params):
        params = dict(params)
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.cache_scheme = location.scheme
        self.cache_netloc = location.netloc
        self.timeout = float(params.get("TIMEOUT", 5))

    def purge(self, url):
        parsed = urlsplit(url)
        host = parsed.hostname + (f":{parsed.port}" if parsed.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, ""]),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - the scheme comes from settings
                pass
        except HTTPError as error:
            logger.error("Could not purge %s: HTTP %d %s", url, error.code, error.reason)
        except (URLError, TimeoutError, OSError) as error:
            logger.error("Could not purge %s: %s", url, getattr(error, "reason", error))
