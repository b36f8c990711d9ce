"""Wagtail's database search backend, taught Latvian (and English) by ``search.analysis``.

Configured in settings as ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``;
like ``wagtail.search.backends.database`` it picks the PostgreSQL (``search.backends.postgres``)
or the SQLite FTS5 (``search.backends.sqlite``) implementation for the default database; what
they share is in ``search.backends.common``. A large site can swap in Elasticsearch or OpenSearch
there instead (their ``latvian`` analyzer is the reference this one was measured against).

What it changes, at indexing and at query time alike:

* **Per-language fields.** For a model translated with modeltranslation, the ``_lv`` fields are
  analysed as Latvian and the ``_en`` fields as English; the untranslated base field (whose value
  depends on the language active while indexing) is left out. Fields that have no language are
  analysed in every language. Empty fields are skipped: an empty English title is never indexed
  as the word "None".
* **Ready-made terms.** The database receives terms from ``search.analysis`` (folded, stemmed,
  tagged with their language) and only matches them: PostgreSQL with its ``simple``
  configuration, SQLite with FTS5's default tokenizer.
* **The query's language.** A query is analysed in the language set with ``query_language()``
  (the public search page sets the visitor's language); without one (the admin, the choosers)
  every word may match in any language.
* **Nothing written when nothing changed.** Re-indexing an object whose terms are unchanged
  reads its index entry and writes nothing.

The backends use django-modelsearch's public classes and settings; the two pieces that reach
into its internals (ranked result pages, the column weights of FTS5's ``bm25()``) are in
``patches/modelsearch.py``.
"""

from functools import cache
from importlib import import_module

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists


@cache
def sqlite_has_fts():
    """Checked once per process, as Wagtail's own database backend does."""
    return fts5_available() and fts_table_exists()


def vendor_module():
    """The dotted path of the implementation for the default database."""
    if connection.vendor == "postgresql":
        return "search.backends.postgres"
    if connection.vendor == "sqlite" and sqlite_has_fts():
        return "search.backends.sqlite"
    raise ImproperlyConfigured(
        "search.backends needs PostgreSQL or SQLite with FTS5; use Elasticsearch or OpenSearch otherwise."
    )


def SearchBackend(params):  # noqa: N802 (the name Wagtail's backend loader looks for)
    """The Latvian-aware database backend for the default database's vendor.

    The implementation is imported by name: modelsearch defines the index models of one
    database vendor only, so the other vendor's module cannot be imported.
    """
    return import_module(vendor_module()).SearchBackend(params)
