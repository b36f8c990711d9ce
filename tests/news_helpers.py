"""Helpers shared by the news tests: small images, documents and articles made in the database."""

import datetime
import io
import itertools

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage

_unique = itertools.count()


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


def make_news_index(home, slug="zinu-tests", title_lv="Ziņu tests", title_en="News test"):
    index = NewsIndexPage(title=title_lv, title_lv=title_lv, title_en=title_en, slug=slug, slug_lv=slug)
    index.slug_en = slug + "-en"
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_articles(index, count, with_images=True, body_images=0, first_date=datetime.date(2020, 1, 1)):
    """``count`` published articles, each with its own main image, two categories of its own and
    ``body_images`` images in its body."""
    articles = []
    for number in range(count):
        categories = [
            NewsCategory.objects.create(slug=f"cat-{next(_unique)}", name_lv=f"Kat {number}.{n}")
            for n in range(2)
        ]
        body = [
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": make_image(f"Body {number}.{n}").pk,
                        "alt_text": f"Att {n}",
                        "decorative": False,
                    },
                    "caption": f"Paraksts {n}",
                },
            }
            for n in range(body_images)
        ]
        body.insert(
            0, {"type": "section", "value": {"heading": "Sadaļa", "level": "h2", "text": "<p>Teksts</p>"}}
        )
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
        article.categories = categories
        index.add_child(instance=article)
        article.save_revision().publish()
        articles.append(article)
    return articles
