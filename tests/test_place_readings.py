"""A name several places share ('New York', 'Georgia') read, article by article, as the place
the words around it tell, and left as printed where they tell none."""

from __future__ import annotations

import pytest

from dossier.actors import find_actors
from dossier.model import Article, Paragraph


def places(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", source="a.txt", headline="A headline",
                      paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return {m.name: m.aliases for m in find_actors(article) if m.kind == "place"}


@pytest.mark.parametrize("paragraphs, name", [
    # Words before or after the name that only a state has, or only a city...
    (("She kept a dairy farm in upstate New York for a decade.",), "New York State"),
    (("Al Roe, the governor of New York, signed the budget.",), "New York State"),
    (("The budget passed New York's legislature on Friday.",), "New York State"),
    (("Rep. Tom Lindqvist of New York voted against the bill.",), "New York State"),
    (("Al Roe, the former mayor of New York, spoke first.",), "New York City"),
    (("Al Roe, a former New York Mayor, spoke first.",), "New York City"),
    # ... a list of the places of one kind ...
    (("Tickets sold out in Boston, Chicago and New York within hours.",), "New York City"),
    (("Voters in Connecticut, New Jersey and New York go to the polls today.",), "New York State"),
    (("Farmers in Georgia, Alabama and Tennessee lost their crops to the frost.",), "Georgia (U.S. state)"),
    (("The army had marched into Georgia and Armenia in turn.",), "Georgia (country)"),
    # ... every time the article prints the name alone.
    (("She kept a dairy farm in upstate New York.", "The governor of New York visited it."), "New York State"),
])
def test_a_shared_place_name_is_the_place_its_words_tell(paragraphs, name):
    found = places(*paragraphs)
    printed = "Georgia" if name.startswith("Georgia") else "New York"
    assert printed not in found
    assert printed in found[name] or name == "New York City"


@pytest.mark.parametrize("paragraphs, name", [
    # A printing of the name the words around it leave open leaves the article open...
    (("A water main burst in New York on Saturday.", "The governor of New York spoke after."), "New York"),
    # ... and so do two printings that tell different places ...
    (("The mayor of New York met the governor of New York.",), "New York"),
    # ... and a list with one other state, which may be the city's neighbour.
    (("Trains ran late in New York and New Jersey on Monday.",), "New York"),
    # A list of places of two kinds tells none.
    (("The tour played Boston, New York and New Jersey in May.",), "New York"),
])
def test_a_shared_place_name_the_words_leave_open_stays_as_printed(paragraphs, name):
    assert name in places(*paragraphs)
