"""Apply the user's corrections to a resolved dossier: every name looked up, every miss an error."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .model import Actor, Article, Caption, Dossier, Fact, Problem, Role
from .override_file import ARTICLE, Entry, Overrides, Ref, load_overrides
from .slugs import fact_id, short_hash, slugify

__all__ = ["apply_overrides", "load_overrides", "Overrides"]

# Typed quotes match printed ones: straight, curly, single or double.
QUOTE_MARKS = "\"“”„«»'’‘`"
NOT_A_WORD = re.compile(r"[\W_]+")

# Applying: every name is looked up in the dossier as resolved, then the changes are made.
# Lookups never depend on the order of the blocks, and applying twice changes nothing more.


def apply_overrides(dossier: Dossier, overrides: Overrides) -> tuple[Dossier, tuple[Problem, ...]]:
    """The dossier with the corrections made, and a problem for each one that cannot be."""
    if overrides == Overrides():
        return dossier, ()
    problems: list[Problem] = []
    original, index = dossier, ActorIndex(dossier.actors)
    dossier, hidden_articles = fix_articles(dossier, overrides.articles, problems)
    dossier = without_articles(dossier, hidden_articles)
    dossier, actor_changes = fix_actors(original, index, dossier, overrides.actors, problems)
    dossier = fix_facts(original, index, dossier, overrides, actor_changes, problems)
    return dossier, tuple(sorted(problems, key=lambda p: (p.path, p.line or 0)))


def error(ref: Ref, message: str, hint: str = "", line: int | None = None) -> Problem:
    """An error at the place a reference was written."""
    return Problem(ref.path, line or ref.line, message, hint, severity="error")


def name_key(name: str) -> str:
    """How names are compared: case, accents, punctuation and spacing do not count."""
    text = name.casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(NOT_A_WORD.sub(" ", text).split())


def close(word: str, candidates: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The candidates that look most like word, for a 'did you mean' hint."""
    return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)


