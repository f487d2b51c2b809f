"""Finding a name as whole words reads as the regular expressions it stands in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.words import in_text, word_spans


@settings(max_examples=2000)
@given(st.text(alphabet="aM_é1. ", max_size=4), st.text(alphabet="aM_é1.,- ", max_size=40))
def test_in_text_reads_as_the_pattern_does(form, text):
    assert in_text(form, text) == (re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None)


@settings(max_examples=2000)
@given(st.lists(st.text(alphabet="aM_é1. ", min_size=1, max_size=4), min_size=1, max_size=3),
       st.text(alphabet="aM_é1.,- ", max_size=40))
def test_word_spans_read_as_the_pattern_does(forms, text):
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
    assert word_spans(text, tuple(forms)) == [m.span() for m in pattern.finditer(text)]
