"""Response headers and request limits that protect visitors and editors.

- ``ContentSecurityPolicyMiddleware``: django-csp's middleware with a second, looser policy for
  the Wagtail admin (``ADMIN_CSP_DIRECTIVES``), which still needs inline styles and scripts; the
  public pages get the strict ``CONTENT_SECURITY_POLICY``.
- ``PermissionsPolicyMiddleware``: the ``Permissions-Policy`` header (``PERMISSIONS_POLICY``).
- ``PasswordResetThrottleMiddleware``: a limit on password-reset requests per address and per
  e-mail (django-axes counts failed logins only, not reset requests).
"""

import hashlib

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from security.ip import client_ip


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_CSP_PATH_PREFIXES))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.config is None and is_admin_path(request.path_info):
            name = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
            if getattr(settings, name, None):
                parts.config = default_config(settings.ADMIN_CSP_DIRECTIVES)
        return parts


def permissions_policy_header(policy):
    """``{"camera": [], "fullscreen": ["self", "https://x"]}`` -> ``camera=(), fullscreen=(self "https://x")``."""
    parts = []
    for feature, allowed in policy.items():
        origins = " ".join(origin if origin in {"self", "*"} else f'"{origin}"' for origin in allowed)
        parts.append(f"{feature}=({origins})")
    return ", ".join(parts)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response


def _over_limit(key, limit, window):
    """Count one request under ``key``; True once more than ``limit`` came in ``window`` seconds."""
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


class PasswordResetThrottleMiddleware:
    """At most ``PASSWORD_RESET_LIMIT`` reset requests per address and per e-mail in the window.

    Answers 429 with a page in the visitor's language; the form itself never tells whether an
    account exists, so a refused request reveals nothing either.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info in settings.PASSWORD_RESET_PATHS:
            limit = settings.PASSWORD_RESET_LIMIT
            window = settings.PASSWORD_RESET_WINDOW
            email = (request.POST.get("email") or "").strip().lower()
            keys = ["password-reset:ip:" + (client_ip(request) or "unknown")]
            if email:
                keys.append("password-reset:email:" + hashlib.sha256(email.encode()).hexdigest())
            # Count under every key (no short-circuit), so a refused address also counts the e-mail.
            refused = [_over_limit(key, limit, window) for key in keys]
            if any(refused):
                response = render(request, "security/too_many_requests.html", status=429)
                response["Retry-After"] = str(window)
                return response
        return self.get_response(request)
