"""Staging folders: each build's own, swapped in whole, and only ours ever removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dossier.staging import MARKER, discard, remove_leftovers, staging_folder, swap_in

HOUR = 3600


def folder_with(path: Path, files: dict[str, str], age: float = 0) -> Path:
    """A folder holding `files`, each last changed `age` seconds ago."""
    path.mkdir(parents=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
        then = time.time() - age
        os.utime(path / name, (then, then))
    return path


@pytest.mark.parametrize("name, files, age, removed", [
    (".site.0123456789abcdef.building", {MARKER: "", "index.html": "x"}, 2 * HOUR, True),
    (".site.0123456789abcdef-0.old", {MARKER: "", "index.html": "x"}, 2 * HOUR, True),
    (".site.0123456789abcdef.building", {MARKER: "", "index.html": "x"}, 60, False),  # a build running now
    (".site.0123456789abcdef.building", {"index.html": "x"}, 2 * HOUR, False),        # no marker: not ours
    (".site.backup", {MARKER: "", "index.html": "x"}, 2 * HOUR, False),               # not a name of ours
    (".site.building", {"index.html": "x"}, 2 * HOUR, False),
    (".public.0123456789abcdef.building", {MARKER: ""}, 2 * HOUR, False),              # another site's
], ids=["stopped-build", "stopped-swap", "running-build", "no-marker", "other-name", "shared-name",
        "other-site"])
def test_only_our_marked_leftovers_are_removed(tmp_path, name, files, age, removed):
    leftover = folder_with(tmp_path / name, files, age)
    remove_leftovers(tmp_path / "site")
    assert leftover.exists() is not removed


def test_a_link_named_as_a_leftover_is_not_followed(tmp_path):
    elsewhere = folder_with(tmp_path / "elsewhere", {MARKER: "", "keep.txt": "x"}, 2 * HOUR)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".site.0123456789abcdef.building").symlink_to(elsewhere)
    remove_leftovers(tmp_path / "out" / "site")
    assert (elsewhere / "keep.txt").exists()


def test_each_build_has_a_folder_of_its_own(tmp_path):
    first, second = staging_folder(tmp_path / "site"), staging_folder(tmp_path / "site")
    assert first != second
    assert [p.name for p in first.iterdir()] == [MARKER]


@pytest.mark.parametrize("old_site", [True, False], ids=["replaces-a-site", "first-site"])
def test_a_swap_puts_the_build_in_place_and_leaves_nothing_beside_it(tmp_path, old_site):
    site = tmp_path / "site"
    if old_site:
        folder_with(site, {"index.html": "old", "gone.html": "old"})
    built = staging_folder(site)
    (built / "index.html").write_text("new", encoding="utf-8")
    swap_in(built, site)
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_swap_that_fails_puts_the_last_site_back(tmp_path):
    site = folder_with(tmp_path / "site", {"index.html": "old"})
    built = staging_folder(site)
    discard(built)
    with pytest.raises(FileNotFoundError):
        swap_in(built, site)
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
