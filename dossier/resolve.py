"""Resolve across articles: unique article ids, one actor per real-world actor, facts once."""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, replace

from .actor_patterns import CONNECTORS as P_CONNECTORS, ONE_WORD_BODIES, ORG_HEADS, SHORT_FORMS, TRADE_HEADS
from .actors import ACRONYM, INITIALS, KIND_REASONS, initials_of
from .coreference import OTHER_OFFICE, SHORT_OFFICES
from .gazetteer import gazetteer
from .memo import reuse_equal
from .model import Actor, Article, Dossier, Extraction, Fact, Mention, Role
from .no_page import never_a_page, no_page_reason
from .owned_bodies import OWNED_BODIES, owned_body_keys
from .place_readings import READINGS
from .slugs import unique_slugs
from .vocabulary import (BODY_NAME_SUFFIXES, FEMALE_FIRST_NAMES, FIRST_NAME_FORMS, FIRST_NAMES, GENERATIONS,
                         MALE_FIRST_NAMES, MASTHEAD_WORDS, ROLE_HEADS, TITLES)


NAMES_KEPT = 1 << 16
"""Names whose key and parts are kept: some 9,000 at 1,000 articles."""
# Names several actors share, which an article may tell apart and name in full: as an alias
# of the one it means, such a name ties it to no other article's actor.
SHARED_NAMES = frozenset(READINGS) | frozenset(OWNED_BODIES)


class ResolveMemo:
    """What the last resolve made, for the next one in this process to reuse where its
    inputs are unchanged: `mkdocs serve` resolves again after every edit, and an edit
    changes one article of many.

    Its entries are keyed by the identity of the extractions and mentions they were made
    from (hashing a whole extraction would cost much of what is saved) and by every other
    value they depend on. The memo holds the extractions of the last resolve, so no other
    object can take their ids while it keeps what was made of them.
    """

    def __init__(self):
        self.inputs: tuple[Extraction, ...] = ()
        self.dossier: Dossier | None = None
        self.made: dict = {}
        """What the last resolve made, by key."""
        self.making: dict = {}
        """What this resolve has made or reused so far: the next one's `made`."""

    def get(self, key, make):
        """make(), or what the last resolve made for the same key."""
        found = self.made.get(key)
        if found is None:
            found = make()
        self.making[key] = found
        return found

    def unchanged(self, extractions: tuple[Extraction, ...]) -> bool:
        """Whether these are the very extractions of the last resolve (a correction was edited)."""
        return (self.dossier is not None and len(self.inputs) == len(extractions)
                and all(map(operator.is_, self.inputs, extractions)))

    def keep(self, extractions: tuple[Extraction, ...], dossier: Dossier) -> Dossier:
        """The dossier, each actor and fact equal to one of the last resolve being that very
        object (pages rendered from it are then found unchanged at once); remembered."""
        if self.dossier is not None:
            dossier = Dossier(dossier.articles, reuse_equal(self.dossier.actors, dossier.actors),
                              reuse_equal(self.dossier.facts, dossier.facts))
        self.inputs, self.dossier, self.made, self.making = extractions, dossier, self.making, {}
        return dossier


def resolve(extractions: tuple[Extraction, ...], memo: ResolveMemo | None = None) -> Dossier:
    """One Dossier from per-article extractions, in a stable order; what the memo kept from
    the last resolve is reused."""
    if memo is not None and memo.unchanged(extractions):
        return memo.dossier
    given, memo = extractions, memo or ResolveMemo()
    memo.making = {}
    extractions = tuple(sorted(extractions, key=lambda e: e.article.source))
    articles = article_ids(tuple(e.article for e in extractions), memo)
    id_of_source = {a.source: a.id for a in articles}
    actors, actor_of = merge_actors(extractions, id_of_source, memo)
    facts = merge_facts(extractions, id_of_source, actor_of, memo)
    return memo.keep(given, Dossier(articles, actors, facts))


def article_ids(articles: tuple[Article, ...], memo: ResolveMemo | None = None) -> tuple[Article, ...]:
    """Articles with ids unique in the dossier: the headline's slug, told apart by source."""
    memo = memo or ResolveMemo()
    slugs = unique_slugs([(a.id, a.source) for a in articles], "article")
    return tuple(memo.get(("article", id(a), slug), lambda: replace(a, id=slug)) for a, slug in zip(articles, slugs))


# Each rule reads the keys of every name of the dossier again, and `mkdocs serve` resolves
# after every save: a name's key is worked out once per process, so it must stay a function
# of the name alone.
@functools.lru_cache(maxsize=NAMES_KEPT)
def name_key(name: str) -> str:
    """What two names must share to be the same actor."""
    return " ".join(name.casefold().replace(".", "").replace("’", "'").split())


def merge_actors(extractions: tuple[Extraction, ...], id_of_source: dict[str, str],
                 memo: ResolveMemo | None = None) -> tuple[tuple[Actor, ...], dict[tuple[str, str], str]]:
    """One actor per real-world actor across articles, and a map (source, name or alias) -> actor id.

    Mentions join when they share a name or a fuller alias (an acronym, a full name); a
    short or variant form joins the one actor its article, or else the dossier, ties it to
    (group_mentions says which forms), and a form two actors may have stays on its own.
    """
    memo = memo or ResolveMemo()
    found_in = surnames_of_people_named(split_joined_names(extractions, memo), memo)
    members = [(e.article.source, m) for e, found in zip(extractions, found_in) for m in found]
    keys = [keys for e, found in zip(extractions, found_in)
            for keys in (memo.get(("keys", id(e)), lambda: tuple(merge_keys(m) for m in found))
                         if found is e.mentions else tuple(merge_keys(m) for m in found))]
    groups = group_mentions([m for _, m in members], [s for s, _ in members], keys)
    article_of = {e.article.source: e.article for e in extractions}
    named = [memo.get(("named", members[group[0]][0], *(id(members[i][1]) for i in group)),
                      lambda: naming([members[i] for i in group])) for group in groups]
    ordered = sorted(range(len(groups)), key=lambda n: named[n][1])
    slugs = unique_slugs([(named[n][0], named[n][2]) for n in ordered], "actor")
    actors = []
    actor_of: dict[tuple[str, str], str] = {}
    for n, slug in zip(ordered, slugs):
        found = [members[i] for i in groups[n]]
        key = ("actor", slug, *(id(m) for _, m in found), *(id_of_source[s] for s, _ in found))
        actors.append(memo.get(key, lambda: actor_from(slug, found, id_of_source, article_of)))
        for source, mention in found:
            actor_of[(source, mention.name)] = slug
        for source, mention in found:
            for alias in mention.aliases:
                actor_of.setdefault((source, alias), slug)
    return tuple(actors), actor_of


JOINED = re.compile(r"^(?P<one>.+?) (?:and|&) (?P<other>.+)$")


