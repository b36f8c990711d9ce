"""Administrators see who is locked out of the admin and lift a lockout (Settings → Login lockouts)."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST


def _require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def lockouts(request):
    _require_superuser(request)
    # Lockouts still in force: enough failures, the last one within the cool-off time.
    since = timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME)
    attempts = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")
    return TemplateResponse(
        request,
        "security/lockouts.html",
        {"attempts": attempts, "failure_limit": settings.AXES_FAILURE_LIMIT},
    )


@require_POST
def unlock(request, attempt_id):
    _require_superuser(request)
    attempt = get_object_or_404(AccessAttempt, pk=attempt_id)
    who = attempt.username or attempt.ip_address
    attempt.delete()
    messages.success(request, _("The lockout of %(who)s was lifted.") % {"who": who})
    return redirect("security_lockouts")
