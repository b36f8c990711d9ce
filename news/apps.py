from django.apps import AppConfig


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from news.models import NewsCategory
        from website import signals

        # Cached articles and listings show categories, images and documents by name and address.
        signals.invalidate_on_save("news", NewsCategory, get_image_model(), get_document_model())
