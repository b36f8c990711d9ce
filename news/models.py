"""News: one index page per site (``/lv/jaunumi/``, ``/en/news/``) with articles under it.

Listings fetch the articles of one page in one query, with their images, renditions and categories
prefetched, so the number of queries does not grow with the number of articles (see
tests/test_news_queries.py). English listings leave out articles without an English title
(``website.translation_policy``).
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from news.blocks import NewsBodyBlock
from website import fragment_cache
from website.blocks import INLINE_FEATURES
from website.fragment_cache import public
from website.models import TranslatedPageMixin
from website.panels import language_tabs
from website.translation_policy import current_language, filter_translated

# Renditions the templates ask for; prefetched together with the images of a listing.
CARD_IMAGE = "fill-480x270"
ARTICLE_IMAGE = "width-960"
SOCIAL_IMAGE = "fill-1200x630"


@register_snippet
class NewsCategory(models.Model):
    """A topic an article belongs to (reports, statistics, training, ...); filters the news index."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_("Used in the address of the filtered news list, for example ?category=reports"),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name


def article_listing_queryset():
    """Live, public articles in the current language's listing, with what a card shows prefetched."""
    queryset = public(NewsArticlePage.objects.live())
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    return (
        filter_translated(queryset)
        .prefetch_related("categories", Prefetch("main_image", queryset=images))
        .order_by("-date", "-pk")
    )


class ListingPaginator(Paginator):
    """A paginator whose count is cached (version ``news``) and whose far pages are read backwards.

    Counting and skipping thousands of rows on every request would make the archive slower as it
    grows: the count is kept until an article changes, and a page in the older half of the archive
    is read from the oldest end, so the first and the last page cost the same.
    """

    def __init__(self, object_list, per_page, count_key):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        return fragment_cache.cached("news", ["count", *self.count_key], self.object_list.count)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom > self.count // 2 and self.object_list.ordered:
            backwards = self.object_list.reverse()[self.count - top : self.count - bottom]
            # Lazy, like the queryset slice it stands for: not read when the listing is cached.
            return self._get_page(SimpleLazyObject(lambda: list(backwards)[::-1]), number, self)
        return super().page(number)


class NewsIndexPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The list of news: newest first, ten a page, by year and by category, with an RSS feed."""

    intro = RichTextField(_("intro"), blank=True, features=INLINE_FEATURES)

    edit_handler = language_tabs([FieldPanel("intro")])
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    per_page = 10

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return article_listing_queryset().child_of(self)

    @path("")
    def all_news(self, request):
        return self.render_listing(request, self.articles())

    @path("<int:year>/")
    def year_archive(self, request, year):
        articles = self.articles().filter(date__year=year)
        return self.render_listing(request, articles, year=year)

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)

    def render_listing(self, request, articles, year=None):
        category = None
        category_slug = request.GET.get("category")
        if category_slug is not None:
            category = NewsCategory.objects.filter(slug=category_slug).first()
            if category is None:
                raise Http404("No such news category")
            articles = articles.filter(categories=category)
        years = self.archive_years()
        if year is not None and year not in years:
            raise Http404("No news in this year")
        paginator = ListingPaginator(
            articles, self.per_page, count_key=[self.pk, current_language(), year, category_slug]
        )
        try:
            # Text, 0, a negative number or a page beyond the last one: "not found", never a 500.
            listing_page = paginator.page(request.GET.get("page", "1"))
        except InvalidPage as error:
            raise Http404("No such page of news") from error
        return self.render(
            request,
            context_overrides={
                "articles": listing_page.object_list,
                "listing_page": listing_page,
                "paginator": paginator,
                "page_numbers": paginator.get_elided_page_range(
                    listing_page.number, on_each_side=2, on_ends=1
                ),
                "year": year,
                "category": category,
                "years": years,
                "categories": self.listed_categories(),
                "feed_url": self.feed_url(request),
                "query_prefix": f"category={category.slug}&" if category else "",
            },
        )

    def archive_years(self):
        def build():
            dates = filter_translated(self.get_articles_for_archive()).dates("date", "year", order="DESC")
            return [day.year for day in dates]

        return fragment_cache.cached("news", ["years", self.pk, current_language()], build)

    def get_articles_for_archive(self):
        return public(NewsArticlePage.objects.child_of(self).live())

    def listed_categories(self):
        def build():
            articles = filter_translated(self.get_articles_for_archive())
            return list(NewsCategory.objects.filter(articles__in=articles.values("pk")).distinct())

        return fragment_cache.cached("news", ["categories", self.pk, current_language()], build)

    def feed_url(self, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("feed") if base else None


class NewsArticlePage(TranslatedPageMixin, Page):
    """One news item: title, date, lead, optional main image, categories, structured body."""

    date = models.DateField(_("publication date"), default=datetime.date.today, db_index=True)
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("One or two sentences shown under the title, in listings and in the feed."),
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("main image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    main_image_caption = models.CharField(_("main image caption"), max_length=300, blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("categories"), blank=True, related_name="articles"
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)

    edit_handler = language_tabs(
        [
            FieldPanel("lead"),
            MultiFieldPanel(
                [FieldPanel("main_image_alt"), FieldPanel("main_image_caption")], heading=_("Main image")
            ),
            FieldPanel("body"),
        ],
        shared=[
            FieldPanel("date"),
            FieldPanel("main_image"),
            FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        ],
    )
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self):
        super().clean()
        if self.main_image_id is None:
            return
        errors = {}
        if not (self.main_image_alt_lv or "").strip():
            errors["main_image_alt_lv"] = _("Describe the image for people who cannot see it.")
        if (self.title_en or "").strip() and not (self.main_image_alt_en or "").strip():
            errors["main_image_alt_en"] = _("The English article needs the image described in English too.")
        if errors:
            raise ValidationError(errors)

    @property
    def published_at(self):
        """The publication date as a moment, for feeds and structured data (midnight in Riga)."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def get_news_index(self):
        if self.path:
            parent = self.get_parent()  # known without a query when the page was routed to
            if isinstance(parent, NewsIndexPage):
                return parent
        return NewsIndexPage.objects.parent_of(self).first()

    def get_siblings_in_listing(self):
        return filter_translated(public(NewsArticlePage.objects.sibling_of(self, inclusive=False).live()))

    def get_previous_article(self):
        """The next older article in this language's listing."""
        older = Q(date__lt=self.date)
        if self.pk is not None:  # a new article in preview has no id yet
            older |= Q(date=self.date, pk__lt=self.pk)
        # The range on the indexed date lets the database start at this article, however long the archive.
        siblings = self.get_siblings_in_listing().filter(date__lte=self.date)
        return siblings.filter(older).order_by("-date", "-pk").first()

    def get_next_article(self):
        """The next newer article in this language's listing."""
        newer = Q(date__gt=self.date)
        if self.pk is not None:
            newer |= Q(date=self.date, pk__gt=self.pk)
        siblings = self.get_siblings_in_listing().filter(date__gte=self.date)
        return siblings.filter(newer).order_by("date", "pk").first()

    def get_neighbours(self):
        """The previous (older) and next (newer) article in this language's listing."""
        return self.get_previous_article(), self.get_next_article()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = self.get_news_index()
        context["news_index"] = news_index
        context["feed_url"] = news_index.feed_url(request) if news_index else None
        # Read only when the cached article (``{% wagtailpagecache %}`` in its template) is rendered.
        context["page_url"] = SimpleLazyObject(lambda: self.get_url(request))
        context["categories"] = SimpleLazyObject(lambda: list(self.categories.all()))
        context["previous_article"] = SimpleLazyObject(self.get_previous_article)
        context["next_article"] = SimpleLazyObject(self.get_next_article)
        return context
