"""What search engines read: ``/sitemap.xml`` (both languages, with hreflang alternates) and ``/robots.txt``.

The sitemap is Wagtail's (``wagtail.contrib.sitemaps``); each page lists its address in every
language it is translated into (``TranslatedPageMixin.get_sitemap_urls``), so an untranslated page
appears under Latvian only, matching the English ``noindex`` of ``website/translation_policy.py``.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return wagtail_sitemap(request)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "Disallow: /*?q=",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
