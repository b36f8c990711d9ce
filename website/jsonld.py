"""schema.org data as a ``<script type="application/ld+json">`` element: one helper for every app.

Django's ``json_script`` writes ``type="application/json"`` and an id, so it cannot serve here; the
escaping is the same: the characters that could end the element early or start markup inside it
(``<``, ``>``, ``&``) are written as JSON ``\\u`` escapes, which leave the data unchanged.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """The ``<script type="application/ld+json">`` element of ``data``, safe to put in a page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
