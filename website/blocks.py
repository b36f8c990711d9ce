"""StreamField blocks shared by every page type.

Each block has a ``description`` and a ``preview_value`` so editors see what it does in the block
picker. Headings are limited to levels 2 and 3: the page title is the only ``<h1>``, so the outline
stays valid whatever an editor picks.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
INLINE_FEATURES = ["bold", "italic", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subsection heading (H3)"))],
        default="h2",
        search_index=False,  # a layout choice, not text a visitor searches for
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section or subsection heading. The page title is already the H1.")
        preview_value = {"text": "Paraugprakses Baltijas jūras reģionā", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        description = _("Formatted text with links and lists.")
        preview_value = (
            "<p>Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju "
            "par paraugpraksēm Baltijas jūras reģionā.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    # ImageBlock enforces alt text (or an explicit "decorative" choice); ImageChooserBlock does not.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A highlighted quote with its source.")
        preview_value = {
            "text": "Cilvēku tirdzniecība ir nozīmīgs cilvēktiesību pārkāpums.",
            "attribution": "Iekšlietu ministrija",
        }


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a link."))}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Link list")
        template = "blocks/link_list_block.html"
        description = _("A call to action or a list of useful links.")
        preview_value = {
            "heading": "Noderīgas saites",
            "links": [{"text": "Valsts policija", "url": "https://www.vp.gov.lv/"}],
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address"))
    title = blocks.CharBlock(
        label=_("Video title"),
        max_length=200,
        help_text=_("Describes the video to screen reader users."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _("An embedded video with a title.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    links = LinkListBlock()
    video = VideoBlock()
