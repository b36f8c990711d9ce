"""``search.backends`` on PostgreSQL: Wagtail's backend fed with ``search.analysis`` terms.

The terms are ready-made, so PostgreSQL must not stem them again: both the index and the
queries use the ``simple`` text-search configuration (lower case, no stemming, no stop words),
set through the backend's ``SEARCH_CONFIG`` option.
"""

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db.models import Case, F, IntegerField, Q, TextField, Value, When
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config
from modelsearch.query import Fuzzy, MatchAll, Not, Or, Phrase
from modelsearch.utils import ADD, get_content_type_pk, get_descendants_content_types_pks

from patches.modelsearch import RankedResultsMixin
from search import titles, vocabulary
from search.backends.common import AnalyzedQueryMixin, Document, FacetsMixin, as_object_pks, object_ids_of
from search.results import ranking

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)
CONFIG = "simple"


def _vector(parts, fixed_weight=None):
    if not parts:
        return EMPTY_VECTOR
    return ADD(
        [
            SearchVector(
                Value(terms, output_field=TextField()),
                weight=fixed_weight or get_weight(boost),
                config=CONFIG,
            )
            for terms, boost in parts
        ]
    )


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        documents = {}
        for obj in objs:
            document = Document(obj)
            documents[document.id] = document
        if not documents:
            return
        content_type_pk = get_content_type_pk(model)
        # title_text / body_text hold the analysed terms: what is compared to skip unchanged
        # objects (the autocomplete terms ride along in body_text for that comparison).
        existing = {}
        without_titles = set()
        rows = (
            self.entries.filter(content_type_id=content_type_pk, object_id__in=list(documents))
            .annotate(**titles.has_words(model))
            .values("object_id", "title_text", "body_text", *titles.has_words(model))
        )
        for row in rows:
            existing[row["object_id"]] = (row["title_text"], row["body_text"])
            if not row.get("has_title_words", True):
                without_titles.add(row["object_id"])
        changed = [
            document
            for object_id, document in documents.items()
            if existing.get(object_id) != (document.title, self._body_text(document))
        ]
        if changed:
            self.upsert(content_type_pk, changed)
            words = {}
            for document in changed:
                words.update(document.words)
            vocabulary.record(words)
        changed_ids = {document.id for document in changed}
        untitled = [documents[object_id] for object_id in without_titles - changed_ids]
        titles.record_documents(model, changed + untitled)

    @staticmethod
    def _body_text(document):
        return f"{document.body}\n{document.autocomplete}"

    def upsert(self, content_type_pk, documents):
        """Write the entries of ``documents`` in one ``INSERT … ON CONFLICT DO UPDATE``.

        The package's ``title_norm`` is left as it is: this backend ranks without it.
        """
        entries = [
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=document.id,
                title=_vector(document.title_parts),
                autocomplete=_vector(document.autocomplete_parts, fixed_weight="D"),
                # The body vector holds the title terms too: a query then matches one real
                # column, whose GIN index and statistics PostgreSQL uses (on the expression
                # ``title || body`` it has neither and plans multi-word queries badly).
                body=_vector(document.title_parts + document.body_parts),
                title_text=document.title,
                body_text=self._body_text(document),
            )
            for document in documents
        ]
        IndexEntry.objects.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=["title", "autocomplete", "body", "title_text", "body_text"],
        )


