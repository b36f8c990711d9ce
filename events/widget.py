"""The compact month calendar shown beside every page, cached so that it costs no query.

The month's data (which days have events, the addresses to link to) is kept in Django's cache,
keyed by site, language and month, under a generation token. Publishing, unpublishing, moving or
deleting an event or the calendar page (``events.signals``) replaces the token, which retires every
cached month at once without having to know their keys. "Today" is marked when rendering, so a
cached month stays right when the day changes.
"""

import datetime
import uuid

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.safestring import mark_safe
from wagtail.models import Site

from events.dates import add_months, today
from events.models import EventCalendarPage
from website.translation_policy import current_language

GENERATION_KEY = "events:calendar-generation"
TIMEOUT = 60 * 60 * 24


def generation():
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        cache.set(GENERATION_KEY, token, None)
    return token


def invalidate():
    """Forget every cached month (called when events or the calendar change)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def month_key(site, first):
    return f"events:widget:{generation()}:{site.pk if site else 0}:{current_language()}:{first:%Y-%m}"


def widget_month(request, first):
    """The widget's data for the month of ``first``: a dict, or None when there is no calendar."""
    if request is None:
        return None
    site = Site.find_for_request(request)
    key = month_key(site, first)
    data = cache.get(key)
    if data is None:
        data = _build(request, site, first)
        # An empty dict stands for "no calendar page", so that is cached too.
        cache.set(key, data, TIMEOUT)
    return data or None


def _build(request, site, first):
    calendar_page = EventCalendarPage.for_site(site)
    if calendar_page is None:
        return {}
    month = calendar_page.build_month(first, request)
    return {
        "first": first,
        "prev": add_months(first, -1),
        "next": add_months(first, 1),
        "url": month.url,
        "prev_url": month.prev_url,
        "next_url": month.next_url,
        # (day of month or None, ISO date, number of events) per day, one list per week.
        "weeks": [
            [(day.date.day, day.date.isoformat(), len(day.events)) if day.in_month else None for day in week]
            for week in month.weeks
        ],
    }


def weekday_names():
    """(abbreviation, full name) of the days of the week, Monday first."""
    return [(WEEKDAYS_ABBR[number], WEEKDAYS[number]) for number in range(7)]


def context_month(context):
    """The first day of the widget's month: the page's own (a month view, an event) or the current one."""
    first = context.get("calendar_month")
    return first if isinstance(first, datetime.date) else today().replace(day=1)


def widget_for_context(context):
    """The widget of a page's context: its month (a month view, an event) or else the current one.

    None when the site has no calendar page.
    """
    data = widget_month(context.get("request"), context_month(context))
    if data is None:
        return None
    return {**data, "weekdays": weekday_names(), "today": today().isoformat()}


def render_aside(context):
    """The month calendar beside every page (a ``register_site_aside`` hook), or "".

    The rendered HTML is cached too, under the month's key and today's date (the day marked as
    today), so a page shows the widget without rendering its 42 day cells again.
    """
    request = context.get("request")
    if request is None:
        return ""
    key = f"{month_key(Site.find_for_request(request), context_month(context))}:html:{today().isoformat()}"
    html = cache.get(key)
    if html is None:
        data = widget_for_context(context)
        html = (
            ""
            if data is None
            else get_template("events/includes/calendar_aside.html").render({"calendar_widget": data})
        )
        cache.set(key, str(html), TIMEOUT)
    return mark_safe(html)  # noqa: S308 - our own template's output
