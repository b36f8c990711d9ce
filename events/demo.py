"""Demo content of the event calendar: the calendar page and events in Latvian and English.

Events around September 2023 (the month the real portal showed) are fixed; a few more are placed
around the day the loader runs, named after that month, so the calendar beside every page is
never empty. Nothing that exists is overwritten: running the loader again in the same month
changes nothing, and in a later month it adds that month's events.
"""

import datetime

from django.utils import timezone

from events.dates import EVENT_TIME_ZONE
from events.models import EventCalendarPage, EventPage
from home.demo import ensure_child, paragraph

CALENDAR = {
    "title_lv": "Notikumu kalendārs",
    "title_en": "Calendar of Events",
    "slug_en": "calendar-of-events",
    "show_in_menus": True,  # also reached from the month calendar beside every page
    "intro_lv": "Konferences, mācības, kampaņas un sanāksmes par cilvēku tirdzniecības novēršanu.",
    "intro_en": "Conferences, training, campaigns and meetings on preventing human trafficking.",
}

IEM_LV = "Iekšlietu ministrija"
IEM_EN = "Ministry of the Interior"


def _event(slug_lv, slug_en=None, **fields):
    spec = {"slug_lv": slug_lv, **fields}
    if slug_en:
        spec["slug_en"] = slug_en
    return spec


def fixed_events():
    """Events of September and October 2023, as the portal's calendar showed them."""
    return [
        _event(
            "darba-grupas-sede-2023-09",
            title_lv="Cilvēku tirdzniecības novēršanas darba grupas sēde",
            # Deliberately Latvian only: it exercises the policy for untranslated events.
            lead_lv="Valsts institūciju un nevalstisko organizāciju pārstāvju darba grupas kārtējā sēde.",
            body_lv=[
                paragraph("<p>Darba kārtībā: 2023. gada pirmā pusgada statistika un plāna izpilde.</p>")
            ],
            start_date=datetime.date(2023, 9, 7),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(12, 0),
            location_lv="Iekšlietu ministrija, Čiekurkalna 1. līnija 1, Rīga",
            organiser_lv=IEM_LV,
            category="meeting",
        ),
        _event(
            "macibas-socialajiem-darbiniekiem",
            "training-for-social-workers",
            title_lv="Mācības sociālajiem darbiniekiem par cilvēku tirdzniecības upuru identificēšanu",
            title_en="Training for social workers on identifying victims of human trafficking",
            lead_lv="Praktiskas mācības par cilvēku tirdzniecības pazīmēm un rīcību, ja rodas aizdomas.",
            lead_en="Practical training on the signs of human trafficking and what to do when in doubt.",
            body_lv=[paragraph("<p>Mācības vada pieredzējuši sociālās rehabilitācijas speciālisti.</p>")],
            body_en=[
                paragraph("<p>The training is led by experienced social rehabilitation specialists.</p>")
            ],
            start_date=datetime.date(2023, 9, 14),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(14, 0),
            location_lv="Rīga, Brīvības bulvāris 36",
            location_en="Riga, Brīvības bulvāris 36",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            registration_url="https://www.iem.gov.lv/",
            category="training",
        ),
        _event(
            "informesanas-nedela-skolas",
            "awareness-week-in-schools",
            title_lv="Informēšanas nedēļa skolās “Droši darbā ārzemēs”",
            title_en="Awareness week in schools “Safe work abroad”",
            lead_lv="Nodarbības vidusskolēniem par drošu darba meklēšanu ārzemēs.",
            lead_en="Lessons for secondary school pupils on looking for work abroad safely.",
            start_date=datetime.date(2023, 9, 18),
            end_date=datetime.date(2023, 9, 22),
            location_lv="Skolas visā Latvijā",
            location_en="Schools across Latvia",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            category="campaign",
        ),
        _event(
            "cbss-rica-grupas-sanaksme",
            "cbss-task-force-meeting",
            title_lv="Baltijas jūras valstu padomes Cilvēku tirdzniecības novēršanas rīcības grupas sanāksme",
            title_en="Meeting of the CBSS Task Force against Trafficking in Human Beings",
            lead_lv="Reģiona valstu ekspertu tiešsaistes sanāksme par kopīgiem projektiem.",
            lead_en="An online meeting of experts from the region on joint projects.",
            start_date=datetime.date(2023, 9, 26),
            start_time=datetime.time(13, 0),
            end_time=datetime.time(15, 30),
            online_url="https://cbss.org/",
            organiser_lv="Baltijas jūras valstu padome",
            organiser_en="Council of the Baltic Sea States",
            category="meeting",
        ),
        _event(
            "baltijas-juras-regiona-konference",
            "baltic-sea-region-conference",
            title_lv="Baltijas jūras reģiona konference par cilvēku tirdzniecības novēršanu",
            title_en="Baltic Sea Region conference on preventing human trafficking",
            lead_lv="Divu dienu konference par paraugpraksēm Baltijas jūras reģiona valstīs.",
            lead_en="A two-day conference on good practice in the countries of the Baltic Sea region.",
            body_lv=[paragraph("<p>Konferencē tiks prezentēts jaunākais reģiona ziņojums.</p>")],
            body_en=[paragraph("<p>The latest regional report will be presented at the conference.</p>")],
            start_date=datetime.date(2023, 9, 28),
            start_time=datetime.time(9, 30),
            end_date=datetime.date(2023, 9, 29),
            end_time=datetime.time(16, 0),
            location_lv="Latvijas Nacionālā bibliotēka, Mūkusalas iela 3, Rīga",
            location_en="National Library of Latvia, Mūkusalas iela 3, Riga",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            registration_url="https://www.iem.gov.lv/",
            category="conference",
        ),
        _event(
            "es-cilveku-tirdzniecibas-apkarosanas-diena-2023",
            "eu-anti-trafficking-day-2023",
            title_lv="Eiropas Savienības Cilvēku tirdzniecības apkarošanas diena",
            title_en="EU Anti-Trafficking Day",
            lead_lv="Informatīvi pasākumi visā Latvijā.",
            lead_en="Awareness events across Latvia.",
            start_date=datetime.date(2023, 10, 18),
            location_lv="Visā Latvijā",
            location_en="Across Latvia",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            category="campaign",
        ),
    ]


