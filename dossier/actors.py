"""Find the people, organisations and places one article names."""

from __future__ import annotations

import re

from .model import Article, Mention

# A run of capitalised words inside a sentence (not its first word).
NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+(?: [A-Z][a-z]+)+)")


def find_actors(article: Article) -> tuple[Mention, ...]:
    """Multi-word capitalised names inside sentences, kind unknown: a first, honest cut."""
    seen: dict[str, list[int]] = {}
    for paragraph in article.paragraphs:
        for match in NAME.finditer(paragraph.text):
            seen.setdefault(match.group(1), []).append(paragraph.number)
    return tuple(Mention(name, "other", paragraphs=tuple(dict.fromkeys(numbers)))
                 for name, numbers in seen.items())
