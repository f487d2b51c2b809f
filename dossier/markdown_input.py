"""A clean Markdown article to its parts; YAML front matter, when present, supplies metadata."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import yaml
from yaml.constructor import SafeConstructor

from .bounded_yaml import Bounds, compose
from .captions import make_caption
from .dates import absolute_dates
from .model import Paragraph, Problem
from .page import Page, byline_names
from .patterns import BYLINE_SEPARATORS, FRONT_MATTER_KEYS

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\([^)]*\)\s*(?P<after>.*)$")
# Possessive, bounded repeats keep a long line of stray brackets or stars linear to read.
LINK = re.compile(r"!?\[(?P<text>[^\[\]\n]{0,500}+)\]\([^()\[\]\s]{0,2000}+(?:\s+\"[^\"\n]{0,500}+\")?\)")
EMPHASIS = re.compile(r"\*\*(?=\S)(?P<a>[^*\n]{1,300}?)(?<=\S)\*\*|__(?=\S)(?P<b>[^_\n]{1,300}?)(?<=\S)__"
                      r"|\*(?=\S)(?P<c>[^*\n]{1,300}?)(?<=\S)\*|_(?=\S)(?P<d>[^_\n]{1,300}?)(?<=\S)_(?!\w)"
                      r"|`(?P<e>[^`\n]{1,300}+)`")
LIST_MARK = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
QUOTE_MARK = re.compile(r"^(?:>\s?)+")
BY = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)

FRONT_MATTER_BOUNDS = Bounds("the front matter", max_bytes=64 * 1024, severity="warning",
                             too_large_hint="front matter holds a few fields (title, author, date); "
                                            "the article's text goes below its closing '---'")
FIRST_YAML_LINE = 2
"""The line of the file the front matter's YAML starts on, after the opening '---'."""
# What a scalar of each YAML type must be, in words, for a warning about one that is not.
TAG_WORDS = {"timestamp": "a date that exists", "int": "a whole number", "float": "a number",
             "bool": "true or false", "binary": "base64 data", "null": "null"}


def read_markdown(text: str, source: str = "") -> Page:
    """The article in a Markdown file: front matter first, then the first heading and the blocks.
    source is the file's path, which warnings about its front matter give."""
    meta, body, problems = split_front_matter(text, source)
    headline, paragraphs, captions, authors = "", [], [], ()
    subheading = ""
    for block in re.split(r"\n[ \t]*\n", body):
        block = block.strip()
        if not block:
            continue
        level, title, block = heading_of(block)
        if title:
            if not headline and level == 1 and not paragraphs:
                headline = title
            else:
                subheading = title
            if not block:
                continue
        image = IMAGE.match(block)
        if image:
            caption = inline_text(image.group("after") or image.group("alt"))
            if caption:
                captions.append(make_caption(caption))
            continue
        if not paragraphs and not authors and BY.match(inline_text(block)):
            authors = byline_names(inline_text(block))
            if authors:
                continue
        for item in list_items(block):
            paragraphs.append(Paragraph(len(paragraphs) + 1, item, subheading))
            subheading = ""
    fields = front_matter_fields(meta)
    if not headline and not fields.get("headline") and len(paragraphs) > 1 and is_plain_title(paragraphs[0].text):
        # No heading marks the headline: a short first line without a full stop is one.
        headline, paragraphs = paragraphs[0].text, [replace(p, number=p.number - 1) for p in paragraphs[1:]]
    return Page(
        headline=fields.get("headline") or headline,
        authors=fields.get("authors", authors),
        publisher=fields.get("publisher", ""),
        published=fields.get("published"),
        url=fields.get("url", ""),
        summary=fields.get("summary") or (paragraphs[0].text if paragraphs else ""),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        problems=problems,
    )


def heading_of(block: str) -> tuple[int, str, str]:
    """A block's heading ('# Title', or 'Title' underlined with === or ---): level, text, and the rest."""
    first, _, rest = block.partition("\n")
    atx = HEADING.match(first)
    if atx:
        return len(atx.group("level")), inline_text(atx.group("text")), rest.strip()
    underline, _, after = rest.partition("\n")
    if underline.strip() and set(underline.strip()) <= {"="} | {"-"} and len(set(underline.strip())) == 1:
        return (1 if underline.strip()[0] == "=" else 2), inline_text(first), after.strip()
    return 0, "", block


