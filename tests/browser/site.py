"""The browser suite's site, built from ``tests/browser/pages.py`` without the demo content.

Run inside the test server's environment after ``migrate``::

    python manage.py shell -c "from tests.browser.site import build; build()"

It makes one page of every type the suite visits, in Latvian and English (and the Latvian-only
ones), the site's settings and help lines, and the editor and translator of the admin journeys
(their groups come from the editorial app's migrations).
"""

import datetime
import io

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation

from events.dates import EVENT_TIME_ZONE
from guidance.models import Organisation, OrganisationPhone
from publications.models import PublicationFile
from tests.browser import pages as P
from tests.factories.events import EventPageFactory
from tests.factories.guidance import (
    GuidancePageFactory,
    HelpPageFactory,
    LegislationPageFactory,
    PartnersPageFactory,
    ProjectPageFactory,
    SectionPageFactory,
    SelfCheckPageFactory,
    law,
    question,
    route,
)
from tests.factories.home import StandardPageFactory
from tests.factories.news import (
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    bullet_list,
    image_block,
    make_image,
    section,
)
from tests.factories.publications import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    StatisticsPageFactory,
    make_document,
    pdf_bytes,
)
from tests.factories.site import (
    EventCalendarPageFactory,
    chart,
    heading,
    make_home,
    make_site_settings,
    paragraph,
)

EDITORS = "Redaktori / Editors"
TRANSLATORS = "Tulkotāji / Translators"


def _menu_fields(key):
    slug_lv, slug_en = P.MENU_SLUGS[key]
    title_lv, title_en = P.MENU_TITLES[key]
    return {
        "slug_lv": slug_lv,
        "slug_en": slug_en,
        "title_lv": title_lv,
        "title_en": title_en,
        "show_in_menus": True,
    }


def _child(key):
    slug_lv, slug_en, title_lv, title_en = key
    return {"slug_lv": slug_lv, "slug_en": slug_en, "title_lv": title_lv, "title_en": title_en}


def _body(language, subject):
    """Two headed paragraphs about ``subject``."""
    if language == "lv":
        return [
            heading("Kam šī lapa domāta"),
            paragraph(f"<p>Pārbaudes teksts par tēmu “{subject}” iedzīvotājiem un speciālistiem.</p>"),
            heading("Kur saņemt palīdzību"),
            paragraph(f"<p>Ja draud briesmas, zvaniet <b>{P.EMERGENCY_NUMBER}</b>.</p>"),
        ]
    return [
        heading("Who this page is for"),
        paragraph(f"<p>Test text on “{subject}” for the public and for professionals.</p>"),
        heading("Where to get help"),
        paragraph(f"<p>If you are in danger, call <b>{P.EMERGENCY_NUMBER}</b>.</p>"),
    ]


def _bodies(title_lv, title_en):
    return {"body_lv": _body("lv", title_lv), "body_en": _body("en", title_en)}


def build_frame():
    home = make_home(
        P.HOME["title_lv"],
        P.HOME["title_en"],
        slug_en=P.HOME["slug_en"],
        intro_lv="<p>Pārbaudes vietne par cilvēku tirdzniecības novēršanu un palīdzību cietušajiem.</p>",
        intro_en="<p>A test site on preventing trafficking in people and on help for victims.</p>",
    )
    return home


