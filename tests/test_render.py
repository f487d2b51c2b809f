"""Rendering: the pages of the seed and of hand-made dossiers, and that no input becomes markup."""

from __future__ import annotations

import functools
import gc
import html
import os
import posixpath
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import markdown
import pytest
from markupsafe import Markup
from mkdocs.structure.pages import _ExtractTitleTreeprocessor
from mkdocs.utils.meta import get_data
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HOSTILE, ROOT, handmade_dossier
from dossier.escape import plain
from dossier.memo import PageMemo
from dossier.model import Actor, Article, Dossier, DossierError, Fact, Paragraph, Role
from dossier.pipeline import build
from dossier.render import (FIRST_PART_SIZE, INDEX_PAGES, LIST_SIZE, PART_SIZE, SOURCE_LINKS, STRENGTHS, by_month, cut, render, strength,
                            split, title_in_front_matter)

EXTENSIONS = ["attr_list", "tables", "toc"]   # as in mkdocs.yml


def test_seed_pages_match_goldens(goldens):
    goldens.check("seed", render(build(ROOT / "seeds")))


def test_handmade_pages_match_goldens(goldens):
    goldens.check("handmade", render(handmade_dossier(hostile=True)))


def test_every_page_is_there():
    dossier = handmade_dossier()
    pages = render(dossier)
    expected = set(INDEX_PAGES) | {f"articles/{a.id}.md" for a in dossier.articles} | {
        f"actors/{a.id}.md" for a in dossier.actors} | {"facts/2026-01.md", "timeline/2026-01.md", "captions/2026-01.md"} | {
        f"actors/all/{kind}.md" for kind in ("people", "organisations", "places")} | {
        "facts-index/index.json", "facts-index/keys/0.json", "facts-index/dates.json", "facts-index/words/0.json"}
    assert set(pages) == expected


