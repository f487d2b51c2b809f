"""The facts index the facts filter reads: its parts, and each key's list of facts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from conftest import HOSTILE, handmade_dossier
from dossier import facets, views
from dossier.escape import plain
from dossier.facets import INDEX_PATH, bucket_of, buckets_for, facts_index
from dossier.model import Fact
from dossier.render import make_index


def parts_of(dossier) -> dict:
    return {path: json.loads(text) for path, text in
            facts_index(dossier, views.fact_date(make_index(dossier).articles)).items()}


def entry_of(parts: dict, key: str):
    """A key's entry, found as the script finds it: in the bucket its hash names."""
    buckets = parts[INDEX_PATH][1]
    entries, _ = parts[f"facts-index/keys/{bucket_of(key, buckets)}.json"]
    return next((e for e in entries if e[0] == key), None)


def facts_of(parts: dict, key: str) -> list[list]:
    """A key's facts, each as [id, article id, paragraph, kind, text, speaker ids, named ids,
    date], its pages read one after the other."""
    kinds = parts[INDEX_PATH][0]
    _, _, count, stem, bounds, inline = entry_of(parts, key)
    pages = [inline] if not stem else [parts[f"facts-index/lists/{stem}-{n}.json"] for n in range(len(bounds))]
    found = []
    for actors, articles, facts in pages:
        found += [[f[1], articles[f[2]][0], f[3], kinds[f[4]], f[5], [actors[a][0] for a in f[6]],
                   [actors[a][0] for a in f[7]], f[8]] for f in facts]
    assert len(found) == count
    return found


@pytest.mark.parametrize("fact_id, expected", [
    # [id, article, paragraph, kind, text, speakers, named, date]: its own date...
    ("f-0000000001", ["f-0000000001", "ministry-answers-on-drones", 2, "quote", "We acted within hours,",
                      ["olena-koval"], [], "2026-01-29"]),
    # ... else its article's publication date.
    ("f-0000000004", ["f-0000000004", "grid-attacks-continue", 1, "claim", "the grid was hit again",
                      ["olena-koval"], ["coastal-monitoring-agency"], "2026-01-30"]),
    ("f-0000000005", ["f-0000000005", "hostile-text", 1, "quote", plain(HOSTILE), ["hostile-actor"], [], "2026-01-31"]),
])
def test_each_fact_is_indexed_with_what_it_is_filtered_by(fact_id, expected):
    found = next(f for f in facts_of(parts_of(handmade_dossier(hostile=True)), "all:") if f[0] == fact_id)
    assert found == expected


@pytest.mark.parametrize("key, expected", [
    ("speaker:olena-koval", ["f-0000000001", "f-0000000004"]),
    ("speaker:coastal-monitoring-agency", ["f-0000000002", "f-0000000006"]),
    ("named:coastal-monitoring-agency", ["f-0000000004"]),
    # 29, 30 and 31 January.
    ("kind:quote", ["f-0000000001", "f-0000000006", "f-0000000005"]),
    ("publisher:Daily Wire Service", ["f-0000000004", "f-0000000006"]),
    ("speaker:hostile-actor", ["f-0000000005"]),
])
def test_each_key_lists_the_facts_it_filters_to_in_date_order(key, expected):
    assert [f[0] for f in facts_of(parts_of(handmade_dossier(hostile=True)), key)] == expected


def test_every_fact_is_listed_by_date_the_undated_last():
    dossier = handmade_dossier()
    undated = Fact("f-0000000009", "ministry-answers-on-drones", 1, "claim", "the harbour will reopen")
    articles = tuple(replace(a, published=None) if a.id == "ministry-answers-on-drones" else a for a in dossier.articles)
    listed = facts_of(parts_of(replace(dossier, facts=(undated, *dossier.facts), articles=articles)), "all:")
    days = [f[7] for f in listed]
    dated = [d for d in days if d]
    assert dated == sorted(dated) and days[len(dated):] == [""] * (len(days) - len(dated))
    assert "f-0000000009" in [f[0] for f in listed[len(dated):]]


