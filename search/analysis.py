"""Text analysis for search: the same words in, the same terms out, at indexing and at query time.

Wagtail's database backends have no Latvian: PostgreSQL has no Latvian text-search configuration
(and stems everything as English by default), SQLite's FTS5 folds diacritics but never stems. So
the site analyses text itself, in Python, and gives the database ready-made terms to match
exactly (PostgreSQL's ``simple`` configuration, FTS5's default tokenizer). Both databases then
find the same pages for the same query.

One word goes through these steps:

1. **Tokenise**: runs of letters and digits (``\\w`` without ``_``); hyphens, apostrophes and
   punctuation split words. Tokens longer than ``MAX_TOKEN_LENGTH`` are dropped (they are never
   words, and a query of one long string must stay cheap).
2. **Fold**: case-fold, then drop diacritics (``ziņojumā`` → ``zinojuma``), because Latvian is
   often typed without them. Folding comes *before* stemming, so a word typed with or without
   diacritics always gets the same stem (``upēm`` and ``upem`` → ``up``).
3. **Stop words**: the commonest prepositions, conjunctions and auxiliaries are dropped, so that
   "help for victims" also finds "help victims".
4. **Stem**:

   * Latvian: Lucene's ``LatvianStemmer`` (the stemmer of Elasticsearch's and OpenSearch's
     ``latvian`` analyzer, a light version of Kārlis Kreslins' algorithm) applied to the folded
     word, with its suffix table folded accordingly, plus a light verb layer that Lucene
     leaves out: infinitives (``palīdzēt`` → ``palidz``, ``mācīties`` → ``mac``), and the ``-j``
     of present and past stems (``strādāju``, ``strādāja`` → ``strad``).
   * English: Snowball's English (Porter2) stemmer, the one of PostgreSQL's ``english``
     configuration.

5. **Tag with the language**: the term gets its language as a prefix (``lvzinojum``,
   ``envictim``), so a Latvian query only matches Latvian text and an English query only English
   text, in one shared index. Text of fields that have no language (names, numbers, untranslated
   fields) is analysed in every language.

``analyze(text, language)`` returns the terms of a text; ``terms_of_word`` those of one word.
Results are cached (``functools.lru_cache``): re-indexing a page whose text did not change
costs a dictionary look-up, not a re-analysis.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

LANGUAGES = ("lv", "en")
MAX_TOKEN_LENGTH = 40
# Letters and digits of any script; ``_`` is a word character for ``\w`` but not for us.
TOKEN_RE = re.compile(r"[^\W_]+")

LATVIAN_STOP_WORDS = frozenset(
    """
    aiz ap ar apaks arpus augspus bez caur del gar ieks iz kops labad lejpus lidz no otrpus pa par
    pec pie pirms pret prieks starp saipus uz vinpus virs virspus zem apakspus un bet jo ja ka lai
    tomer tikko turpreti ari kaut gan tadel ta ne tikvien vien ir te vai kamer diezin nebut ik it
    tacu nu pat tiklab iekspus nedz tik nevis turpretim jeb iekam iekams kolidz lidzko tiklidz jebsu
    talab tapec neka itin jau jel nezin tad tikai vis tak but biju biji bija bijam bijat esmu esi
    esam esat busu busi bus busim busiet tikt tiku tiki tika tikam tikat tieku tiec tiek tiekam
    tiekat tiksu tiks tiksim tiksiet tapt tapu tapi tapa tapam tapat topu topi top topam topat
    tapsu tapsi taps tapsim tapsiet
    """.split()
)

# Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET).
ENGLISH_STOP_WORDS = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that the their then
    there these they this to was will with
    """.split()
)

STOP_WORDS = {"lv": LATVIAN_STOP_WORDS, "en": ENGLISH_STOP_WORDS}


