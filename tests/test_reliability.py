"""A database or cache that fails makes /healthz/ say so at once, instead of hanging requests."""

import socket
import threading
import time

import pytest
from django.db import connections
from django.test import override_settings

from security.database import with_timeouts
from tests.test_settings import STRONG_KEY, settings_value

pytestmark = pytest.mark.django_db


def test_health_check_answers_ok_when_all_is_well(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


@pytest.fixture
def hung_database():
    """A "PostgreSQL server" that accepts connections and never answers, as a database alias."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])  # ... and never say a word
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    database = with_timeouts(
        {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "hung",
            "USER": "postgres",
            "HOST": "127.0.0.1",
            "PORT": listener.getsockname()[1],
            "OPTIONS": {"sslmode": "disable"},
        },
        connect_timeout=2,
        statement_timeout=1000,
    )
    databases = connections.configure_settings({"default": connections.settings["default"], "hung": database})
    connections.settings["hung"] = databases["hung"]
    try:
        yield "hung"
    finally:
        stop.set()
        thread.join()
        connections["hung"].close()
        del connections["hung"]
        del connections.settings["hung"]
        for conn in accepted:
            conn.close()
        listener.close()


def test_a_hung_database_gives_503_within_the_connect_timeout(client, hung_database):
    with override_settings(HEALTHZ_DATABASES=["default", hung_database]):
        started = time.monotonic()
        response = client.get("/healthz/")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert b"database hung" in response.content
    # The connect timeout is 2 s; a generous bound, far below a gunicorn worker timeout (30 s).
    assert elapsed < 15


def test_a_cache_that_does_not_answer_gives_503(client):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert b"cache" in response.content


def test_health_check_is_not_redirected_to_https_in_production(client):
    result = settings_value(
        "website.settings.production",
        "(settings.SECURE_SSL_REDIRECT, settings.SECURE_REDIRECT_EXEMPT)",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="cilvektirdznieciba.lv",
    )
    assert result.returncode == 0, result.stderr
    redirect, exempt = eval(result.stdout)
    with override_settings(SECURE_SSL_REDIRECT=redirect, SECURE_REDIRECT_EXEMPT=exempt):
        assert client.get("/healthz/").status_code == 200
        assert client.get("/lv/").status_code == 301


def test_postgres_connections_get_connect_and_statement_timeouts():
    expression = "settings.DATABASES['default']['OPTIONS']"
    result = settings_value(
        "website.settings.dev",
        expression,
        DATABASE_URL="postgres://u:p@db.example:5432/site",
        DATABASE_CONNECT_TIMEOUT="3",
        DATABASE_STATEMENT_TIMEOUT="15000",
    )
    assert result.returncode == 0, result.stderr
    options = eval(result.stdout)
    assert options["connect_timeout"] == 3
    assert "-c statement_timeout=15000" in options["options"]


@pytest.mark.skipif(
    connections["default"].vendor != "postgresql", reason="statement timeouts are a PostgreSQL server setting"
)
def test_a_statement_running_past_the_timeout_is_cancelled_by_postgresql():
    from django.db import OperationalError

    connection = connections["default"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "30s"
        cursor.execute("SAVEPOINT before_sleep")
        cursor.execute("SET LOCAL statement_timeout = 200")
        with pytest.raises(OperationalError, match="statement timeout"):
            cursor.execute("SELECT pg_sleep(2)")
        cursor.execute("ROLLBACK TO SAVEPOINT before_sleep")
