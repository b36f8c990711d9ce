"""The page editor arranged by language, declared by each page model.

``language_tabs`` turns the panels a page type declares into a Latvian tab, an English tab, a tab
of what both languages share (dates, images, categories...), and Wagtail's promote and settings
tabs. A translated panel is given once, by its field's own name (``FieldPanel("lead")``), and is
repeated for each language's field (``lead_lv``, ``lead_en``) with the same options.

The panels name the per-language fields themselves, so wagtail-modeltranslation leaves them as
they are (it only expands panels of the registered field names).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.models import Page

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _localized(panel, language):
    if isinstance(panel, MultiFieldPanel | FieldRowPanel):
        kwargs = panel.clone_kwargs()
        kwargs["children"] = [_localized(child, language) for child in panel.children]
        return type(panel)(**kwargs)
    kwargs = panel.clone_kwargs()
    kwargs["field_name"] = build_localized_fieldname(panel.field_name, language)
    if isinstance(panel, TitleFieldPanel):
        kwargs["targets"] = [build_localized_fieldname(target, language) for target in panel.targets]
    return type(panel)(**kwargs)


def language_tabs(translated, shared=(), promote=None, settings_panels=None):
    """A TabbedInterface with one tab per language, then the shared content, promote and settings.

    ``translated``: the panels of translated fields, in order, without the title (added first).
    ``shared``: the panels of fields both languages share. ``promote``: the untranslated promote
    panels (default: "show in menus").
    """
    translated = [TitleFieldPanel("title", targets=["slug"]), *translated]
    search_engines = MultiFieldPanel(
        [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
        heading=_("For search engines"),
    )
    language_tabs = [
        ObjectList(
            [_localized(panel, code) for panel in translated] + [_localized(search_engines, code)],
            heading=LANGUAGE_NAMES[code],
        )
        for code in AVAILABLE_LANGUAGES
    ]
    if promote is None:
        promote = [MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus"))]
    tabs = [*language_tabs]
    if shared:
        tabs.append(ObjectList(list(shared), heading=_("Shared by both languages")))
    tabs.append(ObjectList(list(promote), heading=_("Promote")))
    tabs.append(
        ObjectList(list(settings_panels or Page.settings_panels), heading=_("Settings"), classname="settings")
    )
    return TabbedInterface(tabs)
