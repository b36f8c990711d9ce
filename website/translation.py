from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from website.models import HelpLine, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("site_name", "footer_text", "institution_name", "institution_address")


@register(HelpLine)
class HelpLineTranslation(TranslationOptions):
    fields = ("name", "short_name", "hours")
