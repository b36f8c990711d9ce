from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website"
    verbose_name = "Website"

    def ready(self):
        from website.frontend_cache import connect_signal_handlers

        # The project's purge handlers (per language, after commit) replace Wagtail's.
        connect_signal_handlers()
        # Routing and slug checks in constant time (the package's own scan every sibling), with
        # where each address leads remembered in the cache.
        from patches import wagtail, wagtail_modeltranslation
        from website import route_cache

        route_cache.connect_signal_handlers()

        wagtail_modeltranslation.apply()
        # The request's site and its root page from the cache (two queries fewer on every page).
        wagtail.apply()

        # Cached page frames are retired when what they show changes.
        from wagtail.models import Site

        from website import signals
        from website.models import HelpLine, SiteSettings

        signals.invalidate_on_save("footer", SiteSettings, HelpLine)
        signals.invalidate_on_save("sites", Site)
        # The news app connects its own ("news") in news/apps.py.
