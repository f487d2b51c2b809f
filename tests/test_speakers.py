"""Which actor a found attribution goes to: speaker rules on small articles of our own."""

from __future__ import annotations

import pytest

from dossier.facts import find_facts
from dossier.model import Article, Mention, Paragraph

MENTIONS = (
    Mention("Ana Petrova", "person", aliases=("Petrova",), roles=("Energy Minister",), paragraphs=(1, 2, 3)),
    Mention("Tomas Berg", "person", aliases=("Berg",), roles=("harbour master",), paragraphs=(1, 2, 3)),
    Mention("Lisbon", "place", paragraphs=(1,)),
)


def speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    """The speakers of every quote and claim of an article of these paragraphs, in order."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [fact.speakers for fact in find_facts(article, MENTIONS) if fact.kind in ("quote", "claim")]


@pytest.mark.parametrize("paragraphs, expected", [
    # A name no actor holds, given in full as a speaker, is the one its surname names after.
    (('"The ferries are late again," Lin Gao said.', '"We wait every single morning," Gao said.'),
     [("Lin Gao",), ("Lin Gao",)]),
    (('"The ferries are late again," Lin Gao said.', '"We wait every single morning," Ms. Gao said.'),
     [("Lin Gao",), ("Lin Gao",)]),
    # A surname that is also a people's word ('Cuban') is a name once the full name spoke.
    (('"The ferries are late again," Mark Cuban said.', '"We wait every single morning," Cuban said.'),
     [("Mark Cuban",), ("Mark Cuban",)]),
    # Two such speakers share the surname: the text does not say which one speaks.
    (('"The ferries are late again," Lin Gao said.', '"The port is shut," Wei Gao said.',
      '"We wait every single morning," Gao said.'),
     [("Lin Gao",), ("Wei Gao",), ()]),
])
def test_a_surname_names_the_unlisted_speaker_given_in_full_before(paragraphs, expected):
    assert speakers(*paragraphs) == expected

