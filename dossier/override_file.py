"""The override file: its format as data, read from YAML nodes with line numbers, and its JSON Schema."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .bounded_yaml import Bounds, compose, too_large
from .escape import safe_image_path, safe_url
from .model import ACTOR_KINDS, FACT_KINDS, Problem
from .user_files import LINK, FileTooLarge, NotRegular, read_regular

# ---------------------------------------------------------------------------
# The format, as data: every key a user may write, what its value must be, what it means.
# The loader checks against these tables and the shipped JSON Schema is generated from
# them, so the two cannot disagree.


@dataclass(frozen=True)
class Field:
    """One key of an override block: the type of its value and what it does."""

    type: str
    """'text', 'texts', 'date', 'flag', 'url', 'urls', 'image', 'choice', 'names', 'files', 'number',
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
    "image": Field("image", "A picture of the actor: a web address or a path in docs/."),
}

SPLIT = {
    "name": Field("text", "The name of the actor being split off: a new name, or one of an actor that "
                          "exists, which then takes the articles and aliases.", required=True),
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
    "image": "a web address starting with http:// or https://, or a path inside docs/",
    "files": "a list of article files", "number": "a paragraph number (0 or more)",
    "captions": "a mapping of caption numbers or first words to corrections",
    "splits": "a list of actors, each with a name",
}

# How much of an override file is read: far more than any dossier's corrections need.
BOUNDS = Bounds("the override file", max_bytes=8 * 1024 * 1024,
                too_large_hint="split the corrections into several files in a folder of *.yml, "
                               "or look for text pasted in by mistake",
                max_repeated=100_000)
LINK_HINT = ("write the corrections in the file itself: through a link, a file from anywhere on "
             "the machine that builds the site would be read")

URL_PATTERN = re.compile(r"^https?://\S+$")
# What reads as a web address less its https://: a host name, then perhaps a port and a path.
HOST_NAME = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.I)
# Why a picture's path is refused, by the first test it fails, and what to write instead.
IMAGE_PATH_HINTS = (
    (lambda path: "\\" in path, "write the path with / between folders, as in images/portrait.jpg"),
    (lambda path: ".." in path.split("/"), "a picture outside docs/ is not published: copy it into docs/ "
                                           "and give its path from there, as in images/portrait.jpg"),
    (lambda path: path.startswith("/"), "give the path from docs/, as in images/portrait.jpg; "
                                        "a picture elsewhere must be copied into docs/ first"),
    (lambda path: ":" in path, "only http:// and https:// addresses are shown; for another picture, "
                               "copy it into docs/ and give its path, as in images/portrait.jpg"),
)
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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
    if path.is_symlink() and path.is_dir():
        return Overrides(), (Problem(str(path), None, f"not read: {LINK}", hint=LINK_HINT, severity="error"),)
    files = sorted([*path.glob("*.yml"), *path.glob("*.yaml")]) if path.is_dir() else [path]
    overrides, problems = Overrides(), []
    for file in files:
        if not file.is_file() and not file.is_symlink():
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
        data = read_regular(file, BOUNDS.max_bytes)
    except NotRegular as exc:
        return Overrides(), (Problem(name, None, f"not read: {exc}", hint=LINK_HINT, severity="error"),)
    except FileTooLarge as exc:
        return Overrides(), (too_large(name, exc.size, BOUNDS),)
    except OSError as exc:
        return Overrides(), (Problem(name, None, f"cannot be read: {exc.strerror}", severity="error"),)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return Overrides(), (Problem(name, line, f"not UTF-8 text: byte {data[exc.start]:#04x} ({exc.reason})",
                                     hint="save the file as UTF-8", severity="error"),)
    return read_overrides(text, name)


def read_overrides(text: str, name: str) -> tuple[Overrides, tuple[Problem, ...]]:
    """Override file text, parsed and checked for form; name is the path problems give."""
    root, problem = compose(text, name, BOUNDS)
    if problem:
        return Overrides(), (problem,)
    reader = Reader(name)
    overrides = reader.top(root)
    return overrides, tuple(sorted(reader.problems, key=lambda p: p.line or 0))


class Reader:
    """Walks the YAML nodes of one file against the tables above, gathering every problem."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Note an error at the node's line."""
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message, hint, severity="error"))

    def ref(self, node: yaml.Node) -> Ref:
        """A key as a reference, remembering where it was written."""
        number = int(node.value) if node.tag == "tag:yaml.org,2002:int" else None
        return Ref(str(node.value), self.path, node.start_mark.line + 1, number)

    def top(self, root: yaml.Node | None) -> Overrides:
        """The whole file: its four sections."""
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
        """The add_facts list, one entry per fact."""
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
        """Note a key the format does not have, with the key most likely meant."""
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
            # Only a host name is made an address: 'https://javascript:...' would be no fix.
            self.error(node, wrong, f"write the whole address: https://{node.value}"
                       if HOST_NAME.match(node.value) else "")
            return False, None
        # The pictures the actor's page shows; no other value is dropped in silence.
        if kind == "image" and node.value.strip() and not safe_url(node.value) and not safe_image_path(node.value):
            self.error(node, wrong, next((hint for refused, hint in IMAGE_PATH_HINTS if refused(node.value)), ""))
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
        """A date written YYYY-MM-DD, quoted or not; null clears it."""
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
    """Whether the node is YAML's null (an empty value, ~ or null)."""
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
        shape = {"text": string, "image": string, "texts": {"type": "array", "items": string},
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
