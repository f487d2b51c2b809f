"""Which place a name several places share stands for in one article, from the words around it.

'New York' is a city and a state, 'Georgia' a US state and a country, 'Washington' the
capital and a state. An article tells which it means where it writes 'upstate New York',
'the governor of New York', 'the mayor of New York', 'New York, New Jersey and Connecticut'
(a list of states) or 'Georgia and Armenia' (a list of countries). Where every time it
prints the name alone the words around it say the same place, the article's mention is that
place, named in full ('New York State'); where one of them says nothing, or two disagree,
the article leaves it open and the name stays as printed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .actor_patterns import FUNCTION_WORDS, HOME_NATIONS, REGIONS
from .gazetteer import gazetteer
from .model import Mention
from .state_labels import CITY_NAMES, LAWMAKER_OF, STATE_NAMES, STATES

# The country of a name also a US state's, as a page names it beside the state.
COUNTRY_NAMES = {"Georgia": "Georgia (country)"}
# The readings a shared name may have, by name: the full name of each place it stands for.
READINGS = {name: {"state": state, **({"city": CITY_NAMES[name]} if name in CITY_NAMES else {}),
                   **({"country": COUNTRY_NAMES[name]} if name in COUNTRY_NAMES else {})}
            for name, state in STATE_NAMES.items()}
READING_REASON = "the words around the name tell which of the places of that name it is"

# Words before the name that make it the state: 'upstate New York', 'the governor of New York',
# 'Rep. Al Roe of New York', 'a Democrat from New York', 'the state of New York'.
STATE_BEFORE = re.compile(r"(?:\b[Uu]pstate|\b(?:[Gg]overnor|[Ll]egislature|[Ss]tate) of|\b(?:[Ss]enators?|"
                          r"[Cc]ongress(?:wo)?man|[Dd]elegation|Democrats?|Republicans?) (?:of|from)|"
                          r"\b" + LAWMAKER_OF + r") \Z")
# Words after it that make it the state: 'New York state', 'New York's legislature', 'the
# New York primary'. A party's people of the capital are 'Washington Republicans' as often as
# the state's: those words tell the state only of a name no capital has (PARTY_AFTER).
STATE_AFTER = re.compile(r"(?:'s|’s)? (?:state|[Gg]overnor|Gov\.|[Ll]egislature|[Pp]rimary|attorney general|"
                         r"electoral votes|congressional delegation)\b")
PARTY_AFTER = re.compile(r" (?:Democrats?|Republicans?|congress(?:wo)?man)\b")
CAPITALS = frozenset({"Washington"})
# 'the mayor of New York', 'New York's mayor', 'the New York subway': a state has none.
CITY_BEFORE = re.compile(r"\b[Mm]ayor of \Z")
CITY_AFTER = re.compile(r"(?:'s|’s)? (?:[Mm]ayor|subway|boroughs?)\b")
# 'the former Soviet republic of Georgia', 'the country of Georgia'.
COUNTRY_BEFORE = re.compile(r"\b(?:republic|country|nation) of \Z")
# Letters the words before the name may take up.
LOOK_BACK = 60
# Capitalised words after the name that are no part of it: 'the New York Mayor', 'a Georgia Republican'.
OFFICE_AFTER = re.compile(r" (?:Mayor|Governor|Gov\.|Legislature|Primary|Democrats?|Republicans?)\b")
# A capitalised word just before a name, or before 'of' and the name: the name goes on it.
NAME_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)\s(?:of\s(?:the\s)?)?\Z")

# A list of names: 'Lund, Harstad and Norvik', 'Lund and Norvik', 'Lund, Harstad, or Norvik'.
ITEM = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
SEPARATOR = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")
LIST = re.compile(ITEM + r"(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)" + ITEM + ")+")
# Other members of a list that tell a city from a state: one other state may be the
# neighbour's ('New Jersey and New York' often means the city and its suburbs); two may not.
MIN_LIST_OTHERS = {"city": 2, "state": 2, "country": 1}


def read_shared_place_names(units: list[tuple[int, str]], mentions: list[Mention]) -> list[Mention]:
    """The mentions, each place of a shared name ('New York') that the article tells every time
    it prints the name alone renamed for the place it tells ('New York State', the name kept
    as an alias) and joined with the article's mention of that place where there is one."""
    shared = [m for m in mentions if m.kind == "place" and m.name in READINGS]
    if not shared:
        return mentions
    texts = [text for _, text in units]
    result = list(mentions)
    for mention in shared:
        reading = article_reading(mention.name, texts)
        if reading is None:
            continue
        full = READINGS[mention.name][reading]
        at = result.index(mention)
        same = next((i for i, m in enumerate(result) if m.kind == "place" and m.name == full), None)
        if same is None:
            result[at] = replace(mention, name=full, aliases=tuple(dict.fromkeys((mention.name, *mention.aliases))),
                                 kind_reason=READING_REASON)
        else:
            kept = result[same]
            result[same] = replace(kept, aliases=tuple(dict.fromkeys((*kept.aliases, mention.name, *mention.aliases))),
                                   paragraphs=tuple(sorted(set(kept.paragraphs) | set(mention.paragraphs))))
            del result[at]
    return result