def events_around(today):
    """A few events around ``today``, their slugs naming its month."""
    month = f"{today:%Y-%m}"

    def day(offset):
        return today + datetime.timedelta(days=offset)

    return [
        _event(
            f"seminars-pasvaldibam-{month}",
            f"seminar-for-municipalities-{month}",
            title_lv="Seminārs pašvaldību sociālajiem dienestiem",
            title_en="Seminar for municipal social services",
            lead_lv="Kā sniegt palīdzību cilvēku tirdzniecības upuriem pašvaldībā.",
            lead_en="How to help victims of human trafficking at municipal level.",
            start_date=day(-5),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(13, 0),
            location_lv="Jelgava, Lielā iela 11",
            location_en="Jelgava, Lielā iela 11",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            category="seminar",
        ),
        _event(
            f"konsultaciju-diena-{month}",
            f"advice-day-{month}",
            title_lv="Konsultāciju diena: droša darba meklēšana ārzemēs",
            title_en="Advice day: looking for work abroad safely",
            lead_lv="Speciālisti atbild uz jautājumiem par darba piedāvājumiem ārzemēs.",
            lead_en="Specialists answer questions about job offers abroad.",
            start_date=day(0),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(16, 0),
            location_lv="Rīga, Brīvības bulvāris 36",
            location_en="Riga, Brīvības bulvāris 36",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            category="campaign",
        ),
        _event(
            f"tiessaistes-macibas-skolotajiem-{month}",
            f"online-training-for-teachers-{month}",
            title_lv="Tiešsaistes mācības skolotājiem",
            title_en="Online training for teachers",
            lead_lv="Kā runāt ar jauniešiem par cilvēku tirdzniecības riskiem.",
            lead_en="How to talk with young people about the risks of human trafficking.",
            start_date=day(7),
            start_time=datetime.time(14, 0),
            end_time=datetime.time(16, 0),
            online_url="https://www.iem.gov.lv/",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            registration_url="https://www.iem.gov.lv/",
            category="training",
        ),
        _event(
            f"starptautiska-konference-{month}",
            f"international-conference-{month}",
            title_lv="Starptautiska konference “Kopā pret cilvēku tirdzniecību”",
            title_en="International conference “Together against human trafficking”",
            lead_lv="Divu dienu konference valsts institūcijām, nevalstiskajām organizācijām un partneriem.",
            lead_en="A two-day conference for state institutions, NGOs and partners.",
            start_date=day(20),
            start_time=datetime.time(9, 0),
            end_date=day(21),
            end_time=datetime.time(17, 0),
            location_lv="Rīga, Latvijas Nacionālā bibliotēka",
            location_en="Riga, National Library of Latvia",
            organiser_lv=IEM_LV,
            organiser_en=IEM_EN,
            registration_url="https://www.iem.gov.lv/",
            category="conference",
        ),
    ]


def load(context):
    stdout = context["stdout"]
    home = context["home"]
    calendar = EventCalendarPage.objects.first()
    if calendar is None:
        calendar, _created = ensure_child(home, EventCalendarPage, "notikumu-kalendars", **CALENDAR)
        stdout.write("Created the event calendar")
    today = timezone.localdate(timezone=EVENT_TIME_ZONE)
    for spec in fixed_events() + events_around(today):
        spec = dict(spec)
        slug_lv = spec.pop("slug_lv")
        page, created = ensure_child(calendar, EventPage, slug_lv, **spec)
        if created:
            stdout.write(f"Created the event {page.title_lv}")
    return {"calendar": calendar}
