"""Overrides: every kind of correction, every mistake's message, and the laws they keep."""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.cli import main
from dossier.export import export_json
from dossier.facts import fact_id
from dossier.model import Actor, Article, Caption, Dossier, DossierError, Fact, Paragraph, Role
from dossier.overrides import apply_overrides, load_overrides, schema_text
from dossier.pipeline import build
from dossier.render import render

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "cases" / "overrides"

USEFUL = fact_id("kyiv.txt", "the talks were 'useful'")
"""The one fact below with the id extraction would give it, to meet a hand-added copy."""

# A small dossier made by hand, so each test says exactly what it starts from.
SMALL = Dossier(
    articles=(
        Article("talks-in-kyiv", "kyiv.txt", "Talks in Kyiv", authors=("Ann Lee",),
                paragraphs=(Paragraph(1, "Trump said: “We will talk to Putin next week.”"),
                            Paragraph(2, "Paul Smith, the minister, said the talks were 'useful'.")),
                captions=(Caption("Delegates arrive in Kyiv, 2 May, 2024", "AP Photo"),
                          Caption("A street in Lviv", "Reuters"))),
        Article("fashion-week", "fashion.txt", "Fashion week opens",
                paragraphs=(Paragraph(1, "Paul Smith showed a new collection."),
                            Paragraph(2, "President Trump did not attend, a spokesman said."))),
    ),
    actors=(
        Actor("donald-trump", "Donald Trump", "person", aliases=("Trump",), articles=("talks-in-kyiv",)),
        Actor("president-trump", "President Trump", "person", articles=("fashion-week",)),
        Actor("paul-smith", "Paul Smith", "person", aliases=("Smith",),
              roles=(Role("minister", "talks-in-kyiv"), Role("designer", "fashion-week")),
              articles=("talks-in-kyiv", "fashion-week")),
        Actor("vladimir-putin", "Vladimir Putin", "person", aliases=("Putin",), articles=("talks-in-kyiv",)),
        Actor("jose-alvarez", "José Álvarez", "person", articles=("fashion-week",)),
        Actor("next-week", "Next Week", "other", articles=("talks-in-kyiv",)),
    ),
    facts=(
        Fact("f-aaaa000001", "talks-in-kyiv", 1, "quote", "We will talk to Putin next week.",
             speakers=("donald-trump",), mentions=("vladimir-putin", "next-week")),
        Fact(USEFUL, "talks-in-kyiv", 2, "claim", "the talks were 'useful'",
             speakers=("paul-smith",)),
        Fact("f-bbbb000001", "fashion-week", 2, "claim", "President Trump did not attend",
             speakers=("jose-alvarez",), mentions=("president-trump",)),
        Fact("f-bbbb000002", "fashion-week", 1, "event", "Paul Smith showed a new collection",
             mentions=("paul-smith",)),
    ),
)


def run(tmp_path: Path, monkeypatch, text: str, dossier: Dossier = SMALL) -> tuple[Dossier, list[str]]:
    """Apply an override file written in overrides.yml; the dossier and every problem as printed."""
    monkeypatch.chdir(tmp_path)
    Path("overrides.yml").write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    overrides, loaded = load_overrides(Path("overrides.yml"))
    result, applied = apply_overrides(dossier, overrides)
    return result, [str(p) for p in loaded + applied]


def actor(dossier: Dossier, actor_id: str) -> Actor | None:
    return next((a for a in dossier.actors if a.id == actor_id), None)


def fact(dossier: Dossier, fact_id: str) -> Fact | None:
    return next((f for f in dossier.facts if f.id == fact_id), None)


# --- Each kind of correction, on the small dossier --------------------------------------------

