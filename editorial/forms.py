"""Validation every page form gets, in the editor's language, without losing what was typed."""

from anyascii import anyascii
from django import forms
from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from editorial.status import is_empty, translatable_fields

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def transliterated_slug(text):
    """``"Cilvēktirdzniecība 2023"`` -> ``"cilvektirdznieciba-2023"``: Latvian letters transliterated."""
    return slugify(anyascii(text or ""))[:200].strip("-")


def unique_sibling_slug(slug, language, parent_page, instance):
    """``slug`` or ``slug-2``, ``slug-3``... so no sibling has it in ``language``."""
    if parent_page is None:
        return slug
    siblings = parent_page.get_children()
    if instance is not None and instance.pk:
        siblings = siblings.exclude(pk=instance.pk)
    field = f"slug_{language}"
    taken = set(siblings.filter(**{f"{field}__startswith": slug}).values_list(field, flat=True))
    if language != SOURCE:
        # An untranslated sibling is reached by its Latvian slug in every language.
        taken |= set(
            siblings.filter(**{f"{field}__isnull": True}, **{f"slug_{SOURCE}__startswith": slug}).values_list(
                f"slug_{SOURCE}", flat=True
            )
        )
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


def with_editorial_rules(form_class):
    if getattr(form_class, "has_editorial_rules", False):
        return form_class

    class EditorialPageForm(form_class):
        has_editorial_rules = True

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for language in LANGUAGES:
                field = self.fields.get(f"slug_{language}")
                if field is not None:
                    # Left empty, a slug is made from the title of the same language (see clean).
                    field.required = False
                    field.help_text = _("Leave empty to make it from the title.")

        def clean(self):
            cleaned_data = super().clean()
            self._fill_in_slugs(cleaned_data)
            self._require_latvian_title(cleaned_data)
            self._require_titles_for_content(cleaned_data)
            return cleaned_data

        def _value(self, cleaned_data, name):
            if name in self.fields:
                return cleaned_data.get(name)
            return getattr(self.instance, name, None)

        def _fill_in_slugs(self, cleaned_data):
            for language in LANGUAGES:
                slug_field, title_field = f"slug_{language}", f"title_{language}"
                if slug_field not in self.fields or cleaned_data.get(slug_field):
                    continue
                title = self._value(cleaned_data, title_field)
                if not title:
                    continue
                slug = transliterated_slug(title)
                if slug:
                    cleaned_data[slug_field] = unique_sibling_slug(
                        slug, language, getattr(self, "parent_page", None), self.instance
                    )
                    if language == SOURCE and "slug" in cleaned_data and not cleaned_data["slug"]:
                        cleaned_data["slug"] = cleaned_data[slug_field]

        def _require_latvian_title(self, cleaned_data):
            name = f"title_{SOURCE}"
            if name in self.fields and not (cleaned_data.get(name) or "").strip():
                self.add_error(name, _("The Latvian title is required: Latvian is the site's main language."))

        def _require_titles_for_content(self, cleaned_data):
            model = type(self.instance)
            for language in LANGUAGES:
                if language == SOURCE:
                    continue
                title_field = f"title_{language}"
                if title_field not in self.fields or not is_empty(cleaned_data.get(title_field)):
                    continue
                filled = [
                    base
                    for base in translatable_fields(model)
                    if base not in ("title", "seo_title", "search_description")
                    and not is_empty(self._value(cleaned_data, f"{base}_{language}"))
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

    EditorialPageForm.__name__ = form_class.__name__
    EditorialPageForm.__qualname__ = form_class.__qualname__
    return EditorialPageForm
