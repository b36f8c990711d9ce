"""An editor writes a news article with every kind of block, in both languages, in the page editor."""

import pytest
from bs4 import BeautifulSoup
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.blocks import ITEM_FEATURES, SECTION_FEATURES, NewsBodyBlock
from news.models import NewsArticlePage, NewsIndexPage
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsCategoryFactory, make_document, make_image
from tests.helpers import html_lang

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=demo-video"


@pytest.fixture
def known_video(db):
    # The embed is already known, so neither validation nor rendering calls YouTube.
    return Embed.objects.create(
        url=VIDEO_URL,
        max_width=None,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="Demo" src="https://www.youtube-nocookie.com/embed/demo-video"></iframe>',
        title="Demo",
    )


def list_items(values):
    items = {
        str(i): {"value": rich_text(v, features=ITEM_FEATURES), "deleted": "", "order": str(i)}
        for i, v in enumerate(values)
    }
    items["count"] = str(len(values))
    return items


def body(language, image, document, link_page):
    words = {
        "lv": (
            "Ziņojuma saturs",
            "Paraugprakses",
            "Ziņojumā minētās paraugprakses:",
            "Kampaņas jauniešiem Igaunijā.",
            "Atbalsta sistēma Somijā.",
            "Citāts latviski",
            "Attēla apraksts",
            "Paraksts latviski",
            "Ziņojums",
            "Noderīgas saites",
            "Palīdzība",
            "Video latviski",
        ),
        "en": (
            "Contents of the report",
            "Best practices",
            "Best practices named in the report:",
            "Campaigns for young people in Estonia.",
            "Support system in Finland.",
            "A quote in English",
            "Image description",
            "Caption in English",
            "Report",
            "Useful links",
            "Get help",
            "Video in English",
        ),
    }[language]
    return streamfield(
        [
            (
                "section",
                {
                    "heading": words[0],
                    "level": "h2",
                    "text": rich_text(f"<p>{words[0]} — {language}</p>", features=SECTION_FEATURES),
                },
            ),
            (
                "section",
                {
                    "heading": words[1],
                    "level": "h3",
                    "text": rich_text("<p>…</p>", features=SECTION_FEATURES),
                },
            ),
            ("text", rich_text(f"<p>Text {language}</p>", features=SECTION_FEATURES)),
            ("list", {"intro": words[2], "style": "numbered", "items": list_items([words[3], words[4]])}),
            ("quote", {"text": words[5], "attribution": "IeM"}),
            ("image", {"image": {"image": image.pk, "alt_text": words[6]}, "caption": words[7]}),
            ("document", {"document": document.pk, "title": words[8], "description": ""}),
            ("links", {"heading": words[9], "links": list_items_links([(words[10], link_page.pk)])}),
            ("video", {"video": VIDEO_URL, "title": words[11]}),
        ]
    )


def list_items_links(links):
    items = {
        str(i): {"value": {"page": page_id, "url": "", "text": text}, "deleted": "", "order": str(i)}
        for i, (text, page_id) in enumerate(links)
    }
    items["count"] = str(len(links))
    return items


