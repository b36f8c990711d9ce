from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

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


@register(SectionPage)
class SectionPageTranslation(TranslationOptions):
    fields = ("lead", "body")


@register(GuidancePage)
class GuidancePageTranslation(TranslationOptions):
    fields = ("lead", "body")


@register(HelpPage)
class HelpPageTranslation(TranslationOptions):
    fields = ("lead", "routes", "body")


@register(SelfCheckPage)
class SelfCheckPageTranslation(TranslationOptions):
    fields = ("lead", "questions", "result_some", "result_none", "body")


@register(LegislationPage)
class LegislationPageTranslation(TranslationOptions):
    fields = ("lead", "body")


@register(ProjectPage)
class ProjectPageTranslation(TranslationOptions):
    fields = ("lead", "period", "lead_organisation", "funding", "body")


@register(PartnersPage)
class PartnersPageTranslation(TranslationOptions):
    fields = ("lead", "body")


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description", "address", "languages")


@register(OrganisationPhone)
class OrganisationPhoneTranslation(TranslationOptions):
    fields = ("note",)
