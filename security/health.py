"""What ``/healthz/`` checks: every configured database and the default cache."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connections

logger = logging.getLogger(__name__)


def check_database(alias):
    connection = connections[alias]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.warning("Health check: database %r does not answer", alias, exc_info=True)
        # A broken persistent connection must not be reused by the next request.
        connection.close_if_unusable_or_obsolete()
        return False
    return True


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception:
        logger.warning("Health check: the cache does not answer", exc_info=True)
        return False
    return ok


def check_services():
    """Names of the services that do not answer; empty when all is well."""
    problems = [f"database {alias}" for alias in settings.HEALTHZ_DATABASES if not check_database(alias)]
    if not check_cache():
        problems.append("cache")
    return problems
