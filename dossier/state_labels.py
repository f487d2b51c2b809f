"""US states as news prints them short, beside a lawmaker and after a town, and as the words
around a name say it is the state.

'Sen. Jo Lund (D-Ore.)', 'Rep. Al Roe, R-Texas,' and 'a farmer in Salem, Ore.' each name a
state, though its name is not written out: the label and the town before it say which. So do
'Sen. Jo Lund (Ore.)', 'Jo Lund, a Democrat of Oregon', 'the Oregon Republican', 'Oregon Sen.
Jo Lund', 'Oregon state' and 'the governor of Oregon', where the name is printed in full. A
mayor's 'New York' is the city of the name, which a state has none of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention

# The abbreviations of the AP stylebook, which US papers print after a town and in party
# labels, and the postal codes some print in labels instead ('R-OR').
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "W. Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}
STATES = frozenset(POSTAL_CODES.values())
# States whose name is also a city's, the capital's or a country's: a label names the state,
# which a page must not take for the city or the country.
STATE_NAMES = {"New York": "New York State", "Washington": "Washington State", "Georgia": "Georgia (U.S. state)"}

_ABBREVIATION = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
_STATE = "|".join(sorted(STATES, key=len, reverse=True))
# '(D-Ore.)', ', R-Texas,', '(R-OR)': a party's letter, a hyphen, the state, then the label ends.
PARTY_LABEL = re.compile(r"(?:\(|,\s)(?:R|D|I|Ind)\.?-(?P<state>" + _ABBREVIATION + "|" + _STATE
                         + r"|[A-Z]{2})(?=\)|,|;)")
# 'in Salem, Ore.': a capitalised town, a comma, the abbreviation, then no more of a name; read
# at the abbreviation, and then the town before it (TOWN_BEFORE).
# A dateline prints the town in capitals ('SALEM, Ore. -'). A capitalised word after the
# abbreviation goes on a name ('Roe, Pa. Lund'), unless it is a grammar word that opens the
# next sentence ('in Salem, Ore. And then').
SENTENCE_OPENERS = "And|But|The|A|An|It|He|She|They|We|I|In|On|At|This|That|His|Her|Its|Their|There"
AFTER_TOWN = re.compile(r",\s(?P<state>" + _ABBREVIATION + r")(?![\w.-]|\s(?!(?:" + SENTENCE_OPENERS
                        + r")\b)[A-Z][a-z])")
TOWN_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})\Z")
# 'Sen. Jo Lund (Ore.)': a lawmaker's label that gives the state alone, abbreviated.
STATE_ALONE = re.compile(r"\((?P<state>" + _ABBREVIATION + r")\)")
# 'Jo Lund, a Democrat of Oregon', 'a Republican congressman from Oregon': a party member of a state.
PARTY_OF = re.compile(r"\b(?:Democrat|Democratic|Republican) (?:(?:congress|assembly)(?:man|woman) |"
                      r"lawmaker |senator |governor )?(?:of|from) (?P<state>" + _STATE + r")\b")
# 'the Oregon Republican', 'Oregon Sen. Jo Lund': the state a lawmaker or a party member stands
# for, read where the party's or the office's word is and then before it (STATE_ENDS). Not
# 'Washington Republicans', who are the party's people in the capital as often.
STATE_BEFORE = re.compile(r" (?:(?:Republican|Democrat|Senator|Governor|Congressman|Congresswoman)\b|(?:Sen|Rep|Gov)\.)")
STATE_ENDS = re.compile(r"\b(?P<state>" + "|".join(s for s in sorted(STATES, key=len, reverse=True) if s != "Washington")
                        + r")\Z")
# 'Oregon state', 'upstate Oregon': the state printed as the state, where its name is also a
# city's ('New York state'); the name before ' state' is read as STATE_BEFORE's is.
STATE_PRINTED = re.compile(r" state\b|[Uu]pstate (?P<up>" + _STATE + r")\b")
ANY_STATE_ENDS = re.compile(r"\b(?P<state>" + _STATE + r")\Z")
# 'the governor of Oregon', 'Rep. Al Roe of Oregon': a state's office or lawmaker. 'The governor
# of Washington' is the state's, but the article's other 'Washington' may be the capital: a
# name also a city's is left to those other words. The lawmaker's words ('Rep. Al Roe of') are
# shared with the reading of a name several places share.
LAWMAKER_OF = r"(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor)(?: [A-Z][\w.'’-]*){1,4} (?:of|from)"
STATE_OF = re.compile(r"\b(?:(?:[Gg]overnor|[Ll]egislature|[Ss]enators?|[Cc]ongress(?:wo)?man) (?:of|from) (?P<of>"
                      + _STATE + r")\b|" + LAWMAKER_OF + r" (?P<member>" + _STATE + r")\b)")


def state_name(written: str) -> str:
    """The state an abbreviation, postal code or name printed in a label stands for, or ''."""
    state = STATE_ABBREVIATIONS.get(written) or POSTAL_CODES.get(written) or (written if written in STATES else "")
    return STATE_NAMES.get(state, state)

# A state's name that is also a city's, by what the city is called apart from it.
CITY_NAMES = {"New York": "New York City"}
# 'the New York mayor', 'the mayor of New York': a state has no mayor, so the name is the city's.
MAYOR = re.compile(r"\b(?:(?P<city>" + "|".join(CITY_NAMES) + r") [Mm]ayor\b|[Mm]ayor of (?P<of>"
                   + "|".join(CITY_NAMES) + r")\b(?! City))")


# Each pattern with the words a line must hold one of for it to match.
PATTERNS = (
    (PARTY_LABEL, ("-",)), (AFTER_TOWN, (".",)), (STATE_ALONE, (".)",)),
    (PARTY_OF, ("Democrat", "Republican")),
    (STATE_BEFORE, (" Republican", " Democrat", " Senator", " Governor", " Congress", " Sen.", " Rep.", " Gov.")),
    (STATE_PRINTED, (" state", "pstate ")),
    (STATE_OF, ("overnor ", "egislature ", "enator", "ongress", "Sen. ", "Rep. ", "Gov. ", "Representative ")),
)
# Before these patterns' match, what must come for it to name a state: a town, a state's name.
BEFORE = {AFTER_TOWN: TOWN_BEFORE, STATE_BEFORE: STATE_ENDS, STATE_PRINTED: ANY_STATE_ENDS}
# Letters a town's or a state's name before a match may take up.
LOOK_BACK = 40


def states_written(text: str):
    """(pattern, the state as written) for each state a line's words name."""
    for pattern, anchors in PATTERNS:
        # Most lines hold none of a pattern's words: a plain look spares them the pattern.
        if not any(anchor in text for anchor in anchors):
            continue
        before = BEFORE.get(pattern)
        for match in pattern.finditer(text):
            written = next((group for group in match.groups() if group), None)
            if before is not None and (written is None or before is TOWN_BEFORE):
                # The pattern matched what follows a town or a state ('Sen.', 'state'): that
                # name must end just before it, and is looked for there alone.
                ending = before.search(text, max(0, match.start() - LOOK_BACK), match.start())
                if ending is None:
                    continue
                written = written or ending.group("state")
            yield pattern, written


