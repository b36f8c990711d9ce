"""schema.org ``Event`` data for an event page, so search engines can show its date and place."""

from django.utils.html import strip_tags

from events.dates import EVENT_TIME_ZONE
from website.jsonld import json_ld
from website.translation_policy import DEFAULT_LANGUAGE, current_language, is_translated

ATTENDANCE_MODES = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def event_data(event, request):
    url = request.build_absolute_uri(event.get_url(request))
    if event.is_all_day:
        start, end = event.start_date.isoformat(), event.last_date.isoformat()
    else:
        start = event.starts_at.astimezone(EVENT_TIME_ZONE).isoformat()
        end = event.ends_at.astimezone(EVENT_TIME_ZONE).isoformat() if event.has_end else None
    language = current_language()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": start,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[event.attendance_mode],
        "inLanguage": language if is_translated(event, language) else DEFAULT_LANGUAGE,
    }
    if end:
        data["endDate"] = end
    if event.lead:
        data["description"] = strip_tags(event.lead)
    locations = []
    if event.location:
        locations.append({"@type": "Place", "name": event.location, "address": event.location})
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    if event.registration_url:
        data["offers"] = {"@type": "Offer", "url": event.registration_url}
    if event.image_id:
        rendition = event.image.get_rendition("width-1200")
        data["image"] = request.build_absolute_uri(rendition.url)
    return data


def event_json_ld(event, request):
    """The ``<script type="application/ld+json">`` element of ``event``, safe to put in a page."""
    return json_ld(event_data(event, request))
