"""A Latvian editor sees the admin in Latvian: no English leftovers, and correct plural forms.

The English strings come from Wagtail's own catalogues (its ``en`` .po files hold every message),
so a string that a new Wagtail release adds and nobody translated makes these tests fail.
"""

import datetime
import json
import re
from functools import cache
from pathlib import Path

import polib
import pytest
import wagtail
from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.users.models import UserProfile

from events.models import EventCalendarPage, EventPage
from home.models import StandardPage
from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from tests.factories.news import make_document, make_image
from tests.form_data import page_form_data

pytestmark = pytest.mark.django_db

WAGTAIL_DIR = Path(wagtail.__file__).parent
OVERRIDES = Path(__file__).resolve().parent.parent / "locale/wagtail/lv/LC_MESSAGES/django.po"
EDITORS = "Redaktori / Editors"
# Text that is not interface: code, and what people typed (form values, page content in the editor).
SKIPPED_ELEMENTS = {"script", "style", "code", "pre", "textarea", "noscript"}
VISIBLE_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value")
JSON_TEXT_KEYS = {"label", "description", "help_text", "helpText", "error_name", "title", "heading", "text"}


@cache
def wagtail_msgids():
    """Every English message of Wagtail's Python and template catalogues."""
    msgids = set()
    for po_path in WAGTAIL_DIR.glob("**/locale/en/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete:
                continue
            msgids.add(entry.msgid)
            if entry.msgid_plural:
                msgids.add(entry.msgid_plural)
    return frozenset(msgids)


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@cache
def wagtail_message_patterns():
    """English messages with placeholders ("Sort by '%(label)s' in ascending order."), as regular
    expressions, filed under their longest word so that a text is only tried against a few."""
    patterns = {}
    for msgid in wagtail_msgids():
        text = " ".join(msgid.split())
        literals = PLACEHOLDER.split(text)
        if len(literals) == 1 or "<" in text:
            continue
        words = re.findall(r"[A-Za-z]{4,}", " ".join(literals))
        if len(words) < 2:
            continue
        regex = ".+?".join(re.escape(literal) for literal in literals)
        patterns.setdefault(max(words, key=len), []).append((msgid, re.compile(regex)))
    return patterns


@cache
def same_in_latvian():
    """Messages whose Latvian translation is deliberately the same word ("URL", "ID")."""
    same = set()
    catalogues = [*WAGTAIL_DIR.glob("**/locale/lv/LC_MESSAGES/django.po"), OVERRIDES]
    for po_path in catalogues:
        same |= {e.msgid for e in polib.pofile(str(po_path)) if e.msgstr and e.msgstr == e.msgid}
    return frozenset(same)


def visible_texts(html):
    """The text nodes and read-aloud attributes of a page, and the labels and HTML fragments in its
    JSON data (menus, block definitions, widgets that scripts render later), whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    for script in soup.find_all("script", type="application/json"):
        texts += json_texts(json.loads(script.string or "null"))
    for tag in soup.find_all(attrs={"data-w-block-data-value": True}):
        texts += json_texts(json.loads(tag["data-w-block-data-value"]))
    drop_wagtail_hard_coded_english(soup)
    for element in soup.find_all(SKIPPED_ELEMENTS):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    texts += [" ".join(s.split()) for s in soup.find_all(string=True)]
    for attribute in VISIBLE_ATTRIBUTES:
        texts += [" ".join(tag[attribute].split()) for tag in soup.find_all(attrs={attribute: True})]
    return [text for text in texts if text]


def drop_wagtail_hard_coded_english(soup):
    """English that Wagtail 8.0 writes without gettext, so that no catalogue can translate it."""
    # A label that Django derives from a form field's name: the page chooser of the workflow pages
    # formset has no label of its own.
    # (find_all, not select: CSS selectors skip the contents of <template> elements.)
    for element in soup.find_all("label", attrs={"for": re.compile(r"^id_pages-.+-page$")}):
        element.decompose()
    # Scripts fill this counter with a number; until then it holds "None". A report cell holds
    # "None" for a page published by no user (scheduled publishing, a script).
    for element in soup.find_all(attrs={"data-side-panel-toggle-counter": True}):
        element.decompose()
    for text in soup.find_all(string=lambda s: s.strip() == "None"):
        if text.find_parent("td"):
            text.extract()


def json_texts(value, key=""):
    """Strings shown to people from JSON data: labels and texts by key, and HTML fragments."""
    if isinstance(value, dict):
        if value.get("label") == "Image" and value.get("icon") == "image":
            # The chooser inside Wagtail's ImageBlock: its label comes from the block's name.
            value = {k: v for k, v in value.items() if k != "label"}
        return [text for k, v in value.items() for text in json_texts(v, k)]
    if isinstance(value, list):
        return [text for item in value for text in json_texts(item, key)]
    if not isinstance(value, str):
        return []
    if "<" in value and ">" in value:
        return visible_texts(value)
    if key in JSON_TEXT_KEYS or key.isupper():
        return [" ".join(value.split())]
    return []


def english_leftovers(html):
    msgids = wagtail_msgids()
    allowed = same_in_latvian()
    leftovers = set()
    patterns = wagtail_message_patterns()
    for text in visible_texts(html):
        for word in set(re.findall(r"[A-Za-z]{4,}", text)):
            for msgid, pattern in patterns.get(word, ()):
                if pattern.fullmatch(text) and msgid not in allowed:
                    leftovers.add(text)
        for candidate in {text, text.rstrip(":"), text.strip("()")}:
            # Form labels capitalise a model field's verbose name ("requested by").
            for msgid in {candidate, candidate[:1].lower() + candidate[1:]}:
                if msgid in msgids and msgid not in allowed:
                    leftovers.add(text)
    return sorted(leftovers)


def as_latvian_editor(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "lv"
    profile.save()
    return user


@pytest.fixture
def superuser(django_user_model):
    user = django_user_model.objects.create_superuser(
        "lv-admin", "lv-admin@example.com", "pass", first_name="Ilze", last_name="Ozola"
    )
    return as_latvian_editor(user)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "lv-editor", "lv-editor@example.com", "pass", first_name="Jānis", last_name="Bērziņš"
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return as_latvian_editor(user)


def revise(page, user, minutes_ago, publish=True):
    """A revision of ``page`` by ``user``, made ``minutes_ago`` minutes before now."""
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    Revision.objects.filter(pk=revision.pk).update(created_at=when)
    Page.objects.filter(pk=page.pk).update(last_published_at=when, latest_revision_created_at=when)
    PageLogEntry.objects.filter(revision=revision).update(timestamp=when)
    return revision


@pytest.fixture
def site_content(home_page, superuser):
    """One page of each type, a locked one, one in moderation, media, a snippet and a promotion."""
    standard = StandardPage(title="Par mums", title_lv="Par mums", slug="lv-par-mums", slug_lv="lv-par-mums")
    home_page.add_child(instance=standard)
    revise(standard, superuser, minutes_ago=1)

    news_index = NewsIndexPage(title="Jaunumi", title_lv="Jaunumi", slug="lv-jaunumi", slug_lv="lv-jaunumi")
    home_page.add_child(instance=news_index)
    revise(news_index, superuser, minutes_ago=23)
    category = NewsCategory.objects.create(slug="lv-kategorija", name_lv="Kategorija")
    article = NewsArticlePage(
        title="Ziņa",
        title_lv="Ziņa",
        slug="lv-zina",
        slug_lv="lv-zina",
        lead_lv="Ievads.",
        main_image=make_image("Galvenais attēls"),
        main_image_alt_lv="Apraksts",
    )
    news_index.add_child(instance=article)
    article.categories.set([category])
    revise(article, superuser, minutes_ago=60 * 21)

    calendar = EventCalendarPage.objects.get()
    event = EventPage(
        title="Seminārs",
        title_lv="Seminārs",
        slug="lv-seminars",
        slug_lv="lv-seminars",
        start_date=datetime.date(2030, 5, 4),
    )
    calendar.add_child(instance=event)
    revise(event, superuser, minutes_ago=60 * 24 * 2)

    standard.locked = True
    standard.locked_by = superuser
    standard.locked_at = timezone.now()
    standard.save(update_fields=["locked", "locked_by", "locked_at"])

    draft = article.save_revision(user=superuser)
    workflow_state = article.get_workflow().start(article, superuser)

    make_document("Gada pārskats")
    query = Query.get("cilvēktirdzniecība")
    SearchPromotion.objects.create(query=query, page=standard, sort_order=0, description="Apraksts")
    return {
        "home": home_page,
        "standard": standard,
        "news_index": news_index,
        "article": article,
        "event": event,
        "calendar": calendar,
        "draft": draft,
        "workflow_state": workflow_state,
        "task_state": workflow_state.current_task_state,
        "query": query,
        "category": category,
    }


def admin_screens(content):
    """The admin addresses an editor uses, by name."""
    home, standard, article, event = (content[k] for k in ("home", "standard", "article", "event"))
    task_state = content["task_state"]
    revisions = list(article.revisions.order_by("pk").values_list("pk", flat=True))
    return {
        "dashboard": "/admin/",
        "explorer root": "/admin/pages/",
        "explorer": f"/admin/pages/{home.pk}/",
        "search pages": "/admin/pages/search/?q=Ziņa",
        "add standard page": f"/admin/pages/add/home/standardpage/{home.pk}/",
        "add news article": f"/admin/pages/add/news/newsarticlepage/{content['news_index'].pk}/",
        "add event": f"/admin/pages/add/events/eventpage/{content['calendar'].pk}/",
        "choose page type": f"/admin/pages/{home.pk}/add_subpage/",
        "edit home page": f"/admin/pages/{home.pk}/edit/",
        "edit standard page": f"/admin/pages/{standard.pk}/edit/",
        "edit news article": f"/admin/pages/{article.pk}/edit/",
        "edit event": f"/admin/pages/{event.pk}/edit/",
        "page history": f"/admin/pages/{article.pk}/history/",
        "revert to a revision": f"/admin/pages/{article.pk}/revisions/{revisions[0]}/revert/",
        "privacy dialog": f"/admin/pages/{standard.pk}/privacy/",
        "page chooser": f"/admin/choose-page/{home.pk}/",
        "image chooser": "/admin/images/chooser/",
        "document chooser": "/admin/documents/chooser/",
        "compare revisions": f"/admin/pages/{article.pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/",
        "workflow history": f"/admin/pages/{article.pk}/workflow_history/",
        "delete page": f"/admin/pages/{standard.pk}/delete/",
        "unpublish page": f"/admin/pages/{event.pk}/unpublish/",
        "move page": f"/admin/pages/{event.pk}/move/",
        "copy page": f"/admin/pages/{event.pk}/copy/",
        "locked pages report": "/admin/reports/locked/",
        "workflow report": "/admin/reports/workflow/",
        "workflow tasks report": "/admin/reports/workflow_tasks/",
        "aging pages report": "/admin/reports/aging-pages/",
        "site history report": "/admin/reports/site-history/",
        "page types usage report": "/admin/reports/page-types-usage/",
        "workflows": "/admin/workflows/list/",
        "edit workflow": f"/admin/workflows/edit/{article.get_workflow().pk}/",
        "workflow tasks": "/admin/workflows/tasks/index/",
        "edit workflow task": f"/admin/workflows/tasks/edit/{task_state.task_id}/",
        "approve dialog": f"/admin/pages/workflow/collect_action_data/{article.pk}/approve/{task_state.pk}/",
        "reject dialog": f"/admin/pages/workflow/collect_action_data/{article.pk}/reject/{task_state.pk}/",
        "account": "/admin/account/",
        "search promotions": "/admin/searchpicks/",
        "add search promotion": "/admin/searchpicks/add/",
        "edit search promotion": f"/admin/searchpicks/{content['query'].pk}/",
        "images": "/admin/images/",
        "add image": "/admin/images/multiple/add/",
        "documents": "/admin/documents/",
        "add document": "/admin/documents/multiple/add/",
        "snippets": "/admin/snippets/",
        "news categories": "/admin/snippets/news/newscategory/",
        "edit news category": f"/admin/snippets/news/newscategory/edit/{content['category'].pk}/",
    }


# What a member of the Editors group may open (the rest of admin_screens is for administrators).
EDITOR_SCREENS = {
    "dashboard",
    "explorer root",
    "explorer",
    "search pages",
    "add standard page",
    "add news article",
    "add event",
    "choose page type",
    "edit home page",
    "edit standard page",
    "edit news article",
    "edit event",
    "page history",
    "revert to a revision",
    "privacy dialog",
    "page chooser",
    "image chooser",
    "document chooser",
    "compare revisions",
    "workflow history",
    "delete page",
    "unpublish page",
    "move page",
    "copy page",
    "locked pages report",
    "workflow report",
    "workflow tasks report",
    "aging pages report",
    "site history report",
    "page types usage report",
    "approve dialog",
    "reject dialog",
    "account",
    "images",
    "add image",
    "documents",
    "add document",
}


def screen_html(response):
    """The HTML a screen shows: the page, or the dialog that the admin fetches as JSON."""
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


@pytest.mark.parametrize("role", ["superuser", "editor"])
def test_every_admin_screen_is_in_latvian_for_a_latvian_editor(client, site_content, role, request):
    user = request.getfixturevalue(role)
    client.force_login(user)
    screens = admin_screens(site_content)
    if role == "editor":
        screens = {name: url for name, url in screens.items() if name in EDITOR_SCREENS}
    leftovers = {}
    for name, url in screens.items():
        # The browser asks for English: the editor's own choice of Latvian still wins.
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, (name, url, response.status_code)
        html = screen_html(response)
        assert 'lang="lv"' in html or response["Content-Type"].startswith("application/json"), name
        if found := english_leftovers(html):
            leftovers[name] = found
    assert leftovers == {}


def test_login_and_password_reset_are_in_latvian(client, editor):
    uid = urlsafe_base64_encode(force_bytes(editor.pk))
    token = default_token_generator.make_token(editor)
    screens = {
        "login": "/admin/login/",
        "password reset": "/admin/password_reset/",
        "reset sent": "/admin/password_reset/done/",
        "new password": f"/admin/password_reset/confirm/{uid}/{token}/",
        "reset complete": "/admin/password_reset/complete/",
    }
    leftovers = {}
    for name, url in screens.items():
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="lv", follow=True)
        assert response.status_code == 200, name
        if found := english_leftovers(response.content.decode()):
            leftovers[name] = found
    assert leftovers == {}
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="lv").content.decode()
    assert "Aizmirsāt paroli?" in login
    assert "Atcerēties mani" in login


def test_the_check_finds_english_that_wagtail_left_untranslated():
    html = (
        '<main><h1>Vietnes vēsture</h1><button aria-label="Toggle sidebar"></button><p>Locked pages</p>'
        "<p>Sort by 'Virsraksts' in ascending order.</p></main>"
    )
    assert english_leftovers(html) == [
        "Locked pages",
        "Sort by 'Virsraksts' in ascending order.",
        "Toggle sidebar",
    ]
    with translation.override("lv"):
        assert english_leftovers(f"<p>{translation.gettext('Locked pages')}</p>") == []


def nbsp_free(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_page_ages_read_pirms_with_the_right_latvian_case(client, home_page, superuser):
    """Genitive singular after "pirms" for 1, 21, 31..., dative plural for other numbers."""
    ages = {
        "Pirms 1 minūtes": 1,
        "Pirms 23 minūtēm": 23,
        "Pirms 21 stundas": 21 * 60,
        "Pirms 2 dienām": 2 * 24 * 60,
    }
    for number, minutes in enumerate(ages.values()):
        page = StandardPage(title=f"Lapa {number}", title_lv=f"Lapa {number}", slug=f"lv-vecums-{number}")
        page.slug_lv = page.slug
        home_page.add_child(instance=page)
        revise(page, superuser, minutes_ago=minutes)
    client.force_login(superuser)
    listing = nbsp_free(client.get(f"/admin/pages/{home_page.pk}/").content.decode())
    for number, text in enumerate(ages):
        assert re.search(rf"Lapa {number}\b.*?{text}", listing), text
    assert "Pirms 1 minūte " not in listing
    edit = nbsp_free(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    assert "pirms 2 dienām, Ilze Ozola" in edit


@pytest.mark.parametrize(
    "age,expected",
    [
        (datetime.timedelta(seconds=20), "tikko"),
        (datetime.timedelta(minutes=1), "pirms 1 minūtes"),
        (datetime.timedelta(minutes=11), "pirms 11 minūtēm"),
        (datetime.timedelta(minutes=21), "pirms 21 minūtes"),
        (datetime.timedelta(minutes=23), "pirms 23 minūtēm"),
        (datetime.timedelta(hours=1), "pirms 1 stundas"),
        (datetime.timedelta(hours=5), "pirms 5 stundām"),
        (datetime.timedelta(days=1), "pirms 1 dienas"),
        (datetime.timedelta(days=3), "pirms 3 dienām"),
        (datetime.timedelta(days=7), "pirms 1 nedēļas"),
        (datetime.timedelta(days=15), "pirms 2 nedēļām"),
        (datetime.timedelta(days=45), "pirms 1 mēneša"),
        (datetime.timedelta(days=100), "pirms 3 mēnešiem"),
        (datetime.timedelta(days=400), "pirms 1 gada"),
        (datetime.timedelta(days=365 * 5 + 30), "pirms 5 gadiem"),
        (datetime.timedelta(days=365 * 21 + 30), "pirms 21 gada"),
    ],
)
def test_time_since_in_latvian_for_every_unit(age, expected):
    template = Template("{% load wagtailadmin_tags %}{{ when|timesince_simple }}")
    with translation.override("lv"):
        rendered = template.render(Context({"when": timezone.now() - age - datetime.timedelta(seconds=5)}))
    assert rendered.replace("\xa0", " ") == expected


def test_the_project_catalogue_keeps_priority_over_the_admin_overrides():
    root = Path(__file__).resolve().parent.parent
    assert [Path(p) for p in settings.LOCALE_PATHS[:2]] == [root / "locale", root / "locale/wagtail"]


def messages_shown(response):
    """The text of the messages shown after an action (they may carry buttons)."""
    return [
        BeautifulSoup(str(message), "html.parser").get_text(" ") for message in response.context["messages"]
    ]


def shown(expected, messages):
    return any(" ".join(message.split()).startswith(expected) for message in messages)


def test_submitting_approving_and_publishing_report_back_in_latvian(client, home_page, editor):
    page = StandardPage(
        title="Darbu lapa", title_lv="Darbu lapa", slug="lv-darbu-lapa", slug_lv="lv-darbu-lapa"
    )
    home_page.add_child(instance=page)
    page.save_revision(user=editor).publish(user=editor)
    client.force_login(editor)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    fields = list(client.get(edit_url).context["form"].fields)

    def post(action, **changes):
        latest = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
        data = page_form_data(latest, fields, **changes)
        data[action] = "1"
        return client.post(edit_url, data, follow=True, HTTP_ACCEPT_LANGUAGE="en")

    def in_latvian(msgid):
        with translation.override("lv"):
            return translation.gettext(msgid) % {"page_title": "Darbu lapa"}

    submitted = post("action-submit", lead_lv="Iesniegts ievads.")
    assert shown(
        in_latvian("Page '%(page_title)s' has been submitted for moderation."), messages_shown(submitted)
    )
    assert english_leftovers(submitted.content.decode()) == []

    task_state = StandardPage.objects.get(pk=page.pk).current_workflow_task_state
    approve_url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    approved = client.post(approve_url, {"comment": "Labi."}, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert approved.status_code == 200
    assert StandardPage.objects.get(pk=page.pk).lead_lv == "Iesniegts ievads."  # approving published it
    assert english_leftovers(approved.content.decode()) == []

    published = post("action-publish", lead_lv="Publicēts ievads.")
    assert shown(in_latvian("Page '%(page_title)s' has been published."), messages_shown(published))
    assert english_leftovers(published.content.decode()) == []
    history = client.get(f"/admin/pages/{page.pk}/history/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert english_leftovers(history) == []


def project_msgids():
    """The site's own English messages whose Latvian differs (the workspace's among them)."""
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale/lv/LC_MESSAGES/django.po"))
    return {entry.msgid for entry in catalogue if entry.msgstr and entry.msgstr != entry.msgid}


def test_the_translation_workspace_review_and_report_are_in_latvian(client, editor, home_page):
    from home.models import StandardPage

    page = StandardPage(title_lv="Palīdzība", slug_lv="palidziba-lv-admin", lead_lv="Kur meklēt palīdzību.")
    home_page.add_child(instance=page)
    page.save_revision(user=editor).publish(user=editor)
    client.force_login(editor)
    workspace = f"/admin/translations/{page.pk}/en/"
    client.post(workspace, {"action-submit": "1"})  # refused: nothing translated yet (a message)
    own = project_msgids()
    for url in [workspace, workspace + "review/", "/admin/translations/", "/admin/"]:
        html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert english_leftovers(html) == [], url
        texts = visible_texts(html)
        assert [text for text in texts if text in own] == [], url
    assert "Tulkošanas darbvieta" in client.get(workspace).content.decode()
