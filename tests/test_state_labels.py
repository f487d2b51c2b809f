"""US states printed short, in a party label or after a town."""

from __future__ import annotations

import pytest

from dossier.model import Mention
from dossier.state_labels import STATE_REASON, find_state_labels


@pytest.mark.parametrize("text, states", [
    ("Sen. Jo Lund (D-Ore.) said the bill would fail.", {"Oregon": ("Ore.",)}),
    ("Rep. Al Roe, R-Texas, voted against it.", {"Texas": ()}),
    ("Rep. Al Roe (R-OR) voted against it.", {"Oregon": ("OR",)}),
    ("Sen. Bo Hale (I-Vt.) spoke first.", {"Vermont": ("Vt.",)}),
    ("A farmer in Salem, Ore., said the rain came late.", {"Oregon": ("Ore.",)}),
    ("Her brother stayed in Eau Claire, Wis.", {"Wisconsin": ("Wis.",)}),
    # A label names the state, not the city or the country of the same name.
    ("Rep. Al Roe (D-N.Y.) voted for it.", {"New York State": ("N.Y.",)}),
    ("Rep. Al Roe (R-Ga.) voted for it.", {"Georgia (U.S. state)": ("Ga.",)}),
    # A label that gives the state alone, a party member of a state, a state's lawmaker.
    ("Sen. Bo Hale (Vt.) spoke first.", {"Vermont": ("Vt.",)}),
    ("Rep. Al Roe (Tex.) spoke last.", {"Texas": ("Tex.",)}),
    ("Bo Hale, a Democrat of Oregon, spoke first.", {"Oregon": ()}),
    ("Al Roe, a Republican congressman from Georgia, voted for it.", {"Georgia (U.S. state)": ()}),
    ("The Utah Republican asked for an inquiry.", {"Utah": ()}),
    ("Ohio Gov. Al Roe signed it.", {"Ohio": ()}),
    # The state's name, not the city's: no form of the state alone.
    ("Al Roe, a Democrat of New York, voted for it.", {"New York State": ()}),
    ("Al Roe, the governor of Oregon, spoke.", {"Oregon": ()}),
    ("She bought land in upstate New York.", {"New York State": ()}),
    ("New York state is short of teachers.", {"New York State": ()}),
    ("Washington state grows apples.", {"Washington State": ()}),
    ("Rep. Al Roe of Oregon voted for it.", {"Oregon": ()}),
    ("SALEM, Ore. - The rain came late.", {"Oregon": ("Ore.",)}),
    ("A farmer in Salem, Ore. And the rain came late.", {"Oregon": ("Ore.",)}),
    # A city of the name is no state.
    ("A water main burst in New York on Saturday.", {}),
    # A state has no mayor: the city of the name.
    ("Al Roe, the mayor of New York, spoke.", {"New York City": ()}),
    ("Former New York Mayor Al Roe spoke.", {"New York City": ()}),
    ("Al Roe, the mayor of New York City, spoke.", {}),
    # The governor of a state named like a city is the state's, but the article's other
    # 'Washington' may be the capital: those other words say which.
    ("Al Roe, the governor of Washington, met the president in Washington.", {}),
    # Washington's Republicans are as often the party's people in the capital.
    ("Washington Republicans balked at the plan.", {}),
    # No label, no town before the abbreviation: nothing.
    ("Miss. Lund was not there.", {}),
    ("The vote was 52-48, D-Day came after.", {}),
    ("Roe, Pa. Lund and Bo Hale signed.", {}),
])
def test_a_state_printed_short_is_a_place(text, states):
    found = find_state_labels([(1, text)], [])
    assert {m.name: m.aliases for m in found} == states
    assert all(m.kind == "place" and m.paragraphs == (1,) for m in found)


def test_a_state_the_article_names_takes_the_short_form():
    named = Mention("Oregon", "place", paragraphs=(3,))
    found = find_state_labels([(1, "Sen. Jo Lund (D-Ore.) spoke.")], [named])
    assert found == [Mention("Oregon", "place", aliases=("Ore.",), paragraphs=(1, 3))]


def test_a_state_short_form_read_without_its_full_stop_is_the_state():
    # 'Ore' read as a name of its own from 'Salem, Ore.' is no place of its own.
    short = Mention("Ore", "place", paragraphs=(2,))
    found = find_state_labels([(2, "A farmer in Salem, Ore., said the rain came late.")], [short])
    assert found == [Mention("Oregon", "place", aliases=("Ore.",), paragraphs=(2,),
                             kind_reason=STATE_REASON)]
