"""The facts index the facts filter reads: its parts, and each key's list of facts."""

from __future__ import annotations

import json
import zlib
from itertools import accumulate
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


def list_of(parts: dict, key: str) -> tuple[list, str, list]:
    """A key's ranks written short, the kinds of its facts and its pages' first ranks and
    sizes: in its entry when it is kept whole there, else in its part named from its stem."""
    _, _, count, stem, gaps, kinds, _ = entry_of(parts, key)
    return tuple(parts[f"facts-index/lists/{stem}-ranks.json"]) if stem else (gaps, kinds, [[None, count]])


def pages_of(parts: dict, key: str) -> list:
    """A key's pages, named as the script names them: its stem, then its stem and each
    later page's first rank."""
    _, _, _, stem, _, _, inline = entry_of(parts, key)
    if not stem:
        return [inline]
    pages = list_of(parts, key)[2]
    return [parts[f"facts-index/lists/{stem}{f'-{first}' if n else ''}.json"] for n, (first, _) in enumerate(pages)]


def facts_of(parts: dict, key: str) -> list[list]:
    """A key's facts, each as [id, article id, paragraph, kind, text, speaker ids, named ids,
    date], its pages read one after the other."""
    kinds = parts[INDEX_PATH][0]
    found = []
    for actors, articles, facts in pages_of(parts, key):
        found += [[f[1], articles[f[6]][0], f[2], kinds[f[3]], f[4], [actors[a][0] for a in f[7]],
                   [actors[a][0] for a in f[8]], f[5]] for f in facts]
    assert len(found) == entry_of(parts, key)[2]
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


def small_pages(monkeypatch, most: int = 2):
    monkeypatch.setattr(facets, "HEAD", 2)
    monkeypatch.setattr(facets, "PAGE", 2)
    monkeypatch.setattr(facets, "MOST", most)
    monkeypatch.setattr(facets, "INLINE", 1)


def test_a_key_with_many_facts_is_paged_and_its_entry_gives_the_ranks_and_pages_of_its_facts(monkeypatch):
    small_pages(monkeypatch)
    parts = parts_of(handmade_dossier(hostile=True))
    _, _, count, stem, _, _, inline = entry_of(parts, "all:")
    gaps, _, pages = list_of(parts, "all:")
    sizes = [size for _, size in pages]
    assert inline is None and stem and count == 6 and sizes[0] == 2 and max(sizes) == 2 and sum(sizes) == 6
    assert [[page[2][0][0], len(page[2])] for page in pages_of(parts, "all:")] == pages
    # Every fact's list gives no ranks: its pages' first ranks place every fact.
    assert gaps == []
    gaps, _, _ = list_of(parts, "speaker:coastal-monitoring-agency")
    assert list(accumulate(gaps)) == [f[0] for page in pages_of(parts, "speaker:coastal-monitoring-agency") for f in page[2]]
    # The lists read alone give the same facts as when they were kept whole.
    monkeypatch.undo()
    assert facts_of(parts, "all:") == facts_of(parts_of(handmade_dossier(hostile=True)), "all:")


def test_a_kind_or_a_publisher_keeps_only_its_first_page_and_the_ranks_of_all_its_facts(monkeypatch):
    small_pages(monkeypatch)
    parts = parts_of(handmade_dossier(hostile=True))
    for key in ("kind:quote", "publisher:The Courier"):
        count = entry_of(parts, key)[2]
        gaps, _, pages = list_of(parts, key)
        assert count == 3 and len(gaps) == 3 and pages == [[list(accumulate(gaps))[0], 2]]


def test_each_keys_entry_gives_the_kind_of_each_of_its_facts():
    parts = parts_of(handmade_dossier(hostile=True))
    kinds = parts[INDEX_PATH][0]
    for key in ("speaker:coastal-monitoring-agency", "publisher:The Courier", "speaker:olena-koval"):
        kinded = list_of(parts, key)[1]
        assert [kinds[int(k, 36)] for k in kinded] == [f[3] for f in facts_of(parts, key)]


def invented_records(count: int) -> list:
    return [(n, Fact(f"f-{n:010}", "an-article", 1, "claim", f"statement {n}"), "") for n in range(count)]


