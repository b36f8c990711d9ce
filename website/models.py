"""Page behaviour every page type of the site shares."""

from django.conf import settings
from django.utils import translation
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE

from editorial.forms import TranslatedPageForm
from website import fragment_cache
from website.translation_policy import current_language, is_translated


class TranslatedPageMixin:
    """Tells templates in which language the page's content actually is, and previews each language.

    ``content_language`` is the visitor's language when the page is translated into it, and
    Latvian otherwise (the fallback policy in ``website.translation_policy``).
    """

    base_form_class = TranslatedPageForm

    def minimal_clean(self):
        # Wagtail's minimal_clean (run when a draft is saved) assigns ``self.title``, and
        # modeltranslation writes an assignment to the active language's field: with the admin in
        # English, a new Latvian-only page got its Latvian title as ``title_en`` and looked
        # translated. The page's own defaults belong to the Latvian fields.
        with translation.override(DEFAULT_LANGUAGE):
            super().minimal_clean()

    def full_clean(self, *args, **kwargs):
        with translation.override(DEFAULT_LANGUAGE):
            super().full_clean(*args, **kwargs)

    @property
    def preview_modes(self):
        # One preview per language, so editors and translators see each version before publishing.
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in AVAILABLE_LANGUAGES else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()  # inside the language, not later
        return response

    def get_sitemap_urls(self, request=None):
        """One entry per language the page is translated into, each naming the others as alternates."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        addresses = []
        for code in AVAILABLE_LANGUAGES:
            if is_translated(self, code):
                with translation.override(code):
                    location = self.get_full_url(request)
                if location:
                    addresses.append((code, location))
        alternates = [{"lang_code": code, "location": location} for code, location in addresses]
        if len(alternates) > 1:
            alternates.append({"lang_code": "x-default", "location": dict(addresses)[DEFAULT_LANGUAGE]})
        else:
            alternates = []
        return [
            {"location": location, "lastmod": lastmod, "alternates": alternates} for _c, location in addresses
        ]

    def get_view_restrictions(self):
        # Wagtail checks these before serving every page: read them from the cache, not two queries.
        restrictions = fragment_cache.view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = current_language()
        translated = is_translated(self, language)
        context["content_language"] = language if translated else DEFAULT_LANGUAGE
        context["is_untranslated_fallback"] = not translated
        return context
