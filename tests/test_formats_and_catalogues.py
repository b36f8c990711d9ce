"""Dates read naturally in each language, and every interface string has its translation."""

import datetime
from pathlib import Path

import polib
import pytest
from django.utils import formats, translation

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "language,expected",
    [("lv", "03.11.2022"), ("en", "3 November 2022")],
)
def test_dates_are_formatted_for_the_language(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2022, 11, 3)) == expected


def test_latvian_month_names_in_the_calendar_caption_format():
    with translation.override("lv"):
        assert formats.date_format(datetime.date(2023, 9, 1), "YEAR_MONTH_FORMAT") == "septembris, 2023"
    with translation.override("en"):
        assert formats.date_format(datetime.date(2023, 9, 1), "YEAR_MONTH_FORMAT") == "September 2023"


def test_weeks_start_on_monday_in_both_languages():
    for language in ("lv", "en"):
        with translation.override(language):
            assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


@pytest.mark.parametrize("language", ["lv", "en", "wagtail/lv"])
def test_compiled_catalogue_is_not_stale(language):
    """The committed .mo holds exactly the translations of the .po (run scripts/compile_catalogues.py)."""
    folder = ROOT / "locale" / language / "LC_MESSAGES"

    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
            for entry in catalogue
            if entry.msgid
            and not entry.obsolete
            and "fuzzy" not in entry.flags
            and (entry.msgstr or any(entry.msgstr_plural.values()))
        }

    po_paths = sorted(folder.glob("*.po"))
    assert po_paths
    for po_path in po_paths:
        po, mo = polib.pofile(str(po_path)), polib.mofile(str(po_path.with_suffix(".mo")))
        assert messages(mo) == messages(po), po_path.name


def test_every_latvian_interface_string_is_translated():
    po = polib.pofile(str(ROOT / "locale/lv/LC_MESSAGES/django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries()]
    assert untranslated == []