def test_a_later_page_ends_after_a_fact_whose_id_hashes_to_a_multiple_of_page(monkeypatch):
    monkeypatch.setattr(facets, "HEAD", 10)
    monkeypatch.setattr(facets, "PAGE", 8)
    monkeypatch.setattr(facets, "MOST", 1000)
    records = invented_records(300)
    pages = facets.paged(records)
    assert pages[0] == records[:10] and [r for page in pages for r in page] == records
    for page in pages[1:-1]:
        assert [zlib.crc32(r[1].id.encode()) % 8 == 0 for r in page] == [False] * (len(page) - 1) + [True]


def test_a_fact_added_changes_only_the_page_it_joins(monkeypatch):
    monkeypatch.setattr(facets, "HEAD", 10)
    monkeypatch.setattr(facets, "PAGE", 8)
    monkeypatch.setattr(facets, "MOST", 1000)
    records = invented_records(300)
    before = [tuple(r[1].id for r in page) for page in facets.paged(records)]
    for where in (50, 150, 299):
        added = (where, Fact("f-added", "another-article", 1, "claim", "an added statement"), "")
        after = [tuple(r[1].id for r in page) for page in facets.paged([*records[:where], added, *records[where:]])]
        assert len(set(after) - set(before)) <= 2 and len(set(before) - set(after)) == 1


def test_a_facts_rank_is_its_days_number_and_its_place_that_day_the_undated_last():
    day = date(2026, 1, 29)
    facts = [Fact(f"f-{n}", "an-article", n, "claim", "a statement") for n in range(4)]
    dates = {"f-0": day, "f-1": None, "f-2": day, "f-3": date(2026, 1, 30)}
    records = facets.ranked(facts, lambda f: dates[f.id])
    number = (day - date(1970, 1, 1)).days
    assert [(r[0], r[1].id, r[2]) for r in records] == [
        (number * facets.DAY, "f-0", "2026-01-29"), (number * facets.DAY + 1, "f-2", "2026-01-29"),
        ((number + 1) * facets.DAY, "f-3", "2026-01-30"), (facets.UNDATED * facets.DAY, "f-1", "")]
    # A fact added on another day moves no rank.
    added = Fact("f-4", "another-article", 1, "claim", "an added statement")
    dates["f-4"] = date(2026, 1, 28)
    again = {r[1].id: r[0] for r in facets.ranked([added, *facts], lambda f: dates[f.id])}
    assert all(again[r[1].id] == r[0] for r in records)


def ids_by_rank(parts: dict) -> dict[int, str]:
    return {f[0]: f[1] for page in pages_of(parts, "all:") for f in page[2]}


@pytest.mark.parametrize("word, expected", [
    ("drones", ["f-0000000002", "f-0000000006"]),
    # A word is found whatever its case in the text, and wherever it stands.
    ("grid", ["f-0000000004"]),
    ("acted", ["f-0000000001"]),
    ("40", ["f-0000000002"]),
])
def test_each_word_lists_the_facts_it_is_in_in_the_shard_its_first_letters_name(word, expected):
    parts = parts_of(handmade_dossier(hostile=True))
    shards = parts[INDEX_PATH][2]
    shard = parts[f"facts-index/words/{bucket_of(word[:facets.PREFIX], 2 ** 32) % shards}.json"]
    gaps = next(g for w, g in shard[0] if w == word)
    by_rank = ids_by_rank(parts)
    assert [by_rank[r] for r in accumulate(gaps)] == expected


def test_a_busy_words_shard_carries_its_first_screenful_that_every_facts_first_page_does_not(monkeypatch):
    small_pages(monkeypatch)
    monkeypatch.setattr(facets, "SCREEN", 1)
    # A word in a third of the facts or more is busy: here, in two of the six.
    monkeypatch.setattr(facets, "BUSY", 3)
    parts = parts_of(handmade_dossier(hostile=True))
    first_page = [f[1] for f in pages_of(parts, "all:")[0][2]]
    assert first_page == ["f-0000000003", "f-0000000001"]
    _, carried = parts[f"facts-index/words/{bucket_of('dro', 2 ** 32) % parts[INDEX_PATH][2]}.json"]
    # 'drones' (f-2, then f-6) carries its first; 'in' (f-3, on that first page, then f-6)
    # nothing; a word in one fact is not busy.
    assert [f[1] for f in carried[2]] == ["f-0000000002"]