STATE_REASON = "a lawmaker's label, a town or the words around it name the state"
CITY_REASON = "a mayor of a name that is also a state's names the city"


def find_state_labels(units: list[tuple[int, str]], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each state a party label, a town or the words around it name: the state
    an article already names takes the printed form as an alias; another is a new place."""
    found: dict[str, tuple[set[str], set[int]]] = {}
    for number, text in units:
        for pattern, written in states_written(text):
            state = state_name(written)
            if state and not (pattern is STATE_OF and written in STATE_NAMES):
                forms, paragraphs = found.setdefault(state, (set(), set()))
                # 'New York' in full is no form of the state alone: it names the city too.
                if written not in STATE_NAMES:
                    forms.add(written)
                paragraphs.add(number)
        for match in MAYOR.finditer(text) if "ayor" in text else ():
            found.setdefault(CITY_NAMES[next(group for group in match.groups() if group)], (set(), set()))[1].add(number)
    if not found:
        return mentions
    # 'Ore' read as a name of its own from 'Salem, Ore.' is the state's short form, without its full stop.
    short = {form.removesuffix("."): state for state, (forms, _) in found.items() for form in forms if form.endswith(".")}
    result = []
    for mention in mentions:
        if mention.kind == "place" and mention.name in short:
            found[short[mention.name]][1].update(mention.paragraphs)
            continue
        result.append(mention)
    mentions, result = result, []
    for mention in mentions:
        if mention.kind == "place" and mention.name in found:
            forms, paragraphs = found.pop(mention.name)
            mention = replace(mention, aliases=tuple(dict.fromkeys((*mention.aliases, *sorted(forms - {mention.name})))),
                              paragraphs=tuple(sorted(set(mention.paragraphs) | paragraphs)))
        result.append(mention)
    return result + [Mention(state, "place", tuple(sorted(forms - {state})), paragraphs=tuple(sorted(paragraphs)),
                             kind_reason=CITY_REASON if state in CITY_NAMES.values() else STATE_REASON)
                     for state, (forms, paragraphs) in found.items()]
