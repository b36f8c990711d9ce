"""The portal's sections, the help strip, the institution and the help page, as a visitor reads them."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from guidance.models import (
    GuidancePage,
    HelpPage,
    LegislationPage,
    Organisation,
    OrganisationPhone,
    PartnersPage,
    ProjectPage,
    SectionPage,
    SelfCheckPage,
)
from website.models import HelpLine, SiteSettings

pytestmark = pytest.mark.django_db

SEED_ARTICLE_EN = "/en/news/latest-baltic-sea-region-report-on-activities-to-prevent-human-trafficking/"
SEED_ARTICLE_LV = "/lv/jaunumi/jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/"
SELF_CHECK_LV = "/lv/par-cilveku-tirdzniecibu/vai-ta-varetu-but-cilveku-tirdznieciba/"
SELF_CHECK_EN = "/en/about-trafficking/could-this-be-trafficking/"

# Every page type of the guidance app in both languages.
GUIDANCE_PAGES = {
    "section-lv": "/lv/par-cilveku-tirdzniecibu/",
    "section-en": "/en/about-trafficking/",
    "guidance-lv": "/lv/par-cilveku-tirdzniecibu/ekspluatacijas-formas/",
    "guidance-en": "/en/about-trafficking/forms-of-exploitation/",
    "self-check-lv": SELF_CHECK_LV,
    "self-check-en": SELF_CHECK_EN,
    "help-lv": "/lv/palidziba/",
    "help-en": "/en/get-help/",
    "rights-lv": "/lv/palidziba/sociala-rehabilitacija/",
    "rights-en": "/en/get-help/social-rehabilitation/",
    "legislation-lv": "/lv/tiesibu-akti/",
    "legislation-en": "/en/legislation/",
    "project-lv": "/lv/projekti-un-kampanas/cape/",
    "project-en": "/en/projects-and-campaigns/cape/",
    "partners-lv": "/lv/partneri-un-kontakti/",
    "partners-en": "/en/partners-and-contacts/",
}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.mark.parametrize("name", sorted(GUIDANCE_PAGES))
def test_every_guidance_page_type_answers_in_its_language(client, name):
    page = soup(client.get(GUIDANCE_PAGES[name]))
    assert page.find("html")["lang"] == name.rsplit("-", 1)[1]
    assert len(page.find_all("h1")) == 1
    assert page.select_one("p.notice--translation") is None  # translated, not the fallback


def test_the_demo_has_one_page_of_every_type():
    for model in (
        SectionPage,
        GuidancePage,
        HelpPage,
        SelfCheckPage,
        LegislationPage,
        ProjectPage,
        PartnersPage,
    ):
        assert model.objects.live().exists(), model


@pytest.mark.parametrize(
    "url,expected",
    [
        (
            "/lv/",
            [
                "Par cilvēku tirdzniecību",
                "Palīdzība",
                "Speciālistiem",
                "Tiesību akti",
                "Projekti un kampaņas",
                "Jaunumi",
                "Notikumu kalendārs",
                "Partneri un kontakti",
            ],
        ),
        (
            "/en/",
            [
                "About trafficking",
                "Get help",
                "For professionals",
                "Legislation",
                "Projects and campaigns",
                "News",
                "Calendar of Events",
                "Partners and contacts",
            ],
        ),
    ],
)
def test_every_section_is_in_the_main_menu_in_both_languages_help_first(client, url, expected):
    menu = [text(a) for a in soup(client.get(url)).select("nav.main-nav #main-menu a")]
    assert menu[: len(expected)] == expected
    # Every menu link opens a page in the same language.
    for link in soup(client.get(url)).select("nav.main-nav #main-menu a"):
        assert link["href"].startswith(url)
        assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/lv/",
        "/en/",
        SEED_ARTICLE_LV,
        SEED_ARTICLE_EN,
        "/lv/palidziba/",
        "/en/get-help/",
        "/lv/notikumu-kalendars/2023/09/",
        "/en/calendar-of-events/2023/09/",
        "/en/no-such-page/",
    ],
)
def test_the_help_strip_gives_tappable_numbers_before_the_menu_on_every_page(client, url):
    response = client.get(url)
    page = BeautifulSoup(response.content, "html.parser")
    strip = page.select_one("header .help-strip")
    hrefs = [a["href"] for a in strip.select("a[href^='tel:']")]
    assert hrefs == ["tel:112", "tel:+37128612120", "tel:+37167378539"]
    # The strip comes before the menu in the page, so it is in the first screen of a phone.
    html = response.content.decode()
    assert html.index('class="help-strip"') < html.index('class="main-nav"')


def test_the_help_strip_follows_the_site_settings(client):
    site_settings = settings()
    site_settings.emergency_number = "113"
    site_settings.save()
    line = site_settings.help_lines.get(phone="+371 67378539")
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
        "tel:+37128612120",
        "tel:+3711",
    ]
    assert "Cita" in text(strip)


def test_the_institution_is_named_in_the_header_and_footer_with_its_details(client):
    lv = soup(client.get("/lv/"))
    assert text(lv.select_one("header .site-brand__institution")) == "Iekšlietu ministrija"
    footer = lv.select_one("footer .site-footer__institution")
    assert "Iekšlietu ministrija" in text(footer)
    assert "Čiekurkalna 1. līnija 1, k-3, Rīga" in text(footer)
    assert footer.select_one('a[href="mailto:kn@iem.gov.lv"]')
    assert footer.select_one('a[href="tel:+37167219183"]')
    en = soup(client.get("/en/"))
    assert text(en.select_one("header .site-brand__institution")) == (
        "Ministry of the Interior of the Republic of Latvia"
    )
    assert "Riga" in text(en.select_one("footer .site-footer__institution"))


def test_the_english_site_name_is_a_real_name_and_no_placeholder_e_mail_is_left(client):
    html = client.get("/en/").content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert text(page.select_one(".site-brand__name")) == "Human Trafficking in Latvia"
    assert page.title.string.endswith("| Human Trafficking in Latvia")
    assert "example.lv" not in html and "example.com" not in html


def test_the_help_page_offers_three_routes_and_real_phone_links(client):
    for url, routes in (
        ("/lv/palidziba/", ["Man vajag palīdzību", "Es uztraucos par kādu", "Esmu speciālists"]),
        ("/en/get-help/", ["I need help", "I am worried about someone", "I am a professional"]),
    ):
        page = soup(client.get(url))
        assert [text(h) for h in page.select(".help-route h2")] == routes
        calls = [a["href"] for a in page.select("main .help-call a")]
        assert calls == ["tel:112", "tel:+37128612120", "tel:+37167378539"]
        # Every route leads to pages of its own language.
        for link in page.select(".help-route a"):
            assert client.get(link["href"]).status_code == 200
        # Its child pages (victims' rights) are listed as cards.
        assert len(page.select(".guidance-card")) == 3


def test_the_quick_exit_advice_says_what_it_does_not_do(client):
    en = text(soup(client.get("/en/get-help/")).find("main"))
    assert "does not delete your browser history" in en
    assert "private (incognito)" in en
    assert "Back button can still open pages" in en
    lv = text(soup(client.get("/lv/palidziba/")).find("main"))
    assert "neizdzēš pārlūka vēsturi" in lv and "inkognito" in lv


def test_the_self_check_sends_nothing_and_stores_nothing(client):
    response = client.get(SELF_CHECK_EN)
    page = soup(response)
    form = page.select_one("form.self-check")
    assert form.get("action") is None and form.get("method") is None
    assert form.select('button[type="submit"], input[type="submit"]') == []
    assert form.select_one('button[type="reset"]')
    boxes = form.select('input[type="checkbox"]')
    assert len(boxes) == 6
    assert all(box.get("autocomplete") == "off" and not box.get("name") for box in boxes)
    # Each box has a visible label.
    for box in boxes:
        assert form.select_one(f'label[for="{box["id"]}"]')
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies
    results = page.select(".self-check__result")
    assert len(results) == 2 and "112" in text(results[0])
    assert "not sent, saved or remembered" in text(page)


def test_the_self_check_works_in_latvian_too(client):
    page = soup(client.get(SELF_CHECK_LV))
    labels = [text(label) for label in page.select("form.self-check label")]
    assert labels[0] == "Vai kāds kontrolē, kur jūs ejat, ar ko runājat, vai pastāvīgi jūs uzrauga?"


ALLOWED_LEGAL_LINKS = {
    "http://www.cilvektirdznieciba.lv/lv/tiesibu-akti",
    "http://cilvektirdznieciba.lv/lv/valsts-kompensacija/42",
    "https://likumi.lv/ta/en/en/id/308253",
    "https://likumi.lv/ta/id/326420",
    "https://m.likumi.lv/ta/id/362691-par-cilveku-tirdzniecibas-noversanas-planu-20252027-gadam",
    "https://likumi.lv/ta/en/en/id/263902-guidelines-for-the-prevention-of-trafficking-in-human-beings",
    "https://m.likumi.lv/ta/id/152712",
    "https://likumi.lv/ta/en/en/id/152712",
}


@pytest.mark.parametrize("url", ["/lv/tiesibu-akti/", "/en/legislation/"])
def test_legislation_links_to_official_texts(client, url):
    page = soup(client.get(url))
    main = page.find("main")
    links = [a["href"] for a in main.select(".law a")]
    assert set(links) <= ALLOWED_LEGAL_LINKS
    assert sum("likumi.lv" in link for link in links) >= 4
    titles = " ".join(text(h) for h in main.select(".law__title"))
    assert "154.1" in titles or "154.¹" in titles
    assert "2011/36" in titles and "2024/1712" in titles
    assert any(word in titles for word in ("2025–2027", "2025.–2027"))


def test_partners_come_from_snippets_with_phone_e_mail_and_address(client):
    page = soup(client.get("/en/partners-and-contacts/"))
    names = [text(h) for h in page.select(".organisation__name")]
    assert names[:2] == ["Shelter “Safe House”", "Centre MARTA"]
    marta = page.select(".organisation")[1]
    assert marta.select_one('a[href="tel:+37167378539"]')
    assert marta.select_one('a[href="mailto:centrs@marta.lv"]')
    assert "Matīsa iela 49-3, Riga" in text(marta)
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
    page = soup(client.get("/en/partners-and-contacts/"))
    new = page.select(".organisation")[3]
    assert "New association" in text(new) and "Languages spoken Latvian" in text(new)
    assert new.select_one('a[href="tel:+3712"]')


def test_a_project_page_shows_its_facts(client):
    page = soup(client.get("/en/projects-and-campaigns/cape/"))
    facts = {text(div.dt): text(div.dd) for div in page.select("dl.project-facts > div")}
    assert facts["Period"] == "2 September 2019 – 31 August 2021"
    assert facts["Led by"] == "Ministry of the Interior"
    assert "64,500" in facts["Funding"]


def test_a_section_lists_its_pages_as_cards_in_its_language(client):
    page = soup(client.get("/en/about-trafficking/"))
    assert [text(a) for a in page.select(".guidance-card__title a")] == [
        "Forms of exploitation",
        "Signs and who is at risk",
        "Could this be trafficking?",
    ]


def test_an_untranslated_guidance_page_is_left_out_of_english_cards(client):
    section = SectionPage.objects.get(slug_lv="par-cilveku-tirdzniecibu")
    section.add_child(
        instance=GuidancePage(title="Tikai latviski", slug="tikai-latviski", slug_lv="tikai-latviski")
    )
    assert "Tikai latviski" not in text(soup(client.get("/en/about-trafficking/")))
    assert "Tikai latviski" in text(soup(client.get("/lv/par-cilveku-tirdzniecibu/")))


@pytest.mark.parametrize("url", list(GUIDANCE_PAGES.values()) + ["/lv/", "/en/notikumu-kalendars/"])
def test_no_inline_script_or_style_on_public_pages(client, url):
    response = client.get(url)
    page = BeautifulSoup(response.content, "html.parser")
    assert all(script.get("src") for script in page.find_all("script"))
    assert page.find("style") is None
    assert page.select("[style]") == [] and not re.search(r"\son[a-z]+=", response.content.decode())


def test_the_printout_carries_the_site_name_address_and_date(client):
    page = soup(client.get("/en/get-help/"))
    masthead = page.select_one(".print-masthead")
    assert "Human Trafficking in Latvia" in text(masthead)
    assert "http://testserver/en/get-help/" in text(masthead)
    assert re.search(r"Printed: \d{1,2} \w+ \d{4}", text(masthead))
    lv = text(soup(client.get("/lv/palidziba/")).select_one(".print-masthead"))
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
    organisation = Organisation.objects.first()
    response = admin_client.get(f"/admin/snippets/guidance/organisation/edit/{organisation.pk}/")
    assert response.status_code == 200
    assert "phones-TOTAL_FORMS" in response.content.decode()
