"""Fill the Latvian catalogue from locale/lv-translations/*.json, then compile both catalogues.

    .venv/bin/python manage.py makemessages -l lv -l en --ignore=.venv --ignore=var --no-location
    .venv/bin/python scripts/po_fill.py

Each JSON file is a dict {English msgid: Latvian msgstr}, one file per app so that people working
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
        if entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        if entry.obsolete:
            continue
        if not entry.msgstr and not entry.msgid_plural:
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
    if missing:
        print("Untranslated in lv:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
