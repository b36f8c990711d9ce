"""Editors in the page editor: language tabs, titles and slugs, redirects, previews.

The translators' side (the translation workspace) is in tests/test_translation_workspace.py.
"""

import inspect
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from editorial.models import PageTranslation, TranslationState
from editorial.segments import transliterated_slug
from home.models import HomePage, StandardPage
from tests.factories.guidance import StandardPageFactory
from tests.form_data import page_form_data, paragraph

pytestmark = pytest.mark.django_db

EDITORS = "Redaktori / Editors"
SAFE_COPY_ROUTE = "admin/pages/<int:page_id>/edit/copy_translation_content/"
TRANSLATORS = "Tulkotāji / Translators"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ilze", "ilze@example.lv", "pass")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("john", "john@example.lv", "pass")
    user.groups.add(Group.objects.get(name=TRANSLATORS))
    return user


@pytest.fixture
def content_page():
    """A content page translated into English."""
    return StandardPageFactory(
        parent=HomePage.objects.get(),
        title_lv="Pārbaudes lapa",
        title_en="Test page",
        slug_lv="parbaudes-lapa",
        slug_en="test-page",
        lead_lv="Ievads.",
        lead_en="Lead.",
    )


@pytest.fixture
def untranslated_page():
    """A content page written in Latvian only."""
    return StandardPageFactory(parent=HomePage.objects.get(), title_lv="Tikai latviski", title_en=None)


def login(client, user):
    client.force_login(user)
    return client


def form_fields(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return list(response.context["form"].fields)


def edit(client, page, action=None, **overrides):
    page = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    data = page_form_data(page, form_fields(client, page), **overrides)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def new_page_data(**fields):
    """POST data of the add-page form of a content page: every language field empty unless given."""
    empty = {
        f"{name}_{language}": [] if name == "body" else ""
        for name in ("title", "slug", "lead", "body", "seo_title", "search_description")
        for language in ("lv", "en")
    }
    return page_form_data(StandardPage(), [], **{**empty, **fields})


def create_latvian_page(client, home):
    data = new_page_data(
        title_lv="Jauns ziņojums par cilvēktirdzniecību",
        lead_lv="Ziņojuma kopsavilkums.",
        body_lv=[paragraph("<p>Ziņojuma teksts latviski.</p>")],
    )
    data["action-publish"] = "1"
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return StandardPage.objects.get(title_lv="Jauns ziņojums par cilvēktirdzniecību")


def test_each_page_type_declares_a_latvian_tab_and_an_english_tab(client, editor, untranslated_page):
    page = untranslated_page
    login(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="tab-label-latviesu"' in html and 'id="tab-label-english"' in html
    assert 'id="tab-label-shared-by-both-languages"' not in html  # a content page shares nothing
    assert 'name="title_lv"' in html and 'name="title_en"' in html
    assert 'id="body_lv"' in html and 'id="body_en"' in html


def test_an_english_body_without_an_english_title_is_refused_and_nothing_is_lost(
    client, editor, untranslated_page
):
    page = untranslated_page
    login(client, editor)
    response = edit(client, page, lead_en="An English lead without a title.", title_en="")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "title_en" in errors
    html = response.content.decode()
    assert "Fill in the English title too" in html  # the editor's admin language is English
    assert "An English lead without a title." in html


def test_the_latvian_title_is_required(client, editor, content_page):
    page = content_page
    login(client, editor)
    response = edit(client, page, title_lv="")
    assert response.status_code == 200
    assert "title_lv" in response.context["form"].errors


@pytest.mark.parametrize(
    "title,slug",
    [
        ("Cilvēktirdzniecība", "cilvektirdznieciba"),
        ("Ģimenes ārsta loma: ļoti svarīga!", "gimenes-arsta-loma-loti-svariga"),
        ("Žurnālistu ķēde ņem 2023. gadu", "zurnalistu-kede-nem-2023-gadu"),
    ],
)
def test_slugs_transliterate_latvian_letters(title, slug):
    assert transliterated_slug(title) == slug


def test_a_generated_slug_is_unique_among_siblings_per_language(client, editor, content_page):
    login(client, editor)
    home = HomePage.objects.get()
    data = new_page_data(title_lv="Pārbaudes lapa", title_en="Test page")
    response = client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]), data)
    assert response.status_code == 302
    page = StandardPage.objects.filter(title_lv="Pārbaudes lapa").order_by("-pk").first()
    assert page.pk != content_page.pk
    assert (page.slug_lv, page.slug_en) == ("parbaudes-lapa-2", "test-page-2")