@pytest.mark.parametrize("page, expected", [
    # Every fact links to its paragraph, and shows its id.
    ("articles/ministry-answers-on-drones.md", "[¶2](#p-2) · “said” · 29 January 2026 (“on Thursday”) · id f-0000000001"),
    ("articles/ministry-answers-on-drones.md", "<strong>unconfirmed:</strong> allegedly"),
    ("articles/ministry-answers-on-drones.md", "also reported by 1 article: [Grid attacks continue](../articles/grid-attacks-continue.md#p-2)"),
    ("articles/ministry-answers-on-drones.md", "[caption](#captions)"),
    ("articles/ministry-answers-on-drones.md", "We acted within hours,\" [Koval](../actors/olena-koval.md) said.\n{: #p-2 }"),
    ("articles/ministry-answers-on-drones.md", "### The response"),
    ("articles/ministry-answers-on-drones.md", "- A crater in [Harbour Town](../actors/harbour-town.md) · credit: AP Photo · 28 January 2026 · Harbour Town"),
    ("articles/ministry-answers-on-drones.md", "- **Person:** [Olena Koval](../actors/olena-koval.md) (Defence Minister)"),
    ("articles/ministry-answers-on-drones.md", "- Cited organisations: [Coastal Monitoring Agency](../actors/coastal-monitoring-agency.md)"),
    ("articles/ministry-answers-on-drones.md", "By Ana Lima, Ben Okafor · The Courier · 29 January 2026\n"),
    ("articles/grid-attacks-continue.md", "30 January 2026 *(date inferred from the text)*"),
    # An actor page: aliases in its text (search finds them), roles with their article.
    ("actors/olena-koval.md", "**Also known as:** Koval, O. Koval"),
    ("actors/olena-koval.md", "- Defence Minister — [Ministry answers on drones](../articles/ministry-answers-on-drones.md)"),
    ("actors/olena-koval.md", "- Minister — from the corrections"),
    ("actors/olena-koval.md", "- [Harbour Town](../actors/harbour-town.md)\n"),
    ("actors/olena-koval.md", "![Olena Koval](../images/koval.png){: .dossier-portrait }"),
    ("actors/olena-koval.md", "- [https://example.com/koval](https://example.com/koval)\n- javascript:window.pwned=4\n"),
    ("actors/olena-koval.md", "## Quotes {: #quotes data-search-exclude }\n\n- <strong>Quote</strong> by [Olena Koval](../actors/olena-koval.md): “We acted within hours,”"),
    ("actors/olena-koval.md", "- [Coastal Monitoring Agency](../actors/coastal-monitoring-agency.md) · 2 articles, 1 fact\n"),
    ("actors/harbour-town.md", "## Facts that name Harbour Town {: #mentioned data-search-exclude }"),
    ("index.md", "**2 articles** published between 29 January 2026 and 30 January 2026 by 2 publishers"),
    ("index.md", "**3 actors** (1 person, 1 organisation, 1 place) and takes **5 facts** from them (2 quotes, 1 claim, 1 statistic, 1 event)"),
    # The actors index ranks by how much the dossier says: articles, facts said, facts naming.
    ("actors/index.md", "| 1 | [Coastal Monitoring Agency](../actors/coastal-monitoring-agency.md) | 2 | 2 | 1 |\n"),
    ("actors/index.md", "## Places {: #place }\n\n| | Place | Articles | Said | Named in |\n| ---: | --- | ---: | ---: | ---: |\n"
                        "| 1 | [Harbour Town](../actors/harbour-town.md) | 1 | 0 | 1 |\n\nBy name: [Places](../actors/all/places.md)\n"),
    ("actors/all/people.md", "- [Olena Koval](../../actors/olena-koval.md) (Koval, O. Koval) · 2 articles"),
    # Facts without a date of their own show their article's, where they are listed apart from it.
    ("actors/olena-koval.md", "[¶1](../articles/grid-attacks-continue.md#p-1) · “said” · published 30 January 2026 · names"),
    ("articles/grid-attacks-continue.md", "[¶1](#p-1) · “said” · names"),
    # Who said what about whom: per speaker, grouped by whom it names; the matrix links there.
    ("actors/olena-koval.md", "- **[Coastal Monitoring Agency](../actors/coastal-monitoring-agency.md)** · 1 statement\n"
                              "  {: #about-coastal-monitoring-agency }\n"
                              "    - 30 January 2026 · claim: “the grid was hit again” ([¶1](../articles/grid-attacks-continue.md#p-1))\n"),
    # An actor's page filters its own facts, from the facts index one folder up of its built address.
    # The line under its title carries where, for the script to build the filter's box there.
    ("actors/coastal-monitoring-agency.md", 'Organisation · named in 2 articles\n{: .dossier-filter-at data-index="../../facts-index/index.json"'
                                            ' data-root="../../" data-directory-urls="true" data-actor="coastal-monitoring-agency" }\n\n'),
    ("actors/harbour-town.md", ' data-actor="harbour-town" }\n'),
    ("said-about.md", "| [Olena Koval](actors/olena-koval.md) | [1](actors/olena-koval.md#about-coastal-monitoring-agency) | \n"),
    ("articles/index.md", "- 30 January 2026 (inferred) · [Grid attacks continue](../articles/grid-attacks-continue.md) · Daily Wire Service\n- 29 January"),
    ("timeline.md", "- [January 2026](timeline/2026-01.md) · 3 days, 2 articles published, 2 dated facts\n"),
    # The timeline picture: a square per dated fact, linking to it on its month's page.
    ("timeline.md", '<a href="../timeline/2026-01/#f-0000000003" fill="#f4511e" data-actors="harbour-town"><title>28 January 2026 · event: A crater in Harbour Town</title>'),
    # ... each carrying the actors it names, whom the picture can be narrowed to.
    ("timeline.md", '<select name="actor"><option value="">any</option><option value="harbour-town">Harbour Town (1)</option>'),
    ("timeline/2026-01.md", "## 28 January 2026 {: #d-2026-01-28 }\n\n- <strong>Event</strong>"),
    ("facts.md", "- [January 2026](facts/2026-01.md) · 2 quotes, 1 claim, 1 statistic, 1 event\n"),
    ("facts/2026-01.md", "## Quotes {: #quote }\n\n- <strong>Quote</strong> by [Olena Koval](../actors/olena-koval.md)"),
    ("sources.md", "## Photo credits {: #photo-credits }\n\n- AP Photo · [Ministry answers on drones](articles/ministry-answers-on-drones.md)"),
    ("sources.md", "## Cited organisations {: #cited-organisations }\n\n- [Coastal Monitoring Agency](actors/coastal-monitoring-agency.md) · [Ministry"),
    ("captions.md", "- [January 2026](captions/2026-01.md) · 1 article, 1 caption\n"),
    ("captions/2026-01.md", "## [Ministry answers on drones](../articles/ministry-answers-on-drones.md) {: #ministry-answers-on-drones }"),
])
def test_page_says(page, expected):
    assert expected in render(handmade_dossier())[page]


def test_a_facts_labels_are_strong_tags_that_convert_to_the_html_of_strong_emphasis():
    """A fact's kind and its 'unconfirmed:' are written as <strong> tags, not '**': the same
    HTML, without Python-Markdown's emphasis pass over every fact of every list."""
    page = render(handmade_dossier())["articles/ministry-answers-on-drones.md"]
    items = [line for line in page.splitlines() if line.startswith("- <strong>")]
    assert items and "<strong>unconfirmed:</strong>" in page
    assert not any("**" in line for line in items)
    for item in items:
        emphasis = item.replace("<strong>", "**").replace("</strong>", "**")
        assert markdown.markdown(item, extensions=["attr_list"]) == markdown.markdown(emphasis, extensions=["attr_list"])


