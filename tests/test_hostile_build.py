"""Hostile and careless inputs around the build: the user's folders, the cache's entries, the published site."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cache import Cache, document_key
from dossier.cli import main
from dossier.pipeline import build
from dossier.read import read_seeds
from test_plugin import ENV, mkdocs_build, project, snapshot

LIGHTHOUSE = """Lighthouse Keepers Return to Gull Point

By Marta Quill

The Gull Point lighthouse will be staffed again from June, the coast trust said on Monday.

"A light with no keeper is a light nobody trusts," said trust chair Idris Fenn.
"""


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every folder and file under `folder`, with each file's bytes."""
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else p.read_bytes()
            for p in sorted(folder.rglob("*"))}


def user_project(folder: Path) -> Path:
    """A project with folders of the user's own beside the seeds."""
    for name, text in {"seeds/lighthouse.txt": LIGHTHOUSE, "docs/stylesheets/site.css": "body { margin: 0 }",
                       "notes/todo.md": "- ask the trust for photos\n", "docs/index.md": "# Gull Point\n"}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("cache", [".", "docs", "notes"])
def test_a_cache_named_as_a_folder_of_the_users_touches_nothing_in_it(tmp_path, monkeypatch, capsys, cache):
    folder = user_project(tmp_path)
    monkeypatch.chdir(folder)
    before = tree(folder)
    assert main(["check", "seeds", "--cache", cache]) == 0
    assert tree(folder) == before
    assert (f"warning: {cache}: a folder the cache did not make, so it is left untouched and nothing is cached\n"
            "  hint: name a new or empty folder for the cache (the default is .dossier-cache), or pass --no-cache\n"
            ) in capsys.readouterr().err


def test_the_plugins_cache_named_as_the_docs_folder_touches_nothing_in_it(tmp_path):
    folder = project(tmp_path)
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    (folder / "cached.yml").write_text(config.replace("      overrides: overrides.yml\n",
                                                      "      overrides: overrides.yml\n      cache: docs\n"),
                                       encoding="utf-8")
    before = tree(folder / "docs")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", "cached.yml"], cwd=folder, env=ENV,
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert tree(folder / "docs") == before
    assert f"{folder / 'docs'}: a folder the cache did not make" in built.stderr
    assert (folder / "site" / "stylesheets" / "dossier.css").is_file()


class CreatesAFile:
    """Unpickled, opens a file for writing: proof that reading an entry ran code."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return open, (str(self.path), "w")


@pytest.mark.parametrize("planted", [
    lambda proof: pickle.dumps(CreatesAFile(proof)),
    lambda proof: b"\x00\xff garbage \x80",
    lambda proof: b'{"article": {"source": "lighthouse.txt"}, "mentions": [], "facts": []}',
    lambda proof: b'[1, [["lighthouse", "lighthouse.txt", "Planted"], [], []]]',
], ids=["pickle", "garbage", "json-of-another-shape", "json-missing-fields"])
def test_a_planted_cache_entry_runs_nothing_and_is_a_miss(tmp_path, planted):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lighthouse.txt").write_text(LIGHTHOUSE, encoding="utf-8")
    proof = tmp_path / "ran.txt"
    cache = Cache(tmp_path / ".dossier-cache")
    (document,), _ = read_seeds(seeds)
    entry = cache._path(document_key(document))
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(planted(proof))
    assert cache.get(document) is None
    assert [a.headline for a in build(seeds, cache=cache).articles] == ["Lighthouse Keepers Return to Gull Point"]
    assert not proof.exists()


def test_two_builds_at_once_leave_a_whole_site(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder).returncode == 0
    whole = set(snapshot(folder / "site"))
    assert {"index.html", "dossier.json", "sitemap.xml"} <= whole
    builds = [subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outcomes = [(b.wait(), b.stderr.read()) for b in builds]
    for b in builds:
        b.stdout.close()
        b.stderr.close()
    assert [code for code, _ in outcomes] == [0, 0, 0], [err for _, err in outcomes]
    assert set(snapshot(folder / "site")) == whole
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".site")) == []


def test_a_strict_build_that_fails_leaves_the_last_site(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder).returncode == 0
    before = snapshot(folder / "site")
    (folder / "seeds" / "blank.txt").write_bytes(b"")
    failed = mkdocs_build(folder)
    assert failed.returncode == 1
    assert "Aborted with 1 warnings in strict mode!" in failed.stdout + failed.stderr
    assert snapshot(folder / "site") == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".site")) == []


def test_a_strict_build_stopped_by_bad_seeds_names_them(tmp_path):
    folder = project(tmp_path)
    (folder / "seeds" / "blank.txt").write_bytes(b"")
    (folder / "seeds" / "photo.txt").write_bytes(bytes(range(256)) * 8)
    failed = mkdocs_build(folder)
    assert failed.returncode == 1
    assert (
        "ERROR   -  The site was not replaced: a strict build stops at a warning, and 2 seeds gave one:"
        " blank.txt, photo.txt\n"
        "  hint: fix or remove these files in seeds/ (each warning above says what is wrong);"
        " a build without --strict publishes every other article and leaves them out\n") in failed.stderr
    assert not (folder / "site").exists()
