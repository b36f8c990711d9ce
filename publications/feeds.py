"""An RSS feed of the publications per language: ``<publications index>/feed/``, with the index's filters."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from website.models import SiteSettings

FEED_LENGTH = 20


class PublicationFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, publications):
        super().__init__()
        self.index_page = index_page
        self.publications = publications
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} | {SiteSettings.for_request(self.request).site_name}"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return _("Reports, studies, guides and other publications on reducing human trafficking.")

    def items(self):
        return self.publications[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"publication-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_publication_type_display(), str(item.year)]

    def item_enclosures(self, item):
        enclosures = []
        for publication_file in item.files.all()[:1]:
            document = publication_file.document
            enclosures.append(
                Enclosure(
                    self.request.build_absolute_uri(document.url),
                    str(document.get_file_size() or 0),
                    document.content_type,
                )
            )
        return enclosures
