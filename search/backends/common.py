"""What both database backends share: documents of analysed terms and queries of index terms.

``search.backends.postgres`` and ``search.backends.sqlite`` build on this module; it imports
neither of them. See ``search/backends/__init__.py`` for what the backends change.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.db.models import Count, Manager, TextField
from django.db.models.functions import Cast
from django.utils.encoding import force_str
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from search import analysis, synonyms, vocabulary

_query_language = ContextVar("search_query_language", default=None)


@contextmanager
def query_language(language):
    """Analyse the queries built inside this block as ``language`` (``"lv"``, ``"en"``)."""
    token = _query_language.set(language)
    try:
        yield
    finally:
        _query_language.reset(token)


# --- Indexing --------------------------------------------------------------------------------


@cache
def _translations_of(model):
    """``({translation field: language}, {translated base fields})`` of a model."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}, frozenset()
    languages = {}
    for fields in options.all_fields.values():
        for field in fields:
            languages[field.name] = field.language
    return languages, frozenset(options.all_fields)


@cache
def _language_fields(model, search_fields):
    """The search fields of ``model`` as ``(field, language)``, translated fields per language."""
    languages, translated = _translations_of(model)
    seen = set()
    result = []
    for field in search_fields:
        if isinstance(field, RelatedFields):
            result.append((field, None))
            continue
        if not isinstance(field, (SearchField, AutocompleteField)):
            continue
        name = field.field_name
        if name in translated:
            expanded = []
            for code in analysis.LANGUAGES:
                kwargs = {"boost": field.boost} if isinstance(field, SearchField) else {}
                expanded.append((type(field)(build_localized_fieldname(name, code), **kwargs), code))
        else:
            expanded = [(field, languages.get(name))]
        for concrete, language in expanded:
            key = (type(concrete), concrete.field_name)
            if key not in seen:
                seen.add(key)
                result.append((concrete, language))
    return tuple(result)


def _base_name(field_name, model):
    languages, _translated = _translations_of(model)
    if field_name in languages:
        return field_name[: -len(languages[field_name]) - 1]
    return field_name


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


def field_texts(obj, search_fields=None):
    """Every searchable text of ``obj``: ``(kind, is_title, language, text, boost)``.

    ``kind`` is ``"search"`` or ``"autocomplete"``; ``language`` is ``None`` for text that has
    no language. Empty values are left out.
    """
    model = type(obj)
    if search_fields is None:
        search_fields = tuple(obj.get_search_fields())
    for field, language in _language_fields(model, tuple(search_fields)):
        if isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for item in related:
                yield from field_texts(item, tuple(field.fields))
            continue
        text = _as_text(field.get_value(obj)).strip()
        if not text:
            continue
        kind = "search" if isinstance(field, SearchField) else "autocomplete"
        is_title = _base_name(field.field_name, model) == "title"
        yield kind, is_title, language, text, getattr(field, "boost", None)


class Document:
    """What the index stores for one object: analysed title, body and autocomplete terms."""

    def __init__(self, obj):
        self.id = force_str(obj.pk)
        self.title_parts = []
        self.body_parts = []
        self.autocomplete_parts = []
        self.texts = []
        self.autocomplete_texts = []
        for kind, is_title, language, text, boost in field_texts(obj):
            if kind == "autocomplete":
                terms = analysis.analyze_prefixes(text, language)
                target = self.autocomplete_parts
                self.autocomplete_texts.append((text, language))
            else:
                terms = analysis.analyze(text, language)
                target = self.title_parts if is_title else self.body_parts
                self.texts.append((text, language))
            if terms:
                target.append((terms, boost))

    @property
    def words(self):
        """The words of the text, for the vocabulary of "Did you mean" (``search.vocabulary``)."""
        words = {}
        for text, language in self.texts:
            for key, word in vocabulary.words_of(text, language).items():
                words.setdefault(key, word)
        return words

    @staticmethod
    def _join(parts):
        return " ".join(terms for terms, _boost in parts)

    @property
    def title(self):
        return self._join(self.title_parts)

    @property
    def body(self):
        return self._join(self.body_parts)

    @property
    def autocomplete(self):
        return self._join(self.autocomplete_parts)


# --- Queries ---------------------------------------------------------------------------------


class _Nothing:
    """A query part that can match nothing (only stop words, punctuation)."""


NOTHING = _Nothing()


def _plain_text_query(text, language, autocomplete, operator):
    """The query's words as index terms, one query per language joined with ``Or``.

    A query is taken to be in one language: with no language set, "cilveku tirdznieciba" is
    looked for as Latvian or as English, not word by word in a mix of both.

    Words that have one term each go into one ``PlainText``, which keeps the backends' own
    relevance ranking. A word with an alternated stem ("jaunietis": ``jauni`` or ``jaunies``)
    and a synonym from the editors' groups ("cilvēktirdzniecība" or the phrase "cilvēku
    tirdzniecība") become an ``Or`` of their alternatives beside it. A query of several words
    joined with "and" also asks for them as a phrase, ``Or``-ed with the words: it finds the
    same pages, and ranks those with the exact phrase first.
    """
    words = [word for _start, _end, word in analysis.tokenize(text)]
    queries = []
    for code in _languages(language):
        if autocomplete:
            terms = [code + folded for folded in map(analysis.fold, words) if folded]
            if terms:
                queries.append(PlainText(" ".join(dict.fromkeys(terms)), operator=operator))
            continue
        units = [tuple((term,) for term in analysis.word_terms(word, code)) for word in words]
        units = synonyms.expand([unit for unit in units if unit], code)
        queries.append(_units_query(units, operator))
    return _combine(queries, is_and=False)


