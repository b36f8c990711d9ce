"""Page behaviour every page type of the site shares, and the site-wide settings.

``SiteSettings`` (with its ``HelpLine``s) lived in the ``home`` app until
``website/migrations/0001_initial.py`` moved it here, keeping its table and rows.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from editorial.forms import TranslatedPageForm
from website import fragment_cache
from website.translation_policy import current_language, is_translated


class TranslatedPageMixin:
    """Tells templates in which language the page's content actually is, and previews each language.

    ``content_language`` is the visitor's language when the page is translated into it, and
    Latvian otherwise (the fallback policy in ``website.translation_policy``).
    """

    base_form_class = TranslatedPageForm

    def minimal_clean(self):
        # Wagtail's minimal_clean (run when a draft is saved) assigns ``self.title``, and
        # modeltranslation writes an assignment to the active language's field: with the admin in
        # English, a new Latvian-only page got its Latvian title as ``title_en`` and looked
        # translated. The page's own defaults belong to the Latvian fields.
        with translation.override(DEFAULT_LANGUAGE):
            super().minimal_clean()

    def full_clean(self, *args, **kwargs):
        with translation.override(DEFAULT_LANGUAGE):
            super().full_clean(*args, **kwargs)

    @property
    def preview_modes(self):
        # One preview per language, so editors and translators see each version before publishing.
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in AVAILABLE_LANGUAGES else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()  # inside the language, not later
        return response

    def get_sitemap_urls(self, request=None):
        """One entry per language the page is translated into, each naming the others as alternates."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        addresses = []
        for code in AVAILABLE_LANGUAGES:
            if is_translated(self, code):
                with translation.override(code):
                    location = self.get_full_url(request)
                if location:
                    addresses.append((code, location))
        alternates = [{"lang_code": code, "location": location} for code, location in addresses]
        if len(alternates) > 1:
            alternates.append({"lang_code": "x-default", "location": dict(addresses)[DEFAULT_LANGUAGE]})
        else:
            alternates = []
        return [
            {"location": location, "lastmod": lastmod, "alternates": alternates} for _c, location in addresses
        ]

    def get_view_restrictions(self):
        # Wagtail checks these before serving every page: read them from the cache, not two queries.
        restrictions = fragment_cache.view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = current_language()
        translated = is_translated(self, language)
        context["content_language"] = language if translated else DEFAULT_LANGUAGE
        context["is_untranslated_fallback"] = not translated
        return context


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """What every page shows around its content: the site name, footer, help lines."""

    site_name = models.CharField(_("site name"), max_length=200, default="Cilvēktirdzniecība")
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("The sentence at the bottom of every page that says what this site is."),
    )
    emergency_number = models.CharField(_("emergency number"), max_length=30, default="112")
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, as the law requires."),
    )
    institution_name = models.CharField(
        _("institution"),
        max_length=200,
        blank=True,
        help_text=_("The state institution that runs this site, shown in the header and footer."),
    )
    institution_address = models.CharField(_("institution's address"), max_length=300, blank=True)
    institution_phone = models.CharField(_("institution's phone number"), max_length=30, blank=True)
    institution_email = models.EmailField(_("institution's e-mail"), blank=True)
    institution_url = models.URLField(_("institution's website"), blank=True)
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("help page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the help strip at the top of every page."),
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.com/",
        help_text=_(
            "The neutral site that replaces this one when a visitor presses Quick exit (or Escape twice)."
        ),
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("help_page"),
                InlinePanel("help_lines", label=_("help lines")),
            ],
            heading=_("Help"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("institution_name"),
                FieldPanel("institution_address"),
                FieldPanel("institution_phone"),
                FieldPanel("institution_email"),
                FieldPanel("institution_url"),
            ],
            heading=_("Institution"),
        ),
        FieldPanel("contact_email"),
        FieldPanel("accessibility_page"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("site settings")
        db_table = "home_sitesettings"

    @property
    def emergency_tel_href(self):
        return "tel:" + "".join(ch for ch in self.emergency_number if ch.isdigit() or ch == "+")

    @cached_property
    def all_help_lines(self):
        """The help lines in order, read once per request for the help strip, footer and help page."""
        return list(self.help_lines.all())

    @cached_property
    def linked_pages(self):
        """The help page and the accessibility statement, both read in one query per request."""
        ids = [pk for pk in (self.help_page_id, self.accessibility_page_id) if pk]
        return Page.objects.live().in_bulk(ids) if ids else {}

    @property
    def live_help_page(self):
        return self.linked_pages.get(self.help_page_id)

    @property
    def live_accessibility_page(self):
        return self.linked_pages.get(self.accessibility_page_id)

    @property
    def strip_lines(self):
        return [line for line in self.all_help_lines if line.in_help_strip]

    @classmethod
    def for_site(cls, site):
        # Read on every page (site name, quick exit): cached, and replaced when settings are saved.
        return fragment_cache.site_setting(cls, site, super().for_site)


class HelpLine(Orderable):
    """A telephone line a person in danger or in doubt can call, shown in the footer.

    Lines marked for the help strip are also shown, with their short name, at the top of every page.
    """

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="help_lines")
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("Shown in the help strip at the top of every page, for example Drošā māja."),
    )
    in_help_strip = models.BooleanField(
        _("in the help strip"),
        default=False,
        help_text=_("Show this line at the top of every page (keep it to two or three lines)."),
    )
    phone = models.CharField(_("phone number"), max_length=30, help_text=_("For example +371 28612120"))
    hours = models.CharField(_("hours"), max_length=100, blank=True, help_text=_("For example 24/7"))

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("phone"),
        FieldPanel("hours"),
        FieldPanel("in_help_strip"),
    ]

    class Meta(Orderable.Meta):
        db_table = "home_helpline"
        verbose_name = _("help line")
        verbose_name_plural = _("help lines")

    def __str__(self):
        return f"{self.name} {self.phone}"

    @property
    def strip_name(self):
        return self.short_name or self.name

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
