"""The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): size and content checks on upload.

Wagtail already refuses file names outside ``WAGTAILDOCS_EXTENSIONS``. This form adds:

* a size limit, ``PUBLICATIONS_MAX_UPLOAD_BYTES`` (50 MB by default), refused with the file's size
  and the limit in the message;
* a check that the content matches the name: a ``.pdf`` must start like a PDF, a ``.docx``,
  ``.xlsx``, ``.pptx``, ``.odt`` or ``.zip`` must be a ZIP package. A web page renamed to
  ``report.pdf`` is refused instead of being served to visitors;
* on an existing document, whether its text could be read for search (encrypted, scanned or
  damaged files are accepted, with this warning).
"""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from publications import extraction

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
}
FORMAT_NAMES = {"pdf": "PDF", "zip": "ZIP"}
OWN_ERRORS = {"file_too_large", "wrong_content"}


def max_upload_bytes():
    return getattr(settings, "PUBLICATIONS_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)


def check_upload(uploaded):
    """Raise ``ValidationError`` with a message an editor understands when a file is refused."""
    limit = max_upload_bytes()
    if uploaded.size > limit:
        raise forms.ValidationError(
            _("This file is %(size)s; documents can be at most %(limit)s. Make it smaller or split it."),
            code="file_too_large",
            params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
        )
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    signatures = SIGNATURES.get(extension)
    if signatures is None:
        return
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    # A PDF may have a few bytes of junk before its header; readers accept up to 1 KB.
    head = uploaded.read(1024)
    uploaded.seek(position)
    found = any(head.startswith(signature) for signature in signatures)
    if extension == "pdf":
        found = signatures[0] in head
    if not found:
        raise forms.ValidationError(
            _(
                "This file is named .%(extension)s but its content is not a %(format)s file. "
                "Check the file and upload it again."
            ),
            code="wrong_content",
            params={"extension": extension, "format": FORMAT_NAMES.get(extension, extension.upper())},
        )


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        record = None
        if self.instance.pk is not None:
            from publications.models import DocumentText

            record = DocumentText.objects.filter(document=self.instance).first()
        self.text_warning = (
            record.message if record is not None and record.status != extraction.PENDING else ""
        )
        if "file" in self.fields:
            help_text = _("At most %(limit)s.") % {"limit": filesizeformat(max_upload_bytes())}
            if self.text_warning:
                help_text = f"{self.text_warning} {help_text}"
            self.fields["file"].help_text = help_text
        elif self.text_warning and "title" in self.fields:
            self.fields["title"].help_text = self.text_warning

    def full_clean(self):
        super().full_clean()
        # A refused upload leaves the model's file empty, and Django's model validation then adds
        # "File extension “” is not allowed": keep only the message that says what is wrong.
        if self.errors.get("file"):
            ours = [error for error in self.errors["file"].as_data() if error.code in OWN_ERRORS]
            if ours:
                self.errors["file"] = self.error_class([message for error in ours for message in error])

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_upload(uploaded)
        return uploaded
