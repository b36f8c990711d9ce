from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website"
    verbose_name = "Website"

    def ready(self):
        # Routing and slug checks in constant time (the package's own scan every sibling).
        from patches import wagtail, wagtail_modeltranslation

        wagtail_modeltranslation.apply()
        # The request's site and its root page from the cache (two queries fewer on every page).
        wagtail.apply()

        # Cached page frames are retired when what they show changes.
        from wagtail.models import Site

        from home.models import HelpLine, SiteSettings
        from news.models import NewsCategory
        from website import signals

        signals.invalidate_on_save("footer", SiteSettings, HelpLine)
        signals.invalidate_on_save("news", NewsCategory)
        signals.invalidate_on_save("sites", Site)
