"""The admin's login form, with the label Wagtail's form leaves to Django (in English, from the
field's name) given in the editor's language. Selected by ``WAGTAILADMIN_USER_LOGIN_FORM``."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class TranslatedLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
