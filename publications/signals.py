"""Receivers for Wagtail documents and collection privacy.

* A new or replaced file: its text is marked as waiting and read in the background.
* A replaced file keeps its address: Wagtail's address ends in the file name, which changes with
  every upload, so the old address gets a redirect to the new one (and older redirects follow).
* A collection made private or public again: the publications showing its documents are
  re-indexed, so private text leaves the public search at once.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from publications import extraction
from publications.tasks import enqueue_extraction, reindex_publications_of

Document = get_document_model()


@receiver(pre_save, sender=Document)
def remember_previous_file(sender, instance, **kwargs):
    previous = None
    if instance.pk is not None:
        previous = sender.objects.filter(pk=instance.pk).values_list("file", flat=True).first()
    instance.publications_previous_file = previous


@receiver(post_save, sender=Document)
def document_saved(sender, instance, created, **kwargs):
    from publications.models import DocumentText

    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"file_hash", "file_size"}:
        return  # Wagtail filling in the metadata of a file already being read
    previous = getattr(instance, "publications_previous_file", None)
    record = DocumentText.objects.filter(document=instance).only("file_hash").first()
    file_changed = (
        created
        or record is None
        or (previous is not None and previous != instance.file.name)
        # The same name for a new file (the old one was deleted first): the content tells.
        or bool(instance.file_hash and record.file_hash and record.file_hash != instance.file_hash)
    )
    if file_changed:
        DocumentText.objects.update_or_create(
            document=instance,
            defaults={"status": extraction.PENDING, "file_hash": "", "text": ""},
        )
        enqueue_extraction(instance.pk)
    else:
        # The collection (and so the privacy) may have changed.
        transaction.on_commit(lambda: reindex_publications_of([instance.pk]))
    if not created and previous and previous != instance.file.name:
        keep_old_address(instance, previous)


def keep_old_address(document, previous_name):
    old_filename = previous_name.rsplit("/", 1)[-1]
    if old_filename == document.filename:
        return
    old_url = reverse("wagtaildocs_serve", args=(document.pk, old_filename))
    new_url = reverse("wagtaildocs_serve", args=(document.pk, document.filename))
    Redirect.objects.filter(redirect_link=old_url).update(redirect_link=new_url)
    # The new file may have an earlier file's name again: its address is live, not redirected.
    Redirect.objects.filter(old_path=Redirect.normalise_path(new_url), site=None).delete()
    old_path = Redirect.normalise_path(old_url)
    Redirect.objects.filter(old_path=old_path, site=None).delete()
    Redirect.add_redirect(old_path, redirect_to=new_url, is_permanent=False)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs):
    collection = instance.collection
    document_ids = list(
        Document.objects.filter(collection__in=collection.get_descendants(inclusive=True)).values_list(
            "pk", flat=True
        )
    )
    transaction.on_commit(lambda: reindex_publications_of(document_ids))
