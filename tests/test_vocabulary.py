"""One vocabulary for both stages: every word it lists is read alike by actor finding and fact finding."""

from __future__ import annotations

import pytest

from dossier import vocabulary
from dossier.actors import find_actors
from dossier.facts import find_facts
from dossier.model import Article, Paragraph


def article(*paragraphs: str) -> Article:
    return Article(id="a", source="a.txt", headline="Harbour news",
                   paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))


def speakers_in_both_stages(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Who actor finding names in a text (places aside: they do not speak), and the speakers of
    the claims fact finding reads in it."""
    source = article("The harbour opened again in the spring after a long dispute.", text)
    mentions = find_actors(source)
    named = tuple(m.name for m in mentions if m.kind != "place")
    return named, tuple(f.speakers for f in find_facts(source, mentions) if f.kind == "claim")


FORMS_AFTER_A_SUBJECT = sorted({form for table in (vocabulary.SPEECH_VERBS, vocabulary.THAT_VERBS)
                                for verb in table for form in verb[1:3]})


@pytest.mark.parametrize("form", FORMS_AFTER_A_SUBJECT)
def test_every_verb_of_speech_attributes_in_both_stages(form):
    named, speakers = speakers_in_both_stages(f"Lund {form} that the port was closed.")
    assert named == ("Lund",)
    assert speakers == (("Lund",),)
