from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HomePage, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("lead", "body")
