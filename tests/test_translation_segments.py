"""What a translator is given to translate, and what comes back: segments of every page type."""

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from editorial import segments
from events.models import EventCalendarPage, EventPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_an_event_gives_its_place_and_organiser_but_never_its_dates_or_links():
    calendar = EventCalendarPage.objects.get()
    event = EventPage(
        title_lv="Seminārs",
        slug_lv="seminars-segmentiem",
        start_date=datetime.date(2023, 9, 5),
        location_lv="Rīga, Brīvības bulvāris 36",
        organiser_lv="Iekšlietu ministrija",
        registration_url="https://example.org/pieteikties",
    )
    calendar.add_child(instance=event)
    found = {s.key: s.source for s in segments.extract(event)}
    assert found["location"] == "Rīga, Brīvības bulvāris 36"
    assert found["organiser"] == "Iekšlietu ministrija"
    assert not any("example.org" in text or "2023" in text for text in found.values())


def test_list_items_captions_and_alt_text_are_segments_and_come_back_in_place():
    page = StandardPage(
        title_lv="Saraksts",
        body_lv=[
            {"type": "paragraph", "value": "<ul><li>Pirmais</li><li>Otrais <b>svarīgais</b></li></ul>"},
            {
                "type": "links",
                "value": {
                    "heading": "Saites",
                    "links": [{"text": "Policija", "url": "https://www.vp.gov.lv/", "page": None}],
                },
            },
        ],
    )
    extracted = segments.extract(page)
    sources = [s.source for s in extracted]
    assert sources == ["Saraksts", "Pirmais", "Otrais <b>svarīgais</b>", "Saites", "Policija"]
    translations = dict(
        zip(
            [s.key for s in extracted],
            ["List", "First", "Second <b>important</b>", "Links", "Police"],
            strict=True,
        )
    )
    values = segments.build_values(page, translations, "en")
    english = values["body_en"]
    assert english[0].value.source == "<ul><li>First</li><li>Second <b>important</b></li></ul>"
    assert english[1].value["links"][0]["url"] == "https://www.vp.gov.lv/"
    assert english[1].value["links"][0]["text"] == "Police"
    assert values["title_en"] == "List"


def test_markup_a_translator_types_is_limited_to_what_the_source_has():
    source = 'Zvaniet <a id="a1">112</a>.'
    assert segments.clean_markup('Call <a id="a1">112</a><a id="a9" href="javascript:x">!</a>', source) == (
        'Call <a id="a1">112</a>!'
    )
    assert segments.clean_markup("<img src=x onerror=alert(1)>Call &lt;112&gt;", source) == "Call &lt;112&gt;"


def test_the_migration_repairs_pages_that_got_the_latvian_title_as_english():
    home = HomePage.objects.get()
    leaked = StandardPage(title_lv="Tikai latviski", slug_lv="tikai-latviski", title_en="Tikai latviski")
    home.add_child(instance=leaked)
    leaked.save_revision()
    translated = StandardPage(title_lv="Par", slug_lv="par-x", title_en="Par", lead_en="An English lead.")
    home.add_child(instance=translated)
    migration = importlib.import_module("editorial.migrations.0004_roles_for_the_workspace")
    migration.repair_leaked_titles(apps, SimpleNamespace(connection=connection))
    leaked = StandardPage.objects.get(pk=leaked.pk)
    assert not leaked.title_en and not leaked.get_latest_revision_as_object().title_en
    assert StandardPage.objects.get(pk=translated.pk).title_en == "Par"  # it has English content: kept
