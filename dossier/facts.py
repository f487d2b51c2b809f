"""Find the quotes, claims, statistics and dated events in one article."""

from __future__ import annotations

import re

from .model import Article, Fact, Mention
from .slugs import short_hash

QUOTE = re.compile(r"[\"“]([^\"“”]{20,})[\"”]")


def find_facts(article: Article, mentions: tuple[Mention, ...]) -> tuple[Fact, ...]:
    """Text in quotation marks, as quotes with no speaker yet: a first, honest cut."""
    facts = []
    for paragraph in article.paragraphs:
        for match in QUOTE.finditer(paragraph.text):
            text = match.group(1)
            facts.append(Fact(id=fact_id(article.source, text), article=article.source,
                              paragraph=paragraph.number, kind="quote", text=text))
    return tuple(facts)


def fact_id(source: str, text: str) -> str:
    """A fact's stable id: survives rebuilds and new articles."""
    return "f-" + short_hash(f"{source}\n{' '.join(text.split())}", 10)
