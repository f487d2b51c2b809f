"""The extraction cache: results reused by content, never stale, never a crash."""

from __future__ import annotations

import os
import pickle
import shutil
import time
import weakref
from dataclasses import replace
from pathlib import Path

import pytest

from dossier import cache as cache_module
from dossier.cache import Cache, code_salt, document_key, extractor_salt
from dossier.model import Document
from dossier.pipeline import build, extract, extract_all
from dossier.read import read_seeds

HARBOUR = """Harbour Council Approves New Sea Wall

By Ana Petrova

The Harbour Council on Tuesday approved a new sea wall after a winter of floods.

"We cannot wait for another storm to take the quay," said Mayor Jonas Berg at the meeting.

Work is due to start in the spring, the council said.
"""

MARKET = """Farmers Market Moves to the Old Station

The weekly farmers market will move to the Old Station from next month.

"There is room for forty stalls and parking for everyone," said organiser Lena Holt.
"""


def seeds_with(folder: Path, files: dict[str, str]) -> Path:
    """A seeds folder holding the given files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_changed_article_is_extracted_again(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR, "market.txt": MARKET})
    cache = Cache(tmp_path / ".dossier-cache")
    before = build(seeds, cache=cache)
    (seeds / "harbour.txt").write_text(HARBOUR.replace("New Sea Wall", "Taller Sea Wall"), encoding="utf-8")
    after = build(seeds, cache=Cache(tmp_path / ".dossier-cache"))
    assert [a.headline for a in before.articles] == ["Harbour Council Approves New Sea Wall",
                                                     "Farmers Market Moves to the Old Station"]
    assert [a.headline for a in after.articles] == ["Harbour Council Approves Taller Sea Wall",
                                                    "Farmers Market Moves to the Old Station"]


@pytest.mark.parametrize("edit", [
    lambda seeds: (seeds / "harbour.txt").write_text(HARBOUR.replace("New Sea Wall", "Taller Sea Wall"), encoding="utf-8"),
    lambda seeds: (seeds / "harbour.txt").unlink(),
    lambda seeds: (seeds / "ferry.txt").write_text(HARBOUR.replace("Sea Wall", "Ferry Pier"), encoding="utf-8"),
    lambda seeds: None,
], ids=["changed", "removed", "added", "nothing"])
def test_a_cache_kept_between_builds_gives_what_a_fresh_one_gives(tmp_path, edit):
    # As while serving: one Cache, holding the last results in memory, build after build.
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR, "market.txt": MARKET})
    kept = Cache(tmp_path / ".dossier-cache", remember=True)
    build(seeds, cache=kept)
    edit(seeds)
    assert build(seeds, cache=kept) == build(seeds, cache=Cache(tmp_path / "fresh-cache"))


@pytest.mark.parametrize("remember", [False, True])
def test_pin_only_a_cache_that_remembers_keeps_extractions_after_a_build(tmp_path, monkeypatch, remember):
    """Pins an implementation detail, no behaviour: which extractions stay alive in memory."""
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR, "market.txt": MARKET})
    build(seeds, cache=Cache(tmp_path / ".dossier-cache"))
    seen = []
    read = Cache.get

    def get(self, document):
        found = read(self, document)
        seen.append(weakref.ref(found))
        return found

    monkeypatch.setattr(Cache, "get", get)
    cache = Cache(tmp_path / ".dossier-cache", remember=remember)
    dossier = build(seeds, cache=cache)
    assert len(seen) == 2 and dossier.articles
    assert [ref() is not None for ref in seen] == [remember, remember]


def test_a_cached_result_is_reused(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    cache = Cache(tmp_path / ".dossier-cache")
    (document,), _ = read_seeds(seeds)
    stored = extract(document)
    # A result the extractor would never give: seeing it proves the cache was read.
    cache.put(document, replace(stored, article=replace(stored.article, headline="From the cache")))
    assert [a.headline for a in build(seeds, cache=cache).articles] == ["From the cache"]


def test_the_same_bytes_under_two_names_are_two_articles(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"a.txt": HARBOUR, "b.txt": HARBOUR})
    cache = Cache(tmp_path / ".dossier-cache")
    build(seeds, cache=cache)
    dossier = build(seeds, cache=cache)
    assert [a.source for a in dossier.articles] == ["a.txt", "b.txt"]
    # The same statement in two articles is one fact that names both places.
    carried = {f.article for f in dossier.facts} | {a for f in dossier.facts for a, _ in f.also_in}
    assert carried == {a.id for a in dossier.articles}


@pytest.mark.parametrize("field, value", [
    ("source", "other.txt"),
    ("format", "markdown"),
    ("digest", "0" * 64),
])
def test_the_key_covers_every_field_but_the_text(field, value):
    document = Document("a.txt", HARBOUR, "text", "f" * 64)
    assert document_key(replace(document, **{field: value})) != document_key(document)
    assert document_key(replace(document, text="anything")) == document_key(document)


@pytest.mark.parametrize("content", [
    b"",                                                   # a write cut short
    b"not a pickle at all",
    pickle.dumps({"article": "a dict, not an Extraction"}),
    pickle.dumps(("a", "tuple"))[:-3],                     # truncated
    b"\x80\x05\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x08nosuchmo\x94\x93\x94.",  # a missing module
])
def test_a_damaged_cache_file_is_a_miss(tmp_path, content):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    cache = Cache(tmp_path / ".dossier-cache")
    (document,), _ = read_seeds(seeds)
    path = cache._path(document_key(document))
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert cache.get(document) is None
    assert [a.headline for a in build(seeds, cache=cache).articles] == ["Harbour Council Approves New Sea Wall"]
    assert cache.get(document) == extract(document)


def test_a_result_filed_under_another_source_is_a_miss(tmp_path):
    harbour = Document("harbour.txt", HARBOUR, "text", "a" * 64)
    cache = Cache(tmp_path)
    cache.current.mkdir(parents=True)
    cache._path(document_key(harbour)).write_bytes(pickle.dumps(extract(replace(harbour, source="elsewhere.txt"))))
    assert cache.get(harbour) is None


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    (tmp_path / ".dossier-cache").write_text("a file where the folder should be")
    dossier = build(seeds, cache=Cache(tmp_path / ".dossier-cache"))
    assert [a.headline for a in dossier.articles] == ["Harbour Council Approves New Sea Wall"]


def test_results_of_other_extractors_and_removed_articles_are_pruned(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR, "market.txt": MARKET})
    cache = Cache(tmp_path / ".dossier-cache")
    stale = tmp_path / ".dossier-cache" / "an-older-extractor"
    stale.mkdir(parents=True)
    (stale / "x.pickle").write_bytes(b"old")
    build(seeds, cache=cache)
    assert len(list(cache.current.iterdir())) == 2
    (seeds / "market.txt").unlink()
    documents, _ = read_seeds(seeds)
    extract_all(documents, cache)
    assert not stale.exists()
    assert [p.name for p in cache.current.iterdir()] == [f"{document_key(documents[0])}.pickle"]


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    """A copy of the package that the salt is computed from, to edit freely."""
    copy = tmp_path / "package"
    shutil.copytree(cache_module.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "PACKAGE", copy)
    code_salt.cache_clear()
    yield copy
    code_salt.cache_clear()


@pytest.mark.parametrize("edited, salt_changes", [
    ("structure.py", True),
    ("model.py", True),
    ("templates/article.md.j2", False),
])
def test_the_salt_changes_with_the_extractor_code(package_copy, edited, salt_changes):
    before = extractor_salt()
    with (package_copy / edited).open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    code_salt.cache_clear()
    assert (extractor_salt() != before) is salt_changes


def test_a_new_data_file_changes_the_salt(package_copy):
    before = extractor_salt()
    (package_copy / "words.txt").write_text("sea wall\n", encoding="utf-8")
    code_salt.cache_clear()
    assert extractor_salt() != before


@pytest.mark.parametrize("age, kept", [(10, True), (2 * 3600, False)])
def test_a_temporary_file_is_pruned_only_once_stale(tmp_path, age, kept):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    cache = Cache(tmp_path / ".dossier-cache")
    documents, _ = read_seeds(seeds)
    extract_all(documents, cache)
    leftover = cache.current / ".x.pickle.123.tmp"
    leftover.write_bytes(b"half")
    then = time.time() - age
    os.utime(leftover, (then, then))
    extract_all(documents, cache)
    assert leftover.exists() is kept


@pytest.mark.parametrize("setting", ["DOSSIER_ACTORS", "DOSSIER_SPACY_MODEL"])
def test_the_salt_changes_with_the_actor_backend_setting(monkeypatch, setting):
    monkeypatch.delenv(setting, raising=False)
    before = extractor_salt()
    monkeypatch.setenv(setting, "spacy")
    assert extractor_salt() != before