@pytest.mark.parametrize("text, expected", [
    ("We acted within hours,", ["we", "acted", "within", "hours"]),
    ("The minister's 40 drones", ["the", "minister", "s", "40", "drones"]),
    ("Grüße aus KÖLN", ["grüße", "aus", "köln"]),
    ("snake_case and-dash", ["snake", "case", "and", "dash"]),
])
def test_words_are_letters_and_digits_lower_cased(text, expected):
    assert facets.words_of(text) == expected


def test_the_words_that_start_alike_share_a_shard():
    parts = parts_of(handmade_dossier(hostile=True))
    shards = [w for n in range(parts[INDEX_PATH][2]) for w, _ in parts[f"facts-index/words/{n}.json"][0]]
    assert len(shards) == len(set(shards))
    for n in range(parts[INDEX_PATH][2]):
        words = [w for w, _ in parts[f"facts-index/words/{n}.json"][0]]
        assert {bucket_of(w[:facets.PREFIX], 2 ** 32) % parts[INDEX_PATH][2] for w in words} <= {n}


def test_the_dates_count_the_facts_of_each_day_the_undated_left_out():
    dossier = handmade_dossier()
    undated = Fact("f-0000000009", "ministry-answers-on-drones", 1, "claim", "the harbour will reopen")
    articles = tuple(replace(a, published=None) if a.id == "ministry-answers-on-drones" else a for a in dossier.articles)
    parts = parts_of(replace(dossier, facts=(undated, *dossier.facts), articles=articles))
    days = [f[5] for f in facts_in_rank_order(parts)]
    per_day, months = parts["facts-index/dates.json"]
    assert per_day == facets.DAY
    counted = {f"{month}-{n + 1:02}": c for month, counts in months for n, c in enumerate(counts) if c}
    assert counted == {day: days.count(day) for day in days if day}
    # Each month's count of days stops at its last dated day.
    assert all(counts[-1] for _, counts in months)


def facts_in_rank_order(parts: dict) -> list[list]:
    return [f for page in pages_of(parts, "all:") for f in page[2]]


@pytest.mark.parametrize("ranks, expected", [([], []), ([4], [4]), ([0, 1, 5, 20], [0, 1, 4, 15])])
def test_ranks_are_written_as_distances_from_the_one_before(ranks, expected):
    assert facets.gaps(ranks) == expected and list(accumulate(expected)) == ranks


def test_a_name_in_any_case_finds_its_actor_in_the_bucket_its_hash_names():
    parts = parts_of(handmade_dossier(hostile=True))
    lower = "olena koval"
    _, names = parts[f"facts-index/keys/{bucket_of('name:' + lower, parts[INDEX_PATH][1])}.json"]
    assert [lower, "olena-koval", "Olena Koval"] in names


def test_the_manifest_suggests_the_busiest_speakers_actors_named_and_publishers_with_their_counts():
    kinds, buckets, shards, page, inline, speakers, named, publishers, kind_counts, every, screen = \
        parts_of(handmade_dossier(hostile=True))[INDEX_PATH]
    assert kinds == ["quote", "claim", "statistic", "event"]
    assert (page, inline, screen) == (facets.HEAD, facets.INLINE, facets.SCREEN)
    # Most facts first, then by id.
    assert [a[0] for a in speakers] == ["coastal-monitoring-agency", "olena-koval", "hostile-actor"]
    assert named == [["coastal-monitoring-agency", "Coastal Monitoring Agency", 1], ["harbour-town", "Harbour Town", 1]]
    assert publishers == [["The Courier", 3], ["Daily Wire Service", 2], [plain(HOSTILE), 1]]
    assert (kind_counts, every) == ([3, 1, 1, 1], 6)


def test_the_pages_of_a_key_are_named_from_the_key_as_the_script_names_them(monkeypatch):
    small_pages(monkeypatch)
    parts = parts_of(handmade_dossier(hostile=True))
    for key in ("all:", "kind:quote", "speaker:coastal-monitoring-agency", "publisher:The Courier"):
        stem, (_, _, pages) = entry_of(parts, key)[3], list_of(parts, key)
        assert stem == facets.stem(key) and f"facts-index/lists/{stem}.json" in parts
        assert all(f"facts-index/lists/{stem}-{first}.json" in parts for first, _ in pages[1:])
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
    assert [a for a in json.loads(text[INDEX_PATH])[5] if a[0] == "hostile-actor"][0][1] == plain(HOSTILE)


