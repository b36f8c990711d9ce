from django.http import HttpResponseForbidden
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from editorial import views
from editorial.panels import LATVIAN_PERMISSION


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path(
            "translations/",
            views.TranslationStatusReportView.as_view(),
            name="editorial_translation_report",
        ),
        path(
            "translations/results/",
            views.TranslationStatusReportView.as_view(results_only=True),
            name="editorial_translation_report_results",
        ),
        path(
            "pages/<int:page_id>/copy-latvian-structure/",
            views.copy_latvian_structure,
            name="editorial_copy_latvian_structure",
        ),
    ]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return views._can_edit_some_page(request.user)


@hooks.register("register_reports_menu_item")
def translations_report_menu_item():
    return TranslationsMenuItem(
        gettext_lazy("Translations"),
        reverse("editorial_translation_report"),
        name="translations",
        icon_name="globe",
        order=50,
    )


class TranslationsDashboardPanel(Component):
    name = "translations"
    order = 50
    template_name = "editorial/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        counts = views.translation_counts(self.user)
        return {
            "counts": counts,
            "total": sum(counts.values()),
            "report_url": reverse("editorial_translation_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    if views._can_edit_some_page(request.user):
        panels.insert(0, TranslationsDashboardPanel(request.user))


@hooks.register("register_page_header_buttons")
def copy_structure_button(page, user, view_name=None, next_url=None):
    if view_name != "edit" or not views._streamfields(page.specific):
        return
    if page.permissions_for_user(user).can_edit():
        yield Button(
            _("Copy the Latvian structure to English"),
            reverse("editorial_copy_latvian_structure", args=[page.pk]),
            icon_name="copy",
            priority=70,
        )


def _may_edit_latvian(user):
    return user.is_superuser or user.has_perm(LATVIAN_PERMISSION)


@hooks.register("before_delete_page")
def translators_cannot_delete(request, page):
    if not _may_edit_latvian(request.user):
        return HttpResponseForbidden(_("Translators cannot delete pages."))


@hooks.register("before_bulk_action")
def translators_cannot_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type == "delete" and not _may_edit_latvian(request.user):
        return HttpResponseForbidden(_("Translators cannot delete pages."))


@hooks.register("construct_page_action_menu")
def hide_delete_from_translators(menu_items, request, context):
    if not _may_edit_latvian(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-delete"]
