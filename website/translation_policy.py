"""Which pages exist in which language, and what a visitor sees when a translation is missing.

Policy (documented in docs/translation-policy.md):

* Latvian is the canonical language: every page has a Latvian title.
* A page counts as translated into another language when its title in that language is filled in.
* Listings, menus and search in English leave out pages that have no English translation.
* Opening an untranslated page in English still works (links never break): the page shows the
  Latvian text, marked ``lang="lv"``, under a notice in English; it is not offered as an English
  ``hreflang`` alternate and asks search engines not to index the English address.
"""

from django.db.models import Q
from django.utils.translation import get_language
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from modeltranslation.utils import build_localized_fieldname

# The site's languages are modeltranslation's: one configuration (``LANGUAGES`` and
# ``MODELTRANSLATION_DEFAULT_LANGUAGE`` in website/settings/base.py), read through its settings module.
LANGUAGE_CODES = list(AVAILABLE_LANGUAGES)


def current_language():
    language = (get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return language if language in LANGUAGE_CODES else DEFAULT_LANGUAGE


def is_translated(page, language=None):
    """True when ``page`` has its own content in ``language`` (the current one by default)."""
    language = language or current_language()
    if language == DEFAULT_LANGUAGE:
        return True
    return bool((page.__dict__.get(build_localized_fieldname("title", language)) or "").strip())


def translated_filter(language=None, prefix=""):
    """A Q object that keeps the pages translated into ``language``; for querysets of pages."""
    language = language or current_language()
    if language == DEFAULT_LANGUAGE:
        return Q()
    field = prefix + build_localized_fieldname("title", language)
    return Q(**{f"{field}__isnull": False}) & ~Q(**{field: ""})


def filter_translated(queryset, language=None):
    return queryset.filter(translated_filter(language))
