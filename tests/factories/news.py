"""Factories for the news: articles under the site's news index, categories, small images and
documents made in the database.

An article's body is stored StreamField data built with the block helpers below (``section``,
``paragraph``, ``bullet_list``, ``image_block``), so a test states the texts it later reads.
"""

import datetime
import io
import itertools

import factory
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from tests.factories.home import TranslatedPageFactory

_unique = itertools.count()


# Files -------------------------------------------------------------------------------------------


def make_image(title="Test image", colour="#12355b"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), colour).save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title.replace(' ', '-')}.png")
    image.save()
    return image


def make_document(title="Annual report", data=b"%PDF-1.4\n" + b"x" * 2048):
    document = get_document_model()(title=title)
    document.file = SimpleUploadedFile("annual-report.pdf", data, content_type="application/pdf")
    document.save()
    return document


# Body blocks, in the stored (raw) StreamField form -----------------------------------------------


def section(heading, html="", level="h2"):
    return {"type": "section", "value": {"heading": heading, "level": level, "text": html}}


def paragraph(html):
    return {"type": "text", "value": html}


def bullet_list(items, intro="", style="bulleted"):
    return {
        "type": "list",
        "value": {"intro": intro, "style": style, "items": [f"<p>{item}</p>" for item in items]},
    }


def image_block(image, alt, caption=""):
    value = {"image": {"image": image.pk, "alt_text": alt, "decorative": False}, "caption": caption}
    return {"type": "image", "value": value}


# Pages and categories ----------------------------------------------------------------------------


class NewsCategoryFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"testa-kategorija-{n}")
    name_lv = factory.Sequence(lambda n: f"Testa kategorija {n}")
    name_en = factory.Sequence(lambda n: f"Test category {n}")
    name = factory.LazyAttribute(lambda category: category.name_lv)

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(TranslatedPageFactory):
    """A second news index (the site's own is ``NewsIndexPage.objects.get()``)."""

    title_lv = factory.Sequence(lambda n: f"Ziņu tests {n}")
    title_en = factory.Sequence(lambda n: f"News test {n}")

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(TranslatedPageFactory):
    """A published article under the site's news index, in Latvian and English unless ``title_en``
    is None. ``categories`` takes a list of categories."""

    title_lv = factory.Sequence(lambda n: f"Testa raksts {n}")
    title_en = factory.Sequence(lambda n: f"Test article {n}")
    date = datetime.date(2020, 1, 1)
    lead_lv = factory.LazyAttribute(lambda article: f"Ievads: {article.title_lv}.")
    lead_en = factory.LazyAttribute(lambda article: f"Lead: {article.title_en}." if article.title_en else "")
    body_lv = factory.LazyAttribute(lambda article: [section("Sadaļa", "<p>Raksta teksts.</p>")])
    body_en = factory.LazyAttribute(
        lambda article: [section("Section", "<p>The article's text.</p>")] if article.title_en else []
    )
    categories = ()

    class Meta:
        model = NewsArticlePage

    @classmethod
    def default_parent(cls):
        return NewsIndexPage.objects.get()


def make_news_index(home=None, slug="zinu-tests", title_lv="Ziņu tests", title_en="News test"):
    return NewsIndexPageFactory(
        parent=home, title_lv=title_lv, title_en=title_en, slug_lv=slug, slug_en=slug + "-en"
    )


def make_articles(
    index,
    count,
    with_images=True,
    body_images=0,
    first_date=datetime.date(2020, 1, 1),
    categories=(),
    body_images_in=None,
):
    """``count`` published articles ("Raksts 0", "Raksts 1", ...), each with its own main image,
    two categories of its own plus ``categories``, and ``body_images`` images in its body (only in
    article number ``body_images_in`` when that is given)."""
    articles = []
    for number in range(count):
        own_categories = [
            NewsCategory.objects.create(slug=f"cat-{next(_unique)}", name_lv=f"Kat {number}.{n}")
            for n in range(2)
        ]
        images_here = body_images if body_images_in in (None, number) else 0
        body = [section("Sadaļa", "<p>Teksts</p>")] + [
            image_block(make_image(f"Body {number}.{n}"), f"Att {n}", f"Paraksts {n}")
            for n in range(images_here)
        ]
        article = NewsArticlePage(
            title=f"Raksts {number}",
            title_lv=f"Raksts {number}",
            title_en=f"Article {number}",
            slug=f"raksts-{number}",
            slug_lv=f"raksts-{number}",
            slug_en=f"article-{number}",
            date=first_date + datetime.timedelta(days=number),
            lead_lv=f"Ievads {number}",
            lead_en=f"Lead {number}",
            main_image=make_image(f"Main {number}") if with_images else None,
            main_image_alt_lv="Attēls",
            main_image_alt_en="Picture",
            body_lv=body,
            body_en=body,
        )
        article.categories = own_categories + list(categories)
        index.add_child(instance=article)
        article.save_revision().publish()
        articles.append(article)
    return articles
