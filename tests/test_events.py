"""Visitors browse the event calendar: the month grid, the lists, the events, in both languages.

The tests build the events they read (tests/factories/events.py) in months the demo leaves empty
(September and October 2019); the calendar page itself is found by type.
"""

import datetime
import json

import pytest
from django.utils import timezone

from events.models import EVENT_TIME_ZONE, EventCalendarPage, EventPage
from tests.factories.events import EventPageFactory
from tests.factories.home import StandardPageFactory, url_in
from tests.helpers import soup, text

pytestmark = pytest.mark.django_db

LV_MONTHS = [
    "Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs",
    "Jūlijs", "Augusts", "Septembris", "Oktobris", "Novembris", "Decembris",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def riga_today():
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


@pytest.fixture
def calendar():
    return EventCalendarPage.objects.get()


@pytest.fixture
def lv_calendar(calendar):
    return url_in(calendar, "lv")


@pytest.fixture
def en_calendar(calendar):
    return url_in(calendar, "en")


@pytest.fixture
def september(calendar):
    """Events of September and October 2019, one of them in Latvian only."""
    events = {
        "meeting": EventPageFactory(
            title_lv="Testa darba grupas sēde",
            start_date=datetime.date(2019, 9, 7),
            start_time=datetime.time(10),
            end_time=datetime.time(12),
            category="meeting",
        ),
        "training": EventPageFactory(
            title_lv="Testa mācības sociālajiem darbiniekiem",
            title_en="Test training for social workers",
            start_date=datetime.date(2019, 9, 14),
            start_time=datetime.time(10),
            end_time=datetime.time(14),
            category="training",
        ),
        "campaign": EventPageFactory(
            title_lv="Testa informēšanas nedēļa",
            title_en="Test awareness week",
            start_date=datetime.date(2019, 9, 18),
            end_date=datetime.date(2019, 9, 22),
            category="campaign",
        ),
        "online": EventPageFactory(
            title_lv="Testa tiešsaistes sanāksme",
            title_en="Test online meeting",
            start_date=datetime.date(2019, 9, 26),
            start_time=datetime.time(13),
            end_time=datetime.time(15, 30),
            online_url="https://example.org/meeting",
            category="meeting",
        ),
        "conference": EventPageFactory(
            title_lv="Testa konference",
            title_en="Test conference",
            start_date=datetime.date(2019, 9, 28),
            start_time=datetime.time(9, 30),
            end_date=datetime.date(2019, 9, 29),
            end_time=datetime.time(16),
            location_lv="Testa bibliotēka, Rīga",
            location_en="Test Library, Riga",
            organiser_lv="Testa ministrija",
            organiser_en="Test Ministry",
            category="conference",
        ),
        "october": EventPageFactory(
            title_lv="Testa oktobra diena",
            title_en="Test October day",
            start_date=datetime.date(2019, 10, 18),
            category="campaign",
        ),
    }
    return events


def grid_days_with_links(table):
    return [int(a.get_text(strip=True)) for a in table.select("tbody td > .calendar-month__day > a")]


def widget(page):
    return page.select_one("aside.site-aside")


def widget_linked_days(aside):
    return [int(a.contents[0].strip()) for a in aside.select("tbody td a")]


# The month view ---------------------------------------------------------------------------------


def test_a_latvian_visitor_sees_a_month_as_a_grid_with_its_events(client, calendar, lv_calendar, september):
    page = soup(client.get(lv_calendar + "2019/09/"))
    assert page.html["lang"] == "lv"
    assert text(page.find("h1")) == f"{calendar.title_lv} – Septembris, 2019"
    table = page.select_one("main table.calendar-month")
    assert text(table.caption) == "Septembris, 2019"
    headers = table.select("thead th")
    assert [th["scope"] for th in headers] == ["col"] * 7
    # Weeks start on Monday; the full weekday name is given to assistive technology.
    assert headers[0].abbr["title"] == "pirmdiena" and headers[6].abbr["title"] == "svētdiena"
    # 1 September 2019 was a Sunday: six empty cells before it.
    first_week = table.select("tbody tr")[0].find_all("td")
    assert [text(td) for td in first_week] == ["", "", "", "", "", "", "1"]
    # Days with events link to that day in the list below; the campaign week spans five days.
    assert grid_days_with_links(table) == [7, 14, 18, 19, 20, 21, 22, 26, 28, 29]
    assert table.select_one('a[href="#day-2019-09-14"]') is not None
    titles = [text(a) for a in page.select(".calendar-agenda .event-summary__title")]
    assert "Testa mācības sociālajiem darbiniekiem" in titles
    assert "Testa darba grupas sēde" in titles  # Latvian only: shown in Latvian


def test_an_english_visitor_sees_a_month_in_english_without_untranslated_events(
    client, calendar, en_calendar, september
):
    page = soup(client.get(en_calendar + "2019/09/"))
    assert page.html["lang"] == "en"
    assert text(page.find("h1")) == f"{calendar.title_en} – September 2019"
    table = page.select_one("main table.calendar-month")
    assert text(table.caption) == "September 2019"
    assert table.select("thead th")[0].abbr["title"] == "Monday"
    assert grid_days_with_links(table) == [14, 18, 19, 20, 21, 22, 26, 28, 29]
    titles = {text(a) for a in page.select(".calendar-agenda .event-summary__title")}
    assert titles == {
        "Test training for social workers",
        "Test awareness week",
        "Test online meeting",
        "Test conference",
    }
    assert "Testa darba grupas sēde" not in page.get_text()


def test_the_list_beside_the_grid_gives_every_day_its_events_with_date_time_and_place(
    client, en_calendar, september
):
    page = soup(client.get(en_calendar + "2019/09/"))
    day = page.find(id="day-2019-09-28")
    assert day.name == "h3"
    assert day.time["datetime"] == "2019-09-28"
    assert text(day) == "Saturday, 28 September 2019"
    item = day.find_next_sibling("ul").find("li")
    assert "28 September 2019, 09:30 – 29 September 2019, 16:00" in text(item)
    assert "Test Library, Riga" in text(item)
    assert "Conference" in text(item)
    # A five-day campaign is listed once, under its first day; a link to any of its days lands there.
    campaign = page.find(id="day-2019-09-18").find_next_sibling("ul")
    assert "18 September 2019–22 September 2019" in text(campaign)
    titles = [text(a) for a in page.select(".calendar-agenda .event-summary__title")]
    assert len(titles) == len(set(titles))
    anchor = page.find(id="day-2019-09-20")
    assert anchor.name == "span" and anchor.find_next("h3")["id"] == "day-2019-09-18"


def test_the_calendar_root_shows_the_current_month_with_today_marked(client, calendar, lv_calendar):
    today = riga_today()
    EventPageFactory(title_lv="Šodienas notikums", start_date=today, start_time=datetime.time(12))
    page = soup(client.get(lv_calendar))
    assert text(page.find("h1")) == f"{calendar.title_lv} – {LV_MONTHS[today.month - 1]}, {today.year}"
    marked = page.select_one('main table.calendar-month td[aria-current="date"]')
    assert marked.select_one(".calendar-month__day").get_text(strip=True) == str(today.day)
    # Today has an event, so today is linked.
    assert marked.select_one(f'a[href="#day-{today.isoformat()}"]') is not None


def test_previous_and_next_month_links_lead_to_the_neighbouring_months(
    client, calendar, en_calendar, september
):
    page = soup(client.get(en_calendar + "2024/01/"))
    assert page.find("a", rel="prev")["href"] == en_calendar + "2023/12/"
    assert page.find("a", rel="next")["href"] == en_calendar + "2024/02/"
    october = soup(client.get(soup(client.get(en_calendar + "2019/09/")).find("a", rel="next")["href"]))
    assert text(october.find("h1")) == f"{calendar.title_en} – October 2019"
    assert "Test October day" in text(october.select_one(".calendar-agenda"))


def test_a_month_without_events_says_so(client, en_calendar):
    page = soup(client.get(en_calendar + "2020/02/"))
    assert "There are no events in this month." in text(page.select_one(".calendar-agenda"))
    assert len(page.select("main table.calendar-month tbody tr")) == 5


@pytest.mark.parametrize(
    "suffix",
    [
        "2023/13/",
        "2023/00/",
        "99999/01/",
        "0000/01/",
        "1500/01/",
        "abcd/01/",
        "2023/9/",
        "2023/09/extra/",
        "2023-09/",
    ],
)
def test_a_month_that_does_not_exist_is_not_found(client, lv_calendar, suffix):
    response = client.get(lv_calendar + suffix)
    assert text(soup(response, status=404).find("h1")) == "Lapa nav atrasta"


def test_the_language_switcher_keeps_the_month(client, lv_calendar, en_calendar):
    lv = soup(client.get(lv_calendar + "2019/09/")).select_one("nav.language-switcher a[hreflang=en]")
    assert lv["href"] == en_calendar + "2019/09/"
    en = soup(client.get(en_calendar + "2019/09/")).select_one("nav.language-switcher a[hreflang=lv]")
    assert en["href"] == lv_calendar + "2019/09/"
    assert client.get(lv["href"]).status_code == 200


def test_the_language_switcher_keeps_a_list_and_its_filter(client, lv_calendar, en_calendar):
    page = soup(client.get(lv_calendar + "upcoming/?category=training"))
    link = page.select_one("nav.language-switcher a[hreflang=en]")
    assert link["href"] == en_calendar + "upcoming/?category=training"


def test_month_addresses_and_events_work_in_both_languages_despite_the_translated_route(
    client, calendar, lv_calendar, en_calendar, september
):
    # wagtail-modeltranslation replaces Page.route; sub-addresses and children must still resolve.
    conference = september["conference"]
    assert lv_calendar != en_calendar
    assert client.get(lv_calendar + "2019/09/").status_code == 200
    assert client.get(en_calendar + "2019/09/").status_code == 200
    assert client.get(lv_calendar + conference.slug_lv + "/").status_code == 200
    assert client.get(en_calendar + conference.slug_en + "/").status_code == 200
    assert client.get(en_calendar + conference.slug_lv + "/").status_code == 404
    assert client.get(f"/en/{calendar.slug_lv}/2019/09/").status_code == 404


# The widget beside every page -------------------------------------------------------------------


@pytest.mark.parametrize("language,caption", [("lv", "Septembris, 2019"), ("en", "September 2019")])
def test_the_month_view_has_no_second_month_box_and_every_day_link_lands_in_the_list(
    client, calendar, september, language, caption
):
    page = soup(client.get(url_in(calendar, language) + "2019/09/"))
    assert page.select_one("aside.site-aside") is None
    assert text(page.select_one("main table.calendar-month caption")) == caption
    ids = {element["id"] for element in page.select(".calendar-agenda [id]")}
    links = page.select('main table.calendar-month a[href^="#day-"]')
    assert links and all(link["href"][1:] in ids for link in links)


def test_the_calendar_lists_have_no_month_box_either(client, lv_calendar, en_calendar):
    assert soup(client.get(en_calendar + "upcoming/")).select_one("aside.site-aside") is None
    assert soup(client.get(lv_calendar + "2023/")).select_one("aside.site-aside") is None


def test_the_widget_links_a_day_of_a_multi_day_event_to_where_the_list_shows_it(
    client, en_calendar, september
):
    aside = widget(soup(client.get(url_in(september["conference"], "en"))))  # September 2019
    href = aside.select_one('a[href$="#day-2019-09-21"]')["href"]
    assert href == en_calendar + "2019/09/#day-2019-09-21"
    page = soup(client.get(en_calendar + "2019/09/"))
    assert page.find(id="day-2019-09-21").find_next("h3")["id"] == "day-2019-09-18"


@pytest.fixture
def content_page():
    return StandardPageFactory(title_lv="Testa saturs", title_en="Test content")


@pytest.mark.parametrize("language,is_home", [("lv", True), ("en", True), ("lv", False), ("en", False)])
def test_every_page_has_the_widget_for_the_current_month(client, calendar, content_page, language, is_home):
    today = riga_today()
    EventPageFactory(title_lv="Šodienas notikums", title_en="Today's event", start_date=today)
    aside = widget(soup(client.get(f"/{language}/" if is_home else url_in(content_page, language))))
    month_url = f"{url_in(calendar, language)}{today:%Y/%m}/"
    if language == "lv":
        expected = f"Notikumu kalendārs – {LV_MONTHS[today.month - 1]}, {today.year}"
    else:
        expected = f"Calendar of Events – {EN_MONTHS[today.month - 1]} {today.year}"
    assert text(aside.find("caption")) == expected
    assert aside.find("caption").a["href"] == month_url
    today_cell = aside.select_one('td[aria-current="date"]')
    assert today_cell.a["href"] == f"{month_url}#day-{today.isoformat()}"


def test_the_widget_is_also_on_the_not_found_page(client, calendar):
    page = soup(client.get("/en/no-such-page/"), status=404)
    assert text(widget(page).find("caption")).startswith("Calendar of Events – ")  # the widget's own label


def test_an_event_page_shows_its_own_month_in_the_widget(client, calendar, september):
    page = soup(client.get(url_in(september["october"], "en")))
    assert text(widget(page).find("caption")) == "Calendar of Events – October 2019"
    assert widget_linked_days(widget(page)) == [18]


def test_the_widget_tells_screen_reader_users_how_many_events_a_day_has(client, september):
    aside = widget(soup(client.get(url_in(september["conference"], "en"))))  # September 2019
    link = aside.select_one('a[href$="#day-2019-09-14"]')
    assert text(link) == "14 (events: 1)"
    assert link.select_one(".visually-hidden") is not None


def test_the_widget_follows_publishing_unpublishing_and_deleting_an_event(client, content_page):
    today = riga_today()
    day = today.replace(day=1) if today.day != 1 else today.replace(day=2)
    url = url_in(content_page, "lv")
    before = widget_linked_days(widget(soup(client.get(url))))  # now cached

    event = EventPageFactory(title_lv="Jauns notikums", start_date=day, start_time=datetime.time(12))
    after_publishing = widget_linked_days(widget(soup(client.get(url))))
    assert day.day in after_publishing and day.day not in before

    event.unpublish()
    assert widget_linked_days(widget(soup(client.get(url)))) == before

    event.save_revision().publish()
    assert day.day in widget_linked_days(widget(soup(client.get(url))))
    event.delete()
    assert widget_linked_days(widget(soup(client.get(url)))) == before


def test_the_cached_widget_marks_the_new_day_as_today_when_the_date_changes(
    client, content_page, monkeypatch
):
    from events import widget as calendar_widget

    url = url_in(content_page, "lv")
    first = riga_today().replace(day=14)
    monkeypatch.setattr(calendar_widget, "today", lambda: first)
    marked = widget(soup(client.get(url))).select_one('td[aria-current="date"]')
    assert text(marked) == "14"
    monkeypatch.setattr(calendar_widget, "today", lambda: first.replace(day=15))
    marked = widget(soup(client.get(url))).select_one('td[aria-current="date"]')
    assert text(marked) == "15"


def test_the_widget_follows_an_event_moved_to_another_day(client, september):
    event = september["training"]
    url = url_in(september["conference"], "lv")
    assert 14 in widget_linked_days(widget(soup(client.get(url))))
    event.start_date = datetime.date(2019, 9, 15)
    event.save_revision().publish()
    days = widget_linked_days(widget(soup(client.get(url))))
    assert 15 in days and 14 not in days


def test_without_a_calendar_page_every_page_still_renders_without_the_widget(client, calendar, content_page):
    lv_calendar = url_in(calendar, "lv")
    calendar.unpublish()
    for url, status in (("/lv/", 200), (url_in(content_page, "en"), 200), ("/lv/nav-tadas-lapas/", 404)):
        page = soup(client.get(url), status=status)
        assert page.select_one("aside.site-aside") is None
        assert page.find("main") is not None
    assert client.get(lv_calendar + "2019/09/").status_code == 404


# Lists --------------------------------------------------------------------------------------------


def test_upcoming_events_are_listed_soonest_first_and_paginated(client, en_calendar):
    start = riga_today() + datetime.timedelta(days=40)
    for number in range(12):
        EventPageFactory(
            title_lv=f"Nākotne {number}",
            start_date=start + datetime.timedelta(days=number),
            publish=False,
            live=True,
            title_en=f"Future event {number:02d}",
            category="training" if number % 2 else "meeting",
        )
    first = soup(client.get(en_calendar + "upcoming/"))
    assert text(first.find("h1")) == "Upcoming events"
    titles = [text(a) for a in first.select("main .event-summary__title")]
    assert len(titles) == 10
    starts = [event.starts_at for event in EventPage.objects.filter(title_en__in=titles)]
    assert starts == sorted(starts)
    pager = first.select_one("nav.pagination")
    assert "Page 1 of 2" in text(pager)
    second = soup(client.get(en_calendar + "upcoming/" + pager.find("a", rel="next")["href"]))
    remaining = [text(a) for a in second.select("main .event-summary__title")]
    assert remaining[-1] == "Future event 11"
    assert not set(titles) & set(remaining)


def test_upcoming_events_can_be_filtered_by_category(client, en_calendar):
    start = riga_today() + datetime.timedelta(days=30)
    EventPageFactory(
        title_lv="Nākamās mācības", title_en="Coming training", start_date=start, category="training"
    )
    EventPageFactory(title_lv="Nākamā sēde", title_en="Coming meeting", start_date=start, category="meeting")
    page = soup(client.get(en_calendar + "upcoming/?category=training"))
    titles = [text(a) for a in page.select("main .event-summary__title")]
    assert "Coming training" in titles and "Coming meeting" not in titles
    categories = {text(span) for span in page.select("main .event-summary .event-category")}
    assert categories == {"Training"}
    assert page.select_one('nav.calendar-filter a[aria-current="true"]').get_text(strip=True) == "Training"


def test_an_unknown_category_or_page_number_does_not_break_the_list(client, en_calendar):
    assert client.get(en_calendar + "upcoming/?category=<script>").status_code == 404
    assert client.get(en_calendar + "upcoming/?page=abc").status_code == 200
    assert client.get(en_calendar + "upcoming/?page=9999").status_code == 200


def test_past_events_are_listed_by_year_latest_first(client, lv_calendar, en_calendar, september):
    page = soup(client.get(lv_calendar + "2019/"))
    assert text(page.find("h1")) == "Pagājušie notikumi – 2019"
    titles = [text(a) for a in page.select("main .event-summary__title")]
    assert titles[0] == "Testa oktobra diena"
    assert titles[-1] == "Testa darba grupas sēde"
    years = page.select_one("nav.calendar-years")
    assert years.find(attrs={"aria-current": "page"}).get_text(strip=True) == "2019"
    english = [text(a) for a in soup(client.get(en_calendar + "2019/")).select("main .event-summary__title")]
    assert "Test October day" in english and len(english) == len(titles) - 1


def test_past_events_of_a_year_can_be_filtered_by_category(client, en_calendar, september):
    page = soup(client.get(en_calendar + "2019/?category=campaign"))
    titles = [text(a) for a in page.select("main .event-summary__title")]
    assert titles == ["Test October day", "Test awareness week"]


def test_the_home_page_shows_the_next_upcoming_events(client, en_calendar):
    EventPageFactory(
        title_lv="Tiešsaistes mācības",
        title_en="Online test training",
        start_date=riga_today() + datetime.timedelta(days=1),
        start_time=datetime.time(0, 5),
    )
    page = soup(client.get("/en/"))
    section = page.select_one("section.upcoming-events")
    assert text(section.find("h2")) == "Upcoming events"
    titles = [text(a) for a in section.select(".event-summary__title")]
    assert 1 <= len(titles) <= 3
    assert "Online test training" in titles
    assert section.find("a", string="All upcoming events")["href"] == en_calendar + "upcoming/"
    assert text(soup(client.get("/lv/")).select_one("section.upcoming-events h2")) == "Gaidāmie notikumi"


# An event -----------------------------------------------------------------------------------------


def test_an_event_page_says_when_in_riga_time_where_who_and_how_to_take_part(client, en_calendar, september):
    url = url_in(september["conference"], "en")
    page = soup(client.get(url))
    assert text(page.find("h1")) == "Test conference"
    facts = {text(div.dt): text(div.dd) for div in page.select("dl.event-facts > div")}
    assert facts["When"] == "28 September 2019, 09:30 – 29 September 2019, 16:00 (Riga time, UTC+3)"
    assert facts["Where"] == "Test Library, Riga"
    assert facts["Organiser"] == "Test Ministry"
    assert facts["Category"] == "Conference"
    assert page.find("time")["datetime"] == "2019-09-28T09:30:00+03:00"
    add = page.find("a", string="Add to calendar (.ics)")
    assert add["href"] == url + "ical/"
    assert "This event has already taken place." in page.get_text()
    back = page.find("a", string="Back to the calendar: September 2019")
    assert back["href"] == en_calendar + "2019/09/"


def test_a_winter_event_shows_winter_time(client):
    event = EventPageFactory(
        title_lv="Ziemas seminārs",
        title_en="Winter seminar",
        start_date=datetime.date(2024, 1, 16),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
    )
    facts = {
        text(d.dt): text(d.dd) for d in soup(client.get(url_in(event, "en"))).select(".event-facts > div")
    }
    assert facts["When"] == "16 January 2024, 10:00–12:00 (Riga time, UTC+2)"


def test_an_all_day_event_page_shows_dates_only(client, september):
    page = soup(client.get(url_in(september["campaign"], "lv")))
    when = page.select_one(".event-facts dd")
    assert " ".join(when.get_text().split()) == "18.09.2019–22.09.2019 (visu dienu)"
    assert [time["datetime"] for time in when.find_all("time")] == ["2019-09-18", "2019-09-22"]


def test_an_event_page_carries_schema_org_event_data(client, september):
    url = url_in(september["conference"], "en")
    page = soup(client.get(url))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["name"] == "Test conference"
    assert data["startDate"] == "2019-09-28T09:30:00+03:00"
    assert data["endDate"] == "2019-09-29T16:00:00+03:00"
    assert data["location"]["name"].startswith("Test Library")
    assert data["organizer"]["name"] == "Test Ministry"
    assert data["url"] == "http://testserver" + url
    assert data["inLanguage"] == "en"
    online = json.loads(
        soup(client.get(url_in(september["online"], "en"))).find("script", type="application/ld+json").string
    )
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"] == {"@type": "VirtualLocation", "url": "https://example.org/meeting"}


def test_event_data_cannot_break_out_of_its_script_element(client):
    event = EventPageFactory(
        slug_lv="skripts", start_date=datetime.date(2024, 3, 1), title_lv="</script><script>alert(1)</script>"
    )
    html = client.get(url_in(event, "lv")).content.decode()
    assert "</script><script>alert(1)" not in html


# Editors ------------------------------------------------------------------------------------------


def test_an_event_stores_its_times_in_riga_time_as_aware_datetimes(september):
    summer = EventPage.objects.get(pk=september["conference"].pk)
    assert summer.starts_at == datetime.datetime(2019, 9, 28, 6, 30, tzinfo=datetime.UTC)
    assert summer.ends_at == datetime.datetime(2019, 9, 29, 13, 0, tzinfo=datetime.UTC)
    all_day = EventPage.objects.get(pk=september["campaign"].pk)
    assert all_day.is_all_day and all_day.is_multi_day
    assert all_day.starts_at == datetime.datetime(2019, 9, 17, 21, 0, tzinfo=datetime.UTC)
    assert all_day.ends_at == datetime.datetime(2019, 9, 22, 21, 0, tzinfo=datetime.UTC)
    assert all_day.last_date == datetime.date(2019, 9, 22)


@pytest.mark.parametrize(
    "fields,field",
    [
        ({"end_date": datetime.date(2023, 9, 1)}, "end_date"),
        ({"start_time": datetime.time(14), "end_time": datetime.time(10)}, "end_time"),
        ({"end_time": datetime.time(10)}, "start_time"),
    ],
)
def test_an_editor_gets_a_clear_error_for_an_event_that_ends_before_it_starts(fields, field):
    from django.core.exceptions import ValidationError

    calendar = EventCalendarPage.objects.get()
    event = EventPage(title="Kļūda", slug="kluda", start_date=datetime.date(2023, 9, 5), **fields)
    with pytest.raises(ValidationError) as error:
        calendar.add_child(instance=event)
    assert field in error.value.message_dict


@pytest.mark.parametrize("slug", ["upcoming", "ical", "2023"])
def test_an_editor_cannot_give_an_event_an_address_the_calendar_uses(slug):
    from django.core.exceptions import ValidationError

    event = EventPage(title="Adrese", slug=slug, start_date=datetime.date(2023, 9, 5))
    with pytest.raises(ValidationError) as error:
        EventCalendarPage.objects.get().add_child(instance=event)
    assert "slug_lv" in error.value.message_dict


def test_an_editor_can_add_an_event_in_the_admin(admin_client):
    calendar = EventCalendarPage.objects.get()
    response = admin_client.get(f"/admin/pages/add/events/eventpage/{calendar.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in (
        "title_lv",
        "title_en",
        "start_date",
        "start_time",
        "location_lv",
        "location_en",
        "category",
    ):
        assert f'name="{field}"' in html


def test_the_demo_calendar_has_multi_day_and_all_day_events_in_both_languages():
    events = EventPage.objects.filter(start_date__year=2023, start_date__month=9)
    assert events.count() >= 5
    assert any(event.is_multi_day and event.is_all_day for event in events)
    assert any(event.is_multi_day and not event.is_all_day for event in events)
    assert events.exclude(title_en__isnull=True).exclude(title_en="").count() >= 4
    today = riga_today()
    assert EventPage.objects.filter(start_date__lte=today, last_date__gte=today).exists()


def test_an_event_an_editor_publishes_in_the_admin_appears_in_the_month_and_the_widget(
    admin_client, client, en_calendar, september
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    conference_url = url_in(september["conference"], "en")  # an event of September 2019
    # The month's box is now cached.
    assert 12 not in widget_linked_days(widget(soup(client.get(conference_url))))
    calendar = EventCalendarPage.objects.get()
    data = nested_form_data(
        {
            "title_lv": "Seminārs robežsargiem",
            "title_en": "Seminar for border guards",
            "slug_lv": "seminars-robezsargiem",
            "slug_en": "seminar-for-border-guards",
            "lead_lv": "Kā atpazīt cilvēku tirdzniecības pazīmes uz robežas.",
            "lead_en": "Recognising the signs of human trafficking at the border.",
            "body_lv": streamfield([]),
            "body_en": streamfield([]),
            "start_date": "2019-09-12",
            "start_time": "10:00",
            "end_date": "",
            "end_time": "12:30",
            "location_lv": "Rīga",
            "location_en": "Riga",
            "online_url": "",
            "organiser_lv": "Valsts robežsardze",
            "organiser_en": "State Border Guard",
            "registration_url": "",
            "image": "",
            "category": "seminar",
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{calendar.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    event = EventPage.objects.get(slug_lv="seminars-robezsargiem")
    assert event.live
    assert event.starts_at == datetime.datetime(2019, 9, 12, 7, 0, tzinfo=datetime.UTC)

    assert 12 in widget_linked_days(widget(soup(client.get(conference_url))))
    page = soup(client.get(en_calendar + "2019/09/"))
    assert 12 in grid_days_with_links(page.select_one("main table.calendar-month"))
    assert "12 September 2019, 10:00–12:30" in text(page.find(id="day-2019-09-12").find_next_sibling("ul"))


def test_an_editor_can_view_the_drafts_of_the_calendar_and_of_an_event(admin_client, calendar, september):
    event = september["conference"]
    for page in (calendar, event):
        response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200
        assert text(soup(response).find("h1")).startswith(page.title_lv)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug_lv,slug_en", [("upcoming", "conference"), ("konference", "ical"), ("2025", "x")]
)
def test_an_event_cannot_take_an_address_the_calendar_itself_answers(slug_lv, slug_en):
    from django.core.exceptions import ValidationError

    event = EventPage(
        title="Konference",
        title_lv="Konference",
        title_en="Conference",
        slug=slug_lv,
        slug_lv=slug_lv,
        slug_en=slug_en,
        start_date=datetime.date(2025, 3, 3),
    )
    with pytest.raises(ValidationError) as refused:
        event.clean()
    reserved = [
        field
        for field, value in (("slug_lv", slug_lv), ("slug_en", slug_en))
        if value in ("upcoming", "ical", "2025")
    ]
    assert sorted(refused.value.message_dict) == reserved
