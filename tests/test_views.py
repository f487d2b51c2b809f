"""Views of the whole dossier: ranking, who speaks about whom, the relationship graph."""

from __future__ import annotations

from datetime import date

import pytest

from dossier import views
from dossier.model import Actor, Article, Dossier, Fact
from dossier.render import make_index

ARTICLES = (Article("a", "a.txt", "A", published=date(2026, 3, 2)), Article("b", "b.txt", "B"),
            Article("c", "c.txt", "C", published=date(2026, 3, 1)))
ACTORS = {a.id: a for a in (Actor("ann", "Ann Berg", "person", articles=("a", "b", "c")),
                            Actor("cy", "Cy Dale", "person", articles=("a",)),
                            Actor("eve", "Eve Fox", "person", articles=("b",)),
                            Actor("port", "Portville", "place", articles=("a", "c")))}
NAMES = {a.id: a.name for a in ACTORS.values()}


def fact(n: int, article: str, speakers=(), mentions=(), kind="quote", when=None) -> Fact:
    return Fact(f"f-{n}", article, 1, kind, f"words {n}", speakers=speakers, mentions=mentions, date=when)


@pytest.mark.parametrize("weight, once", [
    (views.Weight(1, 0, 0), True),
    (views.Weight(0, 0, 0), True),
    (views.Weight(2, 0, 0), False),
    (views.Weight(1, 1, 0), False),
    (views.Weight(1, 0, 1), False),
])
def test_an_actor_is_named_once_when_one_article_names_it_and_no_fact(weight, once):
    assert weight.once is once


@pytest.mark.parametrize("weights, expected", [
    # The most said about first: articles, facts said and facts naming it, counted alike.
    ({"ann": (3, 0, 0), "cy": (1, 3, 0), "eve": (2, 0, 0), "port": (1, 0, 1)}, ["cy", "ann", "eve", "port"]),
    # Ties go to the actor named in more articles, then by name.
    ({"ann": (1, 1, 0), "cy": (2, 0, 0), "eve": (1, 1, 0), "port": (1, 0, 0)}, ["cy", "ann", "eve"]),
])
def test_actors_are_ranked_by_how_much_the_dossier_says_leaving_out_those_named_once(weights, expected):
    found = views.ranked(ACTORS.values(), {k: views.Weight(*v) for k, v in weights.items()})
    assert [line.actor.id for line in found] == expected
    assert [line.rank for line in found] == list(range(1, len(expected) + 1))


def test_a_ranking_keeps_the_strongest_and_no_more():
    weights = {k: views.Weight(2, n, 0) for n, k in enumerate(ACTORS)}
    assert [line.actor.id for line in views.ranked(ACTORS.values(), weights, size=2)] == ["port", "eve"]


STATEMENTS = (
    fact(1, "a", ("ann",), ("cy", "port")),
    fact(2, "c", ("ann",), ("cy",), kind="claim"),
    fact(3, "b", ("ann",), ("cy",), when=date(2026, 2, 1)),
    fact(4, "a", ("ann",), ("eve",)),
    fact(5, "a", ("cy",), ("ann",)),
    fact(6, "a", ("cy",), ("ann",), kind="statistic"),      # a statistic is no statement about anyone
    fact(7, "a", ("ann",), ("ann",)),                        # nor is naming oneself
    fact(8, "b", ("ann",)),                                  # a statement naming no one
)


@pytest.mark.parametrize("speaker, keep, size, expected", [
    # Most named first, then by name; each group oldest first, by its own date or its article's.
    ("ann", frozenset(), 30, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)]),
                              ("eve", ["f-4"], [date(2026, 3, 2)]), ("port", ["f-1"], [date(2026, 3, 2)])]),
    ("ann", frozenset(), 1, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)])]),
    # A group the matrix counts is kept, however far down it comes.
    ("ann", frozenset({"port"}), 1, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)]),
                                     ("port", ["f-1"], [date(2026, 3, 2)])]),
    ("cy", frozenset(), 30, [("ann", ["f-5"], [date(2026, 3, 2)])]),
    ("eve", frozenset(), 30, []),
])
def test_an_actors_statements_are_grouped_by_whom_they_name(speaker, keep, size, expected):
    index = make_index(Dossier(ARTICLES, tuple(ACTORS.values()), STATEMENTS))
    groups = views.said_about(speaker, index.facts_by_speaker, views.fact_date(index.articles), NAMES, keep, size)
    assert [(g.named, [f.id for f in g.facts], list(g.dates)) for g in groups] == expected


@pytest.mark.parametrize("size, speakers, named, counts, left, shown", [
    (12, ("ann", "cy"), ("cy", "ann", "eve", "port"), ((3, 0, 1, 1), (0, 1, 0, 0)), (0, 0), 6),
    (1, ("ann",), ("cy",), ((3,),), (1, 3), 3),
])
def test_the_matrix_counts_the_top_speakers_statements_about_the_most_named(size, speakers, named, counts, left, shown):
    found = views.matrix(STATEMENTS, NAMES, size)
    assert (found.speakers, found.named, found.counts) == (speakers, named, counts)
    assert (found.speakers_left, found.named_left, found.statements, found.shown) == (*left, 6, shown)