def article_form(news_index, image, document, category, help_page, **overrides):
    data = {
        "title_lv": "Jauns ziņojums",
        "title_en": "A new report",
        "slug_lv": "jauns-zinojums",
        "slug_en": "a-new-report",
        "date": "2024-05-02",
        "lead_lv": "Ievads latviski.",
        "lead_en": "The lead in English.",
        "main_image": str(image.pk),
        "main_image_alt_lv": "Zils taisnstūris",
        "main_image_alt_en": "A blue rectangle",
        "main_image_caption_lv": "Paraksts",
        "main_image_caption_en": "Caption",
        "categories": [str(category.pk)],
        "body_lv": body("lv", image, document, help_page),
        "body_en": body("en", image, document, help_page),
        "seo_title_lv": "SEO virsraksts",
        "seo_title_en": "SEO title",
        "search_description_lv": "Apraksts meklētājiem",
        "search_description_en": "Description for search engines",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["categories"] = data["categories"]
    return form


@pytest.fixture
def editing(home_page, known_video):
    return {
        "news_index": NewsIndexPage.objects.get(),
        "image": make_image("Blue", "#1d5a8f"),
        "document": make_document(),
        "category": NewsCategoryFactory(
            slug="testa-zinojumi", name_lv="Testa ziņojumi", name_en="Test reports"
        ),
        "help_page": StandardPageFactory(title_lv="Testa palīdzība", title_en="Test help"),
    }


def test_the_article_editor_has_every_translatable_field_in_both_languages(admin_client, editing):
    response = admin_client.get(f"/admin/pages/add/news/newsarticlepage/{editing['news_index'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in [
        "title",
        "slug",
        "lead",
        "body",
        "main_image_alt",
        "main_image_caption",
        "seo_title",
        "search_description",
    ]:
        for language in ("lv", "en"):
            assert f'name="{field}_{language}"' in html or f'id="{field}_{language}"' in html, (
                field,
                language,
            )


def test_every_block_has_a_description_and_a_preview_for_the_block_picker():
    for name, block in NewsBodyBlock().child_blocks.items():
        assert block.meta.description, name
        assert block.is_previewable, name


def test_editor_creates_previews_and_publishes_an_article_with_every_block_in_both_languages(
    admin_client, editing, client
):
    index = editing["news_index"]
    data = article_form(**editing)

    preview_url = f"/admin/pages/add/news/newsarticlepage/{index.pk}/preview/"
    response = admin_client.post(preview_url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}
    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    # The preview is in the editor's interface language, with that language's content.
    expected = {"lv": "Ziņojuma saturs", "en": "Contents of the report"}[html_lang(preview.content.decode())]
    assert expected in preview.content.decode()

    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/news/newsarticlepage/{index.pk}/", data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message, .help-critical"
    )
    article = NewsArticlePage.objects.get(slug_lv="jauns-zinojums")
    assert article.live
    assert [block.block_type for block in article.body_lv] == [
        "section",
        "section",
        "text",
        "list",
        "quote",
        "image",
        "document",
        "links",
        "video",
    ]
    assert [block.block_type for block in article.body_en] == [block.block_type for block in article.body_lv]

    for url, size, words in [
        (
            "/lv/jaunumi/jauns-zinojums/",
            "(PDF, 2,0\xa0KB)",
            [
                "Jauns ziņojums",
                "02.05.2024",
                "Ziņojumā minētās paraugprakses:",
                "Citāts latviski",
                "Attēla apraksts",
                "Palīdzība",
                "Video latviski",
            ],
        ),
        (
            "/en/news/a-new-report/",
            "(PDF, 2.0\xa0KB)",
            [
                "A new report",
                "2 May 2024",
                "Best practices named in the report:",
                "A quote in English",
                "Image description",
                "Get help",
                "Video in English",
            ],
        ),
    ]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        text = page.get_text(" ")
        for word in words:
            assert word in text or page.find(alt=word), (url, word)
        assert [h.name for h in page.select("article h1, article h2, article h3")] == ["h1", "h2", "h3", "h2"]
        assert page.select_one("article ol li").get_text(strip=True)
        document_link = page.select_one(".news-document a")
        assert document_link.select_one(".news-document__meta").get_text(strip=True) == size
        assert page.find("iframe")


def test_a_subsection_before_any_section_is_refused_so_the_outline_stays_valid(admin_client, editing):
    data = article_form(**editing)
    data["body_lv-0-value-level"] = "h3"
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/news/newsarticlepage/{editing['news_index'].pk}/", data)
    assert response.status_code == 200
    assert "A subsection (H3) must come after a section (H2)" in response.content.decode()
    assert not NewsArticlePage.objects.filter(slug_lv="jauns-zinojums").exists()


def test_a_main_image_without_alt_text_is_refused(admin_client, editing):
    data = article_form(**editing, main_image_alt_lv="", main_image_alt_en="")
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/news/newsarticlepage/{editing['news_index'].pk}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Describe the image for people who cannot see it." in html
    assert "The English article needs the image described in English too." in html
    assert not NewsArticlePage.objects.filter(slug_lv="jauns-zinojums").exists()


def test_an_image_block_without_alt_text_is_refused(admin_client, editing):
    data = article_form(**editing)
    data["body_en-5-value-image-alt_text"] = ""
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/news/newsarticlepage/{editing['news_index'].pk}/", data)
    assert response.status_code == 200
    assert not NewsArticlePage.objects.filter(slug_lv="jauns-zinojums").exists()


def test_an_article_in_latvian_only_can_be_published(admin_client, editing):
    data = article_form(
        **editing,
        title_en="",
        slug_en="",
        lead_en="",
        main_image_alt_en="",
        main_image_caption_en="",
        seo_title_en="",
        search_description_en="",
    )
    data.update(nested_form_data({"body_en": streamfield([])}))
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/news/newsarticlepage/{editing['news_index'].pk}/", data)
    assert response.status_code == 302
    article = NewsArticlePage.objects.get(slug_lv="jauns-zinojums")
    assert article.live and not article.title_en


def test_every_block_preview_uses_the_sites_styles(admin_client):
    """One preview template for every block (``website/templates/wagtailcore/shared/block_preview.html``)."""
    from publications.blocks import StatisticsBodyBlock

    children = [*NewsBodyBlock().child_blocks.values(), *StatisticsBodyBlock().child_blocks.values()]
    previewable = [block for block in children if block.is_previewable]
    assert len(previewable) >= 10
    for block in previewable:
        response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
        assert response.status_code == 200, block.name
        html = response.content.decode()
        assert (
            "css/site" in html
            and "news/news" in html
            and "publications/publications" in html
            and 'class="news-article__body"' in html
        ), block.name
