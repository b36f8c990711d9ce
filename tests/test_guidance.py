"""The portal's sections, the help strip, the institution and the help page, as a visitor reads them.

Every test builds the pages, organisations and site settings it reads (tests/factories/guidance.py),
under the demo site's home page; the demo's own texts are tested in tests/test_demo_content.py.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Site

from events.models import EventCalendarPage
from guidance.models import Organisation, OrganisationPhone, PartnersPage, SectionPage
from home.models import HomePage
from tests.factories.guidance import (
    GuidancePageFactory,
    HelpPageFactory,
    LegislationPageFactory,
    OrganisationFactory,
    OrganisationPhoneFactory,
    ProjectPageFactory,
    SectionPageFactory,
    SelfCheckPageFactory,
    law,
    question,
    route,
)
from tests.helpers import soup, text
from website.models import HelpLine, SiteSettings

pytestmark = pytest.mark.django_db

STRIP_HREFS = ["tel:112", "tel:+37120000001", "tel:+37120000002"]


def settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def site_settings():
    """The site's settings with an emergency number and two help lines of the test's own."""
    site_settings = settings()
    site_settings.emergency_number = "112"
    site_settings.site_name_en = "Test Site Name"
    site_settings.institution_name_lv = "Pārbaudes ministrija"
    site_settings.institution_name_en = "Ministry of Testing"
    site_settings.institution_address_lv = "Pārbaudes iela 1, Rīga"
    site_settings.institution_address_en = "Parbaudes iela 1, Riga"
    site_settings.institution_phone = "+371 60000000"
    site_settings.institution_email = "ministry@test.invalid"
    site_settings.save()
    site_settings.help_lines.all().delete()
    for number, (name_lv, name_en) in enumerate(
        [("Pirmā līnija", "First line"), ("Otrā līnija", "Second line")]
    ):
        HelpLine.objects.create(
            settings=site_settings,
            sort_order=number,
            name_lv=name_lv,
            name_en=name_en,
            short_name_lv=name_lv.split()[0],
            short_name_en=name_en.split()[0],
            phone=f"+371 2000000{number + 1}",
            in_help_strip=True,
        )
    return site_settings


@pytest.fixture
def home():
    return HomePage.objects.get()


@pytest.fixture
def section(home):
    section = SectionPageFactory(
        parent=home,
        title_lv="Pārbaudes sadaļa",
        title_en="Test section",
        lead_lv="Sadaļas ievads.",
        lead_en="The section's lead.",
        show_in_menus=True,
    )
    for title_lv, title_en in [
        ("Pirmā vadlīnija", "First guidance"),
        ("Otrā vadlīnija", "Second guidance"),
        ("Trešā vadlīnija", "Third guidance"),
    ]:
        GuidancePageFactory(
            parent=section, title_lv=title_lv, title_en=title_en, lead_en=f"About {title_en}."
        )
    return section


QUESTIONS_EN = [f"Test question {number}?" for number in range(1, 7)]
QUESTIONS_LV = [f"Pārbaudes jautājums {number}?" for number in range(1, 7)]


@pytest.fixture
def self_check(section):
    return SelfCheckPageFactory(
        parent=section,
        title_lv="Pārbaudes pašpārbaude",
        title_en="Test self-check",
        questions_lv=[question(q) for q in QUESTIONS_LV],
        questions_en=[question(q) for q in QUESTIONS_EN],
        result_some_lv="<p>Zvaniet 112.</p>",
        result_some_en="<p>Call 112 now.</p>",
        result_none_lv="<p>Nekas nav atzīmēts.</p>",
        result_none_en="<p>Nothing is ticked.</p>",
    )


ROUTES = {
    "lv": ["Pirmais ceļš", "Otrais ceļš", "Trešais ceļš"],
    "en": ["First route", "Second route", "Third route"],
}


@pytest.fixture
def help_page(home, section, self_check):
    first, second = [page.specific for page in section.get_children().live()[:2]]
    page = HelpPageFactory(
        parent=home,
        title_lv="Pārbaudes palīdzība",
        title_en="Test help",
        routes_lv=[
            route(title, "<p>Teksts.</p>", [(first, "Saite"), (self_check, "Pārbaude")])
            for title in ROUTES["lv"]
        ],
        routes_en=[
            route(title, "<p>Text.</p>", [(second, "Link"), (self_check, "Check")]) for title in ROUTES["en"]
        ],
    )
    for title_lv, title_en in [
        ("Tiesības A", "Rights A"),
        ("Tiesības B", "Rights B"),
        ("Tiesības C", "Rights C"),
    ]:
        GuidancePageFactory(parent=page, title_lv=title_lv, title_en=title_en)
    return page


@pytest.fixture
def pages(home, section, self_check, help_page):
    """One page of every type of the guidance app, with their Latvian and English addresses."""
    legislation = LegislationPageFactory(
        parent=home,
        title_lv="Pārbaudes tiesību akti",
        title_en="Test legislation",
        body_lv=[law("Pārbaudes likums", url="https://likumi.test/lv/1", link_text="Likuma teksts")],
        body_en=[law("Test law", url="https://likumi.test/en/1", link_text="The law's text")],
    )
    project = ProjectPageFactory(parent=section, title_lv="Pārbaudes projekts", title_en="Test project")
    partners = PartnersPage.objects.get()
    guidance = section.get_children().first().specific
    rights = help_page.get_children().first().specific
    urls = {}
    for name, page in [
        ("section", section),
        ("guidance", guidance),
        ("self-check", self_check),
        ("help", help_page),
        ("rights", rights),
        ("legislation", legislation),
        ("project", project),
        ("partners", partners),
    ]:
        for language in ("lv", "en"):
            urls[f"{name}-{language}"] = page_url(page, language)
    return urls


def page_url(page, language):
    with translation.override(language):
        return page.specific.get_url()


PAGE_NAMES = [
    f"{name}-{language}"
    for name in ("section", "guidance", "self-check", "help", "rights", "legislation", "project", "partners")
    for language in ("lv", "en")
]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_guidance_page_type_answers_in_its_language(client, pages, name):
    page = soup(client.get(pages[name]))
    assert page.find("html")["lang"] == name.rsplit("-", 1)[1]
    assert len(page.find_all("h1")) == 1
    assert page.select_one("p.notice--translation") is None  # translated, not the fallback


@pytest.mark.parametrize("language,title", [("lv", "Pārbaudes sadaļa"), ("en", "Test section")])
def test_a_section_is_in_the_main_menu_in_its_language_and_every_link_opens(client, section, language, title):
    url = f"/{language}/"
    links = soup(client.get(url)).select("nav.main-nav #main-menu a")
    assert title in [text(a) for a in links]
    assert [a["href"] for a in links if text(a) == title] == [page_url(section, language)]
    # Every menu link opens a page in the same language.
    for link in links:
        assert link["href"].startswith(url)
        assert client.get(link["href"]).status_code == 200


@pytest.fixture
def strip_urls(home, section, help_page):
    guidance = section.get_children().first().specific
    calendar = EventCalendarPage.objects.get()
    return [
        "/lv/",
        "/en/",
        page_url(guidance, "lv"),
        page_url(guidance, "en"),
        page_url(help_page, "lv"),
        page_url(help_page, "en"),
        page_url(calendar, "lv") + "2023/09/",
        page_url(calendar, "en") + "2023/09/",
        "/en/no-such-page/",
    ]


def test_the_help_strip_gives_tappable_numbers_before_the_menu_on_every_page(
    client, site_settings, strip_urls
):
    for url in strip_urls:
        response = client.get(url)
        page = BeautifulSoup(response.content, "html.parser")
        strip = page.select_one("header .help-strip")
        hrefs = [a["href"] for a in strip.select("a[href^='tel:']")]
        assert hrefs == STRIP_HREFS, url
        # The strip comes before the menu in the page, so it is in the first screen of a phone.
        html = response.content.decode()
        assert html.index('class="help-strip"') < html.index('class="main-nav"')


def test_the_help_strip_follows_the_site_settings(client, site_settings):
    site_settings.emergency_number = "113"
    site_settings.save()
    line = site_settings.help_lines.get(phone="+371 20000002")
    line.in_help_strip = False
    line.save()
    HelpLine.objects.create(
        settings=site_settings,
        sort_order=5,
        name_lv="Cita līnija",
        short_name_lv="Cita",
        phone="+371 1",
        in_help_strip=True,
    )
    strip = soup(client.get("/lv/")).select_one(".help-strip")
    assert [a["href"] for a in strip.select("a[href^='tel:']")] == [
        "tel:113",
        "tel:+37120000001",
        "tel:+3711",
    ]
    assert "Cita" in text(strip)


def test_the_institution_is_named_in_the_header_and_footer_with_its_details(client, site_settings):
    lv = soup(client.get("/lv/"))
    assert text(lv.select_one("header .site-brand__institution")) == "Pārbaudes ministrija"
    footer = lv.select_one("footer .site-footer__institution")
    assert "Pārbaudes ministrija" in text(footer)
    assert "Pārbaudes iela 1, Rīga" in text(footer)
    assert footer.select_one('a[href="mailto:ministry@test.invalid"]')
    assert footer.select_one('a[href="tel:+37160000000"]')
    en = soup(client.get("/en/"))
    assert text(en.select_one("header .site-brand__institution")) == "Ministry of Testing"
    assert "Parbaudes iela 1, Riga" in text(en.select_one("footer .site-footer__institution"))


def test_the_english_site_name_comes_from_the_settings_and_no_placeholder_e_mail_is_left(
    client, site_settings
):
    html = client.get("/en/").content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert text(page.select_one(".site-brand__name")) == "Test Site Name"
    assert page.title.string.endswith("| Test Site Name")
    assert "example.lv" not in html and "example.com" not in html


def test_the_help_page_offers_its_routes_and_real_phone_links(client, site_settings, help_page):
    for language in ("lv", "en"):
        page = soup(client.get(page_url(help_page, language)))
        assert [text(h) for h in page.select(".help-route h2")] == ROUTES[language]
        calls = [a["href"] for a in page.select("main .help-call a")]
        assert calls == STRIP_HREFS
        # Every route leads to pages of its own language.
        links = page.select(".help-route a")
        assert links
        for link in links:
            assert link["href"].startswith(f"/{language}/")
            assert client.get(link["href"]).status_code == 200
        # Its child pages (victims' rights) are listed as cards.
        assert len(page.select(".guidance-card")) == 3


def test_the_self_check_sends_nothing_and_stores_nothing(client, self_check):
    response = client.get(page_url(self_check, "en"))
    page = soup(response)
    form = page.select_one("form.self-check")
    assert form.get("action") is None and form.get("method") is None
    assert form.select('button[type="submit"], input[type="submit"]') == []
    assert form.select_one('button[type="reset"]')
    boxes = form.select('input[type="checkbox"]')
    assert len(boxes) == len(QUESTIONS_EN)
    assert all(box.get("autocomplete") == "off" and not box.get("name") for box in boxes)
    # Each box has a visible label.
    for box in boxes:
        assert form.select_one(f'label[for="{box["id"]}"]')
    assert [text(label) for label in form.select("label")][: len(QUESTIONS_EN)] == QUESTIONS_EN
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies
    results = page.select(".self-check__result")
    assert len(results) == 2 and "Call 112 now." in text(results[0])
    assert "not sent, saved or remembered" in text(page)


def test_the_self_check_works_in_latvian_too(client, self_check):
    page = soup(client.get(page_url(self_check, "lv")))
    labels = [text(label) for label in page.select("form.self-check label")]
    assert labels[: len(QUESTIONS_LV)] == QUESTIONS_LV


def test_a_legislation_page_links_each_law_to_its_official_text(client, pages):
    for language, title, href in [
        ("lv", "Pārbaudes likums", "https://likumi.test/lv/1"),
        ("en", "Test law", "https://likumi.test/en/1"),
    ]:
        main = soup(client.get(pages[f"legislation-{language}"])).find("main")
        assert [text(h) for h in main.select(".law__title")] == [title]
        assert [a["href"] for a in main.select(".law a")] == [href]


def test_partners_come_from_snippets_with_phone_e_mail_and_address(client, pages):
    Organisation.objects.all().delete()
    OrganisationFactory(name_en="First shelter", kind="help", sort_order=1)
    second = OrganisationFactory(
        name_en="Second centre",
        kind="help",
        sort_order=2,
        email="centre@test.invalid",
        address_en="Test street 1, Riga",
    )
    OrganisationPhoneFactory(organisation=second, number="+371 20000009")
    OrganisationFactory(name_en="A state institution", kind="state", sort_order=1)
    OrganisationFactory(name_en="An international organisation", kind="international", sort_order=1)
    url = pages["partners-en"]
    page = soup(client.get(url))
    names = [text(h) for h in page.select(".organisation__name")]
    assert names == ["First shelter", "Second centre", "A state institution", "An international organisation"]
    centre = page.select(".organisation")[1]
    assert centre.select_one('a[href="tel:+37120000009"]')
    assert centre.select_one('a[href="mailto:centre@test.invalid"]')
    assert "Test street 1, Riga" in text(centre)
    assert [text(h) for h in page.select(".organisations > h2")] == [
        "Help for victims",
        "State institutions",
        "International organisations",
    ]
    # An editor's new organisation shows at once, with its languages when given.
    organisation = Organisation.objects.create(
        name_lv="Jauna biedrība", name_en="New association", kind="help", sort_order=9, languages_en="Latvian"
    )
    OrganisationPhone.objects.create(organisation=organisation, number="+371 2")
    page = soup(client.get(url))
    new = page.select(".organisation")[2]
    assert "New association" in text(new) and "Languages spoken Latvian" in text(new)
    assert new.select_one('a[href="tel:+3712"]')


def test_a_project_page_shows_its_facts(client, section):
    project = ProjectPageFactory(
        parent=section,
        title_lv="Faktu projekts",
        title_en="Facts project",
        period_en="1 March 2020 – 28 February 2022",
        lead_organisation_en="The Test Ministry",
        funding_en="EUR 12,345",
    )
    page = soup(client.get(page_url(project, "en")))
    facts = {text(div.dt): text(div.dd) for div in page.select("dl.project-facts > div")}
    assert facts == {
        "Period": "1 March 2020 – 28 February 2022",
        "Led by": "The Test Ministry",
        "Funding": "EUR 12,345",
    }


def test_a_section_lists_its_pages_as_cards_in_its_language(client, section):
    page = soup(client.get(page_url(section, "en")))
    assert [text(a) for a in page.select(".guidance-card__title a")] == [
        "First guidance",
        "Second guidance",
        "Third guidance",
    ]
    page = soup(client.get(page_url(section, "lv")))
    assert [text(a) for a in page.select(".guidance-card__title a")] == [
        "Pirmā vadlīnija",
        "Otrā vadlīnija",
        "Trešā vadlīnija",
    ]


def test_an_untranslated_guidance_page_is_left_out_of_english_cards(client, section):
    GuidancePageFactory(parent=section, title_lv="Tikai latviski", title_en=None)
    assert "Tikai latviski" not in text(soup(client.get(page_url(section, "en"))))
    assert "Tikai latviski" in text(soup(client.get(page_url(section, "lv"))))


def test_no_inline_script_or_style_on_public_pages(client, pages):
    calendar = EventCalendarPage.objects.get()
    for url in list(pages.values()) + ["/lv/", page_url(calendar, "en")]:
        response = client.get(url)
        page = BeautifulSoup(response.content, "html.parser")
        assert all(script.get("src") for script in page.find_all("script")), url
        assert page.find("style") is None, url
        assert page.select("[style]") == [] and not re.search(r"\son[a-z]+=", response.content.decode()), url


def test_the_printout_carries_the_site_name_address_and_date(client, site_settings, help_page):
    url = page_url(help_page, "en")
    page = soup(client.get(url))
    masthead = page.select_one(".print-masthead")
    assert "Test Site Name" in text(masthead)
    assert f"http://testserver{url}" in text(masthead)
    assert re.search(r"Printed: \d{1,2} \w+ \d{4}", text(masthead))
    lv = text(soup(client.get(page_url(help_page, "lv"))).select_one(".print-masthead"))
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", lv)


@pytest.mark.parametrize(
    "model,parent",
    [
        ("sectionpage", "home"),
        ("helppage", "home"),
        ("legislationpage", "home"),
        ("guidancepage", "section"),
        ("selfcheckpage", "section"),
        ("projectpage", "section"),
    ],
)
def test_editors_can_open_the_add_form_of_each_page_type(admin_client, home_page, model, parent):
    parent_page = home_page if parent == "home" else SectionPage.objects.first()
    response = admin_client.get(f"/admin/pages/add/guidance/{model}/{parent_page.pk}/")
    assert response.status_code == 200


def test_there_is_only_one_partners_page(admin_client, home_page):
    assert not PartnersPage.can_create_at(home_page)


def test_editors_can_edit_an_organisation_snippet(admin_client):
    organisation = OrganisationFactory()
    response = admin_client.get(f"/admin/snippets/guidance/organisation/edit/{organisation.pk}/")
    assert response.status_code == 200
    assert "phones-TOTAL_FORMS" in response.content.decode()
