"""Included inside ``i18n_patterns``: /lv/privatums/ and /en/privacy/ lead to the privacy notice."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from security import privacy

urlpatterns = [
    # Translators: the address that leads to the privacy notice; Latvian "privatums/".
    path(_("privacy/"), privacy.privacy_notice, name="privacy_notice"),
]