def split_joined_names(extractions: tuple[Extraction, ...], memo: ResolveMemo) -> list[tuple[Mention, ...]]:
    """Each article's mentions, with a name that strings two names of the dossier together
    ('Jo Lund and Lund Media', each named alone elsewhere) read as the two it names; an
    article's mentions are the very tuple it holds where none does, and the two read from a
    name are the same objects while what they are made of is unchanged (the memo's keys
    hold mentions by identity)."""
    joined = [(n, m, match) for n, e in enumerate(extractions) for m in e.mentions
              if (" and " in m.name or " & " in m.name) and (match := JOINED.match(m.name))]
    if not joined:
        return [e.mentions for e in extractions]
    alone: dict[str, Mention] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            alone.setdefault(name_key(mention.name), mention)
    parts: dict[int, tuple[Mention, ...]] = {}
    for _, mention, match in joined:
        named = [alone.get(name_key(match.group(part))) for part in ("one", "other")]
        if all(named):
            made = tuple((match.group(part), known.kind, known.kind_reason) for part, known in zip(("one", "other"), named))
            parts[id(mention)] = memo.get(("parts", id(mention), made), lambda: tuple(
                Mention(name, kind, paragraphs=mention.paragraphs, kind_reason=reason) for name, kind, reason in made))
    changed = {n for n, m, _ in joined if id(m) in parts}
    return [tuple(part for m in e.mentions for part in parts.get(id(m), (m,))) if n in changed else e.mentions
            for n, e in enumerate(extractions)]


# Reasons an article gives a one-word name a body's or a place's kind that a person's
# surname meets as well: it is listed with bodies, it 'beat' or 'led' someone, 'in' or 'at'
# or 'from' goes before it, it speaks near an 'its'.
WEAK_KIND_REASONS = frozenset((KIND_REASONS["kind_from_team"], KIND_REASONS["kind_from_context"],
                               KIND_REASONS["kind_from_preposition"], KIND_REASONS["kind_from_route"],
                               KIND_REASONS["kind_from_speech"], "the names it is listed with"))
SURNAME_REASON = "the surname of a person its article names in full"
GAZETTEER_REASON = KIND_REASONS["kind_from_gazetteer"]


def surnames_of_people_named(found_in: list[tuple[Mention, ...]], memo: ResolveMemo) -> list[tuple[Mention, ...]]:
    """Each article's mentions, with a one-word name that only weak words made a body or a
    place ('Lund led Berg by 20 points', 'Lund, Harbour Board and Norvik') read as the
    surname it is when the article names one person of that surname in full ('Anna Berg'):
    the same actor, not a body of her name. The person read is the same object while the
    mention is (the memo's keys hold mentions by identity)."""
    changed = []
    for found in found_in:
        surnames: dict[str, int] = {}
        for mention in found:
            if mention.kind == "person" and (name := person_name(mention.name)) is not None:
                surnames[name.last] = surnames.get(name.last, 0) + 1
        # Most names are no surname of the article's people: the count is looked up first.
        if not any(surnames.get(name_key(m.name)) == 1 and weakly_kinded(m) for m in found):
            changed.append(found)
            continue
        changed.append(tuple(
            memo.get(("surname", id(m)), lambda m=m: replace(m, kind="person", kind_reason=SURNAME_REASON))
            if surnames.get(name_key(m.name)) == 1 and weakly_kinded(m) else m for m in found))
    return changed


def weakly_kinded(mention: Mention) -> bool:
    """Whether a one-word name is a body's or a place's by words a person's surname meets as
    well, or a place's the gazetteer knows only by another name ('Berg' for a town it files
    as 'Bérg', a former name of a city)."""
    if " " in mention.name or mention.kind not in ("organisation", "place"):
        return False
    if mention.kind_reason in WEAK_KIND_REASONS:
        return True
    place = gazetteer().place(mention.name) if mention.kind_reason == GAZETTEER_REASON else None
    return place is not None and not place.country and place.name.casefold() != mention.name.casefold()


def naming(found: list[tuple[str, Mention]]) -> tuple[str, str, str]:
    """A group's name, its name's key (the actors' order), and what tells it apart from another
    group of the same slug: its name's key and kind, and for a group a common noun names
    ('Police'), which is one article's own, that article's source."""
    mentions = [m for _, m in found]
    name = actor_name(mentions)
    key = name_key(name)
    return name, key, f"{key}|{actor_kind(mentions)}" + (f"|{found[0][0]}" if found[0][1].local else "")


def merge_keys(mention: Mention) -> set[str]:
    """Names a mention may be merged by: its name, and aliases of more than one word or acronyms;
    a person's bare surname is left out, since two people may share it. A body or place is
    also merged by the other ways its name is printed (body_name_variants) and by the full
    name of a short form the patterns know."""
    keys = {name_key(mention.name)}
    for alias in mention.aliases:
        # 'New York' beside 'New York State' is what the article printed, but it names the city
        # too; 'General Assembly' beside 'United Nations General Assembly' a state's legislature.
        if alias in SHARED_NAMES:
            continue
        if len(alias.split()) > 1 or (mention.kind != "person" and alias.replace(".", "").isupper()):
            keys.add(name_key(alias))
    if mention.kind in ("organisation", "place") and not mention.local:
        keys |= {variant for key in set(keys) for variant in body_name_variants(key)}
        # A short form the patterns know ('Britain') is its full name's.
        keys |= {name_key(SHORT_FORMS[form][0]) for form in (mention.name, *mention.aliases)
                 if SHORT_FORMS.get(form, ("", ""))[1] == mention.kind}
    if mention.kind == "organisation" and not mention.local:
        keys |= {variant for key in set(keys) for variant in owned_body_keys(key)}
    if mention.kind != "person" and not mention.local:
        # 'Lund's campaign' is the 'Lund campaign', as 'Lund's foundation' is the 'Lund Foundation'.
        keys |= {key.replace("'s ", " ") for key in keys if "'s " in key}
    return keys


# 'Department of Lund Affairs' is printed 'Lund Affairs Department' too, and 'Select
# Committee on Lund Harbour' 'Lund Harbour Committee'; a 'University of Lund' and a 'Lund
# University' may be two, so only these heads turn around.
TURNING_HEADS = {"department": "of", "ministry": "of", "committee": "on", "subcommittee": "on",
                 "commission": "on"}
# Words for the sort of committee, which a committee's shorter name leaves out.
COMMITTEE_SORTS = frozenset("select special standing permanent".split())


def body_name_variants(key: str) -> set[str]:
    """Other keys of the same body's name (a name_key): 'department of lund affairs' is also
    'lund affairs department', and 'house select committee on lund harbour' 'house lund
    harbour committee'."""
    words = key.split()
    # 'us department of justice' is also 'justice department', as 'us justice department' is.
    if len(words) >= 3 and words[1] in TURNING_HEADS and gazetteer().country_of(words[0]):
        return body_name_variants(" ".join(words[1:])) | {" ".join(words[1:])}
    turned = {" ".join(words[:at] + words[at + 2:] + [word]) for at, word in enumerate(words[:-2])
              if TURNING_HEADS.get(word) == words[at + 1]}
    variants = set(turned) | {short for name in (key, *turned) for short in first_subject(name)}
    for name in (key, *turned):
        parts = name.split()
        if parts[-1] in TURNING_HEADS:
            kept = [w for w in parts[:-1] if w not in COMMITTEE_SORTS]
            if kept and len(kept) < len(parts) - 1:
                variants.add(" ".join([*kept, parts[-1]]))
    return variants - {key}


# Heads of a body named for the matters it deals with ('Harbour and Fisheries Committee').
SUBJECT_HEADS = frozenset("committee subcommittee commission".split())


def first_subject(name: str) -> tuple[str, ...]:
    """A committee named for two matters, by its first alone: 'House Harbour and Fisheries
    Committee' is printed 'House Harbour Committee' too, as news writing shortens it."""
    words = name.split()
    if len(words) < 4 or words[-1].casefold() not in SUBJECT_HEADS or "and" not in words[1:-2]:
        return ()
    return (" ".join([*words[:words.index("and", 1)], words[-1]]),)


