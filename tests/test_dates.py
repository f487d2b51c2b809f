"""Printed dates, weekdays against the article's date, and dates too vague for a day."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import absolute_dates, relative_dates, vague_dates

THURSDAY = date(2031, 3, 13)


@pytest.mark.parametrize("text, day", [
    ("Workers near the plant, 11 March, 2031", date(2031, 3, 11)),
    ("on March 11, 2031, the plant", date(2031, 3, 11)),
    ("filed 2031-03-11 in court", date(2031, 3, 11)),
    ("on 31 February, 2031 nothing", None),
])
def test_absolute_dates(text, day):
    assert [m.date for m in absolute_dates(text)] == ([day] if day else [])


@pytest.mark.parametrize("sentence, day", [
    ("The minister said on Thursday that the lines held.", date(2031, 3, 13)),
    ("The minister said on Monday that the lines held.", date(2031, 3, 10)),
    ("Talks are set to resume on Sunday.", date(2031, 3, 16)),
    ("The vote was held last Thursday.", date(2031, 3, 6)),
    ("The vote will be held next Monday.", date(2031, 3, 17)),
    ("The port reopened yesterday.", date(2031, 3, 12)),
])
def test_relative_dates(sentence, day):
    assert [m.date for m in relative_dates(sentence, THURSDAY)] == [day]


@pytest.mark.parametrize("sentence, words", [
    ("The minister said last week that the lines held.", ["last week"]),
    ("Strikes earlier this week cut the power.", ["earlier this week"]),
    ("Storms earlier in the week cut the power.", ["earlier in the week"]),
    ("The minister said on Thursday that the lines held.", []),
])
def test_vague_dates_keep_words_without_a_day(sentence, words):
    assert [w for _, _, w in vague_dates(sentence)] == words
