"""Check and compile the interface catalogues with polib (no GNU gettext needed to compile).

    .venv/bin/python manage.py makemessages -l lv -l en \
        --ignore=.venv --ignore=var --ignore=tests --no-location
    (translate the new entries in locale/lv/LC_MESSAGES/django.po: a plural message has three
    Latvian forms: for 1/21/31..., for other numbers, for 0)
    .venv/bin/python scripts/compile_catalogues.py

The English catalogue keeps empty msgstrs (the msgids are English). The Latvian admin overrides in
locale/wagtail/lv/ are edited by hand and compiled here too. Exits with 1 and lists the Latvian
messages still untranslated or fuzzy.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main():
    po_path = ROOT / "locale/lv/LC_MESSAGES/django.po"
    po = polib.pofile(str(po_path))
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            missing.append(entry.msgid + " (fuzzy)")
        elif entry.msgid_plural:
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