def fold(text):
    """Lower case without diacritics: ``Ziņojumā`` → ``zinojuma``, ``Straße`` → ``strasse``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text):
    """The words of ``text`` as ``(start, end, word)``, for analysis and for highlighting."""
    for match in TOKEN_RE.finditer(text):
        yield match.start(), match.end(), match.group()


# --- Latvian ---------------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")

# Lucene's LatvianStemmer suffix table, in its order, folded: (suffix, vowel count, palatalizes).
# The long-vowel suffixes fold onto their short twins (``ā`` → ``a``); where both existed the
# first entry wins, and a folded suffix palatalizes when either twin did. ``em`` (from ``ēm``,
# dative plural of the 5th declension: ``upēm``) is new as a folded form.
_LATVIAN_SUFFIXES = (
    ("ajiem", 3, False),
    ("ajai", 3, False),
    ("ajam", 2, False),
    ("ajos", 2, False),
    ("ajas", 2, False),
    ("iem", 2, True),
    ("aja", 2, False),
    ("ais", 2, False),
    ("ai", 2, False),
    ("ei", 2, False),
    ("am", 1, False),
    ("em", 1, False),
    ("im", 1, False),
    ("um", 1, False),
    ("us", 1, True),
    ("as", 1, False),
    ("es", 1, False),
    ("os", 1, True),
    ("ij", 1, False),
    ("is", 1, False),
    ("ie", 1, False),
    ("u", 1, True),
    ("a", 1, True),
    ("i", 1, True),
    ("e", 1, False),
    ("o", 1, False),
    ("s", 0, False),
)


def _count_vowels(word):
    return sum(1 for ch in word if ch in _VOWELS)


def _unpalatalize(stem, removed):
    """Undo the consonant change of declensions II, V and VI (Lucene's rules, folded).

    With diacritics folded, ``šņ → sn``, ``ļ → l``, ``č → c`` and the like are already done;
    what remains is the labial ``j`` (``zivj-u`` → ``ziv``) and ``kš → kst`` (folded ``ks``)
    after the genitive plural ``-u``.
    """
    if removed == "u" and stem.endswith("ks"):
        return stem + "t"
    if stem[-2:] in ("pj", "bj", "mj", "vj"):
        return stem[:-1]
    return stem


def _latvian_verb_stem(stem):
    """Lucene stems nouns and adjectives only; join the commonest verb forms to their stem.

    After the noun suffix is gone, an infinitive still ends in theme vowel + ``t`` (``runat``,
    ``palidzet``) and a present or past stem in vowel + ``j`` (``stradaj``); both are cut when
    at least three letters and a vowel stay, so ``runāt``, ``runā``, ``runāja``, ``runāju``
    all become ``run``. Nouns are unaffected as a class: every form of a noun reaches the same
    noun stem first, and then goes through this same step.
    """
    if len(stem) >= 5 and stem[-1] in "tj" and stem[-2] in _VOWELS:
        rest = stem[:-2]
        if _count_vowels(rest) >= 1:
            return rest
    return stem


def _split_latvian(word):
    """``(noun stem, suffix removed)`` of a folded word, before the verb layer."""
    if len(word) > 6 and word.endswith("ties"):  # reflexive infinitive: macities → macit
        word = word[:-3]
    vowels = _count_vowels(word)
    for suffix, vowel_count, palatalizes in _LATVIAN_SUFFIXES:
        if vowels > vowel_count and len(word) >= len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if palatalizes:
                stem = _unpalatalize(stem, suffix)
            return stem, suffix
    return word, ""


def _finish_latvian(stem, suffix):
    if suffix.startswith("aj"):
        # The "-j" is gone with the suffix already (``lielajiem``; folded ``skolotājiem``).
        return stem
    return _latvian_verb_stem(stem)


@lru_cache(maxsize=50_000)
def stem_latvian(word):
    """The stem of one folded Latvian word (see the module docstring)."""
    return _finish_latvian(*_split_latvian(word))


# Consonant alternation (palatalisation) of ``t → š`` and ``d → ž``: "jaunietis, jaunieši",
# "briedis, brieža", "māte, māšu", "sirds, siržu". The other alternations of the paradigm need
# nothing here: ``s/š, z/ž, c/č, l/ļ, n/ņ`` and the clusters ``sn/šņ, zl/žļ, ll/ļļ``... are one
# letter once diacritics are folded, and the labial ``p/pj, b/bj, m/mj, v/vj`` and ``kst/kš``
# are undone by ``_unpalatalize``. What stays apart after folding is ``t/s`` and ``d/z``: an
# alternated form (``jauniesiem``, ``brieza``) cannot be told from a word whose stem really ends
# in ``s``/``z`` (``meža`` from ``mežs``, not from a "*medis"), so nothing is guessed from it.
#
# 2nd declension: its *base* forms, whose ending says which declension they follow (nominative
# ``-is``, dative ``-im`` after ``t``/``d``), also give the alternated stem: ``jaunietis`` →
# ``jauni`` and ``jaunies``; ``briedim`` → ``bried`` and ``briez``. A word in an alternated form
# then meets its base form on the alternated stem, and a word whose own stem ends in ``s``/``z``
# is never taken for a ``t``/``d`` word (``meža`` stays apart from ``medus``, ``lasa`` from
# ``lats``).
#
# 5th and 6th declensions alternate only in the genitive plural (``māte, māšu``; ``sirds,
# siržu``; ``nakts, nakšu``; ``rīkste, rīkšu``), and their base forms look like those of other
# declensions: ``māte``'s alternated stem ``mas`` is ``māsa``'s stem, ``nakts`` ends like the
# 1st declension's ``lats``. So neither side gets the other's plain stem. Both get one extra
# term instead, the alternated stem with ``GENITIVE_PLURAL_MARK`` (``masq``), which no ordinary
# word produces:
#
# * the genitive plural itself, only when written with its diacritic (``-šu``, ``-žu``: folded,
#   ``māšu`` is ``māsu``, a form of ``māsa``): ``māšu`` → ``masq``;
# * a 5th-declension base form with ``t``/``d`` before ``-e, -es, -ei, -em, -ēm`` (the locative
#   ``-ē, -ēs`` are left out: ``vērtē`` is a verb), unless grammar says it keeps its consonant
#   (``kaste, kastu``; ``mute, mutu``; ``_FIFTH_DECLENSION_WITHOUT_ALTERNATION``);
# * the 6th-declension nouns in ``-ts``, ``-ds`` that alternate, in any form: a closed list
#   (``_SIXTH_DECLENSION_ALTERNATING``), since their nominative is the 1st declension's.
#
# "māte" then finds "māšu" and "māšu" finds "māte", while "māte" and "māsa" share nothing, and
# "mušu" (of ``muša``) never meets "mute". A genitive plural typed without diacritics ("masu")
# cannot be told from ``māsu`` and finds only what its letters say.
_ALTERNATION = {"t": "s", "d": "z"}
_SECOND_DECLENSION_BASE = frozenset({"is", "im"})
GENITIVE_PLURAL_MARK = "q"  # no Latvian word has a q; terms stay plain letters on both databases
_FIFTH_DECLENSION_BASE = ("e", "es", "ei", "em", "ēm")  # endings of the unfolded word
# Folded stems (before ``-e``) of 5th-declension nouns that keep ``t``/``d`` in the genitive
# plural (Latvian grammar's list), and endings of such stems: ``-ste`` (not ``-kste``),
# ``-pēde`` (``logopēde``), ``-šaude``, ``-mute``, and ``-mate`` of hair colours.
_FIFTH_DECLENSION_WITHOUT_ALTERNATION = frozenset(
    "mut bot flot front gid kuset planset sprot tirad apsaud piesaud".split()
)
_FIFTH_DECLENSION_WITHOUT_ALTERNATION_ENDINGS = (
    "ped",
    "saud",
    "mut",
    "gaismat",
    "tumsmat",
    "melnmat",
    "sarkanmat",
    "baltmat",
)
# Folded stems of the 6th-declension nouns in ``-ts``/``-ds`` whose genitive plural alternates
# (``valsts, valstu``, ``pirts, pirtu``, ``kūts, kūtu``, ``cilts, ciltu`` do not); the first
# ones also as the end of compounds (``pusnakts``).
_SIXTH_DECLENSION_ALTERNATING_COMPOUNDED = ("nakt", "sird")
_SIXTH_DECLENSION_ALTERNATING = frozenset(
    "nakt sird krut klet kvit not plit rut telt dakt barkst pakst".split()
)


def _alternated(stem):
    """``stem`` with its final ``t``/``d`` alternated, folded (``kst`` → ``kš``: ``riks``)."""
    if stem.endswith("kst"):
        return stem[:-2] + "s"
    return stem[:-1] + _ALTERNATION[stem[-1]]


def _keeps_its_consonant(stem):
    if stem in _FIFTH_DECLENSION_WITHOUT_ALTERNATION:
        return True
    if stem.endswith("st") and not stem.endswith("kst"):
        return True  # kaste, kastu; aste; but rīkste, rīkšu
    return any(
        stem.endswith(ending) and len(stem) > len(ending)
        for ending in _FIFTH_DECLENSION_WITHOUT_ALTERNATION_ENDINGS
    )


def _is_sixth_declension_alternating(stem):
    return stem in _SIXTH_DECLENSION_ALTERNATING or any(
        stem.endswith(noun) and len(stem) >= len(noun) + 3
        for noun in _SIXTH_DECLENSION_ALTERNATING_COMPOUNDED
    )


def _genitive_plural_stem(word, written):
    """The marked stem of a 5th/6th-declension form (see above), or ``None``."""
    stem, suffix = _split_latvian(word)
    if suffix == "u":
        if written[-2:] in ("šu", "žu") and len(word) >= 4:
            return word[:-1] + GENITIVE_PLURAL_MARK  # before ``_unpalatalize``: nakšu → naks
        return None
    if len(stem) < 3 or stem[-1] not in _ALTERNATION:
        return None
    if _is_sixth_declension_alternating(stem):
        return _alternated(stem) + GENITIVE_PLURAL_MARK
    if written.endswith(_FIFTH_DECLENSION_BASE) and suffix in {"e", "es", "ei", "em"}:
        if not _keeps_its_consonant(stem):
            return _alternated(stem) + GENITIVE_PLURAL_MARK
    return None


@lru_cache(maxsize=50_000)
def alternates_latvian(word, written=None):
    """The other stems of one folded Latvian word: its alternated stems, if it has any.

    ``written`` is the word lower-cased with its diacritics (``fold`` undone), which tells a
    genitive plural ``māšu`` from ``māsu``; without it, only the folded letters count.
    """
    written = unicodedata.normalize("NFC", written.casefold()) if written else word
    stem, suffix = _split_latvian(word)
    alternates = []
    if suffix in _SECOND_DECLENSION_BASE and len(stem) >= 3 and stem[-1] in _ALTERNATION:
        alternate = stem[:-1] + _ALTERNATION[stem[-1]]
        if alternate != _finish_latvian(stem, suffix):
            alternates.append(alternate)
    marked = _genitive_plural_stem(word, written)
    if marked:
        alternates.append(marked)
    return tuple(alternates)


# --- English ---------------------------------------------------------------------------------

_english = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem_english(word):
    return _english.stemWord(word)


STEMMERS = {"lv": stem_latvian, "en": stem_english}
ALTERNATES = {"lv": alternates_latvian, "en": lambda word, written=None: ()}


# --- Words and texts -------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def terms_of_word(word, language):
    """The index term of one word in ``language``, or ``None`` for a stop word or noise."""
    folded = fold(word)
    if not folded or len(folded) > MAX_TOKEN_LENGTH:
        return None
    if len(folded) == 1 and not folded.isdigit():
        return None
    if folded in STOP_WORDS[language]:
        return None
    return language + STEMMERS[language](folded)


@lru_cache(maxsize=100_000)
def alternate_terms_of_word(word, language):
    """The other index terms of one word (its alternated stem), after ``terms_of_word``."""
    if terms_of_word(word, language) is None:
        return ()
    return tuple(language + stem for stem in ALTERNATES[language](fold(word), word))


def word_terms(word, language):
    """Every term of one word: ``(term, *alternates)``, or ``()`` for a stop word."""
    term = terms_of_word(word, language)
    if term is None:
        return ()
    return (term, *alternate_terms_of_word(word, language))


def analyze_words(text, language):
    """The terms of ``text`` in ``language``, in order (stop words dropped)."""
    terms = []
    for _start, _end, word in tokenize(text):
        term = terms_of_word(word, language)
        if term:
            terms.append(term)
    return terms


def analyze_alternates(text, language):
    """The alternated stems of the words of ``text``, each once, in order of appearance."""
    terms = {}
    for _start, _end, word in tokenize(text):
        for term in alternate_terms_of_word(word, language):
            terms[term] = None
    return list(terms)


@lru_cache(maxsize=4096)
def analyze(text, language=None):
    """``text`` as a string of index terms; ``language=None`` analyses it in every language.

    The alternated stems of its words (``analyze_alternates``) follow the text's own terms, so
    the words of the text keep their positions for phrase queries.
    """
    if not text:
        return ""
    languages = LANGUAGES if language is None else (language,)
    return " ".join(
        " ".join(analyze_words(text, code) + analyze_alternates(text, code)) for code in languages
    ).strip()


@lru_cache(maxsize=4096)
def analyze_prefixes(text, language=None):
    """Folded, unstemmed words tagged with the language, for autocomplete (prefix) matching."""
    if not text:
        return ""
    languages = LANGUAGES if language is None else (language,)
    words = []
    for code in languages:
        for _start, _end, word in tokenize(text):
            folded = fold(word)
            if folded and len(folded) <= MAX_TOKEN_LENGTH:
                words.append(code + folded)
    return " ".join(words)
