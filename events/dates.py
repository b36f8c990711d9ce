"""Date maths of the event calendar: Riga time, months and their weeks. No models, no queries.

Editors enter an event's dates and times as they are in Latvia; the aware datetimes used for
sorting and iCalendar are derived here (``event_times``), and the month grid is laid out here
(``month_weeks``, ``place_events``). ``events.models`` builds on this module, never the reverse.
"""

import calendar as month_calendar
import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.http import Http404
from django.utils import timezone

# Events of this site take place in Latvia: times are entered and shown in Riga time, whatever
# the server's own time zone.
EVENT_TIME_ZONE = ZoneInfo("Europe/Riga")

# Month addresses outside these years answer 404, so crawlers following "next month" stop.
FIRST_YEAR = 1990
LAST_YEAR = 2100


def today():
    """Today's date in Riga."""
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


def month_or_404(year, month):
    """The first day of ``year``-``month`` from URL parts; 404 for anything that is not a month."""
    try:
        year, month = int(year), int(month)
        first = datetime.date(year, month, 1)
    except (TypeError, ValueError):
        raise Http404("No such month") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("Month out of range")
    return first


def year_or_404(year):
    year = int(year)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("Year out of range")
    return year


def add_months(first, months):
    """The first day of the month ``months`` after (or before) ``first``; None out of range."""
    index = first.year * 12 + first.month - 1 + months
    year, month = divmod(index, 12)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return datetime.date(year, month + 1, 1)


def last_of_month(first):
    return first.replace(day=month_calendar.monthrange(first.year, first.month)[1])


def event_times(start_date, start_time, end_date, end_time):
    """(starts_at, ends_at, last_date) of an event entered in Riga time.

    An all-day event runs from midnight of its first day to midnight after its last (as iCalendar
    has it); a timed event without an end time ends when it starts.
    """
    end_date = end_date or start_date
    if start_time is None:
        starts_at = datetime.datetime.combine(start_date, datetime.time(), EVENT_TIME_ZONE)
        ends_at = datetime.datetime.combine(
            end_date + datetime.timedelta(days=1), datetime.time(), EVENT_TIME_ZONE
        )
        return starts_at, ends_at, end_date
    starts_at = datetime.datetime.combine(start_date, start_time, EVENT_TIME_ZONE)
    ends_at = datetime.datetime.combine(
        end_date, end_time if end_time is not None else start_time, EVENT_TIME_ZONE
    )
    return starts_at, ends_at, end_date


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
        return last_of_month(self.first)


def month_weeks(first):
    """The weeks of the month of ``first``, Monday first, as lists of CalendarDay."""
    weeks = month_calendar.Calendar(firstweekday=month_calendar.MONDAY).monthdatescalendar(
        first.year, first.month
    )
    return [[CalendarDay(day, day.month == first.month) for day in week] for week in weeks]


def place_events(weeks, first, events):
    """Put each of ``events`` (in order) on every day of the month of ``first`` that it covers."""
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
    return weeks
