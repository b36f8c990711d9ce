"""A visitor adds an event, or the whole calendar, to their own calendar program."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from events.models import EventPage
from tests.test_events import EN_CALENDAR, LV_CALENDAR, add_event

pytestmark = pytest.mark.django_db

RIGA = ZoneInfo("Europe/Riga")


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def test_a_downloaded_event_opens_at_the_right_local_time(client):
    response, calendar = download(client, EN_CALENDAR + "baltic-sea-region-conference/ical/")
    assert response["Content-Disposition"] == 'attachment; filename="baltic-sea-region-conference.ics"'
    [event] = calendar.events
    assert event["SUMMARY"] == "Baltic Sea Region conference on preventing human trafficking"
    assert event.start == datetime.datetime(2023, 9, 28, 9, 30, tzinfo=RIGA)
    assert event.end == datetime.datetime(2023, 9, 29, 16, 0, tzinfo=RIGA)
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2023, 9, 28, 6, 30, tzinfo=datetime.UTC)
    assert b"DTSTART;TZID=Europe/Riga:20230928T093000" in response.content
    assert event["LOCATION"] == "National Library of Latvia, Mūkusalas iela 3, Riga"
    assert event["URL"] == "http://testserver" + EN_CALENDAR + "baltic-sea-region-conference/"
    assert "Organiser: Ministry of the Interior" in event["DESCRIPTION"]
    assert event.categories == ["Conference"]


def test_the_file_carries_the_riga_time_zone_with_its_summer_and_winter_time(client):
    add_event(
        "ziemas-seminars",
        datetime.date(2024, 1, 16),
        title_en="Winter seminar",
        slug_en="winter-seminar",
        start_time=datetime.time(10),
        end_time=datetime.time(12),
    )
    response, calendar = download(client, EN_CALENDAR + "winter-seminar/ical/")
    # A calendar program may use the file's own VTIMEZONE rather than its time zone database.
    [zone] = calendar.timezones
    assert zone.tz_name == "Europe/Riga"
    embedded = zone.to_tz()
    assert embedded.utcoffset(datetime.datetime(2024, 1, 16, 10)) == datetime.timedelta(hours=2)
    assert embedded.utcoffset(datetime.datetime(2023, 9, 28, 10)) == datetime.timedelta(hours=3)
    [event] = calendar.events
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2024, 1, 16, 8, 0, tzinfo=datetime.UTC)


def test_an_all_day_event_is_a_date_range_with_the_exclusive_end_icalendar_expects(client):
    response, calendar = download(client, LV_CALENDAR + "informesanas-nedela-skolas/ical/")
    [event] = calendar.events
    assert event.start == datetime.date(2023, 9, 18)
    assert event.end == datetime.date(2023, 9, 23)
    assert b"DTSTART;VALUE=DATE:20230918" in response.content
    assert event["SUMMARY"] == "Informēšanas nedēļa skolās “Droši darbā ārzemēs”"


def test_a_latvian_download_is_in_latvian(client):
    _response, calendar = download(client, LV_CALENDAR + "baltijas-juras-regiona-konference/ical/")
    [event] = calendar.events
    assert event["SUMMARY"] == "Baltijas jūras reģiona konference par cilvēku tirdzniecības novēršanu"
    assert "Organizators: Iekšlietu ministrija" in event["DESCRIPTION"]
    assert event.categories == ["Konference"]


def test_an_online_event_gives_its_link_as_the_location(client):
    _response, calendar = download(client, EN_CALENDAR + "cbss-task-force-meeting/ical/")
    assert calendar.events[0]["LOCATION"] == "https://cbss.org/"


def test_the_feed_of_each_language_holds_that_languages_events(client):
    _response, latvian = download(client, LV_CALENDAR + "ical/")
    _response, english = download(client, EN_CALENDAR + "ical/")
    assert latvian["X-WR-CALNAME"] == "Notikumu kalendārs"
    assert english["X-WR-CALNAME"] == "Calendar of Events"
    lv_titles = {str(event["SUMMARY"]) for event in latvian.events}
    en_titles = {str(event["SUMMARY"]) for event in english.events}
    # The feed covers the past year and the future: the demo's events around today.
    assert "Konsultāciju diena: droša darba meklēšana ārzemēs" in lv_titles
    assert "Advice day: looking for work abroad safely" in en_titles
    assert len(lv_titles) == len(en_titles)
    # The same event has the same UID in both feeds, so subscribing to both does not double it.
    assert {event["UID"] for event in latvian.events} == {event["UID"] for event in english.events}
    assert [zone.tz_name for zone in english.timezones] == ["Europe/Riga"]


def test_the_feed_leaves_out_events_without_an_english_translation(client):
    add_event(
        "tikai-latviski", datetime.date.today() + datetime.timedelta(days=3), start_time=datetime.time(9)
    )
    _response, latvian = download(client, LV_CALENDAR + "ical/")
    _response, english = download(client, EN_CALENDAR + "ical/")
    assert "Notikums tikai-latviski" in {str(event["SUMMARY"]) for event in latvian.events}
    assert len(english.events) == len(latvian.events) - 1


def test_the_calendar_pages_offer_the_feed_and_every_event_offers_a_download(client):
    page = BeautifulSoup(client.get(EN_CALENDAR + "2023/09/").content.decode(), "html.parser")
    assert page.find("link", type="text/calendar")["href"] == EN_CALENDAR + "ical/"
    assert page.find("a", string="Subscribe (iCal)")["href"] == EN_CALENDAR + "ical/"
    for event in EventPage.objects.live().exclude(title_en__isnull=True).exclude(title_en=""):
        url = EN_CALENDAR + event.slug_en + "/"
        link = BeautifulSoup(client.get(url).content.decode(), "html.parser").find(
            "a", string="Add to calendar (.ics)"
        )
        assert link["href"] == url + "ical/"
        assert client.get(link["href"]).status_code == 200


def test_a_multi_day_event_without_an_end_time_still_ends_on_its_last_day(client):
    add_event(
        "izstade",
        datetime.date(2024, 3, 1),
        title_en="Exhibition",
        slug_en="exhibition",
        start_time=datetime.time(9),
        end_date=datetime.date(2024, 3, 3),
    )
    page = BeautifulSoup(client.get(EN_CALENDAR + "exhibition/").content.decode(), "html.parser")
    assert "1 March 2024, 09:00 – 3 March 2024" in page.select_one(".event-facts dd").get_text()
    _response, calendar = download(client, EN_CALENDAR + "exhibition/ical/")
    assert calendar.events[0].end == datetime.datetime(2024, 3, 3, 9, 0, tzinfo=RIGA)
