"""Cached search answers (the results of ``search.views.search`` and the suggestions of
``search.views.suggest``) are dropped whenever what they show may change.

That is: a page published, unpublished, moved, deleted, or put under (or freed from) a view
restriction, so that a page that became private is never found or suggested from the cache; and,
for the results, a document, its extracted text, a collection's privacy or a synonym group saved
or deleted.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model_string
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "search:answers:version"


def answers_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_answers(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def forget_answers_of_restricted_pages(**kwargs):
    forget_answers()


@receiver(post_delete)
def forget_answers_of_deleted_pages(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        forget_answers()


@receiver(post_save, sender=get_document_model_string())
@receiver(post_delete, sender=get_document_model_string())
@receiver(post_save, sender="publications.DocumentText")
@receiver(post_delete, sender="publications.DocumentText")
@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
@receiver(post_save, sender="site_search.SynonymGroup")
@receiver(post_delete, sender="site_search.SynonymGroup")
def forget_answers_of_changed_texts(**kwargs):
    forget_answers()