def test_pin_a_render_makes_no_reference_cycle_and_leaves_the_collector_as_it_was():
    """Pins an implementation detail, no behaviour: render() pauses the cyclic collector,
    which is only sound while it leaves no cycle for the collector to find."""
    dossier = handmade_dossier(hostile=True)
    render(dossier)
    gc.collect()
    gc.disable()
    try:
        render(dossier, memo=PageMemo())
        assert gc.collect() == 0
    finally:
        gc.enable()
    render(dossier)
    assert gc.isenabled()


# Renders the hand-made dossier in a process of its own and prints a digest of its pages.
RENDER_DIGEST = """
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
from conftest import handmade_dossier
from dossier.render import render
print(hashlib.sha256(json.dumps(render(handmade_dossier(hostile=True))).encode()).hexdigest())
"""


def test_rendering_gives_the_same_pages_in_processes_with_other_hash_seeds():
    # Sets and dicts of strings iterate in an order that changes with the hash seed: a
    # page that followed one would differ from process to process.
    digests = {subprocess.run([sys.executable, "-c", RENDER_DIGEST, str(ROOT / "tests")], check=True,
                              capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(digests) == 1 and digests != {""}


@pytest.mark.parametrize("change, message", [
    (lambda d: replace(d, articles=(replace(d.articles[0], id="../../etc/passwd"),) + d.articles[1:]),
     "a/drones.txt: the id '../../etc/passwd' is not a safe page name"),
    (lambda d: replace(d, actors=(replace(d.actors[0], id="harbour-town"),) + d.actors[1:]),
     "Harbour Town: two pages would be actors/harbour-town.md"),
    (lambda d: replace(d, facts=(replace(d.facts[0], id="f 1 }"),) + d.facts[1:]),
     "ministry-answers-on-drones: the fact id 'f 1 }' is not a safe anchor name"),
])
def test_unsafe_or_shared_ids_are_refused(change, message):
    with pytest.raises(DossierError) as error:
        render(change(handmade_dossier()))
    assert str(error.value.problems[0]).startswith(message)


def test_user_template_replaces_ours(tmp_path):
    (tmp_path / "actor.md.j2").write_text("# {{ actor.name }} (custom)\n", encoding="utf-8")
    pages = render(handmade_dossier(hostile=True), tmp_path)
    assert pages["actors/olena-koval.md"] == "# Olena Koval (custom)\n"
    hostile = pages["actors/hostile-actor.md"]
    assert "\n# &lt;script&gt;" in hostile   # still escaped
    assert hostile.startswith("---\ntitle: '&lt;script&gt;")   # and its title given as HTML
    assert "### The response" in pages["articles/ministry-answers-on-drones.md"]


class Html(HTMLParser):
    """Every start tag with its attributes, and the text under each element with an id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.open: list[str] = []
        self.text_of: dict[str, list[str]] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in ("br", "img", "hr"):
            self.open.append(attrs.get("id", ""))

    def handle_endtag(self, tag):
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        for element_id in self.open:
            if element_id:
                self.text_of.setdefault(element_id, []).append(data)


ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "a", "strong", "em", "img", "hr",
                "table", "thead", "tbody", "tr", "th", "td",
                "div", "svg", "g", "line", "title", "circle", "rect", "polygon", "text",
                "form", "label", "input", "select", "option", "output", "datalist", "ol"}
OUR_HREF = re.compile(r"^(#[a-z0-9-]+|(\.\./)*((articles|actors|actors/all|facts|timeline|captions)/)?[a-z0-9-]+\.(md|json)(\?(speaker|named)=[a-z0-9-]+)?(#[a-z0-9-]+)?"
                      r"|exports/[a-z]+\.(csv|graphml|ftm\.json)|https?://\S+)$")

OUR_BUILT_HREF = re.compile(r"^(\.\./)+(actors|timeline)/[a-z0-9-]+/(#[a-z0-9-]+)?$")
"""A link in a drawing, to the built address of an actor's page or of a month of the timeline."""
LOCAL_SRC = re.compile(r"^\.\./[^:\\]+$")
CITATION_TAGS = {"br": [{}], "span": [{"class": "dossier-cite", "data-search-exclude": None}, {"class": "dossier-citation"}]}
"""The tags of a fact's citation, each with exactly the attributes our template gives it."""


def as_html(page: str) -> Html:
    page = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.S)    # MkDocs reads front matter itself
    return Html(markdown.markdown(page, extensions=EXTENSIONS))


def hostile_dossier(text: str) -> Dossier:
    article = Article(id="a", source="a.txt", headline=text, authors=(text,), publisher=text,
                      published=date(2026, 1, 1), summary=text, url=text,
                      paragraphs=(Paragraph(1, text, subheading=text), Paragraph(2, f"{text}Ann Lee{text}"),
                                  Paragraph(3, "Ann Lee met Bo Ray.")),
                      additional_sources=(text,), related=(text,))
    actor = Actor("x", text or "x", "person", aliases=(text, "Ann Lee"), articles=("a",), description=text,
                  links=(text,), image=text)
    # Named in the same paragraph and in the quote: the drawings show both names.
    other = Actor("y", f"{text}Bo Ray", "other", aliases=("Bo Ray",), articles=("a",))
    fact = Fact("f-1", "a", 1, "quote", text, speakers=("x",), mentions=("y",), cue=text, hedges=(text,),
                date_text=text, date=date(2026, 1, 1))
    return Dossier((article,), (actor, other), (fact,))


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60) | st.lists(
    st.sampled_from([HOSTILE, "<", ">", "&", "[", "](", ")", "{{", "}}", "{%", "{:", "!", "#", "*", "_", "`",
                     "\\", "|", "~", "-", "1.", "\n", " ", "javascript:", "<!--", "---", "--8<--"]),
    max_size=12).map("".join)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_no_input_becomes_markup(text):
    pages = render(hostile_dossier(text))
    for path, page in pages.items():
        assert not re.search(r"\{\{|\{%|\{#|\}\}|%\}|#\}", page), path   # nothing for a template engine
        if not path.endswith(".md"):    # the facts index: data, which no Markdown reads
            assert not re.search("[<>&{}]", page[1:-1]), path
            continue
        html = as_html(page)
        for tag, attrs in html.tags:
            if tag in CITATION_TAGS:
                assert dict(attrs) in CITATION_TAGS[tag], (path, tag, attrs)
                continue
            assert tag in ALLOWED_TAGS, (path, tag)
            assert not any(name.startswith("on") for name in attrs), (path, attrs)
            if tag == "a":
                assert OUR_HREF.match(attrs.get("href", "")) or OUR_BUILT_HREF.match(attrs.get("href", "")), (path, attrs)
            if tag == "img":   # only a file of the site itself
                assert LOCAL_SRC.match(attrs["src"]) and ".." not in attrs["src"][3:].split("/"), (path, attrs)
    article = as_html(pages["articles/a.md"])
    assert "".join(article.text_of["p-1"]).strip() == (plain(text) or "(empty paragraph)")
    assert "".join(article.text_of["p-2"]).strip() == plain(f"{text}Ann Lee{text}")   # names linked, text kept
    for path in ("relations.md", "actors/x.md"):   # the drawings, with the names in them, are checked above
        assert "svg" in [tag for tag, _ in as_html(pages[path]).tags], path



