"""Retire the cached month widget whenever what it shows may have changed."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from events import widget
from events.models import EventCalendarPage, EventPage

CALENDAR_MODELS = (EventCalendarPage, EventPage)


def _concerns_calendar(page):
    return isinstance(page, CALENDAR_MODELS) or page.specific_class in CALENDAR_MODELS


@receiver(page_published)
@receiver(page_unpublished)
def calendar_page_changed(sender, instance, **kwargs):
    if _concerns_calendar(instance):
        widget.invalidate()


@receiver(post_page_move)
@receiver(page_slug_changed)
def page_moved_or_renamed(sender, instance, **kwargs):
    # Any page: moving or renaming an ancestor of the calendar changes the events' addresses.
    widget.invalidate()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _concerns_calendar(instance):
        widget.invalidate()
