"""Citations: every fact's line to paste, the same in the export and on the site."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from conftest import handmade_dossier
from dossier.citation import cite
from dossier.export import ExportMemo, export_json
from dossier.model import Article, Fact
from dossier.render import render

FACT = Fact("f-0123456789", "harbour", 3, "claim", "the plan was approved")


@pytest.mark.parametrize("article, expected", [
    (Article("harbour", "a/harbour.txt", "Harbour plan approved", publisher="The Courier",
             published=date(2024, 5, 1), url="https://example.com/harbour"),
     "The Courier, “Harbour plan approved”, 1 May 2024, https://example.com/harbour, paragraph 3, fact f-0123456789"),
    # What is unknown is left out; no date says so; no address gives the file.
    (Article("harbour", "a/harbour.txt", "Harbour plan approved"),
     "“Harbour plan approved”, undated, file a/harbour.txt, paragraph 3, fact f-0123456789"),
    (None, "harbour, paragraph 3, fact f-0123456789"),
])
def test_a_citation_names_publisher_headline_date_address_paragraph_and_fact(article, expected):
    assert cite(FACT, article) == expected


def test_a_fact_from_a_caption_is_cited_so():
    article = Article("harbour", "harbour.txt", "Harbour plan approved")
    assert cite(replace(FACT, paragraph=0), article) == \
        "“Harbour plan approved”, undated, file harbour.txt, headline or caption, fact f-0123456789"


def test_every_fact_in_the_export_has_its_citation():
    dossier = handmade_dossier(hostile=True)
    articles = {a.id: a for a in dossier.articles}
    exported = json.loads(export_json(dossier))
    assert [f["citation"] for f in exported["facts"]] == [cite(f, articles[f.article]) for f in dossier.facts]
    assert exported["facts"][0]["citation"] == ("The Courier, “Ministry answers on drones”, 29 January 2026, "
                                                "https://example.com/drones, paragraph 2, fact f-0000000001")


def test_every_fact_entry_on_the_site_shows_the_exported_citation_as_text():
    dossier = handmade_dossier()
    pages = render(dossier)
    entry = next(line for line in pages["facts/2026-01.md"].splitlines() if "f-0000000001" in line and "Cite:" in line)
    assert entry == ('  <br><span class="dossier-cite" data-search-exclude>Cite: <span class="dossier-citation">'
                     'The Courier, “Ministry answers on drones”, 29 January 2026, https://example.com/drones, '
                     'paragraph 2, fact f-0000000001</span></span>')


def test_a_hostile_headline_reaches_the_citation_on_the_page_escaped():
    dossier = handmade_dossier(hostile=True)
    hostile = next(a for a in dossier.articles if "<script>" in a.headline)
    fact = next(f for f in dossier.facts if f.article == hostile.id)
    page = render(dossier)[f"articles/{hostile.id}.md"]
    cited = next(line for line in page.splitlines() if f"fact {fact.id}</span>" in line)
    assert "<script>" not in cited and "&lt;script&gt;" in cited


def test_a_memo_kept_while_serving_gives_the_new_citation_when_only_the_article_changed():
    dossier = handmade_dossier()
    memo = ExportMemo()
    export_json(dossier, memo)
    renamed = replace(dossier, articles=(replace(dossier.articles[0], publisher="The Evening Courier"),
                                         *dossier.articles[1:]))
    cited = json.loads(export_json(renamed, memo))["facts"][0]["citation"]
    assert cited.startswith("The Evening Courier, “Ministry answers on drones”")
