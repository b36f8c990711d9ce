"""The analysis settings that Elasticsearch / OpenSearch receive: synonyms and alternations.

No search server runs in the test suite: these tests check the generated settings and mapping,
and replay the alternation rules in Python to show they join the same words as the database
analysis does.
"""

import functools
import re
from copy import deepcopy

import pytest
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping, ElasticsearchBaseSearchBackend
from modelsearch.index import SearchField
from modelsearch.utils import deep_update

from home.models import StandardPage
from search import analysis
from search.elasticsearch_analysis import MARKED_PATTERNS, LanguageMappingMixin, index_settings
from search.models import SynonymGroup
from tests.test_search_alternations import ALTERNATION_PAIRS, MUST_NOT_MATCH

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(db):
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(language="lv", terms="cilvēktirdzniecība, cilvēku tirdzniecība")
    SynonymGroup.objects.create(language="en", terms="human trafficking, trafficking in human beings")


def merged_settings():
    """What Wagtail's Elasticsearch backend sends when creating the index (``INDEX_SETTINGS``)."""
    return deep_update(deepcopy(ElasticsearchBaseSearchBackend.settings), index_settings())


def test_the_editors_synonym_groups_reach_the_search_analyzers(groups):
    analysis_settings = merged_settings()["settings"]["analysis"]
    assert analysis_settings["filter"]["lv_synonyms"] == {
        "type": "synonym_graph",
        "synonyms": ["cilvēktirdzniecība, cilvēku tirdzniecība"],
    }
    assert analysis_settings["filter"]["en_synonyms"]["synonyms"] == [
        "human trafficking, trafficking in human beings"
    ]
    assert analysis_settings["analyzer"]["latvian_site_search"]["filter"][-1] == "lv_synonyms"
    assert analysis_settings["analyzer"]["english_site_search"]["filter"][-1] == "en_synonyms"
    # Synonyms are applied at query time only, as on the database.
    assert "lv_synonyms" not in analysis_settings["analyzer"]["latvian_site"]["filter"]


def test_wagtails_own_analyzers_stay_beside_ours(groups):
    analyzers = merged_settings()["settings"]["analysis"]["analyzer"]
    assert {"ngram_analyzer", "edgengram_analyzer", "latvian_site", "default", "default_search"} <= set(
        analyzers
    )
    assert analyzers["default"] == analyzers["latvian_site"]


def test_the_index_analyzer_emits_both_stems_and_the_query_analyzer_the_alternated_one():
    settings = index_settings()["settings"]["analysis"]
    multiplexer = settings["filter"]["lv_alternation"]
    assert multiplexer["type"] == "multiplexer"
    assert multiplexer["filters"] == [
        "lv_stemmer, asciifolding",
        "lv_alternation_t, lv_alternation_d, lv_stemmer, asciifolding",
        ", ".join([*MARKED_PATTERNS, "lv_stemmer", "asciifolding"]),
    ]
    assert settings["filter"]["lv_stemmer"] == {"type": "stemmer", "language": "latvian"}
    search_filters = settings["analyzer"]["latvian_site_search"]["filter"]
    # Nothing that emits several tokens may come before a synonym filter.
    assert "lv_alternation" not in search_filters
    assert (
        search_filters.index("lv_alternation_t")
        < search_filters.index("lv_stemmer")
        < search_filters.index("lv_synonyms")
    )
    assert set(settings["filter"]["lv_stop"]["stopwords"]) == analysis.LATVIAN_STOP_WORDS


def java_replace(word, pattern, replacement):
    """Elasticsearch's ``pattern_replace`` (Java regex, ``$1`` groups, every match replaced)."""
    return re.sub(pattern, re.sub(r"\$(\d)", r"\\\1", replacement), word)


def run_filter(name, tokens, filters):
    """One token filter of the generated settings on a list of tokens at one position."""
    if name == "lowercase":
        return [token.lower() for token in tokens]
    if name == "asciifolding":
        return [analysis.fold(token) for token in tokens]
    definition = filters[name]
    kind = definition["type"]
    if kind == "stop":
        return [token for token in tokens if token not in definition["stopwords"]]
    if kind == "pattern_replace":
        return [java_replace(token, definition["pattern"], definition["replacement"]) for token in tokens]
    if kind == "stemmer":
        # search.analysis's stemmer stands for Lucene's LatvianStemmer (which stems the written
        # word; the chains fold right after it).
        assert definition["language"] == "latvian"
        return [analysis.stem_latvian(analysis.fold(token)) for token in tokens]
    if kind == "multiplexer":
        # Each branch (a comma-separated chain) gets every token; the original is kept or not.
        out = list(tokens) if definition["preserve_original"] else []
        for branch in definition["filters"]:
            out += run_chain([part.strip() for part in branch.split(",")], tokens, filters)
        return out
    if kind == "unique":
        assert definition["only_on_same_position"]
        return list(dict.fromkeys(tokens))
    if kind == "synonym_graph":
        return tokens  # no synonym groups in these tests
    raise AssertionError(f"the simulator does not model {kind!r}")


