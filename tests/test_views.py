"""Views of the whole dossier: ranking, who speaks about whom, the relationship graph."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier import views
from dossier.model import Actor, Article, Dossier, Fact, Paragraph
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


@pytest.mark.parametrize("speaker, keep, size, least, expected", [
    # Most named first, then by name; each group oldest first, by its own date or its article's.
    ("ann", frozenset(), 30, 3, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)]),
                                 ("eve", ["f-4"], [date(2026, 3, 2)]), ("port", ["f-1"], [date(2026, 3, 2)])]),
    ("ann", frozenset(), 1, 3, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)])]),
    # A group the matrix counts is kept, however far down it comes.
    ("ann", frozenset({"port"}), 1, 3, [("cy", ["f-3", "f-2", "f-1"], [date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2)]),
                                        ("port", ["f-1"], [date(2026, 3, 2)])]),
    # Fewer statements naming others than `least`: the page's own lists say as much. Ann
    # has four (naming herself, or no one, does not count), Cy one.
    ("ann", frozenset(), 30, 5, []),
    ("cy", frozenset(), 30, 3, []),
    ("cy", frozenset(), 30, 1, [("ann", ["f-5"], [date(2026, 3, 2)])]),
    ("eve", frozenset(), 30, 1, []),
])
def test_an_actors_statements_are_grouped_by_whom_they_name(speaker, keep, size, least, expected):
    index = make_index(Dossier(ARTICLES, tuple(ACTORS.values()), STATEMENTS))
    groups = views.said_about(speaker, index.facts_by_speaker, views.fact_date(index.articles), NAMES, keep, size, least)
    assert [(g.named, [f.id for f in g.facts], list(g.dates)) for g in groups] == expected


@pytest.mark.parametrize("size, speakers, named, counts, left, shown", [
    (12, ("ann", "cy"), ("cy", "ann", "eve", "port"), ((3, 0, 1, 1), (0, 1, 0, 0)), (0, 0), 6),
    (1, ("ann",), ("cy",), ((3,),), (1, 3), 3),
])
def test_the_matrix_counts_the_top_speakers_statements_about_the_most_named(size, speakers, named, counts, left, shown):
    found = views.matrix(STATEMENTS, NAMES, size)
    assert (found.speakers, found.named, found.counts) == (speakers, named, counts)
    assert (found.speakers_left, found.named_left, found.statements, found.shown) == (*left, 6, shown)


PARAGRAPHS = (Article("p", "p.txt", "P", paragraphs=(
    Paragraph(1, "Ann Berg met Cy Dale in Portville."),
    Paragraph(2, "Berg and Dale spoke again."),
    Paragraph(3, "Eve Fox stayed home."))),
    Article("q", "q.txt", "Q", paragraphs=(Paragraph(1, "Berg wrote to Eve Fox."),)))
LINKED = (Actor("ann", "Ann Berg", "person", aliases=("Berg",), articles=("p", "q")),
          Actor("cy", "Cy Dale", "person", aliases=("Dale",), articles=("p",)),
          Actor("eve", "Eve Fox", "person", articles=("p", "q")),
          Actor("port", "Portville", "place", articles=("p",)))


def linked_dossier(facts=()) -> Dossier:
    return Dossier(PARAGRAPHS, LINKED, tuple(facts))


@pytest.mark.parametrize("facts, expected", [
    # Paragraphs naming both, by any of their names; a paragraph naming one links nothing.
    ((), {("ann", "cy"): (2, 0, ("p",)), ("ann", "port"): (1, 0, ("p",)), ("cy", "port"): (1, 0, ("p",)),
          ("ann", "eve"): (1, 0, ("q",))}),
    # A statement by one naming the other links them, from its article; a statistic does not.
    ((fact(1, "q", ("eve",), ("cy",)), fact(2, "q", ("cy",), ("eve",), kind="claim"),
      fact(3, "p", ("ann",), ("cy",)), fact(4, "p", ("ann",), ("eve",), kind="statistic")),
     {("ann", "cy"): (2, 1, ("p",)), ("ann", "port"): (1, 0, ("p",)), ("cy", "port"): (1, 0, ("p",)),
      ("ann", "eve"): (1, 0, ("q",)), ("cy", "eve"): (0, 2, ("q",))}),
])
def test_actors_are_linked_by_shared_paragraphs_and_by_statements_about_each_other(facts, expected):
    dossier = linked_dossier(facts)
    found = views.edges(dossier, make_index(dossier))
    assert {pair: (e.together, e.about, e.articles) for pair, e in found.items()} == expected


def views_of(dossier: Dossier, kept: views.Relations | None = None):
    """The links, the graph and every actor's neighbourhood, as a render makes them."""
    index = make_index(dossier)
    if kept is not None:
        kept.start()
    links = views.edges(dossier, index, kept)
    weights = views.weigh(dossier, index.facts_by_speaker, index.facts_mentioning)
    links_of = views.links_by_actor(links)
    return (links, views.graph(links, index.actors, weights, size=3, most=2, kept=kept),
            [views.neighbourhood(actor, links_of, index.actors, size=2, kept=kept) for actor in dossier.actors])


