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


# --- Every mistake, word for word ---------------------------------------------------------------

MISTAKES = [
    ("yaml: a key without its colon", """
        articles:
          kyiv.txt:
            headline Talks
            publisher: X
     """, """
        overrides.yml:4:14: mapping values are not allowed here
          hint: a line above may lack the ':' after its key, or a value that contains ': ' needs quotes
     """),
    ("yaml: a tab", "articles:\n\tkyiv.txt: {}\n", """
        overrides.yml:2:1: found character '\\t' that cannot start any token
          hint: YAML indents with spaces, not tabs
     """),
    ("yaml: keys out of line", """
        articles:
          kyiv.txt:
            headline: A
           publisher: B
     """, """
        overrides.yml:4:4: expected <block end>, but found '<block mapping start>'
          hint: the keys of one mapping must line up: check this line's indentation
     """),
    ("yaml: an unclosed list", """
        actors:
          trump: {name: [Donald
     """, """
        overrides.yml:3:1: expected ',' or ']', but got '<stream end>'
          hint: while parsing a flow sequence at line 2, column 17
     """),
    ("unknown keys, with the key meant", """
        articles:
          kyiv.txt:
            tilte: A
            autor: [B]
            date: 2024-01-01
            colour: red
        actor:
          trump: {}
     """, """
        overrides.yml:3: unknown key 'tilte' for article 'kyiv.txt'
          hint: did you mean 'headline'?
        overrides.yml:4: unknown key 'autor' for article 'kyiv.txt'
          hint: did you mean 'authors'?
        overrides.yml:5: unknown key 'date' for article 'kyiv.txt'
          hint: did you mean 'published'?
        overrides.yml:6: unknown key 'colour' for article 'kyiv.txt'
          hint: the keys here are: headline, authors, publisher, published, url, summary, hide, captions
        overrides.yml:7: unknown key 'actor' for the override file
          hint: did you mean 'actors'?
     """),
    ("wrong types", """
        articles:
          kyiv.txt:
            authors: Ann Lee
            published: 02/05/2024
            hide: yes please
            url: example.org
            headline: 1984
        facts:
          f-aaaa000001: {speakers: Donald Trump}
     """, """
        overrides.yml:3: 'authors' for article 'kyiv.txt' must be a list of text, not 'Ann Lee'
          hint: write a list: authors: [Ann Lee]
        overrides.yml:4: 'published' for article 'kyiv.txt' must be a date written YYYY-MM-DD, not '02/05/2024'
          hint: for example 2026-01-29; write null to clear the date
        overrides.yml:5: 'hide' for article 'kyiv.txt' must be true or false, not 'yes please'
        overrides.yml:6: 'url' for article 'kyiv.txt' must be a web address starting with http:// or https://, not 'example.org'
          hint: write the whole address: https://example.org
        overrides.yml:7: 'headline' for article 'kyiv.txt' must be text, not '1984'
          hint: put it in quotes: headline: "1984"
        overrides.yml:9: 'speakers' for fact 'f-aaaa000001' must be a list of actor ids or names, not 'Donald Trump'
          hint: write a list: speakers: [Donald Trump]
     """),
    ("dates that are not dates", """
        articles:
          kyiv.txt:
            published: 2024-02-30
            captions:
              1: {date: 2024-5-2}
        facts:
          f-aaaa000001: {date: 2024-05-02 10:00, kind: said}
     """, """
        overrides.yml:3: 'published' for article 'kyiv.txt' must be a date written YYYY-MM-DD, not '2024-02-30'
          hint: 2024-02-30 is not a day in the calendar
        overrides.yml:5: 'date' for caption '1' of article 'kyiv.txt' must be a date written YYYY-MM-DD, not '2024-5-2'
          hint: for example 2026-01-29; write null to clear the date
        overrides.yml:7: 'date' for fact 'f-aaaa000001' must be a date written YYYY-MM-DD, not '2024-05-02 10:00'
          hint: for example 2026-01-29; write null to clear the date
        overrides.yml:7: 'kind' for fact 'f-aaaa000001' must be one of quote, claim, statistic, event, not 'said'
     """),
    ("overrides that match nothing name what they could have meant", """
        articles:
          kiev.txt: {publisher: X}
        actors:
          Donald Trmp: {kind: person}
          Vladimir: {hide: true}
          Smiht: {hide: true}
          Nobody At All: {hide: true}
        facts:
          f-aaaa00001: {hide: true}
     """, """
        overrides.yml:2: no article in the seeds is the file 'kiev.txt'
          hint: did you mean 'kyiv.txt'?
        overrides.yml:4: no actor is named 'Donald Trmp'
          hint: did you mean 'Donald Trump' (donald-trump)?
        overrides.yml:5: no actor is named 'Vladimir'
          hint: did you mean 'Vladimir Putin' (vladimir-putin)?
        overrides.yml:6: no actor is named 'Smiht'
          hint: did you mean 'Smith' (paul-smith)?
        overrides.yml:7: no actor is named 'Nobody At All'
          hint: an actor is named by its id (the end of its page's address) or any of its names
        overrides.yml:9: no fact has the id 'f-aaaa00001'
          hint: did you mean 'f-aaaa000001' or 'f-bbbb000001'?
     """),
    ("the same thing corrected twice", """
        actors:
          Trump: {kind: person}
          donald-trump: {kind: person}
          Trump: {kind: other}
        articles:
          kyiv.txt: {publisher: A}
          talks-in-kyiv: {publisher: B}
     """, """
        overrides.yml:4: 'Trump' appears twice in 'actors'
          hint: the first is on line 2; keep one
        overrides.yml:7: article 'kyiv.txt' is corrected twice, here and at overrides.yml:6
          hint: put all its corrections in one block
        overrides.yml:3: actor 'donald-trump' is corrected twice, here and at overrides.yml:2
          hint: put all its corrections in one block
     """),
    ("merges that cannot all be", """
        actors:
          donald-trump: {merge: [president-trump, Putn]}
          paul-smith: {merge: [president-trump]}
          vladimir-putin: {merge: [paul-smith]}
     """, """
        overrides.yml:2: no actor is named 'Putn'
          hint: did you mean 'Putin' (vladimir-putin)?
        overrides.yml:3: actor 'president-trump' is merged into both 'donald-trump' (overrides.yml:2) and 'paul-smith'
          hint: merge it into one actor
        overrides.yml:4: actor 'paul-smith' is merged into 'vladimir-putin' here, and also corrected on its own at overrides.yml:3
          hint: move its corrections to 'vladimir-putin'
     """),
    ("captions that are not there", """
        articles:
          kyiv.txt:
            captions:
              3: {credit: X}
              Delegats: {credit: Y}
              a: {credit: Z}
     """, """
        overrides.yml:4: article 'kyiv.txt' has 2 captions, so there is no caption 3
          hint: captions are numbered from 1 in the order the page prints them
        overrides.yml:5: no caption of article 'kyiv.txt' starts with 'Delegats'
          hint: did you mean 'Delegates arrive in'?
     """),
    ("splits that take what the actor does not have", """
        actors:
          paul-smith:
            split:
              - name: Paul Smith (designer)
                articles: [kyiv.txt, fashon.txt]
                aliases: [Smit]
              - articles: [fashion.txt]
     """, """
        overrides.yml:7: split 2 of actor 'paul-smith' needs 'name'
        overrides.yml:5: no article in the seeds is the file 'fashon.txt'
          hint: did you mean 'fashion.txt'?
        overrides.yml:6: 'Smit' is not a name of actor 'paul-smith'
          hint: did you mean 'Smith'?
     """),
    ("added facts that are not in the article", """
        add_facts:
          - article: kyiv.txt
            kind: claim
            text: We will talk to Putin tomorrow
          - article: kyiv.txt
            kind: quote
            paragraph: 2
            text: We will talk to Putin
          - article: kyiv.txt
            kind: quote
            paragraph: 9
            text: We will
          - text: x
            kind: said
     """, """
        overrides.yml:14: 'kind' for added fact 4 must be one of quote, claim, statistic, event, not 'said'
        overrides.yml:13: added fact 4 needs 'article'
        overrides.yml:4: the text is not in article 'kyiv.txt'
          hint: a fact quotes the article word for word; the closest is paragraph 1
        overrides.yml:8: the text is not in paragraph 2 of article 'kyiv.txt'
          hint: it is in paragraph 1
        overrides.yml:11: article 'kyiv.txt' has 2 paragraphs, so there is no paragraph 9
     """),
    ("a hidden actor cannot speak", """
        actors:
          next-week: {hide: true}
        facts:
          f-aaaa000001: {speakers: [Next Week], mentions: [Nobody]}
     """, """
        overrides.yml:4: 'Next Week' is actor 'next-week', which is hidden at overrides.yml:2
          hint: a hidden actor cannot speak or be mentioned
        overrides.yml:4: no actor is named 'Nobody'
          hint: an actor is named by its id (the end of its page's address) or any of its names
     """),
    ("shapes that are not what the format takes", """
        articles:
          - kyiv.txt
        actors:
          Trump:
        add_facts:
          kyiv.txt: {}
     """, """
        overrides.yml:2: 'articles' must be a mapping of keys to values, not a list
        overrides.yml:4: actor 'Trump' has no corrections
          hint: write the fields to correct under it, indented, or remove it
        overrides.yml:6: 'add_facts' must be a list of facts, not a mapping
          hint: start each fact with '- article: ...'
     """),
]


