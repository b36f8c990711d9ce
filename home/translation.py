from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HelpLine, HomePage, SiteSettings, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("lead", "body")


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("site_name", "footer_text", "institution_name", "institution_address")


@register(HelpLine)
class HelpLineTranslation(TranslationOptions):
    fields = ("name", "short_name", "hours")
