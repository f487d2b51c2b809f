"""Who a pronoun stands for, and the gender a person's honorifics and roles state."""

from __future__ import annotations

import pytest

from dossier.actors import find_actors
from dossier.coreference import resolve_pronoun, stated_genders_of
from dossier.model import Article, Paragraph


def article(*paragraphs: str) -> Article:
    return Article(id="a", source="a.txt", headline="A headline",
                   paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))


PRONOUNS = article(
    "Foreign Minister Elena Petrova met the delegation in Vienna.",
    "She said the talks would continue.",
    "Ms Petrova and Ivan Sokolov left together. He said nothing.",
)


@pytest.mark.parametrize("paragraph, word, expected", [
    (2, "She", "Elena Petrova"),
    (3, "He", "Ivan Sokolov"),      # Ms Petrova is not a 'he'
])
def test_resolve_pronoun(paragraph, word, expected):
    mentions = find_actors(PRONOUNS)
    text = PRONOUNS.paragraphs[paragraph - 1].text
    found = resolve_pronoun(PRONOUNS, mentions, paragraph, text.index(word))
    assert found is not None and found.name == expected


def test_pronoun_looks_past_a_paragraph_that_names_nobody():
    doc = article("The court heard from Judge Nora Quist.", "Rain fell on the city.", "She ruled at noon.")
    assert resolve_pronoun(doc, find_actors(doc), 3, 0).name == "Nora Quist"


def test_pronoun_left_unresolved_when_two_people_fit():
    doc = article("Anna Berg met Lena Holm in Oslo.", "She said it went well.")
    assert resolve_pronoun(doc, find_actors(doc), 2, 0) is None


@pytest.mark.parametrize("honorifics, roles, genders", [
    (("male",), (), {"male"}),
    (("",), (), set()),                                   # 'Dr.' states none
    ((), ("press spokeswoman",), {"female"}),
    (("male",), ("Chairwoman",), {"male", "female"}),     # the text contradicts itself
    ((), ("Harbour Master",), set()),
])
def test_stated_genders(honorifics, roles, genders):
    assert stated_genders_of(honorifics, roles) == genders
