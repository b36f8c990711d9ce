"""Documents through nginx: Wagtail's serve view checks who may see a document, then hands the
file to nginx with ``X-Accel-Redirect`` instead of streaming it through a gunicorn worker.

Selected in production with ``SENDFILE_BACKEND = "website.sendfile_nginx"``. nginx maps
``SENDFILE_URL`` (``/protected-media/``) to ``MEDIA_ROOT`` in an ``internal`` location
(``deploy/nginx/site.conf``), so no one can fetch a document from disk by its address.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    response = HttpResponse()
    response["X-Accel-Redirect"] = settings.SENDFILE_URL.rstrip("/") + "/" + quote(relative.as_posix())
    return response
