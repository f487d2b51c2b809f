"""Views of the whole dossier: how much it says about each actor, computed once per render
for the pages to draw."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Actor, Dossier

RANKED = 50
"""How many actors of each kind the actors index ranks; the rest are on the lists by name."""


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
