from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsArticlePage)
class NewsArticlePageTranslation(TranslationOptions):
    # title, slug, seo_title and search_description are Page fields, translated by
    # wagtail-modeltranslation itself.
    fields = ("lead", "main_image_alt", "main_image_caption", "body")


@register(NewsCategory)
class NewsCategoryTranslation(TranslationOptions):
    fields = ("name",)
