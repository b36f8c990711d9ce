"""Background work: read a document's text after it is uploaded or replaced.

Runs through django-tasks (the queue Wagtail 8 itself uses): immediately where no queue is
configured (tests, a laptop), in the worker in production. A slow or hostile file never blocks
the editor who uploaded it, and the extraction itself is bounded (``publications.extraction``).
"""

from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.search import index

from publications import extraction


@task()
def extract_document_text(document_id):
    from publications.models import DocumentText

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return "deleted"
    record, _created = DocumentText.objects.get_or_create(document=document)
    file_hash = document.get_file_hash()
    if record.file_hash == file_hash and record.status != extraction.PENDING:
        return record.status  # this very file was read already
    result = extraction.extract_document(document)
    record.file_hash = file_hash
    record.status = result.status
    record.text = result.text
    record.page_count = len(result.pages)
    record.has_page_numbers = result.has_page_numbers
    record.truncated = result.truncated
    record.save()
    reindex_publications_of([document.pk])
    return record.status


def reindex_publications_of(document_ids):
    """Update the search index entry of every publication that shows one of these documents."""
    from publications.models import PublicationPage

    pages = PublicationPage.objects.filter(files__document_id__in=list(document_ids)).distinct()
    for page in pages:
        index.insert_or_update_object(page)


def enqueue_extraction(document_id):
    """Read the document once the upload is committed (the worker must see the new file)."""
    transaction.on_commit(lambda: extract_document_text.enqueue(document_id))
