"""A backup made as docs/operations.md says restores into a fresh database and media folder, and
every page, revision, image, document, redirect and translation comes back.

The site is built and restored by ``manage.py`` in separate processes, like an operator would:
on PostgreSQL (``DATABASE_URL=postgres://...``) in the databases ``<name>_backup_src`` and
``<name>_backup_dst``, created and dropped here; otherwise in SQLite files.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent

BUILD_SITE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from tests.browser.site import build
build()
"""

ADD_CONTENT = """
import io
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from home.models import StandardPage

buffer = io.BytesIO()
PILImage.new("RGB", (40, 30), (158, 27, 50)).save(buffer, "PNG")
image = Image(title="Atjaunošanas attēls", file=ImageFile(buffer, name="atjaunosana.png"))
image.save()
image.get_rendition("fill-20x20")
document = Document(title="Ziņojums 2023")
document.file.save("zinojums-2023.txt", ContentFile("Ziņojuma teksts".encode()), save=True)
page = StandardPage.objects.order_by("pk").first()
Redirect.objects.create(old_path="/vecais-par-mums", redirect_page=page)
page.title_en = "About us (restored)"
page.save_revision().publish()
"""

FINGERPRINT = "import json; from security.backup import fingerprint; print(json.dumps(fingerprint()))"


def database_urls(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        parts = urlsplit(url)
        name = parts.path.lstrip("/")
        return {role: urlunsplit(parts._replace(path=f"/{name}_backup_{role}")) for role in ("src", "dst")}
    return {role: f"sqlite:///{tmp_path / f'{role}.sqlite3'}" for role in ("src", "dst")}


def postgres_admin(url, sql):
    import psycopg2

    connection = psycopg2.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


@pytest.fixture
def databases(tmp_path):
    urls = database_urls(tmp_path)
    postgres = urls["src"].startswith("postgres")
    if postgres:
        for url in urls.values():
            name = urlsplit(url).path.lstrip("/")
            postgres_admin(url, f'DROP DATABASE IF EXISTS "{name}"')
            postgres_admin(url, f'CREATE DATABASE "{name}"')
    yield urls
    if postgres:
        for url in urls.values():
            postgres_admin(url, f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)')


def manage(database_url, media_root, var_dir, *args):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DEBUG="false",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        WEBSITE_VAR_DIR=str(var_dir),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    return result


def test_a_backup_restores_into_a_fresh_database_and_media_folder(tmp_path, databases):
    src_media, dst_media, backup = tmp_path / "media-src", tmp_path / "media-dst", tmp_path / "backup"

    def src(*args):
        result = manage(databases["src"], src_media, tmp_path, *args)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def dst(*args):
        return manage(databases["dst"], dst_media, tmp_path, *args)

    # One process: migrate, build the browser suite's site (pages in both languages, images,
    # documents), then add what an operator would look for after a restore.
    src("shell", "--no-imports", "-c", BUILD_SITE + ADD_CONTENT)
    src("backup_site", str(backup))
    assert {p.name for p in backup.iterdir()} >= {"manifest.json", "media.tar.gz"}

    restored = dst("restore_site", str(backup))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Restored and verified" in restored.stdout

    before = json.loads(src("shell", "--no-imports", "-c", FINGERPRINT))
    after_run = dst("shell", "--no-imports", "-c", FINGERPRINT)
    assert after_run.returncode == 0, after_run.stderr
    after = json.loads(after_run.stdout)
    assert after == before

    # What came back, in words an operator would check.
    assert len(after["pages"]) >= 10
    about = next(p for p in after["pages"] if p["title_en"] == "About us (restored)")
    assert len(after["revisions"]) >= len(after["pages"])
    assert sum(1 for r in after["revisions"] if r["object_id"] == str(about["id"])) == 2  # edited once
    assert sum(1 for p in after["pages"] if p["title_en"]) >= 5  # the English translations
    assert "Atjaunošanas attēls" in [i["title"] for i in after["images"]]
    assert "Ziņojums 2023" in [d["title"] for d in after["documents"]]
    for item in after["images"] + after["documents"]:
        assert item["file"]["sha256"] is not None
        assert (dst_media / item["file"]["name"]).is_file()
    assert any(dst_media.glob("images/*fill-20x20*"))  # renditions came back too
    assert after["redirects"] == [
        {"old_path": "/vecais-par-mums", "page": about["id"], "link": "", "permanent": True}
    ]

    # A second restore over the restored site is refused: restores go into a fresh database only.
    again = manage(databases["dst"], tmp_path / "media-other", tmp_path, "restore_site", str(backup))
    assert again.returncode != 0
    assert "not empty" in again.stderr
