"""Safe, stable, unique slugs for page paths and ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_WORDS = 8
MAX_LENGTH = 60
# Names Windows refuses as files, whatever the extension.
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10)),
            "index"}


def slugify(text: str, fallback: str = "item") -> str:
    """Lowercase ASCII words joined by hyphens; never empty, never a path or a reserved name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:MAX_WORDS]
    slug = "-".join(words)[:MAX_LENGTH].strip("-")
    if not slug:
        # Nothing readable survives (only punctuation, or a script with no ASCII form):
        # a short hash keeps distinct names distinct.
        slug = f"{fallback}-{short_hash(text)}"
    elif slug in RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


def short_hash(text: str, length: int = 8) -> str:
    """A short, stable hex digest of text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def unique_slugs(names: list[tuple[str, str]], fallback: str = "item") -> list[str]:
    """Slugs for (name, stable key) pairs, unique within the list.

    Clashing slugs get a suffix from the stable key (not from list order), so an
    item keeps its slug when others are added or removed.
    """
    slugs = [slugify(name, fallback) for name, _ in names]
    counts: dict[str, int] = {}
    for slug in slugs:
        counts[slug] = counts.get(slug, 0) + 1
    out = []
    taken: set[str] = set()
    for slug, (_, key) in zip(slugs, names):
        if counts[slug] > 1:
            slug = f"{slug}-{short_hash(key, 6)}"
        while slug in taken:
            slug = f"{slug}-{short_hash(slug, 4)}"
        taken.add(slug)
        out.append(slug)
    return out
