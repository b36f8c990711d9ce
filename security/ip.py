"""The visitor's address, also behind the project's reverse proxies.

``TRUSTED_PROXY_COUNT`` (default 0) says how many proxies in front of the application append to
``X-Forwarded-For``; the address that the outermost trusted proxy saw is then the client's. With
0, ``REMOTE_ADDR`` is used and the header is ignored (a visitor can write anything in it).
"""

from django.conf import settings


def client_ip(request):
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
