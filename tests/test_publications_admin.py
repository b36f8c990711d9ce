"""An editor adds a publication with its files, a statistics page with a chart, and links an article
to a publication, all in the Wagtail editor."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.blocks import NewsBodyBlock
from publications.blocks import StatisticsBodyBlock
from publications.models import PublicationPage, StatisticsPage
from tests.factories.publications import make_index, make_pdf_document

pytestmark = pytest.mark.django_db


def errors(response):
    return [
        e.get_text(" ", strip=True)
        for e in BeautifulSoup(response.content, "html.parser").select(".error-message")
    ]


def test_the_publication_editor_has_both_languages_and_files_with_their_language(admin_client, home_page):
    index = make_index(home_page)
    response = admin_client.get(f"/admin/pages/add/publications/publicationpage/{index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("title_lv", "title_en", "summary_lv", "summary_en", "publisher_lv", "publisher_en"):
        assert f'name="{field}"' in html, field
    assert 'name="files-__prefix__-language"' in html
    assert 'name="files-__prefix__-label_lv"' in html and 'name="files-__prefix__-label_en"' in html


def test_an_editor_publishes_a_publication_with_two_files(admin_client, client, home_page):
    index = make_index(home_page)
    latvian = make_pdf_document("Pārskats LV", [["Teksts."]])
    english = make_pdf_document("Report EN", [["Text."]])
    data = nested_form_data(
        {
            "title_lv": "Redaktora pārskats",
            "title_en": "The editor's report",
            "slug_lv": "redaktora-parskats",
            "slug_en": "the-editors-report",
            "publication_type": "report",
            "year": "2024",
            "summary_lv": "Kopsavilkums latviski.",
            "summary_en": "Summary in English.",
            "publisher_lv": "Iekšlietu ministrija",
            "publisher_en": "Ministry of the Interior",
            "files": inline_formset(
                [
                    {
                        "document": str(latvian.pk),
                        "language": "lv",
                        "label_lv": "Pilns pārskats",
                        "label_en": "Full report (Latvian)",
                    },
                    {
                        "document": str(english.pk),
                        "language": "en",
                        "label_lv": "Angliski",
                        "label_en": "Full report",
                    },
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", data)
    assert response.status_code == 302, errors(response)
    publication = PublicationPage.objects.get(slug_lv="redaktora-parskats")
    assert publication.live
    assert [(f.document_id, f.language) for f in publication.files.all()] == [
        (latvian.pk, "lv"),
        (english.pk, "en"),
    ]
    page = BeautifulSoup(client.get(publication.url).content, "html.parser")
    assert [
        a.select_one(".publication-files__label").get_text() for a in page.select(".publication-files__link")
    ] == [
        "Pilns pārskats",
        "Angliski",
    ]


def test_a_publication_needs_a_year_that_makes_sense(admin_client, home_page):
    index = make_index(home_page)
    document = make_pdf_document("Pārskats", [["Teksts."]])
    data = nested_form_data(
        {
            "title_lv": "Sens pārskats",
            "slug_lv": "sens-parskats",
            "publication_type": "report",
            "year": "1066",
            "summary_lv": "Kopsavilkums.",
            "files": inline_formset([{"document": str(document.pk), "language": "lv"}]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{index.pk}/", data)
    assert response.status_code == 200
    assert not PublicationPage.objects.filter(slug_lv="sens-parskats").exists()


def test_an_editor_publishes_a_statistics_page_with_a_chart(admin_client, client, home_page):
    index = make_index(home_page)
    chart = {
        "title": "Upuri",
        "chart_type": "bar",
        "unit": "cilvēki",
        "data": "Gads, Upuri\n2020, 48\n2021, 61",
        "description": "",
        "sources": rich_text("<p>Avots</p>"),
    }
    data = nested_form_data(
        {
            "title_lv": "Skaitļi",
            "slug_lv": "skaitli",
            "intro_lv": rich_text("<p>Ievads</p>"),
            "body_lv": streamfield([("chart", chart)]),
            "body_en": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/publications/statisticspage/{index.pk}/", data)
    assert response.status_code == 302, errors(response)
    page = StatisticsPage.objects.get(slug_lv="skaitli")
    table = BeautifulSoup(client.get(page.url).content, "html.parser").select_one("table.chart__table")
    assert [row.get_text(" ", strip=True) for row in table.select("tbody tr")] == ["2020 48", "2021 61"]

    chart["data"] = "Gads, Upuri\n2020, četrdesmit astoņi"
    data = nested_form_data(
        {
            "title_lv": "Kļūdaini skaitļi",
            "slug_lv": "kludaini-skaitli",
            "body_lv": streamfield([("chart", chart)]),
            "body_en": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/publications/statisticspage/{index.pk}/", data)
    assert response.status_code == 200
    error = response.context["form"].errors.as_data()["body_lv"][0]
    assert "“četrdesmit astoņi”" in str(error.block_errors[0].block_errors["data"].messages)
    assert not StatisticsPage.objects.filter(slug_lv="kludaini-skaitli").exists()


def test_the_new_blocks_have_a_description_and_a_preview_for_the_block_picker():
    for block in (NewsBodyBlock().child_blocks["publication"], StatisticsBodyBlock().child_blocks["chart"]):
        assert block.meta.description
        assert block.is_previewable
