"""``search.backends`` on SQLite: Wagtail's FTS5 backend fed with ``search.analysis`` terms."""

from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.conf import get_app_config
from modelsearch.query import And, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from patches.modelsearch import RankedResultsMixin, WeightedBM25
from search import titles, vocabulary
from search.backends.common import AnalyzedQueryMixin, Document, FacetsMixin, as_object_pks, object_ids_of
from search.results import ranking

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)
SQLiteFTSIndexEntry = get_app_config().get_model("SQLiteFTSIndexEntry", require_ready=False)


class LanguageSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        documents = {force_str(obj.pk): Document(obj) for obj in objs}
        if not documents:
            return
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        existing = {}
        without_titles = set()
        rows = (
            entries.filter(object_id__in=list(documents))
            .annotate(**titles.has_words(model))
            .values("object_id", "title", "autocomplete", "body", *titles.has_words(model))
        )
        for row in rows:
            existing[row["object_id"]] = (row["title"], row["autocomplete"], row["body"])
            if not row.get("has_title_words", True):
                without_titles.add(row["object_id"])
        to_create = []
        new_words = {}
        retitled = []
        for object_id, document in documents.items():
            values = (document.title, document.autocomplete, document.body)
            if existing.get(object_id) != values or object_id in without_titles:
                retitled.append(document)
            if existing.get(object_id) != values:
                new_words.update(document.words)
            if object_id not in existing:
                to_create.append(
                    IndexEntry(
                        content_type_id=get_content_type_pk(model),
                        object_id=object_id,
                        title=values[0],
                        autocomplete=values[1],
                        body=values[2],
                    )
                )
            elif existing[object_id] != values:
                # The package's ``title_norm`` is left as it is: this backend ranks without it.
                entries.filter(object_id=object_id).update(
                    title=values[0], autocomplete=values[1], body=values[2]
                )
        if to_create:
            self.entries.bulk_create(to_create)
        vocabulary.record(new_words)
        titles.record_documents(model, retitled)


# A word in the title counts this much more than one in the body.
TITLE_WEIGHT = 4.0


def title_weighted_bm25():
    """FTS5's ``bm25()`` with the title weighted (Wagtail's treats every column alike)."""
    return WeightedBM25(body=1.0, title=TITLE_WEIGHT)


class LanguageSQLiteSearchQueryCompiler(AnalyzedQueryMixin, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25() scores the whole MATCH expression of a row at once: an ``And`` or ``Or``
        # of words, phrases and alternatives is one score, not a sum or product of its parts.
        if isinstance(query, (Phrase, PlainText, Not, And, Or)):
            return title_weighted_bm25() * boost if boost != 1.0 else title_weighted_bm25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def get_search_vectors(self):
        # One weighted bm25() scores the whole row: the package ranks with the sum of
        # ``build_tsrank()`` over these vectors, so one vector (with no column of its own).
        return [(None, 1.0)]

    def ranked_entries(self, ranked=True):
        """Matching ``(object_id, score)`` rows, best first, in one FTS query; ``None`` if unsuited.

        Wagtail's compiler ranks with a correlated sub-query per matching page, which re-runs
        the full-text match for every row: fine for a hundred pages, about a second for ten
        thousand. Here FTS5 ranks the matches itself, restricted to the queryset's pages, and
        only the page of results is fetched. Negated queries and other orderings keep
        Wagtail's way.
        """
        query = normalize(self.query)
        if not self.order_by_relevance or not isinstance(query, (PlainText, Phrase, And, Or)):
            return None
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query))
        entries = SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
            index_entry__object_id__in=object_ids_of(self.queryset),
        )
        if not ranked:
            return as_object_pks(entries, "index_entry__object_id", self.queryset.model)
        order = ranking("index_entry__object_id", "index_entry__content_type_id")
        return (
            entries.annotate(score=self.build_tsrank(None, query), **order)
            .order_by(
                "listing",
                "score",
                "index_entry__object_id",
            )
            .values_list("index_entry__object_id", "score")
        )


class LanguageSQLiteAutocompleteQueryCompiler(AnalyzedQueryMixin, SQLiteAutocompleteQueryCompiler):
    """Suggestions as you type: ranked inside FTS5 too (``bm25()`` of the autocomplete column)."""

    AUTOCOMPLETE = True
    ranked_entries = LanguageSQLiteSearchQueryCompiler.ranked_entries

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        return WeightedBM25(autocomplete=1.0)


class LanguageSQLiteSearchResults(FacetsMixin, RankedResultsMixin, SQLiteSearchResults):
    pass


class LanguageSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LanguageSQLiteIndex
    query_compiler_class = LanguageSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageSQLiteAutocompleteQueryCompiler
    results_class = LanguageSQLiteSearchResults


SearchBackend = LanguageSQLiteSearchBackend
