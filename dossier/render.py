"""Render a Dossier as Markdown pages through Jinja2 templates, one per page kind."""

from __future__ import annotations

import functools
import heapq
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import ClassVar
from datetime import date
from itertools import chain
from pathlib import Path
from urllib.parse import quote

import jinja2
import yaml
from markupsafe import Markup

from .citation import cite
from .collector import cycle_collector_paused
from .escape import (escape_attribute, escape_inline, escape_line_start, escape_markdown, finalize, link, plain,
                     safe_image_path, safe_url)
from .memo import PageMemo, same
from .model import ACTOR_KINDS, FACT_KINDS, Actor, Article, Dossier, DossierError, Fact, Problem
from .progress import quiet
from .slugs import is_slug, short_hash, slugify
from .user_files import LINK
from . import facets, views
from .no_page import has_page

INDEX_PAGES = {
    "index.md": "home.md.j2",
    "articles/index.md": "articles.md.j2",
    "actors/index.md": "actors.md.j2",
    "facts.md": "facts.md.j2",
    "timeline.md": "timeline.md.j2",
    "captions.md": "captions.md.j2",
    "sources.md": "sources.md.j2",
    "said-about.md": "said_about.md.j2",
    "relations.md": "relations.md.j2",
}
"""The pages that list things, and the template of each; mkdocs.yml's nav names only these."""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# Written out here rather than by strftime, whose month names follow the locale.
KIND_NAMES = {"person": ("person", "people"), "organisation": ("organisation", "organisations"),
              "place": ("place", "places"), "other": ("other", "others"),
              "quote": ("quote", "quotes"), "claim": ("claim", "claims"),
              "statistic": ("statistic", "statistics"), "event": ("event", "events")}
COMPANIONS = 10
"""How many of the actors seen most often with an actor its page lists."""
HIGHLIGHTS = 10
"""How many actors and articles the home page lists."""
MIN_LINKED_NAME = 2
"""Shorter names are not linked in article text: one letter is rarely a name."""
PART_SIZE = 200
"""Most entries (facts, or timeline lines) on one page of a long list: pages split by month,
and a busy month into parts (of about 110, see cut), so no page grows with the dossier."""
FIRST_PART_SIZE = 50
"""Most entries of an actor's lists on its own page, which shows much besides and changes
with most edits that touch the actor: the rest are on pages of up to PART_SIZE, which change
only with their entries."""
LIST_SIZE = 500
"""Most lines on one page of the articles or actors lists, whose lines are short."""
SOURCE_LINKS = 10
"""How many of its articles each name on the sources page links to; the rest are counted."""
SHARED_TEMPLATES = ("fact.md.j2", "article_item.md.j2", "actor_item.md.j2")
"""Our templates of one list entry, which read only the values they are given, where the
page is (PLACE) and the index: each entry is rendered once per render and place, though it
is listed on many pages, and while serving is kept for the next render (see memo.IndexReads.fragment).
A template of the user's of the same name is rendered each time."""
PLACE = ("root", "with_article", "page_article")
"""What of the page an entry depends on: the way to the site's root (links are relative),
whether entries name their article, and the article the page shows (its links are anchors)."""


@dataclass(frozen=True)
class Part:
    """One page of a long list: the entries of one month (or kind), or of one part of a busy one."""

    path: str
    """The page, e.g. 'facts/2026-01.md', 'facts/2026-01/part-3f2a9c01.md' or 'facts/undated.md'."""
    title: str
    """The group's: 'January 2026', 'Undated articles' or 'People', the same on each of its parts."""
    items: tuple
    previous: str = ""
    """The page of the group's part before this one; '' on its first."""
    next: str = ""
    """The page of the group's part after this one; '' on its last."""


@dataclass(frozen=True)
class Named:
    """An actor as one article names it: what that article's page shows of it. A page
    given only this is untouched by what other articles add to the actor."""

    id: str
    name: str
    kind: str
    roles: tuple[str, ...]
    """The roles this article gives it."""


@dataclass(frozen=True)
class Index:
    """Lookups made once per render, so that no page scans the whole dossier."""

    articles: dict[str, Article]
    actors: dict[str, Actor]
    facts_of_article: dict[str, tuple[Fact, ...]]
    facts_by_speaker: dict[str, tuple[Fact, ...]]
    facts_mentioning: dict[str, tuple[Fact, ...]]
    actors_of_article: dict[str, tuple[Actor, ...]]
    companions: dict[str, tuple[tuple[str, int, int], ...]]
    """Per actor, the actors sharing most articles with it: (actor id, articles, facts) shared."""
    articles_by_date: tuple[Article, ...]
    """Newest first, undated last."""
    actor_named: dict[str, str]
    """Actor id by exact name, for names that stand in other fields (affiliations)."""
    labels: dict[str, Markup]
    """Escaped link text by page path ('actors/x', 'articles/y'): each escaped once, not
    at every one of the links to it."""
    kind_of: dict[str, str] = field(default_factory=dict)
    """Actor kind by actor id."""
    unpaged: dict[str, str] = field(default_factory=dict)
    """The plain name by actor id of the speakers with no page (no_page.has_page), shown unlinked."""
    roles_in: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    """Per article, the roles it gives each actor: {article id: {actor id: role texts}}."""
    name_finders: dict[str, tuple[re.Pattern | None, dict[str, str]]] = field(default_factory=dict)
    """Per article, made when first needed: a pattern matching the names of its actors,
    and the actor id of each name."""
    fragments: dict = field(default_factory=dict)
    """Markdown that several pages show alike (a fact's linked text), made once: see fragment()."""
    grown_while_rendering: ClassVar[tuple[str, ...]] = ("name_finders", "fragments")
    """The tables filled as pages ask, not when the index is made."""

    def names_in(self, article_id: str) -> tuple[re.Pattern | None, dict[str, str]]:
        """The pattern finding an article's actors by name or alias, and the id of each name."""
        if article_id not in self.name_finders:
            self.name_finders[article_id] = name_finder(self.actors_of_article.get(article_id, ()))
        return self.name_finders[article_id]

    def fragment(self, key, values: tuple, make, lasting: bool = True):
        """make(index), made once per render for each key and values. The key and the values
        must hold all that the value is made from besides what make reads from the index it
        is given, so that a page rendered for reuse can note those reads (see
        memo.IndexReads.fragment); the values are compared, the key looked up. While
        serving, a lasting fragment is kept for the next render."""
        found = self.fragments.get(key)
        if found is None or len(found[0]) != len(values) or not all(map(same, found[0], values)):
            found = self.fragments[key] = (values, make(self))
        return found[1]