@pytest.mark.parametrize("page, title", [
    ("# Ferry fares rise\n\nText.\n", None),                       # no entity: the page as it was
    ("# Tom &amp; Jerry\n\nText.\n", "Tom &amp; Jerry"),
    ("# \\# 1 &lt;b&gt; \\*bold\\* \\\\ x\n", "# 1 &lt;b&gt; *bold* \\ x"),   # backslash escapes undone
    ("# \\{\\{ x \\}\\} &amp;\n", "&#123;&#123; x &#125;&#125; &amp;"),   # braces stay entities
    ("# A &amp; B {: #top }\n", "A &amp; B"),                       # an attribute list is no part of it
    ("# A &amp; B \\{: #top \\}\n", "A &amp; B &#123;: #top &#125;"),   # an escaped one is
    ("---\nsearch:\n  boost: 2\n---\n\n# A &lt; B\n", "A &lt; B"),
    ("---\ntitle: Mine\n---\n\n# A &amp; B\n", None),               # a template's own title is kept
    ("Text first\n\n# A &amp; B\n", None),                            # a heading lower down titles nothing
])
def test_a_title_with_an_entity_is_given_in_the_front_matter(page, title):
    result = title_in_front_matter(page)
    if title is None:
        assert result == page
        return
    body, meta = get_data(result)
    _, before = get_data(page)
    assert meta == {**before, "title": title}
    assert body == get_data(page)[0]


def heading_title(page: str) -> str:
    """The title MkDocs finds in a page's first heading."""
    extractor = _ExtractTitleTreeprocessor()
    md = markdown.Markdown(extensions=EXTENSIONS)
    extractor._register(md)
    md.convert(get_data(page)[0])
    return extractor.title


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_a_pages_title_reads_as_its_heading_and_is_no_markup(text):
    pages = render(hostile_dossier(text))
    for path in ("articles/a.md", "actors/x.md"):
        meta, found = get_data(pages[path])[1], heading_title(pages[path])
        if "title" in meta:
            # Material writes it into <title> as it is: HTML text, reading as the heading does.
            assert "<" not in meta["title"] and html.unescape(meta["title"]) == html.unescape(found)
        else:
            # Material writes it through striptags, which must find nothing to turn into markup.
            assert Markup(found).striptags() == found


