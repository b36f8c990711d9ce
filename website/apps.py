from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website"
    verbose_name = "Website"

    def ready(self):
        from website.frontend_cache import connect_signal_handlers

        # The project's purge handlers (per language, after commit) replace Wagtail's.
        connect_signal_handlers()
        # Routing and slug checks in constant time (the package's own scan every sibling).
        from patches import wagtail, wagtail_modeltranslation

        wagtail_modeltranslation.apply()
        # The request's site and its root page from the cache (two queries fewer on every page).
        wagtail.apply()

        # Cached page frames are retired when what they show changes.
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Site

        from home.models import HelpLine, SiteSettings
        from news.models import NewsCategory
        from website import signals

        signals.invalidate_on_save("footer", SiteSettings, HelpLine)
        # Cached articles and listings show categories, images and documents by name and address.
        signals.invalidate_on_save("news", NewsCategory, get_image_model(), get_document_model())
        signals.invalidate_on_save("sites", Site)
