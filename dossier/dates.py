"""Dates in news text: printed dates, and weekdays resolved against the article's date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .prefilter import may_match
from .vocabulary import MONTH_NAMES, WEEKDAY_NAMES

MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names}
WEEKDAYS = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
ABSOLUTE = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b{_DAY} {_MONTH},? {_YEAR}\b",                    # 28 January, 2026
    rf"\b{_MONTH} {_DAY},? {_YEAR}\b",                    # January 28, 2026
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",   # 2026-01-28
))
RELATIVE = re.compile(
    r"\b(?:(?P<prep>on|last|this|next|since|by|until|from|before|after) )?"
    r"(?P<weekday>" + "|".join(WEEKDAY_NAMES) + r")\b"
    r"|\b(?P<offset>yesterday|today|tomorrow)\b", re.IGNORECASE)
# Every printed date has its year: a text without one is spared the patterns above.
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
# Words that put a weekday ahead of the article's date rather than behind it.
FUTURE = re.compile(r"\b(?:will|would|shall|poised to|set to|due to|expected to|scheduled|plans? to|"
                    r"planned|going to|is to|are to|next|upcoming|later this week)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date the text states, with where it stands in the text."""

    start: int
    end: int
    text: str
    date: date
    relative: bool = False
    """True when worked out from a weekday or 'yesterday' against a reference date."""


def absolute_dates(text: str) -> tuple[DateMention, ...]:
    """Every printed calendar date in text ('28 January, 2026', 'Jan. 28, 2026', '2026-01-28')."""
    if not YEAR_HINT.search(text):
        return ()
    found = []
    for pattern in ABSOLUTE:
        for match in pattern.finditer(text):
            month = match.group("month").lower().rstrip(".")
            month_number = int(month) if month.isdigit() else MONTHS[month]
            try:
                day = date(int(match.group("year")), month_number, int(match.group("day")))
            except ValueError:
                continue
            found.append(DateMention(match.start(), match.end(), match.group(0), day))
    found.sort(key=lambda m: m.start)
    return tuple(m for i, m in enumerate(found) if not any(o.start <= m.start < o.end for o in found[:i]))


def relative_dates(sentence: str, reference: date) -> tuple[DateMention, ...]:
    """Weekdays and 'yesterday'/'today'/'tomorrow' in one sentence, as days near reference.

    News writes 'said on Thursday' for the latest Thursday up to the article's
    date, and 'talks resume on Sunday' for the next one: the sentence's tense decides.
    A weekday after 'last' or 'next' is a week away, not the nearest one.
    """
    forward = bool(FUTURE.search(sentence))
    found = []
    for match in RELATIVE.finditer(sentence):
        if match.group("offset"):
            day = reference + timedelta(days=DAY_OFFSETS[match.group("offset").lower()])
        else:
            prep = (match.group("prep") or "").lower()
            target = WEEKDAYS[match.group("weekday").lower()]
            behind = (reference.weekday() - target) % 7
            if prep == "last":
                day = reference - timedelta(days=behind or 7)
            elif prep == "next":
                day = reference + timedelta(days=(target - reference.weekday()) % 7 or 7)
            elif forward:
                day = reference + timedelta(days=(target - reference.weekday()) % 7)
            else:
                day = reference - timedelta(days=behind)
        found.append(DateMention(match.start(), match.end(), match.group(0), day, relative=True))
    return tuple(found)


def weekdays_named(text: str) -> tuple[int, ...]:
    """The weekdays a text names in past-tense news style ('said on Thursday'), Monday = 0."""
    return tuple(WEEKDAYS[m.group("weekday").lower()] for m in RELATIVE.finditer(text)
                 if m.group("weekday") and (m.group("prep") or "").lower() == "on")


# Dates too vague for a day ('last week', 'earlier this week'): their words are kept, no day.
VAGUE = re.compile(
    r"\b(?:(?:earlier|later) (?:this|in the|last) (?:week|month|year)|(?:last|this|next|past) "
    r"(?:week|month|year|weekend)|recently)\b", re.IGNORECASE)


def vague_dates(text: str) -> tuple[tuple[int, int, str], ...]:
    """Spans and words of time references too vague to stand for one day."""
    if not may_match(VAGUE, text):
        return ()
    return tuple((m.start(), m.end(), m.group(0)) for m in VAGUE.finditer(text))


NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b")


def numeric_dates(text: str) -> tuple[DateMention, ...]:
    """Dates printed in figures ('28/01/2026', '1.12.2025') where the order of day and month is certain.

    '03/04/2026' is the 3rd of April in Europe and the 4th of March in the US:
    such a date is left out rather than guessed.
    """
    found = []
    for match in NUMERIC.finditer(text):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            continue
        try:
            found.append(DateMention(match.start(), match.end(), match.group(0), date(year, month, day)))
        except ValueError:
            continue
    return tuple(found)
