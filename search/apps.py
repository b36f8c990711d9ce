from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "site_search"

    def ready(self):
        from search import signals, synonyms  # noqa: F401 (connect the signals that refresh caches)
