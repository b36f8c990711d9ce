"""Admin views: the translation workspace, the review of a translation, the status report.

Access comes from two permissions of ``PageTranslation`` (``editorial.translate_pages``,
``editorial.review_translations``) and, for an approval, from the editor's own page permissions.
Translators hold no page permission at all, so no page route of Wagtail's admin lets them write.
"""

import difflib
import html
import json

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404, HttpResponseBadRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation as django_translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from modeltranslation.settings import AVAILABLE_LANGUAGES
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from editorial import segments as seg
from editorial import workspace
from editorial.models import PageTranslation, SegmentState, Stage, TranslationState


def translated_page_content_types():
    models = [m for m in get_page_models() if m is not Page and seg.translated_fields(m)]
    return ContentType.objects.get_for_models(*models).values()


class TranslationStatusFilterSet(WagtailFilterSet):
    state = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Translation"),
        choices=TranslationState.choices,
        widget=django_filters.widgets.CSVWidget,
    )
    page_type = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Page type"),
        field_name="page__content_type",
        queryset=lambda request: ContentType.objects.filter(
            pk__in=[ct.pk for ct in translated_page_content_types()]
        ),
        empty_label=gettext_lazy("All page types"),
    )

    class Meta:
        model = PageTranslation
        fields = ["state", "page_type"]


class TranslationStatusReportView(ReportView):
    """Pages whose translation is missing, in progress, awaiting review or out of date: the to-do list."""

    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    template_name = "editorial/translation_report.html"
    results_template_name = "editorial/translation_report_results.html"
    index_url_name = "editorial_translation_report"
    index_results_url_name = "editorial_translation_report_results"
    filterset_class = TranslationStatusFilterSet
    model = PageTranslation
    list_export = ["page.title", "language", "state", "outdated_segments", "progress", "updated_at"]
    export_headings = {"page.title": gettext_lazy("Page")}

    def user_has_permission(self, permission):
        return workspace.can_translate(self.request.user)

    def get_queryset(self):
        queryset = PageTranslation.objects.all()
        if not self.request.GET.get("state"):
            queryset = queryset.exclude(state=TranslationState.COMPLETE)  # the to-do list
        return queryset.select_related("page", "page__content_type").order_by(
            "state", "-source_changed_at", "page__path"
        )

    def get_filename(self):
        return "translations"


def translation_counts():
    """{state: count} of the translations that are not complete; for the dashboard."""
    queryset = PageTranslation.objects.exclude(state=TranslationState.COMPLETE)
    return dict(queryset.values_list("state").annotate(total=Count("pk")))


def _translation_for(request, page_id, language):
    if not workspace.can_translate(request.user):
        raise PermissionDenied
    if language not in workspace.TARGET_LANGUAGES:
        raise Http404
    page = get_object_or_404(Page, pk=page_id)
    if not workspace.is_translatable(page):
        raise Http404
    return page, workspace.get_or_sync(page, language)


