"""The text of an uploaded document, page by page, with bounded time and size.

PDF through pypdf, DOCX through python-docx, ODT through odfdo (docs/dependencies.md). Nothing here
raises for a bad file: a scanned, encrypted, broken or oversized document gives an ``Extraction``
whose ``status`` says so and whose ``message`` tells the editor, in plain words, what happened. The
document itself is always accepted; only its words are not searchable.

Limits (settings, with these defaults):

* ``PUBLICATIONS_EXTRACT_MAX_BYTES``: files larger than 50 MB are not read at all.
* ``PUBLICATIONS_EXTRACT_MAX_PAGES``: at most 1,000 PDF pages are read.
* ``PUBLICATIONS_EXTRACT_MAX_CHARS``: at most 400,000 characters are kept (a report of several
  hundred pages); the index of one page stays well inside PostgreSQL's 1 MB ``tsvector`` limit.
* ``PUBLICATIONS_EXTRACT_SECONDS``: reading stops after 60 seconds, checked after every page.
"""

import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

PAGE_SEPARATOR = "\f"  # between the texts of two pages, as pdftotext writes it

EXTRACTED = "extracted"
NO_TEXT = "no_text"
ENCRYPTED = "encrypted"
BROKEN = "broken"
TOO_LARGE = "too_large"
UNSUPPORTED = "unsupported"
PENDING = "pending"

STATUS_CHOICES = [
    (PENDING, _("Waiting to be read")),
    (EXTRACTED, _("Text extracted")),
    (NO_TEXT, _("No text found")),
    (ENCRYPTED, _("Encrypted")),
    (BROKEN, _("Could not be read")),
    (TOO_LARGE, _("Too large to read")),
    (UNSUPPORTED, _("Format not searched")),
]

MESSAGES = {
    NO_TEXT: _(
        "No text was found in this document; it may be a scanned image. Visitors can download it, "
        "but search cannot find words inside it. Upload a version with a text layer if you have one."
    ),
    ENCRYPTED: _(
        "This PDF is encrypted with a password, so its text cannot be read. Visitors can download "
        "it, but search cannot find words inside it."
    ),
    BROKEN: _(
        "This file could not be read (it may be damaged). Visitors can download it, but search "
        "cannot find words inside it. Check that it opens, then upload it again."
    ),
    TOO_LARGE: _(
        "This file is too large for its text to be read for search. Visitors can download it, but "
        "search cannot find words inside it."
    ),
    UNSUPPORTED: _("Words inside this type of file are not searched."),
}

EXTRACTORS = {}


def limit(name, default):
    return getattr(settings, name, default)


@dataclass
class Extraction:
    status: str
    pages: list = field(default_factory=list)
    truncated: bool = False
    has_page_numbers: bool = False

    @property
    def text(self):
        return PAGE_SEPARATOR.join(self.pages)

    @property
    def message(self):
        text = MESSAGES.get(self.status, "")
        if self.status == EXTRACTED and self.truncated:
            text = _(
                "Only the beginning of this document is searchable: it is longer than the site reads "
                "for search."
            )
        return str(text)


def clean_text(text):
    return " ".join((text or "").split())


class Budget:
    """Characters and seconds left; ``spend`` cuts a text to what remains."""

    def __init__(self):
        self.chars = limit("PUBLICATIONS_EXTRACT_MAX_CHARS", 400_000)
        self.deadline = time.monotonic() + limit("PUBLICATIONS_EXTRACT_SECONDS", 60)
        self.exhausted = False

    def spend(self, text):
        if len(text) >= self.chars:
            text = text[: self.chars]
            self.exhausted = True
        self.chars -= len(text)
        if time.monotonic() > self.deadline:
            self.exhausted = True
        return text


def extractor(*extensions):
    def register(function):
        for extension in extensions:
            EXTRACTORS[extension] = function
        return function

    return register


@extractor("pdf")
def extract_pdf(fileobj, budget):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(fileobj, strict=False)
    if reader.is_encrypted:
        # Many PDFs are encrypted only against editing: they open with an empty password.
        try:
            if not reader.decrypt(""):
                return Extraction(ENCRYPTED)
        except (DependencyError, FileNotDecryptedError, NotImplementedError):
            return Extraction(ENCRYPTED)
    pages = []
    max_pages = limit("PUBLICATIONS_EXTRACT_MAX_PAGES", 1000)
    truncated = len(reader.pages) > max_pages
    for number, page in enumerate(reader.pages):
        if number >= max_pages or budget.exhausted:
            truncated = True
            break
        try:
            text = clean_text(page.extract_text())
        except (DependencyError, FileNotDecryptedError):
            return Extraction(ENCRYPTED)
        except Exception:  # one damaged page: keep the others
            logger.warning("Could not read page %s of a PDF", number + 1, exc_info=True)
            text = ""
        pages.append(budget.spend(text))
    if not any(pages):
        return Extraction(NO_TEXT)
    return Extraction(EXTRACTED, pages, truncated or budget.exhausted, has_page_numbers=True)


@extractor("docx")
def extract_docx(fileobj, budget):
    import docx

    document = docx.Document(fileobj)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return _single_page(parts, budget)


@extractor("odt")
def extract_odt(fileobj, budget):
    from odfdo import Document

    document = Document(fileobj)
    return _single_page([document.get_formatted_text()], budget)


def _single_page(parts, budget):
    text = budget.spend(clean_text(" ".join(parts)))
    if not text:
        return Extraction(NO_TEXT)
    return Extraction(EXTRACTED, [text], budget.exhausted)


def extract(fileobj, extension, size=None):
    """The text of ``fileobj`` (a binary file) of type ``extension``; never raises for bad files."""
    function = EXTRACTORS.get((extension or "").lower())
    if function is None:
        return Extraction(UNSUPPORTED)
    if size is not None and size > limit("PUBLICATIONS_EXTRACT_MAX_BYTES", 50 * 1024 * 1024):
        return Extraction(TOO_LARGE)
    try:
        return function(fileobj, Budget())
    except Exception:  # a damaged or hostile file must never break an upload
        logger.warning("Could not read the text of a .%s file", extension, exc_info=True)
        return Extraction(BROKEN)


def extract_document(document):
    """The text of a Wagtail document, read from its storage."""
    try:
        size = document.get_file_size()
        with document.open_file() as fileobj:
            return extract(fileobj, document.file_extension, size)
    except OSError:
        logger.warning("The file of document %s could not be opened", document.pk, exc_info=True)
        return Extraction(BROKEN)
