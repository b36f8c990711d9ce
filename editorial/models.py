"""The translation workspace: translators work on a translation beside the page, never on the page.

A ``PageTranslation`` is the English (or any target language's) version of one page in progress:
its segments (``TranslationSegment``, see ``editorial/segments.py``), its stage and its history.
Nothing here is a page revision: only an editor's approval writes the English fields into the page
(``editorial/workspace.py``), so translators need no page permission at all.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.settings import DEFAULT_LANGUAGE
from wagtail.models import Page

TARGET_LANGUAGES = [(code, name) for code, name in settings.LANGUAGES if code != DEFAULT_LANGUAGE]


class TranslationState(models.TextChoices):
    """Where a page's translation stands, as the report and the dashboard show it."""

    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    OUTDATED = "outdated", _("Out of date")
    COMPLETE = "complete", _("Complete")


class Stage(models.TextChoices):
    WORKING = "working", _("Being translated")
    SUBMITTED = "submitted", _("Submitted for review")
    APPROVED = "approved", _("Approved")


class PageTranslation(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="workspace_translations")
    language = models.CharField(_("language"), max_length=8, choices=TARGET_LANGUAGES)
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.WORKING)
    state = models.CharField(
        _("translation"), max_length=16, choices=TranslationState.choices, default=TranslationState.MISSING
    )
    total_segments = models.PositiveIntegerField(_("segments"), default=0)
    translated_segments = models.PositiveIntegerField(_("translated"), default=0)
    outdated_segments = models.PositiveIntegerField(_("out of date"), default=0)
    ever_approved = models.BooleanField(default=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    source_changed_at = models.DateTimeField(_("Latvian changed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_translation_per_language")
        ]
        permissions = [
            ("translate_pages", _("Can translate pages in the translation workspace")),
            ("review_translations", _("Can review and approve translations")),
        ]

    def __str__(self):
        return f"{self.page_id} → {self.language}: {self.state}"

    @property
    def progress(self):
        """Per cent of segments translated and up to date."""
        if not self.total_segments:
            return 100
        return round(100 * self.translated_segments / self.total_segments)

    def recount(self):
        states = list(self.segments.values_list("state", flat=True))
        self.total_segments = len(states)
        self.translated_segments = states.count(SegmentState.TRANSLATED)
        self.outdated_segments = states.count(SegmentState.NEEDS_REVIEW)
        complete = self.translated_segments == self.total_segments
        if self.stage == Stage.SUBMITTED:
            self.state = TranslationState.AWAITING_REVIEW
        elif self.stage == Stage.APPROVED and complete:
            self.state = TranslationState.COMPLETE
        elif self.ever_approved:
            self.state = TranslationState.OUTDATED
        elif self.translated_segments or self.outdated_segments:
            self.state = TranslationState.IN_PROGRESS
        else:
            self.state = TranslationState.MISSING


class SegmentState(models.TextChoices):
    UNTRANSLATED = "untranslated", _("Untranslated")
    TRANSLATED = "translated", _("Translated")
    NEEDS_REVIEW = "needs_review", _("Needs review")


class TranslationSegment(models.Model):
    translation = models.ForeignKey(PageTranslation, on_delete=models.CASCADE, related_name="segments")
    key = models.CharField(max_length=500)
    order = models.PositiveIntegerField(default=0)
    field = models.CharField(max_length=100)
    label = models.CharField(max_length=300)
    kind = models.CharField(max_length=10, default="text")
    source_text = models.TextField(_("Latvian"))
    # The Latvian text the current translation was made from: shown as a diff when the source changes.
    translated_source_text = models.TextField(blank=True)
    target_text = models.TextField(_("translation"), blank=True)
    approved_text = models.TextField(blank=True)
    suggestion = models.TextField(blank=True)
    state = models.CharField(max_length=16, choices=SegmentState.choices, default=SegmentState.UNTRANSLATED)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["translation", "key"], name="one_segment_per_key")]

    def __str__(self):
        return self.key


class TranslationMemory(models.Model):
    """Approved translations of Latvian texts, offered as suggestions wherever the same text appears."""

    language = models.CharField(max_length=8)
    source_hash = models.CharField(max_length=64)
    source_text = models.TextField()
    target_text = models.TextField()
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    approved_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory")
        constraints = [
            models.UniqueConstraint(fields=["language", "source_hash"], name="one_memory_entry_per_text")
        ]

    def __str__(self):
        return self.source_text[:60]


class TranslationEvent(models.Model):
    """The history of a translation: saved, submitted, approved, returned, source changed."""

    class Action(models.TextChoices):
        SAVED = "saved", _("Saved")
        SUBMITTED = "submitted", _("Submitted for review")
        APPROVED = "approved", _("Approved and written to the page")
        REJECTED = "rejected", _("Returned to the translator")
        SOURCE_CHANGED = "source_changed", _("The Latvian text changed")

    translation = models.ForeignKey(PageTranslation, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=16, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.translation_id}: {self.action}"
