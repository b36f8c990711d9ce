from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from editorial.views import copy_translation_content
from patches import wagtail_modeltranslation
from website import seo, views

handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"

urlpatterns = [
    path("", views.root_redirect, name="root_redirect"),
    # Shadows wagtail-modeltranslation's CSRF-exempt, unchecked endpoint of the same address.
    *wagtail_modeltranslation.copy_content_urlpatterns(copy_translation_content),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz/", views.healthz, name="healthz"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Development only: in production the web server serves uploaded media.
    from django.views.static import serve

    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Every public page lives under /lv/ or /en/; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),  # /lv/meklet/, /en/search/
    path("", include("security.urls")),  # /lv/privatums/, /en/privacy/
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
