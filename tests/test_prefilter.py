"""The words a pattern needs: a line without them is never a match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.dates import VAGUE
from dossier.fact_patterns import HEDGES
from dossier.page import FURNITURE_ANYWHERE
from dossier.patterns import INLINE_CREDIT
from dossier.prefilter import CASELESS_ASCII, may_match, words_needed


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\bsubscribe to (?:our|the)\b|\bunsubscribe\b", re.I, ("subscribe to ", "unsubscribe")),
    (r"\b(?:we use|this site uses) cookies\b", re.I, (" cookies",)),
    (r"^(?:Min|minute)s? READ$", re.I, (" read",)),
    (r"(?:no|not) (?:spam|junk)(?:mail)+", re.I, ("junk", "spam")),
    (r"\bactivation link\b|^\d+ of \d+$", re.I, (" of ", "activation link")),
    (r"\bactivation link\b|^\d+$", re.I, None),             # the second needs no word
    (r"caf\u00e9 au lait", re.I, None),                      # other letters may match 'é'; left alone
    (r"\((?:AP|Reuters) Photo\)$|\u00a9 \w+$", 0, (" Photo)", "\u00a9 ")),      # case kept
    (r"Photo: (?i:credit)", 0, ("Photo: ",)),                # words in '(?i:...)' may be any case
])
def test_words_a_pattern_needs(pattern, flags, words):
    assert words_needed(re.compile(pattern, flags)) == words


@pytest.mark.parametrize("text, found", [
    ("Sign up for our free newsletter today", True),
    ("SUBSCRIBE TO OUR UPDATES", True),
    ("ſubscribe to our updates", True),                     # a long s is an s to a case-blind pattern
    ("“We use cookies” — the notice", True),
    ("The senator said on Tuesday that the vote would wait.", False),
    ("“Ça suffit,” the minister said — and left.", False),
])
def test_furniture_sifting(text, found):
    assert may_match(FURNITURE_ANYWHERE, text) == found
    assert bool(FURNITURE_ANYWHERE.search(text)) == found


LETTERS = st.sampled_from(list("abcksiSK ,.—’") + list(CASELESS_ASCII) + ["newsletter", "subscribe", "cookies",
                                                                         "we use", "email", "sign up "])


@given(st.lists(LETTERS, max_size=30).map("".join))
def test_sifting_never_hides_a_match(text):
    assert may_match(FURNITURE_ANYWHERE, text) or not FURNITURE_ANYWHERE.search(text)


CREDIT_WORDS = st.sampled_from(list("aA.!/ ()©:") + ["AP", "ap", "Photo", "photo", "by ", "Reuters", "Getty Images",
                                                    "Jane Doe"])


@given(st.lists(CREDIT_WORDS, max_size=20).map("".join))
def test_sifting_a_pattern_that_minds_case_never_hides_a_match(text):
    assert may_match(INLINE_CREDIT, text) or not INLINE_CREDIT.search(text)


def test_every_letter_a_caseless_pattern_reads_as_ascii_is_mapped():
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))} == set(CASELESS_ASCII)


HEDGE_WORDS = st.sampled_from(list("aA .,") + ["allegedly", "Reportedly", "could not be ", "verified", "may ",
                                            "might", "not", "independently ", "likely", "believed to"])


@given(st.lists(HEDGE_WORDS, max_size=12).map("".join))
def test_sifting_hedges_never_hides_one(text):
    assert may_match(HEDGES, text) or not HEDGES.search(text)


VAGUE_WORDS = st.sampled_from(list("aA .,") + ["earlier", "Later", "this ", "THIS", "last", "next", "week",
                                            "year", "in the ", "Recently", "\u0131"])


@given(st.lists(VAGUE_WORDS, max_size=12).map("".join))
def test_sifting_vague_dates_never_hides_one(text):
    assert may_match(VAGUE, text) or not VAGUE.search(text)
