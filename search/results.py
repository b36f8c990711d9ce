"""How one search result is shown: its type, date and a snippet with the matched words marked.

Generic over page types: anything with ``search_fields`` can be a result. A page model may say
how it is shown:

* ``search_result_type``: the label of its type ("News", "Event"); otherwise the model's
  ``verbose_name`` ("news article", "event", "content page").
* ``search_result_date``: the date shown (attribute or property); otherwise a ``date`` or
  ``start_date`` field, otherwise the first publication.
* ``search_result_passage(terms, language)``: the snippet as safe HTML (for example the page of
  a document that matched), or ``None`` for the default snippet.
"""

import datetime

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from search import analysis
from search.backend import field_texts

SNIPPET_WORDS = 32
SNIPPET_SOURCE_CHARS = 20_000  # enough text to find a match in; bounds the work per result
DATE_FIELDS = ("search_result_date", "date", "start_date")


def type_key(model):
    return model._meta.label_lower


def type_label(model):
    label = getattr(model, "search_result_type", None) or model._meta.verbose_name
    return capfirst(str(label))


def result_date(page):
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, datetime.date):
            return value
    return page.first_published_at


def query_terms(query, language):
    """The index terms of a visitor's query, to find and mark the words that matched."""
    return frozenset(analysis.analyze_words(query, language))


def page_text(page, language):
    """The searchable text of ``page`` in ``language`` (title excluded), as one string."""
    texts = [
        text
        for kind, is_title, text_language, text, _boost in field_texts(page)
        if kind == "search" and not is_title and text_language in (language, None)
    ]
    return " ".join(" ".join(texts).split())[:SNIPPET_SOURCE_CHARS]


def highlight(text, terms, language):
    """``text`` escaped, with the words whose terms are in ``terms`` wrapped in ``<mark>``."""
    parts = []
    position = 0
    for start, end, word in analysis.tokenize(text):
        if analysis.terms_of_word(word, language) in terms:
            parts.append(conditional_escape(text[position:start]))
            parts.append(format_html("<mark>{}</mark>", word))
            position = end
    parts.append(conditional_escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 (every part is escaped)


def snippet(text, terms, language, length=SNIPPET_WORDS):
    """About ``length`` words of ``text`` around its first matching word, matches marked."""
    words = text.split(" ")
    first = 0
    for index, word in enumerate(words):
        if any(analysis.terms_of_word(token, language) in terms for _s, _e, token in analysis.tokenize(word)):
            first = index
            break
    start = max(0, first - length // 4)
    end = min(len(words), start + length)
    excerpt = " ".join(words[start:end])
    if not excerpt:
        return ""
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(words) else ""
    return format_html("{}{}{}", prefix, highlight(excerpt, terms, language), suffix)


class SearchResult:
    """One page as the result list shows it."""

    def __init__(self, page, terms, language, request=None):
        self.page = page
        self.url = page.get_url(request)
        self.title = highlight(page.title, terms, language)
        self.type_label = type_label(type(page))
        self.date = result_date(page)
        self.is_datetime = isinstance(self.date, datetime.datetime)
        passage = getattr(page, "search_result_passage", None)
        custom = passage(terms, language) if callable(passage) else None
        self.snippet = custom if custom is not None else snippet(page_text(page, language), terms, language)
