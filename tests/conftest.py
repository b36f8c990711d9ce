"""Shared fixtures: a test database with the demo site loaded once, and helpers to read pages."""

import os
import shutil

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from tests import prepared

RUN_DIR_OWNER = pytest.StashKey[bool]()


def pytest_configure(config):
    """The controlling process (or a run without workers) makes the run's shared folder; the
    pytest-xdist workers it starts inherit its address (``tests/prepared.py``)."""
    if not os.environ.get(prepared.RUN_DIR_VARIABLE):
        os.environ[prepared.RUN_DIR_VARIABLE] = prepared.create_run_dir()
        config.stash[RUN_DIR_OWNER] = True


def pytest_unconfigure(config):
    if config.stash.get(RUN_DIR_OWNER, False):
        folder = os.environ.pop(prepared.RUN_DIR_VARIABLE)
        prepared.drop_created_databases(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """Every test starts from the demo site, exactly as ``load_demo_content`` builds it.

    The test database is a copy of the run's migrated database (``tests.prepared.migrated``), made
    without migrating again, and is dropped at the end of the session.
    """
    from django.conf import settings
    from django.test.utils import setup_databases, teardown_databases

    database = settings.DATABASES["default"]
    test_settings = database.setdefault("TEST", {})
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if database["ENGINE"] == "django.db.backends.sqlite3":
        test_settings["NAME"] = str(prepared.run_dir() / f"test-{worker}.sqlite3")
    else:
        test_settings["NAME"] = test_settings.get("NAME") or f"test_{database['NAME']}"
    prepared.migrated().copy_to(test_settings["NAME"])
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            keepdb=True,  # the copy: Django only checks that no migration is missing
            aliases={"default"},
            serialized_aliases=set(),
        )
        with translation.override("lv"):
            call_command("load_demo_content", "--skip-index", stdout=open(os.devnull, "w"))
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=request.config.option.verbose)


@pytest.fixture(autouse=True)
def _clean_state():
    cache.clear()
    yield
    translation.activate("lv")
    cache.clear()


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("editor-admin", "admin@example.com", "pass")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
