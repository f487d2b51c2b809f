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
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import cache as cache_module
from dossier.cache import Cache, code_salt, decode_entry, document_key, encode_entry, extractor_salt
from dossier.model import Document, Extraction
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
    b"[1, {}]",                                            # JSON of another shape
    b"[1, [[], [], []]]",
    b"[2, null]",                                          # another format
    b'[1, [["x", "harbour.txt", 7], [], []]]',
    b"[" * 100_000,                                        # nesting deeper than Python recurses
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
    cache._path(document_key(harbour)).write_bytes(encode_entry(extract(replace(harbour, source="elsewhere.txt"))))
    assert cache.get(harbour) is None


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    (tmp_path / ".dossier-cache").write_text("a file where the folder should be")
    dossier = build(seeds, cache=Cache(tmp_path / ".dossier-cache"))
    assert [a.headline for a in dossier.articles] == ["Harbour Council Approves New Sea Wall"]


def test_results_of_other_extractors_and_removed_articles_are_pruned(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR, "market.txt": MARKET})
    cache = Cache(tmp_path / ".dossier-cache")
    stale = tmp_path / ".dossier-cache" / "0123456789abcdef"
    stale.mkdir(parents=True)
    (stale / f"{'a' * 64}.json").write_bytes(b"old")
    build(seeds, cache=cache)
    assert len(list(cache.current.iterdir())) == 2
    (seeds / "market.txt").unlink()
    documents, _ = read_seeds(seeds)
    extract_all(documents, cache)
    assert not stale.exists()
    assert [p.name for p in cache.current.iterdir()] == [f"{document_key(documents[0])}.json"]


def test_pruning_leaves_what_the_cache_did_not_write(tmp_path):
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    cache = Cache(tmp_path / ".dossier-cache")
    older = tmp_path / ".dossier-cache" / "0123456789abcdef"
    older.mkdir()
    (older / f"{'a' * 64}.json").write_bytes(b"old")
    (older / "notes.txt").write_text("kept", encoding="utf-8")
    (tmp_path / ".dossier-cache" / "not-a-salt").mkdir()
    documents, _ = read_seeds(seeds)
    extract_all(documents, cache)
    (cache.current / "notes.txt").write_text("kept", encoding="utf-8")
    extract_all(documents, cache)
    assert sorted(p.relative_to(tmp_path / ".dossier-cache").as_posix()
                  for p in (tmp_path / ".dossier-cache").rglob("*")) == sorted([
        "0123456789abcdef", "0123456789abcdef/notes.txt", "CACHEDIR.TAG", "not-a-salt",
        cache.salt, f"{cache.salt}/notes.txt", f"{cache.salt}/{document_key(documents[0])}.json"])


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
    leftover = cache.current / f".{document_key(documents[0])}.json.123.tmp"
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


@settings(max_examples=60, deadline=None)
@given(st.from_type(Extraction))
def test_an_extraction_written_and_read_back_is_equal(extraction):
    assert decode_entry(encode_entry(extraction), extraction.article.source) == extraction


@pytest.mark.parametrize("text", [HARBOUR, MARKET])
def test_an_extracted_article_written_and_read_back_is_equal(text):
    extraction = extract(Document("a.txt", text, "text", "f" * 64))
    assert extraction.facts and extraction.mentions
    assert decode_entry(encode_entry(extraction), "a.txt") == extraction


PYTEST_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# Created by pytest.\n"


@pytest.mark.parametrize("files, used", [
    ({}, True),                                                    # no folder yet
    ({"": None}, True),                                            # an empty folder
    ({f"0123456789abcdef/{'a' * 64}.pickle": "x"}, True),          # a cache from before the tag
    ({"notes.txt": "mine"}, False),
    ({"stylesheets/site.css": "body {}"}, False),
    ({"0123456789abcdef/notes.txt": "mine"}, False),
    ({"CACHEDIR.TAG": PYTEST_TAG}, False),                         # another tool's cache
])
def test_the_cache_uses_only_a_folder_it_made_or_found_empty(tmp_path, files, used):
    folder = tmp_path / "cache"
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is not None:
            path.write_text(text, encoding="utf-8")
    before = {p.relative_to(tmp_path).as_posix(): p.read_bytes() if p.is_file() else None
              for p in tmp_path.rglob("*")}
    seeds = seeds_with(tmp_path / "seeds", {"harbour.txt": HARBOUR})
    cache = Cache(folder)
    build(seeds, cache=cache)
    assert (cache.refused is None) is used
    if used:
        assert Cache(folder).get(read_seeds(seeds)[0][0]) == extract(read_seeds(seeds)[0][0])
    else:
        assert {p.relative_to(tmp_path).as_posix(): p.read_bytes() if p.is_file() else None
                for p in tmp_path.rglob("*") if "seeds" not in p.parts} == before
        assert str(cache.refused) == (
            f"{folder}: a folder the cache did not make, so it is left untouched and nothing is cached\n"
            "  hint: name a new or empty folder for the cache (the default is .dossier-cache), or pass --no-cache")


def test_a_file_where_the_cache_folder_should_be_is_refused(tmp_path):
    (tmp_path / "cache").write_text("a file where the folder should be", encoding="utf-8")
    assert str(Cache(tmp_path / "cache").refused) == (
        f"{tmp_path / 'cache'}: cannot be used as the cache (File exists), so nothing is cached\n"
        "  hint: name a new or empty folder for the cache (the default is .dossier-cache), or pass --no-cache")
