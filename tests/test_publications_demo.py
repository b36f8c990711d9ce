"""The demo site has a library of real publications with small PDFs, a statistics page with sourced
figures, and the seed article of 03.11.2022 links to its Baltic Sea region report."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import translation
from wagtail.documents import get_document_model

from news.demo import SEED_SLUG
from news.models import NewsArticlePage
from publications.demo import BALTIC_REPORT_SLUG
from publications.models import DocumentText, PublicationPage, StatisticsPage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


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


def test_running_the_loader_again_duplicates_nothing():
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
