"""The Latvian and English text analysis of search (search/analysis.py), word by word.

No database: these are the rules that make "zinojums" find "ziņojumā".
"""

import pytest

from search import analysis

# (a form a visitor types, a form the text has): both must become the same term.
LATVIAN_SAME_STEM = [
    ("ziņojums", "ziņojumā"),
    ("zinojums", "ziņojumā"),  # without diacritics
    ("cilveku", "cilvēku"),
    ("tirdznieciba", "tirdzniecības"),
    ("klīnika", "klīnikas"),
    ("klinika", "klīnikām"),
    ("upuris", "upuriem"),
    ("cietušais", "cietušajiem"),  # definite adjective
    ("cietusie", "cietušo"),
    ("policija", "policijā"),
    ("robezsargs", "robežsargiem"),
    ("skolotajs", "skolotājiem"),  # folded -ājiem is not mistaken for the adjective -ajiem
    ("berns", "bērniem"),
    ("valsts", "valstij"),
    ("pilseta", "pilsētās"),
    ("sabiedriba", "sabiedrībai"),
    ("zivis", "zivju"),  # labial palatalisation: zivj-u
    ("lielais", "lielajā"),
    ("majoklis", "mājokli"),
    ("upem", "upēm"),
    # verbs: infinitive, present, past, reflexive
    ("strādāt", "strādāja"),
    ("stradat", "strādāju"),
    ("runāt", "runā"),
    ("palidzet", "palīdz"),
    ("mācīties", "mācās"),
    ("zinot", "ziņoja"),
    ("identificet", "identificēja"),
]

# Words that must stay apart.
LATVIAN_DIFFERENT = [
    ("palīdzība", "palīdzēt"),  # help (noun) and to help are different words here
    ("pils", "pilsēta"),
    ("tiesa", "tiesības"),
]

ENGLISH_SAME_STEM = [
    ("victims", "victim"),
    ("trafficking", "trafficked"),
    ("organisations", "organisation"),
    ("recruiting", "recruitment"),
    ("exploited", "exploitation"),
    ("identifying", "identified"),
    ("families", "family"),
    ("prevention", "preventing"),
    ("cafe", "café"),
]

# Lucene's LatvianStemmer (Elasticsearch's "latvian" analyzer) on words with their diacritics;
# ours gives the same stem, folded.
LUCENE_STEMS = [
    ("ziņojumā", "zinojum"),
    ("cilvēku", "cilvek"),
    ("tirdzniecības", "tirdzniecib"),
    ("upuriem", "upur"),
    ("bērniem", "bern"),
    ("valstij", "valst"),
    ("zivju", "ziv"),
    ("lielajiem", "liel"),
    ("konferencē", "konferenc"),
    ("projektu", "projekt"),
]


@pytest.mark.parametrize("typed,written", LATVIAN_SAME_STEM)
def test_a_latvian_word_typed_in_another_form_or_without_diacritics_finds_the_written_form(typed, written):
    assert analysis.analyze(typed, "lv") == analysis.analyze(written, "lv") != ""


@pytest.mark.parametrize("first,second", LATVIAN_DIFFERENT)
def test_different_latvian_words_stay_apart(first, second):
    assert analysis.analyze(first, "lv") != analysis.analyze(second, "lv")


@pytest.mark.parametrize("typed,written", ENGLISH_SAME_STEM)
def test_english_words_meet_at_their_stem(typed, written):
    assert analysis.analyze(typed, "en") == analysis.analyze(written, "en") != ""


@pytest.mark.parametrize("word,lucene_stem", LUCENE_STEMS)
def test_latvian_stems_match_lucene_on_written_words(word, lucene_stem):
    assert analysis.analyze(word, "lv") == "lv" + lucene_stem


def test_terms_carry_their_language_so_languages_never_mix():
    assert analysis.analyze("Policija", "lv") == "lvpolic"
    assert analysis.analyze("Police", "en") == "enpolic"
    assert analysis.analyze("MARTA 112", None) == "lvmart lv112 enmarta en112"


def test_stop_words_and_punctuation_are_left_out():
    assert analysis.analyze("palīdzība un atbalsts ar vai bez", "lv") == "lvpalidzib lvatbalst"
    assert analysis.analyze("help for the victims", "en") == "enhelp envictim"
    assert analysis.analyze("— ! ? « » ...", "lv") == ""


def test_noise_is_left_out_long_tokens_and_single_letters():
    assert analysis.analyze("x" * 200, "lv") == ""
    assert analysis.analyze("a b c 7", "en") == "en7"


def test_odd_unicode_is_folded_or_dropped():
    assert analysis.fold("ZIŅOJUMĀ") == "zinojuma"
    assert analysis.fold("Straße") == "strasse"
    assert analysis.analyze("😀 \u200b\u202e", "lv") == ""
    assert analysis.analyze("торговля людьми", "lv")  # other scripts still make terms


def test_autocomplete_terms_are_folded_but_not_stemmed():
    assert analysis.analyze_prefixes("Palīdzība", "lv") == "lvpalidziba"


def test_analysis_is_cached_so_unchanged_text_costs_a_lookup():
    analysis.analyze.cache_clear()
    analysis.analyze("Cilvēku tirdzniecības novēršana", "lv")
    analysis.analyze("Cilvēku tirdzniecības novēršana", "lv")
    assert analysis.analyze.cache_info().hits == 1