def run_chain(names, tokens, filters):
    for name in names:
        tokens = run_filter(name, tokens, filters)
    return tokens


@functools.cache
def site_analysis():
    """The generated analysis settings with the site's synonym groups, which these tests leave as
    they are (the tests that change synonyms call ``index_settings()`` themselves)."""
    return index_settings()["settings"]["analysis"]


def server_tokens(word, at_query_time):
    """The tokens of one word through the generated analyzer, replayed in Python."""
    settings = site_analysis()
    analyzer = settings["analyzer"]["latvian_site_search" if at_query_time else "latvian_site"]
    assert analyzer["tokenizer"] == "standard"
    tokens = run_chain(analyzer["filter"], [word], settings["filter"])
    if at_query_time:
        # One token per word before the synonym filter, as it needs.
        assert len(tokens) <= 1, tokens
    return set(tokens)


@pytest.mark.parametrize("typed,written", ALTERNATION_PAIRS)
def test_the_server_joins_every_alternation_pair(typed, written):
    assert server_tokens(typed, at_query_time=True) & server_tokens(written, at_query_time=False)


@pytest.mark.parametrize("typed,other", MUST_NOT_MATCH)
def test_the_server_keeps_every_must_not_pair_apart(typed, other):
    assert not server_tokens(typed, at_query_time=True) & server_tokens(other, at_query_time=False)


# Words around the marked term's edges: excluded stems, -ste/-kste, locatives, verbs, short
# words, compounds, genitive plurals typed without diacritics, words with q.
EDGE_WORDS = """
    māte mātes mātei mātēm mātē mātēs māti māšu masu mats māsa kaste kastes kastu rīkste rīkstei
    mute mutes mutei logopēde apšaude piešaude gaismmate tumšmate bote flotei frontes gide kušete
    planšetēm šprote tirāde tirādes vērtē vērtēm sieviete sievietēs bišu bite ķēde ķēžu bildēm
    metode olimpiāde nakts naktij naktis naktī naktīm pusnakts pusnaktīs sirds sirdij sirdis
    siržu krūts krūtīm klēts kvīts nots plīts rūts telts dakts bārksts pāksts pākšu valsts
    valšu pirts kūts cilts uts ļaudis ļaužu lats lašu gads gāžu plats plašu kurts kuršu medus
    mežu vedu vēžu sēta sešu mušu kašu tirāžu šu ašu pte nakt sird iraq te de ede ate kstes
    aste astei jaunietis jaunietim briedis naktu naktiem sirdie
""".split()


@pytest.mark.parametrize(
    "word", sorted(set(EDGE_WORDS + [w for pair in ALTERNATION_PAIRS + MUST_NOT_MATCH for w in pair]))
)
def test_the_server_gives_the_marked_term_to_the_same_words_as_the_database(word):
    marked = {term for term in analysis.word_terms(word, "lv") if term.endswith("q")}
    assert {
        f"lv{token}" for token in server_tokens(word, at_query_time=False) if token.endswith("q")
    } == marked
    # A query word with a marked term is searched by it alone.
    if marked:
        assert {f"lv{token}" for token in server_tokens(word, at_query_time=True)} == marked


class LanguageMapping(LanguageMappingMixin, ElasticsearchBaseMapping):
    pass


def test_per_language_fields_get_their_languages_analyzers_in_the_mapping():
    mapping = LanguageMapping(StandardPage)
    _name, latvian = mapping.get_field_mapping(SearchField("lead_lv"))
    _name, english = mapping.get_field_mapping(SearchField("lead_en"))
    _name, other = mapping.get_field_mapping(SearchField("title"))
    assert latvian["analyzer"] == "latvian_site" and latvian["search_analyzer"] == "latvian_site_search"
    assert english["analyzer"] == "english_site" and english["search_analyzer"] == "english_site_search"
    assert "analyzer" not in other  # the index's default, the Latvian pair
    assert LanguageMapping(StandardPage).get_mapping()["properties"]
