"""Shared fixtures: a test database with the demo site loaded once, and helpers to read pages."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, exactly as ``load_demo_content`` builds it."""
    with django_db_blocker.unblock(), translation.override("lv"):
        call_command("load_demo_content", "--skip-index", stdout=open("/dev/null", "w"))


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
