"""Translators work beside the page, never on it: the translation workspace, story by story."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision

from editorial.models import PageTranslation, SegmentState, Stage, TranslationState
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

EDITORS = "Redaktori / Editors"
TRANSLATORS = "Tulkotāji / Translators"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ilze", "ilze@example.lv", "pass", first_name="Ilze")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user(
        "john", "john@example.lv", "pass", first_name="John", last_name="Smith"
    )
    user.groups.add(Group.objects.get(name=TRANSLATORS))
    return user


def body(*blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def publish_latvian_page(editor, title="Palīdzība cietušajiem", **fields):
    """An editor's published Latvian-only content page (publishing brings its translation in line)."""
    home = HomePage.objects.get()
    page = StandardPage(
        title_lv=title,
        slug_lv=fields.pop("slug_lv", "palidziba-cietusajiem"),
        lead_lv=fields.pop("lead_lv", "Kur meklēt palīdzību."),
        body_lv=fields.pop(
            "body_lv",
            body(
                ("heading", {"text": "Palīdzības tālruņi", "level": "h2"}),
                ("paragraph", '<p>Zvaniet <a href="https://www.112.lv/">112</a> ārkārtas gadījumā.</p>'),
                ("quote", {"text": "Palīdzība ir pieejama.", "attribution": "Iekšlietu ministrija"}),
            ),
        ),
        **fields,
    )
    home.add_child(instance=page)
    page.save_revision(user=editor).publish(user=editor)
    return StandardPage.objects.get(pk=page.pk)


def workspace_url(page):
    return reverse("editorial_workspace", args=[page.pk, "en"])


def segments(page):
    return {s.key: s for s in PageTranslation.objects.get(page=page, language="en").segments.all()}


def translate_everything(client, page, texts=None, submit=True):
    """Fill every segment (by key → text, or "EN: <source>") and save, as the logged-in user."""
    texts = texts or {}
    data = {}
    for key, segment in segments(page).items():
        data[f"segment-{segment.pk}"] = texts.get(key, f"EN: {segment.source_text}")
    if submit:
        data["action-submit"] = "1"
    response = client.post(workspace_url(page), data)
    assert response.status_code == 302
    return response


def page_snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (
        page.specific.title_lv,
        page.specific.title_en,
        page.locked,
        Revision.objects.filter(object_id=str(page.pk)).count(),
        page.live,
    )


def test_a_translator_translates_segment_by_segment_and_an_editor_approves(client, editor, translator):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    html = client.get(workspace_url(page)).content.decode()
    # Every Latvian text is a segment beside an English input: title, slug, lead, heading, paragraph, quote.
    for source in [
        "Palīdzība cietušajiem",
        "Kur meklēt palīdzību.",
        "Palīdzības tālruņi",
        "Palīdzība ir pieejama.",
    ]:
        assert source in html
    assert (
        'Zvaniet <a id="a1">112</a> ārkārtas gadījumā.' in html
    )  # the link's target is not the translator's
    assert "0 of 7 segments translated" in html
    assert "Iekšlietu ministrija" in html  # the quote's attribution is text too

    keys = segments(page)
    paragraph_key = next(k for k, s in keys.items() if s.kind == "html")
    translate_everything(
        client,
        page,
        {
            "title": "Help for victims",
            "slug": "help for victims",
            paragraph_key: 'Call <a id="a1">112</a> in an emergency.<script>alert(1)</script>',
        },
    )
    translation = PageTranslation.objects.get(page=page)
    assert translation.state == TranslationState.AWAITING_REVIEW
    page.refresh_from_db()
    assert not page.title_en  # nothing reaches the page before an editor approves

    client.force_login(editor)
    review = client.get(reverse("editorial_review", args=[page.pk, "en"])).content.decode()
    assert "Submitted by John Smith." in review
    response = client.post(reverse("editorial_review", args=[page.pk, "en"]), {"action-approve": "1"})
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_en == "Help for victims"
    assert page.slug_en == "help-for-victims"
    assert page.latest_revision.user == editor
    # Structure and non-text values come from the Latvian page; the link target too; no script.
    assert [b.block_type for b in page.body_en] == [b.block_type for b in page.body_lv]
    assert page.body_en[0].value["level"] == "h2"
    english_paragraph = page.body_en[1].value.source
    assert english_paragraph == '<p>Call <a href="https://www.112.lv/">112</a> in an emergency.alert(1)</p>'
    assert PageTranslation.objects.get(page=page).state == TranslationState.COMPLETE
    # The page history names the translator.
    entry = PageLogEntry.objects.filter(page=page, action="editorial.translation_approved").get()
    assert entry.user == editor and entry.data["translator"] == "John Smith"
    client.logout()
    english = client.get("/en/help-for-victims/").content.decode()
    assert "Help for victims" in english and 'href="https://www.112.lv/"' in english


