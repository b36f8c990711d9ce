from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from events.models import EventCalendarPage, EventPage


@register(EventCalendarPage)
class EventCalendarPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("lead", "body", "location", "organiser")
