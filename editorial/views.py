"""Admin views: the translation status report and the safe "copy the Latvian structure" action."""

import json

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from editorial.models import TranslationState, TranslationStatus
from editorial.status import SOURCE_LANGUAGE, TARGET_LANGUAGE, is_empty


def translated_page_content_types():
    models = []
    for model in get_page_models():
        try:
            translator.get_options_for_model(model)
        except NotRegistered:
            continue
        if model is not Page:
            models.append(model)
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
        model = TranslationStatus
        fields = ["state", "page_type"]


class TranslationStatusReportView(ReportView):
    """Pages whose English translation is missing, partial or out of date: a translator's to-do list."""

    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    template_name = "editorial/translation_report.html"
    results_template_name = "editorial/translation_report_results.html"
    index_url_name = "editorial_translation_report"
    index_results_url_name = "editorial_translation_report_results"
    filterset_class = TranslationStatusFilterSet
    model = TranslationStatus
    permission_required = "change"
    list_export = ["page.title", "state", "empty_fields", "latvian_changed_at", "english_changed_at"]
    export_headings = {"page.title": gettext_lazy("Page")}

    def user_has_permission(self, permission):
        return _can_edit_some_page(self.request.user)

    def get_queryset(self):
        editable = Page.objects.all()
        if not self.request.user.is_superuser:
            from wagtail.permission_policies.pages import PagePermissionPolicy

            editable = PagePermissionPolicy().instances_user_has_permission_for(self.request.user, "change")
        queryset = (
            TranslationStatus.objects.exclude(state=TranslationState.COMPLETE)
            .filter(page__in=editable.values("pk"))
            .select_related("page", "page__content_type")
            .order_by("state", "-latvian_changed_at")
        )
        return queryset

    def get_filename(self):
        return "translations"


def _can_edit_some_page(user):
    if user.is_superuser:
        return True
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return PagePermissionPolicy().user_has_permission(user, "change")


def translation_counts(user):
    """{state: count} of the pages ``user`` can edit; for the dashboard."""
    queryset = TranslationStatus.objects.exclude(state=TranslationState.COMPLETE)
    if not user.is_superuser:
        from wagtail.permission_policies.pages import PagePermissionPolicy

        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        queryset = queryset.filter(page__in=editable.values("pk"))
    return dict(queryset.values_list("state").annotate(total=Count("pk")))


def _streamfields(page):
    """Names of the page's translated StreamFields, without language suffix."""
    try:
        fields = translator.get_options_for_model(type(page)).all_fields
    except NotRegistered:
        return []
    return [
        name
        for name in sorted(fields)
        if isinstance(type(page)._meta.get_field(f"{name}_{SOURCE_LANGUAGE}"), StreamField)
    ]


def copy_latvian_structure(request, page_id):
    """Start the English body from a copy of the Latvian one, for translating in place.

    GET asks for confirmation; POST (CSRF-protected) saves a new draft revision in which every
    *empty* English StreamField holds a copy of its Latvian counterpart. English content that already
    exists is never overwritten, and nothing is published.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    latest = page.get_latest_revision_as_object()
    names = _streamfields(latest)
    to_copy = [
        name
        for name in names
        if is_empty(getattr(latest, f"{name}_{TARGET_LANGUAGE}"))
        and not is_empty(getattr(latest, f"{name}_{SOURCE_LANGUAGE}"))
    ]
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        if not to_copy:
            messages.info(request, _("Nothing to copy: the English fields already have content."))
            return redirect(edit_url)
        for name in to_copy:
            source = getattr(latest, f"{name}_{SOURCE_LANGUAGE}")
            setattr(latest, f"{name}_{TARGET_LANGUAGE}", source.get_prep_value())
        latest.save_revision(user=request.user, log_action=True)
        messages.success(
            request,
            _("The Latvian structure was copied into the English fields. Translate the text, then save."),
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "editorial/copy_latvian_structure.html",
        {"page": page, "to_copy": to_copy, "edit_url": edit_url},
    )


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
    languages = (SOURCE_LANGUAGE, TARGET_LANGUAGE)
    allowed = {f"{name}_{code}" for name in _streamfields(page) for code in languages}
    if origin not in allowed or target not in allowed or origin == target:
        return HttpResponseBadRequest("Unknown field")
    if target.endswith(f"_{SOURCE_LANGUAGE}") and not request.user.has_perm("editorial.edit_latvian_content"):
        raise PermissionDenied
    try:
        items = json.loads(request.POST.get("serializedOriginField", "[]"))
        data = QueryDict("", mutable=True)
        for item in items:
            data.appendlist(str(item["name"]).replace(origin, target, 1), str(item["value"]))
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("Malformed field data")
    field = type(page)._meta.get_field(target)
    value = field.stream_block.value_from_datadict(data, {}, target)
    html = field.formfield().widget.render(target, value)
    return JsonResponse(html, safe=False)
