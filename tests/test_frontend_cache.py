"""Front-cache purges: one batch per change, with every address in both languages.

A recording backend stands in for Varnish; the stack test (tests/stack/) checks the same against a
real Varnish.
"""

import datetime
import socket
import threading

import pytest
from django.apps import apps
from django.db import transaction
from django.utils import translation
from wagtail.signals import page_published, page_unpublished

from events.models import EventCalendarPage, EventPage
from news.models import NewsArticlePage, NewsIndexPage
from website.frontend_cache import VarnishBackend

BATCHES = []
HOST = "http://localhost"


class RecordingBackend:
    """A front-cache backend that keeps each batch it is asked to purge."""

    def __init__(self, params):
        self.hostnames = ["*"]

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        BATCHES.append(sorted(urls))


@pytest.fixture
def purges(settings):
    settings.WAGTAILFRONTENDCACHE = {"recorder": {"BACKEND": "tests.test_frontend_cache.RecordingBackend"}}
    BATCHES.clear()
    yield BATCHES
    BATCHES.clear()


def add_article(slug_lv="budzets-2027", slug_en="budget-2027", date=datetime.date(2027, 1, 15)):
    index = NewsIndexPage.objects.get()
    article = NewsArticlePage(
        title="Budžets 2027",
        title_lv="Budžets 2027",
        title_en="Budget 2027",
        slug=slug_lv,
        slug_lv=slug_lv,
        slug_en=slug_en,
        date=date,
        lead_lv="Ievads",
        lead_en="Lead",
        live=False,
    )
    index.add_child(instance=article)
    return NewsArticlePage.objects.get(pk=article.pk)


def publish(page):
    page = type(page).objects.get(pk=page.pk)
    page.save_revision().publish()


NEWS_URLS = {
    f"{HOST}/lv/jaunumi/budzets-2027/",
    f"{HOST}/en/news/budget-2027/",
    f"{HOST}/lv/jaunumi/",
    f"{HOST}/en/news/",
    f"{HOST}/lv/jaunumi/2027/",
    f"{HOST}/en/news/2027/",
    f"{HOST}/lv/jaunumi/feed/",
    f"{HOST}/en/news/feed/",
    f"{HOST}/lv/",
    f"{HOST}/en/",
    f"{HOST}/sitemap.xml",
}


@pytest.mark.django_db
def test_an_article_published_from_an_english_admin_is_purged_under_its_latvian_and_english_slugs(
    purges, django_capture_on_commit_callbacks
):
    article = add_article()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        publish(article)
    assert len(purges) == 1, "one batch per publish: Wagtail's own handlers must not purge again"
    assert set(purges[0]) == NEWS_URLS
    assert f"{HOST}/lv/news/budget-2027/" not in purges[0]


@pytest.mark.django_db
def test_wagtails_default_purge_handlers_are_not_connected():
    from wagtail.contrib.frontend_cache import signal_handlers as wagtail_handlers

    assert not apps.is_installed("wagtail.contrib.frontend_cache")
    # disconnect() says whether the receiver was connected.
    for model in (NewsArticlePage, EventPage, NewsIndexPage):
        assert not page_published.disconnect(wagtail_handlers.page_published_signal_handler, sender=model)
        assert not page_unpublished.disconnect(wagtail_handlers.page_unpublished_signal_handler, sender=model)


@pytest.mark.django_db
def test_the_purge_waits_for_the_transaction_to_commit(purges, django_capture_on_commit_callbacks):
    article = add_article()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        with transaction.atomic():
            publish(article)
    assert purges == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert set(purges[0]) == NEWS_URLS


@pytest.mark.django_db
def test_a_slug_change_purges_the_old_addresses_too(purges, django_capture_on_commit_callbacks):
    article = add_article()
    publish(article)
    purges.clear()
    article = NewsArticlePage.objects.get(pk=article.pk)
    article.slug_lv = "budzets-2027-labots"
    article.slug_en = "budget-2027-revised"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert len(purges) == 1
    urls = set(purges[0])
    assert {
        f"{HOST}/lv/jaunumi/budzets-2027/",
        f"{HOST}/en/news/budget-2027/",
        f"{HOST}/lv/jaunumi/budzets-2027-labots/",
        f"{HOST}/en/news/budget-2027-revised/",
    } <= urls


