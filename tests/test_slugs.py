"""Slugs: safe as file names and URLs, stable, unique."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.slugs import MAX_LENGTH, fact_id, is_slug, slugify, unique_slugs


@pytest.mark.parametrize("name, expected", [
    ("Mykhailo Fedorov", "mykhailo-fedorov"),
    ("Volodymyr Zelenskyy's office", "volodymyr-zelenskyy-s-office"),
    ("Zaporizhzhia – région", "zaporizhzhia-region"),
    ("../../etc/passwd", "etc-passwd"),
    ("C:\\Windows\\system32", "c-windows-system32"),
    ("CON", "con-item"),
    ("com1", "com1-item"),
    ("index", "index-item"),
    ("ＣＯＮ", "con-item"),          # full-width letters fold to ASCII, then are caught
    ("", "item-e3b0c442"),
    ("?!...", "item-922a5666"),
    ("Путин", "item-983b039e"),
    ("a " * 100, "a-a-a-a-a-a-a-a"),
])
def test_slugify(name, expected):
    assert slugify(name) == expected


def test_very_long_name_is_cut():
    assert slugify("x" * 1000) == "x" * MAX_LENGTH


def test_look_alikes_get_distinct_slugs():
    latin, cyrillic = "Paul", "\u0420\u0430ul"     # 'Ра' are Cyrillic letters
    slugs = unique_slugs([(latin, latin), (cyrillic, cyrillic)])
    assert len(set(slugs)) == 2 and all(is_slug(s) for s in slugs)


def test_clash_is_settled_by_key_not_order():
    items = [("Smith", "a.txt"), ("smith", "b.txt"), ("SMITH!", "c.txt")]
    slugs = dict(zip(items, unique_slugs(items)))
    assert len(set(slugs.values())) == 3
    shuffled = items[::-1]
    assert dict(zip(shuffled, unique_slugs(shuffled))) == slugs


NAMES = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80) | st.sampled_from(
    ["", "..", "CON", "index", "Paul", "\u0420\u0430ul", "a" * 200, "../x", "x/../../y"])


@settings(max_examples=200, deadline=None)
@given(st.lists(NAMES, max_size=20, unique=True), st.randoms(use_true_random=False))
def test_unique_slugs_are_safe_unique_and_stable(names, rnd: random.Random):
    items = [(name, f"key:{name}") for name in names]
    slugs = unique_slugs(items)
    assert all(is_slug(s) for s in slugs)
    assert len(set(slugs)) == len(slugs)
    assert unique_slugs(items) == slugs
    shuffled = items[:]
    rnd.shuffle(shuffled)
    assert dict(zip(shuffled, unique_slugs(shuffled))) == dict(zip(items, slugs))


def test_fact_ids_are_stable():
    assert fact_id("a.txt", "the  grid\nwas stable") == fact_id("a.txt", "the grid was stable")
    assert fact_id("a.txt", "the grid was stable") != fact_id("b.txt", "the grid was stable")
