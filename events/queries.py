"""Fetching events for the calendar's views, in a fixed number of queries however many there are."""

import calendar as month_calendar
import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import Http404
from django.utils import timezone
from wagtail.models import Site

from events.models import EVENT_TIME_ZONE, EventCalendarPage, EventCategory, EventPage, add_months
from website.fragment_cache import public
from website.translation_policy import translated_filter

EVENTS_PER_PAGE = 10


def event_queryset(calendar_page, language=None):
    """Live, public events of ``calendar_page`` that exist in ``language`` (the current one)."""
    return public(EventPage.objects.live().child_of(calendar_page)).filter(translated_filter(language))


def calendar_for_site(site):
    """The live calendar page of ``site``, or None (one query)."""
    if site is None:
        return None
    return (
        EventCalendarPage.objects.live()
        .filter(path__startswith=site.root_page.path, depth__gt=site.root_page.depth)
        .order_by("path")
        .first()
    )


def calendar_for_request(request):
    return calendar_for_site(Site.find_for_request(request) if request is not None else None)


def today():
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    events: list = field(default_factory=list)  # every event on this day (the grid)
    starts: list = field(default_factory=list)  # events listed under this day in the agenda
    # Anchors of days whose events all began earlier: their links land on this day's heading.
    extra_anchors: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"day-{self.date.isoformat()}"


@dataclass
class CalendarMonth:
    first: datetime.date
    weeks: list
    url: str | None
    prev_url: str | None
    next_url: str | None
    events: list

    @property
    def days_with_events(self):
        return [day for week in self.weeks for day in week if day.in_month and day.events]

    @property
    def agenda(self):
        """The days of the list below the grid: each event once, under its first day in the month."""
        return [day for week in self.weeks for day in week if day.in_month and day.starts]

    @property
    def last(self):
        return self.first.replace(day=month_calendar.monthrange(self.first.year, self.first.month)[1])


def month_weeks(first):
    """The weeks of the month of ``first``, Monday first, as lists of CalendarDay."""
    weeks = month_calendar.Calendar(firstweekday=month_calendar.MONDAY).monthdatescalendar(
        first.year, first.month
    )
    return [[CalendarDay(day, day.month == first.month) for day in week] for week in weeks]


def month_events(calendar_page, first, request=None):
    """The events on any day of the month of ``first``, in order."""
    last = first.replace(day=month_calendar.monthrange(first.year, first.month)[1])
    return list(
        event_queryset(calendar_page)
        .filter(start_date__lte=last, last_date__gte=first)
        .order_by("starts_at", "pk")
    )


def build_month(calendar_page, first, request=None):
    """The month grid of ``first``, with every event placed on each of its days in the month."""
    weeks = month_weeks(first)
    events = month_events(calendar_page, first, request)
    days = {day.date: day for week in weeks for day in week if day.in_month}
    last = max(days)
    for event in events:
        day = max(event.start_date, first)
        days[day].starts.append(event)
        end = min(event.last_date, last)
        while day <= end:
            days[day].events.append(event)
            day += datetime.timedelta(days=1)
    for day in days.values():
        if day.events and not day.starts:
            # Every link to a day leads somewhere: to the day where its earliest event is listed.
            days[max(day.events[0].start_date, first)].extra_anchors.append(day.anchor)
    return CalendarMonth(
        first=first,
        weeks=weeks,
        url=calendar_page.month_url(first, request),
        prev_url=calendar_page.month_url(add_months(first, -1), request),
        next_url=calendar_page.month_url(add_months(first, 1), request),
        events=events,
    )


def upcoming_events(calendar_page, category=None):
    """Events that have not ended yet, soonest first."""
    events = event_queryset(calendar_page).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")
    return events.filter(category=category) if category else events


def past_events(calendar_page, year, category=None):
    """Events of ``year`` that are over, latest first."""
    events = (
        event_queryset(calendar_page)
        .filter(ends_at__lt=timezone.now(), start_date__year=year)
        .order_by("-starts_at", "-pk")
    )
    return events.filter(category=category) if category else events


def category_or_404(request):
    category = request.GET.get("category") or None
    if category is not None and category not in EventCategory.values:
        raise Http404("No such category")
    return category


def paginate(request, queryset, per_page=EVENTS_PER_PAGE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
