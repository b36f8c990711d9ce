from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import INLINE_FEATURES, BaseStreamBlock
from website.models import TranslatedPageMixin
from website.panels import language_tabs


class HomePage(TranslatedPageMixin, Page):
    """The front page of one language tree: /lv/ and /en/."""

    intro = RichTextField(_("intro"), blank=True, features=INLINE_FEATURES)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    edit_handler = language_tabs([FieldPanel("intro"), FieldPanel("body")])
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

    edit_handler = language_tabs([FieldPanel("lead"), FieldPanel("body")])
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
