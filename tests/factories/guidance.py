"""Factories for the guidance app: its page types and the organisations of the partners page.

Every page factory takes ``parent=`` (an existing page, usually found by type, e.g.
``HomePage.objects.get()``) and per-language fields (``title_lv``, ``title_en``, ``lead_en``, ...).
Pages are published through a revision, so the publishing signals run as they do for editors.
Leaving ``title_en`` empty (``title_en=None``) builds a page that is not translated into English.
"""

import factory
from factory.django import DjangoModelFactory

from guidance.models import (
    GuidancePage,
    HelpPage,
    LegislationPage,
    Organisation,
    OrganisationPhone,
    PartnersPage,
    ProjectPage,
    SectionPage,
    SelfCheckPage,
)
from home.models import StandardPage
from tests.factories.home import TranslatedPageFactory as BasePageFactory


class TranslatedPageFactory(BasePageFactory):
    """A page translated into English unless ``title_en=None`` (``tests/factories/home.py``)."""

    title_lv = factory.Sequence(lambda n: f"Pārbaudes lapa {n}")
    title_en = factory.Sequence(lambda n: f"Test page {n}")

    class Meta:
        abstract = True


class StandardPageFactory(TranslatedPageFactory):
    """A content page of the home app, translated into English by default."""

    class Meta:
        model = StandardPage


class SectionPageFactory(TranslatedPageFactory):
    class Meta:
        model = SectionPage


class GuidancePageFactory(TranslatedPageFactory):
    class Meta:
        model = GuidancePage


class HelpPageFactory(TranslatedPageFactory):
    class Meta:
        model = HelpPage


class SelfCheckPageFactory(TranslatedPageFactory):
    class Meta:
        model = SelfCheckPage


class LegislationPageFactory(TranslatedPageFactory):
    class Meta:
        model = LegislationPage


class ProjectPageFactory(TranslatedPageFactory):
    class Meta:
        model = ProjectPage


class PartnersPageFactory(TranslatedPageFactory):
    class Meta:
        model = PartnersPage


class OrganisationFactory(DjangoModelFactory):
    name_lv = factory.Sequence(lambda n: f"Pārbaudes organizācija {n}")
    name_en = factory.Sequence(lambda n: f"Test organisation {n}")
    name = factory.SelfAttribute("name_lv")
    kind = "help"

    class Meta:
        model = Organisation


class OrganisationPhoneFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    number = "+371 20000000"

    class Meta:
        model = OrganisationPhone


def route(title, text, links=()):
    """A block of ``HelpPage.routes``; ``links`` is a list of ``(page, text)``."""
    return (
        "route",
        {"title": title, "text": text, "links": [{"page": p, "url": "", "text": t} for p, t in links]},
    )


def question(text, why=""):
    """A block of ``SelfCheckPage.questions``."""
    return ("question", {"question": text, "explanation": why})


def law(title, reference="", summary="", url="", link_text=""):
    """A block of a guidance page's body: a law with a link to its official text."""
    return (
        "law",
        {"title": title, "reference": reference, "summary": summary, "url": url, "link_text": link_text},
    )
