"""A translator, over every route of the admin and every action of the admin API, changes no page.

The routes are not listed by hand: every URL pattern under ``/admin/`` is walked from the URL
resolver and every action from the admin API's own table, so a route a new Wagtail release adds is
tried too. Each is requested with GET and POSTed a complete, valid page form; afterwards nothing in
pages, revisions, locks, workflow states or permissions may have changed. Only the translation
workspace's own routes may write, and they write translations, never pages.
"""

import hashlib
import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    TaskState,
    WorkflowState,
)

from home.models import HomePage, StandardPage
from tests.form_data import page_form_data

pytestmark = pytest.mark.django_db

TRANSLATORS = "Tulkotāji / Translators"
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>[^>]+)>[^)]*\)")
# The translator's own routes: they write translations (editorial.models), never pages.
WORKSPACE_ROUTES = ("admin/translations/",)


def admin_routes():
    """Every URL pattern under ``admin/`` as (route template, view name)."""

    def walk(patterns, prefix):
        for pattern in patterns:
            text = str(pattern.pattern).replace("^", "").replace("$", "").replace("\\Z", "")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + text)
            elif isinstance(pattern, URLPattern):
                yield prefix + text, pattern.name

    return sorted({route for route in walk(get_resolver().url_patterns, "") if route[0].startswith("admin/")})


def fill(route, values):
    """A concrete path for ``route``: each parameter from ``values`` by name, else a plausible one."""

    def value_for(name, converter):
        if name in values:
            return str(values[name])
        return "1" if converter == "int" else "x"

    path = CONVERTER.sub(lambda m: value_for(m.group("name"), m.group("converter")), route)
    path = REGEX_GROUP.sub(lambda m: value_for(m.group("name"), None), path)
    path = re.sub(r"\(\?:[^)]*\)\??|\[[^\]]*\][*+]?|[?*+]", "", path)
    return "/" + path


def snapshot():
    """A digest of everything a translator must not be able to change."""
    state = {
        "pages": list(Page.objects.order_by("pk").values()),
        "specific": [list(model.objects.order_by("pk").values()) for model in (StandardPage, HomePage)],
        "revisions": list(Revision.objects.order_by("pk").values("pk", "object_id", "content")),
        "workflow": list(WorkflowState.objects.order_by("pk").values()),
        "tasks": list(TaskState.objects.order_by("pk").values()),
        "page_permissions": list(GroupPagePermission.objects.order_by("pk").values()),
        "collection_permissions": list(GroupCollectionPermission.objects.order_by("pk").values()),
        "groups": [
            (g.name, sorted(g.permissions.values_list("pk", flat=True))) for g in Group.objects.order_by("pk")
        ],
        "permissions": Permission.objects.count(),
    }
    return hashlib.sha256(json.dumps(state, default=str, sort_keys=True).encode()).hexdigest()


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("john", "john@example.lv", "pass")
    user.groups.add(Group.objects.get(name=TRANSLATORS))
    return user


@pytest.fixture
def target(db):
    """A draft page with two revisions, under the home page: the most tempting thing to change."""
    home = HomePage.objects.get()
    page = StandardPage(title_lv="Melnraksts", slug_lv="melnraksts", lead_lv="Vecais ievads.", live=False)
    home.add_child(instance=page)
    first = page.save_revision()
    page.lead_lv = "Jaunais ievads."
    page.save_revision()
    return page, first


def test_the_route_walk_sees_the_routes_that_matter():
    routes = {route for route, _name in admin_routes()}
    for expected in [
        "admin/pages/<int:page_id>/edit/",
        "admin/pages/<int:page_id>/delete/",
        "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/",
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        "admin/api/main/pages/<int:pk>/action/<str:action_name>/",
    ]:
        assert expected in routes
    assert len(routes) > 200


def test_a_translator_changes_nothing_through_any_admin_route(client, translator, target):
    page, old_revision = target
    client.force_login(translator)
    # Some of Wagtail's own admin views answer odd POST data with a 500 (the external-link chooser
    # without its URL field); what matters here is that nothing was written.
    client.raise_request_exception = False
    values = {
        "page_id": page.pk,
        "parent_page_id": HomePage.objects.get().pk,
        "pk": page.pk,
        "id": page.pk,
        "revision_id": old_revision.pk,
        "content_type_app_name": "home",
        "content_type_model_name": "standardpage",
        "app_label": "home",
        "model_name": "standardpage",
        "action_name": "publish",
        "language": "en",
    }
    form_fields = list(StandardPage.get_edit_handler().get_form_class().base_fields)
    form = page_form_data(page.get_latest_revision_as_object(), form_fields)
    form.update({"title_lv": "Uzlauzts", "lead_lv": "Uzlauzts", "title_en": "Hacked", "action-publish": "1"})
    before = snapshot()
    tried, written = 0, []
    for route, _name in admin_routes():
        path = fill(route, values)
        client.get(path)
        client.post(path, form)
        tried += 1
        if route.startswith(WORKSPACE_ROUTES):
            continue
        if snapshot() != before:
            written.append(route)
            before = snapshot()
    assert tried > 200
    assert written == [], f"a translator changed pages through {written}"


@pytest.mark.parametrize("action", sorted(PagesAdminAPIViewSet.actions))
def test_a_translator_is_refused_every_admin_api_action(client, translator, target, action):
    page, old_revision = target
    client.force_login(translator)
    before = snapshot()
    payload = {
        "revision_id": old_revision.pk,
        "destination_page_id": HomePage.objects.get().pk,
        "recursive": True,
        "locales": ["en"],
        "update_attrs": {"title": "Hacked"},
    }
    response = client.post(
        f"/admin/api/main/pages/{page.pk}/action/{action}/",
        json.dumps(payload),
        content_type="application/json",
        follow=True,
    )
    assert response.status_code in (400, 403, 404, 405)
    assert snapshot() == before