def written_with(dossier, kept=None) -> dict:
    return facts_index(dossier, views.fact_date(make_index(dossier).articles), kept)


def renamed(dossier, actor_id: str, name: str):
    return replace(dossier, actors=tuple(replace(a, name=name) if a.id == actor_id else a for a in dossier.actors))


def edited_article(dossier, article_id: str, **fields):
    return replace(dossier, articles=tuple(replace(a, **fields) if a.id == article_id else a
                                           for a in dossier.articles))


# Each edit a part kept from the last index could miss: the parts written with the last
# index's kept must be those written afresh (the reuse is checked by identity, so the
# unchanged facts are the same objects, as a served dossier's are).
KEPT_EDITS = {
    "a headline": lambda d: edited_article(d, "grid-attacks-continue", headline="Grid hit for a third night"),
    "a publisher": lambda d: edited_article(d, "grid-attacks-continue", publisher="The Harbour Post"),
    "a date, which moves its facts' ranks": lambda d: edited_article(d, "grid-attacks-continue",
                                                                      published=date(2026, 1, 20)),
    "an actor's name": lambda d: renamed(d, "coastal-monitoring-agency", "Coastal Watch Agency"),
    "an actor gone": lambda d: replace(d, actors=tuple(a for a in d.actors if a.id != "harbour-town")),
    "a fact's text": lambda d: replace(d, facts=tuple(replace(f, text="the grid was hit twice") if f.id == "f-0000000004"
                                                      else f for f in d.facts)),
    "a fact gone": lambda d: replace(d, facts=tuple(f for f in d.facts if f.id != "f-0000000002")),
    "a fact's kind new to the dossier": lambda d: replace(d, facts=tuple(
        replace(f, kind="estimate") if f.id == "f-0000000002" else f for f in d.facts)),
    "nothing": lambda d: d,
}


@pytest.mark.parametrize("edit", KEPT_EDITS.values(), ids=KEPT_EDITS)
@pytest.mark.parametrize("page_size", [1000, 2], ids=["whole", "paged"])
def test_the_index_written_with_the_last_ones_parts_kept_is_the_one_written_afresh(monkeypatch, edit, page_size):
    if page_size == 2:
        small_pages(monkeypatch)
    before = handmade_dossier(hostile=True)
    kept = facets.Kept()
    written_with(before, kept)
    after = edit(before)
    assert written_with(after, kept) == written_with(after)
    # And again, now that the kept parts are the edited dossier's.
    assert written_with(before, kept) == written_with(before)


def test_the_index_gives_again_the_parts_an_edit_did_not_change(monkeypatch):
    small_pages(monkeypatch)
    before = handmade_dossier(hostile=True)
    kept = facets.Kept()
    written_with(before, kept)
    first = dict(kept.written)
    written_with(KEPT_EDITS["a headline"](before), kept)
    again = {name for name, page in kept.written.items() if first.get(name) is page}
    # The pages holding none of the edited article's facts are given again, the others written anew.
    assert again and all("grid-attacks-continue" not in page.text for name, page in kept.written.items() if name in again)
    assert all(first[name] is not page for name, page in kept.written.items() if "grid-attacks-continue" in page.text)


def test_a_headline_edit_writes_again_only_the_parts_naming_its_article(monkeypatch):
    small_pages(monkeypatch)
    before = handmade_dossier(hostile=True)
    kept = facets.Kept()
    first = written_with(before, kept)
    after = written_with(KEPT_EDITS["a headline"](before), kept)
    assert after == written_with(KEPT_EDITS["a headline"](before))
    # The facts, their dates and the names are the same: every part that holds no row of the
    # edited article is the last index's own text, the manifest too.
    untouched = [path for path, text in first.items() if "grid-attacks-continue" not in text]
    assert facets.INDEX_PATH in untouched and len(untouched) > 1
    assert all(after[path] is first[path] for path in untouched)
    assert all(after[path] != first[path] for path in first if path not in untouched)
