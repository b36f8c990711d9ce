"""Factories for pages of the home app and the base every translated page factory builds on.

A page has its Latvian and English fields (``title_lv``, ``title_en``, ``slug_lv``, ``slug_en``);
``create`` places it under its ``parent`` (by default the site's page of the right type, found by
type, never by a demo slug) and publishes it through a revision, so the publishing signals run.
Pass ``publish=False`` for a draft, or ``publish=False, live=True`` for a live page that skips the
revision (quicker, when a test makes many pages and needs no signals).
"""

import factory
import wagtail_factories
from django.utils import translation
from django.utils.text import slugify

from home.models import HomePage, StandardPage


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page with both languages' title and slug, created under ``parent`` and published."""

    title_lv = factory.Sequence(lambda n: f"Testa lapa {n}")
    title_en = factory.LazyAttribute(lambda page: None)
    title = factory.LazyAttribute(lambda page: page.title_lv)
    slug_lv = factory.LazyAttribute(lambda page: slugify(page.title_lv))
    slug_en = factory.LazyAttribute(lambda page: slugify(page.title_en) if page.title_en else None)
    slug = factory.LazyAttribute(lambda page: page.slug_lv)
    live = False
    publish = True  # not a field: taken out in ``_create``

    class Meta:
        abstract = True

    @classmethod
    def default_parent(cls):
        return HomePage.objects.get()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish = kwargs.pop("publish", True)
        if kwargs.get("parent") is None:
            kwargs["parent"] = cls.default_parent()
        page = super()._create(model_class, *args, **kwargs)
        if publish:
            page.save_revision().publish()
        return model_class.objects.get(pk=page.pk)


class StandardPageFactory(TranslatedPageFactory):
    """A content page under the home page."""

    lead_lv = ""
    lead_en = ""

    class Meta:
        model = StandardPage


def url_in(page, language):
    """The address of ``page`` as a visitor of ``language`` reaches it."""
    with translation.override(language):
        return page.get_url()