@pytest.mark.parametrize("text, expected", [
    ("Koval met Olena Koval.", "[Koval](../actors/olena-koval.md) met [Olena Koval](../actors/olena-koval.md)."),
    ("Kovalenko is someone else.", "Kovalenko is someone else."),          # whole words only
    ("Stop! Koval said", "Stop! [Koval](../actors/olena-koval.md) said"),
    ("Hi!Koval", "Hi\\![Koval](../actors/olena-koval.md)"),
    ("Hi![Koval]", "Hi\\!\\[[Koval](../actors/olena-koval.md)\\]"),
    ("- Koval *said*", "\\- [Koval](../actors/olena-koval.md) \\*said\\*"),
    ("The agency and CMA", "The agency and [CMA](../actors/coastal-monitoring-agency.md)"),
])
def test_actor_names_in_article_text_link_to_their_pages(text, expected):
    dossier = handmade_dossier()
    article = replace(dossier.articles[0], paragraphs=(Paragraph(1, text),))
    page = render(replace(dossier, articles=(article,) + dossier.articles[1:]))["articles/ministry-answers-on-drones.md"]
    assert f"{expected}\n{{: #p-1 }}" in page


def test_a_name_two_actors_share_links_to_neither():
    dossier = handmade_dossier()
    twin = Actor("olena-koval-2", "Olena Koval", "person", articles=("ministry-answers-on-drones",))
    page = render(replace(dossier, actors=dossier.actors + (twin,)))["articles/ministry-answers-on-drones.md"]
    assert "Defence Minister Olena Koval said on Thursday" in page
    assert "[Koval](../actors/olena-koval.md) said." in page         # the alias is still one actor's


def test_fact_from_a_headline_links_to_the_top_of_its_page():
    dossier = handmade_dossier()
    fact = Fact("f-0000000007", "grid-attacks-continue", 0, "event", "Grid attacks continue")
    pages = render(replace(dossier, facts=dossier.facts + (fact,)))
    assert "— [Grid attacks continue](../articles/grid-attacks-continue.md), [headline](../articles/grid-attacks-continue.md)" \
        in pages["facts/2026-01.md"]
    assert "— [headline](#) · id f-0000000007" in pages["articles/grid-attacks-continue.md"]


@pytest.mark.parametrize("template, message", [
    ("# {{ actor.nmae }}\n", "actor.md.j2:1: 'dossier.model.Actor object' has no attribute 'nmae' (rendering actors/"),
    ("# ok\n\n{% if %}\n", "actor.md.j2:3: Expected an expression, got 'end of statement block' (rendering actors/"),
])
def test_a_broken_user_template_is_a_problem_with_its_line(tmp_path, template, message):
    (tmp_path / "actor.md.j2").write_text(template, encoding="utf-8")
    with pytest.raises(DossierError) as error:
        render(handmade_dossier(), tmp_path)
    problem = str(error.value.problems[0])
    assert problem.startswith(str(tmp_path / message.split(":")[0]) + ":" + message.split(":", 1)[1]), problem


@pytest.mark.parametrize("dated, newest_first, expected", [
    # Too many for one page: each part after the first is named after its first entry.
    ([("a", date(2026, 1, 3)), ("b", date(2026, 1, 3)), ("c", date(2026, 1, 3))], False,
     [("facts/2026-01.md", "January 2026", 1, "", "facts/2026-01/part-3e23e816.md"),
      ("facts/2026-01/part-3e23e816.md", "January 2026", 1, "facts/2026-01.md", "facts/2026-01/part-2e7d2c03.md"),
      ("facts/2026-01/part-2e7d2c03.md", "January 2026", 1, "facts/2026-01/part-3e23e816.md", "")]),
    ([("a", None), ("b", date(2026, 1, 9)), ("c", date(2025, 12, 1))], False,
     [("facts/2025-12.md", "December 2025", 1, "", ""), ("facts/2026-01.md", "January 2026", 1, "", ""),
      ("facts/undated.md", "Undated articles", 1, "", "")]),
    ([("a", None), ("b", date(2026, 1, 9)), ("c", date(2025, 12, 1))], True,
     [("facts/2026-01.md", "January 2026", 1, "", ""), ("facts/2025-12.md", "December 2025", 1, "", ""),
      ("facts/undated.md", "Undated articles", 1, "", "")]),
    ([], False, []),
])
def test_long_lists_split_by_month_into_bounded_pages(dated, newest_first, expected):
    parts = split("facts", by_month(dated, lambda entry: entry[1], newest_first), key=lambda entry: entry[0], size=2)
    assert [(p.path, p.title, len(p.items), p.previous, p.next) for p in parts] == expected


def entries(count: int, prefix: str = "e") -> list[str]:
    """Invented keys of a long list."""
    return [f"{prefix}-{n}" for n in range(count)]


