"""Template tags of the news app: latest news for the home page, JSON-LD for articles."""

from django import template
from modeltranslation.settings import DEFAULT_LANGUAGE

from news.models import NewsArticlePage, NewsIndexPage
from website.fragment_cache import public
from website.jsonld import json_ld
from website.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count=3):
    """The news index of the current site and its ``count`` newest articles in this language."""
    request = context.get("request")
    root = context.get("page")
    indexes = public(NewsIndexPage.objects.live())
    if root is not None and getattr(root, "path", None):
        indexes = indexes.descendant_of(root)
    news_index = indexes.order_by("path").first()
    if news_index is None:
        return {"index": None, "articles": []}
    articles = list(news_index.articles()[:count])
    return {"index": news_index, "articles": articles, "url": news_index.get_url(request)}


@register.simple_tag(takes_context=True)
def article_json_ld(context, image_url=""):
    """A ``<script type="application/ld+json">`` describing the article as a schema.org NewsArticle."""
    page = context["page"]
    request = context["request"]
    if not isinstance(page, NewsArticlePage):
        return ""
    url = request.build_absolute_uri(page.get_url(request))
    publisher = SiteSettings.for_request(request).site_name
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.lead,
        "datePublished": page.published_at.isoformat(),
        "inLanguage": context.get("content_language") or DEFAULT_LANGUAGE,
        "mainEntityOfPage": url,
        "url": url,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_url:
        data["image"] = [request.build_absolute_uri(image_url)]
    categories = context.get("categories")
    if categories:
        data["articleSection"] = [category.name for category in categories]
    return json_ld(data)


OG_LOCALES = {"lv": "lv_LV", "en": "en_GB"}


@register.filter
def og_locale(language):
    return OG_LOCALES.get(language, language)
