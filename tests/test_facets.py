"""The facts index the facts page filters in the browser."""

from __future__ import annotations

import json

import pytest

from conftest import HOSTILE, handmade_dossier
from dossier import views
from dossier.escape import plain
from dossier.facets import facts_index
from dossier.render import make_index


def index_of(dossier):
    return json.loads(facts_index(dossier, views.fact_date(make_index(dossier).articles)))


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
    kinds, actors, articles, facts = index_of(handmade_dossier(hostile=True))
    found = next(f for f in facts if f[0] == fact_id)
    assert [found[0], articles[found[1]][0], found[2], kinds[found[3]], found[4],
            [actors[a][0] for a in found[5]], [actors[a][0] for a in found[6]], found[7]] == expected


def test_the_index_names_each_article_with_its_publisher_and_date_and_only_the_actors_facts_name():
    kinds, actors, articles, facts = index_of(handmade_dossier())
    assert articles[0] == ["ministry-answers-on-drones", "Ministry answers on drones", "The Courier", "2026-01-29"]
    assert [a[0] for a in actors] == ["olena-koval", "coastal-monitoring-agency", "harbour-town"]
    assert len(facts) == 5


def test_no_markup_or_template_tag_is_written_into_the_index():
    text = facts_index(handmade_dossier(hostile=True), views.fact_date({}))
    assert not any(char in text for char in "<>&{}")
    assert json.loads(text)[1][-1][1] == plain(HOSTILE)
