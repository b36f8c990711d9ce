"""What happens to a translation: created from a page, kept in sync, saved, submitted, approved.

The source of a translation is what visitors read in Latvian: the live page, or the latest draft of
a page that was never published. ``sync`` runs whenever a page is published (``signals.py``) and
when a translation is opened, so only the segments whose Latvian text changed go back to
"needs review"; nothing a translator typed is ever thrown away.

``approve`` is the only way a translation reaches the page, and it is an editor's own action: the
English fields are written into a new revision in the editor's name, published if the page is live.
"""

import hashlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from wagtail.log_actions import log
from wagtail.models import Page

from editorial import segments as seg
from editorial.models import (
    PageTranslation,
    SegmentState,
    Stage,
    TranslationEvent,
    TranslationMemory,
    TranslationSegment,
)

SOURCE_LANGUAGE = DEFAULT_LANGUAGE
TARGET_LANGUAGES = [code for code in AVAILABLE_LANGUAGES if code != SOURCE_LANGUAGE]
TRANSLATE_PERMISSION = "editorial.translate_pages"
REVIEW_PERMISSION = "editorial.review_translations"


def is_translatable(page):
    return bool(seg.translated_fields(page.specific_class or type(page)))


def source_of(page):
    """The Latvian page a translation is made from: live content, or the draft of an unpublished page."""
    page = page.specific
    if page.live:
        return page
    return page.get_latest_revision_as_object()


def _memory_hash(text):
    return hashlib.sha256(" ".join(seg.plain_text(text).split()).casefold().encode()).hexdigest()


def remembered(language, texts):
    """{source text: approved translation} from the translation memory for ``texts``."""
    hashes = {_memory_hash(text): text for text in texts}
    found = TranslationMemory.objects.filter(language=language, source_hash__in=hashes)
    return {hashes[entry.source_hash]: entry.target_text for entry in found}


def _target_by_key(page, language):
    """What the page itself holds in ``language``, by segment key and by structural position."""
    segments = seg.extract(page, language)
    by_key = {s.key: s.source for s in segments}
    return by_key, segments


@transaction.atomic
def get_or_sync(page, language):
    """The translation of ``page`` into ``language``, brought in line with the current source."""
    page = page.specific
    translation, created = PageTranslation.objects.select_for_update().get_or_create(
        page=page, language=language
    )
    sync(translation, page, first=created)
    return translation


def sync(translation, page=None, first=False):
    source_page = source_of(page or translation.page)
    source_segments = seg.extract(source_page, SOURCE_LANGUAGE)
    existing = {s.key: s for s in translation.segments.all()}
    live_target, live_target_list = _target_by_key(source_page, translation.language)
    memory = remembered(translation.language, [s.source for s in source_segments])
    changed = False
    for order, source in enumerate(source_segments):
        segment = existing.pop(source.key, None)
        before = _stored(segment)
        if segment is None:
            segment = TranslationSegment(translation=translation, key=source.key, source_text=source.source)
            existing_text = live_target.get(source.key)
            if existing_text is None and len(live_target_list) == len(source_segments):
                # English written in the page editor (or before the workspace existed) with block ids
                # of its own: when both languages have the same shape, the same place is the same text.
                candidate = live_target_list[order]
                if candidate.field == source.field and candidate.kind == source.kind:
                    existing_text = candidate.source
            # English identical to the Latvian is a copy, not a translation (except a slug).
            if existing_text and (existing_text != source.source or source.kind == "slug"):
                segment.target_text = segment.approved_text = existing_text
                segment.translated_source_text = source.source
                segment.state = SegmentState.TRANSLATED
            changed = changed or not first
        elif segment.source_text != source.source:
            if segment.state == SegmentState.TRANSLATED:
                segment.translated_source_text = segment.source_text
            segment.source_text = source.source
            segment.state = SegmentState.NEEDS_REVIEW if segment.target_text else SegmentState.UNTRANSLATED
            changed = True
        elif segment.target_text == segment.approved_text:
            # No translator's work pending: English an editor wrote in the page editor is adopted.
            live_text = live_target.get(source.key)
            if live_text and live_text != segment.approved_text and live_text != source.source:
                segment.target_text = segment.approved_text = live_text
                segment.translated_source_text = source.source
                segment.state = SegmentState.TRANSLATED
        segment.order, segment.field, segment.kind = order, source.field, source.kind
        segment.label = source.label[:300]
        segment.suggestion = memory.get(source.source, "") if segment.state != SegmentState.TRANSLATED else ""
        if segment.pk is None or _stored(segment) != before:  # a translation in line writes nothing
            segment.save()
    for obsolete in existing.values():
        obsolete.delete()
        changed = True
    if changed and not first:
        translation.source_changed_at = timezone.now()
        if translation.stage == Stage.SUBMITTED or translation.stage == Stage.APPROVED:
            if translation.segments.exclude(state=SegmentState.TRANSLATED).exists():
                translation.stage = Stage.WORKING
        TranslationEvent.objects.create(
            translation=translation, action=TranslationEvent.Action.SOURCE_CHANGED
        )
    if (
        first
        and translation.segments.exists()
        and not translation.segments.exclude(state=SegmentState.TRANSLATED).exists()
    ):
        # Fully translated already: the English that visitors read is the approved translation.
        translation.stage = Stage.APPROVED
        translation.ever_approved = True
    translation.recount()
    translation.save()
    return translation


def _stored(segment):
    if segment is None or segment.pk is None:
        return None
    fields = [f.attname for f in segment._meta.concrete_fields if f.attname != "updated_at"]
    return tuple(getattr(segment, name) for name in fields)


def can_translate(user):
    return user.is_active and user.has_perm(TRANSLATE_PERMISSION)


