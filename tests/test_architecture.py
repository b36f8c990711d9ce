"""The project builds on the public API of Wagtail, modelsearch and modeltranslation.

A private name of these packages (a name or module starting with ``_``, not a dunder) may be used
only in ``patches/``, where each module states the package version it targets and
``tests/test_patches.py`` pins it. Checked on the source with ``ast``: imports
(``from wagtail.x import _y``, ``import wagtail._x``) and attribute use on a name imported from
the packages (``Site._find_for_request``, ``patch_wagtailadmin._validate_slugs``). A private
method called on an object the code got at run time is not seen.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = frozenset({"wagtail", "modelsearch", "modeltranslation", "wagtail_modeltranslation"})
ALLOWED_DIRS = frozenset({"patches"})
SKIPPED_DIRS = frozenset({".venv", "var", "node_modules", ".git", "__pycache__", "static", "media"})
# Django's documented model API, reached through the packages' models (``Page._meta``).
PUBLIC_UNDERSCORE_NAMES = frozenset({"_meta", "_default_manager", "_base_manager"})


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def in_packages(module):
    return bool(module) and module.split(".")[0] in PACKAGES


def project_files():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if any(part in SKIPPED_DIRS or part.startswith(".") for part in parts[:-1]):
            continue
        yield path


def private_uses(source, filename="<source>"):
    """``(line, text)`` for every private name of the packages that ``source`` uses."""
    tree = ast.parse(source, filename)
    found = []
    package_names = set()  # local names bound to something imported from the packages
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not in_packages(alias.name):
                    continue
                if any(is_private(part) for part in alias.name.split(".")):
                    found.append((node.lineno, f"import {alias.name}"))
                package_names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and in_packages(node.module):
            if any(is_private(part) for part in node.module.split(".")):
                found.append((node.lineno, f"from {node.module} import ..."))
            for alias in node.names:
                if is_private(alias.name):
                    found.append((node.lineno, f"from {node.module} import {alias.name}"))
                package_names.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and is_private(node.attr)
            and node.attr not in PUBLIC_UNDERSCORE_NAMES
        ):
            root = node.value
            while isinstance(root, ast.Attribute) and not is_private(root.attr):
                root = root.value
            if isinstance(root, ast.Name) and root.id in package_names:
                found.append((node.lineno, f"{ast.unparse(node)}"))
    return sorted(set(found))


def test_the_check_sees_imports_and_attributes_of_private_names():
    source = """
import wagtail._internal
import wagtail.models
from modelsearch.backends.base import _helper, BaseSearchResults
from modeltranslation._private import thing
from wagtail_modeltranslation import patch_wagtailadmin
from wagtail.models import Page, Site

Site._find_for_request(request)
patch_wagtailadmin._validate_slugs
wagtail.models._copy
Page._meta.get_field("title")
Page.objects.__class__
page._get_site_root_paths()  # an object got at run time: not seen
"""
    assert [text for _line, text in private_uses(source)] == [
        "import wagtail._internal",
        "from modelsearch.backends.base import _helper",
        "from modeltranslation._private import ...",
        "Site._find_for_request",
        "patch_wagtailadmin._validate_slugs",
        "wagtail.models._copy",
    ]


def test_the_check_reads_the_whole_project():
    files = {path.relative_to(ROOT).as_posix() for path in project_files()}
    assert "search/backends/common.py" in files
    assert "patches/modelsearch.py" in files
    assert not any(name.startswith((".venv/", "var/", "node_modules/")) for name in files)


def test_no_module_outside_patches_uses_a_private_name_of_the_packages():
    offences = []
    for path in project_files():
        relative = path.relative_to(ROOT)
        if relative.parts[0] in ALLOWED_DIRS:
            continue
        for line, text in private_uses(path.read_text(encoding="utf-8"), str(relative)):
            offences.append(f"{relative.as_posix()}:{line}: {text}")
    assert not offences, "Private names of Wagtail or its packages outside patches/:\n" + "\n".join(offences)


@pytest.mark.parametrize("package_module", ["patches/modelsearch.py", "patches/wagtail.py"])
def test_the_patches_state_the_version_they_target(package_module):
    source = (ROOT / package_module).read_text(encoding="utf-8")
    assert "TARGET_VERSION = " in source
