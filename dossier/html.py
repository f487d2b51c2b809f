"""A saved HTML page to an article's parts: trafilatura finds the story, we recover its structure."""

from __future__ import annotations

import re
from datetime import date

from .captions import make_caption
from .model import Caption, Paragraph
from .page import (Line, Page, byline_names, classify, find_related, find_sources, is_furniture, page_lines,
                   title_case)
from .patterns import SENTENCE_END

SUBHEADING_WORDS = 12
# Lines the extractor keeps that are about the article, not in it.
NOT_TEXT = ("sources", "related link", "related", "comments")
TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+")
# The class a page gives the credit inside a caption: <span class="credit">, itemprop="copyrightHolder".
CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author", re.IGNORECASE)


def read_html(html: str) -> Page:
    """The article in a saved page: trafilatura's main text and metadata, then structure as for text."""
    import trafilatura   # loads slowly: imported only when a page is HTML

    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError):
        # Markup the parser cannot take (broken nesting, odd encodings): the page has no readable
        # article, which the caller reports as a warning about this file alone.
        return Page()
    if found is None or not (found.text or "").strip():
        return Page()
    sitename = (found.sitename or "").strip()
    headline = clean_title(found.title or "", sitename)
    # The extractor keeps the page's own headline and byline lines: the metadata has them.
    lines = [line for line in classify(page_lines(found.text)) if line.kind not in ("furniture", "byline")
             and line.text.casefold() != headline.casefold()]
    text_lines = [line for line in lines if line.kind not in NOT_TEXT]
    paragraphs = html_paragraphs(text_lines, headings(found.body))
    return Page(
        headline=headline,
        authors=author_names(found.author or ""),
        publisher=sitename,
        published=iso_date(found.date or ""),
        url=found.url or "",
        summary=(found.description or "").strip() or (paragraphs[0].text if paragraphs else ""),
        paragraphs=paragraphs,
        captions=figure_captions(html),
        additional_sources=find_sources(lines),
        related=find_related(lines),
    )


def headings(body) -> set[str]:
    """The texts the page marks as headings inside the story (<h2>, <h3> ...)."""
    if body is None:
        return set()
    return {" ".join("".join(head.itertext()).split()) for head in body.iter("head")}


def html_paragraphs(lines: list[Line], heading_texts: set[str]) -> tuple[Paragraph, ...]:
    """Every line the extractor kept is article text; a heading goes above the paragraph below it."""
    paragraphs: list[Paragraph] = []
    subheading = ""
    for i, line in enumerate(lines):
        if is_subheading(line, heading_texts) and i + 1 < len(lines):
            subheading = line.text
            continue
        paragraphs.append(Paragraph(len(paragraphs) + 1, line.text, subheading))
        subheading = ""
    return tuple(paragraphs)


def is_subheading(line: Line, heading_texts: set[str]) -> bool:
    """A heading that titles a section; a question or a long heading is the text itself (Q&A, lists)."""
    return line.text in heading_texts and line.words <= SUBHEADING_WORDS and not line.text.endswith("?")


def clean_title(title: str, sitename: str) -> str:
    """'Opinion | Why the Harbour Must Stay Open' -> the headline; a site's name is dropped from either end."""
    title = " ".join(title.split())
    parts = [p for p in re.split(r"\s+\|\s+", title) if p]
    if len(parts) > 1:
        title = max(parts, key=lambda p: len(p.split()))
    site = re.sub(r"\W+", "", sitename.casefold())
    pieces = TITLE_SEPARATORS.split(title)
    if site and len(pieces) > 1:
        for end in (-1, 0):
            if re.sub(r"\W+", "", pieces[end].casefold()) in (site, site + "com"):
                pieces.pop(end)
                break
        title = " – ".join(pieces) if len(pieces) > 1 else pieces[0]
    return title


def author_names(author: str) -> tuple[str, ...]:
    """trafilatura's 'Jane Doe; John Roe' as names, leaving out roles and what is not a name."""
    names: list[str] = []
    for part in re.split(r"\s*;\s*", author):
        for name in byline_names("By " + part):
            if name not in names:
                names.append(name)
    return tuple(names)


def iso_date(text: str) -> date | None:
    """'2019-11-19' as a date; None for anything else."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def figure_captions(html: str) -> tuple[Caption, ...]:
    """Captions the page marks as <figcaption>, each once, with the credit the page marks inside them."""
    from lxml import etree
    from lxml import html as lxml_html
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ()
    captions, seen = [], set()
    for figure in tree.iter("figcaption"):
        credit = ""
        for part in list(figure.iter()):
            marks = f"{part.get('class') or ''} {part.get('itemprop') or ''}"
            if part is not figure and CREDIT_CLASS.search(marks):
                credit = credit or " ".join(part.text_content().split())
                part.drop_tree()
        caption = make_caption(" ".join(figure.text_content().split()), credit)
        if is_caption_text(caption.text) and caption.text.casefold() not in seen:
            seen.add(caption.text.casefold())
            captions.append(caption)
    return tuple(captions)


def is_caption_text(text: str) -> bool:
    """A caption describes a picture in a sentence; a label ('Live Watch CBSN Live') or a notice does not."""
    return (len(text.split()) >= 4 and not is_furniture(text)
            and (not title_case(text) or bool(SENTENCE_END.search(text))))
