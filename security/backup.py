"""Backup and restore of the whole site: the database and the uploaded media (docs/operations.md).

A backup folder holds ``database.dump`` (PostgreSQL's ``pg_dump --format=custom``) or
``database.sqlite3`` (SQLite's online backup), ``media.tar.gz`` (``MEDIA_ROOT``: original images,
renditions, documents) and ``manifest.json``: what the site held, so a restore can prove that it
all came back.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(using="default", media_root=None):
    """What the site holds: pages with both languages, revisions, images, documents, redirects."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    media_root = Path(media_root or settings.MEDIA_ROOT)

    def file_entry(name):
        path = media_root / name
        return {"name": name, "sha256": _sha256(path) if path.is_file() else None}

    pages = Page.objects.using(using).order_by("pk")
    return {
        "pages": [
            {
                "id": p.pk,
                "title_lv": p.title_lv,
                "title_en": p.title_en,
                "slug_lv": p.slug_lv,
                "slug_en": p.slug_en,
                "url_path": p.url_path,
                "live": p.live,
                "latest_revision": p.latest_revision_id,
            }
            for p in pages
        ],
        "revisions": [
            {
                "id": r.pk,
                "object_id": r.object_id,
                "content": hashlib.sha256(json.dumps(r.content, sort_keys=True).encode()).hexdigest(),
            }
            for r in Revision.objects.using(using).order_by("pk")
        ],
        "images": [
            {"id": i.pk, "title": i.title, "file": file_entry(i.file.name)}
            for i in get_image_model().objects.using(using).order_by("pk")
        ],
        "documents": [
            {"id": d.pk, "title": d.title, "file": file_entry(d.file.name)}
            for d in get_document_model().objects.using(using).order_by("pk")
        ],
        "redirects": [
            {
                "old_path": r.old_path,
                "page": r.redirect_page_id,
                "link": r.redirect_link,
                "permanent": r.is_permanent,
            }
            for r in Redirect.objects.using(using).order_by("pk")
        ],
    }


def _client(name):
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} (PostgreSQL's client programs) is not installed")
    return path


def _pg_env(db):
    env = {**os.environ}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[name] = str(db[key])
    return env


def backup(target, using="default"):
    """Write a backup of the database ``using`` and of ``MEDIA_ROOT`` into the folder ``target``."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    connection = connections[using]
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        subprocess.run(  # noqa: S603 (fixed arguments: the site's own database settings)
            [
                _client("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(target / "database.dump"),
                db["NAME"],
            ],
            env=_pg_env(db),
            check=True,
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target / "database.sqlite3")
        with destination:
            connection.connection.backup(destination)
        destination.close()
    else:
        raise ValueError(f"No backup for the {connection.vendor} database")
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / MEDIA_ARCHIVE, "w:gz") as archive:
        if media_root.is_dir():
            archive.add(media_root, arcname=".")
    (target / MANIFEST).write_text(json.dumps(fingerprint(using), indent=1, ensure_ascii=False))
    return target


class RestoreError(Exception):
    pass


def restore(source, using="default", media_root=None):
    """Restore a backup folder into the empty database ``using`` and the empty ``media_root``.

    Returns the differences between the backup's manifest and what the restored site holds
    (an empty list when everything came back).
    """
    source = Path(source)
    connection = connections[using]
    db = connection.settings_dict
    media_root = Path(media_root or settings.MEDIA_ROOT)
    if connection.introspection.table_names():
        raise RestoreError(f"The database {db['NAME']} is not empty: restore into a fresh database.")
    if media_root.exists() and any(media_root.iterdir()):
        raise RestoreError(f"The media folder {media_root} is not empty: restore into a fresh folder.")

    if connection.vendor == "postgresql":
        connection.close()
        subprocess.run(  # noqa: S603 (fixed arguments: the site's own database settings)
            [
                _client("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                db["NAME"],
                str(source / "database.dump"),
            ],
            env=_pg_env(db),
            check=True,
        )
    elif connection.vendor == "sqlite":
        connection.close()
        shutil.copyfile(source / "database.sqlite3", db["NAME"])
    else:
        raise RestoreError(f"No restore for the {connection.vendor} database")

    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(media_root, filter="data")

    expected = json.loads((source / MANIFEST).read_text())
    actual = json.loads(json.dumps(fingerprint(using, media_root), ensure_ascii=False))
    return [
        f"{key}: {len(expected[key])} in the backup, {len(actual[key])} restored, "
        f"{sum(1 for item in expected[key] if item not in actual[key])} missing or different"
        for key in expected
        if expected[key] != actual[key]
    ]
