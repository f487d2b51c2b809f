"""Extraction of many documents: results in order, and the process left as it was found."""

from __future__ import annotations

import gc

import pytest

from dossier.model import Document, Extraction
from dossier.pipeline import extract_many

STORY = "Bridge in Lund to reopen in May\n\n" + "\n\n".join([
    "Anna Berg, the mayor of Lund, said on Monday that the old bridge over the river would reopen "
    "to traffic in May, after two years of repairs that cost the town far more than it had planned.",
    "\"We have waited long enough, and so have the people who cross it every day,\" she told "
    "reporters at the town hall, where the council had met to approve the last of the work.",
    "The bridge was closed in the spring of last year, when engineers found cracks in two of its "
    "piers and warned that heavy lorries could no longer use it safely.",
]) + "\n"


@pytest.mark.parametrize("enabled", [True, False])
def test_cycle_collector_left_as_it_was(enabled):
    documents = (Document("a.txt", STORY, "text", "0"), Document("b.txt", "", "text", "1"))
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        results = extract_many(documents, workers=1)
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert isinstance(results[0], Extraction) and isinstance(results[1], str)
