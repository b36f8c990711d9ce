"""A page's translatable text as segments, and the English field values built back from them.

A *segment* is one piece of Latvian text a translator translates on its own: a simple field
(title, slug, lead, SEO title, search description, event place...), a text inside a StreamField
block (heading, list item, quote, caption, alt text...) or one paragraph / heading / list item of
rich text. Its ``key`` is stable while the Latvian structure stays the same: the field name and the
path of block ids (``body/<block id>/text``), and for rich text the ``data-block-key`` Wagtail gives
each paragraph.

Structure and every non-text value (images, documents, heading levels, dates, order) are never
segments: ``build_values`` copies them from the Latvian page, so a translation cannot change them.

Inside rich text, translators see inline markup simplified: ``<b>``, ``<i>``, ``<br>`` and links as
``<a id="a1">...</a>``; the link's real target comes back from the Latvian source when the English
value is built (the approach of wagtail-localize's ``segments/html.py``, written anew here for
modeltranslation's per-language fields).
"""

import copy
import html
from dataclasses import dataclass

from anyascii import anyascii
from bs4 import BeautifulSoup, NavigableString, Tag
from django.db import models
from django.utils.text import capfirst, slugify
from modeltranslation.manager import get_translatable_fields_for_model
from modeltranslation.settings import DEFAULT_LANGUAGE
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField, StreamValue

SOURCE_LANGUAGE = DEFAULT_LANGUAGE
PAGE_FIELDS_FIRST = ("title", "slug")
PAGE_FIELDS_LAST = ("seo_title", "search_description")
NOT_TRANSLATED = {"url_path", "draft_title"}
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
LIST_TAGS = {"ul", "ol"}
INLINE_TAGS = {"b", "i", "br"}


@dataclass(frozen=True)
class Segment:
    key: str
    field: str
    label: str
    kind: str  # "text", "html" (rich text with simplified inline markup) or "slug"
    source: str


def translated_fields(model):
    """Base names of ``model``'s translated fields, in the order a translator reads them."""
    registered = set(get_translatable_fields_for_model(model) or ()) - NOT_TRANSLATED
    declared = [f.name for f in model._meta.get_fields() if f.name in registered and f.concrete]
    middle = [name for name in declared if name not in PAGE_FIELDS_FIRST + PAGE_FIELDS_LAST]
    ordered = [n for n in PAGE_FIELDS_FIRST if n in registered] + middle
    return ordered + [n for n in PAGE_FIELDS_LAST if n in registered]


def localized(name, language):
    return build_localized_fieldname(name, language)


def _field_label(model, name):
    try:
        return str(capfirst(model._meta.get_field(name).verbose_name))
    except Exception:  # noqa: BLE001 - a translated field without its original: show the name
        return name


# --- extraction -------------------------------------------------------------------------------


def extract(page, language=SOURCE_LANGUAGE):
    """The segments of ``page`` (a specific page object) in ``language``, in reading order."""
    model = type(page)
    segments = []
    for name in translated_fields(model):
        field = model._meta.get_field(localized(name, language))
        value = getattr(page, localized(name, language), None)
        label = _field_label(model, name)
        if isinstance(field, StreamField):
            raw = value.raw_data if isinstance(value, StreamValue) else (value or [])
            segments += _walk(field.stream_block, list(raw), name, name, label)
        elif isinstance(field, RichTextField):
            segments += _rich_text_segments(value or "", name, name, label)
        elif isinstance(field, models.CharField | models.TextField):
            text = (value or "").strip()
            if text:
                kind = "slug" if name == "slug" else "text"
                segments.append(Segment(name, name, label, kind, text))
    return segments


def _raw_items(raw):
    """(id, value) of each item of a ListBlock's raw data, old (plain list) or new format."""
    for index, item in enumerate(raw or []):
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield (item.get("id") or str(index)), item["value"]
        else:
            yield str(index), item


def _walk(block, raw, path, field, label):
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(raw or []):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                item_path = f"{path}/{item.get('id') or index}"
                yield from _walk(child, item.get("value"), item_path, field, f"{label} › {child.label}")
    elif isinstance(block, blocks.ListBlock):
        for item_id, value in _raw_items(raw):
            yield from _walk(block.child_block, value, f"{path}/{item_id}", field, label)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            value = (raw or {}).get(name) if isinstance(raw, dict) else None
            yield from _walk(child, value, f"{path}/{name}", field, f"{label} › {child.label}")
    elif isinstance(block, blocks.RichTextBlock):
        yield from _rich_text_segments(raw or "", path, field, label)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        text = (raw or "").strip() if isinstance(raw, str) else ""
        if text:
            yield Segment(path, field, label, "text", text)


def _fragment(source):
    return BeautifulSoup(source or "", "html.parser")


def _text_units(soup):
    """(key suffix, element) of each paragraph, heading and list item of a rich text fragment."""
    for index, node in enumerate(soup.contents):
        if isinstance(node, Tag) and node.name in BLOCK_TAGS:
            yield node.get("data-block-key") or f"n{index}", node
        elif isinstance(node, Tag) and node.name in LIST_TAGS:
            for item_index, item in enumerate(node.find_all("li", recursive=False)):
                yield item.get("data-block-key") or f"n{index}-{item_index}", item