CORRECTIONS = [
    ("article fields", """
        articles:
          kyiv.txt:
            headline: Talks in Kyiv begin
            authors: [Ann Lee, Bo Chen]
            publisher: Euronews
            published: 2024-05-02
            url: https://example.org/talks
            summary: Two sides meet.
     """, lambda d: (d.articles[0].headline, d.articles[0].authors, d.articles[0].publisher,
                     d.articles[0].published, d.articles[0].url, d.articles[0].summary, d.articles[0].id),
     ("Talks in Kyiv begin", ("Ann Lee", "Bo Chen"), "Euronews", date(2024, 5, 2),
      "https://example.org/talks", "Two sides meet.", "talks-in-kyiv")),
    ("a quoted date is a date too", """
        articles:
          kyiv.txt: {published: "2024-05-02"}
     """, lambda d: d.articles[0].published, date(2024, 5, 2)),
    ("an article named by its id", """
        articles:
          fashion-week: {publisher: Vogue}
     """, lambda d: d.articles[1].publisher, "Vogue"),
    ("hide an article: its facts and its only actors go", """
        articles:
          fashion.txt: {hide: true}
     """, lambda d: ([a.id for a in d.articles], [f.id for f in d.facts], actor(d, "jose-alvarez"),
                     actor(d, "paul-smith").articles, [r.text for r in actor(d, "paul-smith").roles]),
     (["talks-in-kyiv"], ["f-aaaa000001", USEFUL], None, ("talks-in-kyiv",), ["minister"])),
    ("captions by number and by first words", """
        articles:
          kyiv.txt:
            captions:
              1: {date: 2024-05-02, place: Kyiv}
              a street: {credit: AP Photo/Lviv City Council}
     """, lambda d: d.articles[0].captions,
     (Caption("Delegates arrive in Kyiv, 2 May, 2024", "AP Photo", date(2024, 5, 2), "Kyiv"),
      Caption("A street in Lviv", "AP Photo/Lviv City Council"))),
    ("rename: the id stays, the old name becomes an alias", """
        actors:
          Trump:
            name: Donald J. Trump
     """, lambda d: (actor(d, "donald-trump").name, actor(d, "donald-trump").aliases),
     ("Donald J. Trump", ("Trump", "Donald Trump"))),
    ("merge: names become aliases, facts follow", """
        actors:
          donald-trump:
            merge: [president trump]
     """, lambda d: (actor(d, "president-trump"), actor(d, "donald-trump").aliases,
                     actor(d, "donald-trump").articles, fact(d, "f-bbbb000001").mentions),
     (None, ("Trump", "President Trump"), ("talks-in-kyiv", "fashion-week"), ("donald-trump",))),
    ("names match whatever the case and accents", """
        actors:
          jose alvarez: {kind: person, description: A spokesman.}
     """, lambda d: actor(d, "jose-alvarez").description, "A spokesman."),
    ("hide an actor: gone from pages and from facts", """
        actors:
          Next Week: {hide: true}
     """, lambda d: (actor(d, "next-week"), fact(d, "f-aaaa000001").mentions), (None, ("vladimir-putin",))),
    ("split: the other Paul Smith takes his article, role and facts", """
        actors:
          paul-smith:
            split:
              - name: Paul Smith (designer)
                articles: [fashion.txt]
                description: The fashion designer.
     """, lambda d: (actor(d, "paul-smith").articles, [r.text for r in actor(d, "paul-smith").roles],
                     actor(d, "paul-smith-designer").articles,
                     [r.text for r in actor(d, "paul-smith-designer").roles],
                     actor(d, "paul-smith-designer").description,
                     fact(d, "f-bbbb000002").mentions, fact(d, USEFUL).speakers),
     (("talks-in-kyiv",), ["minister"], ("fashion-week",), ["designer"], "The fashion designer.",
      ("paul-smith-designer",), ("paul-smith",))),
    ("actor fields; roles keep the article that states them", """
        actors:
          paul-smith:
            kind: person
            roles: [designer, founder]
            affiliations: [Paul Smith Ltd]
            aliases: [Sir Paul]
            links: [https://example.org/paul-smith]
            image: images/paul-smith.jpg
     """, lambda d: (actor(d, "paul-smith").roles, actor(d, "paul-smith").affiliations,
                     actor(d, "paul-smith").aliases, actor(d, "paul-smith").links, actor(d, "paul-smith").image),
     ((Role("designer", "fashion-week"), Role("founder")), ("Paul Smith Ltd",), ("Sir Paul",),
      ("https://example.org/paul-smith",), "images/paul-smith.jpg")),
    ("re-attribute a fact; its speaker is now named in that article", """
        facts:
          f-bbbb000001:
            speakers: [Putin]
            kind: quote
            date: 2024-05-03
     """, lambda d: (fact(d, "f-bbbb000001").speakers, fact(d, "f-bbbb000001").kind,
                     fact(d, "f-bbbb000001").date, actor(d, "vladimir-putin").articles),
     (("vladimir-putin",), "quote", date(2024, 5, 3), ("talks-in-kyiv", "fashion-week"))),
    ("a speaker may be named by the name it was merged under", """
        actors:
          donald-trump: {merge: [president-trump]}
        facts:
          f-bbbb000001: {speakers: [president-trump]}
     """, lambda d: fact(d, "f-bbbb000001").speakers, ("donald-trump",)),
    ("hide a fact", """
        facts:
          f-bbbb000001: {hide: true}
     """, lambda d: [f.id for f in d.facts], ["f-aaaa000001", USEFUL, "f-bbbb000002"]),
    ("add a fact: the article's own words, found with their paragraph", """
        add_facts:
          - article: kyiv.txt
            kind: claim
            text: Paul Smith, the minister,   said the talks were "useful"
            speakers: [Paul Smith]
     """, lambda d: [(f.article, f.paragraph, f.kind, f.text, f.speakers) for f in d.facts[4:]],
     [("talks-in-kyiv", 2, "claim", "Paul Smith, the minister, said the talks were 'useful'",
       ("paul-smith",))]),
    ("adding a fact already extracted corrects it instead", """
        add_facts:
          - article: kyiv.txt
            kind: claim
            text: the talks were 'useful'
            speakers: [Smith]
            date: 2024-05-02
     """, lambda d: (len(d.facts), fact(d, USEFUL).speakers, fact(d, USEFUL).date),
     (4, ("paul-smith",), date(2024, 5, 2))),
]


@pytest.mark.parametrize("text, observe, expected", [c[1:] for c in CORRECTIONS],
                         ids=[c[0] for c in CORRECTIONS])
def test_correction(tmp_path, monkeypatch, text, observe, expected):
    result, problems = run(tmp_path, monkeypatch, text)
    assert problems == []
    assert observe(result) == expected
