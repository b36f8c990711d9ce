"""Visitors browse the event calendar: the month grid, the lists, the events, in both languages."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from events.models import EVENT_TIME_ZONE, EventCalendarPage, EventPage

pytestmark = pytest.mark.django_db

LV_CALENDAR = "/lv/notikumu-kalendars/"
EN_CALENDAR = "/en/calendar-of-events/"
LV_SEPTEMBER = LV_CALENDAR + "2023/09/"
EN_SEPTEMBER = EN_CALENDAR + "2023/09/"
# The month view has no month box beside it; an event of September 2023 shows that month's box.
LV_SEPTEMBER_EVENT = LV_CALENDAR + "baltijas-juras-regiona-konference/"
EN_SEPTEMBER_EVENT = EN_CALENDAR + "baltic-sea-region-conference/"

LV_MONTHS = [
    "Janvāris", "Februāris", "Marts", "Aprīlis", "Maijs", "Jūnijs",
    "Jūlijs", "Augusts", "Septembris", "Oktobris", "Novembris", "Decembris",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(element):
    return " ".join(element.get_text(" ", strip=True).split())


def riga_today():
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


def add_event(slug, start_date, *, publish=True, **fields):
    """An event of the demo calendar, published (with its signals) unless ``publish`` is False."""
    calendar = EventCalendarPage.objects.get()
    fields.setdefault("title_lv", f"Notikums {slug}")
    page = EventPage(
        title=fields["title_lv"], slug=slug, slug_lv=slug, start_date=start_date, live=not publish, **fields
    )
    calendar.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def grid_days_with_links(table):
    return [int(a.get_text(strip=True)) for a in table.select("tbody td > .calendar-month__day > a")]


def widget(page):
    return page.select_one("aside.site-aside")


def widget_linked_days(aside):
    return [int(a.contents[0].strip()) for a in aside.select("tbody td a")]


# The month view ---------------------------------------------------------------------------------


def test_a_latvian_visitor_sees_september_2023_as_a_month_grid_with_the_demo_events(client):
    page = soup(client.get(LV_SEPTEMBER))
    assert page.html["lang"] == "lv"
    assert text(page.find("h1")) == "Notikumu kalendārs – Septembris, 2023"
    table = page.select_one("main table.calendar-month")
    assert text(table.caption) == "Septembris, 2023"
    headers = table.select("thead th")
    assert [th["scope"] for th in headers] == ["col"] * 7
    # Weeks start on Monday; the full weekday name is given to assistive technology.
    assert headers[0].abbr["title"] == "pirmdiena" and headers[6].abbr["title"] == "svētdiena"
    # 1 September 2023 was a Friday: four empty cells before it.
    first_week = table.select("tbody tr")[0].find_all("td")
    assert [text(td) for td in first_week[:5]] == ["", "", "", "", "1"]
    # Days with events link to that day in the list below; the campaign week spans five days.
    assert grid_days_with_links(table) == [7, 14, 18, 19, 20, 21, 22, 26, 28, 29]
    assert table.select_one('a[href="#day-2023-09-14"]') is not None
    titles = [text(a) for a in page.select(".calendar-agenda .event-summary__title")]
    assert "Mācības sociālajiem darbiniekiem par cilvēku tirdzniecības upuru identificēšanu" in titles
    assert "Cilvēku tirdzniecības novēršanas darba grupas sēde" in titles  # Latvian only: shown in Latvian


def test_an_english_visitor_sees_september_2023_in_english_without_untranslated_events(client):
    page = soup(client.get(EN_SEPTEMBER))
    assert page.html["lang"] == "en"
    assert text(page.find("h1")) == "Calendar of Events – September 2023"
    table = page.select_one("main table.calendar-month")
    assert text(table.caption) == "September 2023"
    assert table.select("thead th")[0].abbr["title"] == "Monday"
    assert grid_days_with_links(table) == [14, 18, 19, 20, 21, 22, 26, 28, 29]
    titles = {text(a) for a in page.select(".calendar-agenda .event-summary__title")}
    assert titles == {
        "Training for social workers on identifying victims of human trafficking",
        "Awareness week in schools “Safe work abroad”",
        "Meeting of the CBSS Task Force against Trafficking in Human Beings",
        "Baltic Sea Region conference on preventing human trafficking",
    }
    assert "darba grupas sēde" not in page.get_text()


def test_the_list_beside_the_grid_gives_every_day_its_events_with_date_time_and_place(client):
    page = soup(client.get(EN_SEPTEMBER))
    day = page.find(id="day-2023-09-28")
    assert day.name == "h3"
    assert day.time["datetime"] == "2023-09-28"
    assert text(day) == "Thursday, 28 September 2023"
    item = day.find_next_sibling("ul").find("li")
    assert "28 September 2023, 09:30 – 29 September 2023, 16:00" in text(item)
    assert "National Library of Latvia" in text(item)
    assert "Conference" in text(item)
    # A five-day campaign is listed once, under its first day; a link to any of its days lands there.
    campaign = page.find(id="day-2023-09-18").find_next_sibling("ul")
    assert "18 September 2023–22 September 2023" in text(campaign)
    titles = [text(a) for a in page.select(".calendar-agenda .event-summary__title")]
    assert len(titles) == len(set(titles))
    anchor = page.find(id="day-2023-09-20")
    assert anchor.name == "span" and anchor.find_next("h3")["id"] == "day-2023-09-18"


def test_the_calendar_root_shows_the_current_month_with_today_marked(client):
    today = riga_today()
    page = soup(client.get(LV_CALENDAR))
    assert text(page.find("h1")) == f"Notikumu kalendārs – {LV_MONTHS[today.month - 1]}, {today.year}"
    marked = page.select_one('main table.calendar-month td[aria-current="date"]')
    assert marked.select_one(".calendar-month__day").get_text(strip=True) == str(today.day)
    # The demo always has an event today, so today is linked.
    assert marked.select_one(f'a[href="#day-{today.isoformat()}"]') is not None


def test_previous_and_next_month_links_lead_to_the_neighbouring_months(client):
    page = soup(client.get(EN_CALENDAR + "2024/01/"))
    assert page.find("a", rel="prev")["href"] == EN_CALENDAR + "2023/12/"
    assert page.find("a", rel="next")["href"] == EN_CALENDAR + "2024/02/"
    october = soup(client.get(soup(client.get(EN_SEPTEMBER)).find("a", rel="next")["href"]))
    assert text(october.find("h1")) == "Calendar of Events – October 2023"
    assert "EU Anti-Trafficking Day" in text(october.select_one(".calendar-agenda"))


def test_a_month_without_events_says_so(client):
    page = soup(client.get(EN_CALENDAR + "2020/02/"))
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
def test_a_month_that_does_not_exist_is_not_found(client, suffix):
    response = client.get(LV_CALENDAR + suffix)
    assert response.status_code == 404
    assert text(soup(response).find("h1")) == "Lapa nav atrasta"


def test_the_language_switcher_keeps_the_month(client):
    lv = soup(client.get(LV_SEPTEMBER)).select_one("nav.language-switcher a[hreflang=en]")
    assert lv["href"] == EN_SEPTEMBER
    en = soup(client.get(EN_SEPTEMBER)).select_one("nav.language-switcher a[hreflang=lv]")
    assert en["href"] == LV_SEPTEMBER
    assert client.get(lv["href"]).status_code == 200


def test_the_language_switcher_keeps_a_list_and_its_filter(client):
    page = soup(client.get(LV_CALENDAR + "upcoming/?category=training"))
    link = page.select_one("nav.language-switcher a[hreflang=en]")
    assert link["href"] == EN_CALENDAR + "upcoming/?category=training"


def test_month_addresses_and_events_work_in_both_languages_despite_the_translated_route(client):
    # wagtail-modeltranslation replaces Page.route; sub-addresses and children must still resolve.
    assert client.get(LV_CALENDAR + "2023/09/").status_code == 200
    assert client.get(EN_CALENDAR + "2023/09/").status_code == 200
    assert client.get(LV_CALENDAR + "baltijas-juras-regiona-konference/").status_code == 200
    assert client.get(EN_CALENDAR + "baltic-sea-region-conference/").status_code == 200
    assert client.get(EN_CALENDAR + "baltijas-juras-regiona-konference/").status_code == 404
    assert client.get("/en/notikumu-kalendars/2023/09/").status_code == 404


# The widget beside every page -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,caption",
    [
        (LV_SEPTEMBER, "Notikumu kalendārs – Septembris, 2023"),
        (EN_SEPTEMBER, "Calendar of Events – September 2023"),
    ],
)
def test_the_month_view_has_no_second_month_box_and_every_day_link_lands_in_the_list(client, url, caption):
    page = soup(client.get(url))
    assert page.select_one("aside.site-aside") is None
    assert text(page.select_one("main table.calendar-month caption")) == caption.split(" – ")[1]
    ids = {element["id"] for element in page.select(".calendar-agenda [id]")}
    links = page.select('main table.calendar-month a[href^="#day-"]')
    assert links and all(link["href"][1:] in ids for link in links)


def test_the_calendar_lists_have_no_month_box_either(client):
    assert soup(client.get(EN_CALENDAR + "upcoming/")).select_one("aside.site-aside") is None
    assert soup(client.get(LV_CALENDAR + "2023/")).select_one("aside.site-aside") is None


def test_the_widget_links_a_day_of_a_multi_day_event_to_where_the_list_shows_it(client):
    aside = widget(soup(client.get(EN_CALENDAR + "baltic-sea-region-conference/")))  # September 2023
    href = aside.select_one('a[href$="#day-2023-09-21"]')["href"]
    assert href == EN_SEPTEMBER + "#day-2023-09-21"
    page = soup(client.get(EN_SEPTEMBER))
    assert page.find(id="day-2023-09-21").find_next("h3")["id"] == "day-2023-09-18"


@pytest.mark.parametrize(
    "url,language", [("/lv/", "lv"), ("/en/", "en"), ("/lv/par-mums/", "lv"), ("/en/get-help/", "en")]
)
def test_every_page_has_the_widget_for_the_current_month(client, url, language):
    today = riga_today()
    aside = widget(soup(client.get(url)))
    if language == "lv":
        expected = f"Notikumu kalendārs – {LV_MONTHS[today.month - 1]}, {today.year}"
        month_url = f"{LV_CALENDAR}{today:%Y/%m}/"
    else:
        expected = f"Calendar of Events – {EN_MONTHS[today.month - 1]} {today.year}"
        month_url = f"{EN_CALENDAR}{today:%Y/%m}/"
    assert text(aside.find("caption")) == expected
    assert aside.find("caption").a["href"] == month_url
    today_cell = aside.select_one('td[aria-current="date"]')
    assert today_cell.a["href"] == f"{month_url}#day-{today.isoformat()}"


def test_the_widget_is_also_on_the_not_found_page(client):
    page = soup(client.get("/en/no-such-page/"))
    assert text(widget(page).find("caption")).startswith("Calendar of Events – ")


def test_an_event_page_shows_its_own_month_in_the_widget(client):
    page = soup(client.get(EN_CALENDAR + "eu-anti-trafficking-day-2023/"))
    assert text(widget(page).find("caption")) == "Calendar of Events – October 2023"
    assert widget_linked_days(widget(page)) == [18]


def test_the_widget_tells_screen_reader_users_how_many_events_a_day_has(client):
    aside = widget(soup(client.get(EN_CALENDAR + "baltic-sea-region-conference/")))  # September 2023
    link = aside.select_one('a[href$="#day-2023-09-14"]')
    assert text(link) == "14 (events: 1)"
    assert link.select_one(".visually-hidden") is not None


def test_the_widget_follows_publishing_unpublishing_and_deleting_an_event(client):
    today = riga_today()
    day = today.replace(day=1) if today.day != 1 else today.replace(day=2)
    before = widget_linked_days(widget(soup(client.get("/lv/par-mums/"))))  # now cached

    event = add_event("jauns-notikums", day, start_time=datetime.time(12))
    after_publishing = widget_linked_days(widget(soup(client.get("/lv/par-mums/"))))
    assert day.day in after_publishing and day.day not in before

    event.unpublish()
    assert widget_linked_days(widget(soup(client.get("/lv/par-mums/")))) == before

    event.save_revision().publish()
    assert day.day in widget_linked_days(widget(soup(client.get("/lv/par-mums/"))))
    event.delete()
    assert widget_linked_days(widget(soup(client.get("/lv/par-mums/")))) == before


def test_the_widget_follows_an_event_moved_to_another_day(client):
    event = EventPage.objects.get(slug_lv="macibas-socialajiem-darbiniekiem")
    assert 14 in widget_linked_days(widget(soup(client.get(LV_SEPTEMBER_EVENT))))
    event.start_date = datetime.date(2023, 9, 15)
    event.save_revision().publish()
    days = widget_linked_days(widget(soup(client.get(LV_SEPTEMBER_EVENT))))
    assert 15 in days and 14 not in days


def test_without_a_calendar_page_every_page_still_renders_without_the_widget(client):
    EventCalendarPage.objects.get().unpublish()
    for url in ("/lv/", "/en/about-us/", "/lv/nav-tadas-lapas/"):
        response = client.get(url)
        assert response.status_code in (200, 404)
        page = soup(response)
        assert page.select_one("aside.site-aside") is None
        assert page.find("main") is not None
    assert client.get(LV_SEPTEMBER).status_code == 404


# Lists --------------------------------------------------------------------------------------------


def test_upcoming_events_are_listed_soonest_first_and_paginated(client):
    start = riga_today() + datetime.timedelta(days=40)
    for number in range(12):
        add_event(
            f"nakotne-{number}",
            start + datetime.timedelta(days=number),
            publish=False,
            title_en=f"Future event {number:02d}",
            category="training" if number % 2 else "meeting",
        )
    first = soup(client.get(EN_CALENDAR + "upcoming/"))
    assert text(first.find("h1")) == "Upcoming events"
    titles = [text(a) for a in first.select("main .event-summary__title")]
    assert len(titles) == 10
    starts = [event.starts_at for event in EventPage.objects.filter(title_en__in=titles)]
    assert starts == sorted(starts)
    pager = first.select_one("nav.pagination")
    assert "Page 1 of 2" in text(pager)
    second = soup(client.get(EN_CALENDAR + "upcoming/" + pager.find("a", rel="next")["href"]))
    remaining = [text(a) for a in second.select("main .event-summary__title")]
    assert remaining[-1] == "Future event 11"
    assert not set(titles) & set(remaining)


def test_upcoming_events_can_be_filtered_by_category(client):
    page = soup(client.get(EN_CALENDAR + "upcoming/?category=training"))
    categories = {text(span) for span in page.select("main .event-summary .event-category")}
    assert categories == {"Training"}
    assert page.select_one('nav.calendar-filter a[aria-current="true"]').get_text(strip=True) == "Training"


def test_an_unknown_category_or_page_number_does_not_break_the_list(client):
    assert client.get(EN_CALENDAR + "upcoming/?category=<script>").status_code == 404
    assert client.get(EN_CALENDAR + "upcoming/?page=abc").status_code == 200
    assert client.get(EN_CALENDAR + "upcoming/?page=9999").status_code == 200


def test_past_events_are_listed_by_year_latest_first(client):
    page = soup(client.get(LV_CALENDAR + "2023/"))
    assert text(page.find("h1")) == "Pagājušie notikumi – 2023"
    titles = [text(a) for a in page.select("main .event-summary__title")]
    assert titles[0] == "Eiropas Savienības Cilvēku tirdzniecības apkarošanas diena"
    assert titles[-1] == "Cilvēku tirdzniecības novēršanas darba grupas sēde"
    years = page.select_one("nav.calendar-years")
    assert years.find(attrs={"aria-current": "page"}).get_text(strip=True) == "2023"
    english = [text(a) for a in soup(client.get(EN_CALENDAR + "2023/")).select("main .event-summary__title")]
    assert "EU Anti-Trafficking Day" in english and len(english) == len(titles) - 1


def test_past_events_of_a_year_can_be_filtered_by_category(client):
    page = soup(client.get(EN_CALENDAR + "2023/?category=campaign"))
    titles = [text(a) for a in page.select("main .event-summary__title")]
    assert titles == ["EU Anti-Trafficking Day", "Awareness week in schools “Safe work abroad”"]


def test_the_home_page_shows_the_next_upcoming_events(client):
    page = soup(client.get("/en/"))
    section = page.select_one("section.upcoming-events")
    assert text(section.find("h2")) == "Upcoming events"
    titles = [text(a) for a in section.select(".event-summary__title")]
    assert 1 <= len(titles) <= 3
    assert "Online training for teachers" in titles
    assert section.find("a", string="All upcoming events")["href"] == EN_CALENDAR + "upcoming/"
    assert text(soup(client.get("/lv/")).select_one("section.upcoming-events h2")) == "Gaidāmie notikumi"


# An event -----------------------------------------------------------------------------------------


def test_an_event_page_says_when_in_riga_time_where_who_and_how_to_take_part(client):
    page = soup(client.get(EN_CALENDAR + "baltic-sea-region-conference/"))
    assert text(page.find("h1")) == "Baltic Sea Region conference on preventing human trafficking"
    facts = {text(div.dt): text(div.dd) for div in page.select("dl.event-facts > div")}
    assert facts["When"] == "28 September 2023, 09:30 – 29 September 2023, 16:00 (Riga time, UTC+3)"
    assert facts["Where"] == "National Library of Latvia, Mūkusalas iela 3, Riga"
    assert facts["Organiser"] == "Ministry of the Interior"
    assert facts["Category"] == "Conference"
    assert page.find("time")["datetime"] == "2023-09-28T09:30:00+03:00"
    add = page.find("a", string="Add to calendar (.ics)")
    assert add["href"] == EN_CALENDAR + "baltic-sea-region-conference/ical/"
    assert "This event has already taken place." in page.get_text()
    back = page.find("a", string="Back to the calendar: September 2023")
    assert back["href"] == EN_SEPTEMBER


def test_a_winter_event_shows_winter_time(client):
    add_event(
        "ziemas-seminars",
        datetime.date(2024, 1, 16),
        title_en="Winter seminar",
        slug_en="winter-seminar",
        start_time=datetime.time(10),
        end_time=datetime.time(12),
    )
    facts = {
        text(d.dt): text(d.dd)
        for d in soup(client.get(EN_CALENDAR + "winter-seminar/")).select(".event-facts > div")
    }
    assert facts["When"] == "16 January 2024, 10:00–12:00 (Riga time, UTC+2)"


def test_an_all_day_event_page_shows_dates_only(client):
    page = soup(client.get(LV_CALENDAR + "informesanas-nedela-skolas/"))
    when = page.select_one(".event-facts dd")
    assert " ".join(when.get_text().split()) == "18.09.2023–22.09.2023 (visu dienu)"
    assert [time["datetime"] for time in when.find_all("time")] == ["2023-09-18", "2023-09-22"]


def test_an_event_page_carries_schema_org_event_data(client):
    page = soup(client.get(EN_CALENDAR + "baltic-sea-region-conference/"))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["name"] == "Baltic Sea Region conference on preventing human trafficking"
    assert data["startDate"] == "2023-09-28T09:30:00+03:00"
    assert data["endDate"] == "2023-09-29T16:00:00+03:00"
    assert data["location"]["name"].startswith("National Library of Latvia")
    assert data["organizer"]["name"] == "Ministry of the Interior"
    assert data["url"] == "http://testserver" + EN_CALENDAR + "baltic-sea-region-conference/"
    assert data["inLanguage"] == "en"
    online = json.loads(
        soup(client.get(EN_CALENDAR + "cbss-task-force-meeting/"))
        .find("script", type="application/ld+json")
        .string
    )
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"] == {"@type": "VirtualLocation", "url": "https://cbss.org/"}


def test_event_data_cannot_break_out_of_its_script_element(client):
    add_event("skripts", datetime.date(2024, 3, 1), title_lv="</script><script>alert(1)</script>")
    html = client.get(LV_CALENDAR + "skripts/").content.decode()
    assert "</script><script>alert(1)" not in html


# Editors ------------------------------------------------------------------------------------------


def test_an_event_stores_its_times_in_riga_time_as_aware_datetimes():
    summer = EventPage.objects.get(slug_lv="baltijas-juras-regiona-konference")
    assert summer.starts_at == datetime.datetime(2023, 9, 28, 6, 30, tzinfo=datetime.UTC)
    assert summer.ends_at == datetime.datetime(2023, 9, 29, 13, 0, tzinfo=datetime.UTC)
    all_day = EventPage.objects.get(slug_lv="informesanas-nedela-skolas")
    assert all_day.is_all_day and all_day.is_multi_day
    assert all_day.starts_at == datetime.datetime(2023, 9, 17, 21, 0, tzinfo=datetime.UTC)
    assert all_day.ends_at == datetime.datetime(2023, 9, 22, 21, 0, tzinfo=datetime.UTC)
    assert all_day.last_date == datetime.date(2023, 9, 22)


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


def test_an_event_an_editor_publishes_in_the_admin_appears_in_the_month_and_the_widget(admin_client, client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    # The month's box is now cached.
    assert 12 not in widget_linked_days(widget(soup(client.get(EN_SEPTEMBER_EVENT))))
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
            "start_date": "2023-09-12",
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
    assert event.starts_at == datetime.datetime(2023, 9, 12, 7, 0, tzinfo=datetime.UTC)

    assert 12 in widget_linked_days(widget(soup(client.get(EN_SEPTEMBER_EVENT))))
    page = soup(client.get(EN_SEPTEMBER))
    assert 12 in grid_days_with_links(page.select_one("main table.calendar-month"))
    assert "12 September 2023, 10:00–12:30" in text(page.find(id="day-2023-09-12").find_next_sibling("ul"))


def test_an_editor_can_view_the_drafts_of_the_calendar_and_of_an_event(admin_client):
    calendar = EventCalendarPage.objects.get()
    event = EventPage.objects.get(slug_lv="baltijas-juras-regiona-konference")
    for page in (calendar, event):
        response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200
        assert text(soup(response).find("h1")).startswith(page.title_lv)
