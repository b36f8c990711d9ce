"""Included inside ``i18n_patterns`` before Wagtail's catch-all: /lv/meklet/ and /en/search/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

urlpatterns = [
    # Translators: the address of the search page; Latvian "meklet/".
    path(_("search/"), views.search, name="search"),
    # Translators: the address of the suggestions as you type; Latvian "meklet/ieteikumi/".
    path(_("search/suggest/"), views.suggest, name="search_suggest"),
]
