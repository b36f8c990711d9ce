"""Publications (reports, studies, guides, legal and policy documents, campaign material) and statistics.

* ``PublicationIndexPage``: the library, filterable by type, year and file language with a GET form
  (``?type=report&year=2022&language=en&page=2``: bookmarkable, works without JavaScript), with an
  RSS feed of its own (``feed/``, the same filters).
* ``PublicationPage``: one publication, its summary in both languages and its files (Wagtail
  documents), each with its language, format and size.
* ``DocumentText``: the text of one document, page by page, read in a background task when the
  document is uploaded or replaced (``publications.tasks``). The publication page indexes the text
  of its public documents (``document_search_text``), so the site's search, with its Latvian and
  English analysis, finds a publication by a word on its fortieth page. Text of a document in a
  private collection is never indexed or shown.
* ``StatisticsPage``: text and charts (``publications.blocks.ChartBlock``), each chart's figures
  downloadable as CSV at ``csv/<block id>/``.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from publications import charts, extraction
from publications.blocks import StatisticsBodyBlock
from website.blocks import INLINE_FEATURES
from website.models import TranslatedPageMixin
from website.panels import language_tabs
from website.translation_policy import filter_translated


class PublicationType(models.TextChoices):
    REPORT = "report", _("Report")
    STUDY = "study", _("Study")
    GUIDE = "guide", _("Guide")
    LEGAL = "legal", _("Legal or policy document")
    CAMPAIGN = "campaign", _("Campaign material")


class FileLanguage(models.TextChoices):
    LATVIAN = "lv", _("Latvian")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")
    UKRAINIAN = "uk", _("Ukrainian")


# The text of one publication's documents that goes into the search index: a few long reports.
MAX_INDEXED_CHARS = 1_000_000


class DocumentText(models.Model):
    """The words of one Wagtail document, page by page, for search. Never shown on its own."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="extracted_text"
    )
    file_hash = models.CharField(max_length=40, blank=True, help_text="The document's file when it was read.")
    status = models.CharField(max_length=20, choices=extraction.STATUS_CHOICES, default=extraction.PENDING)
    text = models.TextField(blank=True)
    page_count = models.PositiveIntegerField(default=0)
    has_page_numbers = models.BooleanField(default=False)
    truncated = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return f"{self.document} ({self.get_status_display()})"

    @property
    def message(self):
        """What the editor should know about this text, in the active language ("" if all is well)."""
        return extraction.Extraction(self.status, truncated=self.truncated).message

    def pages(self):
        """``(page number or None, text)`` for each page that has text."""
        for number, text in enumerate(self.text.split(extraction.PAGE_SEPARATOR), start=1):
            if text:
                yield (number if self.has_page_numbers else None), text


def is_public_document(document):
    """False for a document in a collection with view restrictions (its text stays out of search)."""
    return not document.collection.get_view_restrictions().exists()


def publication_listing_queryset():
    return filter_translated(PublicationPage.objects.live().public())


class PublicationIndexPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The publications: newest year first, filterable by type, year and file language, ten a page."""

    intro = RichTextField(_("intro"), blank=True, features=INLINE_FEATURES)

    edit_handler = language_tabs([FieldPanel("intro")])
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage", "publications.StatisticsPage"]
    per_page = 10

    class Meta:
        verbose_name = _("publications index")
        verbose_name_plural = _("publications indexes")

    def publications(self):
        return (
            publication_listing_queryset()
            .child_of(self)
            .prefetch_related("files__document")
            .order_by("-year", "-first_published_at", "-pk")
        )

    def filters_from(self, request):
        """The filters of a request as ``{"type": ..., "year": ..., "language": ...}``; 404 if unknown."""
        filters = {}
        kind = request.GET.get("type", "")
        if kind:
            if kind not in PublicationType.values:
                raise Http404("No such publication type")
            filters["type"] = kind
        year = request.GET.get("year", "")
        if year:
            if not year.isdigit() or len(year) != 4:
                raise Http404("No such year")
            filters["year"] = int(year)
        language = request.GET.get("language", "")
        if language:
            if language not in FileLanguage.values:
                raise Http404("No such language")
            filters["language"] = language
        return filters

    def filtered(self, filters):
        publications = self.publications()
        if "type" in filters:
            publications = publications.filter(publication_type=filters["type"])
        if "year" in filters:
            publications = publications.filter(year=filters["year"])
        if "language" in filters:
            publications = publications.filter(
                pk__in=PublicationFile.objects.filter(language=filters["language"]).values("page_id")
            )
        return publications

    @path("")
    def listing(self, request):
        filters = self.filters_from(request)
        publications = self.filtered(filters)
        paginator = Paginator(publications, self.per_page)
        try:
            # Text, 0, a negative number or a page past the last: "not found", never a 500.
            listing_page = paginator.page(request.GET.get("page", "1"))
        except InvalidPage as error:
            raise Http404("No such page of publications") from error
        query = "&".join(f"{key}={value}" for key, value in filters.items())
        return self.render(
            request,
            context_overrides={
                "publications": listing_page.object_list,
                "listing_page": listing_page,
                "paginator": paginator,
                "filters": filters,
                "filter_options": self.filter_options(filters),
                "query_prefix": f"{query}&" if query else "",
                "feed_url": self.feed_url(request, query),
                "statistics_pages": filter_translated(StatisticsPage.objects.child_of(self).live().public()),
            },
        )

    def filter_options(self, filters):
        everything = self.publications()
        years = sorted(set(everything.values_list("year", flat=True)), reverse=True)
        types = set(everything.values_list("publication_type", flat=True))
        languages = set(
            PublicationFile.objects.filter(page__in=everything.values("pk")).values_list(
                "language", flat=True
            )
        )
        return {
            "types": [(value, label) for value, label in PublicationType.choices if value in types],
            "years": years,
            "languages": [(value, label) for value, label in FileLanguage.choices if value in languages],
        }

    @path("feed/", name="feed")
    def feed(self, request):
        from publications.feeds import PublicationFeed

        return PublicationFeed(self, self.filtered(self.filters_from(request)))(request)

    def feed_url(self, request=None, query=""):
        base = self.get_url(request)
        if not base:
            return None
        return base + self.reverse_subpage("feed") + (f"?{query}" if query else "")


class PublicationPage(TranslatedPageMixin, Page):
    """A report, study, guide, legal or policy document or campaign material, with its files."""

    publication_type = models.CharField(
        _("type"), max_length=20, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year the publication came out."))
    summary = models.TextField(
        _("summary"), max_length=1500, help_text=_("What the publication is about, in a few sentences.")
    )
    publisher = models.CharField(
        _("publisher"), max_length=200, blank=True, help_text=_("Who published it, for example the Ministry.")
    )

    edit_handler = language_tabs(
        [FieldPanel("summary"), FieldPanel("publisher")],
        shared=[
            MultiFieldPanel(
                [FieldPanel("publication_type"), FieldPanel("year")], heading=_("About the publication")
            ),
            InlinePanel("files", label=_("Files"), min_num=1, heading=_("Files")),
        ],
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("publisher"),
        index.SearchField("document_search_text"),
        index.FilterField("year"),
        index.FilterField("publication_type"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    search_result_type = _("Publication")

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def clean(self):
        super().clean()
        if self.year is not None and not 1990 <= self.year <= 2100:
            raise ValidationError({"year": _("Enter a year between 1990 and 2100.")})

    def public_document_texts(self):
        """``(file, DocumentText)`` for the files whose document is public and has text."""
        files = self.files.select_related("document__collection", "document__extracted_text")
        for item in files:
            document = item.document
            if document is None or not is_public_document(document):
                continue
            text = getattr(document, "extracted_text", None)
            if text is not None and text.status == extraction.EXTRACTED and text.text:
                yield item, text

    def document_search_text(self):
        """The words of the public documents, for the search index (bounded)."""
        parts = []
        remaining = MAX_INDEXED_CHARS
        for _item, text in self.public_document_texts():
            chunk = text.text.replace(extraction.PAGE_SEPARATOR, " ")[:remaining]
            parts.append(chunk)
            remaining -= len(chunk)
            if remaining <= 0:
                break
        return " ".join(parts)

    def search_result_passage(self, terms, language):
        """The search result's snippet: the summary if it matched, else the document page that did.

        The page shown is the one that holds the most of the query's words (the first of those).
        Returns ``None`` when neither matched (the search page then shows its own snippet).
        """
        from search.results import snippet

        def matched(text):
            return {term for term in search_terms_of(text, language) if term in terms}

        if not terms or matched(self.summary) or matched(self.title):
            return None
        from search import analysis

        pages = [
            (item, number, page_text)
            for item, text in self.public_document_texts()
            for number, page_text in text.pages()
        ]
        # Analysing every word of a long report takes a while: first try only the pages whose
        # folded text contains a stem of the query, then, if no page matched, all of them (a
        # stem is not always a substring of its word).
        stems = [term[len(language) :] for term in terms if term.startswith(language)]
        folded = [analysis.fold(page_text) for _item, _number, page_text in pages]
        likely = [
            page for page, text in zip(pages, folded, strict=True) if any(stem in text for stem in stems)
        ]
        best = self._best_page(likely, matched, len(terms)) or self._best_page(pages, matched, len(terms))
        if best is None:
            return None
        _found, item, number, page_text = best
        if number is None:
            where = gettext("In “%(document)s”:") % {"document": item.display_label}
        else:
            where = gettext("Page %(page)d of “%(document)s”:")
            where %= {"page": number, "document": item.display_label}
        passage = snippet(page_text, terms, language)
        return format_html('<span class="search-result__location">{}</span> {}', where, passage)

    @staticmethod
    def _best_page(pages, matched, wanted):
        """The page with the most query terms, as ``(count, file, number, text)``; ``None`` if none."""
        best = None
        for item, number, page_text in pages:
            found = len(matched(page_text))
            if found and (best is None or found > best[0]):
                best = (found, item, number, page_text)
                if found == wanted:
                    break
        return best

    def get_index(self):
        return PublicationIndexPage.objects.parent_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publication_index"] = self.get_index()
        context["files"] = list(self.files.select_related("document"))
        return context


def search_terms_of(text, language):
    from search import analysis

    seen = set()
    for _start, _end, word in analysis.tokenize(text or ""):
        term = analysis.terms_of_word(word, language)
        if term and term not in seen:
            seen.add(term)
            yield term


class PublicationFile(Orderable):
    """One file of a publication: a Wagtail document and the language it is written in."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(
        _("language of the file"), max_length=5, choices=FileLanguage.choices, default=FileLanguage.LATVIAN
    )
    label = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("For example “Full report” or “Summary”; the document's title when left empty."),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def display_label(self):
        return self.label or (self.document.title if self.document_id else "")

    @property
    def format_label(self):
        return (self.document.file_extension or "").upper()


class StatisticsPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """Figures on trafficking in human beings: text and charts, each with its table and CSV file."""

    intro = RichTextField(_("intro"), blank=True, features=INLINE_FEATURES)
    body = StreamField(StatisticsBodyBlock(), verbose_name=_("body"), blank=True)

    edit_handler = language_tabs([FieldPanel("intro"), FieldPanel("body")])
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "publications.PublicationIndexPage"]
    subpage_types = []
    search_result_type = _("Statistics")

    class Meta:
        verbose_name = _("statistics page")
        verbose_name_plural = _("statistics pages")

    @path("")
    def statistics(self, request):
        return self.render(request)

    @path("csv/<str:block_id>/", name="csv")
    def chart_csv(self, request, block_id):
        for child in self.body:
            if child.block_type == "chart" and child.id == block_id:
                try:
                    data = charts.parse(child.value["data"])
                except charts.ChartDataError as error:
                    raise Http404("This chart has no readable figures") from error
                response = HttpResponse(charts.as_csv(data), content_type="text/csv; charset=utf-8")
                name = slugify(child.value["title"]) or "chart"
                response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
                response["X-Content-Type-Options"] = "nosniff"
                return response
        raise Http404("No such chart")

    def csv_url(self, block_id, request=None):
        base = self.get_url(request)
        return base + self.reverse_subpage("csv", args=[block_id]) if base else None
