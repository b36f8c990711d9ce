"""The page editor arranged by language: a Latvian tab and an English tab.

wagtail-modeltranslation expands each translated field into one panel per language, all in one
long form. Here every page type's panels are regrouped, once at start-up, into:

* "Latviešu" — the Latvian fields, editable only with ``editorial.edit_latvian_content``
  (editors); the permission is enforced by the form itself, not only hidden (DESIGN.md pitfall 6);
* "English" — the English fields; for those who may not edit Latvian (translators), each English
  field comes after its Latvian source shown read-only; the tab starts with the list of fields
  still empty in English;
* the page's own promote and settings tabs, with language-independent fields.
"""

from django.conf import settings
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    Panel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import StreamValue
from wagtail.models import Page, get_page_models
from wagtail.rich_text import RichText

from editorial.status import empty_target_fields, translatable_fields

LATVIAN_PERMISSION = "editorial.edit_latvian_content"
capfirst_lazy = lazy(capfirst, str)
SOURCE, TARGET = "lv", "en"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _language_of(field_name, translated):
    for language in LANGUAGE_NAMES:
        base, sep, suffix = field_name.rpartition("_")
        if sep and suffix == language and base in translated:
            return base, language
    return field_name, None


class SourceTextPanel(FieldPanel):
    """A Latvian field shown read-only beside its English counterpart, to those who cannot edit it."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        # Show structured text as it reads on the site (headings, lists), not as one run of words.
        if isinstance(value, StreamValue):
            return mark_safe(value.render_as_block())  # noqa: S308 - the site's own block templates
        if isinstance(value, RichText):
            return mark_safe(str(value))  # noqa: S308 - rich text is sanitised by Wagtail on save
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            if self.request and self.request.user.has_perm(LATVIAN_PERMISSION):
                return False
            return super().is_shown()


class MissingTranslationsPanel(Panel):
    """Lists the fields that have Latvian text but no English text yet."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/missing_translations.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            fields = translatable_fields(type(instance)) if instance is not None else []
            missing = empty_target_fields(instance, fields) if instance is not None and instance.pk else []
            labels = []
            for field in missing:
                try:
                    labels.append(type(instance)._meta.get_field(field).verbose_name)
                except Exception:  # noqa: BLE001 - a field name is still better than nothing
                    labels.append(field)
            context["missing"] = [capfirst(label) for label in labels]
            context["is_new"] = instance is None or instance.pk is None
            return context


def _flatten(panels):
    """Leaf panels in order; composed panels whose children mix languages are dissolved."""
    for panel in panels:
        if isinstance(panel, MultiFieldPanel | FieldRowPanel) and not isinstance(panel, ObjectList):
            yield from _flatten(panel.children)
        else:
            yield panel


def _language_panel(panel, base, language, translated_fields):
    """A fresh panel for ``<base>_<language>`` that keeps the original's options."""
    kwargs = panel.clone_kwargs()
    field_name = f"{base}_{language}"
    kwargs["field_name"] = field_name
    if language == SOURCE:
        kwargs["permission"] = LATVIAN_PERMISSION
    if isinstance(panel, TitleFieldPanel):
        if "slug" in translated_fields:
            kwargs["targets"] = [f"slug_{language}"]
        return TitleFieldPanel(**kwargs)
    return FieldPanel(**kwargs)


def arrange_by_language(model):
    """Replace ``model``'s editor with language tabs; returns the new TabbedInterface."""
    translated = set(translator.get_options_for_model(model).all_fields)
    handler = model.get_edit_handler()
    # The unbound handler's tabs, as declared (content, promote, settings, ...).
    tabs = list(handler.children) if isinstance(handler, TabbedInterface) else [handler]

    language_panels = {SOURCE: [], TARGET: []}
    other_tabs = []
    for tab in tabs:
        neutral = []
        for panel in _flatten(tab.children):
            field_name = getattr(panel, "field_name", None)
            base, language = _language_of(field_name, translated) if field_name else (None, None)
            if language in language_panels and base not in ("url_path",):
                new_panel = _language_panel(panel, base, language, translated)
                if language == TARGET:
                    language_panels[TARGET].append(
                        SourceTextPanel(f"{base}_{SOURCE}", heading=_source_heading(model, base))
                    )
                language_panels[language].append(new_panel)
            elif language is None:
                neutral.append(panel)
        if neutral:
            other_tabs.append(ObjectList(neutral, heading=tab.heading, classname=tab.classname))

    english_intro = [
        HelpPanel(
            content=_(
                "Fill in the English version of this page. The Latvian text is the source; "
                "a page appears in English listings once its English title is filled in."
            )
        ),
        MissingTranslationsPanel(),
    ]
    new_handler = TabbedInterface(
        [
            ObjectList(language_panels[SOURCE], heading=LANGUAGE_NAMES[SOURCE]),
            ObjectList(english_intro + language_panels[TARGET], heading=LANGUAGE_NAMES[TARGET]),
            *other_tabs,
        ],
        base_form_class=model.base_form_class,
    )
    model.edit_handler = new_handler
    model.get_edit_handler.cache_clear()
    return new_handler


def _source_heading(model, base):
    try:
        label = model._meta.get_field(base).verbose_name
    except Exception:  # noqa: BLE001
        label = base
    return format_lazy("{} ({})", capfirst_lazy(label), LANGUAGE_NAMES[SOURCE])


def arrange_all_page_editors_by_language():
    from editorial.forms import with_editorial_rules

    for model in get_page_models():
        if model is Page:
            continue
        if model not in translator.get_registered_models():
            continue  # not translated: leave its editor alone
        model.base_form_class = with_editorial_rules(model.base_form_class)
        model.get_edit_handler.cache_clear()
        arrange_by_language(model)
