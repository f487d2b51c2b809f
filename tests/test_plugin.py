"""The MkDocs plugin and `dossier build`: one site either way, and the user's files untouched."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}


def project(tmp_path: Path) -> Path:
    """A copy of the project's site inputs: mkdocs.yml, seeds/ and the hand-written docs/."""
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder)
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "docs", folder / "docs")
    if not (folder / "docs" / "overrides.md").exists():
        # The corrections page is written alongside the overrides; until it is in the docs
        # folder the nav entry needs a page to point at.
        (folder / "docs" / "overrides.md").write_text("# Corrections\n", encoding="utf-8")
    return folder


def run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=folder, env=ENV, capture_output=True, text=True)


def mkdocs_build(folder: Path, site: str = "site", config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    return run(folder, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", site)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def without_plugin(folder: Path) -> str:
    """mkdocs.yml less our plugin: what a generator that runs no MkDocs plugins reads."""
    text = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    plain = re.sub(r"\n  - dossier:\n(?:      .*\n)+", "\n", text)
    assert plain != text
    (folder / "plain.yml").write_text(plain, encoding="utf-8")
    return "plain.yml"


def test_strict_build_of_the_seed(tmp_path):
    folder = project(tmp_path)
    inputs = {"seeds": snapshot(folder / "seeds"), "docs": snapshot(folder / "docs")}
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    assert re.findall(r"^(?:WARNING|ERROR).*", result.stderr, re.M) == []
    site = folder / "site"
    # dossier.json in the site is `dossier export`.
    exported = run(folder, "-m", "dossier", "export", "seeds")
    assert exported.returncode == 0, exported.stderr
    assert (site / "dossier.json").read_text(encoding="utf-8") == exported.stdout
    data = json.loads(exported.stdout)
    for article in data["articles"]:
        assert (site / "articles" / article["id"] / "index.html").is_file()
    for actor in data["actors"]:
        assert (site / "actors" / actor["id"] / "index.html").is_file()
    # The nav names the index pages only: no page carries a link to every actor.
    page = (site / "articles" / data["articles"][0]["id"] / "index.html").read_text(encoding="utf-8")
    assert '<div class="md-content"' in page
    around = page[:page.index('<div class="md-content"')]      # header, tabs and navigation
    assert re.findall(r'href="[^"]*(?:actors|articles)/[a-z0-9-]+/"', around) == []
    assert re.findall(r'href="[^"]*(?:actors|articles)/"', around)  # the index pages are there
    # Nothing the user wrote was changed, and the build wrote nothing into a watched folder.
    assert {"seeds": snapshot(folder / "seeds"), "docs": snapshot(folder / "docs")} == inputs


def test_written_pages_give_the_same_site(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder, "site-plugin").returncode == 0
    written = run(folder, "-m", "dossier", "build", "seeds", "--output", "docs")
    assert written.returncode == 0, written.stderr
    assert (folder / "docs" / "articles" / "index.md").is_file()
    plain = mkdocs_build(folder, "site-plain", without_plugin(folder))
    assert plain.returncode == 0, plain.stderr
    both = mkdocs_build(folder, "site-both")
    assert both.returncode == 0, both.stderr
    expected = snapshot(folder / "site-plugin")
    assert snapshot(folder / "site-plain") == expected
    assert snapshot(folder / "site-both") == expected


def test_stale_written_page_leaves_the_site(tmp_path):
    folder = project(tmp_path)
    assert run(folder, "-m", "dossier", "build", "seeds", "--output", "docs").returncode == 0
    manifest = folder / "docs" / ".dossier-pages"
    page = folder / "docs" / "actors" / "someone-gone.md"
    page.write_text("# Someone gone\n", encoding="utf-8")
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"{digest}  actors/someone-gone.md\n", encoding="utf-8")
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    assert not (folder / "site" / "actors" / "someone-gone").exists()
    assert page.exists()                               # the plugin only builds; it deletes nothing


def test_hand_written_page_in_the_way_is_an_error_naming_both(tmp_path):
    folder = project(tmp_path)
    (folder / "docs" / "facts.md").write_text("# My facts\n", encoding="utf-8")
    result = mkdocs_build(folder)
    assert result.returncode != 0
    assert (f"{folder / 'docs' / 'facts.md'}: a hand-written page is in the way of the generated page 'facts.md'"
            in result.stderr)
    assert (folder / "docs" / "facts.md").read_text(encoding="utf-8") == "# My facts\n"
