"""Editors' synonym groups (``SynonymGroup`` snippets), applied to a query's words.

A query is a list of *units*, one per word: the tuple of that word's alternatives, each a tuple
of index terms (one term for a word; several for a phrase, which must then appear in that
order) or a frozenset of terms (words that must all appear, anywhere). ``expand`` finds every
synonym in the query, longest first, and replaces its words by one unit that offers every
phrase of its group, and the words themselves apart. Phrases are compared on their analysed terms,
so any form of the words matches ("cilvēku tirdzniecības" is "cilvēku tirdzniecība").

The groups are read once and kept in Django's cache until an editor saves or deletes one.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search import analysis

CACHE_KEY = "search:synonym-groups"


def analysed_groups():
    """``{language: [group, ...]}``, each group a list of phrases as tuples of index terms."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        from search.models import SynonymGroup

        groups = {}
        for group in SynonymGroup.objects.all():
            phrases = []
            for phrase in group.phrases:
                terms = tuple(analysis.analyze_words(phrase, group.language))
                if terms and terms not in phrases:
                    phrases.append(terms)
            if len(phrases) > 1:
                groups.setdefault(group.language, []).append(phrases)
        cache.set(CACHE_KEY, groups, None)
    return groups


def expand(units, language):
    """``units`` with every synonym phrase replaced by one unit holding its whole group."""
    groups = analysed_groups().get(language, [])
    if not groups or not units:
        return units
    phrases = sorted(
        ((phrase, group) for group in groups for phrase in group), key=lambda item: -len(item[0])
    )
    result = []
    position = 0
    while position < len(units):
        for phrase, group in phrases:
            span = units[position : position + len(phrase)]
            if len(span) == len(phrase) and all(
                any(alternative == (term,) for alternative in unit)
                for term, unit in zip(phrase, span, strict=True)
            ):
                alternatives = list(group)
                if len(span) == 1:
                    alternatives += [
                        alternative for alternative in span[0] if alternative not in alternatives
                    ]
                else:
                    # The visitor's own words still match where they stand apart.
                    alternatives.append(frozenset(phrase))
                result.append(tuple(alternatives))
                position += len(phrase)
                break
        else:
            result.append(units[position])
            position += 1
    return result


@receiver(post_save, sender="site_search.SynonymGroup")
@receiver(post_delete, sender="site_search.SynonymGroup")
def forget_groups(**kwargs):
    cache.delete(CACHE_KEY)
