"""Timeouts for PostgreSQL connections (imported by the settings, so no Django imports here)."""


def with_timeouts(database, connect_timeout, statement_timeout):
    """``database`` (a ``DATABASES`` entry for PostgreSQL) with libpq timeouts added.

    ``connect_timeout`` (seconds) bounds the whole connection set-up, also against a server that
    accepts the connection but never answers; ``statement_timeout`` (milliseconds) makes the
    server cancel any statement that runs longer.
    """
    options = dict(database.get("OPTIONS") or {})
    options.setdefault("connect_timeout", connect_timeout)
    options["options"] = (options.get("options", "") + f" -c statement_timeout={statement_timeout}").strip()
    return {**database, "OPTIONS": options}