def build_guidance(home):
    about = SectionPageFactory(
        parent=home,
        lead_lv="Kas ir cilvēku tirdzniecība un kā to atpazīt.",
        lead_en="What trafficking in people is and how to recognise it.",
        **_menu_fields("about"),
        **_bodies(P.MENU_TITLES["about"][0], P.MENU_TITLES["about"][1]),
    )
    guidance = GuidancePageFactory(
        parent=about,
        lead_lv="Darba ekspluatācijas pazīmes pārbaudei.",
        lead_en="Signs of labour exploitation, for testing.",
        **_child(P.GUIDANCE),
        **_bodies(P.GUIDANCE[2], P.GUIDANCE[3]),
    )
    self_check = SelfCheckPageFactory(
        parent=about,
        lead_lv="Atzīmējiet, kas attiecas uz jums. Nekas netiek saglabāts.",
        lead_en="Tick what applies to you. Nothing is stored.",
        questions_lv=[
            question(P.SELF_CHECK_QUESTION_LV),
            question("Vai kāds glabā jūsu pasi vai personas apliecību?"),
        ],
        questions_en=[
            question(P.SELF_CHECK_QUESTION_EN),
            question("Does someone keep your passport or identity card?"),
        ],
        result_some_lv=f"<p>Tā varētu būt cilvēku tirdzniecība. Zvaniet {P.EMERGENCY_NUMBER}.</p>",
        result_some_en=f"<p>This could be trafficking. Call {P.EMERGENCY_NUMBER}.</p>",
        result_none_lv="<p>Atzīmējiet jautājumus, kas attiecas uz jums.</p>",
        result_none_en="<p>Tick the questions that apply to you.</p>",
        **_child(P.SELF_CHECK),
    )
    help_page = HelpPageFactory(
        parent=home,
        lead_lv="Palīdzība ir bez maksas, un jums nav jāsadarbojas ar policiju.",
        lead_en="Help is free, and you do not have to cooperate with the police.",
        **_menu_fields("help"),
        **_bodies(P.MENU_TITLES["help"][0], P.MENU_TITLES["help"][1]),
    )
    rights = GuidancePageFactory(
        parent=help_page,
        lead_lv="Valsts kompensācija cietušajiem, pārbaudei.",
        lead_en="State compensation for victims, for testing.",
        **_child(P.RIGHTS),
        **_bodies(P.RIGHTS[2], P.RIGHTS[3]),
    )
    help_page.routes_lv = [
        route(
            "Man vajag palīdzību",
            f"<p>Ja draud briesmas, zvaniet <b>{P.EMERGENCY_NUMBER}</b>.</p>",
            [(rights, P.RIGHTS[2]), (self_check, P.SELF_CHECK[2])],
        ),
        route("Esmu speciālists", "<p>Kā atpazīt cietušo.</p>", [(guidance, P.GUIDANCE[2])]),
    ]
    help_page.routes_en = [
        route(
            "I need help",
            f"<p>If you are in danger, call <b>{P.EMERGENCY_NUMBER}</b>.</p>",
            [(rights, P.RIGHTS[3]), (self_check, P.SELF_CHECK[3])],
        ),
        route("I am a professional", "<p>How to recognise a victim.</p>", [(guidance, P.GUIDANCE[3])]),
    ]
    help_page.save_revision().publish()
    LegislationPageFactory(
        parent=home,
        lead_lv="Pārbaudes likumi par cilvēku tirdzniecību.",
        lead_en="Test laws on trafficking in people.",
        body_lv=[
            law("Pārbaudes likums", "1. pants", url="https://likumi.test/lv/1", link_text="Likuma teksts")
        ],
        body_en=[law("Test law", "Section 1", url="https://likumi.test/en/1", link_text="The law's text")],
        **_menu_fields("legislation"),
    )
    projects = SectionPageFactory(
        parent=home,
        lead_lv="Pārbaudes projekti un kampaņas.",
        lead_en="Test projects and campaigns.",
        **_menu_fields("projects"),
    )
    ProjectPageFactory(
        parent=projects,
        lead_lv="Pārbaudes projekts cilvēku tirdzniecības novēršanai.",
        lead_en="A test project to prevent trafficking in people.",
        period_lv="2019–2021",
        period_en="2019–2021",
        lead_organisation_lv=P.INSTITUTION_LV,
        lead_organisation_en=P.INSTITUTION_EN,
        **_child(P.PROJECT),
        **_bodies(P.PROJECT[2], P.PROJECT[3]),
    )
    return help_page


def build_partners(home):
    PartnersPageFactory(
        parent=home,
        lead_lv="Organizācijas, kas palīdz, pārbaudei.",
        lead_en="Organisations that help, for testing.",
        **_menu_fields("partners"),
    )
    name_lv, name_en, phone = P.ORGANISATION
    organisation = Organisation.objects.create(
        name=name_lv, name_lv=name_lv, name_en=name_en, kind="help", email="info@example.test"
    )
    OrganisationPhone.objects.create(organisation=organisation, number=phone, note_lv="24/7", note_en="24/7")


