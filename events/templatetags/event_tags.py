"""The calendar pieces the calendar and home page templates use: week days, a cache version, the next events.

The month widget beside every page comes through a hook (``events/wagtail_hooks.py``).
"""

from django import template

from events import widget
from events.dates import today
from events.models import EventCalendarPage

register = template.Library()


@register.simple_tag
def weekdays():
    return widget.weekday_names()


@register.simple_tag
def calendar_version():
    """Changes when events change or the day does: a key for fragments that list coming events."""
    return f"{widget.generation()}-{today().isoformat()}"


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