def renamed(actor_id: str, **changes):
    return lambda d: replace(d, actors=tuple(replace(a, **changes) if a.id == actor_id else a for a in d.actors))


@pytest.mark.parametrize("edit", [
    # An article's paragraph rewritten: its pairs are found again.
    lambda d: replace(d, articles=(replace(d.articles[0], paragraphs=(Paragraph(1, "Cy Dale met Eve Fox."),)),
                                   *d.articles[1:])),
    # An actor renamed or given an alias: the names its articles are searched for change.
    renamed("cy", name="Cyrus Dale"),
    renamed("eve", aliases=("Fox",)),
    renamed("ann", aliases=()),
    # An actor of another kind, or named in more articles: drawn otherwise.
    renamed("ann", kind="organisation"),
    renamed("cy", articles=("p", "q")),
    # An article removed, and one statement more.
    lambda d: replace(d, articles=d.articles[:1]),
    lambda d: replace(d, facts=(*d.facts, fact(2, "q", ("eve",), ("cy",)))),
    # A statement by another speaker, as many as before: another pair linked.
    lambda d: replace(d, facts=(fact(1, "q", ("ann",), ("cy",)),)),
    # The articles in another order: the articles behind a link listed in it.
    lambda d: replace(d, articles=d.articles[::-1]),
    # A headline corrected: every article's pairs kept, the same links.
    lambda d: replace(d, articles=(replace(d.articles[0], headline="Corrected"), *d.articles[1:])),
])
def test_the_relations_kept_from_the_last_render_are_those_made_anew(edit):
    kept = views.Relations()
    dossier = linked_dossier([fact(1, "q", ("eve",), ("cy",))])
    assert views_of(dossier, kept) == views_of(dossier)
    changed = edit(dossier)
    assert views_of(changed, kept) == views_of(changed)
    assert views_of(dossier, kept) == views_of(dossier)


def test_the_graph_draws_the_strongest_part_and_counts_what_it_leaves_out():
    dossier = linked_dossier([fact(1, "q", ("eve",), ("cy",))])
    index = make_index(dossier)
    links = views.edges(dossier, index)
    weights = views.weigh(dossier, index.facts_by_speaker, index.facts_mentioning)
    drawn = views.graph(links, index.actors, weights, size=3, most=2)
    # Ann and Eve (two articles each, Eve speaking once) and Cy (named once) outrank Portville.
    assert [n.id for n in drawn.nodes] == ["eve", "ann", "cy"]
    assert [(e.a, e.b) for e in drawn.edges] == [("ann", "cy"), ("cy", "eve")]
    assert (drawn.actors, drawn.links, drawn.links_in_all) == (4, 3, 5)
    for node in drawn.nodes:
        assert 0 <= node.x <= drawn.width and 0 <= node.y <= drawn.height
    # The same graph is drawn the same way each time.
    assert views.graph(links, index.actors, weights, size=3, most=2) == drawn
    # An actor is drawn larger the more articles name it.
    assert drawn.node("ann").r > drawn.node("cy").r


def test_an_actors_neighbourhood_is_its_strongest_links_around_it():
    dossier = linked_dossier()
    index = make_index(dossier)
    around = views.neighbourhood(index.actors["ann"], views.links_by_actor(views.edges(dossier, index)),
                                 index.actors, size=2)
    assert [n.id for n in around.nodes] == ["ann", "cy", "eve"]
    assert (around.nodes[0].x, around.nodes[0].y) == (around.width / 2, around.height / 2)
    assert around.links == 3 and len(around.edges) == 2


def test_an_article_naming_a_neighbour_and_not_the_actor_leaves_its_neighbourhood_as_it_was():
    # The drawing on an actor's page depends on its own articles and links alone, so that
    # such an article does not make every neighbour's page change.
    dossier = linked_dossier()
    index = make_index(dossier)
    draw = lambda actors: views.neighbourhood(actors["ann"], views.links_by_actor(views.edges(dossier, index)),  # noqa: E731
                                              actors, size=2)
    before = draw(index.actors)
    busier = {**index.actors, "eve": replace(index.actors["eve"], articles=("p", "q", "x"))}
    assert "eve" in {node.id for node in before.nodes}
    assert draw(busier) == before


@pytest.mark.parametrize("articles, steps", [(1, 0), (2, 1), (3, 1), (4, 2), (31, 4), (32, 5), (900, 5)])
def test_a_mark_grows_a_step_each_time_the_articles_naming_its_actor_double(articles, steps):
    assert views.stepped_radius(articles) == views.stepped_radius(1) + round(2.6 * steps, 1)


def test_the_timeline_picture_draws_the_busiest_months_in_order_and_counts_the_rest():
    from dossier.render import Part
    fact_in = lambda n, when: fact(n, "a", when=when)     # noqa: E731
    parts = [Part("timeline/2026-01.md", "January 2026", ((date(2026, 1, 2), ["a1", "a2"], [fact_in(1, date(2026, 1, 2))]),)),
             Part("timeline/2026-02.md", "February 2026", ((date(2026, 2, 1), [], [fact_in(n, date(2026, 2, 1)) for n in range(2, 6)]),)),
             Part("timeline/2026-02-2.md", "February 2026, part 2 of 2", ((date(2026, 2, 1), [], [fact_in(6, date(2026, 2, 1))]),)),
             Part("timeline/2026-03.md", "March 2026", ((date(2026, 3, 1), ["a3"], []),))]
    months, left_out = views.timeline_months(parts, size=2, marks=3)
    assert [(m.year, m.month, m.path, m.published, m.more) for m in months] == [
        (2026, 1, "timeline/2026-01.md", 2, 0), (2026, 2, "timeline/2026-02.md", 0, 2)]
    # Each fact drawn links to the page of the timeline that lists it.
    assert [(f.id, path) for f, path in months[1].facts] == [
        ("f-2", "timeline/2026-02.md"), ("f-3", "timeline/2026-02.md"), ("f-4", "timeline/2026-02.md")]
    assert left_out == 1


def node(id: str, x: float, y: float, r: float, name: str, kind: str = "person") -> views.Node:
    return views.Node(id, name, kind, 1, x, y, r)


@pytest.mark.parametrize("nodes, labels", [
    # Apart, every actor has its whole name.
    ([node("a", 100, 100, 15, "Marianne Vestby"), node("b", 100, 300, 8, "Anders Kolberg")],
     {"a": ("Marianne Vestby", False), "b": ("Anders Kolberg", False)}),
    # A smaller actor whose name would cover a larger one's mark is written on its other side.
    ([node("a", 300, 60, 15, "Marianne Vestby"), node("b", 420, 100, 6, "Anders Kolberg"),
      node("c", 470, 100, 15, "Department of State", "organisation")],
     {"a": ("Marianne Vestby", False), "b": ("Anders Kolberg", True), "c": ("Department of State", False)}),
    # Hemmed in on both sides, a person keeps the last word of the name...
    ([node("a", 300, 100, 15, "Marianne Vestby"), node("b", 440, 100, 6, "Anders Kolberg"),
      node("c", 520, 100, 15, "Department of State", "organisation")],
     {"a": ("Marianne Vestby", False), "b": ("Kolberg", False), "c": ("Department of State", False)}),
    # ...and with no room at all, the label is left out (the mark's title keeps the name).
    ([node("a", 300, 100, 15, "Marianne Vestby"), node("b", 430, 100, 6, "Anders Kolberg"),
      node("c", 470, 100, 15, "Department of State", "organisation")],
     {"a": ("Marianne Vestby", False), "b": ("", False), "c": ("Department of State", False)}),
    # A label never runs out of the drawing: near the right edge it goes on the left.
    ([node("a", 700, 100, 10, "Marianne Vestby")], {"a": ("Marianne Vestby", True)}),
])
def test_labels_that_would_cover_a_larger_actors_name_move_shorten_or_go(nodes, labels):
    placed = views.place_labels(tuple(nodes), 720)
    assert {n.id: (n.label, n.label_left) for n in placed} == labels
    assert [replace(n, label="", label_left=False) for n in placed] == nodes