def build_news(home):
    index = NewsIndexPageFactory(
        parent=home,
        intro_lv="<p>Pārbaudes jaunumi par cilvēku tirdzniecības novēršanu.</p>",
        intro_en="<p>Test news on preventing trafficking in people.</p>",
        **_menu_fields("news"),
    )
    picture = make_image("Pārbaudes attēls", "#1d4e6e")
    article = P.ARTICLE
    NewsArticlePageFactory(
        parent=index,
        slug_lv=article["slug_lv"],
        slug_en=article["slug_en"],
        title_lv=article["title_lv"],
        title_en=article["title_en"],
        date=article["date"],
        lead_lv=article["lead_lv"],
        lead_en=article["lead_en"],
        main_image=picture,
        main_image_alt_lv=article["image_alt_lv"],
        main_image_alt_en=article["image_alt_en"],
        body_lv=[
            section("Pirmā daļa", "<p>Pārbaudes ziņojuma pirmā daļa par aktivitātēm reģionā.</p>"),
            bullet_list(["Mācības", "Kampaņas", "Sadarbība"], intro="Ziņojumā aprakstīts:"),
            section("Otrā daļa", "<p>Pārbaudes ziņojuma otrā daļa par paraugpraksēm.</p>"),
            image_block(picture, "Pārbaudes attēls ziņojuma vidū", "Pārbaudes paraksts"),
        ],
        body_en=[
            section("Part one", "<p>The first part of the test report, on activities in the region.</p>"),
            bullet_list(["Training", "Campaigns", "Cooperation"], intro="The report describes:"),
            section("Part two", "<p>The second part of the test report, on good practice.</p>"),
            image_block(picture, "A test picture in the middle of the report", "Test caption"),
        ],
    )
    slug_lv, title_lv = P.UNTRANSLATED_ARTICLE
    NewsArticlePageFactory(
        parent=index, slug_lv=slug_lv, title_lv=title_lv, title_en=None, date=datetime.date(2023, 5, 10)
    )
    translated = P.TRANSLATED_ARTICLE
    NewsArticlePageFactory(
        parent=index,
        slug_lv=translated["slug_lv"],
        slug_en=translated["slug_en"],
        title_lv=translated["title_lv"],
        title_en=translated["title_en"],
        date=datetime.date(2024, 1, 15),  # the newest: first in the news index and the feed
        lead_lv="Seminārs par drošu darbu ārzemēs, pārbaudei.",
        lead_en="A seminar on safe work abroad, for testing.",
    )


def build_events(home):
    calendar = EventCalendarPageFactory(
        parent=home,
        intro_lv="Pārbaudes konferences, mācības un kampaņas.",
        intro_en="Test conferences, training and campaigns.",
        **_menu_fields("calendar"),
    )
    for spec in (P.EVENT, P.MULTI_DAY_EVENT):
        EventPageFactory(
            parent=calendar,
            lead_lv="Pārbaudes notikums par cilvēku tirdzniecības novēršanu.",
            lead_en="A test event on preventing trafficking in people.",
            location_lv="Rīga, Pārbaudes iela 1",
            location_en="Riga, Pārbaudes iela 1",
            organiser_lv=P.INSTITUTION_LV,
            organiser_en=P.INSTITUTION_EN,
            category="training",
            **spec,
        )
    # One event in each neighbouring month, and one ahead of today for the upcoming list.
    today = timezone.localdate(timezone=EVENT_TIME_ZONE)
    for number, day in enumerate(
        [
            datetime.date(*P.MONTH_BEFORE, 20),
            datetime.date(*P.MONTH_AFTER, 9),
            today + datetime.timedelta(days=14),
        ]
    ):
        EventPageFactory(
            parent=calendar,
            slug_lv=f"pec-sanaksme-{number}",
            slug_en=f"test-meeting-{number}",
            title_lv=f"Pārbaudes sanāksme {number + 1}",
            title_en=f"Test meeting {number + 1}",
            start_date=day,
            start_time=datetime.time(10, 0),
            end_time=datetime.time(12, 0),
            category="meeting",
        )