def _units_query(units, operator):
    if not units:
        return NOTHING
    single = list(dict.fromkeys(unit[0][0] for unit in units if len(unit) == 1 and len(unit[0]) == 1))
    others = []
    for unit in units:
        if len(unit) == 1 and len(unit[0]) == 1:
            continue
        alternatives = [
            PlainText(" ".join(sorted(terms)), operator="and")
            if isinstance(terms, frozenset)
            else PlainText(terms[0])
            if len(terms) == 1
            else Phrase(" ".join(terms))
            for terms in unit
        ]
        others.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    parts = [PlainText(" ".join(single), operator=operator)] if single else []
    parts += others
    if len(parts) == 1:
        query = parts[0]
    else:
        query = And(parts) if operator == "and" else Or(parts)
    if operator == "and" and len(units) > 1 and not others:
        # The exact phrase ranks first: same matches, one more way to score.
        query = Or([Phrase(" ".join(single)), query]) if len(single) == len(units) else query
    return query


def _languages(language):
    return analysis.LANGUAGES if language is None else (language,)


def _combine(parts, is_and):
    parts = [part for part in parts if part is not None]
    if is_and and any(part is NOTHING for part in parts):
        return NOTHING
    parts = [part for part in parts if part is not NOTHING]
    if not parts:
        return NOTHING
    if len(parts) == 1:
        return parts[0]
    return And(parts) if is_and else Or(parts)


def analyze_query(query, language, autocomplete=False):
    """``query`` with its words replaced by index terms; ``NOTHING`` if none remain."""
    if isinstance(query, MatchAll):
        return query
    if isinstance(query, (PlainText, Fuzzy)):
        operator = getattr(query, "operator", "and")
        return _plain_text_query(query.query_string, language, autocomplete, operator)
    if isinstance(query, Phrase):
        phrases = []
        for code in _languages(language):
            terms = analysis.analyze_words(query.query_string, code)
            if terms:
                phrases.append(Phrase(" ".join(terms)))
        return _combine(phrases, is_and=False)
    if isinstance(query, (And, Or)):
        parts = [analyze_query(sub, language, autocomplete) for sub in query.subqueries]
        return _combine(parts, is_and=isinstance(query, And))
    if isinstance(query, Not):
        inner = analyze_query(query.subquery, language, autocomplete)
        return MatchAll() if inner is NOTHING else Not(inner)
    if isinstance(query, Boost):
        inner = analyze_query(query.subquery, language, autocomplete)
        return inner if inner is NOTHING else Boost(inner, query.boost)
    raise NotImplementedError(f"{type(query).__name__} queries are not supported by search.backends.")


class AnalyzedQueryMixin:
    """Query compilers that turn the query's words into the index's terms before compiling."""

    AUTOCOMPLETE = False

    def __init__(self, queryset, query, fields=None, operator=None, order_by_relevance=True):
        super().__init__(queryset, query, fields, operator, order_by_relevance)
        self.language = _query_language.get()
        analyzed = analyze_query(self.query, self.language, autocomplete=self.AUTOCOMPLETE)
        self.matches_nothing = analyzed is NOTHING
        # A query that can match nothing: the backends answer ``Not(MatchAll())`` with no rows.
        self.query = Not(MatchAll()) if self.matches_nothing else analyzed
        # The index has a title and a body column, not one per field; a search restricted to the
        # title fields (``title``, ``title_lv``, ...) searches the title column.
        model = queryset.model
        only_titles = bool(fields) and all(_base_name(name, model) == "title" for name in fields)
        self.title_only = only_titles and not self.AUTOCOMPLETE
        self.fields = ["title"] if self.title_only else None


class FacetsMixin:
    """``facet()`` counted on the ranked index rows (``RankedResultsMixin.ranked_rows``)."""

    def facet(self, field_name):
        matching = self.ranked_rows(ranked=False)
        model = self.query_compiler.queryset.model
        filterable = {field.get_attname(model) for field in model.get_filterable_search_fields()}
        if matching is None or field_name not in filterable:
            return super().facet(field_name)
        rows = (
            self.query_compiler.queryset.filter(pk__in=matching)
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return {row[field_name]: row["count"] for row in rows}


def _pk_field(model):
    field = model._meta.pk
    while getattr(field, "target_field", None) is not None and field.remote_field is not None:
        field = field.target_field  # a multi-table child's pk points to its parent's
    return field


def as_object_pks(entries, object_id_lookup, model):
    """``entries`` as a sub-query of the model's primary keys (the index stores them as text)."""
    output_field = _pk_field(model).__class__()
    return entries.values(_search_pk=Cast(object_id_lookup, output_field=output_field))


def object_ids_of(queryset):
    """The queryset's primary keys as the index's text ``object_id``, for a sub-query."""
    return queryset.order_by().annotate(_search_object_id=Cast("pk", TextField())).values("_search_object_id")
