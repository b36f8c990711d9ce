"""The calendar stays cheap: fixed query counts however many events a month has, and a cached widget."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from events import widget
from events.models import EventCalendarPage, EventPage
from tests.factories.events import EventPageFactory
from tests.factories.home import StandardPageFactory, url_in
from tests.test_events import riga_today

pytestmark = pytest.mark.django_db

MARCH_2025 = datetime.date(2025, 3, 1)  # a month without demo events


def calendar_url(language):
    return url_in(EventCalendarPage.objects.get(), language)


def add_many(count, first, *, days=28):
    """``count`` live, translated events spread over the month of ``first`` (some multi-day, some all day)."""
    calendar = EventCalendarPage.objects.get()
    for number in range(count):
        start = first + datetime.timedelta(days=number % days)
        event = EventPage(
            title=f"Notikums {number}",
            title_lv=f"Notikums {number}",
            title_en=f"Event {number}",
            slug=f"notikums-{first:%Y-%m-%d}-{number}",
            slug_lv=f"notikums-{first:%Y-%m-%d}-{number}",
            start_date=start,
            end_date=start + datetime.timedelta(days=number % 3),
            start_time=None if number % 4 == 0 else datetime.time(9 + number % 8, 30),
            end_time=None if number % 4 == 0 else datetime.time(18),
            category=["conference", "training", "meeting"][number % 3],
        )
        # Skip the editor's validation: wagtail-modeltranslation's slug check reads every sibling on
        # each save, which makes adding hundreds of events in a test needlessly slow.
        event.full_clean = lambda *args, **kwargs: None
        calendar.add_child(instance=event)


def count_queries(client, url):
    client.get(url)  # the widget's month is now cached, as it is for every visitor after the first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["lv", "en"])
def test_a_month_view_costs_the_same_queries_with_3_or_60_events(client, django_assert_num_queries, language):
    url = calendar_url(language) + "2025/03/"
    add_many(3, MARCH_2025)
    baseline = count_queries(client, url)
    add_many(57, MARCH_2025.replace(day=2))
    cache.clear()
    client.get(url)
    with django_assert_num_queries(baseline):
        response = client.get(url)
    # Every event once, however many days it lasts.
    assert len(BeautifulSoup(response.content, "html.parser").select(".calendar-agenda .event-summary")) == 60


@pytest.mark.parametrize(
    "suffix", ["upcoming/", "upcoming/?category=training", "2025/", "2025/?category=meeting"]
)
def test_the_lists_cost_the_same_queries_with_few_or_many_events(client, django_assert_num_queries, suffix):
    first = (
        riga_today().replace(day=1) + datetime.timedelta(days=400)
        if suffix.startswith("upcoming")
        else MARCH_2025
    )
    add_many(3, first.replace(day=1))
    url = calendar_url("en") + suffix
    baseline = count_queries(client, url)
    add_many(40, first.replace(day=2))
    client.get(url)  # publishing retired the cached routes and widget: the first visitor pays
    with django_assert_num_queries(baseline):
        assert client.get(url).status_code == 200


def test_a_month_with_150_events_still_renders_with_the_same_queries(client, django_assert_num_queries):
    url = calendar_url("en") + "2025/03/"
    baseline = count_queries(client, url)
    add_many(150, MARCH_2025)  # five or six a day: enough to fill every day's cell of the grid
    cache.clear()
    client.get(url)
    with django_assert_num_queries(baseline):
        response = client.get(url)
    page = BeautifulSoup(response.content, "html.parser")
    assert len({a["href"] for a in page.select(".calendar-agenda .event-summary__title")}) == 150
    # The grid shows three titles a day and links to the rest of the day in the list.
    cell = page.select_one('main table.calendar-month a[href="#day-2025-03-10"]').find_parent("td")
    assert len(cell.select("li")) == 4
    assert cell.select("li")[-1].a["href"] == "#day-2025-03-10"
    # The month is the page itself: no month box beside it.
    assert page.select_one("aside.site-aside") is None


def widget_request(path):
    """A request whose site is already known, as it is when the page header has been rendered."""
    request = RequestFactory().get(path)
    request.LANGUAGE_CODE = path.split("/")[1]
    Site.find_for_request(request)
    return request


def test_the_widget_costs_no_query_once_cached_and_a_fixed_number_when_not(django_assert_num_queries):
    first = riga_today().replace(day=1)
    with translation.override("lv"):
        widget.widget_month(widget_request("/lv/"), datetime.date(2023, 9, 1))  # Wagtail's own caches
        request = widget_request("/lv/kada-lapa/")
        with CaptureQueriesContext(connection) as cold:
            data = widget.widget_month(request, first)
        assert data["url"] == calendar_url("lv") + f"{first:%Y/%m}/"
        add_many(60, first, days=27)
        widget.invalidate()
        request = widget_request("/lv/kada-lapa/")
        with django_assert_num_queries(len(cold)):
            widget.widget_month(request, first)
        request = widget_request("/lv/cita-lapa/")
        with django_assert_num_queries(0):
            cached = widget.widget_month(request, first)
    assert sum(day[2] for week in cached["weeks"] for day in week if day) > 60
    assert len(cold) <= 6


def test_the_widget_is_cached_per_language_and_month():
    EventPageFactory(
        title_lv="Tikai latviski", start_date=datetime.date(2019, 9, 7), start_time=datetime.time(10)
    )
    first = datetime.date(2019, 9, 1)
    with translation.override("lv"):
        latvian = widget.widget_month(widget_request("/lv/"), first)
    with translation.override("en"):
        english = widget.widget_month(widget_request("/en/"), first)
        october = widget.widget_month(widget_request("/en/"), datetime.date(2019, 10, 1))
    assert latvian["url"] == calendar_url("lv") + "2019/09/"
    assert english["url"] == calendar_url("en") + "2019/09/"
    assert october["url"] == calendar_url("en") + "2019/10/"
    # The Latvian-only event on Saturday 7 September is a Latvian event only.
    assert latvian["weeks"][1][5] == (7, "2019-09-07", 1)
    assert english["weeks"][1][5] == (7, "2019-09-07", 0)


def test_a_page_with_the_cached_widget_costs_the_same_queries_however_full_the_month(
    client, django_assert_num_queries
):
    url = url_in(StandardPageFactory(title_lv="Par testu", title_en="About the test"), "en")
    baseline = count_queries(client, url)
    add_many(80, riga_today().replace(day=1), days=27)
    widget.invalidate()
    client.get(url)
    with django_assert_num_queries(baseline):
        response = client.get(url)
    assert len(BeautifulSoup(response.content, "html.parser").select("aside.site-aside")) == 1


def test_without_a_calendar_the_not_found_page_asks_nothing_more_once_cached(
    client, django_assert_num_queries
):
    EventCalendarPage.objects.get().unpublish()
    client.get("/en/no-such-page/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/no-such-page/")
    with django_assert_num_queries(len(queries)):
        response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    with translation.override("en"):
        request = widget_request("/en/x/")
        with django_assert_num_queries(0):
            assert widget.widget_month(request, riga_today().replace(day=1)) is None
