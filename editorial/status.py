"""Translation status of a page, computed from its latest content.

A translatable field is any field registered with modeltranslation for the page's model, except
the URL fields (``slug``, ``url_path``: a missing English slug falls back to the Latvian one).
"""

import hashlib
import json

from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamValue

from editorial.models import TranslationState, TranslationStatus

SOURCE_LANGUAGE = "lv"
TARGET_LANGUAGE = "en"
URL_FIELDS = {"slug", "url_path"}


def translatable_fields(model):
    try:
        fields = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return sorted(set(fields) - URL_FIELDS)


def _prepared(value):
    if isinstance(value, StreamValue):
        # Block ids are left out: copying a structure gives new ids but the same content.
        return [{"type": block["type"], "value": block["value"]} for block in value.get_prep_value()]
    if value is None:
        return ""
    return value if isinstance(value, str | int | float | bool | list | dict) else str(value)


def is_empty(value):
    if value is None:
        return True
    if isinstance(value, StreamValue):
        return len(value) == 0
    return not str(value).strip()


def digest(page, fields, language):
    data = {field: _prepared(getattr(page, f"{field}_{language}", None)) for field in fields}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def empty_target_fields(page, fields):
    """Fields with Latvian content whose English counterpart is still empty."""
    return [
        field
        for field in fields
        if not is_empty(getattr(page, f"{field}_{SOURCE_LANGUAGE}", None))
        and is_empty(getattr(page, f"{field}_{TARGET_LANGUAGE}", None))
    ]


def record(page, when):
    """Update the stored status of ``page`` (a specific page object) as of ``when``."""
    fields = translatable_fields(type(page))
    if not fields:
        return None
    status = TranslationStatus.objects.filter(page_id=page.pk).first() or TranslationStatus(page_id=page.pk)
    latvian = digest(page, fields, SOURCE_LANGUAGE)
    english = digest(page, fields, TARGET_LANGUAGE)
    if latvian != status.latvian_digest:
        status.latvian_digest = latvian
        status.latvian_changed_at = when
    if english != status.english_digest:
        status.english_digest = english
        has_english = any(not is_empty(getattr(page, f"{f}_{TARGET_LANGUAGE}", None)) for f in fields)
        status.english_changed_at = when if has_english else None
    status.empty_fields = empty_target_fields(page, fields)
    if is_empty(getattr(page, f"title_{TARGET_LANGUAGE}", None)):
        status.state = TranslationState.MISSING
    elif (
        status.latvian_changed_at
        and status.english_changed_at
        and status.latvian_changed_at > status.english_changed_at
    ):
        status.state = TranslationState.OUTDATED
    elif status.empty_fields:
        status.state = TranslationState.PARTIAL
    else:
        status.state = TranslationState.COMPLETE
    status.save()
    return status
