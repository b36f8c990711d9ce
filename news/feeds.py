"""An RSS feed of the latest news per language: /lv/jaunumi/feed/ and /en/news/feed/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from website.models import SiteSettings

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, news_index):
        super().__init__()
        self.news_index = news_index
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site_name = SiteSettings.for_request(self.request).site_name
        return f"{self.news_index.title} | {site_name}"

    def link(self):
        return self.news_index.get_url(self.request)

    def feed_url(self):
        return self.news_index.feed_url(self.request)

    def description(self):
        return _("The latest news of the national information resource on reducing human trafficking.")

    def items(self):
        return self.news_index.articles()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across slug changes and the same in both languages' feeds.
        return f"news-article-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]