def test_a_translator_holds_no_page_permission_and_the_workspace_writes_no_revision(
    client, editor, translator
):
    page = publish_latvian_page(editor)
    before = page_snapshot(page)
    client.force_login(translator)
    translate_everything(client, page, submit=False)
    assert page_snapshot(page) == before
    assert not page.permissions_for_user(translator).can_edit()
    explorer = client.get(reverse("wagtailadmin_explore", args=[page.pk]))
    assert explorer.status_code == 302


def test_reverting_to_an_old_revision_cannot_change_latvian_text(client, editor, translator):
    page = publish_latvian_page(editor, title="Vecais virsraksts")
    old_revision = page.latest_revision
    page.title_lv = "Jaunais virsraksts"
    page.save_revision(user=editor).publish(user=editor)
    client.force_login(translator)
    before = page_snapshot(page)
    html_revert = client.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old_revision.pk]),
        {"action-publish": "1"},
    )
    api_revert = client.post(
        f"/admin/api/main/pages/{page.pk}/action/revert_to_page_revision/",
        {"revision_id": old_revision.pk},
        content_type="application/json",
        follow=True,
    )
    # The admin sends the translator back to the dashboard; the admin API does not show the page.
    assert html_revert.status_code == 302 and api_revert.status_code == 404
    assert page_snapshot(page) == before
    assert StandardPage.objects.get(pk=page.pk).title_lv == "Jaunais virsraksts"


def test_a_translator_cannot_delete_a_draft_through_the_admin_api(client, editor, translator):
    home = HomePage.objects.get()
    draft = StandardPage(title_lv="Melnraksts", slug_lv="melnraksts", live=False)
    home.add_child(instance=draft)
    draft.save_revision(user=editor)
    client.force_login(translator)
    response = client.post(
        f"/admin/api/main/pages/{draft.pk}/action/delete/", content_type="application/json", follow=True
    )
    assert response.status_code == 404
    html = client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert html.status_code == 302
    assert StandardPage.objects.filter(pk=draft.pk).exists()


def test_a_page_locked_by_an_editor_is_not_written_by_an_approval(
    client, editor, translator, django_user_model
):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page)  # the workspace works whatever the page's lock: it is not the page
    other_editor = django_user_model.objects.create_user("anna", "anna@example.lv", "pass")
    other_editor.groups.add(Group.objects.get(name=EDITORS))
    page.locked, page.locked_by = True, other_editor
    page.save()
    before = page_snapshot(page)
    client.force_login(editor)
    response = client.post(
        reverse("editorial_review", args=[page.pk, "en"]), {"action-approve": "1"}, follow=True
    )
    assert "locked" in response.content.decode()
    assert page_snapshot(page) == before
    assert PageTranslation.objects.get(page=page).stage == Stage.SUBMITTED  # kept for later


def test_the_workspace_offers_no_way_to_change_shared_fields(client, editor, translator):
    from news.models import NewsArticlePage  # noqa: F401 - shared fields exist on articles and events

    page = publish_latvian_page(editor, show_in_menus=True)
    client.force_login(translator)
    keys = segments(page)
    data = {f"segment-{s.pk}": f"EN {s.source_text}" for s in keys.values()}
    data.update(
        {"show_in_menus": "", "go_live_at": "2030-01-01 10:00", "slug_lv": "uzlauzts", "title_lv": "X"}
    )
    client.post(workspace_url(page), {**data, "action-submit": "1"})
    client.force_login(editor)
    client.post(reverse("editorial_review", args=[page.pk, "en"]), {"action-approve": "1"})
    page = StandardPage.objects.get(pk=page.pk)
    assert page.show_in_menus and page.go_live_at is None
    assert (page.title_lv, page.slug_lv) == ("Palīdzība cietušajiem", "palidziba-cietusajiem")


def test_an_editors_unrelated_publish_neither_publishes_nor_loses_work_in_progress(
    client, editor, translator
):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page, {"title": "Help for victims"}, submit=False)
    # The editor fixes a Latvian typo and publishes.
    page.lead_lv = "Kur meklēt palīdzību?"
    page.save_revision(user=editor).publish(user=editor)
    page = StandardPage.objects.get(pk=page.pk)
    assert not page.title_en and not page.lead_en  # the unreviewed English did not go live
    keys = segments(page)
    assert keys["title"].target_text == "Help for victims"  # and is not lost
    assert keys["lead"].state == SegmentState.NEEDS_REVIEW
    client.logout()
    assert "Help for victims" not in client.get("/en/").content.decode()


def test_copied_but_untranslated_segments_do_not_count_as_english(client, editor):
    page = publish_latvian_page(editor)
    # English fields holding copies of the Latvian blocks (as a "copy the structure" action made them).
    page.title_en = "Help for victims"
    page.body_en = page.body_lv.raw_data
    page.save_revision(user=editor).publish(user=editor)
    translation = PageTranslation.objects.get(page=page)
    keys = segments(page)
    assert keys["title"].state == SegmentState.TRANSLATED
    copied = [s for s in keys.values() if s.key.startswith("body/")]
    assert copied and all(s.state == SegmentState.UNTRANSLATED for s in copied)
    assert translation.state != TranslationState.COMPLETE