def group_mentions(mentions: list[Mention], sources: list[str] | None = None,
                   keys: list[set[str]] | None = None) -> list[list[int]]:
    """Mention indices grouped into actors, each group in input order; a local group
    ('Police') joins only mentions from its own article (its source, when sources are given).
    `keys` are the mentions' merge_keys, when known."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # A bare surname ('Berg') is first read in its own article, which may tell which Berg it is.
    # So is a first name alone ('Anna'), which only its article can tie to a full name.
    bare = [i for i, m in enumerate(mentions) if not m.local and len(m.name.split()) == 1 and (
        m.kind in ("person", "") or (m.kind == "other" and (is_first_name(m.name) or shouted(m) or spoken(m))))]
    own_article = set(bare)
    cities = dateline_cities(mentions)
    owner: dict[tuple, int] = {}
    for i, mention in enumerate(mentions):
        for key in cities.get(i) or (keys[i] if keys is not None else merge_keys(mention)):
            slot = (mention.kind == "person", key) if not mention.local and i not in own_article \
                else (mention.kind == "person", key, sources[i] if sources else str(i))
            if slot in owner:
                union(owner[slot], i)
            else:
                owner[slot] = i
    join_speakers_to_people(mentions, union, owner, own_article)
    join_short_person_names(mentions, union, root, sources)
    join_first_names(mentions, union, root, sources)
    join_epithets(mentions, union, root)
    join_name_beginnings(mentions, union, root, sources)
    join_acronyms(mentions, union, root)
    join_initialled_names(mentions, union, root)
    join_mastheads(mentions, union, root)
    join_body_suffixes(mentions, union, root)
    join_qualified_bodies(mentions, union, root)
    join_unkinded_names(mentions, union, root, own_article)
    # The ones no article or dossier tells are one actor per form: an unresolved 'Berg'.
    named_fully = {root(i) for i, m in enumerate(mentions) if m.kind == "person" and len(m.name.split()) > 1}
    unresolved: dict[tuple[bool | str, str], int] = {}
    for i in [i for i in bare if root(i) not in named_fully]:
        key = (mentions[i].kind == "person" if mentions[i].kind else "", name_key(mentions[i].name))
        # 'TIMES' beside 'Times', 'Lundair said' beside the body 'Lundair': no surname.
        if (shouted(mentions[i]) or spoken(mentions[i])) and key in owner:
            union(owner[key], i)
        elif key in unresolved:
            union(unresolved[key], i)
        else:
            unresolved[key] = i
    join_unkinded_to_speakers(unresolved, union, {
        name_key(m.name) for i in bare if (m := mentions[i]).kind == "" and in_capitals(m)})
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(root(i), []).append(i)
    # Names with no kind that nothing in the dossier claimed are no actors.
    return [part for group in groups.values() if any(mentions[i].kind for i in group)
            for part in kinds_told_apart(mentions, group)]


def join_speakers_to_people(mentions: list[Mention], union, owner: dict[tuple, int], own_article: set[int]) -> None:
    """A full name an article only makes speak ('Anna Berg said', kind 'other') joins the
    person of that name in the dossier, where no body or place has the name: that article
    could not tell the kind, another did. `owner` holds the first mention of each
    (is a person, key) slot."""
    told = {name_key(m.name) for i, m in enumerate(mentions)
            if m.kind in ("organisation", "place") and not m.local and i not in own_article}
    for i, mention in enumerate(mentions):
        key = name_key(mention.name)
        if (mention.kind == "other" and mention.kind_reason == SPEAKS_REASON and not mention.local
                and len(mention.name.split()) > 1 and key not in told and (True, key) in owner):
            union(owner[(True, key)], i)


def join_unkinded_to_speakers(unresolved: dict[tuple[bool | str, str], int], union, capitals: set[str]) -> None:
    """A name no article gives a kind, printed in capitals somewhere ('told LUNDAIR'), as an
    outlet may print its own, joins the one-word name of the dossier that no article could
    tell either but that speaks ('Lundair said'): no person of the dossier has it as a
    surname (those were joined to that person), and speaking makes it an actor. A party's
    adjective or a family's plural ('Democratic', 'the Bergs') is printed so nowhere.
    `unresolved` holds one mention of each such group, by (kind: '' for none, False for
    'other'; name key); `capitals` the keys of the names with no kind printed in capitals."""
    for (kind, key), i in unresolved.items():
        if kind == "" and key in capitals and (False, key) in unresolved:
            union(unresolved[(False, key)], i)


def in_capitals(mention: Mention) -> bool:
    """Whether a one-word name is printed in capitals ('LUNDAIR') as its name or a form."""
    return any(form.isupper() and len(form) >= MIN_SHOUTED for form in (mention.name, *mention.aliases))


def dateline_cities(mentions: list[Mention]) -> dict[int, set[str]]:
    """The keys of the city a dateline names ('WASHINGTON -', 'NEW YORK (AP)': a place in capitals
    that opens the first paragraph), by mention: the one place of the dossier that names it
    as a city ('Washington, D.C.', 'New York City'), where there is one. A dateline names a
    city, never the state of the same name."""
    named_as_city: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.replace(",", "").split()
        if mention.kind == "place" and not mention.local and len(words) > 1 and (
                words[-1] == "City" or INITIALS.match(words[-1])):
            named_as_city.setdefault(name_key(" ".join(words[:-1])), set()).add(name_key(mention.name))
    if not named_as_city:
        return {}
    found = {}
    for i, mention in enumerate(mentions):
        if (mention.kind == "place" and 1 in mention.paragraphs and mention.name.isupper()
                and sum(c.isalpha() for c in mention.name) >= MIN_DATELINE_LETTERS):
            city = named_as_city.get(name_key(mention.name), set())
            if len(city) == 1:
                found[i] = city
    return found


# Shorter capitals are as often an acronym as a town ('LA', 'UN').
MIN_DATELINE_LETTERS = 4


def join_unkinded_names(mentions: list[Mention], union, root, own_article: set[int]) -> None:
    """A name its text gives no kind ('Lundair' in 'fares at Lundair rose') joins the one body
    or place of the dossier of that name, where no person of the dossier has it as a surname."""
    if not any(m.kind == "" for m in mentions):
        return
    surnames = {name.last for m in mentions if m.kind == "person" and (name := person_name(m.name)) is not None}
    named: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind in ("organisation", "place") and not mention.local and i not in own_article:
            for form in (mention.name, *mention.aliases):
                named.setdefault(name_key(form), set()).add(i)
    for i, mention in enumerate(mentions):
        key = name_key(mention.name)
        if mention.kind == "" and key not in surnames:
            fits = {root(j) for j in named.get(key, ())} - {root(i)}
            if len(fits) == 1:
                union(fits.pop(), i)


# Reasons for a kind that come from what one article says of a name, not from the name itself:
# 'Lundby beat Norvik 2-1' makes a club of a town's name there, 'shares of Norvik' a company.
ARTICLE_EVIDENCE = frozenset(KIND_REASONS[rule] for rule in (
    "kind_from_titles", "kind_from_context", "kind_from_team", "kind_from_business"))


def kinds_told_apart(mentions: list[Mention], group: list[int]) -> list[list[int]]:
    """A group that is a place in most articles, whose mentions some articles make an
    organisation by what they say of it (a county's club in a match report, a company named
    for its town): those mentions are an actor of their own. 'In Congress' makes no place of
    a body most articles call one, so a place is not split off so."""
    kinds = {mentions[i].kind for i in group}
    if "organisation" not in kinds or len(kinds) < 2 or not kinds <= {"organisation", "place", "other"}:
        return [group]
    if actor_kind([mentions[i] for i in group]) == "organisation":
        return [group]
    apart = [i for i in group if mentions[i].kind == "organisation" and mentions[i].kind_reason in ARTICLE_EVIDENCE]
    if not apart:
        return [group]
    rest = [i for i in group if i not in set(apart)]
    return [rest, apart] if rest else [group]


def join_short_person_names(mentions: list[Mention], union, root, sources: list[str] | None = None) -> None:
    """'Jim Lund' or 'James B. Lund' joins 'James Lund', and 'Lund' the one Lund its
    article names (or, when the article names none, the dossier), where only one person fits."""
    people = [i for i, m in enumerate(mentions) if m.kind == "person"]
    # Each full name once, with the genders its mentions state and the articles that give it:
    # a dossier names its main people hundreds of times.
    units: dict[tuple[PersonName, frozenset[str]], int] = {}
    articles: dict[int, set[str]] = {}
    for i in people:
        name = person_name(mentions[i].name)
        if name is not None:
            unit = units.setdefault((name, frozenset(name_genders(mentions[i], name))), i)
            if unit != i:
                union(unit, i)
            articles.setdefault(unit, set()).add(sources[i] if sources else str(i))
    by_last: dict[str, list[tuple[int, PersonName, frozenset[str]]]] = {}
    for (name, genders), i in units.items():
        by_last.setdefault(name.last, []).append((i, name, genders))

    def fitting(i: int, gender: frozenset[str], candidates) -> set[int]:
        """The actors (as roots) of these full names whose gender does not contradict i's."""
        return {root(j) for j, _, genders in candidates
                if not gender or not genders or genders == gender} - {root(i)}

    # Names with the same first name first, so that 'Jim Lund' then meets 'James Lund' and
    # 'James B. Lund' as the one person they are.
    for variants in (False, True):
        for (name, genders), i in units.items():
            fits = fitting(i, genders, (c for c in by_last[name.last]
                                        if c[0] != i and same_person(name, c[1], variants)))
            if len(fits) == 1:
                union(fits.pop(), i)
    # A first name misspelt once ('Magdalene' for 'Magdelene') is the one person of the
    # surname whose first name is a letter away from it, named so in other articles or
    # given the same office.
    sources_of: dict[int, set[str]] = {}
    for unit, found in articles.items():
        sources_of.setdefault(root(unit), set()).update(found)
    held_by_unit: dict[int, set[tuple[str, ...]]] = {}
    for j in people:
        if (name := person_name(mentions[j].name)) is not None:
            unit = units[(name, frozenset(name_genders(mentions[j], name)))]
            held_by_unit.setdefault(unit, set()).update(role_offices(mentions[j].roles))
    for (name, genders), i in units.items():
        if len(sources_of[root(i)]) != 1 or len(name.first) < MIN_MISSPELT:
            continue
        fits = fitting(i, genders, (c for c in by_last[name.last] if c[0] != i
                                    and (len(sources_of[root(c[0])]) > 1 or held_by_unit[i] & held_by_unit[c[0]])
                                    and one_letter_apart(name.first, c[1].first) and len(c[1].first) >= MIN_MISSPELT
                                    and same_person(replace(name, first=c[1].first), c[1], False)))
        if len(fits) == 1:
            union(fits.pop(), i)
    # The offices each full name holds where it is given in full ('Mayor Anna Berg'), by
    # the full names of each person.
    held_by_root: dict[int, set[tuple[str, ...]]] = {}
    for i in people:
        if len(mentions[i].name.split()) > 1:
            held_by_root.setdefault(root(i), set()).update(role_offices(mentions[i].roles))
    offices = {i: held_by_root.get(root(i), set()) for i in articles}
    # The articles in which each full name's person is also called by the surname alone.
    called: dict[str, dict[int, set[str]]] = {}
    for i in people:
        name = person_name(mentions[i].name)
        if name is not None and any(name_key(a) == name.last for a in mentions[i].aliases):
            called.setdefault(name.last, {}).setdefault(root(i), set()).add(sources[i] if sources else str(i))
    # A surname in capitals of a kind nothing told ('LUND:' before the lines of a transcript)
    # is read as a surname too.
    # So is a name the text gives no kind, unless a body or place of the dossier has that name.
    bodies = {name_key(m.name) for m in mentions if m.kind in ("organisation", "place", "other") and not m.local}
    unkinded = [i for i, m in enumerate(mentions) if m.kind == "" and name_key(m.name) not in bodies]
    # So is a name that speaks of a kind the text left open ('Berg said'), unless a body or
    # place of the dossier has that name.
    places_and_bodies = {name_key(m.name) for m in mentions if m.kind in ("organisation", "place") and not m.local}
    speaking = [i for i, m in enumerate(mentions) if spoken(m) and name_key(m.name) not in places_and_bodies]
    # The offices of each person named in full, by article and surname, for 'Secretary Berg'.
    full_offices: dict[tuple[str | None, str], list[set[tuple[str, ...]]]] = {}
    if sources:
        for j in people:
            if len(mentions[j].name.split()) > 1 and (name := person_name(mentions[j].name)) is not None:
                full_offices.setdefault((sources[j], name.last), []).append(role_offices(mentions[j].roles))
    for i in people + [i for i, m in enumerate(mentions) if shouted(m)] + unkinded + speaking:
        words = mentions[i].name.replace(".", "").split()
        if len(words) != 1:
            continue
        named = by_last.get(words[0].casefold(), [])
        # An article that names a Berg tells which Berg its 'Berg' is, or that it cannot tell;
        # where none of its Bergs fits ('Mr. Berg' beside Anna Berg), the dossier may tell.
        candidates = [c for c in named if sources and sources[i] in articles[c[0]]]
        gender = frozenset({mentions[i].gender} - {""})
        held = role_offices(mentions[i].roles)
        # 'Secretary Berg' in an article whose only Berg is 'President Tom Berg': another
        # Berg, whom the dossier may tell.
        fits = set() if held and holds_other_offices_here(
            held, full_offices.get((sources[i] if sources else None, words[0].casefold()))) \
            else fitting(i, gender, candidates)
        if not fits and not any(root(j) == root(i) for j, _, _ in candidates):
            candidates = named
            fits = fitting(i, gender, candidates)
        # 'Mayor Berg' is the one Berg who is mayor, where the others hold no such office; an
        # office no Berg of the dossier holds tells none of them apart.
        if len(fits) > 1 and held and any(held & offices[j] for j, _, _ in named):
            fits = {root(j) for j, _, _ in candidates if held & offices[j]} & fits
        if len(fits) > 1 and candidates is not named:
            fits = introduced_first(i, fits, mentions, people, sources, root)
        # An article that names no Berg: the one Berg of those that fit whom the articles
        # that tell have always meant by 'Berg' alone, in two or more of them.
        if len(fits) > 1 and candidates is named:
            told = actors_told(called.get(words[0].casefold(), {}), root)
            meant = {r for r in fits if len(told.get(r, ())) >= MIN_MEANT}
            if len(meant) == 1 and meant == fits & set(told):
                fits = meant
        if len(fits) == 1:
            union(fits.pop(), i)