def name_finder(actors) -> tuple[re.Pattern | None, dict[str, str]]:
    """A pattern for the names and aliases of these actors, each a whole word, longest first.

    A name two of the actors share maps to '': it is matched, so no shorter name inside it
    is linked, but it links to neither, since that would claim to know which one is meant.
    """
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            name = plain(name)
            if len(name) >= MIN_LINKED_NAME:
                owners.setdefault(name, set()).add(actor.id)
    ids = {name: next(iter(who)) if len(who) == 1 else "" for name, who in owners.items()}
    if not ids:
        return None, {}
    return names_pattern(tuple(sorted(ids, key=lambda n: (-len(n), n)))), ids


@functools.lru_cache(maxsize=8192)
def names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """One pattern matching any of the names as a whole word; compiled once per set of names,
    so a rebuild while serving reuses the patterns of every article whose actors did not change."""
    # The lookahead lets the search pass over a character no name begins with at once,
    # instead of trying every name there.
    first = re.escape("".join(sorted({name[0] for name in names})))
    return re.compile(r"(?<!\w)(?=[" + first + r"])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def make_index(dossier: Dossier, last: Index | None = None) -> Index:
    """Every lookup the pages need, in one pass over the dossier. Given the index of the
    last render, an actor's companions are taken from it when all they are made from is the same."""
    check_ids(dossier)
    articles = {a.id: a for a in dossier.articles}
    actors = {a.id: a for a in dossier.actors}
    facts_of_article: dict[str, list[Fact]] = {}
    by_speaker: dict[str, list[Fact]] = {}
    mentioning: dict[str, list[Fact]] = {}
    for fact in dossier.facts:
        facts_of_article.setdefault(fact.article, []).append(fact)
        for actor in fact.speakers:
            by_speaker.setdefault(actor, []).append(fact)
        for actor in fact.mentions:
            mentioning.setdefault(actor, []).append(fact)
    by_names = sorted(dossier.actors, key=by_name)
    # Each actor's place in name order, found once: sorting by it is sorting by name.
    rank = {a.id: n for n, a in enumerate(by_names)}
    # Gathered in name order, each article's actors are in name order.
    of_article: dict[str, list[Actor]] = {}
    for actor in by_names:
        for article in actor.articles:
            of_article.setdefault(article, []).append(actor)
    freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
    actors_of_article = freeze(of_article)
    spoken, mentioned = freeze(by_speaker), freeze(mentioning)
    companions = {}
    names_same = {}
    for actor in dossier.actors:
        if last is not None and same_companion_inputs(actor, last, actors_of_article, spoken, mentioned, names_same):
            companions[actor.id] = last.companions[actor.id]
        else:
            companions[actor.id] = find_companions(actor, actors_of_article, spoken, mentioned, rank)
    dated = sorted(dossier.articles, key=lambda a: (a.published is None, -(a.published or date.min).toordinal(),
                                                     a.headline.casefold(), a.id))
    return Index(articles, actors, freeze(facts_of_article), spoken, mentioned, actors_of_article, companions,
                 tuple(dated), {a.name: a.id for a in reversed(by_names)},
                 link_labels(dossier, last),
                 kind_of={a.id: a.kind for a in dossier.actors}, roles_in=roles_by_article(dossier.actors))


def link_labels(dossier: Dossier, last: Index | None) -> dict[str, Markup]:
    """Index.labels: each article's headline and actor's name escaped, or taken from the last
    index for an article or actor that is the very same object."""
    old_articles, old_actors, old = (last.articles, last.actors, last.labels) if last is not None else ({}, {}, {})
    return {**{f"articles/{a.id}": old[f"articles/{a.id}"] if old_articles.get(a.id) is a
               else escape_markdown(plain(a.headline) or a.id) for a in dossier.articles},
            **{f"actors/{a.id}": old[f"actors/{a.id}"] if old_actors.get(a.id) is a
               else escape_markdown(plain(a.name) or a.id) for a in dossier.actors}}


def find_companions(actor: Actor, actors_of_article: dict[str, tuple[Actor, ...]], spoken: dict[str, tuple[Fact, ...]],
                    mentioned: dict[str, tuple[Fact, ...]], rank: dict[str, int]) -> tuple[tuple[str, int, int], ...]:
    """The actors sharing most articles with this one, then most facts, then by name:
    (actor id, articles, facts) shared. Made from nothing but what same_companion_inputs compares."""
    # Counter counts in C: the whole pass is linear in the (actor, article, actor) triples.
    shared = Counter(other.id for a in actor.articles for other in actors_of_article.get(a, ()))
    shared.pop(actor.id, None)
    # Facts that name two actors together (as speakers or mentioned) tell apart actors that
    # share the same articles; a fact that both has it speak and names it counts once.
    facts = {id(f): f for f in (*spoken.get(actor.id, ()), *mentioned.get(actor.id, ()))}.values()
    facts_with = Counter(chain.from_iterable(set(f.speakers) | set(f.mentions) for f in facts))
    candidates = shared.items()
    if len(shared) > COMPANIONS:
        # Only those sharing at least as many articles as the tenth can be among the ten.
        least = sorted(shared.values(), reverse=True)[COMPANIONS - 1]
        candidates = [kv for kv in candidates if kv[1] >= least]
    top = heapq.nsmallest(COMPANIONS, candidates, key=lambda kv: (-kv[1], -facts_with[kv[0]], rank[kv[0]]))
    return tuple((other, count, facts_with[other]) for other, count in top)


def same_companion_inputs(actor: Actor, last: Index, actors_of_article: dict, spoken: dict, mentioned: dict,
                          names_same: dict[str, bool]) -> bool:
    """Whether the last index made this actor's companions from the same values: its articles,
    the ids and names (which order ties) of the actors of each, and the facts naming it.
    names_same keeps the answer for each article, asked by each of its actors."""
    old = last.actors.get(actor.id)
    if old is None or old.articles != actor.articles:
        return False
    for article in actor.articles:
        found = names_same.get(article)
        if found is None:
            before, now = last.actors_of_article.get(article, ()), actors_of_article.get(article, ())
            found = names_same[article] = before == now or [(a.id, a.name) for a in before] == [
                (a.id, a.name) for a in now]
        if not found:
            return False
    return (same(last.facts_by_speaker.get(actor.id), spoken.get(actor.id))
            and same(last.facts_mentioning.get(actor.id), mentioned.get(actor.id)))


def timeline(dossier: Dossier, index: Index) -> list[tuple[date, list[Article], list[Fact]]]:
    """Each day with the articles published and the facts dated on it, oldest first."""
    days: dict[date, tuple[list[Article], list[Fact]]] = {}
    for article in reversed(index.articles_by_date):
        if article.published:
            days.setdefault(article.published, ([], []))[0].append(article)
    for fact in dossier.facts:
        if fact.date:
            days.setdefault(fact.date, ([], []))[1].append(fact)
    return [(when, *days[when]) for when in sorted(days)]


def month_name(month: tuple[int, int] | None) -> str:
    """(2026, 1) as 'January 2026'; None as 'Undated articles'."""
    return f"{MONTHS[month[1] - 1]} {month[0]}" if month else "Undated articles"


def month_slug(month: tuple[int, int] | None) -> str:
    """(2026, 1) as '2026-01'; None as 'undated'."""
    return f"{month[0]:04d}-{month[1]:02d}" if month else "undated"


def by_month(items, when, newest_first: bool = False) -> dict[tuple[int, int] | None, list]:
    """Items grouped by the month of when(item), in month order, those without a date last."""
    months: dict[tuple[int, int] | None, list] = {}
    for item in items:
        found = when(item)
        months.setdefault((found.year, found.month) if found else None, []).append(item)
    dated = sorted((m for m in months if m is not None), reverse=newest_first)
    return {m: months[m] for m in [*dated, None] if m in months}


def cut(entries: list, key: Callable, most: int = PART_SIZE, first: int | None = None) -> list[list]:
    """Entries in order as parts of at most `most`, the first of at most `first` (by default
    `most` too); a list that fits on the first page stays one.

    Once a part holds a quarter of `most`, it ends after an entry whose key is strong (see
    strength: one key in most / 2 is); one that would grow past `most` without such an
    entry ends after its strongest. Where the cuts fall depends on the keys there, not on
    positions, so an entry inserted or removed changes the part it is in and leaves the
    others as they were, where cutting every `most` entries would move every later entry
    to another page. Parts hold about 110 of 200 entries on average.
    """
    first = first or most
    if len(entries) <= first:
        return [list(entries)] if entries else []
    strengths = [strength(key(entry)) for entry in entries]
    parts, start = [], 0
    while start < len(entries):
        size = most if parts else first
        mark = STRENGTHS // max(1, size // 2)
        window = range(start + max(1, size // 4) - 1, min(start + size, len(entries)))
        end = next((n + 1 for n in window if strengths[n] < mark), None)
        if end is None:
            end = len(entries) if start + size >= len(entries) else min(window, key=strengths.__getitem__) + 1
        parts.append(entries[start:end])
        start = end
    return parts


STRENGTHS = 1 << 48
"""The strengths of keys, from 0 (strongest) up."""


@functools.lru_cache(maxsize=1 << 17)     # the same keys at every render while serving
def strength(key: str) -> int:
    """How readily an entry of this key ends a part of a long list (see cut): the smaller,
    the more readily; the same in every build."""
    return int(short_hash(f"ends:{key}", 12), 16)


def part_names(parts: list[list], key: Callable) -> list[str]:
    """A name for each part but the first (which is the list's own page, ''): 'part-' and a
    digest of the key of its first entry, so that it depends neither on how many parts come
    before it nor on how many there are."""
    names, seen = [""], set()
    for part in parts[1:]:
        name = "part-" + short_hash(key(part[0]), 8)
        if name in seen:
            # Two keys of one list with the same digest, which ought never to happen: the
            # page's place tells them apart.
            name += f"-{len(names)}"
        seen.add(name)
        names.append(name)
    return names


def split(folder: str, groups: dict, key: Callable, size: int = PART_SIZE, name=month_slug,
          title=month_name) -> list[Part]:
    """Each group's entries (by default a month's) as pages of at most `size` entries, in the
    groups' order, cut where the entries' keys say (see cut): '<folder>/<group>.md', then
    '<folder>/<group>/part-<digest>.md'."""
    parts = []
    for group, entries in groups.items():
        chunks = cut(entries, key, size)
        paths = [f"{folder}/{name(group)}" + (f"/{n}" if n else "") + ".md" for n in part_names(chunks, key)]
        for number, chunk in enumerate(chunks):
            parts.append(Part(paths[number], title(group), tuple(chunk),
                              previous=paths[number - 1] if number else "",
                              next=paths[number + 1] if number + 1 < len(paths) else ""))
    return parts


def published(index: Index):
    """The function giving a fact's or an article's publication date."""
    def when(item: Article | Fact) -> date | None:
        article = index.articles.get(item.article) if isinstance(item, Fact) else item
        return article.published if article is not None else None
    return when


def fact_parts(dossier: Dossier, index: Index) -> list[Part]:
    """The fact list's pages: facts by the month their article was published."""
    return split("facts", by_month(dossier.facts, published(index)), key=item_id)


def caption_parts(index: Index) -> list[Part]:
    """The captions' pages: articles with captions by the month they were published, newest first within it."""
    return split("captions", by_month([a for a in index.articles_by_date if a.captions], published(index)), key=item_id)


def article_list_parts(index: Index) -> list[Part]:
    """The article list's pages, when it is longer than one: newest month first."""
    if len(index.articles_by_date) <= LIST_SIZE:
        return []
    return split("articles/all", by_month(index.articles_by_date, published(index), newest_first=True), key=item_id,
                 size=LIST_SIZE)


def actor_list_parts(dossier: Dossier) -> dict[str, list[Part]]:
    """Per kind, the pages listing every actor of the kind by name (the index ranks only
    the strongest), in parts when the list is long."""
    groups: dict[str, list[Actor]] = {}
    for actor in sorted(dossier.actors, key=by_name):
        groups.setdefault(actor.kind, []).append(actor)
    parts = split("actors/all", groups, key=item_id, size=LIST_SIZE,
                  name=lambda kind: slugify(kind_name(kind, 2)), title=lambda kind: kind_name(kind, 2).capitalize())
    found: dict[str, list[Part]] = {}
    for part in parts:
        found.setdefault(part.items[0].kind, []).append(part)
    return found


def timeline_parts(days: list[tuple[date, list[Article], list[Fact]]]) -> list[Part]:
    """The timeline's pages: each (day, articles, facts) entry in its month; a busy month's
    days are cut into parts, a day's lines carried over under the same date."""
    months: dict[tuple[int, int], list[tuple[date, Article | Fact]]] = {}
    for when, articles, facts in days:
        months.setdefault((when.year, when.month), []).extend((when, item) for item in (*articles, *facts))
    parts = []
    for part in split("timeline", months, key=lambda line: f"{line[0].isoformat()}/{line[1].id}"):
        regrouped: dict[date, tuple[list[Article], list[Fact]]] = {}
        for when, item in part.items:
            regrouped.setdefault(when, ([], []))[isinstance(item, Fact)].append(item)
        parts.append(replace(part, items=tuple((when, *lists) for when, lists in regrouped.items())))
    return parts


def actor_pages(actor: Actor, index: Index, size: int = PART_SIZE) -> dict[str, dict]:
    """An actor's quotes, claims, facts naming it and articles, in that order, cut into pages
    of at most `size` entries where their keys say (see cut), its own page of at most
    FIRST_PART_SIZE: its own page, then
    actors/<id>/part-<digest>.md for each further part. {path: lists}: the entries of each
    list on the page, and the pages to link to (all of them from the first, the first and
    its neighbours from the others)."""
    spoken = index.facts_by_speaker.get(actor.id, ())
    lists = {"quotes": [f for f in spoken if f.kind == "quote"], "claims": [f for f in spoken if f.kind != "quote"],
             "mentioned": list(index.facts_mentioning.get(actor.id, ())),
             "articles": sorted((index.articles[a] for a in actor.articles if a in index.articles), key=oldest_first)}
    first = f"actors/{actor.id}.md"
    entries = [(name, item) for name, items in lists.items() for item in items]
    key = lambda entry: f"{entry[0]}/{entry[1].id}"  # noqa: E731   a fact may be both a claim and a mention
    chunks = cut(entries, key, size, first=min(size, FIRST_PART_SIZE)) or [[]]
    paths = [first] + [f"actors/{actor.id}/{name}.md" for name in part_names(chunks, key)[1:]]
    pages = {}
    for number, (path, chunk) in enumerate(zip(paths, chunks)):
        links = ({"parts": paths if len(paths) > 1 else []} if not number else
                 {"first": first, "previous": paths[number - 1], "next": paths[number + 1] if number + 1 < len(paths) else ""})
        pages[path] = {**links, **{name: [item for kind, item in chunk if kind == name] for name in lists}}
    return pages


def kept_actor_pages(actor: Actor, index: Index, last: dict | None, kept: dict) -> dict[str, dict]:
    """actor_pages(), or, with the last render's (`last`, while serving), the very pages it
    made for the actor when they were made from the same facts and articles (the same
    objects: an unchanged item is the last render's own, see PageMemo.same_items): all that
    actor_pages reads beside the actor's id. Each is noted in `kept` for the next render."""
    if last is None:
        return actor_pages(actor, index)
    inputs = (index.facts_by_speaker.get(actor.id, ()), index.facts_mentioning.get(actor.id, ()),
              tuple(index.articles.get(a) for a in actor.articles))
    found = last.get(actor.id)
    if found is None or not all(map(same_objects, found[0], inputs)):
        found = (inputs, actor_pages(actor, index))
    kept[actor.id] = found
    return found[1]


def same_objects(old: tuple, new: tuple) -> bool:
    """Whether two tuples hold the very same objects, in order."""
    return len(old) == len(new) and all(map(operator.is_, old, new))


def item_id(item: Fact | Article | Actor) -> str:
    """What a fact, an article or an actor is known by in a long list: its id."""
    return item.id


def oldest_first(article: Article) -> tuple:
    """Sort key: articles in the order they came out, undated last."""
    return (article.published is None, article.published or date.min, article.headline.casefold(), article.id)


def grouped_roles(roles) -> list[tuple[str, str, int]]:
    """Each role once, as (text, first article or '' from the corrections, how many other
    articles state it), the most stated first: an actor's page does not list a role once per
    article, nor once per way of writing it ('Director', 'director'): the form most articles
    print stands for the rest."""
    found: dict[tuple[str, bool], list[str]] = {}
    forms: dict[tuple[str, bool], list[str]] = {}
    for role in roles:
        key = (role.text.casefold(), bool(role.article))
        found.setdefault(key, []).append(role.article)
        forms.setdefault(key, []).append(role.text)
    ordered = sorted(found.items(), key=lambda item: -len(item[1]))    # stable: ties keep their order
    return [(max(dict.fromkeys(forms[key]), key=forms[key].count), articles[0], len(dict.fromkeys(articles)) - 1)
            for key, articles in ordered]


def sources(dossier: Dossier, index: Index) -> list[tuple[str, str, list[tuple[str, str, list[str]]]]]:
    """The sources page's sections: (title, anchor, [(name, actor id or '', article ids)])."""
    def section(pairs) -> list[tuple[str, str, list[str]]]:
        found: dict[str, dict[str, None]] = {}
        for name, article_id in pairs:
            if plain(name):
                found.setdefault(name, {})[article_id] = None
        names = sorted(found, key=lambda n: (n.casefold(), n))
        return [(name, "", list(found[name])) for name in names]

    articles = dossier.articles
    cited: dict[str, dict[str, None]] = {}
    for fact in dossier.facts:
        for speaker in fact.speakers:
            actor = index.actors.get(speaker)
            if actor is not None and actor.kind == "organisation":
                cited.setdefault(speaker, {})[fact.article] = None
    organisations = [(index.actors[a].name, a, list(cited[a]))
                     for a in sorted(cited, key=lambda a: by_name(index.actors[a]))]
    return [
        ("Publishers", "publishers", section((a.publisher, a.id) for a in articles)),
        ("Authors", "authors", section((name, a.id) for a in articles for name in a.authors)),
        ("Additional sources", "additional-sources",
         section((name, a.id) for a in articles for name in a.additional_sources)),
        ("Photo credits", "photo-credits", section((c.credit, a.id) for a in articles for c in a.captions)),
        ("Cited organisations", "cited-organisations", organisations),
        ("Related headlines", "related", section((name, a.id) for a in articles for name in a.related)),
    ]


def check_ids(dossier: Dossier) -> None:
    """Refuse ids that are not safe page names or that two pages share."""
    problems = [Problem(fact.article, None, f"the fact id {fact.id!r} is not a safe anchor name",
                        hint="fact ids are lowercase letters, digits and single hyphens", severity="error")
                for fact in dossier.facts if not is_slug(fact.id)]
    for folder, items in (("articles", dossier.articles), ("actors", dossier.actors)):
        seen: set[str] = set()
        for item in items:
            where = item.source if isinstance(item, Article) else item.name
            if not is_slug(item.id):
                problems.append(Problem(where, None,
                                        f"the id {item.id!r} is not a safe page name",
                                        hint="ids are lowercase letters, digits and single hyphens",
                                        severity="error"))
            elif item.id in seen:
                problems.append(Problem(where, None,
                                        f"two pages would be {folder}/{item.id}.md",
                                        hint="give one of them another id", severity="error"))
            seen.add(item.id)
    if problems:
        raise DossierError(tuple(problems))


def by_name(actor: Actor) -> tuple[str, str, str]:
    """Sort key: by name as a reader sorts it, then exactly, so the order never varies."""
    return (actor.name.casefold(), actor.name, actor.id)


def number(value: float) -> Markup:
    """A number for a drawing, to a tenth, as '12.5' or '320': nothing in it to escape."""
    return Markup(f"{round(float(value), 1):g}")


def excerpt(text: str, size: int = 120) -> str:
    """The text as one line, cut at a word within `size` characters, with '…' where cut."""
    flat = plain(text)
    if len(flat) <= size:
        return flat
    cut = flat[:size].rsplit(" ", 1)[0] if " " in flat[:size] else flat[:size]
    return cut.rstrip(" ,;:") + "…"


def day(value: date | None) -> str:
    """A date as '29 January 2026', the same in every locale; '' for none."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def kind_name(kind: str, count: int = 1) -> str:
    """'person' or 'people': the word for a kind of actor or fact."""
    singular, plural = KIND_NAMES.get(kind, (kind, kind + "s"))
    return singular if count == 1 else plural


def kinds(items) -> list[str]:
    """The kinds the items have: the model's kinds in its order, then any other, sorted."""
    found = {item.kind for item in items}
    known = (*ACTOR_KINDS, *FACT_KINDS)
    return [k for k in known if k in found] + sorted(found - set(known))


def by_kind(items) -> list[tuple[str, list]]:
    """The items of each kind, in the order of kinds(): one pass, where a selectattr per
    kind would go over all of them for each."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return [(kind, groups[kind]) for kind in kinds(items)]


def kind_counts(items) -> list[str]:
    """'3 quotes', '1 claim': how many items there are of each kind, in the order of kinds()."""
    counts = Counter(item.kind for item in items)
    return [f"{counts[kind]} {kind_name(kind, counts[kind])}" for kind in kinds(items)]


def commas(items) -> Markup:
    """Items joined by commas, each escaped unless it is already Markup."""
    # Markup.join would escape each item again, only to find it is Markup.
    return Markup(", ".join([escape_markdown(item) for item in items]))


def environment(templates: Path | None = None) -> jinja2.Environment:
    """Our templates, each of which a file of the same name in `templates` replaces."""
    # The user's templates, with their times, are part of the key: a template added or
    # edited while serving takes effect, and no render asks the disk about each include.
    listing = user_templates(Path(templates)) if templates else ()
    return cached_environment(templates, listing)


def user_templates(folder: Path) -> tuple[tuple[str, int], ...]:
    """(name, modification time) of each template in the user's folder; DossierError for a link
    among them, or for the folder itself, as no file is read through one."""
    links = [folder] if folder.is_symlink() else [p for p in folder.glob("*.j2") if p.is_symlink()]
    if links:
        raise DossierError(tuple(Problem(str(link), None, f"not read: {LINK}", severity="error",
                                         hint="copy the template into the folder: through a link, a file from "
                                              "anywhere on the machine that builds the site would be read")
                                 for link in sorted(links)))
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.j2")))


class UserTemplateLoader(jinja2.FileSystemLoader):
    """The user's templates folder, whose templates are its own files: none is read through a link."""

    def get_source(self, environment: jinja2.Environment, template: str):
        path = Path(self.searchpath[0])
        for piece in jinja2.loaders.split_template_path(template):
            path = path / piece
            if path.is_symlink():
                raise jinja2.TemplateError(f"{path} is not read: {LINK}")
        return super().get_source(environment, template)


@functools.lru_cache(maxsize=8)
def cached_environment(templates: Path | None, listing: tuple) -> jinja2.Environment:
    """The Jinja environment, kept between renders so that templates compile once."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(UserTemplateLoader(str(templates)))
    loaders.append(jinja2.PackageLoader("dossier", "templates"))
    # finalize escapes every {{ }} that is not Markup: a template cannot forget to.
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                             finalize=finalize, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True, autoescape=False,
                             extensions=["jinja2.ext.do"], auto_reload=False)
    env.filters.update(attr=escape_attribute, commas=commas, day=day, excerpt=excerpt, log2=math.log2, num=number, kind=kind_name, plain=plain, slug=slugify)
    env.globals.update(HELPERS)
    env.globals["entry"] = entry_helper(env, frozenset(SHARED_TEMPLATES) - {name for name, _ in listing})
    return env


def entry_helper(env: jinja2.Environment, shared: frozenset[str]):
    """The template helper entry(name, **values), for this environment; `shared` names the
    templates whose entries are made once per render and place."""
    templates: dict[str, jinja2.Template] = {}
    @jinja2.pass_context
    def entry(context, name: str, **values) -> Markup:
        """A list entry: the template `name` rendered with these values, as an include would."""
        template = templates.get(name) or templates.setdefault(name, env.get_template(name))
        if name not in shared:
            return Markup(template.render({**context.get_all(), **values}))
        place = dict(zip(PLACE, map(context.get, PLACE)))

        def make(index) -> Markup:
            # A context of its own, holding the globals: Template.new_context would go over
            # the template's chain of globals twice, which costs more than most entries.
            own = jinja2.runtime.new_context(env, template.name, template.blocks,
                                             {**env.globals, "index": index, **place, **values}, shared=True)
            return Markup(env.concat(template.root_render_func(own)))
        # Values (facts, articles) are looked up by their ids and then compared, identity
        # first: hashing a whole fact at each entry would cost much of what is saved. A
        # value without an id is looked up by identity; the fragment holds it, so no other
        # object can take its identity while the fragment is kept.
        key = ("entry", template, *values, *place.values(), *map(known_as, values.values()))
        return context["index"].fragment(key, tuple(values.values()), make)
    return entry


def known_as(value) -> object:
    """What an entry's value is looked up by: its id for the model's items, else its identity."""
    return value.id if type(value) in (Fact, Article, Actor) else id(value)


# Links. Each helper reads `root` ('' or '../'), the way from the page to the site's root.

def html_root(path: str, directory_urls: bool) -> str:
    """The way from a page's built address to the site's root: with directory URLs,
    'actors/x.md' is served as 'actors/x/', one folder deeper than its source."""
    depth = path.count("/")
    if directory_urls and path.rsplit("/", 1)[-1] != "index.md":
        depth += 1
    return "../" * depth


@jinja2.pass_context
def html_url(context, path: str) -> Markup:
    """The built address of a page given from the site's root ('actors/x.md'), from this
    page: for links in raw HTML, which MkDocs leaves as they are."""
    stem = path.removesuffix(".md")
    if context["directory_urls"]:
        stem = stem.removesuffix("index") if stem.endswith("/index") or stem == "index" else stem + "/"
    else:
        stem += ".html"
    return Markup(escape_attribute(context["html_root"] + stem))

@jinja2.pass_context
def article_url(context, article_id: str, paragraph: int | None = None) -> str:
    """The path from this page to an article's page, or to one of its paragraphs; paragraph
    0 is the captions, or the headline when the article has none."""
    anchor = "" if paragraph is None else f"#p-{paragraph}"
    if paragraph == 0:
        article = context["index"].articles.get(article_id)
        anchor = "#captions" if article is not None and article.captions else ""
    if context.get("page_article") == article_id:
        return anchor or "#"
    return f"{context['root']}articles/{article_id}.md{anchor}"


@jinja2.pass_context
def article_link(context, article_id: str, paragraph: int | None = None) -> Markup:
    """The article's headline linking to its page (or paragraph); plain text if unknown."""
    label = context["index"].labels.get(f"articles/{article_id}")
    if label is None:
        return escape_markdown(article_id)
    return Markup(f"[{label}]({article_url(context, article_id, paragraph)})")


@jinja2.pass_context
def paragraph_link(context, article_id: str, paragraph: int) -> Markup:
    """'¶3' (or 'caption') linking to where a fact was said."""
    article = context["index"].articles.get(article_id)
    if type(paragraph) is int and paragraph:
        # '¶3', written for most facts on every page, has nothing to escape.
        return Markup(f"[¶{paragraph}]({article_url(context, article_id, paragraph)})")
    label = f"¶{paragraph}" if paragraph else "caption" if article is not None and article.captions else "headline"
    return link(label, article_url(context, article_id, paragraph))


@jinja2.pass_context
def actor_link(context, actor_id: str, text: str | None = None) -> Markup:
    """The actor's name (or the text given) linking to its page; plain text if unknown."""
    return link_actor(context["index"], context["root"], actor_id, text)


def link_actor(index: Index, root: str, actor_id: str, text: str | None = None) -> Markup:
    """actor_link, given the index and the way to the site's root."""
    label = index.labels.get(f"actors/{actor_id}")
    if label is None:
        return escape_markdown(text or index.unpaged.get(actor_id) or actor_id)
    if text is not None:
        label = escape_inline(plain(text))
    return Markup(f"[{label}]({root}actors/{actor_id}.md)")


@jinja2.pass_context
def citation(context, fact: Fact) -> str:
    """The fact's citation, the same line the export gives (escaped on its way into the page)."""
    return cite(fact, context["index"].articles.get(fact.article))


@jinja2.pass_context
def page_url(context, path: str) -> Markup:
    """The path from this page to another page of the dossier, given from the site's root."""
    return Markup(context["root"] + path)


@jinja2.pass_context
def linked(context, text: str, article_id: str) -> Markup:
    """Text from an article, escaped, each name of one of the article's actors a link to
    that actor's page."""
    root = context["root"]
    if not isinstance(text, str):
        return link_names(context["index"], root, text, article_id)
    # A fact's text shows on its article's page and on those listing it, alike at one depth.
    # Made again quickly, it is not kept beyond the render: its entry is.
    return context["index"].fragment(("linked", text, article_id, root), (),
                                     lambda index: link_names(index, root, text, article_id), lasting=False)


def link_names(index: Index, root: str, text: str, article_id: str) -> Markup:
    """linked, given the index and the way to the site's root."""
    flat = plain(text)
    pattern, ids = index.names_in(article_id)
    if pattern is None:
        return Markup(escape_line_start(escape_inline(flat)))
    pieces, last, labels = [], 0, index.labels
    for match in pattern.finditer(flat):
        name = match.group()
        actor_id = ids[name]
        if not actor_id:
            continue
        before = escape_inline(flat[last:match.start()])
        # "!" just before a link would make it an image.
        pieces.append(before[:-1] + "\\!" if before.endswith("!") else before)
        # link_actor written out, as it is run for most names in every text: the name is
        # already plain, being a name the pattern was made of.
        if labels.get(f"actors/{actor_id}") is None:
            pieces.append(escape_markdown(name))
        else:
            pieces.append(f"[{escape_inline(name)}]({root}actors/{actor_id}.md)")
        last = match.end()
    pieces.append(escape_inline(flat[last:]))
    return Markup(escape_line_start("".join(pieces)))


@jinja2.pass_context
def actor_links(context, actor_ids) -> Markup:
    """Actor names, each linking to its page, joined by commas."""
    index, root = context["index"], context["root"]
    return Markup(", ".join([link_actor(index, root, a) for a in actor_ids]))


@jinja2.pass_context
def also_in(context, fact: Fact) -> Markup:
    """'2 articles: ...', each place linking to its paragraph, on the fact's own article page;
    elsewhere '11 other articles', linking to the fact there, so an entry on a list stays the
    same size however many articles repeat the fact."""
    others = len(dict.fromkeys(a for a, _ in fact.also_in if a != fact.article))
    if context.get("page_article") != fact.article and others:
        url = f"{context['root']}articles/{fact.article}.md#{fact.id}"
        return link(f"{others} other {'article' if others == 1 else 'articles'}", url)
    # A fact repeated only within its own article lists those paragraphs everywhere:
    # an article's own paragraphs do not grow with the dossier.
    count = len(dict.fromkeys(a for a, _ in fact.also_in))
    places = commas(article_link(context, a, p) for a, p in fact.also_in)
    return Markup(f"{count} {'article' if count == 1 else 'articles'}: {places}")


@jinja2.pass_context
def published_on(context, fact: Fact) -> date | None:
    """The day a fact's article was published, if known."""
    article = context["index"].articles.get(fact.article)
    return article.published if article is not None else None


@jinja2.pass_context
def actor_named(context, name: str) -> Markup:
    """A name linking to the actor of that exact name, or plain text when there is none."""
    actor_id = context["index"].actor_named.get(name)
    return actor_link(context, actor_id) if actor_id else escape_markdown(name)


@jinja2.pass_context
def cited_organisations(context, facts) -> list[str]:
    """Organisations that facts are attributed to, once each, in order."""
    kind_of = context["index"].kind_of
    return list(dict.fromkeys(s for f in facts for s in f.speakers if kind_of.get(s) == "organisation"))


def external_link(text: object, url: str) -> Markup:
    """A link to an http(s) URL; any other URL shows as plain text and links nowhere."""
    safe = safe_url(url)
    return link(text, safe) if safe else escape_markdown(text)


@jinja2.pass_context
def image(context, path: str, alt: str) -> Markup:
    """An image kept in the docs folder; an image elsewhere becomes a link, so a reader's
    browser asks nothing of another host."""
    path = plain(path)
    if safe_url(path):
        return external_link(f"Image of {alt}", path)
    # The override file refuses any other path with an error; one that comes another way is left out.
    path = safe_image_path(path)
    if not path:
        return Markup("")
    return Markup(f"![{escape_markdown(alt)}]({context['root']}{quote(path, safe='/-._~')}){{: .dossier-portrait }}")


HELPERS = {f.__name__: f for f in (article_url, page_url, grouped_roles, article_link, paragraph_link, actor_link, actor_links, also_in, linked, published_on, html_url,
                                   actor_named, cited_organisations, citation,
                                   external_link, image, day, kind_name, kinds, by_kind, kind_counts)}


def fill(template: jinja2.Template, values: dict) -> str:
    """template.render(values), its context made from the globals directly, as an entry's is."""
    env = template.environment
    context = jinja2.runtime.new_context(env, template.name, template.blocks, {**env.globals, **values}, shared=True)
    try:
        return env.concat(template.root_render_func(context))
    except Exception:
        # As Template.render does: the traceback is rewritten to the templates' lines.
        env.handle_exception()


def template_problem(exc: jinja2.TemplateError, template: str, page: str) -> Problem:
    """A template's mistake as path:line: message, found in the traceback Jinja rewrites."""
    where, line = getattr(exc, "filename", None) or template, getattr(exc, "lineno", None)
    if line is None:
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.endswith(".j2"):
                where, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
            tb = tb.tb_next
    return Problem(where, line, f"{exc.message or type(exc).__name__} (rendering {page})",
                   hint="a template of your own may use the names our templates use", severity="error")


def render(dossier: Dossier, templates: Path | None = None, memo: PageMemo | None = None,
           directory_urls: bool = True, *, progress: Callable = quiet) -> dict[str, str]:
    """Every page of the dossier: {path relative to docs: Markdown}. With a memo (while
    serving), a page whose inputs are all as they were last time is taken from it.
    directory_urls says how the site names its pages (MkDocs' use_directory_urls), for the
    links inside drawings, which Markdown does not rewrite."""
    # A render makes millions of short-lived objects and no reference cycle (a test keeps
    # it so): the cyclic collector, which would go over them thousands of times, waits.
    with cycle_collector_paused():
        return render_pages(dossier, templates, memo, directory_urls, progress)


def render_pages(dossier: Dossier, templates: Path | None, memo: PageMemo | None,
                 directory_urls: bool = True, progress: Callable = quiet) -> dict[str, str]:
    """render(), the collector aside."""
    env = environment(templates)
    if memo is not None:
        dossier = memo.same_items(dossier)
    whole, dossier, unpaged = with_pages(dossier)
    index = replace(make_index(dossier, memo.index if memo is not None else None), unpaged=unpaged)
    if memo is not None:
        memo.start(index, dossier)

    def page(template: str, path: str, **context) -> str:
        context = {"root": "../" * path.count("/"), "with_article": True,
                   "html_root": html_root(path, directory_urls), "directory_urls": directory_urls, **context}
        try:
            compiled = env.get_template(template)
            # The list pages read the whole dossier: they would never be reused.
            if memo is None or path in INDEX_PAGES:
                return title_in_front_matter(fill(compiled, {"dossier": dossier, "index": index, **context}))
            # A page given again is given as it was finished: its title is where it was put.
            return memo.render(path, compiled, context, finish=title_in_front_matter)
        except jinja2.TemplateError as exc:
            raise DossierError((template_problem(exc, template, path),)) from None

    progress("rendering the lists")
    most_named = sorted(dossier.actors, key=lambda a: (-len(a.articles), by_name(a)))[:HIGHLIGHTS]
    facts, days, captions = fact_parts(dossier, index), timeline_parts(timeline(dossier, index)), caption_parts(index)
    articles, actors = article_list_parts(index), actor_list_parts(dossier)
    weights = views.weigh(dossier, index.facts_by_speaker, index.facts_mentioning)
    ranked = {kind: views.ranked(group, weights) for kind, group in by_kind(dossier.actors)}
    named_once = {kind: sum(weights[a.id].once for a in group) for kind, group in by_kind(dossier.actors)}
    names = {a.id: a.name for a in dossier.actors}
    when = views.fact_date(index.articles)
    said = views.matrix(dossier.facts, names)
    kept = memo.relations if memo is not None else None
    links = views.edges(dossier, index, kept)
    relations = views.graph(links, index.actors, weights, kept=kept)
    drawn_months = views.timeline_months(days)
    lists = dict(fact_parts=facts, timeline_parts=days, caption_parts=captions, article_parts=articles,
                 actor_parts=actors, ranked=ranked, named_once=named_once, matrix=said,
                 graph=relations, edge_rows=views.EDGE_ROWS, edge_articles=views.EDGE_ARTICLES,
                 facts_index=facets.INDEX_PATH, timeline_months=drawn_months,
                 timeline_columns=views.timeline_columns(drawn_months[0], views.timeline_busy(days)),
                 timeline_actors=views.timeline_actors(drawn_months[0], names),
                 sources=sources(dossier, index), most_named=most_named,
                 latest=index.articles_by_date[:HIGHLIGHTS], source_links=SOURCE_LINKS)
    pages = {path: page(template, path, **lists) for path, template in INDEX_PAGES.items()}
    for part in facts:
        pages[part.path] = page("facts_part.md.j2", part.path, part=part)
    for part in days:
        pages[part.path] = page("timeline_part.md.j2", part.path, part=part)
    for part in captions:
        pages[part.path] = page("captions_part.md.j2", part.path, part=part)
    for part in articles:
        pages[part.path] = page("articles_part.md.j2", part.path, part=part)
    for part in chain.from_iterable(actors.values()):
        pages[part.path] = page("actors_part.md.j2", part.path, part=part)
    for done, article in enumerate(dossier.articles, 1):
        progress("rendering the pages of articles: {done}/{total}", done, len(dossier.articles))
        path = f"articles/{article.id}.md"
        pages[path] = page("article.md.j2", path, article=article, page_article=article.id, with_article=False,
                           facts=index.facts_of_article.get(article.id, ()),
                           named=named_in_article(article.id, index))
    keep, speakers = frozenset(said.named), frozenset(said.speakers)
    links_of = views.links_by_actor(links)
    drawn = views.most_said_about(dossier.actors, weights)
    kept_parts, last_parts = {}, memo.actor_parts if memo is not None else None
    for done, actor in enumerate(dossier.actors, 1):
        progress("rendering the pages of actors: {done}/{total}", done, len(dossier.actors))
        for path, lists in kept_actor_pages(actor, index, last_parts, kept_parts).items():
            if "first" in lists:
                # Not how many articles name it: that would change every page of a busy actor
                # with each article that names it.
                pages[path] = page("actor_part.md.j2", path, actor=actor, **lists)
                continue
            # The statements grouped by whom they name: those the dossier's matrix counts always,
            # on the page of every speaker it counts, which its cells link to.
            said_about = views.said_about(actor.id, index.facts_by_speaker, when, names, keep,
                                          least=1 if actor.id in speakers else views.SAID_FROM)
            pages[path] = page("actor.md.j2", path, actor=actor, named_in=len(actor.articles),
                               companions=index.companions.get(actor.id, ()), said_about=said_about,
                               said_links=views.SAID_LINKS, edge_articles=views.NEIGHBOUR_ARTICLES, facts_index=facets.INDEX_PATH,
                               neighbourhood=views.neighbourhood(actor, links_of, index.actors, kept=kept)
                               if actor.id in drawn else None, **lists)
    # The facts index names every speaker, those with no page too.
    pages.update(facets.facts_index(whole, when, memo.facets if memo is not None else None))
    if memo is not None:
        memo.keep_only(pages)
        memo.actor_parts = kept_parts
    return pages


def with_pages(dossier: Dossier) -> tuple[Dossier, Dossier, dict[str, str]]:
    """The dossier; the dossier the pages show, its actors only those with a page of their own
    (the facts still name the others as their speakers); and the plain name of each of those others."""
    paged = tuple(actor for actor in dossier.actors if has_page(actor))
    if len(paged) == len(dossier.actors):
        return dossier, dossier, {}
    unpaged = {actor.id: plain(actor.name) for actor in dossier.actors if not has_page(actor)}
    return dossier, replace(dossier, actors=paged), unpaged


# A page's first heading, after its front matter if it has one, less the closing #s
# Python-Markdown drops (an escaped one is text).
FIRST_HEADING = re.compile(r"(?:---\n(?P<front>(?:.*\n)*?)---\n)?\s*#(?!#)(?P<text>(?:\\.|[^\\\n])*?)#*[ \t]*(?:\n|$)")
# An attribute list ending a heading: attr_list reads it as the heading's attributes.
ATTRIBUTE_LIST = re.compile(r"[ ]+\{:?[^}\n]*\}[ ]*$")
# What Python-Markdown reads as a backslash escape: the character stands for itself.
BACKSLASH_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!])")
# Braces stay entities in HTML: a template engine run over the page finds no tag there either.
AS_HTML = {"{": "&#123;", "}": "&#125;"}


def title_in_front_matter(page: str) -> str:
    """The page with its title in its front matter as well, when the title holds an entity.

    MkDocs takes a page's title from its first heading as HTML, '<' written '&lt;'. In the
    <title> element Material writes that title through striptags, which turns every entity
    back into its character: a headline with '</title><script>' in it would close the
    element and run. A title in the front matter Material writes as it is (so does any
    theme that writes the title MkDocs gives), and MkDocs gives it as the page's title
    everywhere (search index, nav). A title with no entity is the same text either way;
    its page is left as it was, and the home page keeps the site's name for a title.
    """
    found = FIRST_HEADING.match(page)
    if found is None or "&" not in found["text"]:
        return page
    text = ATTRIBUTE_LIST.sub("", found["text"].strip())
    front = found["front"]
    if front is not None and re.search(r"^title\s*:", front, re.M):
        return page   # a template of the user's gave the title itself
    # HTML as the heading shows it: entities kept, backslash escapes gone.
    title = BACKSLASH_ESCAPE.sub(lambda m: AS_HTML.get(m[1], m[1]), text)
    line = yaml.safe_dump({"title": title}, allow_unicode=True, width=float("inf"))
    if front is None:
        return f"---\n{line}---\n\n{page}"
    return f"---\n{line}{page[4:]}"   # after the front matter's opening line


def named_in_article(article_id: str, index: Index) -> tuple[Named, ...]:
    """The actors an article names, by name, each with the roles that article gives it."""
    roles = index.roles_in.get(article_id, {})
    return tuple(Named(a.id, a.name, a.kind, roles.get(a.id, ())) for a in index.actors_of_article.get(article_id, ()))


def roles_by_article(actors) -> dict[str, dict[str, tuple[str, ...]]]:
    """{article id: {actor id: the roles that article gives the actor, each once}}: found in
    one pass, where asking each actor on each article's page grows with the square of the dossier."""
    found: dict[str, dict[str, dict[str, None]]] = {}
    for actor in actors:
        for role in actor.roles:
            found.setdefault(role.article, {}).setdefault(actor.id, {})[role.text] = None
    return {article: {actor: tuple(texts) for actor, texts in named.items()} for article, named in found.items()}
