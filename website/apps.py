from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "website"
    verbose_name = "Website"

    def ready(self):
        from website.frontend_cache import connect_signal_handlers

        # The project's purge handlers (per language, after commit) replace Wagtail's.
        connect_signal_handlers()
