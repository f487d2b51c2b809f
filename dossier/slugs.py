"""Safe, stable, unique slugs for page paths and ids."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

MAX_WORDS = 8
MAX_LENGTH = 60
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What every slug looks like: safe as a file name on any system and in a URL."""
# Names Windows refuses as files, whatever the extension, and the index page of a folder.
RESERVED = {"con", "prn", "aux", "nul", "conin", "conout", "clock",
            *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)), "index"}


@functools.lru_cache(maxsize=1 << 16)
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


def is_slug(text: str) -> bool:
    """Whether text is a slug as slugify makes them (safe to use as a file name)."""
    return bool(SLUG.fullmatch(text)) and text not in RESERVED and len(text) <= 2 * MAX_LENGTH


def short_hash(text: str, length: int = 8) -> str:
    """A short, stable hex digest of text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def fact_id(source: str, text: str) -> str:
    """A fact's stable id: survives rebuilds and new articles."""
    return "f-" + short_hash(f"{source}\n{' '.join(text.split())}", 10)


def unique_slugs(names: list[tuple[str, str]], fallback: str = "item") -> list[str]:
    """Slugs for (name, stable key) pairs, unique within the list.

    Clashing slugs all get a suffix from their stable key (not from list order), so the
    slugs do not depend on the order of the list, and an item keeps its slug when others
    are added or removed, unless that adds or removes a clash with its own name.
    """
    slugs = [slugify(name, fallback) for name, _ in names]
    counts: dict[str, int] = {}
    for slug in slugs:
        counts[slug] = counts.get(slug, 0) + 1
    wanted = [f"{slug}-{short_hash(key, 6)}" if counts[slug] > 1 else slug
              for slug, (_, key) in zip(slugs, names)]
    # A suffixed slug may still equal another item's plain one; those are settled in the
    # order of their keys, never of the list.
    out = [""] * len(names)
    taken: set[str] = set()
    for index in sorted(range(len(names)), key=lambda i: (wanted[i], names[i][1], names[i][0])):
        slug = wanted[index]
        while slug in taken:
            slug = f"{wanted[index]}-{short_hash(slug + names[index][1], 4)}"
        taken.add(slug)
        out[index] = slug
    return out