def key_not_ending_a_part(prefix: str) -> str:
    """A key among the weaker half (see cut): no part ends after it, nor would it be the
    strongest of a part's entries."""
    return next(k for k in entries(100, prefix) if strength(k) >= STRENGTHS // 2)


@pytest.mark.parametrize("count, position, first", [
    (PART_SIZE + 1, 0, None), (PART_SIZE + 1, PART_SIZE + 1, None), (1000, 0, None), (1000, 1, None),
    (1000, 350, None), (1000, 999, None), (1000, 1000, None), (5000, 2500, None), (5000, 4999, None),
    (1000, 0, FIRST_PART_SIZE), (1000, 30, FIRST_PART_SIZE), (1000, 350, FIRST_PART_SIZE),
])
def test_inserting_an_entry_changes_only_the_part_it_lands_in(count, position, first):
    before = cut(entries(count), str, first=first)
    new = key_not_ending_a_part("new")
    after = cut(entries(count)[:position] + [new] + entries(count)[position:], str, first=first)
    changed = [part for part in after if part not in before]
    assert len(changed) == 1 and new in changed[0]
    assert [part for part in before if part not in after] == [[e for e in changed[0] if e != new]]


@pytest.mark.parametrize("count", [PART_SIZE + 1, 1000, 5000, 20000])
def test_parts_of_a_long_list_stay_near_a_readable_size(count):
    parts = cut(entries(count), str)
    sizes = [len(part) for part in parts]
    assert sum(parts, []) == entries(count)
    assert max(sizes) <= PART_SIZE and min(sizes[:-1]) >= PART_SIZE // 4
    if count >= 5000:
        assert PART_SIZE * 0.5 <= sum(sizes) / len(sizes) <= PART_SIZE * 0.75


def test_a_list_that_fits_on_one_page_is_not_cut():
    assert cut(entries(PART_SIZE), str) == [entries(PART_SIZE)] and cut([], str) == []


def quotes_of_ann(count: int, inserted: int | None = None) -> Dossier:
    """A dossier whose one actor, Ann Lee, has `count` quotes, and a new one at `inserted`."""
    article = Article(id="a", source="a.txt", headline="A", paragraphs=(Paragraph(1, "Ann Lee spoke."),))
    actor = Actor("ann-lee", "Ann Lee", "person", articles=("a",))
    facts = [Fact(f"f-{n}", "a", 1, "quote", f"Words {n}", speakers=("ann-lee",)) for n in range(count)]
    if inserted is not None:
        facts.insert(inserted, Fact(key_not_ending_a_part("f-new"), "a", 1, "quote", "New words", speakers=("ann-lee",)))
    return Dossier((article,), (actor,), tuple(facts))


@pytest.mark.parametrize("folder, inserted", [
    ("actors/ann-lee/", 500), ("actors/ann-lee/", 1499), ("actors/ann-lee/", 1500),
    ("facts/", 0), ("facts/", 700), ("facts/", 1500),
])
def test_a_fact_added_to_a_long_list_changes_no_other_page_of_it(folder, inserted):
    before, after = render(quotes_of_ann(1500)), render(quotes_of_ann(1500, inserted))
    parts = [p for p in after if p.startswith(folder)]
    assert sorted(parts) == sorted(p for p in before if p.startswith(folder))
    changed = [p for p in parts if before[p] != after[p]]
    assert changed == [p for p in parts if "New words" in after[p]]


def test_a_busy_month_of_the_timeline_carries_a_day_over_to_its_next_page():
    article = Article(id="a", source="a.txt", headline="A", published=date(2026, 1, 2))
    facts = tuple(Fact(f"f-{n}", "a", 1, "event", f"Event {n}", date=date(2026, 1, 2)) for n in range(PART_SIZE + 1))
    pages = render(Dossier((article,), (), facts))
    parts = [path for path in pages if path.startswith("timeline/2026-01")]
    assert len(parts) > 1 and sum(pages[p].count("- <strong>Event</strong>") for p in parts) == PART_SIZE + 1
    assert all("## 2 January 2026 {: #d-2026-01-02 }" in pages[p] for p in parts)
    assert "- [January 2026, part 1](timeline/2026-01.md) · 1 day, 1 article published, " in pages["timeline.md"]
    assert f"- [January 2026, part 2]({parts[1]}) · 1 day, " in pages["timeline.md"]
    assert f"[Next page →](../{parts[1]})" in pages["timeline/2026-01.md"]
    assert "# Timeline: January 2026, continued\n" in pages[parts[1]]
    assert "[← Previous page](../../timeline/2026-01.md)" in pages[parts[1]]


def test_an_actor_named_in_many_facts_gets_more_pages_of_them():
    pages = render(quotes_of_ann(PART_SIZE))
    parts = [path for path in pages if path.startswith("actors/ann-lee/")]
    first, last = pages["actors/ann-lee.md"], pages[parts[-1]]
    assert parts and "## Articles" not in first and "- <strong>Quote</strong>" in first
    assert f"The quotes, claims, facts and articles of Ann Lee are on {len(parts) + 1} pages: this one · " \
        f"[2](../{parts[0]})" in first
    assert "- Undated · [A](../../articles/a.md)" in last and "[Back to the first page](../../actors/ann-lee.md)" in last
    assert last.startswith("---\nsearch:\n  exclude: true\n---\n") and "named in" not in last


@pytest.mark.parametrize("quotes, pages, first_page", [
    # With its one article, an actor of FIRST_PART_SIZE - 1 quotes fits on its own page.
    (FIRST_PART_SIZE - 1, 1, FIRST_PART_SIZE - 1),
    (FIRST_PART_SIZE, 2, None),
    (PART_SIZE * 8, 8, None),
])
def test_an_actors_own_page_holds_few_of_its_entries(quotes, pages, first_page):
    rendered = render(quotes_of_ann(quotes))
    own = rendered["actors/ann-lee.md"].count("- <strong>Quote</strong>")
    count = len([p for p in rendered if p.startswith("actors/ann-lee")])
    assert count == 1 if pages == 1 else count >= pages
    assert own <= FIRST_PART_SIZE and (first_page is None or own == first_page)


def test_an_actors_pages_link_in_order_from_the_first_and_to_their_neighbours():
    pages = render(quotes_of_ann(PART_SIZE * 8))
    first = pages["actors/ann-lee.md"]
    listed = re.findall(r" · \[\d+\]\(\.\./(actors/ann-lee/part-[0-9a-f]{8}\.md)\)", first.split("\n{: data-search")[0])
    assert sorted(listed) == sorted(p for p in pages if p.startswith("actors/ann-lee/"))
    # Followed from page to page, the quotes come in order, each once, on pages of at most PART_SIZE.
    chain, quotes = ["actors/ann-lee.md", *listed], []
    for n, path in enumerate(chain):
        page = pages[path]
        quotes += [int(q) for q in re.findall(r"Words (\d+)", page)]
        assert page.count("- <strong>Quote</strong>") <= PART_SIZE
        if n:
            assert f"[← Previous page](../../{chain[n - 1]})" in page
        if 0 < n < len(chain) - 1:
            assert f"[Next page →](../../{chain[n + 1]})" in page
    assert quotes == list(range(PART_SIZE * 8)) and "Next page" not in pages[chain[-1]]


LINK = re.compile(r"\]\(([^)\s]+?\.md)(?:#[^)]*)?\)")


def broken_links(pages: dict[str, str]) -> list[tuple[str, str]]:
    """(page, link) for each link between pages that leads to no page, read as MkDocs reads it:
    relative to the folder of the page it is on."""
    return [(path, target) for path, text in pages.items() for target in LINK.findall(text)
            if "://" not in target and posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) not in pages]


