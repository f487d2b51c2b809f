"""Quick checks that spare a slow pattern its search: the words every match of it holds."""

from __future__ import annotations

import re
from functools import lru_cache

# The parser is private to Python (3.11 to 3.13 have it here): where it is missing or
# parses otherwise, no words are read from a pattern, and every line is searched.
try:
    from re import _constants as sre, _parser as sre_parser
except ImportError:
    sre = sre_parser = None

# The letters besides A-Z that a case-blind pattern matches as ASCII letters ('ſ' as 's').
CASELESS_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
# The flag as a plain number: testing a pattern's flags against the enum goes through
# Python code, which costs a quick check more than its look for a word.
CASE_BLIND = int(re.IGNORECASE)


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when the text holds none of the words every match of the pattern holds.

    Looking for the words a pattern needs is many times quicker than searching with the
    pattern, and most lines hold none of them.
    """
    needed = words_needed(pattern)
    if needed is None:
        return True
    if pattern.flags & CASE_BLIND:
        if not text.isascii() and any(letter in text for letter in CASELESS_ASCII):
            text = text.translate(str.maketrans(CASELESS_ASCII))
        text = text.lower()
    return any(word in text for word in needed)


@lru_cache(maxsize=None)
def words_needed(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern holds, or None; lower-case ASCII words
    for a case-blind pattern."""
    if sre_parser is None:
        return None
    caseless = bool(pattern.flags & re.IGNORECASE)
    try:
        needed = needed_in(sre_parser.parse(pattern.pattern, pattern.flags).data, caseless)
    except Exception:
        return None
    if not needed or caseless and not all(word.isascii() for word in needed):
        return None
    return tuple(sorted(needed))


def needed_in(items: list, caseless: bool) -> set[str]:
    """Strings one of which every match of a parsed pattern holds (an empty set if none is sure)."""
    candidates: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value).lower() if caseless else chr(value)
            continue
        if run:
            candidates.append({run})
            run = ""
        if op is sre.SUBPATTERN:
            _, case_blind_inside, _, inside = value
            # '(?i:...)' in a pattern that minds case: its words may be written any way.
            if caseless or not case_blind_inside & re.IGNORECASE:
                candidates.append(needed_in(inside.data, caseless))
        elif op is sre.BRANCH:
            choices = [needed_in(branch.data, caseless) for branch in value[1]]
            candidates.append(set().union(*choices) if all(choices) else set())
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            candidates.append(needed_in(value[2].data, caseless))
    if run:
        candidates.append({run})
    # The surest filter is the set whose shortest word is longest.
    return max((c for c in candidates if c), key=lambda c: min(map(len, c)), default=set())
