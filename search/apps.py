from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "site_search"

    def ready(self):
        from search import synonyms  # noqa: F401 (connects the signals that refresh the groups)