@pytest.mark.parametrize("text, expected", [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_mistake(tmp_path, monkeypatch, text, expected):
    _, problems = run(tmp_path, monkeypatch, text)
    assert "\n".join(problems) == textwrap.dedent(expected).strip("\n")


def test_a_name_two_actors_share_is_ambiguous(tmp_path, monkeypatch):
    tower = Actor("trump-tower", "Trump Tower", "place", aliases=("Trump",), articles=("fashion-week",))
    shared = Dossier(SMALL.articles, SMALL.actors + (tower,), SMALL.facts)
    _, problems = run(tmp_path, monkeypatch, "actors:\n  Trump: {hide: true}\n", shared)
    assert problems == ["overrides.yml:2: 'Trump' names 2 actors: donald-trump, trump-tower\n"
                        "  hint: name the one you mean by its id"]


def test_every_file_of_a_folder_is_read_and_checked(tmp_path):
    (tmp_path / "actors.yml").write_text("actors:\n  Trump: {kind: person}\n", encoding="utf-8")
    (tmp_path / "more.yaml").write_text("actors:\n  donald-trump: {kind: person}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not read", encoding="utf-8")
    overrides, loaded = load_overrides(tmp_path)
    _, problems = apply_overrides(SMALL, overrides)
    assert loaded == ()
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'more.yaml'}:2: actor 'donald-trump' is corrected twice, here and at "
        f"{tmp_path / 'actors.yml'}:2\n  hint: put all its corrections in one block"]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "articles:\nactors: {}\n"])
def test_an_empty_file_corrects_nothing(tmp_path, monkeypatch, text):
    result, problems = run(tmp_path, monkeypatch, text)
    assert (result, problems) == (SMALL, [])
