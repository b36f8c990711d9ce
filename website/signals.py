"""Retire cached page frames when what they show changes (see ``website/fragment_cache.py``)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from website import fragment_cache

# Depth of the pages in the main menu: the children of a site's home page (root 1, home 2).
MENU_DEPTH = 3


def _is_footer_page(page):
    from website.models import SiteSettings

    return SiteSettings.objects.filter(accessibility_page_id=page.pk).exists()


def page_changed(page, moved=False):
    names = set()
    if page.depth <= MENU_DEPTH:
        names.add("nav")
    if page.numchild or moved:
        names.add("tree")
    if moved:
        names.update(("access", "news"))
    if page.specific_class is not None and page.specific_class._meta.app_label == "news":
        names.add("news")
    if _is_footer_page(page):
        names.add("footer")
    if names:
        fragment_cache.invalidate(*names)


@receiver(page_published)
@receiver(page_unpublished)
def page_published_or_unpublished(sender, instance, **kwargs):
    page_changed(instance)


@receiver(page_slug_changed)
def page_renamed(sender, instance, **kwargs):
    page_changed(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    page_changed(instance, moved=True)
    if kwargs.get("parent_page_before") is not None and kwargs["parent_page_before"].depth < MENU_DEPTH:
        fragment_cache.invalidate("nav")


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_changed(instance, moved=True)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    # What is public changes: the menu and the cached listings leave out restricted pages.
    fragment_cache.invalidate("access", "nav", "news")


def invalidate_on_save(name, *models):
    """Retire the version ``name`` whenever one of ``models`` is saved or deleted."""

    def changed(sender, instance, **kwargs):
        fragment_cache.invalidate(name)

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                changed, sender=model, weak=False, dispatch_uid=f"{name}-{model._meta.label}-{signal}"
            )
