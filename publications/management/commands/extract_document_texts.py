"""Read the text of documents for search: ``manage.py extract_document_texts [--all]``.

Uploads are read automatically; this is for documents that existed before the publications app,
for a queue that was lost, or (``--all``) after changing the reading limits.
"""

from django.core.management import BaseCommand
from wagtail.documents import get_document_model

from publications import extraction
from publications.models import DocumentText
from publications.tasks import extract_document_text


class Command(BaseCommand):
    help = "Queue text extraction for documents that have none yet (or for all with --all)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Read every document again.")

    def handle(self, *args, **options):
        documents = get_document_model().objects.order_by("pk")
        if options["all"]:
            DocumentText.objects.update(status=extraction.PENDING)
        else:
            done = DocumentText.objects.exclude(status=extraction.PENDING).values("document_id")
            documents = documents.exclude(pk__in=done)
        count = 0
        for document_id in documents.values_list("pk", flat=True):
            extract_document_text.enqueue(document_id)
            count += 1
        self.stdout.write(f"Queued {count} documents.")