def test_every_link_between_pages_leads_to_a_page():
    pages = render(handmade_dossier())
    assert sum(len(LINK.findall(text)) for text in pages.values()) > 100
    assert not broken_links(pages)


def test_long_article_and_actor_lists_get_pages_of_their_own():
    articles = tuple(Article(id=f"a-{n}", source=f"{n}.txt", headline=f"A {n}",
                             published=date(2026, 1 + n % 2, 1)) for n in range(LIST_SIZE + 1))
    actors = tuple(Actor(f"x-{n:04d}", f"X {n:04d}", "place", articles=("a-0",)) for n in range(LIST_SIZE + 1)) + (
        Actor("ann", "Ann", "person", articles=("a-0",)),)
    pages = render(Dossier(articles, actors, ()))
    assert "- [February 2026](../articles/all/2026-02.md) · 250 articles\n" \
        "- [January 2026](../articles/all/2026-01.md) · 251" in pages["articles/index.md"]
    assert pages["articles/all/2026-02.md"].count("\n- 1 February 2026 · [A ") == 250
    # Actors named once are folded away from the ranked index, onto the lists by name.
    places = ["actors/all/places.md", *sorted((p for p in pages if p.startswith("actors/all/places/")),
                                              key=lambda p: pages[p].split("[X ", 1)[1])]
    ranges = [re.findall(r"\[(X \d{4})\]", pages[p]) for p in places]
    assert len(places) > 1 and sum(ranges, []) == [f"X {n:04d}" for n in range(LIST_SIZE + 1)]
    assert f"Not ranked here: {LIST_SIZE + 1} named once. By name: " + " · ".join(
        f"[Places](../{p}) ({r[0]} to {r[-1]})" for p, r in zip(places, ranges)) in pages["actors/index.md"]
    assert "[X 0000]" not in pages["actors/index.md"]
    assert not broken_links(pages)