def test_no_two_labels_of_the_relations_drawing_overlap():
    dossier = linked_dossier()
    index = make_index(dossier)
    links = views.edges(dossier, index)
    drawn = views.graph(links, index.actors, views.weigh(dossier, index.facts_by_speaker, index.facts_mentioning))
    boxes = [views.label_box(n, n.label, n.label_left) for n in drawn.nodes if n.label]
    assert boxes and not any(views.overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def month(year: int, number: int) -> views.Month:
    return views.Month(year, number, f"timeline/{year}-{number:02}.md", 1, (), 0)


@pytest.mark.parametrize("months, busy, columns", [
    ([], set(), []),
    ([(2026, 1), (2026, 2)], set(), [(2026, 1), (2026, 2)]),
    # Months not drawn between two drawn ones are a column of their own, saying how many,
    # and how many of them have nothing (the others are left out, quieter than those drawn).
    ([(2026, 1), (2026, 3)], set(), [(2026, 1), (1, 1), (2026, 3)]),
    ([(2026, 1), (2026, 3)], {(2026, 2)}, [(2026, 1), (1, 0), (2026, 3)]),
    ([(2025, 11), (2026, 2), (2026, 3), (2027, 3)], {(2025, 12), (2026, 12), (2027, 1)},
     [(2025, 11), (2, 1), (2026, 2), (2026, 3), (11, 9), (2027, 3)]),
])
def test_the_timeline_picture_is_spaced_by_time_and_says_which_months_are_empty(months, busy, columns):
    drawn = views.timeline_columns(tuple(month(*m) for m in months), frozenset(busy))
    assert [(c.months, c.empty) if isinstance(c, views.Gap) else (c.year, c.month) for c in drawn] == columns


def test_the_timeline_picture_offers_the_actors_its_marks_name_most():
    marks = (fact(1, "a", speakers=("ann",), mentions=("cy", "ann")), fact(2, "a", mentions=("cy",)), fact(3, "a", mentions=("zed",)))
    drawn = (views.Month(2026, 1, "timeline/2026-01.md", 0, tuple((f, "timeline/2026-01.md") for f in marks), 0),)
    names = {"ann": "Ann Lee", "cy": "Cy", "zed": "Zed"}
    assert views.timeline_actors(drawn, names) == (("ann", "Ann Lee", 1), ("cy", "Cy", 2), ("zed", "Zed", 1))
    # The most named, listed by name; an actor without a name (none in the dossier) is left out.
    assert views.timeline_actors(drawn, names, size=2) == (("ann", "Ann Lee", 1), ("cy", "Cy", 2))
    assert views.timeline_actors(drawn, {"cy": "Cy"}) == (("cy", "Cy", 2),)


def test_only_the_actors_the_dossier_says_most_about_draw_their_neighbourhood(monkeypatch):
    from dossier.render import render
    dossier = linked_dossier([fact(1, "q", ("eve",), ("cy",)), fact(2, "p", ("ann",), ("cy",))])
    monkeypatch.setattr(views.most_said_about, "__defaults__", (2,))
    pages = render(dossier)
    drawing = {actor.id for actor in dossier.actors if "dossier-graph" in pages[f"actors/{actor.id}.md"]}
    # Ann and Eve are named in two articles and speak once; Cy, named in one, is named twice:
    # as much said, in fewer articles. Port is linked too, but says and is said nothing.
    assert drawing == {"ann", "eve"}
    assert "## Relations" not in pages["actors/cy.md"]


def test_a_speaker_the_matrix_counts_groups_its_statements_however_few():
    from dossier.render import render
    dossier = linked_dossier([fact(1, "q", ("eve",), ("cy",)), fact(2, "p", ("ann",), ("cy",)),
                              fact(3, "p", ("ann",), ("eve",))])
    pages = render(dossier)
    # Both speak fewer than SAID_FROM statements; with the matrix of every speaker its cells
    # link to both pages' groups, which are there.
    assert views.SAID_FROM > 2
    for speaker, named in (("ann", "cy"), ("eve", "cy")):
        assert f"actors/{speaker}.md#about-{named})" in pages["said-about.md"]
        assert f"{{: #about-{named} }}" in pages[f"actors/{speaker}.md"]


def test_a_speaker_outside_the_matrix_with_few_statements_has_no_groups(monkeypatch):
    from dossier.render import render
    dossier = linked_dossier([fact(1, "q", ("eve",), ("cy",)), fact(2, "p", ("ann",), ("cy",)),
                              fact(3, "p", ("ann",), ("eve",))])
    monkeypatch.setattr(views.matrix, "__defaults__", (1,))
    pages = render(dossier)
    # Ann, who says most, is the matrix's one row; Eve's one statement is in her quotes.
    assert "## Said about others" in pages["actors/ann.md"]
    assert "## Said about others" not in pages["actors/eve.md"]
    assert "actors/eve.md#about-" not in pages["said-about.md"]


def test_an_actors_page_lists_each_link_with_its_first_article_and_counts_the_rest():
    from dossier.render import render
    pages = render(linked_dossier([fact(1, "p", ("ann",), ("eve",))]))
    relations = pages["actors/ann.md"].split("## Relations")[1].split("\n## ")[0]
    listed = [line for line in relations.splitlines() if line.startswith("- [Eve Fox]")]
    # Ann and Eve: together in q's paragraph, and in p by Ann's statement naming Eve.
    assert listed == ["- [Eve Fox](../actors/eve.md) · 1 paragraph together · 1 statement by one naming the other"
                      " · [Q](../articles/q.md) and 1 more article"]