def test_a_changed_slug_leaves_a_redirect_in_each_language(client, editor, content_page):
    page = content_page
    login(client, editor)
    response = edit(client, page, action="action-publish", slug_lv="par-vietni", slug_en="about-the-site")
    assert response.status_code == 302
    client.logout()
    assert client.get("/lv/par-vietni/").status_code == 200
    old_lv = client.get("/lv/parbaudes-lapa/")
    old_en = client.get("/en/test-page/")
    assert old_lv.status_code == old_en.status_code == 301
    assert old_lv["Location"] == "/lv/par-vietni/"
    assert old_en["Location"] == "/en/about-the-site/"
    assert Redirect.objects.filter(redirect_page=page).count() == 2


def test_the_packages_copy_endpoint_is_replaced_by_a_safe_one(
    client, translator, django_user_model, content_page
):
    page = content_page
    url = f"/admin/pages/{page.pk}/edit/copy_translation_content/"
    outsider = django_user_model.objects.create_user("outsider", "o@example.lv", "pass")
    assert client.post(url, {}).status_code == 302  # to the login page
    login(client, outsider)
    assert client.post(url, {}).status_code == 302  # no page permission: back to the dashboard
    login(client, translator)
    # A missing page is a 404 (never the package's 500); like every unprefixed 404 it passes
    # through the language redirect first.
    missing = client.post("/admin/pages/999999/edit/copy_translation_content/", {}, follow=True)
    assert missing.status_code == 404
    # A translator holds no page permission: refused whatever is posted.
    refused = client.post(url, {"origin_field_name": "body_lv", "target_field_name": "body_en"})
    assert refused.status_code == 302 and "application/json" not in refused["Content-Type"]
    editor = django_user_model.objects.create_user("ilze2", "ilze2@example.lv", "pass")
    editor.groups.add(Group.objects.get(name=EDITORS))
    login(client, editor)
    assert client.post(url, {"origin_field_name": "title_lv", "target_field_name": "x"}).status_code == 400
    csrf_client = type(client)(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    assert (
        csrf_client.post(url, {"origin_field_name": "body_lv", "target_field_name": "body_en"}).status_code
        == 403
    )


def test_the_dashboard_counts_pages_waiting_for_translation(client, editor, untranslated_page):
    login(client, editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-translations-dashboard" in html
    missing = PageTranslation.objects.filter(state=TranslationState.MISSING).count()
    assert missing >= 1
    expected = f"{missing} page without English" if missing == 1 else f"{missing} pages without English"
    assert expected in html


def test_new_users_get_the_admin_in_english_and_can_choose_latvian(client, editor):
    login(client, editor)
    assert "Pages" in client.get(reverse("wagtailadmin_home")).content.decode()
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "lv"
    profile.save()
    assert "Lapas" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize(
    "mode,lang,title",
    [("lv", "lv", "Pārbaudes lapa (melnraksts)"), ("en", "en", "Test page (draft)")],
)
def test_the_editor_previews_each_language_before_publishing(client, editor, content_page, mode, lang, title):
    page = content_page
    login(client, editor)
    data = page_form_data(
        page.get_latest_revision_as_object(),
        form_fields(client, page),
        title_lv="Pārbaudes lapa (melnraksts)",
        title_en="Test page (draft)",
    )
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url + f"?mode={mode}")
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{title}</h1>" in html
    page.refresh_from_db()
    assert page.title_lv == "Pārbaudes lapa"  # nothing published


def test_a_page_created_with_the_admin_in_english_stays_untranslated(client, editor):
    """New users' admin is English: a Latvian-only page must not get the Latvian title as English."""
    from wagtail.users.models import UserProfile

    assert UserProfile.get_for_user(editor).preferred_language == "en"
    login(client, editor)
    page = create_latvian_page(client, HomePage.objects.get())
    page.refresh_from_db()
    assert not page.title_en and not page.slug_en
    latest = page.get_latest_revision_as_object()
    assert not latest.title_en
    client.logout()
    english_home = client.get("/en/").content.decode()
    assert "Jauns ziņojums par cilvēktirdzniecību" not in english_home
    opened_in_english = client.get("/en/jauns-zinojums-par-cilvektirdzniecibu/").content.decode()
    assert 'lang="lv"' in opened_in_english and "noindex" in opened_in_english


def test_a_second_page_with_the_same_title_gets_a_numbered_slug_even_with_the_slug_filled_in(client, editor):
    """The browser fills the slug from the title as the editor types; a taken one still becomes -2."""
    login(client, editor)
    home = HomePage.objects.get()
    create_latvian_page(client, home)
    data = new_page_data(
        title_lv="Jauns ziņojums par cilvēktirdzniecību",
        slug_lv="jauns-zinojums-par-cilvektirdzniecibu",
        body_lv=[paragraph("<p>Otrs.</p>")],
    )
    data["action-publish"] = "1"
    response = client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]), data)
    assert response.status_code == 302
    slugs = sorted(
        StandardPage.objects.filter(title_lv__startswith="Jauns ziņojums").values_list("slug_lv", flat=True)
    )
    assert slugs == ["jauns-zinojums-par-cilvektirdzniecibu", "jauns-zinojums-par-cilvektirdzniecibu-2"]