def is_plain_title(text: str) -> bool:
    """A line that reads as a headline: a few words, no full stop at the end."""
    return 2 <= len(text.split()) <= 30 and not text.endswith((".", ",", ";", ":"))


def split_front_matter(text: str, source: str = "") -> tuple[dict, str, tuple[Problem, ...]]:
    """The front matter's values of the keys we read (empty when absent or unreadable), the
    text after it, and a warning for what could not be read: a broken header, or a bad value,
    costs the metadata it holds, never the article."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, ()
    body = text[match.end():]
    root, problem = compose(match.group("yaml"), source, FRONT_MATTER_BOUNDS, FIRST_YAML_LINE)
    if problem:
        return {}, body, (replace(problem, message=f"the front matter is not read: {problem.message}"),)
    if not isinstance(root, yaml.MappingNode):
        return {}, body, ()
    meta, problems = {}, []
    for key, value in root.value:
        # Keys we do not read are never made into values: whatever they hold costs nothing.
        if not isinstance(key, yaml.ScalarNode) or str(key.value).casefold() not in FRONT_MATTER_KEYS:
            continue
        try:
            meta[key.value] = SafeConstructor().construct_document(value)
        except Exception as exc:  # YAML's constructors raise what Python's int(), date() and others raise
            problems.append(value_problem(source, key.value, value, exc))
    return meta, body, tuple(problems)


def value_problem(source: str, key: str, node: yaml.Node, exc: Exception) -> Problem:
    """The warning for a front matter value that cannot be read, at the line of what is wrong in it."""
    wrong = f"the front matter's '{key}' is not read"
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark:
        return Problem(source, exc.problem_mark.line + FIRST_YAML_LINE, f"{wrong}: {exc.problem}",
                       hint="write the value as plain text, a list or a date, without a tag")
    scalar = next((s for s in scalars(node) if not constructs(s)), None)
    if scalar is None:
        return Problem(source, node.start_mark.line + FIRST_YAML_LINE, f"{wrong}: {type(exc).__name__}: {exc}")
    tag = scalar.tag.rsplit(":", 1)[-1]
    return Problem(source, scalar.start_mark.line + FIRST_YAML_LINE,
                   f"{wrong}: '{scalar.value}' is not {TAG_WORDS.get(tag, f'a valid !!{tag}')}",
                   hint="correct the value, or put it in quotes to keep it as text")


def scalars(node: yaml.Node):
    """The scalar nodes in a node, in the order they are written."""
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for pair in node.value:
            for item in pair:
                yield from scalars(item)


def constructs(node: yaml.ScalarNode) -> bool:
    """Whether YAML can make a value of the scalar node alone."""
    try:
        SafeConstructor().construct_document(node)
    except Exception:
        return False
    return True


def front_matter_fields(meta: dict) -> dict:
    """Front matter keys ('title', 'author', 'date') as Page fields, each value checked."""
    fields: dict = {}
    for key, value in meta.items():
        field = FRONT_MATTER_KEYS.get(str(key).casefold())
        if field is None or field in fields or value in (None, ""):
            continue
        if field == "authors":
            names = value if isinstance(value, list) else BYLINE_SEPARATORS.split(str(value))
            fields[field] = tuple(BY.sub("", str(n)).strip() for n in names if str(n).strip())
        elif field == "published":
            day = as_date(value)
            if day:
                fields[field] = day
        else:
            fields[field] = " ".join(str(value).split())
    return fields


def as_date(value: object) -> date | None:
    """A front matter date: YAML's own date, an ISO string, or a printed date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        found = absolute_dates(text)
        return found[0].date if found else None


def list_items(block: str) -> list[str]:
    """A block's paragraphs: one per list item, else the block's lines joined."""
    lines = [QUOTE_MARK.sub("", line).strip() for line in block.split("\n")]
    if all(LIST_MARK.match(line) for line in lines if line):
        return [t for t in (inline_text(LIST_MARK.sub("", line)) for line in lines) if t]
    text = inline_text(" ".join(line for line in lines if line))
    return [text] if text else []


def inline_text(text: str) -> str:
    """Markdown inline markup to plain text: links to their words, emphasis marks dropped."""
    text = LINK.sub(lambda m: m.group("text"), text)
    text = EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)
    return " ".join(text.split())
