"""Helpers for the publication tests: PDFs with real text, documents, publications and their index."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from publications.models import PublicationFile, PublicationIndexPage, PublicationPage, StatisticsPage
from publications.pdf import make_pdf

_unique = itertools.count()


def pdf_bytes(pages, title=""):
    return make_pdf(pages, title=title)


def encrypted_pdf_bytes(pages, password="slepens"):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(pages))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_document(title, data, filename="report.pdf", collection=None):
    """A Wagtail document; its text is read by the background task when the test commits."""
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file = SimpleUploadedFile(filename, data, content_type="application/pdf")
    document.file_size = len(data)
    document.save()
    return document


def make_pdf_document(title, pages, **kwargs):
    return make_document(title, pdf_bytes(pages), **kwargs)


def make_index(home, slug=None):
    slug = slug or f"publikacijas-{next(_unique)}"
    index = PublicationIndexPage(
        title="Publikācijas", title_lv="Publikācijas", title_en="Publications", slug=slug
    )
    index.slug_lv = slug
    index.slug_en = slug + "-en"
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_publication(
    index,
    title_lv,
    title_en=None,
    publication_type="report",
    year=2022,
    files=(),
    summary_lv="Kopsavilkums.",
    summary_en="Summary.",
):
    """A published publication; ``files`` is a list of ``(document, language)``."""
    slug = f"publikacija-{next(_unique)}"
    page = PublicationPage(
        title=title_lv,
        title_lv=title_lv,
        title_en=title_en,
        slug=slug,
        slug_lv=slug,
        slug_en=(slug + "-en") if title_en else None,
        publication_type=publication_type,
        year=year,
        summary_lv=summary_lv,
        summary_en=summary_en if title_en else "",
    )
    page.files = [
        PublicationFile(document=document, language=language, sort_order=number)
        for number, (document, language) in enumerate(files)
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_statistics_page(parent, body_lv, title_lv="Statistika pārbaudei", body_en=None, title_en=None):
    slug = f"statistika-{next(_unique)}"
    page = StatisticsPage(title=title_lv, title_lv=title_lv, slug=slug, slug_lv=slug, body_lv=body_lv)
    if title_en:
        page.title_en = title_en
        page.slug_en = slug + "-en"
        page.body_en = body_en or body_lv
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
