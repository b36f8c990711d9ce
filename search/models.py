"""What search keeps besides Wagtail's index: editors' synonym groups and the index's vocabulary."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


def split_synonyms(text):
    """The words or phrases of a synonym group: comma- or line-separated, blanks dropped."""
    phrases = []
    for line in (text or "").replace("\n", ",").split(","):
        phrase = " ".join(line.split())
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


@register_snippet
class SynonymGroup(models.Model):
    """Words and phrases that mean the same for search, in one language.

    A search for any of them also finds the others: "cilvēktirdzniecība" finds "cilvēku
    tirdzniecība" and the reverse. Every form of each word is matched ("cilvēku tirdzniecības").
    """

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "Two or more words or phrases that mean the same, separated by commas, "
            "for example: cilvēktirdzniecība, cilvēku tirdzniecība"
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonym groups")
        ordering = ["language", "terms"]

    def __str__(self):
        return ", ".join(self.phrases)

    @property
    def phrases(self):
        return split_synonyms(self.terms)

    def clean(self):
        super().clean()
        if len(self.phrases) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases, separated by commas.")})


class SearchWord(models.Model):
    """One word of the indexed text, for "Did you mean": folded form and the form to show.

    Filled while pages are indexed (``search.vocabulary``); a word of a deleted page may stay,
    which is harmless: a suggestion is offered only when it finds something.
    """

    language = models.CharField(max_length=8)
    folded = models.CharField(max_length=40)
    word = models.CharField(max_length=40)
    length = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "folded"], name="search_word_unique")]
        indexes = [models.Index(fields=["language", "length"], name="search_word_length")]

    def __str__(self):
        return self.word


class TitleWord(models.Model):
    """One folded word of a page's title in one language, for suggestions as you type.

    Written with the search index (``search.titles``); whether the page is live and public is
    read from the page when suggesting.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)
    # What suggestions are ordered by, so that the index alone finds the best matches.
    listing = models.BooleanField(default=False)  # the page lists others: after content
    title_length = models.PositiveSmallIntegerField(default=0)  # shorter titles first

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language", "word"], name="search_title_word_unique")
        ]
        indexes = [
            models.Index(
                fields=["language", "word", "listing", "title_length", "page"],
                name="search_title_word_prefix",
            )
        ]

    def __str__(self):
        return self.word
