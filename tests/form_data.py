"""Build the POST data of a Wagtail page form from a page's current values (StreamFields included).

``wagtail.test.utils.form_data.querydict_from_html`` misses StreamField data (their values live in JSON, not in form inputs),
so the data is built from the field values with the same module's helpers.
"""

from wagtail import blocks
from wagtail.fields import StreamValue
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def block_form_value(block, value):
    if isinstance(block, blocks.StructBlock):
        return {name: block_form_value(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        items = list(value or [])
        return streamfield([("item", block_form_value(block.child_block, item)) for item in items])
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(child.block_type, block_form_value(child.block, child.value)) for child in value]
        )
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value is not None else "")
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value is not None else ""
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else ""
    return "" if value is None else str(value)


def stream_form_value(stream_value):
    if not isinstance(stream_value, StreamValue):
        return streamfield([])
    return streamfield(
        [(child.block_type, block_form_value(child.block, child.value)) for child in stream_value]
    )


def page_form_data(page, field_names, **overrides):
    """POST data for the given form fields of ``page``, with ``overrides`` (form values) applied."""
    data = {}
    for name in field_names:
        if name in overrides:
            continue
        if name == "comment_notifications":
            continue
        value = getattr(page, name, None)
        if isinstance(value, StreamValue) or name.startswith("body_"):
            data[name] = stream_form_value(value)
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is None:
            data[name] = ""
        else:
            data[name] = value if not hasattr(value, "pk") else value.pk
    for name, value in overrides.items():
        if isinstance(value, list):
            value = streamfield(value)
        data[name] = value
    data["comments"] = inline_formset([])
    return nested_form_data(data)


def paragraph(html):
    return ("paragraph", rich_text(html))
