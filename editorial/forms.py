"""The page form every page type uses: slugs made from titles, and the Latvian title required.

Declared as each page type's ``base_form_class`` (``website.models.TranslatedPageMixin``).
"""

import copy

from django import forms
from django.utils.translation import gettext_lazy as _
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.fields import StreamValue

from editorial.segments import localized, translated_fields, transliterated_slug

LANGUAGES = AVAILABLE_LANGUAGES
SOURCE = DEFAULT_LANGUAGE
PAGE_METADATA = {"title", "slug", "seo_title", "search_description"}


def is_empty(value):
    if value is None:
        return True
    if isinstance(value, StreamValue | list):
        return len(value) == 0
    return not str(value).strip()


def unique_sibling_slug(slug, language, parent_page, instance):
    """``slug`` or ``slug-2``, ``slug-3``... so no sibling has it in ``language``."""
    if parent_page is None:
        return slug
    siblings = parent_page.get_children()
    if instance is not None and instance.pk:
        siblings = siblings.exclude(pk=instance.pk)
    field, source_field = localized("slug", language), localized("slug", SOURCE)
    taken = set(siblings.filter(**{f"{field}__startswith": slug}).values_list(field, flat=True))
    if language != SOURCE:
        # An untranslated sibling is reached by its Latvian slug in every language.
        taken |= set(
            siblings.filter(**{f"{field}__isnull": True, f"{source_field}__startswith": slug}).values_list(
                source_field, flat=True
            )
        )
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


class TranslatedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._translations_optional()
        for language in LANGUAGES:
            field = self.fields.get(localized("slug", language))
            if field is not None:
                # Left empty, a slug is made from the title of the same language (see clean).
                field.required = False
                field.help_text = _("Leave empty to make it from the title.")

    def _translations_optional(self):
        """A StreamField required in Latvian is optional in the other languages: an untranslated page
        is valid (the field's block says "required" for every language's copy of the field)."""
        targets = [code for code in LANGUAGES if code != SOURCE]
        optional = {localized(name, code) for name in translated_fields(self._meta.model) for code in targets}
        for name, field in list(self.fields.items()):
            if isinstance(field, BlockField) and name in optional and field.block.meta.required:
                block = copy.copy(field.block)
                block.meta = copy.copy(block.meta)
                block.meta.required = False
                self.fields[name] = BlockField(
                    block=block, required=False, label=field.label, help_text=field.help_text
                )

    def clean(self):
        # Slugs first: Wagtail's and the translation package's checks then see the final slugs.
        self._fill_in_slugs(self.cleaned_data)
        cleaned_data = super().clean()
        self._require_latvian_title(cleaned_data)
        self._require_titles_for_content(cleaned_data)
        return cleaned_data

    def _value(self, cleaned_data, name):
        if name in self.fields:
            return cleaned_data.get(name)
        return getattr(self.instance, name, None)

    def _fill_in_slugs(self, cleaned_data):
        """An empty slug, or one made from the title, becomes the title's slug, unique among siblings."""
        for language in LANGUAGES:
            slug_field, title_field = localized("slug", language), localized("title", language)
            if slug_field not in self.fields:
                continue
            title = self._value(cleaned_data, title_field)
            slug = transliterated_slug(title) if title else ""
            given = cleaned_data.get(slug_field)
            if given and given != slug:
                continue  # typed by the editor: checked, never changed
            if slug:
                cleaned_data[slug_field] = unique_sibling_slug(
                    slug, language, getattr(self, "parent_page", None), self.instance
                )
                if language == SOURCE and "slug" in self.fields:
                    cleaned_data["slug"] = cleaned_data[slug_field]

    def _require_latvian_title(self, cleaned_data):
        name = localized("title", SOURCE)
        if name in self.fields and is_empty(cleaned_data.get(name)):
            self.add_error(name, _("The Latvian title is required: Latvian is the site's main language."))

    def _require_titles_for_content(self, cleaned_data):
        model = type(self.instance)
        for language in LANGUAGES:
            if language == SOURCE:
                continue
            title_field = localized("title", language)
            if title_field not in self.fields or not is_empty(cleaned_data.get(title_field)):
                continue
            filled = [
                base
                for base in translated_fields(model)
                if base not in PAGE_METADATA
                and not is_empty(self._value(cleaned_data, localized(base, language)))
            ]
            if filled:
                self.add_error(
                    title_field,
                    forms.ValidationError(
                        _(
                            "Fill in the English title too: this page has English content "
                            "but no English title, so visitors could not find it."
                        )
                    ),
                )
