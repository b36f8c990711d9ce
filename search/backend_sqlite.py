"""``search.backend`` on SQLite: Wagtail's FTS5 backend fed with ``search.analysis`` terms."""

from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
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

from search import vocabulary
from search.backend import AnalyzedQueryMixin, Document, RankedResultsMixin, as_object_pks, object_ids_of

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
        existing = {
            object_id: (title, autocomplete, body)
            for object_id, title, autocomplete, body in entries.filter(
                object_id__in=list(documents)
            ).values_list("object_id", "title", "autocomplete", "body")
        }
        changed = False
        to_create = []
        new_words = {}
        for object_id, document in documents.items():
            values = (document.title, document.autocomplete, document.body)
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
                # title_norm=1.0 marks the entry for _refresh_title_norms below.
                entries.filter(object_id=object_id).update(
                    title=values[0], autocomplete=values[1], body=values[2], title_norm=1.0
                )
                changed = True
        if to_create:
            self.entries.bulk_create(to_create)
            changed = True
        if changed:
            self._refresh_title_norms()
        vocabulary.record(new_words)


# FTS5 columns are (autocomplete, body, title); a word in the title counts this much more.
TITLE_WEIGHT = 4.0


class TitleWeightedBM25(BM25):
    """FTS5's ``bm25()`` with the title column weighted (Wagtail's treats every column alike)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class AutocompleteBM25(BM25):
    """``bm25()`` of the autocomplete column alone."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 1.0, 0.0, 0.0)", []


class LanguageSQLiteSearchQueryCompiler(AnalyzedQueryMixin, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5's bm25() scores the whole MATCH expression of a row at once: an ``And`` or ``Or``
        # of words, phrases and alternatives is one score, not a sum or product of its parts.
        if isinstance(query, (Phrase, PlainText, Not, And, Or)):
            return TitleWeightedBM25() * boost if boost != 1.0 else TitleWeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _build_rank_expression(self, vectors, config):
        # One weighted bm25() over the whole row; the stock sum over columns repeats it.
        return self.build_tsrank(None, self.query, config=config)

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
        from search.results import ranking

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
        return AutocompleteBM25()


class LanguageSQLiteSearchResults(RankedResultsMixin, SQLiteSearchResults):
    pass


class LanguageSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LanguageSQLiteIndex
    query_compiler_class = LanguageSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageSQLiteAutocompleteQueryCompiler
    results_class = LanguageSQLiteSearchResults
