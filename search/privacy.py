"""What the site keeps of visitors' searches: a daily count per normalised query, nothing more.

Editors see these counts in Reports → Search terms (Wagtail's ``Query`` and ``QueryDailyHits``:
one row per normalised query, one counter per query and day; no time of day, address, session
or user). Before counting, a query is normalised (case, accents kept as typed, punctuation and
extra spaces dropped), and a query that may identify a person is not counted at all: one with
an e-mail address, a run of digits (phone numbers, personal codes, dates) or more than
``MAX_STORED_WORDS`` words (someone describing their own situation). Counts older than
``WAGTAILSEARCH_HITS_MAX_AGE`` days are deleted by ``manage.py purge_search_terms``, run daily.
"""

import re
import unicodedata

from wagtail.contrib.search_promotions.models import Query

MAX_STORED_WORDS = 6
MAX_STORED_LENGTH = 60
PERSONAL = re.compile(r"@|\d{3,}|\d[\d\s().+-]{5,}\d")


def normalise(query):
    """Lower case, NFC, punctuation and symbols replaced by spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", query or "").lower()
    text = "".join(ch if unicodedata.category(ch)[0] in {"L", "N"} or ch in "@" else " " for ch in text)
    return " ".join(text.split())


def storable(query):
    """The form of ``query`` that may be counted, or ``None`` when it must not be kept."""
    if PERSONAL.search(query or ""):
        return None
    text = normalise(query)
    if not text or len(text) > MAX_STORED_LENGTH or len(text.split()) > MAX_STORED_WORDS:
        return None
    return text


def record_search(query):
    """Count one search for the popular-queries report, if the query may be kept."""
    text = storable(query)
    if text is not None:
        Query.get(text).add_hit()
    return text
