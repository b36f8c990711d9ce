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

Each row also carries what suggestions are ordered by (pages that list others last, then
shorter titles first), so the best ``CANDIDATES`` pages are found in the words' index alone;
only those are then checked against the page table. Should fewer than ``SUGGESTIONS`` of them
pass (many drafts or private pages among the best), the lookup is repeated over every match.
"""

from django.db.models import BigIntegerField, Case, Exists, IntegerField, OuterRef, Value, When
from django.db.models.functions import Cast, Length
from modeltranslation.utils import build_localized_fieldname

from search import analysis
from search.results import is_listing, listing_content_type_ids
from search.signals import forget_answers

MAX_QUERY_WORDS = 6  # words of the query looked up; more only narrow what the first ones find
CANDIDATES = 50  # best matches by the words' index, checked against the page table
MAX_TITLE_LENGTH = 32767  # what the title_length column holds


def title_words(document):
    """``{language: (title length, {folded word})}`` of a ``Document``'s autocomplete texts."""
    words = {}
    for text, language in document.autocomplete_texts:
        for code in analysis.LANGUAGES if language is None else (language,):
            length, found = words.get(code, (0, set()))
            for _start, _end, word in analysis.tokenize(text):
                folded = analysis.fold(word)
                if folded and len(folded) <= analysis.MAX_TOKEN_LENGTH:
                    found.add(folded)
            words[code] = (length + len(text), found)
    return {code: (length, found) for code, (length, found) in words.items() if found}


def _rows(listing, titles):
    return {
        (language, word, listing, min(length, MAX_TITLE_LENGTH))
        for language, (length, words) in titles.items()
        for word in words
    }


def record(titles_by_page, listing=False):
    """Store the title words of pages, replacing old ones.

    ``titles_by_page`` is ``{page id: {language: (title length, {folded word})}}``;
    ``listing`` says whether the pages list others (``search.results.is_listing``).
    """
    from search.models import TitleWord

    if not titles_by_page:
        return
    wanted = {page_id: _rows(listing, titles) for page_id, titles in titles_by_page.items()}
    existing = {}
    for page_id, *row in TitleWord.objects.filter(page_id__in=list(wanted)).values_list(
        "page_id", "language", "word", "listing", "title_length"
    ):
        existing.setdefault(page_id, set()).add(tuple(row))
    changed = [page_id for page_id, rows in wanted.items() if existing.get(page_id, set()) != rows]
    if not changed:
        return
    TitleWord.objects.filter(page_id__in=changed).delete()
    TitleWord.objects.bulk_create(
        [
            TitleWord(page_id=page_id, language=language, word=word, listing=listed, title_length=length)
            for page_id in changed
            for language, word, listed, length in sorted(wanted[page_id])
        ],
        batch_size=1000,
    )
    # The index may be written after the page was published (a background task): answers
    # cached in between would miss the new words.
    forget_answers()


def _is_page_model(model):
    from wagtail.models import Page

    return issubclass(model, Page)


def has_words(model, object_id_field="object_id"):
    """An annotation for index entries: does the page have title words stored? (pages only)

    The index reads its entries before writing; with this it also learns, in the same query,
    which unchanged pages still lack their title words (a rebuild after the table was emptied).
    """
    from search.models import TitleWord

    if not _is_page_model(model):
        return {}
    page_ids = TitleWord.objects.filter(page_id=Cast(OuterRef(object_id_field), BigIntegerField()))
    return {"has_title_words": Exists(page_ids)}


def record_documents(model, documents):
    """``record`` for the ``Document`` objects of one indexed model (pages only)."""
    if not documents or not _is_page_model(model):
        return
    record({int(document.id): title_words(document) for document in documents}, listing=is_listing(model))


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


def matching(pages, language, query, limit):
    """The first ``limit`` of ``pages`` whose title in ``language`` has, for every typed word, a
    word starting with it.

    Ordered as the search page orders: pages that list others last; then shorter titles first
    (the typed words are more of them), then the older page.
    """
    from search.models import TitleWord

    words = query_words(query)
    if not words:
        return []
    matches = TitleWord.objects.filter(language=language)
    # The longest word first: the most selective range.
    first, *others = sorted(words, key=len, reverse=True)
    matches = matches.filter(**_starts_with(first))
    for word in others:
        matches = matches.filter(
            page_id__in=TitleWord.objects.filter(language=language, **_starts_with(word)).values("page_id")
        )
    ordered = pages.annotate(
        suggestion_listing=Case(
            When(content_type_id__in=listing_content_type_ids(), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
        suggestion_length=Length(build_localized_fieldname("title", language)),
    ).order_by("suggestion_listing", "suggestion_length", "id")
    best = (
        matches.order_by("listing", "title_length", "page_id")
        .values_list("page_id", flat=True)
        .distinct()[:CANDIDATES]
    )
    found = list(ordered.filter(id__in=list(best))[:limit])
    if len(found) < limit:
        found = list(ordered.filter(id__in=matches.values("page_id"))[:limit])
    return found
