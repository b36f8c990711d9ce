"""iCalendar (RFC 5545) for calendar programs: one event as a download, and a feed per language.

Timed events are written in local Riga time with ``TZID=Europe/Riga`` and the matching
``VTIMEZONE`` (daylight saving rules included), so a calendar program anywhere shows the right
local time; all-day events are written as dates, with the exclusive end date iCalendar expects.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.dates import EVENT_TIME_ZONE
from website.translation_policy import current_language

PRODID = "-//cilvektirdznieciba.lv//Event calendar//LV"


def _host(request):
    return request.get_host().split(":")[0]


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def event_component(event, request):
    """The VEVENT of ``event`` in the current language."""
    url = _absolute(request, event.get_url(request))
    if event.is_all_day:
        start = event.start_date
        end = event.last_date + datetime.timedelta(days=1)
    else:
        start = timezone.localtime(event.starts_at, EVENT_TIME_ZONE)
        end = timezone.localtime(event.ends_at, EVENT_TIME_ZONE) if event.has_end else None
    location = event.location
    if event.online_url:
        location = f"{location} ({event.online_url})" if location else event.online_url
    description = [strip_tags(event.lead)] if event.lead else []
    if event.organiser:
        description.append(_("Organiser: %(organiser)s") % {"organiser": event.organiser})
    if event.registration_url:
        description.append(_("Registration: %(url)s") % {"url": event.registration_url})
    description.append(url)
    component = Event.new(
        uid=f"event-{event.pk}@{_host(request)}",
        summary=event.title,
        start=start,
        end=end,
        stamp=event.last_published_at or event.latest_revision_created_at or timezone.now(),
        location=location or None,
        description="\n\n".join(description),
        url=url,
        categories=[str(event.get_category_display())],
    )
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def build_calendar(events, request, name, uid):
    calendar = Calendar.new(
        prodid=PRODID, name=name, method="PUBLISH", language=current_language(), uid=f"{uid}@{_host(request)}"
    )
    calendar.add("x-wr-timezone", str(EVENT_TIME_ZONE))
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        # Only the years the events need: the full Riga history would be most of the file.
        first = min(event.start_date for event in events) - datetime.timedelta(days=366)
        last = max(event.last_date for event in events) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def _ics_response(calendar, filename, attachment):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_download_response(event, request):
    calendar = build_calendar(
        [event], request, name=event.title, uid=f"event-{event.pk}-{current_language()}"
    )
    return _ics_response(calendar, f"{event.slug}.ics", attachment=True)


def calendar_feed_response(calendar_page, events, request):
    """The feed of ``calendar_page`` with ``events`` (``EventPage.objects...for_feed()``)."""
    calendar = build_calendar(
        events, request, name=calendar_page.title, uid=f"calendar-{calendar_page.pk}-{current_language()}"
    )
    calendar.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    return _ics_response(calendar, f"{calendar_page.slug}-{current_language()}.ics", attachment=False)
