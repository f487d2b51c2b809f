"""The whole dossier as one JSON document (the shape the evaluation kit reads)."""

from __future__ import annotations

import json
from datetime import date

from .model import Actor, Article, Dossier, Fact


def export_json(dossier: Dossier, memo: dict | None = None) -> str:
    """The dossier as JSON text: stable keys and order, so two builds give the same bytes.

    With a memo (kept while serving), an item equal to one exported last time reuses its line.
    """
    sections = (("articles", dossier.articles, article_data),
                ("actors", dossier.actors, actor_data),
                ("facts", dossier.facts, fact_data))
    lines_of = {}
    parts = []
    for key, items, data in sections:
        # One item a line: a diff shows which items changed, and without `indent` json uses
        # its C encoder, several times faster on a large dossier.
        lines = []
        for item in items:
            line = memo.get(item) if memo is not None else None
            if line is None:
                line = json.dumps(data(item), ensure_ascii=False)
            lines.append(line)
            if memo is not None:
                lines_of[item] = line
        text = ",\n".join(lines)
        parts.append(f'"{key}": [\n{text}\n]' if text else f'"{key}": []')
    if memo is not None:
        memo.clear()
        memo.update(lines_of)
    return "{\n" + ",\n".join(parts) + "\n}\n"


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
        "related": list(article.related),
    }


def actor_data(actor: Actor) -> dict:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases),
        "roles": list(dict.fromkeys(r.text for r in actor.roles)),
        "affiliations": list(actor.affiliations), "articles": list(actor.articles),
        "description": actor.description, "links": list(actor.links), "image": actor.image or None,
    }


def fact_data(fact: Fact) -> dict:
    return {
        "id": fact.id, "article": fact.article, "paragraph": fact.paragraph, "kind": fact.kind,
        "text": fact.text, "speakers": list(fact.speakers), "mentions": list(fact.mentions),
        "date": iso(fact.date), "date_text": fact.date_text, "cue": fact.cue,
        "hedges": list(fact.hedges),
        "also_in": [{"article": a, "paragraph": p} for a, p in fact.also_in],
    }
