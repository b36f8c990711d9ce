from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from editorial import views, workspace


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path(
            "translations/", views.TranslationStatusReportView.as_view(), name="editorial_translation_report"
        ),
        path(
            "translations/results/",
            views.TranslationStatusReportView.as_view(results_only=True),
            name="editorial_translation_report_results",
        ),
        path("translations/<int:page_id>/<str:language>/", views.workspace_view, name="editorial_workspace"),
        path("translations/<int:page_id>/<str:language>/review/", views.review_view, name="editorial_review"),
        path(
            "translations/<int:page_id>/<str:language>/preview/", views.preview_view, name="editorial_preview"
        ),
    ]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return workspace.can_translate(request.user)


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return TranslationsMenuItem(
        gettext_lazy("Translations"),
        reverse("editorial_translation_report"),
        name="translations",
        icon_name="globe",
        order=150,
    )


class TranslationsDashboardPanel(Component):
    name = "translations"
    order = 50
    template_name = "editorial/dashboard_panel.html"

    def get_context_data(self, parent_context):
        counts = views.translation_counts()
        return {
            "counts": counts,
            "total": sum(counts.values()),
            "report_url": reverse("editorial_translation_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    if workspace.can_translate(request.user):
        panels.insert(0, TranslationsDashboardPanel())


@hooks.register("register_page_header_buttons")
def translate_button(page, user, view_name=None, next_url=None):
    """ "Translate into English" beside the page editor's title, for those who may translate."""
    if view_name != "edit" or not workspace.is_translatable(page) or not workspace.can_translate(user):
        return
    for language in workspace.TARGET_LANGUAGES:
        yield Button(
            _("Translation workspace (%(language)s)") % {"language": language.upper()},
            reverse("editorial_workspace", args=[page.pk, language]),
            icon_name="globe",
            priority=70,
        )


@hooks.register("register_log_actions")
def translation_log_actions(actions):
    @actions.register_action("editorial.translation_approved")
    class TranslationApproved(LogFormatter):
        label = gettext_lazy("Translation approved")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("%(language)s translation by %(translator)s approved and written to the page") % {
                "language": str(data.get("language", "")).upper(),
                "translator": data.get("translator") or _("unknown translator"),
            }
