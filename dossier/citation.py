"""A fact's citation: the one line a writer pastes to say where it comes from."""

from __future__ import annotations

from .model import Article, Fact

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def cite(fact: Fact, article: Article | None) -> str:
    """'Publisher, “Headline”, 29 January 2026, address, paragraph 4, fact f-…': what is
    unknown is left out, an undated article says so, and an article with no address gives its file."""
    if article is None:
        return f"{fact.article}, {where(fact.paragraph)}, fact {fact.id}"
    day = article.published
    parts = [article.publisher,
             f"“{article.headline}”" if article.headline else "",
             f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else "undated",
             article.url or f"file {article.source}",
             where(fact.paragraph),
             f"fact {fact.id}"]
    return ", ".join(part for part in parts if part)


def where(paragraph: int) -> str:
    """'paragraph 4'; 0 stands for the headline or a caption."""
    return f"paragraph {paragraph}" if paragraph else "headline or caption"
