"""A body printed without what it belongs to ('the General Assembly'), named for the one owner
its article gives.

Several institutions have a General Assembly: the United Nations, and the legislature of
many a US state. News prints the body's name alone where the story has made the owner
plain: an article about the United Nations, or one datelined in Virginia. Where the article
gives exactly one such owner the body is named in full ('United Nations General Assembly',
'Virginia General Assembly'); where it gives none or two it stays as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention
from .state_labels import STATE_ABBREVIATIONS, STATES

# Bodies named alike in several institutions, with the owners each may have: an
# organisation (by its name) or 'state', a US state, which an article datelined there gives.
OWNED_BODIES = {"General Assembly": ("United Nations", "state")}
# 'NORVIK HARBOR, Va. -', 'LUNDBY, Oregon —': a dateline's town in capitals and its state.
DATELINE_STATE = re.compile(r"^[A-Z][A-Z.'’ -]+, (?P<state>" + "|".join(
    re.escape(s) for s in sorted([*STATE_ABBREVIATIONS, *STATES], key=len, reverse=True)) + r") ?[-—–]")
OWNER_REASON = "the one body of its article it belongs to names it in full"


def name_owned_bodies(units: list[tuple[int, str]], datelines: tuple[str, ...],
                      mentions: list[Mention]) -> list[Mention]:
    """The mentions, each body of a name several institutions give their own named for the one
    owner the article gives (the name it printed kept as an alias)."""
    owned = [m for m in mentions if m.kind == "organisation" and m.name in OWNED_BODIES]
    if not owned:
        return mentions
    forms = {form for m in mentions if m.kind == "organisation" for form in (m.name, *m.aliases)}
    state = dateline_state([*datelines, *(text for number, text in units if number == 1)])
    result = list(mentions)
    for mention in owned:
        owners = [owner for owner in OWNED_BODIES[mention.name]
                  if (owner == "state" and state) or (owner != "state" and owner in forms)]
        if len(owners) == 1:
            owner = state if owners[0] == "state" else owners[0]
            result[result.index(mention)] = replace(
                mention, name=f"{owner} {mention.name}", kind_reason=OWNER_REASON,
                aliases=tuple(dict.fromkeys((mention.name, *mention.aliases))))
    return result


def dateline_state(lines: list[str]) -> str:
    """The US state a dateline gives ('NORVIK HARBOR, Va. -' is Virginia), of the article's
    datelines and its first paragraph, which may open with one; or ''."""
    for line in lines:
        match = DATELINE_STATE.match(line)
        if match:
            return STATE_ABBREVIATIONS.get(match.group("state"), match.group("state"))
    return ""


def owned_body_keys(key: str) -> set[str]:
    """The other way a body's owner is printed with it, for a name key ('general assembly of
    the united nations' is also 'united nations general assembly')."""
    for body in OWNED_BODIES:
        prefix = body.casefold() + " of "
        if key.startswith(prefix):
            owner = key[len(prefix):].removeprefix("the ")
            return {f"{owner} {body.casefold()}"} if owner else set()
    return set()