def test_the_site_has_exactly_two_roles_and_no_avatars_from_gravatar(client, editor):
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted([EDITORS, TRANSLATORS])
    login(client, editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar.com" not in html


def test_every_address_of_the_packages_copy_endpoint_reaches_the_safe_view():
    """Found from the URL resolver, not from a remembered address: if the package moves its view,
    its new address is checked too."""
    from django.urls import URLPattern, URLResolver, get_resolver, resolve
    from wagtail_modeltranslation import wagtail_hooks as package_hooks

    def walk(patterns, prefix):
        for pattern in patterns:
            text = str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + text)
            elif isinstance(pattern, URLPattern):
                yield prefix + text, pattern.callback

    package_view = inspect.unwrap(package_hooks.return_translation_target_field_rendered_html)
    addresses = [
        route for route, view in walk(get_resolver().url_patterns, "") if inspect.unwrap(view) is package_view
    ]
    assert addresses, "the package no longer registers its copy endpoint: remove the shadowing view"
    for route in addresses:
        path = "/" + re.sub(r"\(\?P<page_id>[^)]*\)|<int:page_id>", "4", route)
        match = resolve(path)
        assert inspect.unwrap(match.func) is not package_view, path
        assert match.route == SAFE_COPY_ROUTE, path


def test_every_translated_page_type_declares_its_language_tabs():
    """A new page type that forgets ``language_tabs`` fails here, not in an editor's hands."""
    from wagtail.admin.panels import TabbedInterface
    from wagtail.models import get_page_models

    from editorial.segments import translated_fields

    for model in get_page_models():
        if model is Page or not translated_fields(model):
            continue
        handler = model.get_edit_handler()
        assert isinstance(handler, TabbedInterface), model
        headings = [str(tab.heading) for tab in handler.children]
        assert headings[:2] == ["Latviešu", "English"], (model, headings)


def test_a_field_required_in_latvian_is_optional_in_english():
    from guidance.models import SelfCheckPage

    form_class = SelfCheckPage.get_edit_handler().get_form_class()
    form = form_class(instance=SelfCheckPage(), for_user=None)
    assert form.fields["questions_lv"].block.meta.required  # the Latvian self-check needs questions
    assert not form.fields["questions_en"].block.meta.required