def test_a_key_with_many_facts_is_paged_and_each_page_says_its_dates(monkeypatch):
    monkeypatch.setattr(facets, "PAGE", 2)
    monkeypatch.setattr(facets, "INLINE", 1)
    parts = parts_of(handmade_dossier(hostile=True))
    _, _, count, stem, bounds, inline = entry_of(parts, "all:")
    assert inline is None and len(bounds) == 3 and count == 6
    for n, (first, last, dated, size) in enumerate(bounds):
        days = [f[8] for f in parts[f"facts-index/lists/{stem}-{n}.json"][2]]
        assert [first, last, dated, size] == [days[0], days[-1], len(days), len(days)]
    # The lists read alone give the same facts as when they were kept whole.
    monkeypatch.setattr(facets, "PAGE", 100)
    monkeypatch.setattr(facets, "INLINE", 10)
    assert facts_of(parts, "all:") == facts_of(parts_of(handmade_dossier(hostile=True)), "all:")


def test_a_name_in_any_case_finds_its_actor_in_the_bucket_its_hash_names():
    parts = parts_of(handmade_dossier(hostile=True))
    lower = "olena koval"
    _, names = parts[f"facts-index/keys/{bucket_of('name:' + lower, parts[INDEX_PATH][1])}.json"]
    assert [lower, "olena-koval", "Olena Koval"] in names


def test_the_manifest_suggests_the_busiest_speakers_actors_named_and_publishers_with_their_counts():
    kinds, buckets, page, inline, speakers, named, publishers, kind_counts, every = \
        parts_of(handmade_dossier(hostile=True))[INDEX_PATH]
    assert kinds == ["quote", "claim", "statistic", "event"] and (page, inline) == (facets.PAGE, facets.INLINE)
    # Most facts first, then by id.
    assert [a[0] for a in speakers] == ["coastal-monitoring-agency", "olena-koval", "hostile-actor"]
    assert named == [["coastal-monitoring-agency", "Coastal Monitoring Agency", 1], ["harbour-town", "Harbour Town", 1]]
    assert publishers == [["The Courier", 3], ["Daily Wire Service", 2], [plain(HOSTILE), 1]]
    assert (kind_counts, every) == ([3, 1, 1, 1], 6)


def test_the_pages_of_a_key_are_named_from_the_key_as_the_script_names_them(monkeypatch):
    monkeypatch.setattr(facets, "PAGE", 2)
    monkeypatch.setattr(facets, "INLINE", 1)
    parts = parts_of(handmade_dossier(hostile=True))
    for key in ("all:", "kind:quote", "speaker:olena-koval", "publisher:The Courier"):
        assert entry_of(parts, key)[3] == facets.stem(key)
        assert f"facts-index/lists/{facets.stem(key)}-0.json" in parts
    assert facets.stem("speaker:olena-koval") == f"{bucket_of('speaker:olena-koval', 2 ** 32):08x}" \
        f"{bucket_of('speaker:olena-koval' + chr(10), 2 ** 32):08x}"


def test_the_hash_is_fnv1a_as_the_script_computes_it():
    # The published test vectors of 32-bit FNV-1a.
    assert bucket_of("", 2 ** 32) == 0x811C9DC5
    assert bucket_of("a", 2 ** 32) == 0xE40C292C
    assert bucket_of("foobar", 2 ** 32) == 0xBF9CF968


@pytest.mark.parametrize("size, expected", [(0, 1), (facets.BUCKET_BYTES, 1), (facets.BUCKET_BYTES + 1, 2),
                                            (facets.BUCKET_BYTES * 100, 128)])
def test_the_buckets_grow_with_the_index_a_power_of_two(size, expected):
    assert buckets_for(size) == expected


def test_no_markup_or_template_tag_is_written_into_any_part():
    text = facts_index(handmade_dossier(hostile=True), views.fact_date({}))
    assert all(not any(char in part for char in "<>&{}") for part in text.values())
    assert [a for a in json.loads(text[INDEX_PATH])[4] if a[0] == "hostile-actor"][0][1] == plain(HOSTILE)
