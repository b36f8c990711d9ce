"""The site's text analysis for Elasticsearch / OpenSearch: synonyms and consonant alternations.

When ``WAGTAILSEARCH_BACKENDS["default"]`` points at Wagtail's Elasticsearch or OpenSearch
backend, the database analysis of ``search.analysis`` does not run: the search server analyses
the text itself. This module gives it the same rules, as index settings and field mappings:

* ``index_settings()``: the ``analysis`` settings, to pass as the backend's ``INDEX_SETTINGS``
  (Wagtail merges them into its own). Analyzers:

  - ``latvian_site`` (indexing): lower case, Latvian stop words, then a ``multiplexer`` that
    emits each word's Lucene Latvian stem; for the 2nd declension's base forms with the
    ``t → š`` and ``d → ž`` alternation ("jaunietis", "briedis"), also the stem of the
    alternated form ("jaunieš", "briež"); and for the words to which ``search.analysis`` gives
    the 5th and 6th declensions' marked term (the genitive plural written ``-šu``/``-žu``,
    "māšu", "siržu"; 5th-declension base forms, "māte", "ķēdei", but not the words that keep
    their consonant; any form of the alternating 6th-declension nouns, "nakts", "sirdij"), that
    term too: the alternated stem plus ``q`` ("masq"), by ``pattern_replace`` rules
    (``MARKED_PATTERNS``) built from ``search.analysis``'s own lists. Diacritics are folded
    last, as in ``search.analysis``;
  - ``latvian_site_search`` (queries): the same, but one token per word, so that the synonym
    filter can follow: a word with a marked term is replaced by it ("māte" → ``masq``), a 2nd
    declension base form by its alternated form, before stemming; then the editors' synonym
    groups (``synonym_graph``, analysed by the same chain, so every inflected form of a
    synonym matches). Where the database searches a word by its stem *or* its marked term, the
    server searches by the marked term alone: "māte" finds "mātes", "mātei", "mātēm", "māšu",
    not "māti" or "mātē";
  - ``english_site`` and ``english_site_search``: Lucene's English stop words, Porter2
    (Snowball ``english``), folding and, at query time, the English synonym groups.

* ``LanguageMappingMixin``: a mixin for the backend's mapping class that gives ``*_lv`` fields
  the Latvian analyzers and ``*_en`` fields the English ones; other text (Wagtail's catch-all
  ``_all_text``) uses ``default`` / ``default_search``, the Latvian pair, as the site's first
  language.

Synonym groups live in the index settings: after editors change them, rebuild the index
(``manage.py update_index``) for the search server to use them.
"""

import re

from search import analysis
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


# --- The 5th and 6th declensions' marked term (``search.analysis._genitive_plural_stem``) --------
#
# The rules below decide on the lower-case word with its diacritics, before the stemmer, as the
# database analysis does on the folded word and its written form. Where it looks at folded
# letters (its stems, its suffix table), each letter stands for the Latvian letters that fold to
# it (``a`` for ``[aā]``, ``s`` for ``[sš]``); the lists themselves are ``search.analysis``'s.
# A word that a rule rewrites ends in ``q``, which no suffix of the stemmer ends in, so the
# stemmer leaves it as it is and ``asciifolding`` turns ``māšq`` into ``masq``, the database's
# term. A word that no rule matches goes on unchanged (to its plain stem, which
# ``unique_position`` drops as a duplicate).


# The Latvian alphabet, with the old orthography's ``ō`` and ``ŗ``.
LATVIAN_LETTERS = "aābcčdeēfgģhiījkķlļmnņoōprŗsštuūvzž"


def _written_letters():
    """Each folded letter → the Latvian letters that fold to it (``s`` → ``sš``)."""
    letters = {}
    for char in LATVIAN_LETTERS:
        letters.setdefault(analysis.fold(char), []).append(char)
    return {folded: "".join(chars) for folded, chars in letters.items()}


_WRITTEN = _written_letters()


def _written(folded):
    """A Java regex matching every written form of a folded string (``mut`` → ``m[uū]t``)."""
    return "".join(f"[{_WRITTEN[ch]}]" if len(_WRITTEN.get(ch, ch)) > 1 else re.escape(ch) for ch in folded)


def _alternatives(words):
    return "(?:" + "|".join(_written(word) for word in sorted(words, key=lambda w: (-len(w), w))) + ")"


_VOWEL = "[" + "".join(_WRITTEN[ch] for ch in sorted(analysis._VOWELS)) + "]"
# The 5th declension's base endings, as written (the locative ``-ē``, ``-ēs`` are not among them).
_BASE_ENDING = "(?:" + "|".join(sorted(analysis._FIFTH_DECLENSION_BASE, key=len, reverse=True)) + ")$"
# Any suffix the stemmer may take after a 6th-declension stem, or none; not ``-u`` (the
# genitive plural counts only written ``-šu``/``-žu``, the first rule).
_SIXTH_SUFFIX = _alternatives(suffix for suffix, *_ in analysis._LATVIAN_SUFFIXES if suffix != "u") + "?$"


