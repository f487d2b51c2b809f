"""Views of the whole dossier: how much it says about each actor and who speaks about whom,
computed once per render for the pages to draw."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from .model import Actor, Dossier, Fact

RANKED = 50
"""How many actors of each kind the actors index ranks; the rest are on the lists by name."""
SAID_ABOUT = 30
"""How many of the actors a speaker names its page groups statements under."""
SAID_LINKS = 8
"""How many statements of one group an actor page links to; the rest are counted."""
MATRIX = 12
"""Speakers (rows) and named actors (columns) on the who-said-what-about-whom page."""


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


def statements(facts) -> list[Fact]:
    """The facts someone says: quotes and claims."""
    return [f for f in facts if f.kind in ("quote", "claim") and f.speakers]


def said_about(speaker: str, spoken: dict, when, names: dict[str, str], keep: frozenset = frozenset(),
               size: int = SAID_ABOUT) -> tuple[SaidAbout, ...]:
    """A speaker's statements grouped by each actor they name, the most named first; the
    `size` first groups and any naming an actor in `keep`."""
    groups: dict[str, list[Fact]] = {}
    for fact in statements(spoken.get(speaker, ())):
        for named in dict.fromkeys(fact.mentions):
            if named != speaker:
                groups.setdefault(named, []).append(fact)
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
    """The speakers saying most about others against the actors named most by speakers."""
    pairs: Counter = Counter()
    for fact in statements(facts):
        for speaker in dict.fromkeys(fact.speakers):
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
