"""Editors write in Latvian, translators fill in English, editors approve: the story, end to end."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from editorial.forms import transliterated_slug
from editorial.models import TranslationState, TranslationStatus
from home.models import HomePage, StandardPage
from tests.form_data import page_form_data, paragraph

pytestmark = pytest.mark.django_db

EDITORS = "Redaktori / Editors"
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


def status_of(page):
    return TranslationStatus.objects.get(page_id=page.pk)


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


def test_the_whole_translation_story(client, editor, translator):
    home = HomePage.objects.get()

    # An editor publishes a Latvian article; its slug is transliterated from the title.
    login(client, editor)
    page = create_latvian_page(client, home)
    assert page.live and page.slug_lv == "jauns-zinojums-par-cilvektirdzniecibu"
    assert client.get("/lv/jauns-zinojums-par-cilvektirdzniecibu/").status_code == 200

    # It appears in the translation report as missing.
    assert status_of(page).state == TranslationState.MISSING
    report = client.get(reverse("editorial_translation_report"))
    assert "Jauns ziņojums par cilvēktirdzniecību" in report.content.decode()

    # A translator fills in English and submits it for moderation; trying to touch Latvian is ignored.
    login(client, translator)
    assert "title_lv" not in form_fields(client, page)
    response = edit(
        client,
        page,
        action="action-submit",
        title_en="New report on human trafficking",
        lead_en="Summary of the report.",
        body_en=[paragraph("<p>The text of the report in English.</p>")],
        title_lv="Pārrakstīts virsraksts",
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_lv == "Jauns ziņojums par cilvēktirdzniecību"
    assert not page.title_en  # not live yet: waiting for the editor
    assert page.current_workflow_state is not None
    assert status_of(page).state == TranslationState.COMPLETE

    # The editor approves, which publishes it; the English page is live under its English slug.
    login(client, editor)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title_en == "New report on human trafficking"
    assert page.slug_en == "new-report-on-human-trafficking"
    english = client.get("/en/new-report-on-human-trafficking/")
    assert english.status_code == 200
    assert "The text of the report in English." in english.content.decode()

    # The editor changes the Latvian lead; the report shows the page as out of date.
    response = edit(client, page, action="action-publish", lead_lv="Atjaunināts kopsavilkums.")
    assert response.status_code == 302
    assert status_of(page).state == TranslationState.OUTDATED
    report = client.get(reverse("editorial_translation_report") + "?state=outdated")
    assert "Jauns ziņojums par cilvēktirdzniecību" in report.content.decode()


def test_a_translator_cannot_change_latvian_content_whatever_they_post(client, translator):
    page = StandardPage.objects.get(slug_lv="par-mums")
    login(client, translator)
    edit(
        client, page, title_lv="Uzlauzts", lead_lv="Uzlauzts", slug_lv="uzlauzts", lead_en="Edited in English"
    )
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    assert latest.title_lv == "Par mums"
    assert latest.slug_lv == "par-mums"
    assert latest.lead_lv.startswith("Šī vietne")
    assert latest.lead_en == "Edited in English"


def test_a_translator_cannot_publish_or_delete(client, translator):
    page = StandardPage.objects.get(slug_lv="par-mums")
    login(client, translator)
    edit(client, page, action="action-publish", lead_en="Published by a translator?")
    page.refresh_from_db()
    assert page.lead_en != "Published by a translator?"
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code in (302, 403)
    assert StandardPage.objects.filter(pk=page.pk).exists()
    draft = StandardPage(title="Melnraksts", slug="melnraksts", live=False)
    HomePage.objects.get().add_child(instance=draft)
    client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert StandardPage.objects.filter(pk=draft.pk).exists()


def test_the_editor_shows_a_latvian_tab_and_an_english_tab_with_what_is_missing(client, editor):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    login(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="tab-label-latviesu"' in html and 'id="tab-label-english"' in html
    assert "Still empty in English:" in html


def test_a_translator_sees_the_latvian_source_read_only(client, translator):
    page = StandardPage.objects.get(slug_lv="par-mums")
    login(client, translator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = response.content.decode()
    assert 'name="title_lv"' not in html
    assert "Par mums" in html  # the source text, shown read-only
    assert 'name="title_en"' in html


def test_an_english_body_without_an_english_title_is_refused_and_nothing_is_lost(client, editor):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    login(client, editor)
    response = edit(client, page, lead_en="An English lead without a title.", title_en="")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "title_en" in errors
    html = response.content.decode()
    assert "Fill in the English title too" in html  # the editor's admin language is English
    assert "An English lead without a title." in html


def test_the_latvian_title_is_required(client, editor):
    page = StandardPage.objects.get(slug_lv="par-mums")
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


def test_a_generated_slug_is_unique_among_siblings_per_language(client, editor):
    login(client, editor)
    home = HomePage.objects.get()
    data = new_page_data(title_lv="Par mums", title_en="About us")
    response = client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]), data)
    assert response.status_code == 302
    page = StandardPage.objects.filter(title_lv="Par mums").order_by("-pk").first()
    assert (page.slug_lv, page.slug_en) == ("par-mums-2", "about-us-2")


def test_a_changed_slug_leaves_a_redirect_in_each_language(client, editor):
    page = StandardPage.objects.get(slug_lv="par-mums")
    login(client, editor)
    response = edit(client, page, action="action-publish", slug_lv="par-vietni", slug_en="about-the-site")
    assert response.status_code == 302
    client.logout()
    assert client.get("/lv/par-vietni/").status_code == 200
    old_lv = client.get("/lv/par-mums/")
    old_en = client.get("/en/about-us/")
    assert old_lv.status_code == old_en.status_code == 301
    assert old_lv["Location"] == "/lv/par-vietni/"
    assert old_en["Location"] == "/en/about-the-site/"
    assert Redirect.objects.filter(redirect_page=page).count() == 2


def test_copying_the_latvian_structure_fills_only_empty_english_fields_and_needs_csrf(client, editor):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    login(client, editor)
    url = reverse("editorial_copy_latvian_structure", args=[page.pk])
    assert client.get(url).status_code == 200
    csrf_client = type(client)(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    assert csrf_client.post(url).status_code == 403
    assert client.post(url).status_code == 302
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    assert [b.block_type for b in latest.body_en] == [b.block_type for b in latest.body_lv]
    page.refresh_from_db()
    assert len(page.body_en) == 0  # a draft, not published


def test_the_packages_copy_endpoint_is_replaced_by_a_safe_one(client, translator, django_user_model):
    page = StandardPage.objects.get(slug_lv="par-mums")
    url = f"/admin/pages/{page.pk}/edit/copy_translation_content/"
    outsider = django_user_model.objects.create_user("outsider", "o@example.lv", "pass")
    assert client.post(url, {}).status_code == 302  # to the login page
    login(client, outsider)
    assert client.post(url, {}).status_code in (302, 403)
    login(client, translator)
    # A missing page is a 404 (never the package's 500); like every unprefixed 404 it passes
    # through the language redirect first.
    missing = client.post("/admin/pages/999999/edit/copy_translation_content/", {}, follow=True)
    assert missing.status_code == 404
    assert client.post(url, {"origin_field_name": "title_lv", "target_field_name": "x"}).status_code == 400
    csrf_client = type(client)(enforce_csrf_checks=True)
    csrf_client.force_login(translator)
    assert (
        csrf_client.post(url, {"origin_field_name": "body_lv", "target_field_name": "body_en"}).status_code
        == 403
    )


def test_the_dashboard_counts_pages_waiting_for_translation(client, editor):
    login(client, editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-translations-dashboard" in html
    missing = TranslationStatus.objects.filter(state=TranslationState.MISSING).count()
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
    [("lv", "lv", "Par mums (melnraksts)"), ("en", "en", "About us (draft)")],
)
def test_the_editor_previews_each_language_before_publishing(client, editor, mode, lang, title):
    page = StandardPage.objects.get(slug_lv="par-mums")
    login(client, editor)
    data = page_form_data(
        page.get_latest_revision_as_object(),
        form_fields(client, page),
        title_lv="Par mums (melnraksts)",
        title_en="About us (draft)",
    )
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url + f"?mode={mode}")
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{title}</h1>" in html
    page.refresh_from_db()
    assert page.title_lv == "Par mums"  # nothing published


def test_the_page_editor_offers_the_copy_action(client, translator):
    page = StandardPage.objects.get(slug_lv="normativie-akti")
    login(client, translator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("editorial_copy_latvian_structure", args=[page.pk]) in html
    assert "Copy the Latvian structure to English" in html
