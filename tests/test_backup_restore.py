"""A backup made as docs/operations.md says restores into a fresh database and media folder, and
every page, revision, image, document, redirect and translation comes back.

The source site is a copy of the browser suite's site (``tests.prepared.browser_site``: pages in
both languages, images, documents) with what an operator would look for after a restore added;
it is backed up and restored by ``manage.py`` in separate processes, like an operator would: on
PostgreSQL (``DATABASE_URL=postgres://...``) in databases of their own, created and dropped here;
otherwise in SQLite files.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import prepared

ROOT = Path(__file__).resolve().parent.parent

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


@pytest.fixture
def databases(tmp_path):
    """The source site (a copy of the browser suite's site, its media in ``media-src``) and an
    empty database to restore into."""
    site = prepared.browser_site()
    if prepared.outer_database_url():
        names = {role: prepared.database_name(f"backup_{role}") for role in ("src", "dst")}
        prepared.create_postgres_database(names["dst"])
        urls = {
            "src": site.copy_to(names["src"], tmp_path / "media-src"),
            "dst": prepared.postgres_url(names["dst"]),
        }
    else:
        names = {}
        urls = {
            "src": site.copy_to(tmp_path / "src.sqlite3", tmp_path / "media-src"),
            "dst": f"sqlite:///{tmp_path / 'dst.sqlite3'}",
        }
    yield urls
    for name in names.values():
        prepared.drop_postgres_database(name)


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

    # What an operator would look for after a restore, added to the copy of the browser site.
    src("shell", "--no-imports", "-c", ADD_CONTENT)
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
