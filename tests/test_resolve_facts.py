"""Facts across articles: one statement, every article that carries it."""

from __future__ import annotations

from datetime import date

from dossier.model import Article, Extraction, Fact
from dossier.resolve import merge_facts

SOURCES = {"a.txt": "first", "b.txt": "second", "c.txt": "third"}
ACTORS = {("a.txt", "Ana Petrova"): "ana-petrova", ("b.txt", "Petrova"): "ana-petrova"}


def extraction(source: str, *facts: Fact) -> Extraction:
    return Extraction(Article(SOURCES[source], source, "Headline"), (), facts)


def fact(source: str, paragraph: int, text: str, kind: str = "quote", **kwargs) -> Fact:
    return Fact(f"{source}-{paragraph}", source, paragraph, kind, text, **kwargs)


def test_same_statement_in_two_articles_is_one_fact_with_both_places():
    merged = merge_facts((
        extraction("a.txt", fact("a.txt", 3, "The grid is stable again.", speakers=("Ana Petrova",))),
        extraction("b.txt", fact("b.txt", 5, "The grid is  stable again", speakers=("Petrova",),
                                 date=date(2031, 3, 13))),
    ), SOURCES, ACTORS)
    assert len(merged) == 1
    assert (merged[0].article, merged[0].paragraph, merged[0].also_in) == ("first", 3, (("second", 5),))
    assert merged[0].speakers == ("ana-petrova",)
    assert merged[0].date == date(2031, 3, 13)


def test_different_statements_and_kinds_stay_apart():
    merged = merge_facts((
        extraction("a.txt", fact("a.txt", 1, "The grid is stable again."),
                   fact("a.txt", 2, "The grid is stable again.", kind="claim")),
        extraction("c.txt", fact("c.txt", 1, "The grid failed again.")),
    ), SOURCES, ACTORS)
    assert [(f.article, f.kind, f.also_in) for f in merged] == [
        ("first", "quote", ()), ("first", "claim", ()), ("third", "quote", ())]


def test_speaker_names_become_actor_ids_and_unknown_names_are_dropped():
    merged = merge_facts((extraction("a.txt", fact("a.txt", 1, "Words.", speakers=("Ana Petrova", "Nobody"))),),
                         SOURCES, ACTORS)
    assert merged[0].speakers == ("ana-petrova",)


def test_short_or_differently_attributed_facts_stay_apart():
    merged = merge_facts((
        extraction("a.txt", fact("a.txt", 1, "15 percent", kind="statistic"),
                   fact("a.txt", 2, "We will win this race.", speakers=("Ana Petrova",))),
        extraction("b.txt", fact("b.txt", 1, "15 percent", kind="statistic"),
                   fact("b.txt", 2, "We will win this race.", speakers=("Nobody",)),
                   fact("b.txt", 3, "We will win this race.", speakers=("Petrova",))),
    ), SOURCES, ACTORS)
    assert [(f.article, f.paragraph, f.also_in) for f in merged] == [
        ("first", 1, ()), ("first", 2, (("second", 2), ("second", 3))), ("second", 1, ())]


def test_quote_given_in_part_folds_into_the_fuller_quote():
    full = "We will rebuild the harbour, every pier of it, before the summer season starts."
    part = "We will rebuild the harbour, every pier of it"
    merged = merge_facts((
        extraction("a.txt", fact("a.txt", 2, part, speakers=("Ana Petrova",))),
        extraction("b.txt", fact("b.txt", 4, full, speakers=("Petrova",))),
        extraction("c.txt", fact("c.txt", 1, "every pier of it, before the summer", speakers=("Ana Petrova",))),
    ), SOURCES, ACTORS)
    assert [(f.article, f.paragraph, f.text, f.also_in) for f in merged] == [
        ("second", 4, full, (("first", 2),)), ("third", 1, "every pier of it, before the summer", ())]
