"""Resolve across articles: unique article ids, one actor per real-world actor, facts once."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Actor, Article, Dossier, Extraction, Fact, Mention, Role
from .slugs import unique_slugs


def resolve(extractions: tuple[Extraction, ...]) -> Dossier:
    """One Dossier from per-article extractions, in a stable order."""
    extractions = tuple(sorted(extractions, key=lambda e: e.article.source))
    articles = article_ids(tuple(e.article for e in extractions))
    id_of_source = {a.source: a.id for a in articles}
    actors, actor_of = merge_actors(extractions, id_of_source)
    facts = merge_facts(extractions, id_of_source, actor_of)
    return Dossier(articles, actors, facts)


def article_ids(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """Articles with ids unique in the dossier: the headline's slug, told apart by source."""
    slugs = unique_slugs([(a.id, a.source) for a in articles], "article")
    return tuple(replace(a, id=slug) for a, slug in zip(articles, slugs))


def name_key(name: str) -> str:
    """What two names must share to be the same actor."""
    return " ".join(name.casefold().replace(".", "").split())


def merge_actors(extractions: tuple[Extraction, ...], id_of_source: dict[str, str]
                 ) -> tuple[tuple[Actor, ...], dict[tuple[str, str], str]]:
    """Actors merged by name, and a map (source, mention name) -> actor id."""
    groups: dict[str, list[tuple[str, Mention]]] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            groups.setdefault(name_key(mention.name), []).append((extraction.article.source, mention))
    keys = sorted(groups)
    slugs = unique_slugs([(groups[k][0][1].name, k) for k in keys], "actor")
    actors = []
    actor_of: dict[tuple[str, str], str] = {}
    for key, slug in zip(keys, slugs):
        members = groups[key]
        first = members[0][1]
        aliases = dict.fromkeys(a for _, m in members for a in (m.name, *m.aliases) if a != first.name)
        roles = dict.fromkeys(Role(r, id_of_source[s]) for s, m in members for r in m.roles)
        affiliations = dict.fromkeys(a for _, m in members for a in m.affiliations)
        articles = dict.fromkeys(id_of_source[s] for s, _ in members)
        actors.append(Actor(slug, first.name, first.kind, tuple(aliases), tuple(roles),
                            tuple(affiliations), tuple(articles)))
        for source, mention in members:
            actor_of[(source, mention.name)] = slug
    return tuple(actors), actor_of


def merge_facts(extractions: tuple[Extraction, ...], id_of_source: dict[str, str],
                actor_of: dict[tuple[str, str], str]) -> tuple[Fact, ...]:
    """Facts with article and actor ids in place of sources and mention names; a statement
    several articles carry is one fact, the others listed in also_in."""
    merged: dict[tuple[str, str], Fact] = {}
    for extraction in extractions:
        source = extraction.article.source

        def ids(names: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(actor_of[(source, n)] for n in names if (source, n) in actor_of))

        for fact in extraction.facts:
            fact = replace(fact, article=id_of_source[source], speakers=ids(fact.speakers),
                           mentions=ids(fact.mentions))
            key = (fact.kind, statement_key(fact.text))
            first = merged.get(key)
            if first is None:
                merged[key] = fact
            elif fact.article != first.article or fact.paragraph != first.paragraph:
                merged[key] = also_carried(first, fact)
    return tuple(merged.values())


def statement_key(text: str) -> str:
    """What two facts' texts must share to be the same statement: words, not marks or case."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def also_carried(first: Fact, other: Fact) -> Fact:
    """The first fact, noting another place that carries it and what that place adds."""
    place = (other.article, other.paragraph)
    return replace(first,
                   also_in=first.also_in if place in first.also_in else first.also_in + (place,),
                   speakers=first.speakers or other.speakers,
                   mentions=tuple(dict.fromkeys(first.mentions + other.mentions)),
                   date=first.date or other.date, date_text=first.date_text or other.date_text,
                   hedges=tuple(dict.fromkeys(first.hedges + other.hedges)))