@pytest.mark.django_db
def test_a_changed_date_purges_the_old_and_the_new_year_archive(purges, django_capture_on_commit_callbacks):
    article = add_article()
    publish(article)
    purges.clear()
    article = NewsArticlePage.objects.get(pk=article.pk)
    article.date = datetime.date(2026, 12, 30)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert {f"{HOST}/lv/jaunumi/2026/", f"{HOST}/lv/jaunumi/2027/", f"{HOST}/en/news/2026/"} <= set(purges[0])


@pytest.mark.django_db
def test_unpublishing_and_deleting_an_article_purge_its_addresses(purges, django_capture_on_commit_callbacks):
    article = add_article()
    publish(article)
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        NewsArticlePage.objects.get(pk=article.pk).unpublish()
    assert set(purges[0]) == NEWS_URLS

    publish(article)
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        NewsArticlePage.objects.get(pk=article.pk).delete()
    assert set(purges[0]) == NEWS_URLS


@pytest.mark.django_db
def test_an_event_moved_to_another_month_purges_the_calendar_months_of_both_dates(
    purges, django_capture_on_commit_callbacks
):
    calendar = EventCalendarPage.objects.get()
    event = EventPage(
        title="Seminārs",
        title_lv="Seminārs",
        title_en="Seminar",
        slug="seminars-purge",
        slug_lv="seminars-purge",
        slug_en="seminar-purge",
        start_date=datetime.date(2027, 3, 30),
        end_date=datetime.date(2027, 4, 2),
        live=False,
    )
    calendar.add_child(instance=event)
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    first = set(purges[-1])
    cal_lv = f"{HOST}/lv/{calendar.slug_lv}/"
    cal_en = f"{HOST}/en/{calendar.slug_en}/"
    assert {
        f"{cal_lv}seminars-purge/",
        f"{cal_en}seminar-purge/",
        f"{cal_lv}seminars-purge/ical/",
        f"{cal_lv}2027/03/",
        f"{cal_lv}2027/04/",
        f"{cal_en}2027/03/",
        f"{cal_en}2027/04/",
        f"{cal_lv}upcoming/",
        f"{cal_en}ical/",
        cal_lv,
        cal_en,
        f"{HOST}/lv/",
        f"{HOST}/en/",
    } <= first

    purges.clear()
    event = EventPage.objects.get(pk=event.pk)
    event.start_date = datetime.date(2027, 6, 10)
    event.end_date = None
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert len(purges) == 1
    urls = set(purges[0])
    assert {f"{cal_lv}2027/03/", f"{cal_lv}2027/04/", f"{cal_lv}2027/06/", f"{cal_en}2027/06/"} <= urls
    assert f"{cal_lv}2027/05/" not in urls


@pytest.mark.django_db
def test_moving_a_page_purges_its_old_and_new_addresses(
    purges, django_capture_on_commit_callbacks, home_page
):
    from home.models import StandardPage

    parent = StandardPage(
        title="Par testu", title_lv="Par testu", title_en="About the test", slug="par-testu"
    )
    parent.slug_en = "about-the-test"
    home_page.add_child(instance=parent)
    publish(parent)
    page = StandardPage(
        title="Kontakti",
        title_lv="Kontakti",
        title_en="Contacts",
        slug="kontakti",
        slug_en="contacts",
        live=False,
    )
    home_page.add_child(instance=page)
    publish(page)
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        StandardPage.objects.get(pk=page.pk).move(parent, pos="last-child")
    urls = set(purges[0])
    assert {
        f"{HOST}/lv/kontakti/",
        f"{HOST}/en/contacts/",
        f"{HOST}/lv/par-testu/kontakti/",
        f"{HOST}/en/about-the-test/contacts/",
    } <= urls


def test_the_varnish_backend_gives_up_on_a_cache_that_never_answers(caplog):
    """Wagtail's HTTPBackend waits forever; ours logs the failure after its timeout."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
    thread.start()
    try:
        backend = VarnishBackend({"LOCATION": f"http://127.0.0.1:{port}", "TIMEOUT": 0.2})
        backend.purge("http://localhost/lv/jaunumi/")
    finally:
        listener.close()
    assert "Could not purge http://localhost/lv/jaunumi/" in caplog.text
