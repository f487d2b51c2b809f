"""Overrides: every kind of correction, every mistake's message, and the laws they keep."""

from __future__ import annotations

import json
import os
import re
import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dossier.cli import main
from dossier.export import export_json
from dossier.slugs import fact_id
from dossier.model import Actor, Article, Caption, Dossier, DossierError, Fact, Paragraph, Role
from dossier.override_file import read_overrides, schema_text
from dossier.overrides import apply_overrides, load_overrides
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
                published=date(2024, 5, 1), published_inferred=True,
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
    ("rename with aliases given: the aliases are exactly those", """
        actors:
          donald-trump: {name: Donald J. Trump, aliases: [DJT, Donald J. Trump]}
     """, lambda d: (actor(d, "donald-trump").name, actor(d, "donald-trump").aliases),
     ("Donald J. Trump", ("DJT",))),
    ("hide: false hides nothing; null clears a date", """
        articles:
          kyiv.txt: {hide: false, published: null}
        actors:
          next-week: {hide: false}
     """, lambda d: (len(d.articles), d.articles[0].published, d.articles[0].published_inferred,
                     actor(d, "next-week") is not None),
     (2, None, False, True)),
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
    ("split into an actor that exists: in one article, 'Paul Smith' is José Álvarez", """
        actors:
          paul-smith:
            split:
              - name: José Álvarez
                articles: [fashion.txt]
     """, lambda d: (actor(d, "paul-smith").articles, [r.text for r in actor(d, "paul-smith").roles],
                     actor(d, "jose-alvarez").articles, [r.text for r in actor(d, "jose-alvarez").roles],
                     fact(d, "f-bbbb000002").mentions, fact(d, USEFUL).speakers),
     (("talks-in-kyiv",), ["minister"], ("fashion-week",), ["designer"], ("jose-alvarez",), ("paul-smith",))),
    ("split a form everywhere into an actor that exists, which another block merges away", """
        actors:
          paul-smith:
            split:
              - name: President Trump
                aliases: [Smith]
                articles: [fashion.txt]
          donald-trump: {merge: [president-trump]}
     """, lambda d: (actor(d, "paul-smith").aliases, actor(d, "donald-trump").aliases,
                     actor(d, "donald-trump").articles, fact(d, "f-bbbb000002").mentions),
     ((), ("Trump", "President Trump", "Smith"), ("talks-in-kyiv", "fashion-week"), ("donald-trump",))),
    ("merge without the merged actor's roles: the block's roles replace them", """
        actors:
          jose-alvarez: {merge: [paul-smith], roles: [designer]}
     """, lambda d: actor(d, "jose-alvarez").roles, (Role("designer", "fashion-week"),)),
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
          hint: the list opened with '[' at line 2, column 17 needs ',' between items and ']' at its end
     """),
    ("yaml: an unclosed quotation", """
        articles:
          kyiv.txt:
            headline: "Talks
     """, """
        overrides.yml:4:1: found unexpected end of stream
          hint: the quotation opened at line 3, column 15 is not closed
     """),
    ("yaml: an unclosed mapping", """
        actors:
          trump: {name: Donald Trump
          putin: {hide: true}
     """, """
        overrides.yml:3:8: expected ',' or '}', but got ':'
          hint: the mapping opened with '{' at line 2, column 10 needs ',' between keys and '}' at its end
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
    ("pictures the page would not show", """
        actors:
          Trump:
            image: /etc/passwd
          paul-smith:
            split:
              - name: Paul Smith (designer)
                articles: [kyiv.txt]
                image: ../../secrets/portrait.png
          Putin: {image: "javascript:alert(1)"}
          President Trump: {image: "data:image/png;base64,iVBORw0KGgo="}
          jose alvarez: {image: 'images\\jose.png'}
     """, """
        overrides.yml:3: 'image' for actor 'Trump' must be a web address starting with http:// or https://, or a path inside docs/, not '/etc/passwd'
          hint: give the path from docs/, as in images/portrait.jpg; a picture elsewhere must be copied into docs/ first
        overrides.yml:8: 'image' for split 1 of actor 'paul-smith' must be a web address starting with http:// or https://, or a path inside docs/, not '../../secrets/portrait.png'
          hint: a picture outside docs/ is not published: copy it into docs/ and give its path from there, as in images/portrait.jpg
        overrides.yml:9: 'image' for actor 'Putin' must be a web address starting with http:// or https://, or a path inside docs/, not 'javascript:alert(1)'
          hint: only http:// and https:// addresses are shown; for another picture, copy it into docs/ and give its path, as in images/portrait.jpg
        overrides.yml:10: 'image' for actor 'President Trump' must be a web address starting with http:// or https://, or a path inside docs/, not 'data:image/png;base64,iVBORw0KGgo='
          hint: only http:// and https:// addresses are shown; for another picture, copy it into docs/ and give its path, as in images/portrait.jpg
        overrides.yml:11: 'image' for actor 'jose alvarez' must be a web address starting with http:// or https://, or a path inside docs/, not 'images\\jose.png'
          hint: write the path with / between folders, as in images/portrait.jpg
     """),
    ("addresses only a host name is made into", """
        articles:
          kyiv.txt:
            url: "javascript:alert(1)"
        actors:
          Trump:
            links: [www.example.org/trump, "data:text/html,<b>x</b>", "mailto:press@example.org", localhost:8000]
     """, """
        overrides.yml:3: 'url' for article 'kyiv.txt' must be a web address starting with http:// or https://, not 'javascript:alert(1)'
        overrides.yml:6: 'links' for actor 'Trump' must be a web address starting with http:// or https://, not 'www.example.org/trump'
          hint: write the whole address: https://www.example.org/trump
        overrides.yml:6: 'links' for actor 'Trump' must be a web address starting with http:// or https://, not 'data:text/html,<b>x</b>'
        overrides.yml:6: 'links' for actor 'Trump' must be a web address starting with http:// or https://, not 'mailto:press@example.org'
        overrides.yml:6: 'links' for actor 'Trump' must be a web address starting with http:// or https://, not 'localhost:8000'
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
          f-123456789a: {hide: true}
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
          hint: did you mean 'f-aaaa000001'?
        overrides.yml:10: no fact has the id 'f-123456789a'
          hint: a fact's id is printed next to it on its article's page; it changes when extraction reads the fact's words differently
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
        overrides.yml:3: actor 'donald-trump' is corrected twice, here and at overrides.yml:2
          hint: put all its corrections in one block
        overrides.yml:7: article 'kyiv.txt' is corrected twice, here and at overrides.yml:6
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
        overrides.yml:13: added fact 4 needs 'article'
        overrides.yml:14: 'kind' for added fact 4 must be one of quote, claim, statistic, event, not 'said'
        overrides.yml:4: the text is not in article 'kyiv.txt'
          hint: a fact quotes the article word for word; the closest is paragraph 1
        overrides.yml:8: the text is not in paragraph 2 of article 'kyiv.txt'
          hint: it is in paragraph 1
        overrides.yml:11: article 'kyiv.txt' has 2 paragraphs, so there is no paragraph 9
     """),
    ("a new name that another actor has", """
        actors:
          president-trump: {name: Donald Trump}
     """, """
        overrides.yml:2: 'Donald Trump' is already the name of actor 'donald-trump'
          hint: if they are one, merge 'president-trump' into 'donald-trump' instead
     """),
    ("splits to an actor that exists, which cannot be", """
        actors:
          paul-smith:
            split:
              - name: Paul Smith
                articles: [fashion.txt]
              - name: José Álvarez
                articles: [fashion.txt]
                kind: person
              - name: Next Week
                aliases: [Smith]
          next-week: {hide: true}
     """, """
        overrides.yml:4: split 'Paul Smith' of actor 'paul-smith' names that actor itself
          hint: name the actor they are taken to, or a new one
        overrides.yml:8: split 'José Álvarez' of actor 'paul-smith' moves to actor 'jose-alvarez', so it cannot set 'kind'
          hint: correct 'jose-alvarez' in a block of its own
        overrides.yml:9: split 'Next Week' moves to actor 'next-week', which is hidden at overrides.yml:11
          hint: a hidden actor takes nothing: name another actor, or a new one
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


# --- On the seed: the export and the rendered pages both change ------------------------------


@pytest.fixture(scope="module")
def seed() -> Dossier:
    return build(ROOT / "seeds")


def test_overrides_change_the_export_and_the_pages(seed, tmp_path):
    assert len(seed.actors) >= 3 and seed.facts, "the seed should give three actors and a fact"
    article = seed.articles[0]
    kept, merged, hidden = seed.actors[:3]
    quote = seed.facts[0]
    overrides = tmp_path / "overrides.yml"
    overrides.write_text(yaml.safe_dump({
        "articles": {article.source: {"publisher": "Euronews", "headline": "A corrected headline"}},
        "actors": {kept.id: {"merge": [merged.id], "description": "Merged by hand."},
                   hidden.id: {"hide": True}},
        "facts": {quote.id: {"speakers": [merged.id], "kind": "claim"}},
    }, allow_unicode=True), encoding="utf-8")
    before_pages = render(seed)
    after = build(ROOT / "seeds", overrides)
    data = json.loads(export_json(after))
    pages = render(after)

    exported = {a["id"]: a for a in data["actors"]}
    assert data["articles"][0]["publisher"] == "Euronews"
    assert merged.id not in exported and hidden.id not in exported
    assert merged.name in exported[kept.id]["aliases"]
    assert exported[kept.id]["description"] == "Merged by hand."
    assert {"id": quote.id, "speakers": [kept.id], "kind": "claim"}.items() <= next(
        f for f in data["facts"] if f["id"] == quote.id).items()
    assert all(hidden.id not in f["speakers"] + f["mentions"] for f in data["facts"])

    assert "A corrected headline" in pages[f"articles/{article.id}.md"]
    assert "Euronews" in pages[f"articles/{article.id}.md"]
    assert "Merged by hand." in pages[f"actors/{kept.id}.md"]
    assert quote.id in pages[f"actors/{kept.id}.md"]
    for gone in (merged, hidden):
        assert f"actors/{gone.id}.md" in before_pages and f"actors/{gone.id}.md" not in pages
        assert gone.id in before_pages["actors/index.md"] and gone.id not in pages["actors/index.md"]


def test_an_override_problem_stops_the_build_with_every_error(tmp_path):
    overrides = tmp_path / "overrides.yml"
    overrides.write_text("articles:\n  nowhere.txt: {publisher: X}\nactors:\n  Nobody At All: {hide: true}\n",
                         encoding="utf-8")
    with pytest.raises(DossierError) as caught:
        build(ROOT / "seeds", overrides)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (2, "no article in the seeds is the file 'nowhere.txt'"), (4, "no actor is named 'Nobody At All'")]


# --- Laws --------------------------------------------------------------------------------------

RENAMES = ["Renamed One", "Renamed Two"]
ADDABLE = [("kyiv.txt", "We will talk to Putin"), ("fashion.txt", "Paul Smith showed"),
           ("kyiv.txt", "the talks were 'useful'")]


@st.composite
def override_files(draw) -> dict:
    """Override files that are right for SMALL: each actor in at most one block or merge."""
    by_id = {a.id: a for a in SMALL.actors}
    keyed = draw(st.lists(st.sampled_from(sorted(by_id)), unique=True, max_size=4))
    free = [i for i in by_id if i not in keyed]
    actors = {}
    for actor_id in keyed:
        actor = by_id[actor_id]
        block = draw(st.fixed_dictionaries({}, optional={
            "name": st.sampled_from(RENAMES), "kind": st.sampled_from(["person", "place"]),
            "hide": st.booleans(), "roles": st.lists(st.sampled_from(["envoy", "minister"]), max_size=2),
            "aliases": st.lists(st.sampled_from(["Alias A", "Alias B"]), max_size=2),
            "links": st.lists(st.just("https://example.org/a"), max_size=1)}))
        taken = draw(st.lists(st.sampled_from(free), unique=True, max_size=2)) if free else []
        free = [i for i in free if i not in taken]
        if taken:
            block["merge"] = [draw(st.sampled_from([i, by_id[i].name])) for i in taken]
        actors[draw(st.sampled_from([actor.id, actor.name, *actor.aliases]))] = block or {"kind": "person"}
    names = [n for a in SMALL.actors for n in (a.id, a.name)]
    facts = {f.id: draw(st.fixed_dictionaries({}, optional={
        "hide": st.booleans(), "kind": st.sampled_from(["quote", "claim"]),
        "speakers": st.lists(st.sampled_from(names), max_size=2)})) or {"kind": "event"}
        for f in draw(st.lists(st.sampled_from(SMALL.facts), unique=True, max_size=3))}
    articles = {a.source: draw(st.fixed_dictionaries({}, optional={
        "publisher": st.sampled_from(["Euronews", "AP"]), "headline": st.just("New headline"),
        "published": st.dates(date(2020, 1, 1), date(2026, 12, 31)), "hide": st.booleans(),
        "captions": st.just({1: {"place": "Kyiv"}}) if a.captions else st.nothing()})) or {"summary": ""}
        for a in draw(st.lists(st.sampled_from(SMALL.articles), unique=True, max_size=2))}
    add = [{"article": file, "text": text, "kind": "claim", "speakers": [draw(st.sampled_from(names))]}
           for file, text in draw(st.lists(st.sampled_from(ADDABLE), unique=True, max_size=2))]
    return {"articles": articles, "actors": actors, "facts": facts, "add_facts": add}


@settings(max_examples=100, deadline=None)
@given(override_files())
def test_applying_overrides_twice_equals_applying_them_once(data):
    overrides, loaded = read_overrides(yaml.safe_dump(data, allow_unicode=True), "overrides.yml")
    assert loaded == ()
    once, problems = apply_overrides(SMALL, overrides)
    # A file with errors never gets past the build; the law is about those that do.
    assume(not problems)
    twice, _ = apply_overrides(once, overrides)
    assert twice == once


# --- The JSON Schema and the documentation follow the format --------------------------------

class DatesAsText(yaml.SafeLoader):
    """YAML as editors read it (YAML 1.2): a date is text, as the schema says."""


DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

DOCS = ROOT / "docs" / "overrides.md"


def documented_examples() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


def test_the_shipped_schema_is_generated_from_the_format():
    shipped = (ROOT / "dossier" / "schema" / "overrides.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "regenerate: python -m dossier.override_file > dossier/schema/overrides.schema.json"


def test_the_schema_accepts_the_documented_examples_and_rejects_a_typo():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft7Validator(json.loads(schema_text()))
    examples = [*documented_examples(), (CASES / "every-kind.yml").read_text(encoding="utf-8")]
    assert len(examples) >= 5
    for example in examples:
        assert list(validator.iter_errors(yaml.load(example, Loader=DatesAsText))) == [], example
    typo = yaml.load("articles:\n  a.txt: {tilte: X}\n", Loader=DatesAsText)
    assert [e.message for e in validator.iter_errors(typo)] == [
        "Additional properties are not allowed ('tilte' was unexpected)"]


def test_the_documented_examples_load_without_a_problem(tmp_path):
    for i, example in enumerate(documented_examples()):
        path = tmp_path / f"example-{i}.yml"
        path.write_text(example, encoding="utf-8")
        assert load_overrides(path)[1] == (), example


def test_the_documentation_names_every_key():
    from dossier import override_file as format_
    text = DOCS.read_text(encoding="utf-8")
    keys = {*format_.TOP, *format_.ARTICLE, *format_.CAPTION, *format_.ACTOR, *format_.SPLIT,
            *format_.FACT, *format_.NEW_FACT}
    assert sorted(k for k in keys if f"`{k}`" not in text) == []


# --- dossier check ----------------------------------------------------------------------------

def test_check_reports_every_problem_and_fails(tmp_path, capsys):
    overrides = tmp_path / "overrides.yml"
    overrides.write_text("articles:\n  nowhere.txt: {publisher: X, tilte: Y}\n", encoding="utf-8")
    assert main(["check", str(ROOT / "seeds"), "--overrides", str(overrides)]) == 1
    err = capsys.readouterr().err
    assert f"error: {overrides}:2: unknown key 'tilte' for article 'nowhere.txt'\n  hint: did you mean 'headline'?\n" in err
    assert f"error: {overrides}:2: no article in the seeds is the file 'nowhere.txt'\n" in err
    assert err.endswith("2 errors\n")


def test_check_passes_a_right_file(tmp_path, capsys, seed):
    overrides = tmp_path / "overrides.yml"
    overrides.write_text(f"articles:\n  {seed.articles[0].source}: {{publisher: Euronews}}\n", encoding="utf-8")
    assert main(["check", str(ROOT / "seeds"), "--overrides", str(overrides)]) == 0
    assert "error" not in capsys.readouterr().err


def test_check_refuses_an_override_file_that_is_not_there(tmp_path, capsys):
    assert main(["check", str(ROOT / "seeds"), "--overrides", str(tmp_path / "missing.yml")]) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'missing.yml'}: no such override file or folder\n"


# --- The MkDocs plugin: a strict build stops, a served site shows the problem and recovers ----

BAD = "articles:\n  nowhere.txt: {publisher: X}\n"


@pytest.fixture
def site(tmp_path):
    """A dossier project with the seed, mkdocs' plain theme and an override file."""
    (tmp_path / "seeds").mkdir()
    for seed_file in (ROOT / "seeds").iterdir():
        (tmp_path / "seeds" / seed_file.name).write_bytes(seed_file.read_bytes())
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nplugins:\n  - dossier\n", encoding="utf-8")
    return tmp_path


def test_a_strict_build_fails_on_an_override_problem(site, caplog):
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort
    (site / "overrides.yml").write_text(BAD, encoding="utf-8")
    config = load_config(str(site / "mkdocs.yml"), strict=True, site_dir=str(site / "site"))
    with pytest.raises(Abort):
        mkdocs_build(config)
    assert f"{site / 'overrides.yml'}:2: no article in the seeds is the file 'nowhere.txt'" in caplog.text
    assert not (site / "site" / "index.html").exists()


def test_serve_shows_an_override_problem_and_recovers_when_it_is_fixed(site, caplog):
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files
    config = load_config(str(site / "mkdocs.yml"), site_dir=str(site / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)

    def home() -> tuple[str, int]:
        files = config.plugins.on_files(Files([]), config=config)
        return files.get_file_from_path("index.md").content_string, len(files)

    good, count = home()
    (site / "overrides.yml").write_text(BAD, encoding="utf-8")
    shown, kept = home()
    assert shown.startswith("# The dossier cannot be rebuilt\n")
    assert f"error: {site / 'overrides.yml'}:2: no article in the seeds is the file 'nowhere.txt'" in shown
    assert shown.endswith(good) and kept == count
    assert "no article in the seeds is the file 'nowhere.txt'" in caplog.text
    (site / "overrides.yml").write_text("articles: {}\n", encoding="utf-8")
    assert home() == (good, count)


@pytest.mark.parametrize("content, expected", [
    (b'articles:\n  kyiv.txt: {publisher: "AP\x07"}\n',
     "overrides.yml:2: the control character U+0007 cannot be in a YAML file\n"
     "  hint: delete it, or write it as an escape inside double quotes"),
    (b"articles:\n  kyiv.txt: {publisher: \xff}\n",
     "overrides.yml:2: not UTF-8 text: byte 0xff (invalid start byte)\n  hint: save the file as UTF-8"),
])
def test_a_file_that_is_not_yaml_text(tmp_path, monkeypatch, content, expected):
    monkeypatch.chdir(tmp_path)
    Path("overrides.yml").write_bytes(content)
    assert [str(p) for p in load_overrides(Path("overrides.yml"))[1]] == [expected]


def test_every_kind_of_correction_at_once_gives_the_reviewed_export():
    # The export of the result is a golden file: review its diff in git when it changes.
    overrides, loaded = load_overrides(CASES / "every-kind.yml")
    result, applied = apply_overrides(SMALL, overrides)
    assert [str(p) for p in loaded + applied] == []
    golden = CASES / "every-kind.json"
    exported = export_json(result)
    if os.environ.get("DOSSIER_UPDATE_GOLDENS"):
        golden.write_text(exported, encoding="utf-8")
    assert exported == golden.read_text(encoding="utf-8"), "set DOSSIER_UPDATE_GOLDENS=1 to rewrite"