def or_list(items: list[str]) -> str:
    """'a', or 'a', 'b' or 'c'."""
    quoted = [f"'{item}'" for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


# --- Articles


def find_article(articles: tuple[Article, ...], ref: Ref, problems: list[Problem]) -> Article | None:
    """The article a reference names: its file in seeds/ (or its id); a problem when none."""
    for article in articles:
        if ref.text in (article.source, article.id):
            return article
    sources = [a.source for a in articles]
    matches = close(ref.text, sources) or [s for s in sources if Path(s).name == Path(ref.text).name]
    hint = f"did you mean {or_list(matches)}?" if matches else "articles are named by their file in seeds/"
    problems.append(error(ref, f"no article in the seeds is the file '{ref.text}'", hint))
    return None


def fix_articles(dossier: Dossier, entries: tuple[Entry, ...], problems: list[Problem]
                 ) -> tuple[Dossier, frozenset[str]]:
    """Articles with their fields and captions corrected, and the ids of those hidden."""
    chosen: dict[str, Entry] = {}
    for entry in entries:
        article = find_article(dossier.articles, entry.key, problems)
        if article is None:
            continue
        if article.id in chosen:
            problems.append(twice(entry.key, f"article '{article.source}'", chosen[article.id].key))
            continue
        chosen[article.id] = entry
    articles, hidden = [], set()
    for article in dossier.articles:
        entry = chosen.get(article.id)
        if entry is None:
            articles.append(article)
            continue
        if entry.get("hide"):
            hidden.add(article.id)
            continue
        changes = {key: value for key, value, _ in entry.fields if key in ARTICLE and ARTICLE[key].type
                   not in ("flag", "captions")}
        if "published" in changes:
            changes["published_inferred"] = False
        if article.from_file_name:
            changes["from_file_name"] = tuple(f for f in article.from_file_name if f not in changes)
        captions = fix_captions(article, entry.get("captions", ()), problems)
        articles.append(replace(article, **changes, captions=captions))
    return replace(dossier, articles=tuple(articles)), frozenset(hidden)


def twice(ref: Ref, thing: str, first: Ref) -> Problem:
    """The error for a second block that names something a first block already corrects."""
    return error(ref, f"{thing} is corrected twice, here and at {first}",
                 hint="put all its corrections in one block")


def fix_captions(article: Article, entries: tuple[Entry, ...], problems: list[Problem]
                 ) -> tuple[Caption, ...]:
    """The article's captions with credit, date and place corrected."""
    captions = list(article.captions)
    done: dict[int, Entry] = {}
    for entry in entries:
        index = find_caption(article, entry.key, problems)
        if index is None:
            continue
        if index in done:
            problems.append(twice(entry.key, f"caption {index + 1} of article '{article.source}'",
                                  done[index].key))
            continue
        done[index] = entry
        captions[index] = replace(captions[index], **{key: value for key, value, _ in entry.fields})
    return tuple(captions)


def find_caption(article: Article, ref: Ref, problems: list[Problem]) -> int | None:
    """The index of the caption a reference names: its number from 1, or its first words."""
    count = len(article.captions)
    if ref.number is not None:
        if 1 <= ref.number <= count:
            return ref.number - 1
        problems.append(error(ref, f"article '{article.source}' has {count} caption"
                                   f"{'' if count == 1 else 's'}, so there is no caption {ref.number}",
                              hint="captions are numbered from 1 in the order the page prints them"))
        return None
    prefix = name_key(ref.text)
    found = [i for i, c in enumerate(article.captions) if name_key(c.text).startswith(prefix)]
    if len(found) == 1:
        return found[0]
    if found:
        numbers = ", ".join(str(i + 1) for i in found)
        problems.append(error(ref, f"'{ref.text}' starts {len(found)} captions of article "
                                   f"'{article.source}': {numbers}",
                              hint="write more of the caption, or its number"))
        return None
    starts = {c.text[:len(ref.text)]: c.text for c in article.captions}
    matches = close(ref.text, list(starts), n=1)
    shown = " ".join(starts[matches[0]].split()[:len(ref.text.split()) + 2]) if matches else ""
    hint = (f"did you mean '{shown}'?" if matches
            else f"write the first words of one of its {count} captions, or its number" if count
            else "it has no captions")
    problems.append(error(ref, f"no caption of article '{article.source}' starts with '{ref.text}'", hint))
    return None


def without_articles(dossier: Dossier, hidden: frozenset[str]) -> Dossier:
    """The dossier with nothing left that only hidden articles say."""
    if not hidden:
        return dossier
    facts = []
    for fact in dossier.facts:
        places = [(a, p) for a, p in ((fact.article, fact.paragraph), *fact.also_in) if a not in hidden]
        if places:
            (article, paragraph), *rest = places
            facts.append(replace(fact, article=article, paragraph=paragraph, also_in=tuple(rest)))
    actors, gone = [], set()
    for actor in dossier.actors:
        articles = tuple(a for a in actor.articles if a not in hidden)
        if actor.articles and not articles:
            gone.add(actor.id)
            continue
        roles = tuple(r for r in actor.roles if r.article not in hidden)
        actors.append(replace(actor, articles=articles, roles=roles))
    facts = [replace(f, speakers=tuple(s for s in f.speakers if s not in gone),
                     mentions=tuple(m for m in f.mentions if m not in gone)) for f in facts]
    return replace(dossier, actors=tuple(actors), facts=tuple(facts))


# --- Actors


class ActorIndex:
    """Actors by id and by every name, compared the way name_key says."""

    def __init__(self, actors: tuple[Actor, ...]):
        self.ids = {a.id: a for a in actors}

    # Made on the first lookup by name: most overrides files name no actor, and keying
    # every name of thousands of actors would cost each rebuild for nothing.
    @functools.cached_property
    def by_name(self) -> dict[str, list[str]]:
        """Actor ids by name_key of each name and alias."""
        by_name: dict[str, list[str]] = {}
        for actor in self.ids.values():
            for name in (actor.name, *actor.aliases):
                ids = by_name.setdefault(name_key(name), [])
                if actor.id not in ids:
                    ids.append(actor.id)
        return by_name

    @functools.cached_property
    def shown(self) -> dict[str, str]:
        """Every name and id as written, with the id of the first actor it belongs to."""
        shown: dict[str, str] = {}
        for actor in self.ids.values():
            for name in (actor.name, *actor.aliases):
                shown.setdefault(name, actor.id)
            shown.setdefault(actor.id, actor.id)
        return shown

    def lookup(self, text: str) -> list[str]:
        """Ids of the actors a text names: an id exactly, else a name however written."""
        if text in self.ids:
            return [text]
        return list(self.by_name.get(name_key(text), []))

    def find(self, ref: Ref, problems: list[Problem]) -> str | None:
        """The one actor a reference names; a problem when none or several."""
        ids = self.lookup(ref.text)
        if len(ids) == 1:
            return ids[0]
        if ids:
            problems.append(error(ref, f"'{ref.text}' names {len(ids)} actors: {', '.join(ids)}",
                                  hint="name the one you mean by its id"))
            return None
        problems.append(error(ref, f"no actor is named '{ref.text}'", self.suggest(ref.text)))
        return None

    def suggest(self, text: str) -> str:
        """'did you mean ...' with the closest names and their ids."""
        keys: dict[str, str] = {}
        for name in self.shown:
            keys.setdefault(name_key(name), name)
        matches = close(name_key(text), list(keys))
        if not matches:
            return "an actor is named by its id (the end of its page's address) or any of its names"
        shown = []
        for key in matches:
            name = keys[key]
            actor = self.shown[name]
            shown.append(f"'{name}'" + ("" if name == actor else f" ({actor})"))
        listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
        return f"did you mean {listed}?"


@dataclass(frozen=True)
class ActorChanges:
    """What became of the resolved actors, for the facts to follow."""

    merged: tuple[tuple[str, str], ...] = ()
    """(old id, the id it was merged into)."""
    split: tuple[tuple[str, str, str], ...] = ()
    """(article id, old actor id, new actor id): in that article, the name means the new actor."""
    hidden_at: tuple[tuple[str, Ref], ...] = ()
    """(id of a hidden actor, where it is hidden)."""


def fix_actors(original: Dossier, index: ActorIndex, dossier: Dossier, entries: tuple[Entry, ...],
               problems: list[Problem]) -> tuple[Dossier, ActorChanges]:
    """Actors merged, split, corrected and hidden as the actor blocks say."""
    if not entries:
        return dossier, ActorChanges()
    present = {a.id for a in dossier.actors}
    chosen: dict[str, Entry] = {}
    for entry in entries:
        actor_id = index.find(entry.key, problems)
        if actor_id is None:
            continue
        if actor_id in chosen:
            problems.append(twice(entry.key, f"actor '{actor_id}'", chosen[actor_id].key))
            continue
        chosen[actor_id] = entry
    merged = merges(index, chosen, problems)
    hidden = {actor_id for actor_id, entry in chosen.items() if entry.get("hide")}
    hidden_at = tuple((actor_id, entry.key) for actor_id, entry in chosen.items() if entry.get("hide"))
    groups: dict[str, list[str]] = {}
    for old, target in merged.items():
        groups.setdefault(target, []).append(old)
    order = {a.id: i for i, a in enumerate(dossier.articles)}
    by_id = {a.id: a for a in dossier.actors}
    taken = {a.id for a in original.actors} | present
    actors: list[Actor] = []
    split_map: list[tuple[str, str, str]] = []
    gains: list[Gain] = []
    named: dict[str, tuple[Ref, str]] = {}
    for actor in dossier.actors:
        if actor.id in merged or actor.id in hidden:
            continue
        others = [by_id[o] for o in groups.get(actor.id, ()) if o in by_id]
        actor = merge_actors(actor, others, order)
        entry = chosen.get(actor.id)
        if entry is None:
            actors.append(actor)
            continue
        actor, new_actors, moved, gained = split_actor(actor, entry, original, index, taken, order, problems)
        gains.extend(gained)
        actors.append(fix_actor(actor, entry))
        actors.extend(new_actors)
        split_map.extend(moved)
        if entry.has("name"):
            named[actor.id] = (replace(entry.key, line=entry.line("name")), "if they are one, merge '{actor}' "
                                                                           "into '{other}' instead")
        splits = {split.get("name"): split.key for split in entry.get("split", ())}
        named.update((new.id, (splits[new.name], "a split makes a new actor: give it a name of its own"))
                     for new in new_actors)
    problems.extend(name_clashes(actors, named))
    for gain in gains:
        target = merged.get(gain.target, gain.target)
        if target in hidden:
            problems.append(error(gain.where, f"split '{gain.where.text}' moves to actor '{target}', which is "
                                              f"hidden at {chosen[target].key}",
                                  hint="a hidden actor takes nothing: name another actor, or a new one"))
    actors, split_map = moved_into(actors, split_map, gains, merged, order)
    changes = ActorChanges(tuple(merged.items()), tuple(split_map), hidden_at)
    return replace(dossier, actors=tuple(actors)), changes


def name_clashes(actors: list[Actor], named: dict[str, tuple[Ref, str]]) -> list[Problem]:
    """An error for each name given by an override that another actor already has.

    named: {actor id: (where its name was given, the hint to give)}.
    """
    ids_of: dict[str, list[str]] = {}
    for actor in actors:
        ids_of.setdefault(name_key(actor.name), []).append(actor.id)
    found = []
    for actor in actors:
        others = [i for i in ids_of[name_key(actor.name)] if i != actor.id]
        if actor.id in named and others:
            where, hint = named[actor.id]
            found.append(error(where, f"'{actor.name}' is already the name of actor '{others[0]}'",
                               hint=hint.format(actor=actor.id, other=others[0])))
    return found


def merges(index: ActorIndex, chosen: dict[str, Entry], problems: list[Problem]) -> dict[str, str]:
    """{id of an actor merged away: id of the actor it is merged into}."""
    merged: dict[str, str] = {}
    where: dict[str, Ref] = {}
    for target, entry in chosen.items():
        for ref in entry.get("merge", ()):
            other = index.find(ref, problems)
            if other is None or other == target:
                # Merging an actor into itself is what a second run sees: nothing to do.
                continue
            if other in merged:
                problems.append(error(ref, f"actor '{other}' is merged into both '{merged[other]}' "
                                           f"({where[other]}) and '{target}'",
                                      hint="merge it into one actor"))
            elif other in chosen:
                problems.append(error(ref, f"actor '{other}' is merged into '{target}' here, and also "
                                           f"corrected on its own at {chosen[other].key}",
                                      hint=f"move its corrections to '{target}'"))
            else:
                merged[other] = target
                where[other] = ref
    return merged


def merge_actors(actor: Actor, others: list[Actor], order: dict[str, int]) -> Actor:
    """One actor from several: the first's name and kind, everyone's names as aliases."""
    if not others:
        return actor
    group = [actor, *others]
    aliases = dict.fromkeys(n for a in group for n in (a.name, *a.aliases) if n != actor.name)
    articles = sorted(dict.fromkeys(x for a in group for x in a.articles), key=lambda x: order.get(x, 0))
    return replace(
        actor, aliases=tuple(aliases),
        roles=tuple(dict.fromkeys(r for a in group for r in a.roles)),
        affiliations=tuple(dict.fromkeys(x for a in group for x in a.affiliations)),
        articles=tuple(articles),
        description=next((a.description for a in group if a.description), ""),
        links=tuple(dict.fromkeys(x for a in group for x in a.links)),
        image=next((a.image for a in group if a.image), ""))


def fix_actor(actor: Actor, entry: Entry) -> Actor:
    """The actor with the block's fields set; a new name keeps the old one as an alias."""
    changes: dict[str, Any] = {}
    name = entry.get("name", actor.name)
    aliases = entry.get("aliases", actor.aliases)
    if name != actor.name and not entry.has("aliases"):
        aliases = (*aliases, actor.name)
    if name != actor.name or entry.has("aliases"):
        changes["name"] = name
        changes["aliases"] = tuple(dict.fromkeys(a for a in aliases if a != name))
    for key in ("kind", "description", "image"):
        if entry.has(key):
            changes[key] = entry.get(key)
    if entry.has("kind"):
        changes["kind_reason"] = f"set at {Path(entry.key.path).name}:{entry.line('kind')}"
    for key in ("affiliations", "links"):
        if entry.has(key):
            changes[key] = tuple(dict.fromkeys(entry.get(key)))
    if entry.has("roles"):
        # Keep the extracted Role where its text survives, so the page still cites its article.
        kept = {}
        for text in entry.get("roles"):
            kept.update(dict.fromkeys([r for r in actor.roles if r.text == text] or [Role(text)]))
        changes["roles"] = tuple(kept)
    return replace(actor, **changes)


@dataclass(frozen=True)
class Gain:
    """What a split takes to an actor that exists ('in this article, Berg is Anna Berg')."""

    target: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    articles: tuple[str, ...]
    where: Ref
    """The split's name in the overrides file, for an error."""


def moved_into(actors: list[Actor], split_map: list[tuple[str, str, str]], gains: list[Gain],
               merged: dict[str, str], order: dict[str, int]) -> tuple[list[Actor], list[tuple[str, str, str]]]:
    """Actors with the articles, names and roles splits took to them; what goes to an actor
    merged away goes on to the actor it was merged into, and so do its facts."""
    if not gains:
        return actors, split_map
    by_target: dict[str, list[Gain]] = {}
    for gain in gains:
        by_target.setdefault(merged.get(gain.target, gain.target), []).append(gain)
    kept = []
    for actor in actors:
        for gain in by_target.get(actor.id, ()):
            actor = replace(
                actor, aliases=tuple(dict.fromkeys(a for a in (*actor.aliases, *gain.aliases) if a != actor.name)),
                roles=tuple(dict.fromkeys((*actor.roles, *gain.roles))),
                articles=tuple(sorted(dict.fromkeys((*actor.articles, *gain.articles)),
                                      key=lambda x: order.get(x, 0))))
        kept.append(actor)
    return kept, [(article, old, merged.get(new, new)) for article, old, new in split_map]


def split_actor(actor: Actor, entry: Entry, original: Dossier, index: ActorIndex, taken: set[str],
                order: dict[str, int], problems: list[Problem]
                ) -> tuple[Actor, list[Actor], list[tuple[str, str, str]], list[Gain]]:
    """The actor without what its split blocks take, the new actors, what goes to actors that
    exist (a split may name one), and where facts move."""
    new_actors, moved, gains = [], [], []
    for split in entry.get("split", ()):
        if not split.has("name"):
            continue
        if not (split.get("articles") or split.get("aliases")):
            problems.append(error(split.key, f"split '{split.key.text}' of actor '{actor.id}' takes nothing",
                                  hint="list the 'articles' where the name means the new actor, "
                                       "or the 'aliases' that are its names"))
            continue
        before = len(problems)
        articles = []
        for ref in split.get("articles", ()):
            article = find_article(original.articles, ref, problems)
            if article is None:
                continue
            if article.id not in actor.articles:
                problems.append(error(ref, f"actor '{actor.id}' is not named in article '{article.source}'",
                                      hint="a split takes articles that name the actor"))
                continue
            articles.append(article.id)
        aliases = []
        keys = {name_key(a): a for a in actor.aliases}
        for alias in split.get("aliases", ()):
            if name_key(alias) not in keys:
                matches = close(alias, list(actor.aliases))
                problems.append(error(split.key, f"'{alias}' is not a name of actor '{actor.id}'",
                                      hint=f"did you mean {or_list(matches)}?" if matches
                                      else f"its aliases are: {', '.join(actor.aliases) or 'none'}",
                                      line=split.line("aliases")))
                continue
            aliases.append(keys[name_key(alias)])
        name = split.get("name")
        existing = [i for i in index.lookup(name) if i != actor.id] if name_key(name) != name_key(actor.name) \
            else [actor.id]
        if actor.id in existing:
            problems.append(error(split.key, f"split '{name}' of actor '{actor.id}' names that actor itself",
                                  hint="name the actor they are taken to, or a new one"))
        elif len(existing) > 1:
            problems.append(error(split.key, f"'{name}' names {len(existing)} actors: {', '.join(existing)}",
                                  hint="name the one you mean by its id"))
        elif existing:
            extra = [f[0] for f in split.fields if f[0] not in ("name", "aliases", "articles")]
            if extra:
                problems.append(error(split.key, f"split '{name}' of actor '{actor.id}' moves to actor "
                                                 f"'{existing[0]}', so it cannot set '{extra[0]}'",
                                      hint=f"correct '{existing[0]}' in a block of its own",
                                      line=split.line(extra[0])))
        if len(problems) > before:
            # Half a split would leave both actors wrong: make none of it.
            continue
        roles = tuple(r for r in actor.roles if r.article in articles)
        rest = replace(actor, aliases=tuple(a for a in actor.aliases if a not in aliases),
                       roles=tuple(r for r in actor.roles if r.article not in articles),
                       articles=tuple(a for a in actor.articles if a not in articles))
        if existing:
            # Taken to an actor that exists: added to it once every block is applied.
            gains.append(Gain(existing[0], tuple(aliases), roles, tuple(articles), split.key))
            moved.extend((article, actor.id, existing[0]) for article in articles)
            actor = rest
            continue
        new_id = slugify(name, "actor")
        if new_id in taken:
            new_id = f"{new_id}-{short_hash(name, 6)}"
        taken.add(new_id)
        new = Actor(new_id, name, split.get("kind", actor.kind), tuple(aliases), roles,
                    articles=tuple(sorted(articles, key=lambda x: order.get(x, 0))))
        new_actors.append(fix_actor(new, replace(split, fields=tuple(
            f for f in split.fields if f[0] not in ("name", "aliases", "articles")))))
        moved.extend((article, actor.id, new_id) for article in articles)
        actor = rest
    return actor, new_actors, moved, gains


# --- Facts


def fix_facts(original: Dossier, index: ActorIndex, dossier: Dossier, overrides: Overrides,
              changes: ActorChanges, problems: list[Problem]) -> Dossier:
    """Facts following their actors, then corrected, hidden and added as the blocks say."""
    merged = dict(changes.merged)
    split = {(article, old): new for article, old, new in changes.split}
    present = {a.id for a in dossier.actors}

    def follow(ids: tuple[str, ...], article: str) -> tuple[str, ...]:
        if split or merged:
            ids = tuple(merged.get(i, i) for i in (split.get((article, i), i) for i in ids))
        # Most facts name actors all still there, each once: nothing to drop (set speed).
        if present.issuperset(ids) and len(set(ids)) == len(ids):
            return ids
        return tuple(dict.fromkeys(i for i in ids if i in present))

    facts = []
    for fact in dossier.facts:
        speakers = follow(fact.speakers, fact.article)
        mentions = follow(fact.mentions, fact.article)
        if not set(speakers).isdisjoint(mentions):
            mentions = tuple(m for m in mentions if m not in speakers)
        if (speakers, mentions) != (fact.speakers, fact.mentions):
            fact = replace(fact, speakers=speakers, mentions=mentions)
        facts.append(fact)
    if not (overrides.facts or overrides.add_facts):
        return replace(dossier, facts=tuple(facts))
    finder = SpeakerFinder(index, ActorIndex(dossier.actors), merged, dict(changes.hidden_at), problems)
    facts, spoken = correct_facts(original, tuple(facts), overrides.facts, finder, problems)
    facts, added = add_facts(original, dossier, facts, overrides, finder, problems)
    actors = named_in(dossier.actors, spoken + added, {a.id: i for i, a in enumerate(dossier.articles)})
    return replace(dossier, actors=actors, facts=facts)


class SpeakerFinder:
    """Actor references in fact blocks, looked up among the actors as the overrides left them."""

    def __init__(self, before: ActorIndex, after: ActorIndex, merged: dict[str, str],
                 hidden_at: dict[str, Ref], problems: list[Problem]):
        self.before, self.after, self.merged, self.hidden_at = before, after, merged, hidden_at
        self.problems = problems

    def find(self, refs: tuple[Ref, ...]) -> tuple[str, ...] | None:
        """The ids the references name, or None when any of them names no one."""
        ids = []
        for ref in refs:
            found = self.after.lookup(ref.text)
            earlier = self.before.lookup(ref.text)
            if not found and len(earlier) == 1:
                # A name merged away means the actor it went into; a hidden one means no one.
                target = self.merged.get(earlier[0], earlier[0])
                if target in self.hidden_at:
                    which = f"'{target}'" if target == earlier[0] else f"'{target}' (merged from '{earlier[0]}')"
                    self.problems.append(error(ref, f"'{ref.text}' is actor {which}, which is hidden "
                                                    f"at {self.hidden_at[target]}",
                                               hint="a hidden actor cannot speak or be mentioned"))
                    return None
                if target in self.after.ids:
                    found = [target]
            actor_id = self.after.find(ref, self.problems) if len(found) != 1 else found[0]
            if actor_id is None:
                return None
            ids.append(actor_id)
        return tuple(dict.fromkeys(ids))


def correct_facts(original: Dossier, facts: tuple[Fact, ...], entries: tuple[Entry, ...],
                  finder: SpeakerFinder, problems: list[Problem]
                  ) -> tuple[tuple[Fact, ...], list[Fact]]:
    """Facts with kind, speakers and date corrected or hidden; and those given speakers."""
    known = {f.id for f in original.facts}
    chosen: dict[str, Entry] = {}
    for entry in entries:
        if entry.key.text not in known:
            # Ids are hashes: only a slip of a character or two looks like the id meant.
            matches = close(entry.key.text, sorted(known), cutoff=0.8)
            hint = (f"did you mean {or_list(matches)}?" if matches
                    else "a fact's id is printed next to it on its article's page; it changes when "
                         "extraction reads the fact's words differently")
            problems.append(error(entry.key, f"no fact has the id '{entry.key.text}'", hint))
        elif entry.key.text in chosen:
            problems.append(twice(entry.key, f"fact '{entry.key.text}'", chosen[entry.key.text].key))
        else:
            chosen[entry.key.text] = entry
    out, spoken = [], []
    for fact in facts:
        entry = chosen.get(fact.id)
        if entry is None:
            out.append(fact)
        elif not entry.get("hide"):
            fact = correct_fact(fact, entry, finder)
            spoken.append(fact)
            out.append(fact)
    return tuple(out), spoken


def correct_fact(fact: Fact, entry: Entry, finder: SpeakerFinder) -> Fact:
    """One fact with the block's kind, date, speakers and mentions set."""
    changes: dict[str, Any] = {key: entry.get(key) for key in ("kind", "date") if entry.has(key)}
    for key in ("speakers", "mentions"):
        if entry.has(key):
            ids = finder.find(entry.get(key))
            if ids is not None:
                changes[key] = ids
    fact = replace(fact, **changes)
    return replace(fact, mentions=tuple(m for m in fact.mentions if m not in fact.speakers))


def add_facts(original: Dossier, dossier: Dossier, facts: tuple[Fact, ...], overrides: Overrides,
              finder: SpeakerFinder, problems: list[Problem]
              ) -> tuple[tuple[Fact, ...], list[Fact]]:
    """Facts with the hand-added ones in; one the extraction already found is corrected instead."""
    corrected = {e.key.text: e for e in overrides.facts}
    facts = list(facts)
    position = {f.id: i for i, f in enumerate(facts)}
    added = []
    for entry in overrides.add_facts:
        if not (entry.has("article") and entry.has("text") and entry.has("kind")):
            continue
        ref = replace(entry.key, text=entry.get("article"), line=entry.line("article"))
        article = next((a for a in dossier.articles if ref.text in (a.source, a.id)), None)
        hidden = next((a for a in original.articles if ref.text in (a.source, a.id)), None)
        if article is None and hidden is not None:
            problems.append(error(ref, f"article '{hidden.source}' is hidden, so no fact can be added to it"))
            continue
        if article is None:
            find_article(dossier.articles, ref, problems)
            continue
        found = locate(article, entry, problems)
        if found is None:
            continue
        paragraph, text = found
        fact = Fact(fact_id(article.source, text), article.id, paragraph, entry.get("kind"), text)
        if fact.id in corrected:
            # Two sets of corrections to one fact: which should win is for the user to say.
            what = "hidden" if corrected[fact.id].get("hide") else "corrected"
            problems.append(error(where_text(entry), f"this is fact '{fact.id}', which is {what} at "
                                                     f"{corrected[fact.id].key}",
                                  hint="keep one of the two"))
            continue
        if fact.id in position:
            fact = facts[position[fact.id]]
        fact = correct_fact(fact, entry, finder)
        if fact.id in position:
            facts[position[fact.id]] = fact
        else:
            position[fact.id] = len(facts)
            facts.append(fact)
        added.append(fact)
    return tuple(facts), added


def locate(article: Article, entry: Entry, problems: list[Problem]) -> tuple[int, str] | None:
    """(paragraph, the article's own words) for an added fact's text; a problem when not found."""
    given = entry.get("text").strip()
    # The text as written, else without the quotation marks a quote is often copied with.
    wanted = [w for w in dict.fromkeys([given, given.strip(QUOTE_MARKS + " ")]) if w]
    patterns = [text_pattern(w) for w in wanted]
    places = [(p.number, p.text) for p in article.paragraphs]
    places.append((0, "\n".join([article.headline, *(c.text for c in article.captions)])))
    numbers = [n for n, _ in places[:-1]]
    where = where_text(entry)
    if entry.has("paragraph"):
        number = entry.get("paragraph")
        if number and number not in numbers:
            problems.append(error(where, f"article '{article.source}' has {len(numbers)} paragraphs, so "
                                         f"there is no paragraph {number}",
                                  line=entry.line("paragraph")))
            return None
        chosen = [(n, t) for n, t in places if n == number]
    else:
        chosen = places
    for pattern in patterns:
        for number, text in chosen:
            match = pattern.search(text)
            if match:
                return number, match.group(0)
    elsewhere = [n for n, t in places if any(p.search(t) for p in patterns)]
    if elsewhere:
        hint = f"it is in paragraph {elsewhere[0]}"
    else:
        words = set(given.split())
        best = max(places, key=lambda p: len(words & set(p[1].split())))
        hint = f"a fact quotes the article word for word; the closest is paragraph {best[0]}"
    inside = (f"paragraph {entry.get('paragraph')} of article '{article.source}'" if entry.has("paragraph")
              else f"article '{article.source}'")
    problems.append(error(where, f"the text is not in {inside}", hint))
    return None


def where_text(entry: Entry) -> Ref:
    """Where an added fact's text is written."""
    return replace(entry.key, line=entry.line("text"))


def text_pattern(text: str) -> re.Pattern:
    """A pattern for text as printed: any spacing, any kind of quotation mark or apostrophe."""
    words = []
    for word in text.split():
        words.append("".join(f"[{re.escape(QUOTE_MARKS)}]" if c in QUOTE_MARKS else re.escape(c)
                             for c in word))
    return re.compile(r"\s+".join(words))


def named_in(actors: tuple[Actor, ...], facts: list[Fact], order: dict[str, int]) -> tuple[Actor, ...]:
    """Actors who now speak or are named in a fact's article list that article."""
    extra: dict[str, set[str]] = {}
    for fact in facts:
        for actor_id in (*fact.speakers, *fact.mentions):
            extra.setdefault(actor_id, set()).add(fact.article)
    out = []
    for actor in actors:
        missing = extra.get(actor.id, set()) - set(actor.articles)
        if missing:
            actor = replace(actor, articles=tuple(sorted({*actor.articles, *missing},
                                                         key=lambda x: order.get(x, 0))))
        out.append(actor)
    return tuple(out)
