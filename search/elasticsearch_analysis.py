"""The site's text analysis for Elasticsearch / OpenSearch: synonyms and consonant alternations.

When ``WAGTAILSEARCH_BACKENDS["default"]`` points at Wagtail's Elasticsearch or OpenSearch
backend, the database analysis of ``search.analysis`` does not run: the search server analyses
the text itself. This module gives it the same rules, as index settings and field mappings:

* ``index_settings()``: the ``analysis`` settings, to pass as the backend's ``INDEX_SETTINGS``
  (Wagtail merges them into its own). Analyzers:

  - ``latvian_site`` (indexing): lower case, Latvian stop words, then a ``multiplexer`` that
    emits each word's Lucene Latvian stem and, for the 2nd declension's base forms with the
    ``t → š`` and ``d → ž`` alternation ("jaunietis", "briedis"), also the stem of the
    alternated form ("jaunieš", "briež"); diacritics folded last, as in ``search.analysis``;
  - ``latvian_site_search`` (queries): the same, but a base form is replaced by its alternated
    form before stemming (one token per word, so that the synonym filter can follow), then
    the editors' synonym groups (``synonym_graph``, analysed by the same chain, so every
    inflected form of a synonym matches);
  - ``english_site`` and ``english_site_search``: Lucene's English stop words, Porter2
    (Snowball ``english``), folding and, at query time, the English synonym groups.

* ``LanguageMappingMixin``: a mixin for the backend's mapping class that gives ``*_lv`` fields
  the Latvian analyzers and ``*_en`` fields the English ones; other text (Wagtail's catch-all
  ``_all_text``) uses ``default`` / ``default_search``, the Latvian pair, as the site's first
  language.

Synonym groups live in the index settings: after editors change them, rebuild the index
(``manage.py update_index``) for the search server to use them.
"""

from search.analysis import ENGLISH_STOP_WORDS, LATVIAN_STOP_WORDS

ANALYZERS = {
    "lv": ("latvian_site", "latvian_site_search"),
    "en": ("english_site", "english_site_search"),
}

# Java regular expressions of Elasticsearch's ``pattern_replace`` filter. They run on lower-case
# words with their diacritics, before stemming; see ``search.analysis.alternates_latvian``:
# the 2nd declension's nominative -is and dative -im after t or d (jaunietis, briedim).
ALTERNATION_PATTERNS = {
    "lv_alternation_t": (r"^(.{2,})t(is|im)$", "$1š$2"),
    "lv_alternation_d": (r"^(.{2,})d(is|im)$", "$1ž$2"),
}


def synonym_rules(language):
    """The editors' synonym groups of ``language`` as Solr synonym rules ("a, b, c")."""
    from search.models import SynonymGroup

    rules = []
    for group in SynonymGroup.objects.filter(language=language).order_by("pk"):
        phrases = [phrase.replace(",", " ").lower() for phrase in group.phrases]
        if len(phrases) > 1:
            rules.append(", ".join(phrases))
    return rules


def index_settings():
    """``INDEX_SETTINGS`` for Wagtail's Elasticsearch/OpenSearch backend."""
    alternation = list(ALTERNATION_PATTERNS)
    filters = {
        "lv_stop": {"type": "stop", "stopwords": sorted(LATVIAN_STOP_WORDS)},
        "lv_stemmer": {"type": "stemmer", "language": "latvian"},
        "lv_alternation": {
            "type": "multiplexer",
            "filters": ["lv_stemmer, asciifolding", ", ".join([*alternation, "lv_stemmer", "asciifolding"])],
            "preserve_original": False,
        },
        "lv_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules("lv")},
        "en_stop": {"type": "stop", "stopwords": sorted(ENGLISH_STOP_WORDS)},
        "en_stemmer": {"type": "stemmer", "language": "english"},
        "en_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules("en")},
        "unique_position": {"type": "unique", "only_on_same_position": True},
    }
    for name, (pattern, replacement) in ALTERNATION_PATTERNS.items():
        filters[name] = {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}
    latvian = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "lv_stop", "lv_alternation", "unique_position"],
    }
    latvian_search = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "lv_stop", *alternation, "lv_stemmer", "asciifolding", "lv_synonyms"],
    }
    english = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "en_stop", "en_stemmer", "asciifolding"],
    }
    english_search = {**english, "filter": [*english["filter"], "en_synonyms"]}
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    "latvian_site": latvian,
                    "latvian_site_search": latvian_search,
                    "english_site": english,
                    "english_site_search": english_search,
                    "default": latvian,
                    "default_search": latvian_search,
                },
            }
        }
    }


def analyzers_for_field(column_name):
    """``{"analyzer": ..., "search_analyzer": ...}`` for a field by its language suffix."""
    for language, (analyzer, search_analyzer) in ANALYZERS.items():
        if column_name.endswith(f"_{language}"):
            return {"analyzer": analyzer, "search_analyzer": search_analyzer}
    return {}


class LanguageMappingMixin:
    """For a subclass of the backend's mapping class: per-language analyzers on text fields."""

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping.update(analyzers_for_field(getattr(field, "field_name", "")))
        return name, mapping
