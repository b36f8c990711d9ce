from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from security import views


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("lockouts/", views.lockouts, name="security_lockouts"),
        path("lockouts/<int:attempt_id>/unlock/", views.unlock, name="security_unlock"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return SuperuserMenuItem(_("Login lockouts"), reverse("security_lockouts"), icon_name="lock", order=900)