def introduced_first(i: int, fits: set[int], mentions: list[Mention], people: list[int],
                     sources: list[str] | None, root) -> set[int]:
    """Of the people of i's article that fit its bare surname, the one it names in full before
    it first uses the surname alone, where it names every other only later: news writing gives
    a name in full at first mention, and then the surname alone means the person just named
    ('Tom Berg said ... Berg added ... his wife, Anna Berg'). Else all that fit."""
    used = [p for p in mentions[i].paragraphs if p > 0]     # the headline's order is no story's
    if not sources or not used:
        return fits
    first: dict[int, int] = {}
    for j in people:
        if sources[j] == sources[i] and len(mentions[j].name.split()) > 1 and (r := root(j)) in fits:
            named = [p for p in mentions[j].paragraphs if p > 0]
            if named:
                first[r] = min(first.get(r, min(named)), min(named))
    alone = min(used)
    before = [r for r, at in first.items() if at <= alone]
    if len(before) == 1 and len(first) == len(fits) and all(at > alone for r, at in first.items() if r != before[0]):
        return set(before)
    return fits


def actors_told(called: dict[int, set[str]], root) -> dict[int, set[str]]:
    """The articles that call each actor by the surname alone, by the actor's root now: an
    earlier join may have given the actor another root than when the articles were counted."""
    told: dict[int, set[str]] = {}
    for counted, articles in called.items():
        told.setdefault(root(counted), set()).update(articles)
    return told