def _diff(old, new):
    """Word-level diff of two texts as HTML: removed words in <del>, added ones in <ins>."""
    old_words, new_words = seg.plain_text(old).split(), seg.plain_text(new).split()
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old_words, b=new_words).get_opcodes():
        if op == "equal":
            parts.append(html.escape(" ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{html.escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{html.escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(parts))  # noqa: S308 - every word is escaped above


def _rows(translation, compare_with_approved=False):
    rows = []
    for segment in translation.segments.all():
        row = {"segment": segment}
        if segment.state == SegmentState.NEEDS_REVIEW and segment.translated_source_text:
            row["source_diff"] = _diff(segment.translated_source_text, segment.source_text)
        if compare_with_approved and segment.approved_text and segment.approved_text != segment.target_text:
            row["target_diff"] = _diff(segment.approved_text, segment.target_text)
        rows.append(row)
    return rows


def _context(page, translation, **extra):
    return {
        "page": page.specific,
        "translation": translation,
        # The language's name in the editor's own language ("English", "angļu").
        "language_name": get_language_info(translation.language)["name_translated"],
        "events": translation.events.select_related("user")[:10],
        "edit_url": reverse("editorial_workspace", args=[page.pk, translation.language]),
        "review_url": reverse("editorial_review", args=[page.pk, translation.language]),
        "preview_url": reverse("editorial_preview", args=[page.pk, translation.language]),
        **extra,
    }


def workspace_view(request, page_id, language):
    """The side-by-side editor: each Latvian segment next to its translation."""
    page, translation = _translation_for(request, page_id, language)
    if request.method == "POST":
        texts, confirmed = {}, set()
        for segment in translation.segments.all():
            if f"segment-{segment.pk}" in request.POST:
                texts[segment.pk] = request.POST[f"segment-{segment.pk}"]
            if request.POST.get(f"valid-{segment.pk}"):
                confirmed.add(segment.pk)
            if f"use-{segment.pk}" in request.POST and segment.suggestion:
                texts[segment.pk] = segment.suggestion
        try:
            workspace.save_segments(translation, request.user, texts, confirmed)
            if "action-submit" in request.POST:
                workspace.submit(translation, request.user)
                messages.success(
                    request, _("Submitted for review. An editor will approve it or send it back.")
                )
            else:
                messages.success(
                    request, _("Your translation is saved. Nothing is published until an editor approves it.")
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(reverse("editorial_workspace", args=[page.pk, language]))
    return TemplateResponse(
        request,
        "editorial/workspace.html",
        _context(
            page,
            translation,
            rows=_rows(translation),
            can_edit=translation.stage != Stage.SUBMITTED,
            can_review=workspace.can_review(request.user, page.specific),
        ),
    )


def review_view(request, page_id, language):
    """An editor compares the source and the translation, then approves or sends it back."""
    page, translation = _translation_for(request, page_id, language)
    if not workspace.can_review(request.user, page.specific):
        raise PermissionDenied
    if request.method == "POST":
        try:
            if "action-approve" in request.POST:
                workspace.approve(translation, request.user)
                live = Page.objects.get(pk=page.pk).live
                messages.success(
                    request,
                    _("Approved: the English version is published.")
                    if live
                    else _("Approved: the English version is saved in a draft of the page."),
                )
            elif "action-reject" in request.POST:
                comment = request.POST.get("comment", "").strip()
                if not comment:
                    raise ValidationError(_("Say what needs changing, so the translator knows."))
                workspace.reject(translation, request.user, comment)
                messages.success(request, _("Sent back to the translator with your comment."))
            else:
                return HttpResponseBadRequest("Unknown action")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(reverse("editorial_review", args=[page.pk, language]))
        return redirect(reverse("editorial_translation_report"))
    return TemplateResponse(
        request,
        "editorial/review.html",
        _context(page, translation, rows=_rows(translation, compare_with_approved=True)),
    )


def preview_view(request, page_id, language):
    """The page as it will read in English, with the translation applied, whoever asks."""
    page, translation = _translation_for(request, page_id, language)
    preview = workspace.preview_page(translation)
    with django_translation.override(language):
        return preview.make_preview_request(request, language)


@require_POST
def copy_translation_content(request, page_id):
    """A safe replacement for wagtail-modeltranslation's endpoint of the same address.

    The original is CSRF-exempt, checks no permission and answers 500 for a missing page. This one
    keeps its contract (JSON with the rendered target field) but requires a valid CSRF token (the
    package's script sends it), the right to edit the page, and known StreamField names; anything
    else is a 4xx answer.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    origin = request.POST.get("origin_field_name", "")
    target = request.POST.get("target_field_name", "")
    names = [
        n for n in seg.translated_fields(type(page)) if isinstance(type(page)._meta.get_field(n), StreamField)
    ]
    allowed = {seg.localized(name, code) for name in names for code in AVAILABLE_LANGUAGES}
    if origin not in allowed or target not in allowed or origin == target:
        return HttpResponseBadRequest("Unknown field")
    try:
        items = json.loads(request.POST.get("serializedOriginField", "[]"))
        data = QueryDict("", mutable=True)
        for item in items:
            data.appendlist(str(item["name"]).replace(origin, target, 1), str(item["value"]))
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("Malformed field data")
    field = type(page)._meta.get_field(target)
    value = field.stream_block.value_from_datadict(data, {}, target)
    rendered = field.formfield().widget.render(target, value)
    return JsonResponse(rendered, safe=False)
