"""Factories for a whole site without the demo content: the home page as the site's root, its
settings and help lines, the event calendar, and stored body blocks of the content pages.

``make_home`` replaces Wagtail's placeholder page with a home page and makes it the default
site's root; the other factories then find their parents by type as usual.
"""

from wagtail.models import Page, Site

from events.models import EventCalendarPage
from home.models import HomePage
from tests.factories.home import TranslatedPageFactory
from website.models import HelpLine, SiteSettings


def heading(text, level="h2"):
    """A heading block of a content or guidance page's body (stored form)."""
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    """A paragraph block of a content or guidance page's body (stored form)."""
    return {"type": "paragraph", "value": html}


def chart(title, data, sources_html, unit="", chart_type="bar"):
    """A chart block of a statistics page's body (stored form)."""
    value = {
        "title": title,
        "chart_type": chart_type,
        "unit": unit,
        "data": data,
        "description": "",
        "sources": sources_html,
    }
    return {"type": "chart", "value": value}


class EventCalendarPageFactory(TranslatedPageFactory):
    """The site's event calendar (there is at most one)."""

    class Meta:
        model = EventCalendarPage


def make_home(title_lv, title_en, slug_en="home", **fields):
    """A published home page under the root, made the default site's root; Wagtail's placeholder
    page (of the base Page type) goes."""
    root = Page.get_first_root_node()
    home = HomePage(title=title_lv, title_lv=title_lv, title_en=title_en, slug="sakums", slug_lv="sakums")
    home.slug_en = slug_en
    for key, value in fields.items():
        setattr(home, key, value)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    return HomePage.objects.get(pk=home.pk)


def make_site_settings(site=None, help_lines=(), **fields):
    """The site's settings with ``fields`` set, and its help lines, each a dict of HelpLine fields."""
    settings = SiteSettings.for_site(site or Site.objects.get(is_default_site=True))
    for key, value in fields.items():
        setattr(settings, key, value)
    settings.save()
    HelpLine.objects.bulk_create(
        [HelpLine(settings=settings, sort_order=number, **line) for number, line in enumerate(help_lines)]
    )
    return settings
