"""The whole dossier as one JSON document (the shape the evaluation kit reads)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from .citation import cite
from .model import Actor, Article, Dossier, Fact


def export_json(dossier: Dossier, memo: ExportMemo | None = None) -> str:
    """The dossier as JSON text: stable keys and order, so two builds give the same bytes.

    With a memo (kept while serving), an item exported last time reuses its line.
    """
    sections = (("articles", dossier.articles, article_data),
                ("actors", dossier.actors, actor_data),
                ("facts", dossier.facts, fact_data))
    lines_of = {}
    for key, items, data in sections:
        if memo is None:
            lines_of[key] = [encode(data(item)) for item in items]
        else:
            lines_of[key] = memo.lines(key, items, lambda item: encode(data(item)))
    lines_of["facts"] = with_citations(lines_of["facts"], dossier, memo)
    return document(lines_of)


def with_citations(lines: list[str], dossier: Dossier, memo: ExportMemo | None = None) -> list[str]:
    """Each fact's line with its citation as the last key.

    Added to the line rather than made with it: a citation reads the fact's article,
    which may change while the fact stays the very same object, whose line the memo reuses.
    """
    return cited(memo, "facts", lines, dossier,
                 lambda line, fact, article: f'{line[:-1]}, "citation": {encode(cite(fact, article))}}}')


def cited(memo: ExportMemo | None, section: str, lines: list[str], dossier: Dossier,
          add: Callable[[str, Fact, Article | None], str]) -> list[str]:
    """add(line, fact, its article) for each fact's line, or the memo's where all three are as last time."""
    articles = {article.id: article for article in dossier.articles}
    if memo is None:
        return [add(line, fact, articles.get(fact.article)) for line, fact in zip(lines, dossier.facts)]
    return memo.cited(section, lines, dossier.facts, articles, add)


def document(lines_of: dict[str, list[str]]) -> str:
    """The JSON object of the sections, one item a line (a diff shows which items changed).

    Made by a single join, so each line is copied once: the text runs to tens of megabytes,
    and joining sections and then joining those again took four times longer.
    """
    pieces = ["{\n"]
    for key, lines in lines_of.items():
        if len(pieces) > 1:
            pieces.append(",\n")
        if not lines:
            pieces.append(f'"{key}": []')
            continue
        pieces.append(f'"{key}": [\n')
        between = [",\n"] * (2 * len(lines) - 1)
        between[::2] = lines
        pieces.extend(between)
        pieces.append("\n]")
    pieces.append("\n}\n")
    return "".join(pieces)


def encode(data: dict) -> str:
    """One item's JSON; without `indent` json uses its C encoder, several times faster."""
    return json.dumps(data, ensure_ascii=False)


class ExportMemo:
    """Each section's items and lines of the last export, so a rebuild while serving encodes
    only the items that are new.

    An item is found by identity first: what a rebuild did not touch is the very object
    of the last build (items are frozen, so the same object has the same line), and
    looking it up by value would hash every field of it. An item made anew is then looked
    up by value, which costs that hashing only when there is one.
    """

    def __init__(self):
        self.last: dict[str, tuple[tuple, list[str]]] = {}
        self.citing: dict[str, dict[int, tuple]] = {}
        """By section, by the id of each fact: the fact, its line, its article and the line cited."""
        self.wholes: dict[str, tuple[tuple, object, str]] = {}
        """By section: the items and other values a text was made from, and the text."""

    def lines(self, section: str, items: tuple, make: Callable[[object], str]) -> list[str]:
        """The line of each item: last export's if the item is the same or equal, else made."""
        last_items, last_lines = self.last.get(section, ((), []))
        # last_items keeps the old items alive, so no new object can have one's id.
        by_id = dict(zip(map(id, last_items), last_lines))
        lines = [by_id.get(id(item)) for item in items]
        if None in lines:
            # Looked up by value among the old items no new item is: those are the ones an
            # edit made anew. Hashing only them spares hashing every field of the thousands
            # an added article leaves as they were (an item equal to another is made again).
            taken = {id(item) for item, line in zip(items, lines) if line is not None}
            by_value = {old: line for old, line in zip(last_items, last_lines) if id(old) not in taken}
            lines = [line if line is not None else self.made(by_value, item, make) for item, line in zip(items, lines)]
        self.last[section] = (items, lines)
        return lines

    @staticmethod
    def made(by_value: dict, item, make: Callable[[object], str]) -> str:
        """The line of an equal old item, or the item's line made."""
        line = by_value.get(item)
        return make(item) if line is None else line

    def cited(self, section: str, lines: list[str], facts: tuple, articles: dict,
              add: Callable[[str, Fact, Article | None], str]) -> list[str]:
        """add(line, fact, its article) for each fact: the last export's where the fact, its
        line and its article are the very objects of the last export (kept alive here, so
        that no new object can have one's id)."""
        last, kept, done = self.citing.get(section, {}), {}, []
        for line, fact in zip(lines, facts):
            article = articles.get(fact.article)
            found = last.get(id(fact))
            if found is None or found[1] is not line or found[2] is not article:
                found = (fact, line, article, add(line, fact, article))
            kept[id(fact)] = found
            done.append(found[3])
        self.citing[section] = kept
        return done

    def whole(self, section: str, items: tuple, same: Callable[[object, object], bool], also: object,
              make: Callable[[], str]) -> str:
        """make(), or the last export's text of the section when `also` is equal and each item
        is the very same object as last time or, by `same`, as good as."""
        last = self.wholes.get(section)
        if last is not None and last[1] == also and len(last[0]) == len(items) \
                and all(old is new or same(old, new) for old, new in zip(last[0], items)):
            return last[2]
        text = make()
        self.wholes[section] = (items, also, text)
        return text


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def article_data(article: Article) -> dict:
    return {
        "id": article.id, "source": article.source, "headline": article.headline,
        "authors": list(article.authors), "publisher": article.publisher or None,
        "published": iso(article.published), "published_inferred": article.published_inferred,
        "url": article.url or None, "summary": article.summary,
        "subheadings": list(article.subheadings),
        "paragraphs": [p.text for p in article.paragraphs],
        "captions": [{"text": c.text, "credit": c.credit, "date": iso(c.date), "place": c.place}
                     for c in article.captions],
        "additional_sources": list(article.additional_sources),
        "related": list(article.related), "from_file_name": list(article.from_file_name),
    }


def actor_data(actor: Actor) -> dict:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "kind_reason": actor.kind_reason,
        "aliases": list(actor.aliases),
        "roles": list(dict.fromkeys(r.text for r in actor.roles)),
        "affiliations": list(actor.affiliations), "articles": list(actor.articles),
        "description": actor.description, "links": list(actor.links), "image": actor.image or None,
    }


def speaker_note(fact: Fact) -> str | None:
    """Why a quote or claim has no speaker: as extraction found it, or, where a speaker was
    read but no actor of the dossier took it, that; None for a fact with a speaker."""
    if fact.speakers or fact.kind not in ("quote", "claim"):
        return None
    return fact.speaker_note or "the speaker named is no actor of the dossier"


def fact_data(fact: Fact) -> dict:
    return {
        "id": fact.id, "article": fact.article, "paragraph": fact.paragraph, "kind": fact.kind,
        "text": fact.text, "speakers": list(fact.speakers), "mentions": list(fact.mentions),
        "date": iso(fact.date), "date_text": fact.date_text, "cue": fact.cue,
        "hedges": list(fact.hedges), "speaker_note": speaker_note(fact),
        "also_in": [{"article": a, "paragraph": p} for a, p in fact.also_in],
    }
