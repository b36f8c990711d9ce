"""Cached suggestions (``search.views.suggest``) are dropped whenever a page changes state.

That is: published, unpublished, moved, deleted, or put under (or freed from) a view
restriction, so that a page that became private is never suggested from the cache.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "search:suggest:version"


def suggestions_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_suggestions(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_suggestions_of_restricted_pages(**kwargs):
    forget_suggestions()


@receiver(post_delete)
def forget_suggestions_of_deleted_pages(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        forget_suggestions()
