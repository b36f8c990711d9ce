from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from publications.models import PublicationFile, PublicationIndexPage, PublicationPage, StatisticsPage


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    # title, slug, seo_title and search_description are translated by wagtail-modeltranslation.
    fields = ("summary", "publisher")


@register(PublicationFile)
class PublicationFileTranslation(TranslationOptions):
    fields = ("label",)


@register(StatisticsPage)
class StatisticsPageTranslation(TranslationOptions):
    fields = ("intro", "body")