def _rich_text_segments(source, path, field, label):
    for suffix, element in _text_units(_fragment(source)):
        text, _links = simplify(element)
        if text.strip():
            yield Segment(f"{path}/{suffix}", field, label, "html", text.strip())


def simplify(element):
    """The inner markup of ``element`` as translators see it, and the original link tags by id."""
    links = {}

    def render(node):
        out = []
        for child in node.children:
            if isinstance(child, NavigableString):
                out.append(html.escape(str(child), quote=False))
            elif child.name == "a":
                link_id = f"a{len(links) + 1}"
                links[link_id] = {k: v for k, v in child.attrs.items()}
                out.append(f'<a id="{link_id}">{render(child)}</a>')
            elif child.name in ("b", "strong"):
                out.append(f"<b>{render(child)}</b>")
            elif child.name in ("i", "em"):
                out.append(f"<i>{render(child)}</i>")
            elif child.name == "br":
                out.append("<br>")
            else:
                out.append(render(child))
        return "".join(out)

    return render(element), links


# --- validation of what translators type ------------------------------------------------------


def clean_markup(text, source):
    """A translator's rich-text segment reduced to the markup the source allows.

    Keeps ``<b>``, ``<i>``, ``<br>`` and the source's links (by id); any other tag is dropped with
    its text kept, and text is escaped, so nothing a translator types can inject markup.
    """
    allowed_links = {tag.get("id") for tag in _fragment(source).find_all("a")}

    def render(node):
        out = []
        for child in node.children:
            if isinstance(child, NavigableString):
                out.append(html.escape(str(child), quote=False))
            elif child.name == "a" and child.get("id") in allowed_links:
                out.append(f'<a id="{child.get("id")}">{render(child)}</a>')
            elif child.name in ("b", "strong"):
                out.append(f"<b>{render(child)}</b>")
            elif child.name in ("i", "em"):
                out.append(f"<i>{render(child)}</i>")
            elif child.name == "br":
                out.append("<br>")
            else:
                out.append(render(child))
        return "".join(out)

    return render(_fragment(text)).strip()


def plain_text(text):
    """What a segment reads like, without markup (for diffs and the translation memory)."""
    return _fragment(text).get_text()


def transliterated_slug(text):
    """``"Cilvēktirdzniecība 2023"`` -> ``"cilvektirdznieciba-2023"``: Latvian letters transliterated."""
    return slugify(anyascii(text or ""))[:200].strip("-")


# --- building the target language's values ---------------------------------------------------


def build_values(page, translations, language, source_language=SOURCE_LANGUAGE):
    """{``<field>_<language>``: value} for ``page`` with ``translations`` ({key: text}) applied.

    Structure and non-text values come from the source language; a segment without a translation
    keeps its source text (used only for previews: approval needs every segment translated).
    """
    model = type(page)
    values = {}
    for name in translated_fields(model):
        field = model._meta.get_field(localized(name, source_language))
        source = getattr(page, localized(name, source_language), None)
        target_name = localized(name, language)
        if isinstance(field, StreamField):
            raw = copy.deepcopy(list(source.raw_data)) if isinstance(source, StreamValue) else []
            raw = _rebuild(field.stream_block, raw, name, translations)
            values[target_name] = StreamValue(field.stream_block, raw, is_lazy=True)
        elif isinstance(field, RichTextField):
            values[target_name] = _rebuild_rich_text(source or "", name, translations)
        elif isinstance(field, models.CharField | models.TextField):
            text = translations.get(name)
            if text is None:
                values[target_name] = None if not (source or "").strip() else source
            elif name == "slug":
                values[target_name] = transliterated_slug(text) or None
            else:
                values[target_name] = text
    return values


def _rebuild(block, raw, path, translations):
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(raw or []):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                item["value"] = _rebuild(
                    child, item.get("value"), f"{path}/{item.get('id') or index}", translations
                )
        return raw
    if isinstance(block, blocks.ListBlock):
        rebuilt = []
        for index, item in enumerate(raw or []):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item_id = item.get("id") or str(index)
                item["value"] = _rebuild(block.child_block, item["value"], f"{path}/{item_id}", translations)
                rebuilt.append(item)
            else:
                rebuilt.append(_rebuild(block.child_block, item, f"{path}/{index}", translations))
        return rebuilt
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return raw
        for name, child in block.child_blocks.items():
            if name in raw:
                raw[name] = _rebuild(child, raw[name], f"{path}/{name}", translations)
        return raw
    if isinstance(block, blocks.RichTextBlock):
        return _rebuild_rich_text(raw or "", path, translations)
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return translations.get(path, raw)
    return raw


def _rebuild_rich_text(source, path, translations):
    soup = _fragment(source)
    for suffix, element in _text_units(soup):
        text = translations.get(f"{path}/{suffix}")
        if text is None:
            continue
        _simplified, links = simplify(element)
        element.clear()
        for node in list(_fragment(_restore_links(text, links)).contents):
            element.append(node)
    return str(soup)


def _restore_links(text, links):
    soup = _fragment(text)
    for tag in soup.find_all("a"):
        attrs = links.get(tag.get("id"))
        if attrs is None:
            tag.unwrap()
        else:
            tag.attrs = dict(attrs)
    return str(soup)
