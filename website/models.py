"""Page behaviour every page type of the site shares."""

from django.utils.translation import gettext_lazy as _

from website.translation_policy import DEFAULT_LANGUAGE, current_language, is_translated


class TranslatedPageMixin:
    """Tells templates in which language the page's content actually is.

    ``content_language`` is the visitor's language when the page is translated into it, and
    Latvian otherwise (the fallback policy in ``website.translation_policy``).
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = current_language()
        translated = is_translated(self, language)
        context["content_language"] = language if translated else DEFAULT_LANGUAGE
        context["is_untranslated_fallback"] = not translated
        return context


UNTRANSLATED_NOTICE = _("This page is not yet available in English. It is shown in Latvian.")