def holds_other_offices_here(held: set[tuple[str, ...]], here: list[set[tuple[str, ...]]] | None) -> bool:
    """Whether every person of the article named in full with the surname (their offices:
    here) is given an office there, and none of the offices the bare surname's title names."""
    return bool(here) and all(offices and not offices & held for offices in here)


# Asked of every person of the dossier by each resolve: worked out once per roles in a process.
@functools.lru_cache(maxsize=NAMES_KEPT)
def role_offices(roles: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The offices roles name, as a head noun with the words that make it another office:
    'Sen.' and 'former senator' are ('senator',), 'Vice President' is ('vice', 'president')."""
    found = set()
    for role in roles:
        words = [w.strip(".,").casefold() for w in role.split()]
        heads = [SHORT_OFFICES.get(w, w) for w in words if w in SHORT_OFFICES or w in ROLE_HEADS]
        if heads:
            found.add((*sorted({w for w in words if w in OTHER_OFFICE}), heads[-1]))
    return frozenset(found)




def join_first_names(mentions: list[Mention], union, root, sources: list[str] | None) -> None:
    """'Anna' alone joins the one person of her own article whose first name it is ('Anna
    Berg', or 'Jim' the article's 'James Berg'), unless someone there has it as a surname.
    Where the article names no one of that first name, it joins the one person of the
    dossier of that first name whose surname the article prints ('Anna' beside 'Tom Berg'
    is the dossier's Anna Berg, his wife named in full elsewhere)."""
    if not sources:
        return
    firsts: dict[tuple[str, str], list[int]] = {}
    lasts: set[tuple[str, str]] = set()
    in_dossier: dict[tuple[str, str], list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "person" and (name := person_name(mention.name)) is not None:
            for first in formal_first_names(name.first) | {name.first}:
                firsts.setdefault((sources[i], first), []).append(i)
                in_dossier.setdefault((first, name.last), []).append(i)
            lasts.add((sources[i], name.last))
    printed: dict[str, set[str]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "person":
            printed.setdefault(sources[i], set()).update(
                name_key(form).split()[-1] for form in (mention.name, *mention.aliases) if form.strip())
    named_fully = {root(i) for i, m in enumerate(mentions) if m.kind == "person" and len(m.name.split()) > 1}
    for i, mention in enumerate(mentions):
        word = mention.name.casefold()
        if (len(word.split()) != 1 or mention.local or root(i) in named_fully or (sources[i], word) in lasts
                or not (mention.kind == "person" or (mention.kind == "other" and is_first_name(word)))):
            continue
        forms = formal_first_names(word) | {word}
        fits = {root(j) for first in forms for j in firsts.get((sources[i], first), ())} - {root(i)}
        if not fits and not any(root(j) == root(i) for first in forms for j in firsts.get((sources[i], first), ())):
            fits = {root(j) for first in forms for last in printed.get(sources[i], ())
                    for j in in_dossier.get((first, last), ())} - {root(i)}
        if len(fits) == 1:
            union(fits.pop(), i)


def join_epithets(mentions: list[Mention], union, root) -> None:
    """'Crazy Anna', 'Sleepy Anna': a word that is no first name before the first name that
    the dossier's one person of that first name is called by alone ('Anna' for Anna Berg) is
    a nickname of hers, an alias of her page, when nothing but the shape of the two words
    made it a person (no title, no role) and no one else of the dossier goes by that name."""
    firsts: dict[int, set[str]] = {}
    alone: dict[int, set[str]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind not in ("person", "other") or mention.local:
            continue
        name = person_name(mention.name) if mention.kind == "person" else None
        if name is not None:
            firsts.setdefault(root(i), set()).add(name.first)
        alone.setdefault(root(i), set()).update(
            name_key(form) for form in (mention.name, *mention.aliases) if len(form.split()) == 1)
    called: dict[str, set[int]] = {}
    for group, names in firsts.items():
        for first in names & alone.get(group, set()):
            called.setdefault(first, set()).add(group)
    for i, mention in enumerate(mentions):
        words = mention.name.split()
        if (mention.kind == "person" and mention.kind_reason == SHAPE_REASON and not mention.roles
                and not mention.local and len(words) == 2 and words[0].isalpha() and not is_first_name(words[0])):
            fits = called.get(name_key(words[1]), set()) - {root(i)}
            if len(fits) == 1:
                union(fits.pop(), i)


def join_name_beginnings(mentions: list[Mention], union, root, sources: list[str] | None) -> None:
    """'Anna Maria' joins the one person of her own article whose fuller name begins so ('Anna
    Maria Berg'): the article prints the name again with the surname after it. A fuller name
    that only adds a generation ('Tom Berg Jr.' beside 'Tom Berg') is his son, not him."""
    if not sources:
        return
    begun: dict[tuple[str, str], set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "person" and not mention.local:
            for form in (mention.name, *mention.aliases):
                words = name_key(form).split()
                for size in range(2, len(words)):
                    if all(word in GENERATIONS for word in words[size:]):
                        break
                    begun.setdefault((sources[i], " ".join(words[:size])), set()).add(i)
    if not begun:
        return
    for i, mention in enumerate(mentions):
        if mention.kind == "person" and not mention.local and len(mention.name.split()) > 1:
            fits = {root(j) for j in begun.get((sources[i], name_key(mention.name)), ())} - {root(i)}
            if len(fits) == 1:
                union(fits.pop(), i)


def join_acronyms(mentions: list[Mention], union, root) -> None:
    """An acronym no article spells out ('LCA') joins the one name of more than one word in
    the dossier whose initials it spells ('Lund City Authority'), of a kind that agrees."""
    spelled: dict[tuple[str, str], set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind in ("organisation", "place") and not mention.local:
            for form in (mention.name, *mention.aliases):
                for initials in acronyms_spelling(form):
                    spelled.setdefault((mention.kind, initials), set()).add(i)
    fully_named = {root(i) for i, m in enumerate(mentions) if len(m.name.split()) > 1}
    for i, mention in enumerate(mentions):
        letters = mention.name.replace(".", "")
        if (mention.kind == "person" or mention.local or not ACRONYM.match(mention.name)
                or letters in SHORT_FORMS or root(i) in fully_named):
            continue
        kinds = ("organisation", "place") if mention.kind == "other" else (mention.kind,)
        fits = {root(j) for kind in kinds for j in spelled.get((kind, letters), ())} - {root(i)}
        if len(fits) == 1:
            union(fits.pop(), i)


# Asked of every body and place of the dossier by each resolve: worked out once per name in a process.
@functools.lru_cache(maxsize=NAMES_KEPT)
def acronyms_spelling(form: str) -> tuple[str, ...]:
    """The acronyms of two letters or more a name of two words or more may go by ('LCA' for
    'Lund City Authority'); none for a one-word name."""
    if len(form.split()) < 2:
        return ()
    return tuple(initials for initials in initials_of(form) if len(initials) > 1)


def join_initialled_names(mentions: list[Mention], union, root) -> None:
    """'U.N. Trade Council' joins the one 'United Nations Trade Council' of the dossier: a name
    whose first words are printed as their initials, the rest word for word."""
    spelled: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind in ("organisation", "place") and not mention.local:
            for form in (mention.name, *mention.aliases):
                words = name_key(form).split()
                for size in (2, 3):
                    if len(words) > size and all(len(w) > 2 and w.isalpha() and w not in P_CONNECTORS
                                                 for w in words[:size]):
                        spelled.setdefault(" ".join(["".join(w[0] for w in words[:size]), *words[size:]]),
                                           set()).add(i)
    if not spelled:
        return
    for i, mention in enumerate(mentions):
        first, _, rest = mention.name.partition(" ")
        if mention.kind == "person" or mention.local or not rest or not ACRONYM.match(first):
            continue
        fits = {root(j) for j in spelled.get(name_key(mention.name), ())} - {root(i)}
        if len(fits) == 1:
            union(fits.pop(), i)


def join_mastheads(mentions: list[Mention], union, root) -> None:
    """'Times' alone joins the one newspaper in the dossier whose name ends with it
    ('Lund Times'); with two such newspapers it stays apart."""
    papers: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "organisation" and not mention.local:
            for form in (mention.name, *mention.aliases):
                words = form.split()
                if len(words) > 1 and words[-1].casefold() in MASTHEAD_WORDS:
                    papers.setdefault(words[-1].casefold(), set()).add(i)
    for i, mention in enumerate(mentions):
        word = mention.name.casefold()
        if mention.kind in ("organisation", "other") and not mention.local and word in papers:
            fits = {root(j) for j in papers[word]} - {root(i)}
            if len(fits) == 1:
                union(fits.pop(), i)


# A legislature's chamber, which names its committees ('House Ethics Committee') though
# alone it is too common a word to be a body.
CHAMBERS = ("House",)


def join_qualified_bodies(mentions: list[Mention], union, root) -> None:
    """'Oversight Committee' joins the one 'House Oversight Committee' of the dossier, and
    'Senate' the one 'U.S. Senate': a body's name is printed without the country or the body
    it belongs to, which the reader knows from the story. With two ('Lund Air Force' and
    'Norvik Air Force') it stays apart, and so does a name a word of no country or body
    ends ('National Trade Council' is not the 'Trade Council')."""
    bodies = {key for i, m in enumerate(mentions) if m.kind == "organisation" and not m.local
              for key in (name_key(m.name), *(name_key(a) for a in m.aliases))}
    bodies |= {name_key(body) for body in (*ONE_WORD_BODIES, *CHAMBERS)}
    countries = gazetteer().country_of

    def qualifier(words: list[str]) -> bool:
        printed = " ".join(words)
        return bool(countries(printed)) or name_key(printed) in bodies or (
            SHORT_FORMS.get(printed.replace(".", ""), ("", ""))[1] == "organisation")

    shorter: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "organisation" and not mention.local:
            names = (mention.name, *mention.aliases)
            for form in dict.fromkeys(form for name in names for form in (name, *first_subject(name))):
                words = form.split()
                for at in range(1, len(words)):
                    rest = words[at:]
                    if (rest[-1].casefold() in ORG_HEADS and rest[0][:1].isupper()
                            and (len(rest) > 1 or rest[0] in ONE_WORD_BODIES) and qualifier(words[:at])):
                        shorter.setdefault(name_key(" ".join(rest)), set()).add(i)
    join_the_one_body(mentions, shorter, union, root)


# Last words a body's name may be printed without: the suffixes, and a company's trade.
BODY_TAILS = BODY_NAME_SUFFIXES | TRADE_HEADS


def join_body_suffixes(mentions: list[Mention], union, root) -> None:
    """'ABC' joins the one 'ABC News' of the dossier, 'Lund Media' the one 'Lund Media Group',
    'Norvik' the one 'Norvik Chemical': a body's name is printed with or without such a last
    word, or its trade. With two ('ABC News' and
    'ABC Network') it stays apart."""
    longer: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.kind == "organisation" and not mention.local:
            for form in (mention.name, *mention.aliases):
                words = form.replace(".", "").split()
                if len(words) > 1 and words[-1].casefold() in BODY_TAILS:
                    longer.setdefault(name_key(" ".join(words[:-1])), set()).add(i)
    join_the_one_body(mentions, longer, union, root)


def join_the_one_body(mentions: list[Mention], bodies: dict[str, set[int]], union, root) -> None:
    """A body's name, or a name of kind 'other', joins the one body the map gives for its name
    key, where the map gives exactly one."""
    if not bodies:
        return
    for i, mention in enumerate(mentions):
        if mention.kind in ("organisation", "other") and not mention.local:
            fits = {root(j) for j in bodies.get(name_key(mention.name), ())} - {root(i)}
            if len(fits) == 1:
                union(fits.pop(), i)


@dataclass(frozen=True)
class PersonName:
    """A person's name of two or more words, casefolded, as names are compared."""

    first: str
    middles: tuple[str, ...]
    """The initials of the words between the first and the last ('B' in 'James B. Lund')."""
    last: str
    generation: str = ""
    """The suffix that tells a son from his father ('jr' in 'Tom Berg Jr.'), or ''."""


# Read again by several rules, resolve after resolve: worked out once per name, as name_key.
@functools.lru_cache(maxsize=NAMES_KEPT)
def person_name(name: str) -> PersonName | None:
    """The parts of a name of two or more words; None for a one-word name."""
    words = [w for w in name.replace(".", ". ").replace(",", " ").split() if w.strip(".")]
    generation = ""
    while len(words) > 2 and words[-1].strip(".").casefold() in GENERATIONS:
        generation = words.pop().strip(".").casefold()
    if len(words) < 2:
        return None
    # 'bin' in 'Osama bin Laden' is part of the surname, not a middle name.
    middles = tuple(w[0].casefold() for w in words[1:-1] if not w[0].islower())
    return PersonName(words[0].strip(".").casefold(), middles, words[-1].strip(".").casefold(), generation)


# Articles in which a surname alone must have meant one person before it is read so where
# no article says whom it means.
MIN_MEANT = 2
# Shorter first names a letter apart are often two names ('Maria', 'Marie').
MIN_MISSPELT = 6


def one_letter_apart(one: str, other: str) -> bool:
    """Whether two different words differ by one letter left out, added, changed, or two
    neighbours swapped."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) > len(other):
        one, other = other, one
    at = next((k for k, (a, b) in enumerate(zip(one, other)) if a != b), len(one))
    if len(one) < len(other):
        return one[at:] == other[at + 1:]
    return one[at + 1:] == other[at + 1:] or (one[at:at + 2] == other[at:at + 2][::-1]
                                             and one[at + 2:] == other[at + 2:])


def shouted(mention: Mention) -> bool:
    """A one-word name in capitals ('LUND') the text gives no kind: too long for most acronyms."""
    return (mention.kind == "other" and not mention.local and mention.name.isalpha() and mention.name.isupper()
            and len(mention.name) >= MIN_SHOUTED)


# Acronyms are mostly of two to four letters ('EU', 'NATO').
MIN_SHOUTED = 5


def spoken(mention: Mention) -> bool:
    """A one-word name the text makes speak but gives no kind ('Berg said'): a person's
    surname as often as a body's name."""
    return (mention.kind == "other" and not mention.local and mention.kind_reason == SPEAKS_REASON
            and len(mention.name.split()) == 1 and not mention.name.isupper())


SPEAKS_REASON = KIND_REASONS["kind_from_speech"]
SHAPE_REASON = KIND_REASONS["kind_from_shape"]


def formal_first_names(first: str) -> frozenset[str]:
    """The first names a first name may stand for: 'jim' is James, 'pat' Patrick or Patricia."""
    return FORMAL_FIRST_NAMES.get(first, frozenset((first,)))


def formal_forms() -> dict[str, frozenset[str]]:
    """Each first name of the table, formal or familiar, with the formal names it stands for."""
    formal: dict[str, frozenset[str]] = {}
    for name, forms in FIRST_NAME_FORMS.items():
        for form in (name, *forms):
            formal[form] = formal.get(form, frozenset()) | {name}
    return formal


FORMAL_FIRST_NAMES = formal_forms()


def is_first_name(word: str) -> bool:
    """Whether a word is a common first name or a familiar form of one."""
    return word.casefold() in FIRST_NAMES


def same_person(one: PersonName, other: PersonName, variants: bool = True) -> bool:
    """Whether two names may name one person: the same surname, first names that are one name
    or (with variants) forms of it, middle initials that agree where both give them ('George W.' is not
    'George H. W.'), and the same generation ('Tom Berg Jr.' is not his father 'Tom Berg')."""
    firsts_agree = one.first == other.first or (
        variants and bool(formal_first_names(one.first) & formal_first_names(other.first)))
    return (one.last == other.last and firsts_agree and one.generation == other.generation
            and (not one.middles or not other.middles or one.middles == other.middles))


def name_genders(mention: Mention, name: PersonName) -> set[str]:
    """The genders a full name's mention states: its courtesy title or role, and its first name."""
    stated = {mention.gender} - {""}
    formal = formal_first_names(name.first) | {name.first}
    if formal <= FEMALE_FIRST_NAMES or name.first in FEMALE_FIRST_NAMES:
        stated.add("female")
    elif formal <= MALE_FIRST_NAMES or name.first in MALE_FIRST_NAMES:
        stated.add("male")
    return stated


def actor_name(mentions: list[Mention]) -> str:
    """The name most articles use; among equals, the fullest. A person is named in full
    where any article does: 'Berg' alone in most articles is still Anna Berg."""
    full = [m for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
    counts: dict[str, int] = {}
    for mention in full or mentions:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    name = max(counts, key=lambda n: (counts[n], len(n.split()), len(n), n))
    return capitalised_spelling(place_spelling(name, mentions), mentions)


def place_spelling(name: str, mentions: list[Mention]) -> str:
    """A place the dossier names only in capitals (a dateline's 'LUNDBY') is named as the
    gazetteer spells it ('Lundby'), not shouted on its page; an acronym ('USA') stays."""
    if not name.isupper() or not any(m.kind == "place" for m in mentions):
        return name
    place = gazetteer().place(name)
    return place.name if place and place.name.casefold() == name.casefold() else name


def capitalised_spelling(name: str, mentions: list[Mention]) -> str:
    """A speaker no actor names ('experts', 'law enforcement officials') is named as the text
    writes it when it opens a sentence ('Experts said ...'), capitalised as a heading is,
    wherever one of its mentions is; a name keeps the spelling it has."""
    if name[:1].isupper() or any(m.kind != "other" for m in mentions):
        return name
    capital = name[:1].upper() + name[1:]
    return capital if any(m.name == capital for m in mentions) else name


def actor_kind(mentions: list[Mention]) -> str:
    """The kind most mentions that have one agree on. 'other' says only that an article
    could not tell, so it never outvotes a kind an article could: a senator who merely
    speaks in two articles and holds her title in a third is a person."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.kind:
            counts[mention.kind] = counts.get(mention.kind, 0) + 1
    told = sorted(kind for kind in counts if kind != "other") or sorted(counts)
    return max(told, key=lambda k: counts[k])


def kind_reason(mentions: list[Mention], kind: str) -> str:
    """Why most of the mentions of that kind have it."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.kind == kind and mention.kind_reason:
            counts[mention.kind_reason] = counts.get(mention.kind_reason, 0) + 1
    return max(sorted(counts), key=lambda r: counts[r]) if counts else ""


def held_roles(found: list[tuple[str, Mention]], id_of_source: dict[str, str], kind: str) -> tuple[Role, ...]:
    """Every role with its article. A role is a person's office or trade, so a place or a
    body holds none: a role word read before its name there was an adjective ('a major
    Ruritanian party', 'former officials at the Interior Ministry')."""
    if kind in ("place", "organisation"):
        return ()
    spelling = role_spellings([r for _, m in found for r in m.roles])
    return tuple(dict.fromkeys(Role(spelling[r.casefold()], id_of_source[s]) for s, m in found for r in m.roles))


def role_spellings(roles: list[str]) -> dict[str, str]:
    """One spelling for each role whatever its capitals or its short form: a title before a
    name is capitalised ('Director Anna Berg') where the same role after it is not ('Berg, the
    director'), and often written short ('Sen. Anna Berg', 'Senator Berg'). The role written in
    full wins over its short form, then the spelling most of its mentions have, among equals
    the first."""
    counts: dict[str, dict[str, int]] = {}
    for role in roles:
        forms = counts.setdefault(role_key(role), {})
        forms[role] = forms.get(role, 0) + 1
    spelling = {key: max(forms, key=lambda form: (form.casefold() == key, forms[form]))
                for key, forms in counts.items()}
    return {role.casefold(): spelling[role_key(role)] for role in roles}


def role_key(role: str) -> str:
    """What a role is whatever its capitals, a short title as the role it stands for ('Sen.' is
    'senator')."""
    written_out = TITLES.get(role.rstrip("."), ())
    return written_out[0] if written_out else role.casefold()


def actor_from(slug: str, found: list[tuple[str, Mention]], id_of_source: dict[str, str],
               article_of: dict[str, Article] | None = None) -> Actor:
    """The merged actor: every form, every role with its article, every article."""
    mentions = [m for _, m in found]
    name = actor_name(mentions)
    forms = (form for m in mentions for form in (m.name, *m.aliases))
    aliases = tuple(dict.fromkeys(f for f in forms if name_key(f) != name_key(name)))
    kind, reason = ("other" if never_a_page(name) else actor_kind(mentions)), ""
    if kind == "person" and article_of:
        kind, reason = kind_after_the(found, article_of) or (kind, reason)
    roles = held_roles(found, id_of_source, kind)
    affiliations = tuple(dict.fromkeys(a for m in mentions for a in m.affiliations))
    articles = tuple(dict.fromkeys(id_of_source[s] for s, _ in found))
    return Actor(slug, name, kind, aliases, roles, affiliations, articles,
                 kind_reason=no_page_reason(name, kind) or reason or kind_reason(mentions, kind))


THE_NAME_REASON = "'the' before its name, as before a body's, and nothing that marks a person"
THE_BODY_REASON = "'the' before its name, and it speaks or reports as a body"
# What follows 'the' and a name that is no person's where the name ends: a mark ('the Harbour
# Gazette, which ...') or a verb ('the Lund Herald said'), not the noun a person's name may
# qualify ('the Anna Berg case'); a verb of speech or report makes it a body that acts.
AFTER_A_NAME = r"(?=\s*[,.;:)”\"]|\s+(?:is|was|has|had|will|would|which|that)\b)"
AFTER_A_BODY = r"(?=(?:,\s+which)?\s+(?:said|says|reported|reports|wrote|writes|announced|announces|found|endorsed)\b)"


def kind_after_the(found: list[tuple[str, Mention]], article_of: dict[str, Article]) -> tuple[str, str] | None:
    """The kind of a name of two to four words that only its shape made a person's (no title,
    no role, no first name or speech that told) and that one of its articles writes after
    'the', as no person's name is written: a body's ('the Lund Herald said', 'the Harbour
    Gazette, which'), the kind that news most often writes so (a paper, a company, a band,
    a team); None where no article does."""
    if not all(m.kind == "person" and m.kind_reason == SHAPE_REASON and not m.roles and not m.gender
               for _, m in found):
        return None
    kind = None
    for source, mention in found:
        article = article_of.get(source)
        if article is None or not 2 <= len(mention.name.split()) <= 4:
            continue
        # Most such names are people's, never after 'the': a plain search spares the patterns.
        texts = [paragraph.text for paragraph in article.paragraphs if "he " + mention.name in paragraph.text]
        the = r"\b[Tt]he " + re.escape(mention.name)
        if any(re.search(the + AFTER_A_BODY, text) for text in texts):
            return "organisation", THE_BODY_REASON
        if any(re.search(the + AFTER_A_NAME, text) for text in texts):
            kind = "organisation", THE_NAME_REASON
    return kind


def merge_facts(extractions: tuple[Extraction, ...], id_of_source: dict[str, str],
                actor_of: dict[tuple[str, str], str], memo: ResolveMemo | None = None) -> tuple[Fact, ...]:
    """Facts with article and actor ids in place of sources and mention names; a statement
    several articles carry is one fact, the others listed in also_in."""
    memo = memo or ResolveMemo()
    merged: dict[str, Fact] = {}
    places: dict[tuple[str, str], list[str]] = {}
    keys: dict[str, str] = {}
    for extraction in extractions:
        for fact, words in placed_facts(extraction, id_of_source, actor_of, memo):
            same = [k for k in places.get((fact.kind, words), []) if same_statement(merged[k], fact)]
            if same:
                first = merged[same[0]]
                if (fact.article, fact.paragraph) != (first.article, first.paragraph):
                    merged[same[0]] = also_carried(first, fact)
            elif fact.id not in merged:
                merged[fact.id] = fact
                keys[fact.id] = words
                places.setdefault((fact.kind, words), []).append(fact.id)
    return fold_quoted_in_part(tuple(merged.values()), keys)


def placed_facts(extraction: Extraction, id_of_source: dict[str, str], actor_of: dict[tuple[str, str], str],
                 memo: ResolveMemo) -> tuple[tuple[Fact, str], ...]:
    """An article's facts with its id and actor ids in place of its source and mention names,
    each with its statement_key; the last ones again while the article, its id and the
    actors of its names are the same."""
    source = extraction.article.source
    names = memo.get(("names", id(extraction)), lambda: tuple(dict.fromkeys(
        name for fact in extraction.facts for name in (*fact.speakers, *fact.mentions))))
    actors = tuple(actor_of.get((source, name)) for name in names)

    def ids(names: tuple[str, ...]) -> tuple[str, ...]:
        """Actor ids of mention names; a name no actor took is left out."""
        return tuple(dict.fromkeys(actor_of[(source, n)] for n in names if (source, n) in actor_of))

    def place() -> tuple[tuple[Fact, str], ...]:
        return tuple((replace(fact, article=id_of_source[source], speakers=ids(fact.speakers),
                              mentions=ids(fact.mentions)), statement_key(fact.text))
                     for fact in extraction.facts)
    return memo.get(("facts", id(extraction), id_of_source[source], actors), place)


def fold_quoted_in_part(facts: tuple[Fact, ...], keys: dict[str, str] | None = None) -> tuple[Fact, ...]:
    """A quotation one article gives in part and another in full is one statement: the part
    is folded into the fuller quote, whose also_in then lists the part's places. `keys`
    holds the facts' statement_key by id, when known."""
    quotes = [i for i, f in enumerate(facts) if f.kind == "quote"]
    words = {i: (keys[facts[i].id] if keys else statement_key(facts[i].text)).split() for i in quotes}
    # Each long quote indexed by every run of its words a part starts with: the runs that
    # begin no quote are skipped early, by their first word.
    openings = {tuple(words[i][:MIN_PART_WORDS]) for i in quotes if len(words[i]) >= MIN_PART_WORDS}
    first_words = {opening[0] for opening in openings}
    starts: dict[tuple[str, ...], list[int]] = {}
    for i in quotes:
        quote = words[i]
        for at in range(len(quote) - MIN_PART_WORDS + 1):
            if quote[at] in first_words and (run := tuple(quote[at:at + MIN_PART_WORDS])) in openings:
                starts.setdefault(run, []).append(i)
    fuller: dict[int, int] = {}
    for i in sorted(quotes, key=lambda i: (len(words[i]), i)):
        if len(words[i]) < MIN_PART_WORDS:
            continue
        part = f" {' '.join(words[i])} "
        for j in starts.get(tuple(words[i][:MIN_PART_WORDS]), []):
            if (len(words[j]) > len(words[i]) and facts[j].article != facts[i].article
                    and part in f" {' '.join(words[j])} " and same_statement(facts[j], facts[i])):
                fuller[i] = j
                break
    result = list(facts)
    for i in sorted(fuller, key=lambda i: -len(words[i])):
        j = fuller[i]
        while j in fuller:     # the fuller quote may itself be part of a fuller one
            j = fuller[j]
        folded = also_carried(result[j], result[i])
        for place in result[i].also_in:
            folded = replace(folded, also_in=folded.also_in + ((place,) if place not in folded.also_in else ()))
        result[j] = folded
    return tuple(f for i, f in enumerate(result) if i not in fuller)


def same_statement(first: Fact, other: Fact) -> bool:
    """Two facts with the same words are one statement unless the words are too few to tell
    ('15 percent' in two articles counts two things) or they name different speakers."""
    if len(first.text.split(maxsplit=MIN_STATEMENT_WORDS - 1)) < MIN_STATEMENT_WORDS:
        return False
    return not (first.speakers and other.speakers and not set(first.speakers) & set(other.speakers))


MIN_STATEMENT_WORDS = 4
# A part shorter than this may be a common phrase, not a quotation given in part.
MIN_PART_WORDS = 8


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
