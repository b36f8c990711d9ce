"""load_demo_content builds the site once and never overwrites what editors wrote."""

import io

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from guidance.models import (
    GuidancePage,
    HelpPage,
    LegislationPage,
    PartnersPage,
    ProjectPage,
    SectionPage,
    SelfCheckPage,
)
from home.models import HomePage, StandardPage
from news.demo import SEED_SLUG
from news.models import NewsArticlePage
from publications.demo import BALTIC_REPORT_SLUG
from publications.models import DocumentText, PublicationPage, StatisticsPage
from search.demo import DEMO_SYNONYMS
from search.models import SynonymGroup
from tests.factories.home import url_in
from tests.helpers import soup, text
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def run_loader():
    call_command("load_demo_content", "--skip-index", stdout=io.StringIO())


def test_the_demo_site_has_a_home_page_as_the_default_sites_root(home_page):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home_page.pk
    assert home_page.title_lv == "Cilvēktirdzniecības mazināšana Latvijā"
    assert home_page.title_en == "Reducing human trafficking in Latvia"
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()


def test_demo_pages_exist_in_both_languages(home_page):
    about = StandardPage.objects.get(slug_lv="par-mums")
    assert (about.title_lv, about.title_en, about.slug_en) == ("Par mums", "About us", "about-us")
    assert about.live and about.get_parent().pk == home_page.pk
    help_page = HelpPage.objects.get(slug_lv="palidziba")
    assert help_page.title_en == "Get help"
    assert "112" in help_page.lead_lv and "112" in help_page.lead_en


def test_running_the_loader_twice_creates_no_duplicates():
    counts = (Page.objects.count(), StandardPage.objects.count(), SiteSettings.objects.count())
    run_loader()
    assert (Page.objects.count(), StandardPage.objects.count(), SiteSettings.objects.count()) == counts
    assert HomePage.objects.count() == 1


def test_running_the_loader_again_keeps_what_editors_wrote(client):
    about = StandardPage.objects.get(slug_lv="par-mums")
    about.title_lv = "Par vietni"
    about.lead_en = "Edited by an editor."
    about.save_revision().publish()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.footer_text_en = "Edited footer."
    settings.save()

    run_loader()

    about.refresh_from_db()
    assert about.title_lv == "Par vietni"
    assert about.lead_en == "Edited by an editor."
    assert "Edited footer." in client.get("/en/").content.decode()


def test_demo_pages_have_a_published_revision_editors_can_open(admin_client):
    about = StandardPage.objects.get(slug_lv="par-mums")
    assert about.live_revision is not None
    response = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title_lv"' in html and 'name="title_en"' in html


