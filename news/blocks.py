"""The structured body of a news article.

Shared blocks (quote, link list, video) come from ``website.blocks``; the ones here are specific to
articles: sections with a heading, lists whose items are rich text, images whose renditions are
fetched in bulk, and downloadable documents that show their format and size.

Headings: the article title is the only ``<h1>``. Sections are ``<h2>`` or ``<h3>``, and an ``<h3>``
section may only follow an ``<h2>`` one (checked in ``NewsBodyBlock.clean``); rich text inside a
section has no heading buttons. So whatever an editor picks, the outline never skips a level.
"""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from publications.blocks import PublicationBlock
from website.blocks import CaptionedImageBlock, LinkListBlock, QuoteBlock, VideoBlock

# Rich text inside a section: no heading buttons, headings come from section blocks only.
SECTION_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
ITEM_FEATURES = ["bold", "italic", "link", "document-link"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3), after a section"))],
        default="h2",
        search_index=False,  # a layout choice, not text a visitor searches for
    )
    text = blocks.RichTextBlock(label=_("Text"), features=SECTION_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "news/blocks/section_block.html"
        description = _("A part of the article with its own heading and text.")
        preview_value = {
            "heading": "Ziņojuma pirmā daļa",
            "level": "h2",
            "text": (
                "<p>Pirmā daļa ir veltīta īstenotajām aktivitātēm Baltijas jūras reģionā valstīs, lai "
                "novērstu cilvēku tirdzniecības riskus.</p>"
            ),
        }


class NewsTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", SECTION_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "news/blocks/text_block.html"
        description = _("One or more paragraphs without a heading.")
        preview_value = (
            "<p>Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju par "
            "paraugpraksēm Baltijas jūras reģionā.</p>"
        )


class RichTextListBlock(blocks.StructBlock):
    intro = blocks.CharBlock(
        label=_("Introduction"),
        required=False,
        max_length=300,
        help_text=_("The sentence before the list, for example “Best practices named in the report:”."),
    )
    style = blocks.ChoiceBlock(
        label=_("List style"),
        choices=[("bulleted", _("Bulleted")), ("numbered", _("Numbered"))],
        default="bulleted",
        search_index=False,
    )
    items = blocks.ListBlock(
        blocks.RichTextBlock(label=_("Item"), features=ITEM_FEATURES), label=_("Items"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        label = _("List")
        template = "news/blocks/list_block.html"
        description = _("A bulleted or numbered list; each item may have bold text and links.")
        preview_value = {
            "intro": "Ziņojumā minētās paraugprakses:",
            "style": "bulleted",
            "items": [
                "<p>Izpratnes veicināšanas kampaņas jauniešiem Igaunijā.</p>",
                "<p>Nacionālā atbalsta sistēma cilvēku tirdzniecības upuriem Somijā.</p>",
            ],
        }


class NewsImageBlock(CaptionedImageBlock):
    """An image with alt text (enforced) and caption; renditions of all of them in one query."""

    class Meta:
        template = "news/blocks/image_block.html"

    def bulk_to_python(self, values):
        """The images arrive from Wagtail's chooser block already read (``ChooserBlock`` reads them
        with ``in_bulk`` and takes no queryset), so ``Image.objects.prefetch_renditions()`` would
        read them a second time; their renditions are fetched here in the same way, one query."""
        result = super().bulk_to_python(values)
        images = [value["image"] for value in result if value.get("image") is not None]
        if images:
            renditions = images[0].get_rendition_model().objects.all()
            prefetch_related_objects(
                images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
            )
        return result

    def get_preview_value(self):
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("pk").first()
        if image is not None:
            image.contextual_alt_text = image.default_alt_text
            image.decorative = False
        return blocks.StructValue(self, [("image", image), ("caption", "Ilustrācija")])


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("What the document is; the document's own title when left empty."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=500)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document")
        template = "news/blocks/document_block.html"
        description = _("A file to download, shown with its format and size.")

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        document = get_document_model().objects.order_by("pk").first()
        return blocks.StructValue(
            self, [("document", document), ("title", "Ziņojums (PDF)"), ("description", "")]
        )


class NewsBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    text = NewsTextBlock()
    list = RichTextListBlock()
    quote = QuoteBlock()
    image = NewsImageBlock()
    document = DocumentBlock()
    links = LinkListBlock()
    # No address in the preview: the block picker must not call a video platform.
    video = VideoBlock(preview_value={"video": None, "title": "Kampaņas “Darbs ārzemēs” video"})
    publication = PublicationBlock()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        seen_h2 = False
        for index, child in enumerate(value):
            if child.block_type != "section":
                continue
            if child.value["level"] == "h2":
                seen_h2 = True
            elif not seen_h2:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "level": ValidationError(
                            _("A subsection (H3) must come after a section (H2). Choose “Section (H2)”.")
                        )
                    }
                )
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