class LanguagePostgresSearchQueryCompiler(AnalyzedQueryMixin, PostgresSearchQueryCompiler):
    def get_search_vectors(self, search_query):
        if self.title_only:
            return [(F("index_entries__title"), F("index_entries__title_norm"))]
        return self.get_index_vectors(search_query)

    def ranked_entries(self, ranked=True):
        """Matching ``(object_id, score)`` rows, best first, ranked inside the index table.

        See ``patches.modelsearch.RankedResultsMixin``: joined to the pages, PostgreSQL plans
        multi-word queries as a nested loop (5-10 s at ten thousand pages, measured): it cannot
        estimate ``title || body @@ query``. Matching the ``body`` column alone (which holds
        the title terms too) gives it statistics and the GIN index.
        """
        if not self.order_by_relevance or isinstance(self.query, (MatchAll, Not, Fuzzy)):
            return None
        config = self.get_config_for_ranking()
        search_query = self.build_tsquery(self.query, config=config)
        # The title counts by its weight alone: Wagtail's ``title_norm`` depends on the average
        # title length when the entry was written, so equal pages would score differently and
        # the newer news could not break the tie.
        vectors = [(F("title"), 1.0)]
        if not self.title_only:
            vectors.append((F("body"), 1.0))
        # "body" also holds the title terms (see LanguagePostgresIndex.upsert).
        matches = {"title": search_query} if self.title_only else {"body": search_query}
        entries = IndexEntry.objects.filter(**matches).filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            object_id__in=object_ids_of(self.queryset),
        )
        if not ranked:
            return as_object_pks(entries, "object_id", self.queryset.model)
        order = ranking("object_id", "content_type_id")
        # A page with the query's exact phrase comes first: ``ts_rank`` rewards how often the
        # words occur, not that they stand together (FTS5's bm25() scores the phrase itself).
        phrases = [part for part in getattr(self.query, "subqueries", ()) if isinstance(part, Phrase)]
        exact = Value(0, output_field=IntegerField())
        if isinstance(self.query, Or) and phrases:
            phrase_query = self.build_tsquery(phrases[0], config=config)
            field = "title" if self.title_only else "body"
            exact = Case(
                When(Q(**{field: phrase_query}), then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        return (
            entries.annotate(score=self.rank_expression(vectors, config), exact=exact, **order)
            .order_by("listing", "-exact", "-score", "object_id")
            .values_list("object_id", "score")
        )

    def get_config_for_ranking(self):
        return CONFIG

    def rank_expression(self, vectors, config):
        """The sum of ``build_tsrank()`` over ``(vector, boost)`` pairs, as the package ranks."""
        total = None
        for vector, boost in vectors:
            rank = self.build_tsrank(vector, self.query, config=config) * boost
            total = rank if total is None else total + rank
        return total


class LanguagePostgresAutocompleteQueryCompiler(AnalyzedQueryMixin, PostgresAutocompleteQueryCompiler):
    AUTOCOMPLETE = True

    def get_search_vectors(self, search_query):
        return self.get_index_vectors(search_query)

    def ranked_entries(self, ranked=True):
        """Suggestions as you type, ranked inside the index table (see the search compiler)."""
        if not self.order_by_relevance or isinstance(self.query, (MatchAll, Not, Fuzzy)):
            return None
        search_query = self.build_tsquery(self.query, config=CONFIG)
        entries = IndexEntry.objects.filter(autocomplete=search_query).filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            object_id__in=object_ids_of(self.queryset),
        )
        if not ranked:
            return as_object_pks(entries, "object_id", self.queryset.model)
        order = ranking("object_id", "content_type_id")
        return (
            entries.annotate(score=SearchRank(F("autocomplete"), search_query), **order)
            .order_by("listing", "-score", "object_id")
            .values_list("object_id", "score")
        )


class LanguagePostgresSearchResults(FacetsMixin, RankedResultsMixin, PostgresSearchResults):
    pass


class AnalyzeAfterRebuildMixin:
    """``update_index`` ends with ``ANALYZE`` of the index: the planner's word statistics are
    what keep multi-word queries on the GIN index (autovacuum would get there, later)."""

    def finish(self):
        super().finish()
        with self.index.write_connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")


class LanguagePostgresSearchRebuilder(AnalyzeAfterRebuildMixin, PostgresSearchRebuilder):
    pass


class LanguagePostgresSearchAtomicRebuilder(AnalyzeAfterRebuildMixin, PostgresSearchAtomicRebuilder):
    pass


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    results_class = LanguagePostgresSearchResults
    rebuilder_class = LanguagePostgresSearchRebuilder
    atomic_rebuilder_class = LanguagePostgresSearchAtomicRebuilder
    query_compiler_class = LanguagePostgresSearchQueryCompiler
    autocomplete_query_compiler_class = LanguagePostgresAutocompleteQueryCompiler

    def __init__(self, params):
        # The package's own options: the terms are matched as they are, never stemmed again.
        super().__init__({**params, "SEARCH_CONFIG": CONFIG})
        self.autocomplete_config = CONFIG  # the package's default for autocomplete already


SearchBackend = LanguagePostgresSearchBackend
