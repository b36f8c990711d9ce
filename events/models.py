"""The event calendar: one calendar page per site, with the events as its children.

Editors enter an event's dates and times as they are in Latvia (Europe/Riga). The sortable,
timezone-aware ``starts_at`` / ``ends_at`` and the ``last_date`` used to place the event on the
month grid are derived once, when the page is saved, never in templates. The date maths is in
``events.dates``; the queries are methods of ``EventPage.objects`` (``EventPageQuerySet``).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, Site
from wagtail.query import PageQuerySet
from wagtail.search import index

from events.dates import (
    EVENT_TIME_ZONE,
    CalendarMonth,
    add_months,
    event_times,
    last_of_month,
    month_or_404,
    month_weeks,
    place_events,
    today,
    year_or_404,
)
from events.ical import calendar_feed_response, event_download_response
from events.jsonld import event_json_ld
from website.blocks import BaseStreamBlock
from website.fragment_cache import public
from website.models import TranslatedPageMixin
from website.panels import language_tabs
from website.translation_policy import translated_filter

# Sub-addresses of the calendar page; an event slug equal to one of them would be hidden by it.
RESERVED_SLUGS = {"upcoming", "ical"}

EVENTS_PER_PAGE = 10
# The feed covers the past year and everything ahead: enough for a subscriber, small to download.
FEED_HISTORY = datetime.timedelta(days=365)


class EventCategory(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training")
    SEMINAR = "seminar", _("Seminar")
    CAMPAIGN = "campaign", _("Campaign")
    MEETING = "meeting", _("Meeting")
    OTHER = "other", _("Other")


def category_or_404(request):
    category = request.GET.get("category") or None
    if category is not None and category not in EventCategory.values:
        raise Http404("No such category")
    return category


class EventPageQuerySet(PageQuerySet):
    """The calendar's queries, each a fixed number of queries however many events there are."""

    def of_calendar(self, calendar_page, language=None):
        """Live, public events of ``calendar_page`` that exist in ``language`` (the current one)."""
        return public(self.live().child_of(calendar_page)).filter(translated_filter(language))

    def in_category(self, category):
        return self.filter(category=category) if category else self

    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def ended(self):
        return self.filter(ends_at__lt=timezone.now())

    def past(self, year):
        """Events of ``year`` that are over, latest first."""
        return self.ended().filter(start_date__year=year).order_by("-starts_at", "-pk")

    def in_month(self, first):
        """The events on any day of the month of ``first``, in order."""
        return self.filter(start_date__lte=last_of_month(first), last_date__gte=first).order_by(
            "starts_at", "pk"
        )

    def for_feed(self):
        """The iCalendar feed's events: the past year and everything ahead."""
        return self.filter(ends_at__gte=timezone.now() - FEED_HISTORY).order_by("starts_at", "pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventCalendarPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The site's event calendar: month grid, upcoming and past events, iCalendar feed."""

    intro = models.TextField(_("intro"), blank=True)

    edit_handler = language_tabs([FieldPanel("intro")])
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")

    # Addresses ------------------------------------------------------------------------------

    def month_url(self, first, request=None):
        base = self.get_url(request)
        if not base or first is None:
            return None
        return base + self.reverse_subpage(
            "month_view", kwargs={"year": f"{first.year:04d}", "month": f"{first.month:02d}"}
        )

    def past_url(self, year, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("past_events", kwargs={"year": f"{year:04d}"}) if base else None

    def upcoming_url(self, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("upcoming_events") if base else None

    def feed_url(self, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("ical_feed") if base else None

    # Data for the views ---------------------------------------------------------------------

    @classmethod
    def for_site(cls, site):
        """The live calendar page of ``site``, or None (one query)."""
        if site is None:
            return None
        return (
            cls.objects.live()
            .filter(path__startswith=site.root_page.path, depth__gt=site.root_page.depth)
            .order_by("path")
            .first()
        )

    @classmethod
    def for_request(cls, request):
        return cls.for_site(Site.find_for_request(request) if request is not None else None)

    def events(self, language=None):
        """Live, public events of this calendar in ``language`` (the current one)."""
        return EventPage.objects.of_calendar(self, language)

    def build_month(self, first, request=None):
        """The month grid of ``first``, with every event placed on each of its days in the month."""
        events = list(self.events().in_month(first))
        return CalendarMonth(
            first=first,
            weeks=place_events(month_weeks(first), first, events),
            url=self.month_url(first, request),
            prev_url=self.month_url(add_months(first, -1), request),
            next_url=self.month_url(add_months(first, 1), request),
            events=events,
        )

    def past_years(self):
        """Years that have events which are over, newest first (one query)."""
        dates = self.events().ended().dates("start_date", "year", order="DESC")
        return [day.year for day in dates]

    # Views ----------------------------------------------------------------------------------

    @path("", name="current_month")
    def current_month(self, request):
        return self.render_month(request, today().replace(day=1))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month_view")
    def month_view(self, request, year, month):
        return self.render_month(request, month_or_404(year, month))

    def render_month(self, request, first):
        return self.render(
            request,
            template="events/event_calendar_page.html",
            context_overrides={
                "calendar_month": first,
                # Built only when the cached month (``{% wagtailpagecache %}``) is rendered again.
                "month": SimpleLazyObject(lambda: self.build_month(first, request)),
                "list_kind": "month",
                "today": today(),
            },
        )

    @path("upcoming/", name="upcoming_events")
    def upcoming_events(self, request):
        category = category_or_404(request)
        events = self.events().upcoming().in_category(category)
        return self.render(
            request,
            template="events/event_list.html",
            context_overrides={
                "list_kind": "upcoming",
                "category": category,
                "events_page": Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page")),
                "past_years": self.past_years(),
            },
        )

    @re_path(r"^(?P<year>\d{4})/$", name="past_events")
    def past_events(self, request, year):
        year = year_or_404(year)
        category = category_or_404(request)
        return self.render(
            request,
            template="events/event_list.html",
            context_overrides={
                "list_kind": "past",
                "year": year,
                "category": category,
                "events": list(self.events().past(year).in_category(category)),
                "past_years": self.past_years(),
            },
        )

    @path("ical/", name="ical_feed")
    def ical_feed(self, request):
        return calendar_feed_response(self, self.events().for_feed(), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("list_kind", "month")
        context["calendar_page"] = self
        context["categories"] = EventCategory.choices
        context["upcoming_url"] = self.upcoming_url(request)
        context["past_url"] = self.past_url(today().year, request)
        context["feed_url"] = self.feed_url(request)
        return context


class EventPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """One event: when and where it is, who organises it, and how to take part."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in the calendar."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Riga time. Leave empty for an all-day event.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for an event on one day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True, help_text=_("Riga time."))

    location = models.CharField(
        _("location"), max_length=255, blank=True, help_text=_("For example: Rīga, Brīvības bulvāris 36")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to join online, if anywhere.")
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.CharField(
        _("category"), max_length=20, choices=EventCategory.choices, default=EventCategory.OTHER
    )

    # Derived on save: aware datetimes for sorting, filtering and iCalendar, and the last day
    # (in Riga) on which the event takes place, for the month grid.
    starts_at = models.DateTimeField(editable=False, db_index=True, null=True)
    ends_at = models.DateTimeField(editable=False, db_index=True, null=True)
    last_date = models.DateField(editable=False, db_index=True, null=True)

    edit_handler = language_tabs(
        [FieldPanel("lead"), FieldPanel("location"), FieldPanel("organiser"), FieldPanel("body")],
        shared=[
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                    FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                ],
                heading=_("When"),
            ),
            FieldPanel("online_url"),
            FieldPanel("category"),
            FieldPanel("registration_url"),
            FieldPanel("image"),
        ],
    )
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.FilterField("starts_at"),
        index.FilterField("category"),
    ]

    parent_page_types = ["events.EventCalendarPage"]
    subpage_types = []

    objects = EventPageManager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # Derived data -----------------------------------------------------------------------------

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def is_multi_day(self):
        return self.last_date is not None and self.last_date != self.start_date

    def _derive_times(self):
        return event_times(self.start_date, self.start_time, self.end_date, self.end_time)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date is None:
            return
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        if self.end_time is not None and self.start_time is None:
            errors["start_time"] = _("Enter a start time, or leave both times empty for an all-day event.")
        if not errors and self.start_time is not None and self.end_time is not None:
            starts_at, ends_at, _last = self._derive_times()
            if ends_at < starts_at:
                errors["end_time"] = _("The event cannot end before it starts.")
        for language in AVAILABLE_LANGUAGES:
            field = build_localized_fieldname("slug", language)
            slug = getattr(self, field, None) or ""
            if slug in RESERVED_SLUGS or slug.isdigit():
                errors[field] = _("This address is used by the calendar itself; choose another.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date is not None:
            self.starts_at, self.ends_at, self.last_date = self._derive_times()
        return super().save(*args, **kwargs)

    # Display ----------------------------------------------------------------------------------

    @cached_property
    def local_start(self):
        return timezone.localtime(self.starts_at, EVENT_TIME_ZONE) if self.starts_at else None

    @cached_property
    def local_end(self):
        return timezone.localtime(self.ends_at, EVENT_TIME_ZONE) if self.ends_at else None

    @property
    def utc_offset(self):
        """The offset of Riga time at the start, as people write it: "+3", "+2"."""
        minutes = int(self.local_start.utcoffset().total_seconds()) // 60
        hours, minutes = divmod(abs(minutes), 60)
        sign = "-" if self.local_start.utcoffset().total_seconds() < 0 else "+"
        return f"{sign}{hours}" + (f":{minutes:02d}" if minutes else "")

    @property
    def has_end_time(self):
        return self.end_time is not None

    @property
    def has_end(self):
        """Whether the event has an end worth stating: an end time, or a later last day."""
        return self.has_end_time or self.is_multi_day

    @property
    def when(self):
        """The dates and times in the current language: "14.09.2023, 10:00–14:00" or a date range."""
        start = date_format(self.start_date)
        last = date_format(self.last_date) if self.last_date else start
        if self.is_all_day:
            return start if last == start else f"{start}–{last}"
        start_time = date_format(self.local_start, "TIME_FORMAT")
        if not self.has_end_time:
            return f"{start}, {start_time}" if last == start else f"{start}, {start_time} – {last}"
        end_time = date_format(self.local_end, "TIME_FORMAT")
        if last == start:
            return f"{start}, {start_time}–{end_time}"
        return f"{start}, {start_time} – {last}, {end_time}"

    @property
    def is_past(self):
        return self.ends_at is not None and self.ends_at < timezone.now()

    @property
    def attendance_mode(self):
        if self.online_url and self.location:
            return "mixed"
        return "online" if self.online_url else "offline"

    def ical_url(self, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("ical_download") if base else None

    @path("ical/", name="ical_download")
    def ical_download(self, request):
        return event_download_response(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        calendar = self.get_parent().specific
        context["calendar_page"] = calendar
        context["month_url"] = calendar.month_url(self.start_date.replace(day=1), request)
        context["event_json_ld"] = event_json_ld(self, request)
        context["ical_url"] = self.ical_url(request)
        context["calendar_month"] = self.start_date.replace(day=1)
        return context
