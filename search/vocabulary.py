"""The index's own vocabulary, and "Did you mean" built on it.

While pages are indexed, every word of their text is kept once per language (``SearchWord``:
the folded form, for comparing, and the word as written, lower case, for showing). When a
search finds nothing or little, each word of the query that the vocabulary does not know is
replaced by the closest known word of the visitor's language: the smallest edit distance
(Levenshtein, with ``rapidfuzz``) between folded forms, at most ``MAX_DISTANCE`` edits and
fewer for short words; ties go to the word closest in length, then alphabetical order.
"""

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from search import analysis

MIN_WORD_LENGTH = 3
MAX_DISTANCE = 2
MAX_CANDIDATES = 5000  # words of about the right length compared per query word
MAX_QUERY_WORDS = 6  # a longer query gets no suggestion: each word costs two small queries


def words_of(text, language):
    """``{(language, folded): word}`` for the words of ``text`` worth suggesting."""
    words = {}
    languages = analysis.LANGUAGES if language is None else (language,)
    for _start, _end, word in analysis.tokenize(text):
        folded = analysis.fold(word)
        if len(folded) < MIN_WORD_LENGTH or len(folded) > analysis.MAX_TOKEN_LENGTH or folded.isdigit():
            continue
        for code in languages:
            if folded not in analysis.STOP_WORDS[code]:
                words.setdefault((code, folded), word.lower())
    return words


def record(words):
    """Store new words (``{(language, folded): word}``); known ones are left as they are."""
    from search.models import SearchWord

    if not words:
        return
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, folded=folded, word=word, length=len(folded))
            for (language, folded), word in words.items()
        ],
        ignore_conflicts=True,
        batch_size=500,
    )


def max_distance(folded):
    """Edits allowed for a word of this length: none up to 3 letters, 1 up to 5, then 2."""
    if len(folded) <= 3:
        return 0
    if len(folded) <= 5:
        return 1
    return MAX_DISTANCE


def closest_word(word, language):
    """The known word closest to ``word`` (as written in the text), or ``None``.

    ``None`` also when ``word`` is itself known: there is nothing to correct.
    """
    from search.models import SearchWord

    folded = analysis.fold(word)
    distance = max_distance(folded)
    if not distance or folded.isdigit():
        return None
    known = SearchWord.objects.filter(language=language)
    if known.filter(folded=folded).exists():
        return None
    candidates = dict(
        known.filter(length__gte=len(folded) - distance, length__lte=len(folded) + distance).values_list(
            "folded", "word"
        )[:MAX_CANDIDATES]
    )
    matches = extract(
        folded, list(candidates), scorer=Levenshtein.distance, score_cutoff=distance, limit=None
    )
    if not matches:
        return None
    best = min(matches, key=lambda match: (match[1], abs(len(match[0]) - len(folded)), match[0]))
    return candidates[best[0]]


def suggest(query, language):
    """``query`` with each unknown word replaced by its closest known word, or ``None``."""
    words = [word for _s, _e, word in analysis.tokenize(query) if analysis.terms_of_word(word, language)]
    if len(words) > MAX_QUERY_WORDS:
        return None
    corrected = []
    changed = False
    for word in words:  # stop words and noise are left out
        replacement = closest_word(word, language)
        if replacement is not None:
            corrected.append(replacement)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
