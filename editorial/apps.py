from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Editors and translators: language tabs, roles, translation status, slugs and redirects."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from editorial import signals  # noqa: F401
        from editorial.panels import arrange_all_page_editors_by_language

        # Runs after wagtail-modeltranslation has expanded every panel into per-language panels.
        arrange_all_page_editors_by_language()
