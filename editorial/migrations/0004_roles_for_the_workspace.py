"""Roles for the translation workspace, and the repair of pages that looked translated but were not.

* "Tulkotāji / Translators" lose every page and collection permission: they translate in the
  workspace (``editorial.translate_pages``), so no admin route that changes pages is open to them.
* "Redaktori / Editors" translate and approve (``translate_pages``, ``review_translations``); the
  Latvian-only permission of the old editor is gone with the old editor.
* Wagtail's own "Editors" and "Moderators" groups are merged into "Redaktori / Editors" (their
  members move over) and removed, so the site has exactly two roles.
* Pages created while the admin was in English got their Latvian title copied into ``title_en``
  (and the slug into ``slug_en``) although nobody translated them. Where the English title equals
  the Latvian one and no other English field has content, the copy is removed again, in the page
  and in its revisions.
"""

from django.db import migrations

EDITORS = "Redaktori / Editors"
TRANSLATORS = "Tulkotāji / Translators"
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
PAGE_METADATA = {"title", "slug", "url_path", "seo_title", "search_description", "draft_title"}


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def set_up_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    translate = _permission(apps, "editorial", "pagetranslation", "translate_pages", "Can translate pages")
    review = _permission(apps, "editorial", "pagetranslation", "review_translations", "Can review translations")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    editors.permissions.add(translate, review)
    translators.permissions.add(translate)
    Permission.objects.filter(codename="edit_latvian_content").delete()
    GroupPagePermission.objects.filter(group=translators).delete()
    GroupCollectionPermission.objects.filter(group=translators).delete()

    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        for user in group.user_set.all():
            user.groups.add(editors)
        group.delete()
    # Wagtail's default workflow belonged to its Moderators; a workflow that no page uses is off.
    for workflow in Workflow.objects.filter(active=True):
        if not WorkflowPage.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])


def _english_content(apps, page_row):
    """True if any translated field of the page's own type has English content."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(pk=page_row["content_type_id"]).first()
    if content_type is None:
        return False
    try:
        model = apps.get_model(content_type.app_label, content_type.model)
    except LookupError:
        return False
    names = [
        f.attname
        for f in model._meta.concrete_fields
        if f.attname.endswith("_en") and f.attname[:-3] not in PAGE_METADATA and f.model is model
    ]
    if not names:
        return False
    values = model.objects.filter(pk=page_row["id"]).values(*names).first() or {}
    return any(_has_content(value) for value in values.values())


def _has_content(value):
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() not in ("", "[]")
    try:
        return len(value) > 0  # a StreamField's value: its blocks
    except TypeError:
        return bool(value)


def repair_leaked_titles(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")}
    if not {"title_en", "title_lv", "slug_en", "slug_lv"} <= columns:
        return  # a new database: the translation columns come later, and there is nothing to repair
    Revision = apps.get_model("wagtailcore", "Revision")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, content_type_id, slug_en, slug_lv FROM wagtailcore_page "
            "WHERE title_en IS NOT NULL AND title_en <> '' AND title_en = title_lv"
        )
        rows = [dict(zip(["id", "content_type_id", "slug_en", "slug_lv"], row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        if _english_content(apps, row):
            continue
        with connection.cursor() as cursor:
            cursor.execute("UPDATE wagtailcore_page SET title_en = NULL WHERE id = %s", [row["id"]])
            if row["slug_en"] == row["slug_lv"]:
                cursor.execute("UPDATE wagtailcore_page SET slug_en = NULL WHERE id = %s", [row["id"]])
        for revision in Revision.objects.filter(object_id=str(row["id"]), base_content_type_id__isnull=False):
            content = revision.content or {}
            if content.get("title_en") and content.get("title_en") == content.get("title_lv"):
                content["title_en"] = None
                if content.get("slug_en") == content.get("slug_lv"):
                    content["slug_en"] = None
                revision.content = content
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_translation_workspace"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(set_up_roles, migrations.RunPython.noop),
        migrations.RunPython(repair_leaked_titles, migrations.RunPython.noop),
    ]
