"""How one search result is shown: its type, date and a snippet with the matched words marked.

Generic over page types: anything with ``search_fields`` can be a result. A result is labelled
with one of a few plain-language types ("News", "Event", "Page"; ``RESULT_TYPES``), not with the
name of its page model. A page model may say how it is shown:

* ``search_result_kind``: ``"news"``, ``"event"`` or ``"page"`` (otherwise ``DEFAULT_KINDS``,
  then ``"page"``);
* ``search_result_date``: the name of its date field; otherwise ``date`` or ``start_date``. A
  page without one shows no date (a content page's publication time is not its date);
* ``search_is_listing``: a page that lists others (the news index, the calendar, the home
  page) ranks after the content it lists (otherwise ``DEFAULT_LISTINGS``).
* ``search_result_passage(terms, language)``: the snippet as safe HTML (for example the page of
  a document that matched), or ``None`` for the default snippet.
"""

import datetime
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, IntegerField, Value, When
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext_lazy
from wagtail.models import Page, get_page_models

from search import analysis, synonyms
from search.backends.common import field_texts

SNIPPET_WORDS = 32
SNIPPET_SOURCE_CHARS = 20_000  # enough text to find a match in; bounds the work per result
DATE_FIELDS = ("date", "start_date")

RESULT_TYPES = {
    # Translators: the type of a search result: a news article (Latvian "Ziņa").
    "news": pgettext_lazy("search result type", "News"),
    # Translators: the type of a search result: an event of the calendar.
    "event": pgettext_lazy("search result type", "Event"),
    # Translators: the type of a search result: any other page.
    "page": pgettext_lazy("search result type", "Page"),
}
DEFAULT_KINDS = {"news.newsarticlepage": "news", "events.eventpage": "event"}
DEFAULT_LISTINGS = frozenset({"news.newsindexpage", "events.eventcalendarpage", "home.homepage"})


def result_kind(model):
    kind = getattr(model, "search_result_kind", None) or DEFAULT_KINDS.get(model._meta.label_lower, "page")
    return kind if kind in RESULT_TYPES else "page"


def type_key(model):
    return result_kind(model)


def type_label(model):
    return RESULT_TYPES[result_kind(model)]


def is_listing(model):
    flag = getattr(model, "search_is_listing", None)
    return model._meta.label_lower in DEFAULT_LISTINGS if flag is None else bool(flag)


def listing_content_type_ids():
    """Content type ids of the page models that list other pages."""
    models = [model for model in get_page_models() if is_listing(model)]
    return sorted(content_type.pk for content_type in ContentType.objects.get_for_models(*models).values())


def date_field(model):
    """The name of the date a result of this model shows, or ``None``."""
    name = getattr(model, "search_result_date", None)
    if name:
        return name
    names = {field.name for field in model._meta.get_fields()}
    return next((name for name in DATE_FIELDS if name in names), None)


def result_date(page):
    name = date_field(type(page)) if isinstance(page, Page) else None
    value = getattr(page, name, None) if name else None
    return value if isinstance(value, datetime.date) else None


def query_terms(query, language):
    """The index terms of a visitor's query, to find and mark the words that matched.

    With the alternated stems of its words ("jaunietis" marks "jauniešiem") and the words of the
    synonym groups it uses ("cilvēktirdzniecība" marks "cilvēku tirdzniecības").
    """
    units = [
        tuple((term,) for term in analysis.word_terms(word, language))
        for _s, _e, word in analysis.tokenize(query)
    ]
    terms = set()
    for unit in synonyms.expand([unit for unit in units if unit], language):
        for alternative in unit:
            terms.update(alternative)
    return frozenset(terms)


def _matches(word, terms, language):
    return any(term in terms for term in analysis.word_terms(word, language))


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
        if _matches(word, terms, language):
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
        if any(_matches(token, terms, language) for _s, _e, token in analysis.tokenize(word)):
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


def ranking(object_id_lookup, content_type_lookup):
    """Annotations that every ranked search orders by before the score.

    * ``listing``: 1 for pages that list others, which then come after all content.
    """
    return {
        "listing": Case(
            When(**{f"{content_type_lookup}__in": listing_content_type_ids()}, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    }


def newest_first_among_ties(pages, score_field):
    """``pages`` (one page of results, best first) with equal scores ordered newest first.

    Only dated results (news articles) move; computed on the page of results shown, so it
    costs nothing in the database. Pages whose score ties across a page boundary stay where
    the database put them.
    """
    ordered = []
    for _score, group in groupby(pages, key=lambda page: getattr(page, score_field, None)):
        group = list(group)
        if len(group) > 1:
            newest = datetime.date.max.toordinal()
            group.sort(key=lambda page: newest - (_ordinal(result_date(page)) if result_date(page) else 0))
        ordered.extend(group)
    return ordered


def _ordinal(value):
    return value.date().toordinal() if isinstance(value, datetime.datetime) else value.toordinal()