def can_review(user, page):
    if not (user.is_active and user.has_perm(REVIEW_PERMISSION)):
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_publish() if page.live else permissions.can_edit()


@transaction.atomic
def save_segments(translation, user, texts, confirmed=()):
    """Store what a translator typed ({segment id: text}); ``confirmed``: ids marked "still valid"."""
    if translation.stage == Stage.SUBMITTED and not user.has_perm(REVIEW_PERMISSION):
        raise ValidationError(
            _("This translation is waiting for review: it cannot change until an editor answers.")
        )
    changed = 0
    for segment in translation.segments.all():
        text = texts.get(segment.pk)
        confirm = segment.pk in confirmed
        if text is None and not confirm:
            continue
        if text is not None:
            text = (
                seg.clean_markup(text, segment.source_text)
                if segment.kind == "html"
                else " ".join(text.split())
            )
        if text is not None and text != segment.target_text:
            segment.target_text = text
            segment.state = SegmentState.TRANSLATED if text else SegmentState.UNTRANSLATED
        elif confirm and segment.target_text and segment.state == SegmentState.NEEDS_REVIEW:
            segment.state = SegmentState.TRANSLATED
        else:
            continue
        if segment.state == SegmentState.TRANSLATED:
            segment.translated_source_text = segment.source_text
        segment.updated_by = user
        segment.save()
        changed += 1
    if changed:
        if translation.stage == Stage.APPROVED:
            translation.stage = Stage.WORKING
        translation.recount()
        translation.save()
        TranslationEvent.objects.create(
            translation=translation, action=TranslationEvent.Action.SAVED, user=user
        )
    return changed


def submit(translation, user):
    if translation.segments.exclude(state=SegmentState.TRANSLATED).exists():
        raise ValidationError(_("Translate every segment, or mark it still valid, before submitting."))
    translation.stage = Stage.SUBMITTED
    translation.submitted_by = user
    translation.submitted_at = timezone.now()
    translation.recount()
    translation.save()
    TranslationEvent.objects.create(
        translation=translation, action=TranslationEvent.Action.SUBMITTED, user=user
    )


def reject(translation, user, comment):
    if not can_review(user, translation.page):
        raise PermissionDenied
    translation.stage = Stage.WORKING
    translation.recount()
    translation.save()
    TranslationEvent.objects.create(
        translation=translation, action=TranslationEvent.Action.REJECTED, user=user, comment=comment
    )


def _unique_slug(page, slug, language):
    parent = page.get_parent()
    if not slug or parent is None:
        return slug
    siblings = parent.get_children().exclude(pk=page.pk)
    field = seg.localized("slug", language)
    source_field = seg.localized("slug", SOURCE_LANGUAGE)
    taken = set(siblings.filter(**{f"{field}__startswith": slug}).values_list(field, flat=True))
    # A sibling without its own slug in this language is reached by its Latvian one.
    taken |= set(
        siblings.filter(**{f"{field}__isnull": True, f"{source_field}__startswith": slug}).values_list(
            source_field, flat=True
        )
    )
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def translated_values(translation, page):
    texts = {s.key: s.target_text for s in translation.segments.all() if s.target_text}
    values = seg.build_values(page, texts, translation.language)
    slug_field = seg.localized("slug", translation.language)
    if values.get(slug_field):
        values[slug_field] = _unique_slug(page, values[slug_field], translation.language)
    return values


def _apply(page, values):
    for name, value in values.items():
        setattr(page, name, value)
    return page


@transaction.atomic
def approve(translation, user):
    """Write the translation into the page as ``user``'s own revision; returns that revision."""
    page = Page.objects.select_for_update().get(pk=translation.page_id).specific
    if not can_review(user, page):
        raise PermissionDenied
    permissions = page.permissions_for_user(user)
    if permissions.page_locked():
        raise ValidationError(_("The page is locked by someone else: it cannot be changed now."))
    if page.workflow_in_progress:
        raise ValidationError(_("The page is in moderation: finish the moderation first."))
    sync(translation, page)
    if translation.stage != Stage.SUBMITTED:
        raise ValidationError(
            _("The Latvian page changed: the translation needs another look before approval.")
        )
    values = translated_values(translation, source_of(page))
    draft = page.get_latest_revision_as_object() if page.live and page.has_unpublished_changes else None
    if page.live:
        revision = _apply(page, values).save_revision(user=user, log_action=True)
        revision.publish(user=user)
        if draft is not None:
            # An editor's unpublished Latvian draft stays the latest version, now with the English too.
            _apply(draft, values).save_revision(user=user, log_action=True)
    else:
        revision = _apply(source_of(page), values).save_revision(user=user, log_action=True)
    translator = translation.submitted_by
    for segment in translation.segments.all():
        segment.approved_text = segment.target_text
        segment.translated_source_text = segment.source_text
        segment.save(update_fields=["approved_text", "translated_source_text", "updated_at"])
        TranslationMemory.objects.update_or_create(
            language=translation.language,
            source_hash=_memory_hash(segment.source_text),
            defaults={"source_text": segment.source_text, "target_text": segment.target_text, "page": page},
        )
    translation.stage = Stage.APPROVED
    translation.ever_approved = True
    translation.recount()
    translation.save()
    TranslationEvent.objects.create(
        translation=translation, action=TranslationEvent.Action.APPROVED, user=user
    )
    log(
        instance=page,
        action="editorial.translation_approved",
        user=user,
        data={
            "language": translation.language,
            "translator": translator.get_full_name() or translator.get_username() if translator else "",
        },
    )
    return revision


def preview_page(translation):
    """The source page with the translation applied in memory, for an English preview."""
    page = source_of(translation.page)
    return _apply(page, translated_values(translation, page))
