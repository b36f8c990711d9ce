from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from website.blocks import INLINE_FEATURES, BaseStreamBlock
from website.models import TranslatedPageMixin


class HomePage(TranslatedPageMixin, Page):
    """The front page of one language tree: /lv/ and /en/."""

    intro = RichTextField(_("intro"), blank=True, features=INLINE_FEATURES)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(TranslatedPageMixin, Page):
    """A generic content page: about us, get help, accessibility statement, ..."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


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
            [FieldPanel("emergency_number"), InlinePanel("help_lines", label=_("help lines"))],
            heading=_("Help"),
        ),
        FieldPanel("contact_email"),
        FieldPanel("accessibility_page"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        # Read on every page (site name, quick exit): cached, and replaced when settings are saved.
        from website.fragment_cache import site_setting

        return site_setting(cls, site, super().for_site)


class HelpLine(Orderable):
    """A telephone line a person in danger or in doubt can call, shown in the footer."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="help_lines")
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone number"), max_length=30, help_text=_("For example +371 28612120"))
    hours = models.CharField(_("hours"), max_length=100, blank=True, help_text=_("For example 24/7"))

    panels = [FieldPanel("name"), FieldPanel("phone"), FieldPanel("hours")]

    class Meta(Orderable.Meta):
        verbose_name = _("help line")
        verbose_name_plural = _("help lines")

    def __str__(self):
        return f"{self.name} {self.phone}"

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