def test_ensure_admin_prints_a_working_login(db, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    line = out.getvalue().strip()
    assert line.startswith("Admin login at /admin/: admin / ")
    password = line.rsplit(" ", 1)[1]
    from django.contrib.auth import authenticate

    assert authenticate(username="admin", password=password).is_superuser
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert again.getvalue().strip() == line


# --- The guidance demo ------------------------------------------------------------------------


def test_the_demo_has_one_page_of_every_guidance_type():
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
def test_the_demo_menu_has_every_section_help_first(client, url, expected):
    menu = [text(a) for a in soup(client.get(url)).select("nav.main-nav #main-menu a")]
    assert menu[: len(expected)] == expected


def test_the_demo_site_names_the_ministry_and_its_help_lines(client):
    lv = soup(client.get("/lv/"))
    assert text(lv.select_one("header .site-brand__institution")) == "Iekšlietu ministrija"
    assert "Čiekurkalna 1. līnija 1, k-3, Rīga" in text(lv.select_one("footer .site-footer__institution"))
    en = soup(client.get("/en/"))
    assert text(en.select_one(".site-brand__name")) == "Human Trafficking in Latvia"
    hrefs = [a["href"] for a in en.select("header .help-strip a[href^='tel:']")]
    assert hrefs == ["tel:112", "tel:+37128612120", "tel:+37167378539"]


def test_the_demo_help_page_offers_three_routes(client):
    for language, routes in (
        ("lv", ["Man vajag palīdzību", "Es uztraucos par kādu", "Esmu speciālists"]),
        ("en", ["I need help", "I am worried about someone", "I am a professional"]),
    ):
        page = soup(client.get(url_in(HelpPage.objects.get(), language)))
        assert [text(h) for h in page.select(".help-route h2")] == routes
        assert len(page.select(".guidance-card")) == 3


def test_the_demo_quick_exit_advice_says_what_it_does_not_do(client):
    help_page = HelpPage.objects.get()
    en = client.get(url_in(help_page, "en")).content.decode()
    main = text(soup(client.get(url_in(help_page, "en"))).find("main"))
    assert "does not delete your browser history" in main
    assert "private (incognito)" in main
    assert "Back button can still open pages" in main
    assert "Pressing the <b>Esc</b> key twice quickly" in en
    lv = client.get(url_in(help_page, "lv")).content.decode()
    assert "neizdzēš pārlūka vēsturi" in lv and "inkognito" in lv
    assert "divreiz ātri nospiežot taustiņu" in lv


def test_the_demo_self_check_asks_six_questions(client):
    page = soup(client.get(url_in(SelfCheckPage.objects.get(), "lv")))
    labels = [text(label) for label in page.select("form.self-check label")]
    assert len(page.select('form.self-check input[type="checkbox"]')) == 6
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


@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_demo_legislation_links_to_official_texts(client, language):
    main = soup(client.get(url_in(LegislationPage.objects.get(), language))).find("main")
    links = [a["href"] for a in main.select(".law a")]
    assert set(links) <= ALLOWED_LEGAL_LINKS
    assert sum("likumi.lv" in link for link in links) >= 4
    titles = " ".join(text(h) for h in main.select(".law__title"))
    assert "154.1" in titles or "154.¹" in titles
    assert "2011/36" in titles and "2024/1712" in titles
    assert any(word in titles for word in ("2025–2027", "2025.–2027"))


def test_the_demo_partners_and_project_facts(client):
    page = soup(client.get(url_in(PartnersPage.objects.get(), "en")))
    names = [text(h) for h in page.select(".organisation__name")]
    assert names[:2] == ["Shelter “Safe House”", "Centre MARTA"]
    marta = page.select(".organisation")[1]
    assert marta.select_one('a[href="tel:+37167378539"]')
    assert "Matīsa iela 49-3, Riga" in text(marta)
    project = ProjectPage.objects.get(slug_lv="cape")
    page = soup(client.get(url_in(project, "en")))
    facts = {text(div.dt): text(div.dd) for div in page.select("dl.project-facts > div")}
    assert facts["Period"] == "2 September 2019 – 31 August 2021"
    assert facts["Led by"] == "Ministry of the Interior"
    assert "64,500" in facts["Funding"]


def test_the_demo_accessibility_statement_has_the_required_sections(client):
    link = soup(client.get("/en/")).find("footer").find("a", string="Accessibility statement")
    assert link["href"] == "/en/accessibility-statement/"
    headings = [h.get_text(strip=True) for h in soup(client.get(link["href"])).find_all("h2")]
    for required in (
        "Compliance status",
        "Non-accessible content",
        "Feedback and contact information",
        "Enforcement procedure",
        "Preparation of this statement",
    ):
        assert required in headings


# --- The publications demo --------------------------------------------------------------------


def test_the_seed_article_links_to_its_report_in_both_languages(client):
    article = NewsArticlePage.objects.get(slug_lv=SEED_SLUG)
    report = PublicationPage.objects.get(slug_lv=BALTIC_REPORT_SLUG)
    for language in ("lv", "en"):
        link = soup(client.get(url_in(article, language))).select_one(".publication-link__title a")
        assert link["href"] == url_in(report, language)
    english = soup(client.get(url_in(article, "en"))).select_one(".publication-link")
    assert "Baltic Sea region report on activities to prevent human trafficking" in english.get_text(" ")
    assert "(PDF, " in english.get_text(" ")


def test_the_demo_library_has_publications_in_latvian_and_english_with_read_pdfs(client):
    publications = PublicationPage.objects.live()
    assert publications.count() >= 5
    assert {"report", "study", "legal"} <= set(publications.values_list("publication_type", flat=True))
    texts = DocumentText.objects.filter(document__title__startswith="Demo: ")
    assert texts.filter(status="extracted").count() >= 8
    index = publications.first().get_parent()
    english = soup(client.get(url_in(index, "en"), {"language": "en"}))
    assert len(english.select(".publication-card")) == 3


@pytest.mark.parametrize(
    "url,query,location",
    [
        ("/lv/meklet/", "islandes", "4. lappuse"),
        ("/lv/meklet/", "norvegijas specializeto grupu", "4. lappuse"),
        ("/en/search/", "iceland", "Page 4 of"),
    ],
)
def test_words_inside_the_demo_pdfs_find_the_baltic_sea_region_report(client, url, query, location):
    response = client.get(url, {"q": query})
    for result in soup(response).select(".search-result"):
        if (
            "/baltijas-juras-valstu-regiona-zinojums-2022/" in result.a["href"]
            or "/baltic-sea-region-report-2022/" in result.a["href"]
        ):
            assert location in result.select_one(".search-result__location").get_text()
            break
    else:
        raise AssertionError("The Baltic Sea region report was not found")


def test_the_statistics_page_charts_only_sourced_figures(client):
    statistics = StatisticsPage.objects.get(slug_lv="statistika")
    page = soup(client.get(url_in(statistics, "lv")))
    tables = page.select("table.chart__table")
    assert len(tables) == 3
    victims = [
        [cell.get_text(strip=True) for cell in row.select("th, td")] for row in tables[0].select("tbody tr")
    ]
    # 2016 [P11], 2017 [N5], 2018 [N3][N4], 2019 [I2][N4], 2020 [P9], 2021 [E3] in publications/demo.py.
    assert victims == [
        ["2016", "17"],
        ["2017", "20"],
        ["2018", "23"],
        ["2019", "39"],
        ["2020", "48"],
        ["2021", "61"],
    ]
    assert all(block.select(".chart__sources a[href^='http']") for block in page.select(".chart"))
    english = soup(client.get(url_in(statistics, "en")))
    assert (
        english.select_one(".chart__title").get_text(strip=True) == "Identified victims of human trafficking"
    )


def test_running_the_loader_again_duplicates_no_publication():
    counts = (
        PublicationPage.objects.count(),
        get_document_model().objects.count(),
        StatisticsPage.objects.count(),
    )
    call_command("load_demo_content", "--skip-index", stdout=io.StringIO())
    assert (
        PublicationPage.objects.count(),
        get_document_model().objects.count(),
        StatisticsPage.objects.count(),
    ) == counts
    article = NewsArticlePage.objects.get(slug_lv=SEED_SLUG)
    assert [child.block_type for child in article.body_lv].count("publication") == 1


# --- The seed article: the real portal's page, in Latvian and English -----------------------------


def seed_article():
    return NewsArticlePage.objects.get(slug_lv=SEED_SLUG)


def test_latvian_reader_sees_the_seed_report_as_on_the_real_portal(client):
    page = soup(client.get(url_in(seed_article(), "lv")))
    article = page.find("article")
    assert article.h1.get_text(strip=True) == (
        "Jaunākais Baltijas jūras valstu reģiona ziņojums par aktivitātēm cilvēku tirdzniecības novēršanā"
    )
    assert article.find("time").get_text(strip=True) == "03.11.2022"
    assert article.find("time")["datetime"] == "2022-11-03"
    assert (
        article.select_one(".lead")
        .get_text(strip=True)
        .startswith("Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju")
    )
    body = article.select_one(".news-article__body")
    assert "Pirmā daļa ir veltīta īstenotajām aktivitātēm Baltijas jūras reģionā valstīs" in body.get_text()
    assert "Savukārt ziņojuma trešajā daļā ir iekļauta detalizēta informācija" in body.get_text()
    assert body.select_one(".news-list__intro").get_text(strip=True) == "Ziņojumā minētās paraugprakses:"
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert len(practices) == 10
    assert practices[0].startswith(
        "Mobilās veselības aprūpes klīnikas prostitūcijā iesaistītajām personām Dānijā."
    )
    assert practices[-1] == "Specializēta cilvēku tirdzniecības novēršanas vēstnieka iecelšana Zviedrijā."


def test_english_reader_sees_the_whole_report_translated(client):
    page = soup(client.get(url_in(seed_article(), "en")))
    article = page.find("article")
    assert "lang" not in article.attrs  # English content, not the Latvian fallback
    assert (
        article.h1.get_text(strip=True)
        == "The latest Baltic Sea region report on activities to prevent human trafficking"
    )
    assert article.find("time").get_text(strip=True) == "3 November 2022"
    body = article.select_one(".news-article__body")
    assert "people fleeing the war in Ukraine" in body.get_text()
    assert "Task Force against Trafficking in Human Beings" in body.get_text()
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert len(practices) == 10
    assert practices[1] == "Awareness-raising campaigns for young people in Estonia."
    assert page.find(class_="notice--translation") is None


def test_demo_news_are_marked_as_demo_and_the_seed_report_is_not(client):
    demo = soup(
        client.get(url_in(NewsArticlePage.objects.exclude(slug_lv=SEED_SLUG).live().first(), "en"))
    ).select_one(".news-article__body")
    assert "Demo content" in demo.get_text()
    assert (
        "Demo"
        not in soup(client.get(url_in(seed_article(), "en"))).select_one(".news-article__body").get_text()
    )


def test_the_demo_ships_sourced_groups_in_both_languages():
    assert ("lv", "cilvēktirdzniecība, cilvēku tirdzniecība") in DEMO_SYNONYMS
    assert ("en", "human trafficking, trafficking in human beings") in DEMO_SYNONYMS
    for language, terms in DEMO_SYNONYMS:
        assert SynonymGroup.objects.filter(language=language, terms=terms).exists()