@pytest.mark.parametrize("roles, expected", [
    ((Role("Minister", "a"),), "- Minister — [A](../articles/a.md)\n"),
    ((Role("aide", "a"), Role("Minister", "a"), Role("Minister", "b"), Role("Minister", "b"), Role("Minister", "c")),
     "- Minister — [A](../articles/a.md) and 2 other articles\n- aide — [A](../articles/a.md)\n"),
    ((Role("Minister", ""), Role("Minister", "b")), "- Minister — from the corrections\n- Minister — [B](../articles/b.md)\n"),
    # One role however it is written: the form most articles print.
    ((Role("director", "a"), Role("Director", "b"), Role("Director", "c")),
     "- Director — [A](../articles/a.md) and 2 other articles\n"),
])
def test_an_actor_page_lists_each_role_once(roles, expected):
    articles = tuple(Article(id=i, source=f"{i}.txt", headline=i.upper()) for i in "abc")
    actor = Actor("ann-lee", "Ann Lee", "person", roles=roles, articles=("a", "b", "c"))
    assert f"## Roles {{: #roles }}\n\n{expected}" in render(Dossier(articles, (actor,), ()))["actors/ann-lee.md"]


def test_the_sources_page_counts_what_it_does_not_link():
    articles = tuple(Article(id=f"a-{n:02d}", source=f"{n}.txt", headline=f"A {n:02d}", publisher="The Courier")
                     for n in range(SOURCE_LINKS + 2))
    page = render(Dossier(articles, (), ()))["sources.md"]
    assert f"[A {SOURCE_LINKS - 1:02d}](articles/a-{SOURCE_LINKS - 1:02d}.md) and 2 more articles\n" in page
    assert f"[A {SOURCE_LINKS:02d}]" not in page


def carried_fact(also_in: tuple[tuple[str, int], ...]) -> dict[str, str]:
    """The pages of a dossier of ten articles, whose first carries one dated fact with a
    speaker, also carried at `also_in`."""
    articles = tuple(Article(id=f"a-{n:02d}", source=f"{n}.txt", headline=f"A {n:02d}", published=date(2026, 1, 5),
                             paragraphs=(Paragraph(1, "The port will reopen."), Paragraph(2, "It will reopen.")))
                     for n in range(10))
    actor = Actor("ann-lee", "Ann Lee", "person", articles=("a-00",))
    fact = Fact("f-0000000001", "a-00", 1, "claim", "The port will reopen on Monday", speakers=("ann-lee",),
                date=date(2026, 1, 12), also_in=also_in)
    return render(Dossier(articles, (actor,), (fact,)))


OTHERS = tuple((f"a-{n:02d}", 1) for n in range(1, 10))
LISTS = ("facts/2026-01.md", "actors/ann-lee.md", "timeline/2026-01.md")


@pytest.mark.parametrize("also_in, own, listed", [
    # On its article's page every place; on a list only how many, linking to that list.
    (OTHERS, "also reported by 9 articles: [A 01](../articles/a-01.md#p-1), [A 02]",
     "also reported by [9 other articles](../articles/a-00.md#f-0000000001) · id"),
    (OTHERS[:1], "also reported by 1 article: [A 01](../articles/a-01.md#p-1) · id",
     "also reported by [1 other article](../articles/a-00.md#f-0000000001) · id"),
    # Its own article's other paragraphs are not other articles; they are few, and shown.
    ((("a-00", 2),), "also reported by 1 article: [A 00](#p-2) · id",
     "also reported by 1 article: [A 00](../articles/a-00.md#p-2) · id"),
    ((("a-00", 2), ("a-03", 1), ("a-03", 2)), "also reported by 2 articles: [A 00](#p-2), [A 03](../articles/a-03.md#p-1), [A 03]",
     "also reported by [1 other article](../articles/a-00.md#f-0000000001) · id"),
])
def test_a_fact_other_articles_carry_lists_them_on_its_article_page_and_counts_them_elsewhere(also_in, own, listed):
    pages = carried_fact(also_in)
    assert own in pages["articles/a-00.md"]
    for page in LISTS:
        assert listed in pages[page], page


@pytest.mark.parametrize("page", LISTS)
def test_a_fact_entry_on_a_list_does_not_grow_with_the_articles_carrying_it(page):
    assert len(carried_fact(OTHERS[:2])[page]) == len(carried_fact(OTHERS)[page])


@pytest.mark.parametrize("directory_urls, page, expected", [
    # Links in drawings are raw HTML, which MkDocs does not rewrite: they name the built pages.
    (True, "relations.md", '<a href="../actors/olena-koval/"'),
    (True, "actors/olena-koval.md", '<a href="../../actors/coastal-monitoring-agency/"'),
    (False, "relations.md", '<a href="actors/olena-koval.html"'),
    (False, "actors/olena-koval.md", '<a href="../actors/coastal-monitoring-agency.html"'),
])
def test_a_drawings_links_lead_to_the_built_actor_pages(directory_urls, page, expected):
    assert expected in render(handmade_dossier(), directory_urls=directory_urls)[page]
