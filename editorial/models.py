from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class TranslationState(models.TextChoices):
    MISSING = "missing", _("Missing")
    PARTIAL = "partial", _("Partial")
    OUTDATED = "outdated", _("Out of date")
    COMPLETE = "complete", _("Complete")


class TranslationStatus(models.Model):
    """How far the English translation of a page has come; recomputed whenever a revision is saved.

    Derived at write time (signals.py) so the report and the dashboard only read one table.
    "Out of date" means the Latvian text changed after the English text was last edited.
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="translation_status"
    )
    state = models.CharField(_("state"), max_length=10, choices=TranslationState.choices, db_index=True)
    empty_fields = models.JSONField(
        _("empty English fields"),
        default=list,
        help_text=_("Fields that have Latvian text but no English text yet."),
    )
    latvian_digest = models.CharField(max_length=64, blank=True)
    english_digest = models.CharField(max_length=64, blank=True)
    latvian_changed_at = models.DateTimeField(_("Latvian changed"), null=True)
    english_changed_at = models.DateTimeField(_("English changed"), null=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")
        permissions = [("edit_latvian_content", _("Can edit the Latvian content of pages"))]

    def __str__(self):
        return f"{self.page_id}: {self.state}"

    @property
    def empty_field_labels(self):
        """The empty fields' names as editors see them in the page editor."""
        model = self.page.content_type.model_class()
        labels = []
        for name in self.empty_fields:
            try:
                labels.append(capfirst(model._meta.get_field(name).verbose_name))
            except (AttributeError, FieldDoesNotExist):
                labels.append(name)
        return labels
