"""Blocks of this app: a chart of yearly figures, and a link from an article to a publication."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from publications import charts
from website.blocks import INLINE_FEATURES, ParagraphBlock

CHART_PREVIEW = "Gads, Identificētie upuri\n2019, 39\n2020, 48\n2021, 61"


class ChartBlock(blocks.StructBlock):
    """Years × series, typed or pasted as a small table; drawn as SVG with its table and summary."""

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("What the chart shows, for example “Identified victims of human trafficking”."),
    )
    chart_type = blocks.ChoiceBlock(
        label=_("Chart type"),
        choices=[("bar", _("Bars")), ("line", _("Lines"))],
        default="bar",
        search_index=False,
    )
    unit = blocks.CharBlock(
        label=_("Unit"),
        required=False,
        max_length=60,
        help_text=_("What the numbers count, for example “people” or “cases”."),
    )
    data = blocks.TextBlock(
        label=_("Figures"),
        rows=8,
        help_text=_(
            "First row: the name of the first column (for example “Year”) and the name of each series. "
            "Then one row per year. Separate cells with commas, semicolons or tabs (you can paste "
            "from a spreadsheet). Leave a cell empty where there is no figure."
        ),
    )
    description = blocks.TextBlock(
        label=_("Text summary"),
        required=False,
        max_length=1000,
        help_text=_("What the figures mean, in one or two sentences; a summary of the figures is added."),
    )
    sources = blocks.RichTextBlock(
        label=_("Sources and notes"),
        required=False,
        features=INLINE_FEATURES,
        help_text=_("Where each figure comes from, with links."),
    )

    class Meta:
        icon = "table"
        label = _("Chart")
        template = "publications/blocks/chart_block.html"
        description = _("A bar or line chart of yearly figures, with its data table, summary and CSV file.")
        preview_value = {
            "title": "Identificētie cilvēku tirdzniecības upuri",
            "chart_type": "bar",
            "unit": "cilvēki",
            "data": CHART_PREVIEW,
        }

    def clean(self, value):
        value = super().clean(value)
        try:
            charts.parse(value["data"])
        except charts.ChartDataError as error:
            raise StructBlockValidationError(block_errors={"data": ValidationError(str(error))}) from error
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        block_id = (parent_context or {}).get("block_id") or "chart"
        element_id = f"chart-{block_id}"
        try:
            data = charts.parse(value["data"])
        except charts.ChartDataError:
            data = None
        context["element_id"] = element_id
        context["chart_data"] = data
        if data is not None:
            context["chart_svg"] = charts.svg(
                data, value["chart_type"], value["title"], value["unit"], element_id
            )
            context["chart_summary"] = charts.summary(data, value["unit"])
            context["rows"] = [
                (label, [charts.format_value(v) for v in values]) for label, values in data.rows
            ]
        return context


class StatisticsBodyBlock(blocks.StreamBlock):
    text = ParagraphBlock()
    chart = ChartBlock()


class PublicationBlock(blocks.StructBlock):
    """A publication named in an article: its title, type, year and files to download."""

    publication = blocks.PageChooserBlock(label=_("Publication"), page_type="publications.PublicationPage")
    text = blocks.CharBlock(
        label=_("Introduction"),
        required=False,
        max_length=300,
        help_text=_("A sentence before the link, for example “Read the full report:”."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Publication")
        template = "publications/blocks/publication_block.html"
        description = _("A link to a report, study or guide in the publications, with its files.")

    def get_preview_value(self):
        # The chooser's model, resolved by Wagtail from "publications.PublicationPage": this module
        # is imported by the models, so it does not import them back.
        publication_page = self.child_blocks["publication"].target_model
        publication = publication_page.objects.live().order_by("-year", "pk").first()
        return blocks.StructValue(self, [("publication", publication), ("text", "Pilns ziņojums:")])
