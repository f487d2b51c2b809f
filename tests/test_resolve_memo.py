"""Resolving again with the memo of the last resolve: after any edit of the seeds, the dossier
equals a fresh resolve, and what the edit did not touch is the very same object as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dossier.export import export_json
from dossier.model import Document
from dossier.pipeline import extract
from dossier.resolve import ResolveMemo, resolve


def story(headline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


BRIDGE = story(
    "Bridge in Lund to reopen in May",
    "Anna Berg, the mayor of Lund, said on Monday that the old bridge over the river would reopen "
    "to traffic in May, after two years of repairs that cost the town far more than it had planned.",
    "\"We have waited long enough, and so have the people who cross it every day,\" Berg told "
    "reporters at the town hall, where the council had met to approve the last of the work.",
    "The Swedish Transport Administration said the repairs had cost 40 million kronor.")
COUNCIL = story(
    "Lund council approves bridge budget",
    "The council of Lund voted on Tuesday to pay for the last repairs to the old bridge.",
    "\"We have waited long enough, and so have the people who cross it every day,\" Anna Berg said "
    "after the vote, which passed by 31 votes to 20.",
    "Erik Lind, who leads the opposition, said the town should have replaced the bridge instead.")
FERRY = story(
    "Ferry service to end when bridge reopens",
    "The ferry that has carried people across the river in Lund will stop when the bridge reopens, "
    "Erik Lind said on Wednesday.",
    "\"The ferry kept this town together for two years, and nobody should forget it,\" Lind said.")
REPLY = story(
    "Opposition answers the mayor",
    "\"The bridge will need repairs again in ten years, and the town will pay twice,\" Mr. Lind said "
    "on Friday at a meeting in Lund.")
SEEDS = {"bridge.txt": BRIDGE, "council.txt": COUNCIL, "ferry.txt": FERRY, "reply.txt": REPLY}


def with_text(seeds: dict[str, str], name: str, text: str) -> dict[str, str]:
    return {**seeds, name: text}


def without(seeds: dict[str, str], name: str) -> dict[str, str]:
    return {k: v for k, v in seeds.items() if k != name}


EDITS = {
    "nothing": lambda s: s,
    "a paragraph added": lambda s: with_text(s, "ferry.txt", FERRY + "\nLind said the ferry's crew would "
                                             "be offered jobs on the town's buses.\n"),
    "a quote edited": lambda s: with_text(s, "bridge.txt", BRIDGE.replace("every day", "each morning")),
    "an article added": lambda s: with_text(s, "museum.txt", story(
        "Museum opens by the river", "Anna Berg opened the new river museum in Lund on Friday, "
        "three weeks before the bridge reopens.")),
    "an article with another's headline: both ids change": lambda s: with_text(s, "again.txt", story(
        "Bridge in Lund to reopen in May", "The old bridge over the river will reopen to traffic in May, "
        "Erik Lind said on Thursday.")),
    "an article removed": lambda s: without(s, "council.txt"),
    "a second Berg: the bare surname no longer joins": lambda s: with_text(s, "sister.txt", story(
        "Sister of the mayor runs for council", "Karin Berg, a teacher, said on Friday that she would "
        "run for the council.")),
    "a second Lind: an unchanged article's 'Mr. Lind' is another actor": lambda s: with_text(s, "sara.txt", story(
        "Teacher joins the race", "Sara Lind, a teacher at the school in Lund, said on Monday that she would "
        "run for the council.")),
    "an article renamed": lambda s: with_text(without(s, "ferry.txt"), "ferry-service.txt", FERRY),
    "a name stringing two of the dossier's names together": lambda s: with_text(with_text(
        s, "paper.txt", story("Harbour News sold", "Harbour News was sold on Monday to a group from Lund.")),
        "panel.txt", story("Panel chosen", "The council chose Lund TV's Anna Berg, Erik Lind and Harbour News' "
                           "Jo Roe for the panel.")),
    "the quote carried in full by one more article": lambda s: with_text(s, "radio.txt", story(
        "Mayor speaks on radio", "\"We have waited long enough, and so have the people who cross it every "
        "day, and they will cross it again in May,\" Anna Berg said on the radio.")),
}


class Seeds:
    """Extractions of seed texts, each extracted once: an unchanged seed keeps its Extraction
    object, as the cache gives it while serving."""

    def __init__(self):
        self.done = {}

    def extractions(self, seeds: dict[str, str]):
        for name, text in seeds.items():
            if (name, text) not in self.done:
                self.done[(name, text)] = extract(Document(name, text, "text", str(len(self.done))))
        return tuple(self.done[(name, text)] for name, text in seeds.items())


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_resolve_with_memo_equals_a_fresh_resolve(edit):
    seeds, memo = Seeds(), ResolveMemo()
    resolve(seeds.extractions(SEEDS), memo)
    edited = seeds.extractions(edit(SEEDS))
    assert resolve(edited, memo) == resolve(edited)


def test_a_chain_of_edits_with_one_memo():
    seeds, memo, current = Seeds(), ResolveMemo(), SEEDS
    resolve(seeds.extractions(current), memo)
    for edit in EDITS.values():
        current = edit(current)
        extractions = seeds.extractions(current)
        assert resolve(extractions, memo) == resolve(extractions)


def test_pin_what_an_edit_leaves_alone_is_the_same_object():
    """Pins an implementation detail, no behaviour: the memo keeps what an edit leaves alone as
    the same objects, which the page memo then tells apart from changed ones at a glance."""
    seeds, memo = Seeds(), ResolveMemo()
    before = resolve(seeds.extractions(SEEDS), memo)
    after = resolve(seeds.extractions(EDITS["a paragraph added"](SEEDS)), memo)
    old = {f.id: f for f in before.facts}
    untouched = [f for f in after.facts if f.article != "ferry-service-to-end-when-bridge-reopens"]
    assert untouched and all(old[f.id] is f for f in untouched)
    assert all(a is b for a, b in zip(before.articles[:2], after.articles[:2]))
    actors = {a.id: a for a in before.actors}
    assert actors["anna-berg"] is next(a for a in after.actors if a.id == "anna-berg")


def test_pin_the_same_extractions_give_the_last_dossier():
    """Pins an implementation detail, no behaviour: the last dossier itself, not an equal one."""
    seeds, memo = Seeds(), ResolveMemo()
    extractions = seeds.extractions(SEEDS)
    assert resolve(extractions, memo) is resolve(extractions, memo)


FRESH_RESOLVE = """
import json, sys
from dossier.export import export_json
from dossier.model import Document
from dossier.pipeline import extract
from dossier.resolve import resolve
seeds = json.load(sys.stdin)
extractions = tuple(extract(Document(name, text, "text", str(n))) for n, (name, text) in enumerate(seeds.items()))
sys.stdout.write(export_json(resolve(extractions)))
"""


def test_a_chain_of_edits_in_one_process_gives_the_dossier_a_new_process_resolves():
    """Nothing this process keeps from resolve to resolve (the memo, what the rules remember
    of the names they have read) changes what a resolve gives."""
    seeds, memo, current = Seeds(), ResolveMemo(), SEEDS
    for edit in EDITS.values():
        current = edit(current)
        kept = resolve(seeds.extractions(current), memo)
    fresh = subprocess.run([sys.executable, "-c", FRESH_RESOLVE], input=json.dumps(current), text=True,
                           capture_output=True, check=True).stdout
    assert export_json(kept) == fresh
