"""``search.backend`` on SQLite: Wagtail's FTS5 backend fed with ``search.analysis`` terms."""

from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.conf import get_app_config
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.backend import AnalyzedQueryMixin, Document

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
        for object_id, document in documents.items():
            values = (document.title, document.autocomplete, document.body)
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


# FTS5 columns are (autocomplete, body, title); a word in the title counts this much more.
TITLE_WEIGHT = 4.0


class TitleWeightedBM25(BM25):
    """FTS5's ``bm25()`` with the title column weighted (Wagtail's treats every column alike)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class LanguageSQLiteSearchQueryCompiler(AnalyzedQueryMixin, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            return TitleWeightedBM25() * boost if boost != 1.0 else TitleWeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _build_rank_expression(self, vectors, config):
        # One weighted bm25() over the whole row; the stock sum over columns repeats it.
        return self.build_tsrank(None, self.query, config=config)


class LanguageSQLiteAutocompleteQueryCompiler(AnalyzedQueryMixin, SQLiteAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class LanguageSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LanguageSQLiteIndex
    query_compiler_class = LanguageSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageSQLiteAutocompleteQueryCompiler
