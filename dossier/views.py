"""Views of the whole dossier: how much it says about each actor, who speaks about whom,
and the relationship graph with its layout, computed once per render for the pages to draw."""

from __future__ import annotations

import math
import operator
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from .escape import plain
from .model import Actor, Dossier, Fact

RANKED = 50
"""How many actors of each kind the actors index ranks; the rest are on the lists by name."""
SAID_ABOUT = 20
"""How many of the actors a speaker names its page groups statements under."""
SAID_LINKS = 5
"""How many statements of one group an actor page links to; the rest are counted."""
SAID_FROM = 3
"""Statements naming others a speaker needs for its page to group them. With fewer, its
quotes and claims, listed on the same page each with the actors it names, say as much, and
the groups would only repeat them (at 1,000 articles, on four speakers' pages of five)."""
MATRIX = 12
"""Speakers (rows) and named actors (columns) on the who-said-what-about-whom page."""

GRAPH_NODES = 40
"""Actors drawn on the relationship page: those the dossier says most about."""
GRAPH_EDGES = 120
"""The strongest links drawn between them."""
EDGE_ROWS = 60
"""Links listed in the relationship page's table."""
EDGE_ARTICLES = 3
"""Articles each link in a table names; the rest are counted."""
GRAVITY = 3.0
"""How strongly the layout pulls every actor towards the middle."""
TIMELINE_MONTHS = 36
"""Months the timeline picture draws: those with most publications and dated facts."""
TIMELINE_MARKS = 20
"""Dated facts drawn in one month's column; the rest are counted."""
TIMELINE_ACTORS = 30
"""Actors the timeline picture can be narrowed to: those its marks quote or name most."""
NEIGHBOURS = 12
"""Actors drawn around an actor on its own page."""
NEIGHBOUR_ARTICLES = 1
"""Articles each link listed under an actor's drawing names; the rest are counted. Each is
a headline: three made the list a tenth of the page, and the page lists its articles."""
NEIGHBOURHOODS = 500
"""Actors whose page draws their neighbourhood: those the dossier says most about. A drawing
and its table are a third of an actor page's bytes and of the Markdown MkDocs converts; past
a few hundred actors the rest are named in one article or two, whose page shows their company."""
LABEL = 32
"""Characters of a name written beside its mark; longer names are cut with '…'."""
SHORT_LABEL = 12
"""Characters of a name cut short where the whole would cover another's."""
CHAR_WIDTH = 6.2
"""Width of a character of a label (11px, the stylesheet's), an estimate on the wide side."""
LABEL_HEIGHT = 12


@dataclass(frozen=True)
class Weight:
    """How much the dossier says about one actor."""

    articles: int
    said: int
    """Facts it is quoted or credited with."""
    named: int
    """Facts that name it."""

    @property
    def total(self) -> int:
        return self.articles + self.said + self.named

    @property
    def once(self) -> bool:
        """Named in one article, and in no fact."""
        return self.articles <= 1 and not self.said and not self.named


@dataclass(frozen=True)
class Ranked:
    """One line of a ranked list of actors."""

    rank: int
    actor: Actor
    weight: Weight


@dataclass(frozen=True)
class SaidAbout:
    """A speaker's statements that name one actor, oldest first."""

    named: str
    """The actor named."""
    facts: tuple[Fact, ...]
    dates: tuple[date | None, ...]
    """Each fact's date: its own, else its article's publication date."""


@dataclass(frozen=True)
class Matrix:
    """Speakers against the actors their statements name, for the whole dossier."""

    speakers: tuple[str, ...]
    named: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    """counts[row][column]: statements by speakers[row] naming named[column]."""
    speakers_left: int
    """Speakers naming anyone who are not among the rows."""
    named_left: int
    statements: int
    """Statements naming another actor, in all."""
    shown: int
    """Of those, the ones a cell counts."""


@dataclass(frozen=True)
class Edge:
    """Two actors the dossier links: named in the same paragraph, or one speaking about the other."""

    a: str
    b: str
    together: int
    """Paragraphs naming both."""
    about: int
    """Statements (quotes, claims) by one that name the other."""
    articles: tuple[str, ...]
    """The articles behind the link, in dossier order."""

    @property
    def strength(self) -> int:
        return self.together + 2 * self.about


@dataclass(frozen=True)
class Node:
    """An actor as the graph draws it."""

    id: str
    name: str
    kind: str
    articles: int | None
    """The articles naming the actor, in the mark's title; None where the drawing leaves it out."""
    x: float
    y: float
    r: float
    label: str = ""
    """The name as written beside the mark: whole, shortened or left out where it would
    cover a larger actor's name; the mark's title always has it whole."""
    label_left: bool = False
    """Written to the left of the mark, where the right had no room."""


@dataclass(frozen=True)
class Graph:
    """A drawn part of the relationship graph, and what was left out of it."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    """Drawn, strongest first."""
    width: int
    height: int
    actors: int
    """Actors with any link, in the whole dossier."""
    links: int
    """Links between the nodes drawn, drawn or not."""
    links_in_all: int
    """Links in the whole dossier."""

    def node(self, actor_id: str) -> Node:
        return next(n for n in self.nodes if n.id == actor_id)


@dataclass(frozen=True)
class Month:
    """One month's column of the timeline picture."""

    year: int
    month: int
    path: str
    """The month's first timeline page."""
    published: int
    """Articles published in the month."""
    facts: tuple[tuple[Fact, str], ...]
    """Dated facts drawn, each with the timeline page that lists it."""
    more: int
    """Dated facts of the month not drawn."""


def timeline_months(parts, size: int = TIMELINE_MONTHS, marks: int = TIMELINE_MARKS) -> tuple[tuple[Month, ...], int]:
    """The busiest `size` months of the timeline's pages (views of render.timeline_parts), in
    date order, and how many months were left out."""
    months: dict[tuple[int, int], list] = {}
    for part in parts:
        for when, articles, facts in part.items:
            found = months.setdefault((when.year, when.month), [part.path, 0, []])
            found[1] += len(articles)
            found[2].extend((fact, part.path) for fact in facts)
    busiest = sorted(months, key=lambda m: (-(months[m][1] + len(months[m][2])), m))[:size]
    drawn = tuple(Month(y, m, months[y, m][0], months[y, m][1], tuple(months[y, m][2][:marks]),
                        max(0, len(months[y, m][2]) - marks)) for y, m in sorted(busiest))
    return drawn, len(months) - len(drawn)


@dataclass(frozen=True)
class Gap:
    """Months between two drawn months of the timeline picture that are not drawn."""

    months: int
    empty: int
    """Of those, months with no article published and no dated fact; the others are quieter
    than the months drawn, and in the timeline's list."""


