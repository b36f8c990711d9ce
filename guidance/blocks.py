"""StreamField blocks of the portal's guidance sections: help routes, self-check questions, laws."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.blocks import INLINE_FEATURES, BaseStreamBlock, LinkBlock


class RouteBlock(blocks.StructBlock):
    """One way into the help page: "I need help", "I am worried about someone", ..."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES + ["ul"])
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=0)

    class Meta:
        icon = "arrow-right"
        label = _("Route")
        template = "guidance/blocks/route_block.html"
        description = _("A route for one kind of visitor, with what to do and where to read more.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    explanation = blocks.TextBlock(
        label=_("Why it matters"), required=False, help_text=_("Shown under the question.")
    )

    class Meta:
        icon = "help"
        label = _("Question")


class LawBlock(blocks.StructBlock):
    """A law, regulation or policy document, with a link to its official text."""

    title = blocks.CharBlock(label=_("Title"), max_length=300)
    reference = blocks.CharBlock(
        label=_("Reference"), max_length=200, required=False, help_text=_("For example: adopted 17.06.1998")
    )
    summary = blocks.RichTextBlock(label=_("What it says"), features=INLINE_FEATURES + ["ul"], required=False)
    url = blocks.URLBlock(label=_("Official text"), required=False)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=120, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Legal act")
        template = "guidance/blocks/law_block.html"
        description = _("A legal act or policy document with a link to its official text.")


class GuidanceStreamBlock(BaseStreamBlock):
    law = LawBlock()
