"""The stack test needs Varnish, PostgreSQL and Redis on this machine: it runs when asked for with
``-m stack`` (CI's own step in .ci/run), and is deselected from the everyday suite."""


def pytest_collection_modifyitems(config, items):
    if "stack" in (config.getoption("markexpr") or ""):
        return
    selected = [item for item in items if item.get_closest_marker("stack") is None]
    deselected = [item for item in items if item.get_closest_marker("stack") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
