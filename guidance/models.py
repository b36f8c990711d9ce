"""Page types of the portal's sections: what trafficking is, help and rights, professionals,
legislation, projects, partners and contacts; the help page and the self-check.

Every type has a ``lead`` (one or two sentences shown under the title and on section cards) and
is translated per field like the rest of the site.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from guidance.blocks import GuidanceStreamBlock, QuestionBlock, RouteBlock
from website.blocks import INLINE_FEATURES
from website.models import TranslatedPageMixin
from website.panels import language_tabs
from website.translation_policy import filter_translated

LEAD_HELP = _("One or two sentences shown under the title and on the section's cards.")


class GuidanceBasePage(TranslatedPageMixin, Page):
    lead = models.TextField(_("lead"), blank=True, help_text=LEAD_HELP)
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"), blank=True)

    edit_handler = language_tabs([FieldPanel("lead"), FieldPanel("body")])
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    class Meta:
        abstract = True

    def child_cards(self, request=None):
        """Live, public children translated into the current language, for the section's cards."""
        children = filter_translated(self.get_children().live().public()).specific()
        return [child for child in children if getattr(child, "show_as_card", True)]


class SectionPage(GuidanceBasePage):
    """A section of the portal (About trafficking, For professionals, ...): an introduction and
    its pages as cards."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.GuidancePage", "guidance.SelfCheckPage", "guidance.ProjectPage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cards"] = self.child_cards(request)
        return context


class GuidancePage(GuidanceBasePage):
    """A page of guidance inside a section: forms of exploitation, state compensation, ..."""

    parent_page_types = ["guidance.SectionPage", "guidance.HelpPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")


class HelpPage(GuidanceBasePage):
    """Where to get help: the help lines from the site settings, routes for each kind of visitor,
    quick-exit advice; its children are pages about victims' rights."""

    routes = StreamField(
        [("route", RouteBlock())],
        verbose_name=_("routes"),
        blank=True,
        help_text=_("For example: I need help; I am worried about someone; I am a professional."),
    )

    edit_handler = language_tabs([FieldPanel("lead"), FieldPanel("routes"), FieldPanel("body")])
    search_fields = GuidanceBasePage.search_fields + [index.SearchField("routes")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.GuidancePage"]

    class Meta:
        verbose_name = _("help page")
        verbose_name_plural = _("help pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cards"] = self.child_cards(request)
        return context


class SelfCheckPage(GuidanceBasePage):
    """ "Could this be trafficking?": questions to tick, answered on the page itself.

    Nothing is sent anywhere: the answer shows through CSS as soon as a box is ticked, with no
    JavaScript, no form submission and no cookie; the boxes are not remembered by the browser.
    """

    questions = StreamField([("question", QuestionBlock())], verbose_name=_("questions"))
    result_some = RichTextField(
        _("answer when a box is ticked"), features=INLINE_FEATURES + ["ul"], blank=True
    )
    result_none = RichTextField(
        _("answer when no box is ticked"), features=INLINE_FEATURES + ["ul"], blank=True
    )

    edit_handler = language_tabs(
        [
            FieldPanel("lead"),
            FieldPanel("questions"),
            FieldPanel("result_some"),
            FieldPanel("result_none"),
            FieldPanel("body"),
        ]
    )
    search_fields = GuidanceBasePage.search_fields + [index.SearchField("questions")]
    parent_page_types = ["guidance.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("self-check")
        verbose_name_plural = _("self-checks")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Not even a shared cache keeps a copy of the page someone checked their situation on.
        response["Cache-Control"] = "private, no-store"
        return response


class LegislationPage(GuidanceBasePage):
    """Laws, regulations and policy plans, each with a link to its official text."""

    parent_page_types = ["home.HomePage", "guidance.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legislation page")
        verbose_name_plural = _("legislation pages")


class ProjectPage(GuidanceBasePage):
    """A project or campaign: when it ran, who funded and led it, what it produced."""

    period = models.CharField(_("period"), max_length=100, blank=True, help_text=_("For example: 2019–2021"))
    lead_organisation = models.CharField(_("led by"), max_length=200, blank=True)
    funding = models.CharField(_("funding"), max_length=300, blank=True)

    edit_handler = language_tabs(
        [
            FieldPanel("lead"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("period"), FieldPanel("lead_organisation")]),
                    FieldPanel("funding"),
                ],
                heading=_("Facts"),
            ),
            FieldPanel("body"),
        ]
    )
    parent_page_types = ["guidance.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")


class PartnersPage(GuidanceBasePage):
    """Partners and contacts: the organisations (snippets) grouped by kind."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("partners and contacts page")
        verbose_name_plural = _("partners and contacts pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = list(
            Organisation.objects.prefetch_related("phones").order_by("kind", "sort_order", "pk")
        )
        groups = []
        for value, label in OrganisationKind.choices:
            members = [organisation for organisation in organisations if organisation.kind == value]
            if members:
                groups.append({"kind": value, "label": label, "organisations": members})
        context["groups"] = groups
        return context


class OrganisationKind(models.TextChoices):
    HELP = "help", _("Help for victims")
    STATE = "state", _("State institutions")
    INTERNATIONAL = "international", _("International organisations")


@register_snippet
class Organisation(ClusterableModel):
    """An organisation a victim, a relative or a professional can contact."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.HELP
    )
    description = models.TextField(_("what it does"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty unless the organisation says so itself."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        InlinePanel("phones", label=_("phone numbers")),
        FieldPanel("email"),
        FieldPanel("address"),
        FieldPanel("website"),
        FieldPanel("languages"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["kind", "sort_order", "pk"]

    def __str__(self):
        return self.name


class OrganisationPhone(Orderable):
    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("phone number"), max_length=30)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("For example: 24/7, free of charge")
    )

    panels = [FieldPanel("number"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self):
        return self.number

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
