"""The calendar pieces other templates include: the month widget and the next events."""

import datetime

from django import template
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

from events import widget
from events.dates import today
from events.models import EventCalendarPage

register = template.Library()


def weekday_names():
    """(abbreviation, full name) of the days of the week, Monday first."""
    return [(WEEKDAYS_ABBR[number], WEEKDAYS[number]) for number in range(7)]


@register.simple_tag
def weekdays():
    return weekday_names()


@register.simple_tag
def calendar_version():
    """Changes when events change or the day does: a key for fragments that list coming events."""
    return f"{widget.generation()}-{today().isoformat()}"


@register.simple_tag(takes_context=True)
def calendar_widget_month(context):
    """The widget's month: the page's (a month view, an event) or else the current one.

    None when the site has no calendar page. Served from the cache: no query once the month has
    been built (see ``events.widget``).
    """
    first = context.get("calendar_month")
    if not isinstance(first, datetime.date):
        first = today().replace(day=1)
    data = widget.widget_month(context.get("request"), first)
    if data is None:
        return None
    return {**data, "weekdays": weekday_names(), "today": today().isoformat()}


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def next_events(context, limit=3):
    """The next ``limit`` events in the visitor's language, for the home page."""
    request = context.get("request")
    calendar_page = EventCalendarPage.for_request(request)
    if calendar_page is None:
        return {"events": [], "calendar_page": None}
    return {
        "events": list(calendar_page.events().upcoming()[:limit]),
        "calendar_page": calendar_page,
        "upcoming_url": calendar_page.upcoming_url(request),
        "request": request,
    }
