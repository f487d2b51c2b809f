"""The user's corrections in YAML: read them with their line numbers, check them, apply them."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .facts import fact_id
from .model import ACTOR_KINDS, FACT_KINDS, Actor, Article, Caption, Dossier, Fact, Problem, Role
from .slugs import short_hash, slugify

# ---------------------------------------------------------------------------
# The format, as data: every key a user may write, what its value must be, what it means.
# The loader checks against these tables and the shipped JSON Schema is generated from
# them, so the two cannot disagree.


@dataclass(frozen=True)
class Field:
    """One key of an override block: the type of its value and what it does."""

    type: str
    """'text', 'texts', 'date', 'flag', 'url', 'urls', 'choice', 'names', 'files', 'number',
    'captions' (a mapping of caption blocks) or 'splits' (a list of split blocks)."""
    help: str
    choices: tuple[str, ...] = ()
    required: bool = False


CAPTION = {
    "credit": Field("text", "Who the picture is credited to ('AP Photo')."),
    "date": Field("date", "The day the picture was taken, YYYY-MM-DD, or null."),
    "place": Field("text", "Where the picture was taken."),
}

ARTICLE = {
    "headline": Field("text", "The headline as the page prints it."),
    "authors": Field("texts", "The byline's authors, one name each."),
    "publisher": Field("text", "The outlet that published the article ('Euronews')."),
    "published": Field("date", "The day the article was published, YYYY-MM-DD, or null."),
    "url": Field("url", "The article's address on the web."),
    "summary": Field("text", "The standfirst: the sentence or two under the headline."),
    "hide": Field("flag", "true leaves the article, and everything only it says, out of the dossier."),
    "captions": Field("captions", "Caption corrections, keyed by the caption's number (from 1) "
                                  "or by the first words of its text."),
}

ACTOR_FIELDS = {
    "name": Field("text", "The actor's name; the old name stays as an alias, the id stays."),
    "kind": Field("choice", "What the actor is.", ACTOR_KINDS),
    "roles": Field("texts", "Titles and roles ('Defence Minister'); replaces the extracted ones."),
    "affiliations": Field("texts", "What the actor belongs to ('Ukraine'); replaces the extracted ones."),
    "aliases": Field("texts", "Other names of the actor; replaces the extracted ones."),
    "description": Field("text", "A sentence or two shown on the actor's page."),
    "links": Field("urls", "Web addresses about the actor (an encyclopedia entry, an official site)."),
    "image": Field("text", "A picture of the actor: a web address or a path in docs/."),
}

SPLIT = {
    "name": Field("text", "The name of the actor being split off.", required=True),
    "articles": Field("files", "Articles (files in seeds/) where the name means the new actor."),
    "aliases": Field("texts", "Names of the old actor that belong to the new one."),
    **{key: field for key, field in ACTOR_FIELDS.items() if key not in ("name", "aliases")},
}

ACTOR = {
    **ACTOR_FIELDS,
    "hide": Field("flag", "true leaves the actor out: no page, and no speaker or mention of it."),
    "merge": Field("names", "Other actors (ids or names) that are this one; their names become aliases."),
    "split": Field("splits", "Actors wrongly merged into this one, each with what belongs to it."),
}

FACT = {
    "hide": Field("flag", "true leaves the fact out of the dossier."),
    "kind": Field("choice", "What the fact is.", FACT_KINDS),
    "speakers": Field("names", "Who said it (actor ids or names); replaces the extracted speakers."),
    "mentions": Field("names", "Other actors the fact names (ids or names); replaces the extracted ones."),
    "date": Field("date", "The day the fact is about, YYYY-MM-DD, or null."),
}

NEW_FACT = {
    "article": Field("text", "The article (its file in seeds/) the fact comes from.", required=True),
    "text": Field("text", "The article's own words, as printed.", required=True),
    "kind": Field("choice", "What the fact is.", FACT_KINDS, required=True),
    "paragraph": Field("number", "The paragraph number (0: headline or captions); found when left out."),
    "speakers": Field("names", "Who said it (actor ids or names)."),
    "mentions": Field("names", "Other actors the fact names (ids or names)."),
    "date": Field("date", "The day the fact is about, YYYY-MM-DD."),
}

TOP = {
    "articles": "Corrections to articles, keyed by the article's file in seeds/.",
    "actors": "Corrections to actors, keyed by the actor's id or any of its names.",
    "facts": "Corrections to facts, keyed by the fact's id (printed on its page).",
    "add_facts": "Facts added by hand, each quoting its article word for word.",
}

# Keys people reach for that the format spells another way.
SYNONYMS = {
    "title": "headline", "author": "authors", "byline": "authors", "source": "publisher",
    "outlet": "publisher", "date": "published", "link": "url", "standfirst": "summary",
    "hidden": "hide", "role": "roles", "affiliation": "affiliations", "alias": "aliases",
    "type": "kind", "photo": "image", "picture": "image", "speaker": "speakers",
    "mention": "mentions", "credits": "credit", "location": "place", "file": "article",
    "quote": "text", "merge_with": "merge", "fact": "add_facts", "new_facts": "add_facts",
}

EXPECTED = {
    "text": "text", "texts": "a list of text", "date": "a date written YYYY-MM-DD",
    "flag": "true or false", "url": "a web address starting with http:// or https://",
    "urls": "a list of web addresses", "names": "a list of actor ids or names",
    "files": "a list of article files", "number": "a paragraph number (0 or more)",
    "captions": "a mapping of caption numbers or first words to corrections",
    "splits": "a list of actors, each with a name",
}

# Hints for the YAML parser's own messages, by a phrase they contain.
YAML_HINTS = {
    "found character '\\t'": "YAML indents with spaces, not tabs",
    "could not find expected ':'": "each line of a mapping is 'key: value'; a value with a colon "
                                   "needs quotes",
    "mapping values are not allowed here": "a line above may lack the ':' after its key, or a value "
                                           "that contains ': ' needs quotes",
    "expected <block end>": "the keys of one mapping must line up: check this line's indentation",
    "found undefined alias": "'*' starts an alias in YAML; put text that starts with '*' in quotes",
}

URL_PATTERN = re.compile(r"^https?://\S+$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Typed quotes match printed ones: straight, curly, single or double.
QUOTE_MARKS = "\"“”„«»'’‘`"

# ---------------------------------------------------------------------------
# What the loader hands to apply_overrides.


@dataclass(frozen=True)
class Ref:
    """A name, file or id as the user wrote it, and where."""

    text: str
    path: str
    line: int
    number: int | None = None
    """Set when the user wrote a number (a caption's number)."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Entry:
    """One block of the override file: what it names, and the fields it sets with their lines."""

    key: Ref
    fields: tuple[tuple[str, Any, int], ...] = ()

    def has(self, name: str) -> bool:
        """Whether the block sets this field."""
        return any(key == name for key, _, _ in self.fields)

    def get(self, name: str, default: Any = None) -> Any:
        """The field's value, or default when the block does not set it."""
        return next((value for key, value, _ in self.fields if key == name), default)

    def line(self, name: str) -> int:
        """The line the field is on, or the block's own line."""
        return next((line for key, _, line in self.fields if key == name), self.key.line)


@dataclass(frozen=True)
class Overrides:
    """Every correction found in the override file(s), checked for form but not yet applied."""

    articles: tuple[Entry, ...] = ()
    actors: tuple[Entry, ...] = ()
    facts: tuple[Entry, ...] = ()
    add_facts: tuple[Entry, ...] = ()


# ---------------------------------------------------------------------------
# Loading: YAML nodes, so every key and value knows its line.


def load_overrides(path: Path | None) -> tuple[Overrides, tuple[Problem, ...]]:
    """Read the override file, or every *.yml in a folder; a missing path is no overrides."""
    if path is None:
        return Overrides(), ()
    path = Path(path)
    files = sorted([*path.glob("*.yml"), *path.glob("*.yaml")]) if path.is_dir() else [path]
    overrides, problems = Overrides(), []
    for file in files:
        if not file.is_file():
            continue
        found, file_problems = load_file(file)
        overrides = Overrides(*(a + b for a, b in zip(
            (overrides.articles, overrides.actors, overrides.facts, overrides.add_facts),
            (found.articles, found.actors, found.facts, found.add_facts))))
        problems.extend(file_problems)
    return overrides, tuple(problems)


def load_file(file: Path) -> tuple[Overrides, tuple[Problem, ...]]:
    """One override file, parsed and checked for form."""
    name = str(file)
    try:
        root = yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except UnicodeDecodeError as exc:
        return Overrides(), (Problem(name, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                                     hint="save the file as UTF-8", severity="error"),)
    except yaml.MarkedYAMLError as exc:
        return Overrides(), (yaml_problem(name, exc),)
    reader = Reader(name)
    return reader.top(root), tuple(reader.problems)


def yaml_problem(path: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A parser error as path:line:column: what it expected."""
    mark = exc.problem_mark or exc.context_mark
    message = exc.problem or exc.context or "not valid YAML"
    hint = next((text for phrase, text in YAML_HINTS.items() if phrase in message), "")
    if not hint and exc.context and exc.context_mark and exc.problem_mark:
        hint = f"{exc.context} at line {exc.context_mark.line + 1}, column {exc.context_mark.column + 1}"
    return Problem(path, mark.line + 1 if mark else None, message, hint, severity="error",
                   column=mark.column + 1 if mark else None)


class Reader:
    """Walks the YAML nodes of one file against the tables above, gathering every problem."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: yaml.Node, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message, hint, severity="error"))

    def ref(self, node: yaml.Node) -> Ref:
        number = int(node.value) if node.tag == "tag:yaml.org,2002:int" else None
        return Ref(str(node.value), self.path, node.start_mark.line + 1, number)

    def top(self, root: yaml.Node | None) -> Overrides:
        if root is None or is_null(root):
            return Overrides()
        pairs = self.pairs(root, "the override file")
        if pairs is None:
            return Overrides()
        found: dict[str, tuple[Entry, ...]] = {}
        for key, value in pairs:
            if key.value not in TOP:
                self.unknown(key, TOP, "the override file")
            elif is_null(value):
                found[key.value] = ()
            elif key.value == "add_facts":
                found[key.value] = self.added_facts(value)
            else:
                block = {"articles": ARTICLE, "actors": ACTOR, "facts": FACT}[key.value]
                thing = key.value[:-1]
                entries = []
                for name, body in self.pairs(value, f"'{key.value}'") or ():
                    entries.append(self.entry(self.ref(name), body, block, f"{thing} '{name.value}'"))
                found[key.value] = tuple(entries)
        return Overrides(**found)

    def added_facts(self, node: yaml.Node) -> tuple[Entry, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"'add_facts' must be a list of facts, not {describe(node)}",
                       hint="start each fact with '- article: ...'")
            return ()
        return tuple(self.entry(Ref(f"#{i}", self.path, item.start_mark.line + 1), item, NEW_FACT,
                                f"added fact {i}")
                     for i, item in enumerate(node.value, 1))

    def pairs(self, node: yaml.Node, context: str) -> list[tuple[yaml.Node, yaml.Node]] | None:
        """A mapping's (key, value) nodes; duplicate keys are an error, never a silent overwrite."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{context} must be a mapping of keys to values, not {describe(node)}")
            return None
        seen: dict[str, int] = {}
        pairs = []
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.error(key, f"a key in {context} must be a name, not {describe(key)}")
                continue
            if key.value in seen:
                self.error(key, f"'{key.value}' appears twice in {context}",
                           hint=f"the first is on line {seen[key.value]}; keep one")
                continue
            seen[key.value] = key.start_mark.line + 1
            pairs.append((key, value))
        return pairs

    def unknown(self, key: yaml.Node, allowed: dict, context: str) -> None:
        word = key.value
        # A misspelt synonym ('tilte') leads to the key it stands for ('headline').
        words = [*allowed, *(k for k, v in SYNONYMS.items() if v in allowed)]
        match = next(iter(difflib.get_close_matches(word.lower(), words, n=1)), None)
        match = SYNONYMS.get(match, match) if match not in allowed else match
        hint = f"did you mean '{match}'?" if match else f"the keys here are: {', '.join(allowed)}"
        self.error(key, f"unknown key '{word}' for {context}", hint)

    def entry(self, key: Ref, node: yaml.Node, block: dict[str, Field], context: str) -> Entry:
        """One block's fields, checked against its table."""
        if is_null(node):
            self.error(node, f"{context} has no corrections", hint="write the fields to correct under it, "
                                                                 "indented, or remove it")
            return Entry(key)
        pairs = self.pairs(node, context)
        if pairs is None:
            return Entry(key)
        fields = []
        for name, value in pairs:
            field = block.get(name.value)
            if field is None:
                self.unknown(name, block, context)
                continue
            ok, parsed = self.value(field, name.value, value, context)
            if ok:
                fields.append((name.value, parsed, name.start_mark.line + 1))
        for required in (k for k, f in block.items() if f.required):
            if not any(name.value == required for name, _ in pairs):
                self.error(node, f"{context} needs '{required}'")
        return Entry(key, tuple(fields))

    def value(self, field: Field, key: str, node: yaml.Node, context: str) -> tuple[bool, Any]:
        """(True, the value) when the node is what the field takes; else (False, None) and a problem."""
        expected = EXPECTED.get(field.type, "")
        if field.type == "choice":
            expected = "one of " + ", ".join(field.choices)
        wrong = f"'{key}' for {context} must be {expected}, not {describe(node)}"
        kind = field.type
        if kind in ("texts", "urls", "names", "files"):
            if not isinstance(node, yaml.SequenceNode):
                example = node.value if isinstance(node, yaml.ScalarNode) and node.value else "..."
                self.error(node, wrong, hint=f"write a list: {key}: [{example}]")
                return False, None
            item = Field("url" if kind == "urls" else "text", "")
            values = []
            for element in node.value:
                ok, parsed = self.value(item, key, element, context)
                if ok and kind in ("names", "files"):
                    values.append(self.ref(element))
                elif ok:
                    values.append(parsed)
            return len(values) == len(node.value), tuple(values)
        if kind == "captions":
            pairs = self.pairs(node, f"'captions' of {context}")
            if pairs is None:
                return False, None
            return True, tuple(self.entry(self.ref(name), body, CAPTION,
                                         f"caption '{name.value}' of {context}") for name, body in pairs)
        if kind == "splits":
            if not isinstance(node, yaml.SequenceNode):
                self.error(node, wrong, hint="write '- name: ...' for each actor split off")
                return False, None
            splits = []
            for i, element in enumerate(node.value, 1):
                name = scalar_under(element, "name")
                splits.append(self.entry(Ref(name or f"#{i}", self.path, element.start_mark.line + 1),
                                         element, SPLIT, f"split {i} of {context}"))
            return True, tuple(splits)
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, wrong)
            return False, None
        tag = node.tag.rsplit(":", 1)[-1]
        if kind == "flag":
            if tag != "bool":
                self.error(node, wrong)
                return False, None
            return True, node.value.lower() in ("true", "yes", "on")
        if kind == "number":
            if tag != "int" or int(node.value) < 0:
                self.error(node, wrong)
                return False, None
            return True, int(node.value)
        if kind == "date":
            return self.date(node, wrong)
        if tag != "str":
            hint = f"put it in quotes: {key}: \"{node.value}\"" if node.value else "to clear it, write ''"
            self.error(node, wrong, hint)
            return False, None
        if kind == "url" and not URL_PATTERN.match(node.value):
            self.error(node, wrong, f"write the whole address: https://{node.value}"
                       if "://" not in node.value and " " not in node.value.strip() else "")
            return False, None
        if kind == "choice" and node.value not in field.choices:
            match = difflib.get_close_matches(node.value.lower(), field.choices, n=1)
            self.error(node, wrong, f"did you mean '{match[0]}'?" if match else "")
            return False, None
        if kind == "text" and field.required and not node.value.strip():
            self.error(node, wrong)
            return False, None
        return True, node.value

    def date(self, node: yaml.ScalarNode, wrong: str) -> tuple[bool, date | None]:
        if node.tag.endswith(":null") and node.value in ("null", "Null", "NULL", "~"):
            return True, None
        if node.tag.endswith((":str", ":timestamp")) and DATE_PATTERN.match(node.value):
            try:
                return True, date.fromisoformat(node.value)
            except ValueError:
                self.error(node, wrong, hint=f"{node.value} is not a day in the calendar")
                return False, None
        self.error(node, wrong, hint="for example 2026-01-29; write null to clear the date")
        return False, None


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def scalar_under(node: yaml.Node, key: str) -> str:
    """The text under a key of a mapping node, or ''."""
    if isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            if getattr(name, "value", None) == key and isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return ""


def describe(node: yaml.Node) -> str:
    """What the user wrote, in words: 'a list', 'a mapping', 'empty', or the value quoted."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if is_null(node):
        return "empty" if node.value in ("", "~") else node.value
    if node.tag.endswith(":bool"):
        return node.value
    return f"'{node.value}'"


# ---------------------------------------------------------------------------
# Applying: every name is looked up in the dossier as resolved, then the changes are made.
# Lookups never depend on the order of the blocks, and applying twice changes nothing more.


def apply_overrides(dossier: Dossier, overrides: Overrides) -> tuple[Dossier, tuple[Problem, ...]]:
    """The dossier with the corrections made, and a problem for each one that cannot be."""
    problems: list[Problem] = []
    original = dossier
    dossier, hidden_articles = fix_articles(dossier, overrides.articles, problems)
    dossier = without_articles(dossier, hidden_articles)
    dossier, actor_changes = fix_actors(original, dossier, overrides.actors, problems)
    dossier = fix_facts(original, dossier, overrides, actor_changes, problems)
    return dossier, tuple(problems)


def error(ref: Ref, message: str, hint: str = "", line: int | None = None) -> Problem:
    return Problem(ref.path, line or ref.line, message, hint, severity="error")


def name_key(name: str) -> str:
    """How names are compared: case, accents, punctuation and spacing do not count."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def close(word: str, candidates: list[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(word, candidates, n=n, cutoff=0.6)


def or_list(items: list[str]) -> str:
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
        captions = fix_captions(article, entry.get("captions", ()), problems)
        articles.append(replace(article, **changes, captions=captions))
    return replace(dossier, articles=tuple(articles)), frozenset(hidden)


def twice(ref: Ref, thing: str, first: Ref) -> Problem:
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
    return replace(dossier, articles=dossier.articles, actors=tuple(actors), facts=tuple(facts))


# --- Actors


class ActorIndex:
    """Actors by id and by every name, compared the way name_key says."""

    def __init__(self, actors: tuple[Actor, ...]):
        self.ids = {a.id: a for a in actors}
        self.by_name: dict[str, list[str]] = {}
        self.shown: dict[str, str] = {}
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                ids = self.by_name.setdefault(name_key(name), [])
                if actor.id not in ids:
                    ids.append(actor.id)
                self.shown.setdefault(name, actor.id)
            self.shown.setdefault(actor.id, actor.id)

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
    hidden: frozenset[str] = frozenset()
    split: tuple[tuple[str, str, str], ...] = ()
    """(article id, old actor id, new actor id): in that article, the name means the new actor."""
    hidden_at: tuple[tuple[str, Ref], ...] = ()


def fix_actors(original: Dossier, dossier: Dossier, entries: tuple[Entry, ...], problems: list[Problem]
               ) -> tuple[Dossier, ActorChanges]:
    """Actors merged, split, corrected and hidden as the actor blocks say."""
    index = ActorIndex(original.actors)
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
    for actor in dossier.actors:
        if actor.id in merged or actor.id in hidden:
            continue
        others = [by_id[o] for o in groups.get(actor.id, ()) if o in by_id]
        actor = merge_actors(actor, others, order)
        entry = chosen.get(actor.id)
        if entry is None:
            actors.append(actor)
            continue
        actor, new_actors, moved = split_actor(actor, entry, original, taken, order, problems)
        actors.append(fix_actor(actor, entry))
        actors.extend(new_actors)
        split_map.extend(moved)
    changes = ActorChanges(tuple(merged.items()), frozenset(hidden), tuple(split_map), hidden_at)
    return replace(dossier, actors=tuple(actors)), changes


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


def fix_actor(actor: Actor, entry: Entry | Any) -> Actor:
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


def split_actor(actor: Actor, entry: Entry, original: Dossier, taken: set[str], order: dict[str, int],
                problems: list[Problem]) -> tuple[Actor, list[Actor], list[tuple[str, str, str]]]:
    """The actor without what its split blocks take, the new actors, and where facts move."""
    new_actors, moved = [], []
    for split in entry.get("split", ()):
        if not split.has("name"):
            continue
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
        new_id = slugify(name, "actor")
        if new_id in taken:
            new_id = f"{new_id}-{short_hash(name, 6)}"
        taken.add(new_id)
        roles = tuple(r for r in actor.roles if r.article in articles)
        new = Actor(new_id, name, split.get("kind", actor.kind), tuple(aliases), roles,
                    articles=tuple(sorted(articles, key=lambda x: order.get(x, 0))))
        new_actors.append(fix_actor(new, replace(split, fields=tuple(
            f for f in split.fields if f[0] not in ("name", "aliases", "articles")))))
        moved.extend((article, actor.id, new_id) for article in articles)
        actor = replace(actor, aliases=tuple(a for a in actor.aliases if a not in aliases),
                        roles=tuple(r for r in actor.roles if r.article not in articles),
                        articles=tuple(a for a in actor.articles if a not in articles))
    return actor, new_actors, moved


# --- Facts


def fix_facts(original: Dossier, dossier: Dossier, overrides: Overrides, changes: ActorChanges,
              problems: list[Problem]) -> Dossier:
    """Facts following their actors, then corrected, hidden and added as the blocks say."""
    merged = dict(changes.merged)
    split = {(article, old): new for article, old, new in changes.split}
    present = {a.id for a in dossier.actors}

    def follow(ids: tuple[str, ...], article: str) -> tuple[str, ...]:
        ids = (split.get((article, i), i) for i in ids)
        return tuple(dict.fromkeys(i for i in (merged.get(i, i) for i in ids) if i in present))

    facts = []
    for fact in dossier.facts:
        speakers = follow(fact.speakers, fact.article)
        mentions = tuple(m for m in follow(fact.mentions, fact.article) if m not in speakers)
        facts.append(replace(fact, speakers=speakers, mentions=mentions))
    finder = SpeakerFinder(ActorIndex(original.actors), ActorIndex(dossier.actors), merged,
                           dict(changes.hidden_at), problems)
    facts, spoken = correct_facts(original, tuple(facts), overrides.facts, finder, problems)
    facts, added = add_facts(original, dossier, facts, overrides.add_facts, finder, problems)
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
            if not found and len(earlier) == 1 and earlier[0] in self.merged:
                found = [self.merged[earlier[0]]]
            if not found and len(earlier) == 1 and earlier[0] in self.hidden_at:
                self.problems.append(error(ref, f"'{ref.text}' is actor '{earlier[0]}', which is hidden "
                                                f"at {self.hidden_at[earlier[0]]}",
                                           hint="a hidden actor cannot speak or be mentioned"))
                return None
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
            matches = close(entry.key.text, sorted(known))
            hint = f"did you mean {or_list(matches)}?" if matches else "a fact's id is printed on its page"
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


def add_facts(original: Dossier, dossier: Dossier, facts: tuple[Fact, ...], entries: tuple[Entry, ...],
              finder: SpeakerFinder, problems: list[Problem]
              ) -> tuple[tuple[Fact, ...], list[Fact]]:
    """Facts with the hand-added ones in; one the extraction already found is corrected instead."""
    facts = list(facts)
    position = {f.id: i for i, f in enumerate(facts)}
    added = []
    for entry in entries:
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
    where = replace(entry.key, line=entry.line("text"))
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


# ---------------------------------------------------------------------------
# The JSON Schema shipped in dossier/schema/, for editors; generated from the tables above.


def schema_of(field: Field) -> dict:
    """The JSON Schema of one field's value."""
    string = {"type": "string"}
    url = {"type": "string", "pattern": URL_PATTERN.pattern}
    if field.type == "captions":
        shape = {"type": "object", "additionalProperties": block_schema(CAPTION)}
    elif field.type == "splits":
        shape = {"type": "array", "items": block_schema(SPLIT)}
    elif field.type == "choice":
        shape = {"enum": list(field.choices)}
    else:
        shape = {"text": string, "texts": {"type": "array", "items": string},
                 "date": {"type": ["string", "null"], "pattern": DATE_PATTERN.pattern},
                 "flag": {"type": "boolean"}, "url": url, "urls": {"type": "array", "items": url},
                 "names": {"type": "array", "items": string}, "files": {"type": "array", "items": string},
                 "number": {"type": "integer", "minimum": 0}}[field.type]
    return {"description": field.help, **shape}


def block_schema(block: dict[str, Field]) -> dict:
    """The JSON Schema of one block: its keys, no others."""
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": {key: schema_of(field) for key, field in block.items()}}
    required = [key for key, field in block.items() if field.required]
    if required:
        schema["required"] = required
    return schema


def json_schema() -> dict:
    """The JSON Schema of an override file."""
    blocks = {"articles": ARTICLE, "actors": ACTOR, "facts": FACT}
    properties: dict[str, Any] = {
        key: {"description": TOP[key], "type": ["object", "null"],
              "additionalProperties": block_schema(block)} for key, block in blocks.items()}
    properties["add_facts"] = {"description": TOP["add_facts"], "type": ["array", "null"],
                               "items": block_schema(NEW_FACT)}
    return {"$schema": "http://json-schema.org/draft-07/schema#",
            "title": "dossier overrides",
            "description": "Corrections to a dossier: see the Overrides page of the documentation.",
            "type": ["object", "null"], "additionalProperties": False, "properties": properties}


def schema_text() -> str:
    """The schema as the file dossier/schema/overrides.schema.json holds it."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
