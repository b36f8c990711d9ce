"""The project's modules import each other without cycles.

grimp reads every ``import`` statement of a module, also those inside functions and methods, so a
cycle hidden by a late import (``def view(): from events.queries import ...``) counts like any
other. A cycle is a strongly connected component of more than one module in the import graph of
the project's own packages (migrations and tests left out: nothing imports them).
"""

import re
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "editorial",
    "events",
    "guidance",
    "home",
    "news",
    "patches",
    "publications",
    "search",
    "security",
    "website",
)


def project_graph():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    packages = [name for name in PACKAGES if (ROOT / name / "__init__.py").exists()]
    if (ROOT / "core" / "__init__.py").exists():
        packages.append("core")
    graph = grimp.build_graph(*packages, cache_dir=None)
    for module in list(graph.modules):
        if ".migrations" in module or module.split(".")[-1].startswith("test"):
            graph.remove_module(module)
    return graph


def strongly_connected_components(graph):
    """Tarjan's algorithm, iterative (the graph has hundreds of modules)."""
    modules = sorted(graph.modules)
    edges = {module: sorted(graph.find_modules_directly_imported_by(module)) for module in modules}
    index, lowlink, on_stack, stack, components = {}, {}, set(), [], []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = lowlink[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = lowlink[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    break
                if child in on_stack:
                    lowlink[node] = min(lowlink[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    lowlink[parent] = min(lowlink[parent], lowlink[node])
                if lowlink[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    components.append(component)
    return components


def describe(graph, component):
    """The modules of the cycle and each import between them, with its line, to show where to cut."""
    lines = [", ".join(sorted(component))]
    for module in sorted(component):
        for imported in sorted(graph.find_modules_directly_imported_by(module) & component):
            details = graph.get_import_details(importer=module, imported=imported)
            where = ", ".join(
                f"line {detail['line_number']}: {detail['line_contents']}" for detail in details
            )
            lines.append(f"  {module} -> {imported} ({where})")
    return "\n".join(lines)


def test_the_graph_sees_imports_inside_functions():
    graph = project_graph()
    # events/apps.py imports events.signals only inside AppConfig.ready().
    assert "events.signals" in graph.find_modules_directly_imported_by("events.apps")


def test_the_detection_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("a", "a.one", "a.two", "a.three"):
        graph.add_module(module)
    graph.add_import(importer="a.one", imported="a.two")
    graph.add_import(importer="a.two", imported="a.one")
    graph.add_import(importer="a.three", imported="a.one")
    cycles = [component for component in strongly_connected_components(graph) if len(component) > 1]
    assert cycles == [{"a.one", "a.two"}]


def test_the_project_has_no_import_cycles():
    graph = project_graph()
    cycles = [component for component in strongly_connected_components(graph) if len(component) > 1]
    assert not cycles, "Import cycles between project modules:\n" + "\n\n".join(
        describe(graph, component) for component in cycles
    )


def test_the_page_frame_loads_no_app_s_template_tags_or_templates():
    """``website/templates`` (the frame of every page) depends on no app: apps add to it through
    the hooks of ``website/layout.py`` (the month calendar beside every page, stylesheets)."""
    app_libraries = {
        path.stem
        for name in PACKAGES
        if name != "website"
        for path in (ROOT / name).glob("templatetags/*.py")
    }
    app_templates = tuple(f"{name}/" for name in PACKAGES if name != "website")
    load = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
    include = re.compile(r"""{%\s*(?:include|extends)\s+["']([^"']+)["']""")
    found = []
    for template in sorted((ROOT / "website" / "templates").rglob("*.html")):
        text = template.read_text()
        for libraries in load.findall(text):
            found += [(template.name, name) for name in libraries.split() if name in app_libraries]
        found += [(template.name, name) for name in include.findall(text) if name.startswith(app_templates)]
    assert app_libraries  # the check sees the apps' tag libraries
    assert not found
