"""The footer's "Privacy notice" link.

The notice is an ordinary content page that editors keep (demo content: ``home/demo.py``); its
Latvian slug is ``PRIVACY_NOTICE_SLUG``. The footer links to a fixed address that leads to the
page, so rendering the footer costs no database query on every page.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from wagtail.models import Page, Site


def privacy_notice(request):
    site = Site.find_for_request(request)
    pages = Page.objects.live().public().filter(slug_lv=settings.PRIVACY_NOTICE_SLUG)
    if site is not None:
        pages = pages.descendant_of(site.root_page)
    page = pages.first()
    if page is None:
        raise Http404("No privacy notice has been published")
    return HttpResponseRedirect(page.get_url(request))
