"""Editors upload and replace documents; visitors download them safely.

Uploads are checked for size and content with a clear message, broken and encrypted PDFs are
accepted with a warning (never a 500), the text is read in a background task within limits, a
replaced document keeps its address, and files are served through Wagtail's view with safe headers.
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from publications import extraction
from publications.models import DocumentText
from publications.tasks import extract_document_text
from tests.factories.publications import (
    encrypted_pdf_bytes,
    make_document,
    make_index,
    make_pdf_document,
    make_publication,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db
Document = get_document_model()


def upload(admin_client, name, data, title="Augšupielāde"):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def form_errors(response):
    return " ".join(str(error) for errors in response.context["form"].errors.values() for error in errors)


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Files on disk, as in production (Wagtail's view serves a file from its path)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


# --- Uploads -------------------------------------------------------------------------------------


def test_an_uploaded_pdf_has_its_text_read_page_by_page(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(admin_client, "gada-zinojums.pdf", pdf_bytes([["Pirmā lapa."], ["Otrā lapa."]]))
    assert response.status_code == 302
    record = DocumentText.objects.get(document__title="Augšupielāde")
    assert record.status == extraction.EXTRACTED
    assert list(record.pages()) == [(1, "Pirmā lapa."), (2, "Otrā lapa.")]


@pytest.mark.parametrize(
    "data,status,warning",
    [
        (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> broken beyond repair",
            extraction.BROKEN,
            "could not be read",
        ),
        (encrypted_pdf_bytes([["Slepens teksts."]]), extraction.ENCRYPTED, "encrypted with a password"),
    ],
)
def test_a_broken_or_encrypted_pdf_is_accepted_with_a_warning_not_an_error(
    admin_client, files_on_disk, django_capture_on_commit_callbacks, data, status, warning
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(admin_client, "bojats.pdf", data)
    assert response.status_code == 302
    document = Document.objects.get(title="Augšupielāde")
    assert DocumentText.objects.get(document=document).status == status
    with translation.override("en"):
        edit = admin_client.get(reverse("wagtaildocs:edit", args=(document.pk,)))
    assert edit.status_code == 200
    assert warning in edit.content.decode()
    # The file is still downloadable.
    assert admin_client.get(document.url).status_code == 200


def test_the_multiple_uploader_accepts_a_broken_pdf_too(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": SimpleUploadedFile("bojats.pdf", b"%PDF-1.7\nnothing else")},
        )
    assert response.status_code == 200
    assert json.loads(response.content)["success"] is True
    document = Document.objects.get(file__endswith="bojats.pdf")
    assert DocumentText.objects.get(document=document).status == extraction.BROKEN


def test_a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit(admin_client, settings):
    settings.PUBLICATIONS_MAX_UPLOAD_BYTES = 2000
    response = upload(admin_client, "liels.pdf", b"%PDF-1.4\n" + b"x" * 5000)
    assert response.status_code == 200
    assert not Document.objects.filter(title="Augšupielāde").exists()
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1
    assert "4.9\xa0KB" in errors[0] and "2.0\xa0KB" in errors[0]


@pytest.mark.parametrize(
    "name,data",
    [
        ("zinojums.pdf", b"<html><script>alert(1)</script></html>"),
        ("tabula.docx", b"just text, not a package"),
    ],
)
def test_a_file_whose_content_does_not_match_its_name_is_refused(admin_client, name, data):
    response = upload(admin_client, name, data)
    assert response.status_code == 200
    assert not Document.objects.filter(title="Augšupielāde").exists()
    assert "." + name.rsplit(".", 1)[1] in form_errors(response)


def test_a_type_outside_the_allowed_list_is_refused(admin_client):
    response = upload(admin_client, "lapa.html", b"<html></html>")
    assert response.status_code == 200
    assert not Document.objects.filter(title="Augšupielāde").exists()
    assert "html" in form_errors(response)


# --- Serving and replacing ------------------------------------------------------------------------


def test_documents_are_served_through_wagtails_view_with_safe_headers(client, files_on_disk):
    document = make_pdf_document("Drošs", [["Teksts."]])
    assert document.url == f"/documents/{document.pk}/report.pdf"
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert "report.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_private_document_is_not_served_to_visitors(client):
    collection = Collection.get_first_root_node().add_child(name="Slēgts")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_pdf_document("Slēgts", [["Teksts."]], collection=collection)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_replaced_document_keeps_its_address(
    admin_client, client, files_on_disk, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_pdf_document("Aizstājams", [["Vecā versija."]])
    first_url = document.url
    assert DocumentText.objects.get(document=document).text == "Vecā versija."

    def replace(filename, text):
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                reverse("wagtaildocs:edit", args=(document.pk,)),
                {
                    "title": "Aizstājams",
                    "file": SimpleUploadedFile(filename, pdf_bytes([[text]])),
                    "collection": document.collection_id,
                },
            )
        assert response.status_code == 302
        document.refresh_from_db()

    # A new version under the same name: the very same address serves it.
    replace("report.pdf", "Otrā versija.")
    assert document.url == first_url
    assert DocumentText.objects.get(document=document).text == "Otrā versija."
    # New versions under other names: the first address leads straight to the newest file.
    replace("zinojums-2024.pdf", "Trešā versija.")
    replace("zinojums-2025.pdf", "Ceturtā versija.")
    assert document.url != first_url
    old = client.get(first_url)
    assert old.status_code == 302 and old["Location"] == document.url
    middle = client.get(first_url.replace("report.pdf", "zinojums-2024.pdf"))
    assert middle.status_code == 302 and middle["Location"] == document.url
    assert b"".join(client.get(document.url).streaming_content).startswith(b"%PDF-")
    assert DocumentText.objects.get(document=document).text == "Ceturtā versija."


# --- Extraction limits and formats ------------------------------------------------------------


def test_a_scanned_pdf_without_text_is_accepted_as_having_no_text(django_capture_on_commit_callbacks):
    buffer = io.BytesIO()
    PILImage.new("RGB", (200, 280), "white").save(buffer, format="PDF")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Skenēts", buffer.getvalue())
    record = DocumentText.objects.get(document=document)
    assert (record.status, record.text) == (extraction.NO_TEXT, "")
    with translation.override("en"):
        assert "it may be a scanned image" in record.message


def test_reading_stops_at_the_page_and_character_limits(settings):
    settings.PUBLICATIONS_EXTRACT_MAX_PAGES = 2
    data = pdf_bytes([["Viens."], ["Divi."], ["Trīs."]])
    result = extraction.extract(io.BytesIO(data), "pdf", len(data))
    assert (result.status, result.pages, result.truncated) == (
        extraction.EXTRACTED,
        ["Viens.", "Divi."],
        True,
    )
    settings.PUBLICATIONS_EXTRACT_MAX_PAGES = 100
    settings.PUBLICATIONS_EXTRACT_MAX_CHARS = 8
    result = extraction.extract(io.BytesIO(data), "pdf", len(data))
    assert result.pages == ["Viens.", "Di"] and result.truncated
    with translation.override("en"):
        assert "Only the beginning" in result.message


def test_a_file_over_the_reading_limit_is_not_opened(settings):
    settings.PUBLICATIONS_EXTRACT_MAX_BYTES = 100
    data = pdf_bytes([["Teksts."]])
    assert extraction.extract(io.BytesIO(data), "pdf", len(data)).status == extraction.TOO_LARGE


def test_docx_and_odt_text_is_read():
    import docx
    from odfdo import Document as OdfDocument
    from odfdo import Paragraph

    word = docx.Document()
    word.add_paragraph("Vārdu dokuments par zīdtārpiņiem.")
    buffer = io.BytesIO()
    word.save(buffer)
    result = extraction.extract(io.BytesIO(buffer.getvalue()), "docx")
    assert (result.status, result.pages, result.has_page_numbers) == (
        extraction.EXTRACTED,
        ["Vārdu dokuments par zīdtārpiņiem."],
        False,
    )

    odt = OdfDocument("text")
    odt.body.append(Paragraph("OpenDocument teksts par bākugunīm."))
    buffer = io.BytesIO()
    odt.save(buffer)
    result = extraction.extract(io.BytesIO(buffer.getvalue()), "odt")
    assert result.status == extraction.EXTRACTED
    assert "OpenDocument teksts par bākugunīm." in result.pages[0]


def test_other_formats_are_not_read():
    assert extraction.extract(io.BytesIO(b"a,b\n1,2"), "csv").status == extraction.UNSUPPORTED


def test_reading_the_same_file_twice_does_nothing_new(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_pdf_document("Vienreiz", [["Teksts."]])
    record = DocumentText.objects.get(document=document)
    extract_document_text.call(document.pk)
    assert DocumentText.objects.get(document=document).updated_at == record.updated_at


def test_a_publication_with_a_broken_file_still_shows_and_offers_it(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        broken = make_document("Bojāts", b"%PDF-1.4\nbroken", filename="bojats.pdf")
    publication = make_publication(make_index(home_page), "Ar bojātu failu", files=[(broken, "lv")])
    response = client.get(publication.url)
    assert response.status_code == 200
    assert broken.url in response.content.decode()


def test_the_command_reads_documents_that_have_no_text_yet():
    document = make_pdf_document("Vecs dokuments", [["Teksts no agrāka laika."]])
    DocumentText.objects.filter(document=document).delete()
    output = io.StringIO()
    call_command("extract_document_texts", stdout=output)
    assert DocumentText.objects.get(document=document).text == "Teksts no agrāka laika."
    assert "Queued" in output.getvalue()
