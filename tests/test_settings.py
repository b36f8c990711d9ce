"""The people who run the site configure it from the environment; production refuses unsafe setups."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "k3y-" + "Zx9!aQ2#" * 8


def settings_value(module, expression, **env):
    """Evaluate ``expression`` on ``django.conf.settings`` in a fresh interpreter with ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG"}}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    code = f"import django; django.setup(); from django.conf import settings; print(repr({expression}))"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )


def test_default_database_is_sqlite_in_the_git_ignored_var_folder():
    result = settings_value("website.settings.dev", "settings.DATABASES['default']['NAME']")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("/var/db.sqlite3'")
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "var/db.sqlite3"], cwd=ROOT, capture_output=True, text=True
    )
    assert ignored.returncode == 0, "git would track the database"


def test_postgres_url_selects_persistent_health_checked_connections():
    expression = "{k: settings.DATABASES['default'][k] for k in ('ENGINE', 'NAME', 'HOST', 'CONN_MAX_AGE', 'CONN_HEALTH_CHECKS')}"
    result = settings_value(
        "website.settings.dev", expression, DATABASE_URL="postgres://u:p@db.example:5432/site"
    )
    assert result.returncode == 0, result.stderr
    values = eval(result.stdout)
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert values["NAME"] == "site"
    assert values["HOST"] == "db.example"
    assert values["CONN_MAX_AGE"] > 0
    assert values["CONN_HEALTH_CHECKS"] is True


def test_media_root_allowed_hosts_and_debug_come_from_the_environment():
    result = settings_value(
        "website.settings.dev",
        "(str(settings.MEDIA_ROOT), settings.ALLOWED_HOSTS, settings.DEBUG)",
        MEDIA_ROOT="/srv/media",
        ALLOWED_HOSTS="a.example, b.example",
        DEBUG="false",
    )
    assert result.returncode == 0, result.stderr
    assert eval(result.stdout) == ("/srv/media", ["a.example", "b.example"], False)


@pytest.mark.parametrize("secret", ["", "short", "django-insecure-" + "x" * 60, "a" * 60])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    result = settings_value(
        "website.settings.production", "settings.DEBUG", SECRET_KEY=secret, ALLOWED_HOSTS="x.lv"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = settings_value(
        "website.settings.production", "settings.DEBUG", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS=""
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_settings_pass_djangos_deployment_checklist():
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="cilvektirdznieciba.lv",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_manage_py_defaults_to_the_development_settings(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG"}
    }
    env["WEBSITE_VAR_DIR"] = str(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.SETTINGS_MODULE)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "website.settings.dev"
