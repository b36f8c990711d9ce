"""Databases prepared once per test run and copied wherever a test needs a fresh one.

Applying the project's 230-odd migrations takes about 16 s of CPU, nearly all of it Django
rendering the models' history, and a run used to pay it five times: once per parallel worker's
test database, once per worker's browser site, once for the backup test's source site. Now the
first process that asks migrates one database and every other one copies it:

- ``migrated()``: every migration applied, nothing else (the workers' test databases);
- ``browser_site()``: that, plus the browser suite's own site (``tests/browser/site.py``) with its
  media files (each browser server's site, and the backup test's source site).

A copy is a file copy on SQLite and ``CREATE DATABASE … TEMPLATE`` on PostgreSQL
(``DATABASE_URL``). The processes of one run (pytest-xdist's workers) share a folder named by
``WEBSITE_TEST_RUN_DIR``, which the controlling process creates in ``pytest_configure`` and removes,
with the PostgreSQL databases made here, in ``pytest_unconfigure`` (``tests/conftest.py``); a file
lock makes one process build while the others wait for it.
"""

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR_VARIABLE = "WEBSITE_TEST_RUN_DIR"
CREATED_DATABASES = "postgres-databases.json"

MIGRATE = "from django.core.management import call_command\ncall_command('migrate', interactive=False, verbosity=0)\n"
BUILD_BROWSER_SITE = "from tests.browser.site import build\nbuild()\n"


def create_run_dir():
    """A folder for this run's prepared databases (in memory, on /dev/shm, where there is one)."""
    shared_memory = Path("/dev/shm")
    parent = shared_memory if shared_memory.is_dir() and os.access(shared_memory, os.W_OK) else None
    return tempfile.mkdtemp(prefix="website-tests-", dir=parent)


def run_dir():
    path = os.environ.get(RUN_DIR_VARIABLE)
    if not path:  # a process started outside pytest's configuration, e.g. a helper script
        path = os.environ[RUN_DIR_VARIABLE] = create_run_dir()
    return Path(path)


def outer_database_url():
    """The suite's PostgreSQL server address (``DATABASE_URL``), or "" on SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else ""


def postgres_url(name):
    return urlunsplit(urlsplit(outer_database_url())._replace(path="/" + name))


def postgres_admin(sql):
    """Run ``sql`` on the server's maintenance database, outside any transaction."""
    import psycopg2

    connection = psycopg2.connect(postgres_url("postgres"))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def database_name(purpose):
    """A PostgreSQL database name unique to this run (the run folder's random part)."""
    base = urlsplit(outer_database_url()).path.lstrip("/") or "website"
    return f"{base}_{purpose}_{run_dir().name.rsplit('-', 1)[-1].lower()}"


def create_postgres_database(name, template=None):
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    postgres_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    record = run_dir() / CREATED_DATABASES
    with locked("postgres-databases"):
        names = set(json.loads(record.read_text())) if record.exists() else set()
        record.write_text(json.dumps(sorted(names | {name})))


def drop_postgres_database(name):
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_created_databases(folder):
    """Drop every PostgreSQL database this run made (called once, at the end of the run)."""
    record = Path(folder) / CREATED_DATABASES
    if record.exists() and outer_database_url():
        for name in json.loads(record.read_text()):
            drop_postgres_database(name)


@contextmanager
def locked(name):
    with open(run_dir() / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def manage_environment(database_url, var_dir):
    """The environment of a ``manage.py`` process working on ``database_url`` (development settings,
    DEBUG off, its media files under ``var_dir``)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG", "MEDIA_ROOT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DEBUG="false",
        DATABASE_URL=database_url,
        WEBSITE_VAR_DIR=str(var_dir),
        PYTHONUNBUFFERED="1",
    )
    return env


def run_in_django(database_url, var_dir, code):
    """Run ``code`` in one ``manage.py shell`` process on ``database_url``."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=manage_environment(database_url, var_dir),
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode:
        raise RuntimeError(f"Preparing a test database failed:\n{done.stdout}\n{done.stderr}")


class Prepared:
    """A prepared database (and the folder holding its media files), ready to be copied."""

    def __init__(self, name, media=None):
        self.name = name  # a SQLite file, or a PostgreSQL database name
        self.media = media

    @property
    def url(self):
        return postgres_url(self.name) if outer_database_url() else f"sqlite:///{self.name}"

    def copy_to(self, target, media_target=None):
        """Copy the database to ``target`` (a file path, or a PostgreSQL database name, replaced if it
        exists) and its media files into ``media_target``; returns the copy's ``DATABASE_URL``."""
        if outer_database_url():
            with locked("postgres-template"):  # a template must have no other session while copied
                create_postgres_database(str(target), template=self.name)
            url = postgres_url(str(target))
        else:
            shutil.copyfile(self.name, target)
            url = f"sqlite:///{target}"
        if self.media is not None and media_target is not None and Path(self.media).is_dir():
            shutil.copytree(self.media, media_target, dirs_exist_ok=True)
        return url


def _prepare(purpose, build):
    """The run's ``purpose`` database, built by ``build(prepared, var_dir)`` the first time."""
    folder = run_dir() / purpose
    done = run_dir() / f"{purpose}.done"
    prepared = Prepared(
        database_name(purpose) if outer_database_url() else str(folder / "db.sqlite3"), media=folder / "media"
    )
    with locked(purpose):
        if not done.exists():
            if folder.exists():  # a build that failed half-way in another process
                shutil.rmtree(folder)
            folder.mkdir()
            build(prepared, folder)
            done.write_text(prepared.name)
    return prepared


def migrated():
    """A database with every migration applied and no content."""

    def build(prepared, folder):
        if outer_database_url():
            create_postgres_database(prepared.name)
        run_in_django(prepared.url, folder, MIGRATE)

    return _prepare("migrated", build)


def browser_site():
    """A migrated database holding the browser suite's own site, with its images and documents."""

    def build(prepared, folder):
        url = migrated().copy_to(prepared.name)
        run_in_django(url, folder, BUILD_BROWSER_SITE)

    return _prepare("browser-site", build)