def test_the_translation_memory_suggests_an_approved_translation_of_the_same_text(client, editor, translator):
    first = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, first, {"lead": "Where to find help."})
    client.force_login(editor)
    client.post(reverse("editorial_review", args=[first.pk, "en"]), {"action-approve": "1"})

    second = publish_latvian_page(
        editor, title="Cits raksts", slug_lv="cits-raksts", lead_lv="Kur meklēt palīdzību."
    )
    client.force_login(translator)
    lead = segments(second)["lead"]
    assert lead.suggestion == "Where to find help." and lead.state == SegmentState.UNTRANSLATED
    html = client.get(workspace_url(second)).content.decode()
    assert "Suggestion from the translation memory" in html and "Where to find help." in html
    client.post(workspace_url(second), {f"use-{lead.pk}": "1"})
    lead.refresh_from_db()
    assert lead.target_text == "Where to find help." and lead.state == SegmentState.TRANSLATED


def test_a_latvian_change_sends_only_the_changed_segment_back_with_a_diff(client, editor, translator):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page)
    client.force_login(editor)
    client.post(reverse("editorial_review", args=[page.pk, "en"]), {"action-approve": "1"})
    page = StandardPage.objects.get(pk=page.pk)
    page.lead_lv = "Kur un kā meklēt palīdzību."
    page.save_revision(user=editor).publish(user=editor)

    translation = PageTranslation.objects.get(page=page)
    assert translation.state == TranslationState.OUTDATED and translation.outdated_segments == 1
    keys = segments(page)
    assert [k for k, s in keys.items() if s.state != SegmentState.TRANSLATED] == ["lead"]
    client.force_login(translator)
    html = client.get(workspace_url(page)).content.decode()
    assert "<ins>un kā</ins>" in html
    report = client.get(reverse("editorial_translation_report")).content.decode()
    assert "1 segment out of date" in report
    # The translator confirms the English still fits, without retyping it.
    client.post(workspace_url(page), {f"valid-{keys['lead'].pk}": "1", "action-submit": "1"})
    assert PageTranslation.objects.get(page=page).state == TranslationState.AWAITING_REVIEW


def test_an_editor_sends_a_translation_back_with_a_comment(client, editor, translator):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page)
    client.force_login(editor)
    url = reverse("editorial_review", args=[page.pk, "en"])
    client.post(url, {"action-reject": "1", "comment": ""})
    assert PageTranslation.objects.get(page=page).stage == Stage.SUBMITTED  # a comment is needed
    client.post(url, {"action-reject": "1", "comment": "Please use “victims”, not “sufferers”."})
    assert PageTranslation.objects.get(page=page).stage == Stage.WORKING
    client.force_login(translator)
    assert "Please use “victims”, not “sufferers”." in client.get(workspace_url(page)).content.decode()


def test_translators_preview_the_translation_in_english(client, editor, translator):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page, {"title": "Help for victims"}, submit=False)
    response = client.get(reverse("editorial_preview", args=[page.pk, "en"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html and "Help for victims" in html


def test_approving_a_draft_page_saves_a_draft_and_an_editors_pending_draft_survives(
    client, editor, translator
):
    page = publish_latvian_page(editor)
    client.force_login(translator)
    translate_everything(client, page, {"title": "Help for victims"})
    # Meanwhile an editor has an unpublished Latvian change in progress.
    draft = page.get_latest_revision_as_object()
    draft.lead_lv = "Melnraksta ievads."
    draft.save_revision(user=editor)
    client.force_login(editor)
    client.post(reverse("editorial_review", args=[page.pk, "en"]), {"action-approve": "1"})
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_en == "Help for victims" and page.lead_lv == "Kur meklēt palīdzību."
    latest = page.get_latest_revision_as_object()
    assert latest.lead_lv == "Melnraksta ievads." and latest.title_en == "Help for victims"


def test_empty_sources_are_not_segments_and_never_show_none(client, editor, translator):
    page = publish_latvian_page(editor, lead_lv="")
    client.force_login(translator)
    html = client.get(workspace_url(page)).content.decode()
    assert "lead" not in segments(page)
    assert ">None<" not in html


def test_the_status_report_and_dashboard_show_each_state(client, editor, translator):
    missing = publish_latvian_page(editor, title="Bez tulkojuma", slug_lv="bez-tulkojuma")
    waiting = publish_latvian_page(editor, title="Gaida pārskatīšanu", slug_lv="gaida")
    client.force_login(translator)
    translate_everything(client, waiting)
    report = client.get(reverse("editorial_translation_report")).content.decode()
    assert "Bez tulkojuma" in report and "Gaida pārskatīšanu" in report
    filtered = client.get(reverse("editorial_translation_report") + "?state=awaiting_review").content.decode()
    assert "Gaida pārskatīšanu" in filtered and "Bez tulkojuma" not in filtered
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 translation awaiting review" in dashboard
    assert PageTranslation.objects.get(page=missing).state == TranslationState.MISSING
