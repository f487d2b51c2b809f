"""Recover an article's structure from a document: headline, byline, body, captions."""

from __future__ import annotations

import re
from datetime import date

from .dates import weekdays_named
from .model import Article, Document
from .page import MAX_LINE, PROSE_WORDS, Page, read_page
from .slugs import slugify

CORROBORATION_DAYS = 7   # how close another dated photo must be to the newest for a date to be inferred
# Tags that show a file holds HTML, whatever its extension.
HTML_TAG = re.compile(r"<(?:html|head|body|p|div|article|br|span|a|h[1-6])\b", re.IGNORECASE)


class NotAnArticle(Exception):
    """The document holds no article text; the message says why."""


def read_article(document: Document) -> Article:
    """The article in a document, whatever its format; NotAnArticle when there is none."""
    return article_of(document, read_parts(document))


def article_of(document: Document, page: Page) -> Article:
    """The article of a page read from a document; NotAnArticle when the page holds none."""
    if not any(len(p.text.split()) >= PROSE_WORDS for p in page.paragraphs):
        # Menus and link lists are text too; an article has at least one real paragraph.
        raise NotAnArticle(f"no article text found: {why_no_article(document)}")
    headline = page.headline or page.paragraphs[0].text[:120]
    published, inferred = page.published, False
    if published is None:
        published = inferred_date(page)
        inferred = published is not None
    return Article(
        id=slugify(headline, "article"), source=document.source, headline=headline,
        authors=page.authors, publisher=page.publisher, published=published,
        published_inferred=inferred, url=page.url, summary=page.summary,
        paragraphs=page.paragraphs, captions=page.captions,
        additional_sources=page.additional_sources, related=page.related, datelines=page.datelines,
        set_apart=page.set_apart)


def why_no_article(document: Document) -> str:
    """What the document holds instead of an article, said so the user can check the file."""
    longest = max((len(line) for line in document.text.split("\n")), default=0)
    if longest > MAX_LINE and content_format(document) == "text":
        return f"a line of {longest:,} characters is data, not a paragraph"
    return "no paragraph of prose in the page"


def read_parts(document: Document) -> Page:
    """The article's parts, by what the document holds (its extension can be wrong)."""
    fmt = content_format(document)
    if fmt == "html":
        from .html import read_html   # trafilatura loads slowly: only HTML pages pay for it
        return read_html(document.text)
    if fmt == "markdown":
        from .markdown_input import read_markdown
        return read_markdown(document.text, document.source)
    return read_page(document.text)


def content_format(document: Document) -> str:
    """The document's format, corrected when its text says otherwise: a page saved as .txt is HTML."""
    head = document.text[:1000].lstrip().casefold()
    if document.format != "html" and head.startswith(("<!doctype html", "<html")):
        return "html"
    if document.format == "html" and not HTML_TAG.search(document.text[:100_000]):
        return "text"
    return document.format


def inferred_date(page: Page) -> date | None:
    """The publication date the page implies when it prints none.

    A news story says 'said on Thursday' of the day it reports; when the newest
    dated caption falls on a weekday the text names that way, and another dated
    caption stands within a week of it (photos of the story, not one from the
    archive), that is the day the story was written. Anything weaker gives no
    date: a wrong date misleads.
    """
    dated = sorted({c.date for c in page.captions if c.date}, reverse=True)
    if len(dated) < 2 or (dated[0] - dated[1]).days > CORROBORATION_DAYS:
        return None
    newest = dated[0]
    named = set(weekdays_named("\n".join(p.text for p in page.paragraphs)))
    return newest if newest.weekday() in named else None