def build_publications(home):
    index = PublicationIndexPageFactory(
        parent=home,
        intro_lv="<p>Pārbaudes pārskati un tiesību akti. Meklēšana atrod arī vārdus dokumentos.</p>",
        intro_en="<p>Test reports and legal documents. Search also finds words inside them.</p>",
        **_menu_fields("publications"),
    )
    report_lv = make_document(
        "Pārbaudes pārskats (LV)",
        pdf_bytes([["Pārbaudes pārskats."], [f"Sadarbība ar {P.PDF_WORD} partneriem."]], title="Pārskats"),
        filename="parbaudes-parskats-lv.pdf",
    )
    report_en = make_document(
        "Test report (EN)",
        pdf_bytes([["Test report."], ["Cooperation with partners."]], title="Report"),
        filename="test-report-en.pdf",
    )
    publication = P.PUBLICATION
    PublicationPageFactory(
        parent=index,
        publication_type="report",
        summary_lv="Pārbaudes gada pārskats par darbu cilvēku tirdzniecības novēršanā.",
        summary_en="A test annual report on the work to prevent trafficking in people.",
        publisher_lv=P.INSTITUTION_LV,
        publisher_en=P.INSTITUTION_EN,
        files=[(report_lv, "lv"), (report_en, "en")],
        **publication,
    )
    plan = make_document(
        "Pārbaudes plāns", pdf_bytes([["Pārbaudes plāns."]], title="Plāns"), filename="parbaudes-plans.pdf"
    )
    PublicationPageFactory(
        parent=index,
        publication_type="legal",
        summary_lv="Pārbaudes plāns cilvēku tirdzniecības novēršanai.",
        summary_en="A test plan for the prevention of trafficking.",
        files=[(plan, "lv")],
        **P.LEGAL_PUBLICATION,
    )
    for file in PublicationFile.objects.all():
        file.label_lv = f"Pārbaudes fails ({file.language})"
        file.label_en = f"Test file ({file.language})"
        file.save()
    slug_lv, slug_en, title_lv, title_en = P.STATISTICS
    StatisticsPageFactory(
        parent=index,
        slug_lv=slug_lv,
        slug_en=slug_en,
        title_lv=title_lv,
        title_en=title_en,
        intro_lv="<p>Pārbaudes skaitļi.</p>",
        intro_en="<p>Test figures.</p>",
        body_lv=[
            chart(
                "Pārbaudes upuri",
                "Gads, Identificētie upuri\n2019, 10\n2020, 20\n2021, 30\n",
                "<p>Avots: pārbaudes dati.</p>",
                unit="cilvēki",
            )
        ],
        body_en=[
            chart(
                "Test victims",
                "Year, Identified victims\n2019, 10\n2020, 20\n2021, 30\n",
                "<p>Source: test data.</p>",
                unit="people",
            )
        ],
    )


def build_content(home):
    """The content page (last in the menu), the accessibility statement and a Latvian-only page."""
    content = StandardPageFactory(
        parent=home,
        lead_lv="Pārbaudes vietne par cilvēku tirdzniecības novēršanu.",
        lead_en="A test site on preventing trafficking in people.",
        **_menu_fields("content"),
        **_bodies(P.MENU_TITLES["content"][0], P.MENU_TITLES["content"][1]),
    )
    slug_lv, slug_en, title_lv, title_en = P.ACCESSIBILITY
    accessibility = StandardPageFactory(
        parent=home,
        slug_lv=slug_lv,
        slug_en=slug_en,
        title_lv=title_lv,
        title_en=title_en,
        lead_lv="Pārbaudes piekļūstamības paziņojums.",
        lead_en="A test accessibility statement.",
        **_bodies(title_lv, title_en),
    )
    slug_lv, title_lv = P.UNTRANSLATED
    StandardPageFactory(
        parent=home,
        slug_lv=slug_lv,
        title_lv=title_lv,
        lead_lv="Šī lapa ir tikai latviski.",
        body_lv=_body("lv", title_lv),
    )
    return content, accessibility


def build_users():
    for name, group in ((P.EDITOR, EDITORS), (P.TRANSLATOR, TRANSLATORS)):
        user = User.objects.create_user(name, f"{name}@example.test", P.PASSWORD)
        user.groups.add(Group.objects.get(name=group))


def build():
    with translation.override("lv"), transaction.atomic():
        home = build_frame()
        # In the order of the main menu (pages.MENU).
        help_page = build_guidance(home)
        build_news(home)
        build_events(home)
        build_publications(home)
        build_partners(home)
        _content, accessibility = build_content(home)
        make_site_settings(
            site_name_lv=P.SITE_NAME_LV,
            site_name_en=P.SITE_NAME_EN,
            footer_text_lv="Pārbaudes vietne par cilvēku tirdzniecības novēršanu",
            footer_text_en="A test site on preventing trafficking in people",
            emergency_number=P.EMERGENCY_NUMBER,
            contact_email="info@example.test",
            institution_name_lv=P.INSTITUTION_LV,
            institution_name_en=P.INSTITUTION_EN,
            institution_address_lv="Pārbaudes iela 1, Rīga",
            institution_address_en="Pārbaudes iela 1, Riga",
            institution_phone="+371 60000404",
            institution_email="info@example.test",
            institution_url="https://example.test/",
            accessibility_page=accessibility,
            help_page=help_page,
            help_lines=[
                {
                    "name_lv": name_lv,
                    "name_en": name_en,
                    "short_name_lv": short_lv,
                    "short_name_en": short_en,
                    "phone": phone,
                    "hours_lv": "24/7",
                    "hours_en": "24/7",
                    "in_help_strip": True,
                }
                for name_lv, name_en, short_lv, short_en, phone in P.HELP_LINES
            ],
        )
        build_users()
    call_command("sync_translations", stdout=io.StringIO())