def _sixth_declension_stems(consonant):
    """The 6th-declension stems ending in ``consonant`` (``kst`` apart), without that ending."""
    stems = analysis._SIXTH_DECLENSION_ALTERNATING
    if consonant == "kst":
        return [stem[:-1] for stem in stems if stem.endswith("kst")]
    return [stem[:-1] for stem in stems if stem.endswith(consonant) and not stem.endswith("kst")]


def _sixth_declension_pattern(consonant):
    plain = _alternatives(_sixth_declension_stems(consonant))
    compounded = [n[:-1] for n in analysis._SIXTH_DECLENSION_ALTERNATING_COMPOUNDED if n.endswith(consonant)]
    if compounded and consonant != "kst":
        plain = f"(?:.{{3,}}{_alternatives(compounded)}|{plain})"
    ending = "t" if consonant == "kst" else consonant
    return f"^({plain}){ending}{_SIXTH_SUFFIX}"


# A 5th-declension base form keeps its consonant when its folded stem is in the grammar's list or
# ends in one of its endings (after at least one more letter), or in ``-st`` but not ``-kst``.
_FIFTH_KEEPS = (
    f"(?!{_alternatives(analysis._FIFTH_DECLENSION_WITHOUT_ALTERNATION)}{_BASE_ENDING})"
    f"(?!.+{_alternatives(analysis._FIFTH_DECLENSION_WITHOUT_ALTERNATION_ENDINGS)}{_BASE_ENDING})"
)
# Its stem has at least three letters and a vowel (the stemmer's conditions for these endings).
_FIFTH_STEM = f"(?=.*{_VOWEL}.*[td]{_BASE_ENDING})"

# (pattern, replacement), in order: the first that matches makes the word end in ``q``, and the
# others never match a word ending in ``q``.
MARKED_PATTERNS = {
    # the genitive plural written with -šu/-žu: nakšu → nakšq; four letters and another vowel
    "lv_marked_genitive": (f"^(?=.*{_VOWEL}.*[šž]u$)(.{{2,}}[šž])u$", "$1q"),
    # the 6th-declension nouns that alternate, in any form: nakts → nakšq, sirdij → siržq
    "lv_marked_sixth_kst": (_sixth_declension_pattern("kst"), "$1q"),
    "lv_marked_sixth_t": (_sixth_declension_pattern("t"), "$1šq"),
    "lv_marked_sixth_d": (_sixth_declension_pattern("d"), "$1žq"),
    # 5th-declension base forms: rīkste → rīksq, māte → māšq, ķēdei → ķēžq
    "lv_marked_fifth_kst": (f"^{_FIFTH_STEM}{_FIFTH_KEEPS}(.+{_written('ks')})t{_BASE_ENDING}", "$1q"),
    "lv_marked_fifth_t": (
        f"^{_FIFTH_STEM}{_FIFTH_KEEPS}(.+[^{_WRITTEN['s']}])t{_BASE_ENDING}",
        "$1šq",
    ),
    "lv_marked_fifth_d": (f"^{_FIFTH_STEM}{_FIFTH_KEEPS}(.{{2,}})d{_BASE_ENDING}", "$1žq"),
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
    marked = list(MARKED_PATTERNS)
    filters = {
        "lv_stop": {"type": "stop", "stopwords": sorted(LATVIAN_STOP_WORDS)},
        "lv_stemmer": {"type": "stemmer", "language": "latvian"},
        "lv_alternation": {
            "type": "multiplexer",
            "filters": [
                "lv_stemmer, asciifolding",
                ", ".join([*alternation, "lv_stemmer", "asciifolding"]),
                ", ".join([*marked, "lv_stemmer", "asciifolding"]),
            ],
            "preserve_original": False,
        },
        "lv_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules("lv")},
        "en_stop": {"type": "stop", "stopwords": sorted(ENGLISH_STOP_WORDS)},
        "en_stemmer": {"type": "stemmer", "language": "english"},
        "en_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules("en")},
        "unique_position": {"type": "unique", "only_on_same_position": True},
    }
    for name, (pattern, replacement) in {**ALTERNATION_PATTERNS, **MARKED_PATTERNS}.items():
        filters[name] = {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}
    latvian = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "lv_stop", "lv_alternation", "unique_position"],
    }
    latvian_search = {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "lv_stop",
            *marked,
            *alternation,
            "lv_stemmer",
            "asciifolding",
            "lv_synonyms",
        ],
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
