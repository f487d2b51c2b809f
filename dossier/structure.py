"""Recover an article's structure from a document: headline, byline, body, captions."""

from __future__ import annotations

import re

from .model import Article, Document, Paragraph
from .slugs import slugify


class NotAnArticle(Exception):
    """The document holds no article text; the message says why."""


def read_article(document: Document) -> Article:
    """The article in a document: blocks separated by blank lines, the first one its headline."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", document.text)]
    blocks = [b for b in blocks if b]
    if len(blocks) < 2:
        raise NotAnArticle("no article text found")
    headline, body = blocks[0], blocks[1:]
    paragraphs = tuple(Paragraph(i, text) for i, text in enumerate(body, 1))
    return Article(id=slugify(headline, "article"), source=document.source, headline=headline,
                   paragraphs=paragraphs)