def article_reading(name: str, texts: list[str]) -> str | None:
    """The one reading ('state', 'city', 'country') every time an article prints a shared name
    alone tells, or None where one of them tells none or two tell different ones."""
    readings = set()
    for text in texts:
        if name not in text:
            continue
        for match in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if not alone(text, match.start(), match.end()):
                continue
            reading = occurrence_reading(name, text, match.start(), match.end())
            if reading is None:
                return None
            readings.add(reading)
    return readings.pop() if len(readings) == 1 else None


def alone(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end is printed alone, not as part of a longer name ('New York
    Times', 'University of New York', 'Eastern New York')."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper() and not OFFICE_AFTER.match(text, end):
        return False
    before = text[max(0, start - LOOK_BACK):start]
    capital = NAME_BEFORE.search(before)
    return (capital is None or capital.group(1).casefold() in FUNCTION_WORDS
            or bool(STATE_BEFORE.search(before) or COUNTRY_BEFORE.search(before)))


def occurrence_reading(name: str, text: str, start: int, end: int) -> str | None:
    """What the words around one printing of a shared name tell it is, or None."""
    readings = READINGS[name]
    before, after = text[max(0, start - LOOK_BACK):start], text[end:end + LOOK_BACK]
    told = set()
    if STATE_BEFORE.search(before) or STATE_AFTER.match(after) or (
            name not in CAPITALS and PARTY_AFTER.match(after)):
        told.add("state")
    if "city" in readings and (CITY_BEFORE.search(before) or CITY_AFTER.match(after)):
        told.add("city")
    if "country" in readings and COUNTRY_BEFORE.search(before):
        told.add("country")
    told.add(list_reading(name, text, start, end, readings) or "")
    told.discard("")
    return told.pop() if len(told) == 1 else None


def list_reading(name: str, text: str, start: int, end: int, readings: dict[str, str]) -> str | None:
    """The reading a list the name is one of tells: the kind of place every other member is
    ('New York, New Jersey and Connecticut' are states), where enough others are printed."""
    for match in LIST.finditer(text):
        if match.start() > start:
            break
        if match.end() < end:
            continue
        items = SEPARATOR.split(match.group())
        if name not in items:
            return None
        kinds = {place_kind(item) for item in items if item != name}
        kind = kinds.pop() if len(kinds) == 1 else None
        if kind in readings and len(items) - 1 >= MIN_LIST_OTHERS[kind]:
            return kind
        return None
    return None


@functools.lru_cache(maxsize=4096)
def place_kind(name: str) -> str:
    """'state' for a US state's name no other place has, 'country', 'city' for another town
    the gazetteer knows, or '' (a region, a nation of Britain, a name several places share,
    a name that is no place)."""
    if name in READINGS or name in REGIONS or name in HOME_NATIONS:
        return ""
    if name in STATES:
        return "state"
    place = gazetteer().place(name)
    if place is None:
        return ""
    return "country" if place.country else "city"