def timeline_columns(months: tuple[Month, ...], busy: frozenset[tuple[int, int]] = frozenset()) -> tuple[Month | Gap, ...]:
    """The drawn months in date order, with a Gap column wherever months between two of
    them are not drawn, so that the picture is spaced by time and says what it skips: months
    of `busy` (year, month) left out, or months with nothing."""
    columns: list[Month | Gap] = []
    for month in months:
        if columns:
            last = columns[-1]
            # Counting months from year 0: last's is year * 12 + month - 1, the next one up.
            skipped = [(n // 12, n % 12 + 1) for n in range(last.year * 12 + last.month, month.year * 12 + month.month - 1)]
            if skipped:
                columns.append(Gap(len(skipped), sum(m not in busy for m in skipped)))
        columns.append(month)
    return tuple(columns)


def timeline_busy(parts) -> frozenset[tuple[int, int]]:
    """The (year, month) of every month the timeline's pages list: an article published or
    a dated fact."""
    return frozenset((when.year, when.month) for part in parts for when, _, _ in part.items)


def timeline_actors(months: tuple[Month, ...], names: dict[str, str], size: int = TIMELINE_ACTORS) -> tuple[tuple[str, str, int], ...]:
    """The actors the picture's marks quote or name most, as (id, name, marks), by name."""
    counts: Counter = Counter()
    for month in months:
        for fact, _ in month.facts:
            counts.update(a for a in dict.fromkeys((*fact.speakers, *fact.mentions)) if a in names)
    top = sorted(counts, key=lambda a: (-counts[a], names[a].casefold(), a))[:size]
    return tuple(sorted(((a, names[a], counts[a]) for a in top), key=lambda t: (t[1].casefold(), t[0])))


def weigh(dossier: Dossier, spoken: dict, mentioned: dict) -> dict[str, Weight]:
    """Each actor's Weight, by actor id."""
    return {a.id: Weight(len(a.articles), len(spoken.get(a.id, ())), len(mentioned.get(a.id, ())))
            for a in dossier.actors}


def rank_key(actor: Actor, weight: Weight) -> tuple:
    """Sort key: what the dossier says most about first, then by name."""
    return (-weight.total, -weight.articles, actor.name.casefold(), actor.name, actor.id)


def ranked(actors, weights: dict[str, Weight], size: int = RANKED) -> tuple[Ranked, ...]:
    """The `size` actors the dossier says most about, leaving out those named once."""
    kept = sorted((a for a in actors if not weights[a.id].once), key=lambda a: rank_key(a, weights[a.id]))
    return tuple(Ranked(n, a, weights[a.id]) for n, a in enumerate(kept[:size], 1))


def most_said_about(actors, weights: dict[str, Weight], size: int = NEIGHBOURHOODS) -> frozenset[str]:
    """The ids of the `size` actors the dossier says most about, of every kind."""
    return frozenset(a.id for a in sorted(actors, key=lambda a: rank_key(a, weights[a.id]))[:size])


def statements(facts) -> list[Fact]:
    """The facts someone says: quotes and claims."""
    return [f for f in facts if f.kind in ("quote", "claim") and f.speakers]


def said_about(speaker: str, spoken: dict, when, names: dict[str, str], keep: frozenset = frozenset(),
               size: int = SAID_ABOUT, least: int = SAID_FROM) -> tuple[SaidAbout, ...]:
    """A speaker's statements grouped by each actor they name, the most named first; the
    `size` first groups and any naming an actor in `keep`; none for fewer than `least`
    statements naming others."""
    groups: dict[str, list[Fact]] = {}
    about_others = 0
    for fact in statements(spoken.get(speaker, ())):
        others = [named for named in dict.fromkeys(fact.mentions) if named != speaker]
        about_others += bool(others)
        for named in others:
            groups.setdefault(named, []).append(fact)
    if about_others < least:
        return ()
    order = sorted(groups, key=lambda n: (-len(groups[n]), names.get(n, n).casefold(), n))
    shown = [n for i, n in enumerate(order) if i < size or n in keep]
    found = []
    for named in shown:
        facts = sorted(groups[named], key=lambda f: (when(f) or date.max, f.id))
        found.append(SaidAbout(named, tuple(facts), tuple(map(when, facts))))
    return tuple(found)


def fact_date(articles: dict):
    """The function giving a fact's date: its own, else its article's publication date."""
    def when(fact: Fact) -> date | None:
        if fact.date:
            return fact.date
        article = articles.get(fact.article)
        return article.published if article is not None else None
    return when


def matrix(facts, names: dict[str, str], size: int = MATRIX) -> Matrix:
    """The speakers saying most about others against the actors named most by speakers
    (of the actors in `names`: those with a page)."""
    pairs: Counter = Counter()
    for fact in statements(facts):
        for speaker in dict.fromkeys(a for a in fact.speakers if a in names):
            for named in dict.fromkeys(fact.mentions):
                if named != speaker:
                    pairs[speaker, named] += 1
    by_speaker, by_named = Counter(), Counter()
    for (speaker, named), count in pairs.items():
        by_speaker[speaker] += count
        by_named[named] += count
    top = lambda counts: tuple(sorted(counts, key=lambda a: (-counts[a], names.get(a, a).casefold(), a))[:size])  # noqa: E731
    speakers, named = top(by_speaker), top(by_named)
    counts = tuple(tuple(pairs.get((s, n), 0) for n in named) for s in speakers)
    return Matrix(speakers, named, counts, len(by_speaker) - len(speakers), len(by_named) - len(named),
                  sum(pairs.values()), sum(map(sum, counts)))


def edges(dossier: Dossier, index, kept: Relations | None = None) -> dict[tuple[str, str], Edge]:
    """Every link between two actors, keyed by the pair's ids in order: paragraphs naming
    both (found by the same names that link them in the article's text) and statements
    by one naming the other. With `kept` (while serving), an article's pairs are those of
    the last render when its paragraphs and the names of its actors are the same, and the
    links themselves when every article's pairs and every fact are (Relations.edges_of)."""
    pairs_of = (lambda article: paragraph_pairs(article, index)) if kept is None else kept.pairs_finder(index)
    found = [(article.id, pairs_of(article)) for article in dossier.articles]
    if kept is None:
        links = edges_of(found, dossier.facts)
    else:
        kept.keep_pairs_of(dossier.articles)
        links = kept.edges_of(found, dossier.facts)
    # A speaker with no page (no_page.has_page) is in no drawing.
    return {pair: edge for pair, edge in links.items() if pair[0] in index.actors and pair[1] in index.actors}


def edges_of(found: list[tuple[str, Counter]], facts) -> dict[tuple[str, str], Edge]:
    """edges(), from each article's id and pairs, in the dossier's order, and the facts."""
    together: Counter = Counter()
    about: Counter = Counter()
    behind: dict[tuple[str, str], dict[str, None]] = {}
    for article, pairs in found:
        for pair, count in pairs.items():
            together[pair] += count
            behind.setdefault(pair, {})[article] = None
    for fact in statements(facts):
        for speaker in dict.fromkeys(fact.speakers):
            for named in dict.fromkeys(fact.mentions):
                if named != speaker:
                    pair = (speaker, named) if speaker < named else (named, speaker)
                    about[pair] += 1
                    behind.setdefault(pair, {})[fact.article] = None
    return {pair: Edge(*pair, together[pair], about[pair], tuple(articles)) for pair, articles in behind.items()}


def paragraph_pairs(article, index) -> Counter:
    """The pairs of the article's actors named in one paragraph, each with the paragraphs
    naming both, in the order first met."""
    pairs: Counter = Counter()
    pattern, ids = index.names_in(article.id)
    if pattern is None:
        return pairs
    for paragraph in article.paragraphs:
        found = sorted({ids[m.group()] for m in pattern.finditer(paragraph.text)} - {""})
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                pairs[a, b] += 1
    return pairs


class Relations:
    """The relations views of the last render, kept while serving: each article's pairs of
    actors named in one paragraph, and each drawing's nodes, reused while everything they
    were made from is equal (a save changes a few articles and actors of a thousand)."""

    def __init__(self):
        self.pairs: dict[str, tuple[tuple, tuple, Counter]] = {}
        """By article id: its paragraphs, the ids, names and aliases of its actors (all that
        its names pattern is made from), and its pairs."""
        self.drawings: dict[tuple, tuple[Node, ...]] = {}
        """A drawing's nodes by all they are made from, for the drawings of this render."""
        self.last_drawings: dict[tuple, tuple[Node, ...]] = {}
        self.links: tuple[list, tuple, dict] | None = None
        """The last render's links, with each article's id and pairs and the facts they
        were summed from (see edges_of)."""

    def start(self) -> None:
        """A render begins: the drawings it does not make again are forgotten after it."""
        self.last_drawings, self.drawings = self.drawings, {}

    def pairs_finder(self, index):
        """paragraph_pairs, reusing the last render's answer for an article made from the same values."""
        def pairs_of(article) -> Counter:
            names = tuple((a.id, a.name, a.aliases) for a in index.actors_of_article.get(article.id, ()))
            last = self.pairs.get(article.id)
            if last is not None and same(last[0], article.paragraphs) and last[1] == names:
                return last[2]
            found = paragraph_pairs(article, index)
            self.pairs[article.id] = (article.paragraphs, names, found)
            return found
        return pairs_of

    def edges_of(self, found: list[tuple[str, Counter]], facts: tuple) -> dict[tuple[str, str], Edge]:
        """views.edges_of, or the last render's links when every article's pairs are the ones
        it summed, in the same order, and the facts are the same: an edit to an article's
        headline or date, or to an actor's description, links no actor otherwise. The pairs
        are compared by identity, as pairs_finder gives again those of an unchanged article
        (and never one article's pairs for another's)."""
        last = self.links
        if last is not None and len(last[0]) == len(found) and len(last[1]) == len(facts) \
                and all(a[1] is b[1] for a, b in zip(last[0], found)) \
                and all(map(operator.is_, last[1], facts)):
            return last[2]
        links = edges_of(found, facts)
        self.links = (found, facts, links)
        return links

    def keep_pairs_of(self, articles) -> None:
        """Forget the articles no longer in the dossier."""
        if len(self.pairs) > len(articles):
            ids = {article.id for article in articles}
            self.pairs = {key: value for key, value in self.pairs.items() if key in ids}

    def drawing(self, key: tuple, make) -> tuple[Node, ...]:
        """make(), or the nodes made for the same key in this render or the last."""
        found = self.drawings.get(key)
        if found is None:
            found = self.last_drawings.get(key)
            if found is None:
                found = make()
            self.drawings[key] = found
        return found


def same(old, new) -> bool:
    """Equal, and of the same type."""
    return old is new or (type(old) is type(new) and old == new)


def drawn_as(actor: Actor) -> tuple:
    """All that a node sized by its articles is drawn from."""
    return (actor.id, actor.name, actor.kind, len(actor.articles))


def strongest(links) -> list[Edge]:
    """Links strongest first, then by the pair's ids, so the order never varies."""
    return sorted(links, key=lambda e: (-e.strength, -len(e.articles), e.a, e.b))


def graph(links: dict[tuple[str, str], Edge], actors: dict[str, Actor], weights: dict[str, Weight],
          size: int = GRAPH_NODES, most: int = GRAPH_EDGES, width: int = 720, height: int = 600,
          kept: Relations | None = None) -> Graph:
    """The strongest part of the graph: the `size` linked actors the dossier says most
    about, the `most` strongest links between them, laid out (with `kept`, as last time
    when the actors and links drawn are the same)."""
    linked = {a for pair in links for a in pair if a in actors}
    chosen = sorted(linked, key=lambda a: rank_key(actors[a], weights[a]))[:size]
    among = set(chosen)
    inside = strongest(e for e in links.values() if e.a in among and e.b in among)
    # The strongest links, and each actor's own strongest, so that no actor drawn floats alone.
    own = {}
    for edge in inside:
        own.setdefault(edge.a, edge)
        own.setdefault(edge.b, edge)
    drawn = strongest(dict.fromkeys([*inside[:most], *own.values()]))
    shown = [actors[a] for a in chosen]
    make = lambda: lay_out(shown, drawn, width, height)  # noqa: E731
    nodes = make() if kept is None else kept.drawing(
        ("graph", tuple(map(drawn_as, shown)), tuple((e.a, e.b, e.strength) for e in drawn), width, height), make)
    return Graph(nodes, tuple(drawn), width, height, len(linked), len(inside), len(links))


def neighbourhood(actor: Actor, links_of: dict[str, list[Edge]], actors: dict[str, Actor],
                  size: int = NEIGHBOURS, width: int = 480, height: int = 360, kept: Relations | None = None) -> Graph:
    """An actor and the `size` actors it is most strongly linked with, around it (with
    `kept`, the nodes of the last render when the actors drawn are the same)."""
    mine = strongest(e for e in links_of.get(actor.id, ()) if e.a in actors and e.b in actors)
    shown = mine[:size]
    others = [actors[e.b if e.a == actor.id else e.a] for e in shown]
    make = lambda: around(actor, others, width, height)  # noqa: E731
    nodes = make() if kept is None else kept.drawing(
        ("neighbourhood", drawn_as(actor), tuple((o.id, o.name, o.kind, stepped_radius(len(o.articles))) for o in others),
         width, height), make)
    return Graph(nodes, tuple(shown), width, height, len(others) + 1, len(mine), len(mine))


def around(actor: Actor, others: list[Actor], width: int, height: int) -> tuple[Node, ...]:
    """The nodes of an actor's neighbourhood: the actor in the middle, the others on a ring."""
    # Drawn from what changes only with this actor's own articles and links, so that an
    # article naming a neighbour, and not this actor, leaves the page as it was: marks sized
    # on a fixed scale, and no neighbour's count of articles.
    cx, cy = width / 2, height / 2
    nodes = [Node(actor.id, actor.name, actor.kind, len(actor.articles), cx, cy, stepped_radius(len(actor.articles)))]
    ring = min(cx, cy) - 40
    for n, other in enumerate(others):
        angle = 2 * math.pi * n / max(len(others), 1) - math.pi / 2
        nodes.append(Node(other.id, other.name, other.kind, None,
                          round(cx + ring * math.cos(angle), 1), round(cy + ring * math.sin(angle), 1),
                          stepped_radius(len(other.articles))))
    return place_labels(tuple(nodes), width)


def cut(name: str, size: int) -> str:
    """The name in at most `size` characters, cut at a word where it can be, with '…'."""
    if len(name) <= size:
        return name
    part = name[:size - 1]
    return (part.rsplit(" ", 1)[0] if " " in part else part).rstrip(" ,;:") + "…"


def label_forms(node: Node) -> list[str]:
    """The ways to write a node's name, longest first: whole (up to LABEL characters), a
    person by the last word of the name, the name cut short."""
    name = plain(node.name)
    forms = [cut(name, LABEL)]
    if node.kind == "person" and " " in name:
        forms.append(cut(name.rsplit(" ", 1)[1], SHORT_LABEL))
    forms.append(cut(name, SHORT_LABEL))
    return [f for f in dict.fromkeys(forms) if f]


def label_box(node: Node, text: str, left: bool) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) a label takes, the baseline 4 below the centre."""
    width = len(text) * CHAR_WIDTH
    start = node.x - node.r - 3 - width if left else node.x + node.r + 3
    return (start, node.y + 4 - LABEL_HEIGHT + 2, start + width, node.y + 6)


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(nodes: tuple[Node, ...], width: int) -> tuple[Node, ...]:
    """Each node's label, larger actors first: the longest form of its name, on the right
    of the mark or else on its left, inside the drawing, that covers no label already
    placed and no other mark, or failing that no mark of an actor as large; none if every
    form would."""
    marks = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    labels: list[tuple[float, float, float, float]] = []
    placed = list(nodes)
    for i in sorted(range(len(nodes)), key=lambda i: -nodes[i].r):
        node = nodes[i]
        others = [m for j, m in enumerate(marks) if j != i]
        # A small actor's mark may lie under a larger one's name: the larger is the one to read.
        larger = [m for j, m in enumerate(marks) if j != i and nodes[j].r >= node.r]
        for blocking in ([*labels, *others], [*labels, *larger]):
            found = next(((text, left, box) for text in label_forms(node) for left in (False, True)
                          for box in [label_box(node, text, left)]
                          if 0 <= box[0] and box[2] <= width and not any(overlaps(box, b) for b in blocking)), None)
            if found:
                text, left, box = found
                labels.append(box)
                placed[i] = replace(node, label=text, label_left=left)
                break
    return tuple(placed)


def radius(articles: int, most: int) -> float:
    """A node's radius: its area grows with the articles naming the actor."""
    return round(5 + 13 * math.sqrt(articles / most), 1)


def stepped_radius(articles: int) -> float:
    """A node's radius on a fixed scale: a step larger each time the articles naming the
    actor double, the largest from 32 articles on."""
    return round(5 + 2.6 * min(int(math.log2(max(articles, 1))), 5), 1)


def lay_out(actors: list[Actor], links: list[Edge], width: int, height: int, rounds: int = 200) -> tuple[Node, ...]:
    """Nodes placed by a force-directed layout (Fruchterman and Reingold), started from a
    circle in rank order, so the same graph is always drawn the same way."""
    count = len(actors)
    if not count:
        return ()
    margin = 60
    w, h = width - 2 * margin, height - 2 * margin
    x = [w / 2 + w / 3 * math.cos(2 * math.pi * i / count) for i in range(count)]
    y = [h / 2 + h / 3 * math.sin(2 * math.pi * i / count) for i in range(count)]
    where = {a.id: i for i, a in enumerate(actors)}
    # A strong link pulls harder, but not so much harder that the busiest actors fall on each other.
    pulls = [(where[e.a], where[e.b], 0.5 + math.log2(1 + e.strength) / 4) for e in links]
    k = math.sqrt(w * h / count)
    for step in range(rounds):
        dx, dy = [0.0] * count, [0.0] * count
        for i in range(count):
            for j in range(i + 1, count):
                ex, ey = x[i] - x[j], y[i] - y[j]
                d2 = ex * ex + ey * ey or 0.01
                push = k * k / d2
                dx[i] += ex * push
                dy[i] += ey * push
                dx[j] -= ex * push
                dy[j] -= ey * push
        for i, j, pull in pulls:
            ex, ey = x[i] - x[j], y[i] - y[j]
            d = math.sqrt(ex * ex + ey * ey) or 0.1
            force = d * pull / k
            dx[i] -= ex * force
            dy[i] -= ey * force
            dx[j] += ex * force
            dy[j] += ey * force
        # A pull towards the middle keeps actors with few links from drifting to the edges.
        for i in range(count):
            dx[i] -= (x[i] - w / 2) * GRAVITY * k / 100
            dy[i] -= (y[i] - h / 2) * GRAVITY * k / 100
        heat = w / 10 * (1 - step / rounds) + 1
        for i in range(count):
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1
            x[i] = min(w, max(0.0, x[i] + dx[i] / d * min(d, heat)))
            y[i] = min(h, max(0.0, y[i] + dy[i] / d * min(d, heat)))
    most = max(len(a.articles) for a in actors) or 1
    return place_labels(tuple(Node(a.id, a.name, a.kind, len(a.articles), round(x[i] + margin, 1), round(y[i] + margin, 1),
                                   radius(len(a.articles), most)) for i, a in enumerate(actors)), width)


def links_by_actor(links: dict[tuple[str, str], Edge]) -> dict[str, list[Edge]]:
    """Each actor's links."""
    found: dict[str, list[Edge]] = {}
    for edge in links.values():
        found.setdefault(edge.a, []).append(edge)
        found.setdefault(edge.b, []).append(edge)
    return found
