"""Factories for the publications app: PDFs with real text, documents, publications with their
files, statistics pages and the publication index they live in.

The ``make_*`` functions are the short forms the tests use; each builds on a factory below.
"""

import io
import itertools

import factory
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection

from publications.models import PublicationFile, PublicationIndexPage, PublicationPage, StatisticsPage
from publications.pdf import make_pdf
from tests.factories.guidance import TranslatedPageFactory

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


class PDFDocumentFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document holding a PDF; its text is read by the background task when the test commits."""

    title = factory.Sequence(lambda n: f"Dokuments {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda document: SimpleUploadedFile(
            "report.pdf", pdf_bytes(["Teksts."]), content_type="application/pdf"
        )
    )
    file_size = factory.LazyAttribute(lambda document: document.file.size)


def make_document(title, data, filename="report.pdf", collection=None):
    """A Wagtail document; its text is read by the background task when the test commits."""
    return PDFDocumentFactory(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        file=SimpleUploadedFile(filename, data, content_type="application/pdf"),
    )


def make_pdf_document(title, pages, **kwargs):
    return make_document(title, pdf_bytes(pages), **kwargs)


class PublicationIndexPageFactory(TranslatedPageFactory):
    title_lv = "Publikācijas"
    title_en = "Publications"
    slug_lv = factory.Sequence(lambda n: f"publikacijas-{n}")
    slug_en = factory.LazyAttribute(lambda page: page.slug_lv + "-en")

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(TranslatedPageFactory):
    """A published publication; ``files`` is a list of ``(document, language)``."""

    slug_lv = factory.LazyFunction(lambda: f"publikacija-{next(_unique)}")
    slug_en = factory.LazyAttribute(lambda page: (page.slug_lv + "-en") if page.title_en else None)
    publication_type = "report"
    year = 2022
    summary_lv = "Kopsavilkums."
    summary_en = factory.LazyAttribute(lambda page: "Summary." if page.title_en else "")
    files = factory.LazyFunction(list)

    class Meta:
        model = PublicationPage

    @classmethod
    def _create(cls, model_class, *args, files=(), **kwargs):
        kwargs["files"] = [
            PublicationFile(document=document, language=language, sort_order=number)
            for number, (document, language) in enumerate(files)
        ]
        return super()._create(model_class, *args, **kwargs)


class StatisticsPageFactory(TranslatedPageFactory):
    title_lv = "Statistika pārbaudei"
    title_en = None
    slug_lv = factory.LazyFunction(lambda: f"statistika-{next(_unique)}")
    slug_en = factory.LazyAttribute(lambda page: (page.slug_lv + "-en") if page.title_en else None)

    class Meta:
        model = StatisticsPage


def make_index(home, slug=None):
    slug = slug or f"publikacijas-{next(_unique)}"
    return PublicationIndexPageFactory(parent=home, slug_lv=slug)


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
    return PublicationPageFactory(
        parent=index,
        title_lv=title_lv,
        title_en=title_en,
        publication_type=publication_type,
        year=year,
        files=list(files),
        summary_lv=summary_lv,
        summary_en=summary_en if title_en else "",
    )


def make_statistics_page(parent, body_lv, title_lv="Statistika pārbaudei", body_en=None, title_en=None):
    fields = {"body_lv": body_lv}
    if title_en:
        fields["body_en"] = body_en or body_lv
    return StatisticsPageFactory(parent=parent, title_lv=title_lv, title_en=title_en, **fields)
