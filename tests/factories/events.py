"""Factories for the event calendar: events under the site's calendar page."""

import datetime

import factory

from events.models import EventCalendarPage, EventPage
from tests.factories.home import TranslatedPageFactory


class EventPageFactory(TranslatedPageFactory):
    """A published event of the site's calendar, Latvian only unless ``title_en`` is given."""

    title_lv = factory.Sequence(lambda n: f"Testa notikums {n}")
    start_date = datetime.date(2019, 5, 6)
    category = "other"

    class Meta:
        model = EventPage

    @classmethod
    def default_parent(cls):
        return EventCalendarPage.objects.get()
