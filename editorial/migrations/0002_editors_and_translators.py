"""The two roles of the site, with their permissions, and the moderation workflow.

* "Redaktori / Editors": write, publish and moderate every page; edit Latvian and English; manage
  images and documents.
* "Tulkotāji / Translators": edit pages (English fields only: the Latvian ones are read-only for
  them, enforced by the page form); submit for moderation; cannot publish or delete.
  They may choose images and documents but not change or delete them.

Editors approve what translators submit: the workflow on the root page has one group-approval
task for the Editors group.
"""

from django.db import migrations

EDITORS = "Redaktori / Editors"
TRANSLATORS = "Tulkotāji / Translators"


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return perm

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    access_admin = permission("wagtailadmin", "admin", "access_admin")
    edit_latvian = permission("editorial", "translationstatus", "edit_latvian_content")
    editors.permissions.add(access_admin, edit_latvian)
    translators.permissions.add(access_admin)

    root = Page.objects.filter(depth=1).first()
    collection = Collection.objects.filter(depth=1).first()
    if root is not None:
        page_permissions = {
            editors: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
            translators: ["change"],
        }
        for group, codenames in page_permissions.items():
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission("wagtailcore", "page", f"{codename}_page")
                )
    if collection is not None:
        collection_permissions = {
            editors: {"image": ["add", "change", "delete", "choose"], "document": ["add", "change", "delete", "choose"]},
            translators: {"image": ["choose"], "document": ["choose"]},
        }
        for group, models in collection_permissions.items():
            for model, actions in models.items():
                app_label = "wagtailimages" if model == "image" else "wagtaildocs"
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=collection,
                        permission=permission(app_label, model, f"{action}_{model}"),
                    )

    if root is not None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.filter(name="Redaktoru apstiprinājums / Editors' approval").first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name="Redaktoru apstiprinājums / Editors' approval", content_type=task_type, active=True
            )
        task.groups.set([editors])
        workflow, _ = Workflow.objects.get_or_create(name="Publicēšana / Publishing", defaults={"active": True})
        WorkflowTask.objects.get_or_create(workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[EDITORS, TRANSLATORS]).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Publicēšana / Publishing").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
