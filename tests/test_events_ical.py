"""A visitor adds an event, or the whole calendar, to their own calendar program."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events.models import EventCalendarPage, EventPage
from tests.factories.events import EventPageFactory
from tests.factories.home import url_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db

RIGA = ZoneInfo("Europe/Riga")


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


@pytest.fixture
def conference():
    return EventPageFactory(
        title_lv="Testa konference",
        title_en="Test conference",
        slug_en="test-conference",
        start_date=datetime.date(2019, 9, 28),
        start_time=datetime.time(9, 30),
        end_date=datetime.date(2019, 9, 29),
        end_time=datetime.time(16),
        location_lv="Testa bibliotēka, Rīga",
        location_en="Test Library, Riga",
        organiser_lv="Testa ministrija",
        organiser_en="Test Ministry",
        category="conference",
    )


def test_a_downloaded_event_opens_at_the_right_local_time(client, conference):
    url = url_in(conference, "en")
    response, calendar = download(client, url + "ical/")
    assert response["Content-Disposition"] == 'attachment; filename="test-conference.ics"'
    [event] = calendar.events
    assert event["SUMMARY"] == "Test conference"
    assert event.start == datetime.datetime(2019, 9, 28, 9, 30, tzinfo=RIGA)
    assert event.end == datetime.datetime(2019, 9, 29, 16, 0, tzinfo=RIGA)
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2019, 9, 28, 6, 30, tzinfo=datetime.UTC)
    assert b"DTSTART;TZID=Europe/Riga:20190928T093000" in response.content
    assert event["LOCATION"] == "Test Library, Riga"
    assert event["URL"] == "http://testserver" + url
    assert "Organiser: Test Ministry" in event["DESCRIPTION"]
    assert event.categories == ["Conference"]


def test_the_file_carries_the_riga_time_zone_with_its_summer_and_winter_time(client):
    seminar = EventPageFactory(
        title_lv="Ziemas seminārs",
        title_en="Winter seminar",
        start_date=datetime.date(2024, 1, 16),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
    )
    response, calendar = download(client, url_in(seminar, "en") + "ical/")
    # A calendar program may use the file's own VTIMEZONE rather than its time zone database.
    [zone] = calendar.timezones
    assert zone.tz_name == "Europe/Riga"
    embedded = zone.to_tz()
    assert embedded.utcoffset(datetime.datetime(2024, 1, 16, 10)) == datetime.timedelta(hours=2)
    assert embedded.utcoffset(datetime.datetime(2023, 9, 28, 10)) == datetime.timedelta(hours=3)
    [event] = calendar.events
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2024, 1, 16, 8, 0, tzinfo=datetime.UTC)


def test_an_all_day_event_is_a_date_range_with_the_exclusive_end_icalendar_expects(client):
    week = EventPageFactory(
        title_lv="Testa informēšanas nedēļa “Droši”",
        slug_lv="testa-nedela",
        start_date=datetime.date(2019, 9, 18),
        end_date=datetime.date(2019, 9, 22),
    )
    response, calendar = download(client, url_in(week, "lv") + "ical/")
    [event] = calendar.events
    assert event.start == datetime.date(2019, 9, 18)
    assert event.end == datetime.date(2019, 9, 23)
    assert b"DTSTART;VALUE=DATE:20190918" in response.content
    assert event["SUMMARY"] == "Testa informēšanas nedēļa “Droši”"


def test_a_latvian_download_is_in_latvian(client, conference):
    _response, calendar = download(client, url_in(conference, "lv") + "ical/")
    [event] = calendar.events
    assert event["SUMMARY"] == "Testa konference"
    assert "Organizators: Testa ministrija" in event["DESCRIPTION"]
    assert event.categories == ["Konference"]


def test_an_online_event_gives_its_link_as_the_location(client):
    meeting = EventPageFactory(
        title_lv="Tiešsaistes sanāksme",
        title_en="Online meeting",
        start_date=datetime.date(2019, 9, 26),
        start_time=datetime.time(13),
        online_url="https://example.org/meeting",
    )
    _response, calendar = download(client, url_in(meeting, "en") + "ical/")
    assert calendar.events[0]["LOCATION"] == "https://example.org/meeting"


def test_the_feed_of_each_language_holds_that_languages_events(client):
    page = EventCalendarPage.objects.get()
    soon = datetime.date.today() + datetime.timedelta(days=5)
    EventPageFactory(title_lv="Konsultāciju testa diena", title_en="Test advice day", start_date=soon)
    _response, latvian = download(client, url_in(page, "lv") + "ical/")
    _response, english = download(client, url_in(page, "en") + "ical/")
    assert latvian["X-WR-CALNAME"] == page.title_lv
    assert english["X-WR-CALNAME"] == page.title_en
    lv_titles = {str(event["SUMMARY"]) for event in latvian.events}
    en_titles = {str(event["SUMMARY"]) for event in english.events}
    # The feed covers the past year and the future.
    assert "Konsultāciju testa diena" in lv_titles
    assert "Test advice day" in en_titles
    assert len(lv_titles) == len(en_titles)
    # The same event has the same UID in both feeds, so subscribing to both does not double it.
    assert {event["UID"] for event in latvian.events} == {event["UID"] for event in english.events}
    assert [zone.tz_name for zone in english.timezones] == ["Europe/Riga"]


def test_the_feed_leaves_out_events_without_an_english_translation(client):
    page = EventCalendarPage.objects.get()
    EventPageFactory(
        title_lv="Tikai latviski",
        start_date=datetime.date.today() + datetime.timedelta(days=3),
        start_time=datetime.time(9),
    )
    _response, latvian = download(client, url_in(page, "lv") + "ical/")
    _response, english = download(client, url_in(page, "en") + "ical/")
    assert "Tikai latviski" in {str(event["SUMMARY"]) for event in latvian.events}
    assert len(english.events) == len(latvian.events) - 1


def test_the_calendar_pages_offer_the_feed_and_every_event_offers_a_download(client, conference):
    en_calendar = url_in(EventCalendarPage.objects.get(), "en")
    page = soup(client.get(en_calendar + "2019/09/"))
    assert page.find("link", type="text/calendar")["href"] == en_calendar + "ical/"
    assert page.find("a", string="Subscribe (iCal)")["href"] == en_calendar + "ical/"
    for event in EventPage.objects.live().exclude(title_en__isnull=True).exclude(title_en=""):
        url = en_calendar + event.slug_en + "/"
        link = soup(client.get(url)).find("a", string="Add to calendar (.ics)")
        assert link["href"] == url + "ical/"
        assert client.get(link["href"]).status_code == 200


def test_a_multi_day_event_without_an_end_time_still_ends_on_its_last_day(client):
    exhibition = EventPageFactory(
        title_lv="Izstāde",
        title_en="Exhibition",
        start_date=datetime.date(2024, 3, 1),
        start_time=datetime.time(9),
        end_date=datetime.date(2024, 3, 3),
    )
    page = soup(client.get(url_in(exhibition, "en")))
    assert "1 March 2024, 09:00 – 3 March 2024" in page.select_one(".event-facts dd").get_text()
    _response, calendar = download(client, url_in(exhibition, "en") + "ical/")
    assert calendar.events[0].end == datetime.datetime(2024, 3, 3, 9, 0, tzinfo=RIGA)
