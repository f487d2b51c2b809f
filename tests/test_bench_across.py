"""The cross-article scorer in bench/across.py, on an invented export and gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

_spec = importlib.util.spec_from_file_location("across", Path(__file__).parent.parent / "bench" / "across.py")
across = importlib.util.module_from_spec(_spec)
sys.modules["across"] = across  # dataclasses look their module up by name
_spec.loader.exec_module(across)

GOLD = {
    "actors": [
        {"id": "ada-lind", "name": "Ada Lind", "kind": "person", "forms": ["Ada Lind", "Mrs. Lind"],
         "ambiguous_forms": ["Lind"], "articles": ["a.txt", "b.txt", "c.txt"]},
        {"id": "bo-lind", "name": "Bo Lind", "kind": "person", "forms": ["Bo Lind"],
         "ambiguous_forms": ["Lind"], "articles": ["b.txt", "c.txt"]},
        {"id": "jim-orr", "name": "James Orr", "kind": "person", "forms": ["James Orr", "Jim Orr", "Orr"],
         "articles": ["a.txt", "c.txt"]},
        {"id": "port-board", "name": "Port Board", "kind": "organisation", "forms": ["Port Board"],
         "articles": ["a.txt", "b.txt"]},
        {"id": "harbour-police", "name": "Harbour Police", "kind": "organisation", "forms": ["Harbour Police"],
         "articles": ["b.txt", "c.txt"]},
    ],
    "distinct_pairs": [["ada-lind", "bo-lind"]],
}


def page(name, articles, kind="person", aliases=()):
    return {"id": name.lower().replace(" ", "-"), "name": name, "kind": kind, "aliases": list(aliases),
            "articles": list(articles)}


def run(tmp_path, actors):
    export = {"articles": [{"id": s, "source": f"{s}.txt"} for s in "abc"], "actors": actors, "facts": []}
    (tmp_path / "x.json").write_text(json.dumps(export))
    (tmp_path / "gold.yml").write_text(yaml.safe_dump(GOLD))
    actors, distinct = across.load_gold(tmp_path / "gold.yml")
    result = across.score(across.load_pages(tmp_path / "x.json"), actors, distinct)
    return result.summary(), across.problems(result)


PERFECT = [
    page("Ada Lind", "abc", aliases=["Lind"]),
    page("Bo Lind", "bc"),
    page("James Orr", "ac", aliases=["Jim Orr", "Orr"]),
    page("Port Board", "ab", kind="organisation"),
    page("Harbour Police", "bc", kind="organisation"),
]


def replace(name, *pages):
    return [p for p in PERFECT if p["name"] != name] + list(pages)


@pytest.mark.parametrize("actors, expected, problem", [
    (PERFECT, {"one_page": 1.0, "merged": 0, "article_recall": 1.0, "article_precision": 1.0, "kind": 1.0},
     None),
    # The two Lind on one page: a merge, and Ada's page lists nothing she is not named in.
    ([page("Ada Lind", "abc", aliases=["Bo Lind"]), *PERFECT[2:]],
     {"merged": 1, "one_page": 1.0}, "merged: page 'Ada Lind' holds Ada Lind and Bo Lind"),
    # Jim and James on two pages: a split; the articles of both pages together count.
    (replace("James Orr", page("James Orr", "a"), page("Jim Orr", "c")),
     {"one_page": 0.8, "article_recall": 1.0}, "split: James Orr is on 2 pages: 'James Orr', 'Jim Orr'"),
    # A surname on a page of its own stands for no one.
    ([*PERFECT, page("Lind", "bc")], {"ambiguous_only": 1, "one_page": 1.0}, "ambiguous-only page: 'Lind'"),
    # Two organisations glued by 'and' are two actors on one junk page.
    ([*PERFECT, page("Port Board and Harbour Police", "b", kind="organisation")], {"joined": 1},
     "joined: page 'Port Board and Harbour Police' strings together Harbour Police and Port Board"),
    # A page listing an article that does not name the actor costs precision; one it leaves out, recall.
    (replace("Bo Lind", page("Bo Lind", "abc")), {"article_precision": 11 / 12}, "0.67 Bo Lind"),
    (replace("Port Board", page("Port Board", "a", kind="organisation")), {"article_recall": 10 / 11},
     "0.50 Port Board: missed in 1 of 2: b.txt"),
    # The kind is the reader's page's kind; an actor with no page has none.
    (replace("Harbour Police", page("Harbour Police", "bc", kind="place")), {"kind": 0.8},
     "kind: Harbour Police is 'place' on 'Harbour Police', not 'organisation'"),
    (replace("Harbour Police"), {"one_page": 0.8, "kind": 0.8, "article_recall": 9 / 11},
     "missing: Harbour Police has no page"),
])
def test_score(tmp_path, actors, expected, problem):
    summary, problems = run(tmp_path, actors)
    assert {k: summary[k] for k in expected} == pytest.approx(expected)
    if problem:
        assert any(line.strip().startswith(problem) for line in problems), problems
    else:
        assert not any(line.startswith(("split", "merged", "missing", "kind", "joined", "ambiguous"))
                       for line in problems)
