"""Ranked result pages and weighted FTS5 scores for django-modelsearch 1.3.2.

Written for django-modelsearch **1.3.2** (distribution ``modelsearch``: ``modelsearch/backends/base.py``,
``modelsearch/backends/database/sqlite/``, ``modelsearch/migrations/0002_customise_indexentry.py``).
The search backends of ``search/backends/`` build on the two pieces below; everything else they do
goes through the package's public API (backend, index, query compiler and rebuilder classes,
``SEARCH_CONFIG``, ``SearchField``, ``get_search_fields()``).

Why each piece is needed:

``RankedResultsMixin`` overrides ``BaseSearchResults._do_search`` and ``_do_count`` and reads
``_score_field``.
    The package's API reference names ``_do_search`` and ``_do_count`` as the methods a results
    class implements, but they carry a leading underscore. Its database backends run a search
    as one query on the searched table joined to the index, ranking every match there: about a
    second at ten thousand pages (SQLite re-runs the full-text match for each row, PostgreSQL
    plans multi-word queries as a nested loop). The overrides ask the query compiler for the
    ranked ``(object_id, score)`` rows of the index table alone (its ``ranked_entries()``, see
    ``search/backends/``), load only the requested slice of objects and set the score on them
    as ``annotate_score()`` asked (``_score_field``). A compiler that returns ``None`` (negated
    queries, other orderings) keeps the package's own way.

``WeightedBM25`` is FTS5's ``bm25()`` with a weight per column.
    The package scores with ``bm25(table)``, every column alike, and offers no way to weigh the
    title; the weights of ``bm25()`` are positional, so they depend on the column order of the
    FTS5 table that the package's migration creates: ``fts5(autocomplete, body, title)``
    (``FTS_COLUMNS``).

``tests/test_patches.py`` fails when the installed version is not ``TARGET_VERSION``, when the
package code these pieces rely on changes, or when the FTS5 table's columns move.
"""

from django.db.models import FloatField, Func
from django.utils.encoding import force_str
from modelsearch.backends.base import BaseSearchResults
from modelsearch.conf import get_app_config

TARGET_VERSION = "1.3.2"

# The package code the pieces rely on (tests/test_patches.py pins the source and signatures).
PACKAGE_RESULTS = BaseSearchResults
OVERRIDDEN_METHODS = ("_do_search", "_do_count")

# The columns of the package's FTS5 table, in the order ``bm25()`` takes their weights.
FTS_COLUMNS = ("autocomplete", "body", "title")


class RankedResultsMixin:
    """Search results fetched in two steps: ranked ids from the index, then the page of objects.

    Mixed into a subclass of the package's results class, before it. The query compiler
    provides ``ranked_entries(ranked=True)``: a queryset of ``(object_id, score)`` rows, best
    first, or ``None`` when it leaves the query to the package; ``ranked=False`` gives the
    matching primary keys as a sub-query, unordered.
    """

    def ranked_rows(self, ranked=True):
        method = getattr(self.query_compiler, "ranked_entries", None)
        return method(ranked) if method is not None else None

    @property
    def score_field(self):
        """The attribute ``annotate_score()`` asked the score to be set on, or ``None``."""
        return self._score_field

    def _do_search(self):
        ranked = self.ranked_rows()
        if ranked is None:
            return super()._do_search()
        rows = list(ranked[self.start : self.stop])
        model = self.query_compiler.queryset.model
        pks = [model._meta.pk.to_python(object_id) for object_id, _score in rows]
        objects = {force_str(obj.pk): obj for obj in self.query_compiler.queryset.filter(pk__in=pks)}
        results = []
        for object_id, score in rows:
            obj = objects.get(object_id)
            if obj is not None:
                if self.score_field:
                    setattr(obj, self.score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        ranked = self.ranked_rows()
        if ranked is None:
            return super()._do_count()
        return ranked.order_by().count()


class WeightedBM25(Func):
    """FTS5's ``bm25()`` of the package's FTS5 table, with a weight per column (0 by default).

    ``WeightedBM25(body=1.0, title=4.0)``: lower is better, as with ``bm25()`` itself.
    """

    output_field = FloatField()

    def __init__(self, **weights):
        unknown = set(weights) - set(FTS_COLUMNS)
        if unknown:
            raise ValueError(f"Not columns of the FTS5 table: {sorted(unknown)}")
        self.weights = tuple(float(weights.get(column, 0.0)) for column in FTS_COLUMNS)
        super().__init__()

    def as_sql(self, compiler, connection, function=None, template=None):
        # Looked up when compiled: the model exists only when the database is SQLite.
        table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
        return f"bm25({table}, {', '.join(map(str, self.weights))})", []
