"""Suggestions as you type: the words of page titles, per language, in a table of their own.

The header's search box asks ``<search>/suggest/?q=cilv`` for titles whose words start with what
the visitor typed. Asking the full-text index for that (a prefix query of FTS5 or ``tsquery``,
ranked) costs a full-text match over every page; here each folded word of a page's title is a row
of ``TitleWord`` (page, language, word), and a typed word is an index range scan of that table:
``word >= 'cilv' AND word < 'cilw'``, the same on SQLite and PostgreSQL.

The rows are written where the search index is (``search.backends``: each page saved or
published, and ``manage.py update_index``), from the same autocomplete texts; a migration fills
them for existing pages. Whether a page is live, public, on the visitor's site and translated
into the visitor's language is *not* stored: it is read from the page at query time, so
publishing, unpublishing, moving, deleting or restricting a page changes the suggestions at once.
"""

from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Length
from modeltranslation.utils import build_localized_fieldname

from search import analysis
from search.results import listing_content_type_ids
from search.signals import forget_suggestions

MAX_QUERY_WORDS = 6  # words of the query looked up; more only narrow what the first ones find


def title_words(document):
    """``{(language, folded word)}`` of a ``search.backends.common.Document``'s autocomplete texts."""
    words = set()
    for text, language in document.autocomplete_texts:
        languages = analysis.LANGUAGES if language is None else (language,)
        for _start, _end, word in analysis.tokenize(text):
            folded = analysis.fold(word)
            if folded and len(folded) <= analysis.MAX_TOKEN_LENGTH:
                words.update((code, folded) for code in languages)
    return words


def record(words_by_page):
    """Store the title words of pages (``{page id: {(language, word)}}``), replacing old ones."""
    from search.models import TitleWord

    if not words_by_page:
        return
    existing = {}
    for page_id, language, word in TitleWord.objects.filter(page_id__in=list(words_by_page)).values_list(
        "page_id", "language", "word"
    ):
        existing.setdefault(page_id, set()).add((language, word))
    changed = [page_id for page_id, words in words_by_page.items() if existing.get(page_id, set()) != words]
    if not changed:
        return
    TitleWord.objects.filter(page_id__in=changed).delete()
    TitleWord.objects.bulk_create(
        [
            TitleWord(page_id=page_id, language=language, word=word)
            for page_id in changed
            for language, word in sorted(words_by_page[page_id])
        ],
        batch_size=1000,
    )
    # The index may be written after the page was published (a background task): answers
    # cached in between would miss the new words.
    forget_suggestions()


def record_documents(model, documents):
    """``record`` for the ``Document`` objects of one indexed model (pages only)."""
    from wagtail.models import Page

    if not issubclass(model, Page):
        return
    record({int(document.id): title_words(document) for document in documents})


def query_words(query):
    """The folded words of what the visitor typed, each once; ``None`` if one cannot match."""
    words = []
    for _start, _end, word in analysis.tokenize(query):
        folded = analysis.fold(word)
        if not folded:
            continue
        if len(folded) > analysis.MAX_TOKEN_LENGTH:
            return None
        if folded not in words:
            words.append(folded)
    return words[:MAX_QUERY_WORDS]


def _starts_with(prefix):
    """Rows whose word starts with ``prefix``, as a range an index can scan on any database."""
    lookups = {"word__startswith": prefix}
    last = ord(prefix[-1])
    if last < 0x10FFFF:
        lookups.update(word__gte=prefix, word__lt=prefix[:-1] + chr(last + 1))
    return lookups


def matching(pages, language, query):
    """``pages`` whose title in ``language`` has, for every typed word, a word starting with it.

    Ordered as the search page orders: pages that list others last; then shorter titles first
    (the typed words are more of them), then the older page.
    """
    from search.models import TitleWord

    words = query_words(query)
    if not words:
        return pages.none()
    # The longest word first: the most selective range.
    for word in sorted(words, key=len, reverse=True):
        pages = pages.filter(
            id__in=TitleWord.objects.filter(language=language, **_starts_with(word)).values("page_id")
        )
    return pages.annotate(
        suggestion_listing=Case(
            When(content_type_id__in=listing_content_type_ids(), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
        suggestion_length=Length(build_localized_fieldname("title", language)),
    ).order_by("suggestion_listing", "suggestion_length", "id")
