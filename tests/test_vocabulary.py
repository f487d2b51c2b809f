"""One vocabulary for both stages: every word it lists is read alike by actor finding and fact finding."""

from __future__ import annotations

import importlib

import pytest

from dossier import actor_patterns, actors, coreference, fact_patterns, facts, vocabulary
from dossier.model import Article, Paragraph


def article(*paragraphs: str) -> Article:
    return Article(id="a", source="a.txt", headline="Harbour news",
                   paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))


def speakers_in_both_stages(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Who actor finding names in a text (places aside: they do not speak), and the speakers of
    the claims fact finding reads in it."""
    source = article("The harbour opened again in the spring after a long dispute.", text)
    mentions = actors.find_actors(source)
    named = tuple(m.name for m in mentions if m.kind != "place")
    return named, tuple(f.speakers for f in facts.find_facts(source, mentions) if f.kind == "claim")


FORMS_AFTER_A_SUBJECT = sorted({form for table in (vocabulary.SPEECH_VERBS, vocabulary.THAT_VERBS)
                                for verb in table for form in verb[1:3]})


@pytest.mark.parametrize("form", FORMS_AFTER_A_SUBJECT)
def test_every_verb_of_speech_attributes_in_both_stages(form):
    named, speakers = speakers_in_both_stages(f"Lund {form} that the port was closed.")
    assert named == ("Lund",)
    assert speakers == (("Lund",),)


@pytest.fixture
def vocabulary_with(monkeypatch):
    """Change the vocabulary as a one-line edit would, and build both stages' patterns again."""
    def rebuild():
        for module in (fact_patterns, actor_patterns, coreference, actors, facts):
            importlib.reload(module)

    def change(**tables):
        for name, value in tables.items():
            monkeypatch.setattr(vocabulary, name, value)
        rebuild()

    yield change
    monkeypatch.undo()
    rebuild()


def roles_and_speakers(*paragraphs: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, ...]]]:
    """The actors both stages see in an article, with their roles, and the speakers of its claims."""
    source = article(*paragraphs)
    mentions = actors.find_actors(source)
    return ([(m.name, m.roles) for m in mentions if m.kind != "place"],
            [f.speakers for f in facts.find_facts(source, mentions) if f.kind == "claim"])


@pytest.mark.parametrize("change, paragraphs, expected", [
    ({"SPEECH_VERBS": vocabulary.SPEECH_VERBS + (vocabulary.forms("harrumph", "harrumphs", "harrumphed", "harrumphing"),)},
     ("Lund harrumphed that the port was closed.",),
     ([("Lund", ())], [("Lund",)])),
    ({"TITLES": {**vocabulary.TITLES, "Cllr": ("councillor",)}},
     ("Cllr. Jane Roe visited the harbour on Monday.", "The councillor said that the port was closed."),
     ([("Jane Roe", ("Cllr.",))], [("Jane Roe",)])),
    ({"ROLE_HEADS": vocabulary.ROLE_HEADS | {"harbourmaster"}},
     ("Harbourmaster Jane Roe visited the docks on Monday.", "The harbourmaster said that the port was closed."),
     ([("Jane Roe", ("Harbourmaster",))], [("Jane Roe",)])),
])
def test_a_word_added_to_the_vocabulary_works_in_both_stages(vocabulary_with, change, paragraphs, expected):
    assert roles_and_speakers(*paragraphs) != expected
    vocabulary_with(**change)
    assert roles_and_speakers(*paragraphs) == expected
