"""Fill the Latvian catalogue from locale/lv-translations/*.json, then compile both catalogues.

    .venv/bin/python manage.py makemessages -l lv -l en --ignore=.venv --ignore=var --no-location
    .venv/bin/python scripts/po_fill.py

Each JSON file is a dict {English msgid: Latvian msgstr} (for a plural message, a list of the
three Latvian forms: for 1/21/31..., for other numbers, for 0; a message with a context is
keyed "context|msgid"), one file per app so that people working
on different apps do not edit the same file. The English catalogue keeps empty msgstrs (the msgids
are English). Compiling needs no GNU gettext (polib does it); makemessages does.
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main():
    translations = {}
    for path in sorted((ROOT / "locale/lv-translations").glob("*.json")):
        translations.update(json.loads(path.read_text()))
    po_path = ROOT / "locale/lv/LC_MESSAGES/django.po"
    po = polib.pofile(str(po_path))
    missing = []
    for entry in po:
        # A message with a context (pgettext) is looked up as "context|msgid".
        key = f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid
        if key in translations:
            value = translations[key]
            if entry.msgid_plural:
                # Latvian has three forms: 1, 21, 31... / 2-9, 10-20... / 0.
                entry.msgstr_plural = dict(enumerate(value))
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.get(i) for i in range(3)):
                missing.append(entry.msgid + " (plural)")
        elif not entry.msgstr:
            missing.append(entry.msgid)
    po.save()
    for language in ("lv", "en"):
        po_file = ROOT / f"locale/{language}/LC_MESSAGES/django.po"
        catalogue = polib.pofile(str(po_file))
        # makemessages marks a new header fuzzy; a fuzzy header is skipped by compilers.
        catalogue.metadata_is_fuzzy = []
        catalogue.header = "Interface strings of the site. Source language: English."
        catalogue.metadata.update(
            {
                "Project-Id-Version": "cilvektirdznieciba",
                "Language": language,
                "Language-Team": "Latvian" if language == "lv" else "English",
                "Last-Translator": "Site maintainers",
                "PO-Revision-Date": catalogue.metadata.get("POT-Creation-Date", ""),
            }
        )
        catalogue.save()
        catalogue.save_as_mofile(str(ROOT / f"locale/{language}/LC_MESSAGES/django.mo"))
    # Latvian admin strings that Wagtail's and Django's own catalogues lack (edited by hand).
    for po_file in sorted((ROOT / "locale/wagtail/lv/LC_MESSAGES").glob("*.po")):
        polib.pofile(str(po_file)).save_as_mofile(str(po_file.with_suffix(".mo")))
    if missing:
        print("Untranslated in lv:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
