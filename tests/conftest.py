"""Shared fixtures: a hand-made dossier, golden files and the `--update-goldens` switch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.model import Actor, Article, Caption, Dossier, Fact, Paragraph, Role

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "cases" / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the golden files under tests/cases/golden from the current output")


class Goldens:
    """Compares pages with the files under one folder of tests/cases/golden, or rewrites them."""

    def __init__(self, update: bool):
        self.update = update

    def check(self, name: str, pages: dict[str, str]) -> None:
        folder = GOLDEN / name
        if self.update:
            for old in sorted(folder.rglob("*"), reverse=True) if folder.exists() else ():
                old.unlink() if old.is_file() else old.rmdir()
            for path, text in pages.items():
                (folder / path).parent.mkdir(parents=True, exist_ok=True)
                (folder / path).write_text(text, encoding="utf-8")
            return
        stored = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        assert stored == set(pages), (
            f"pages differ from {folder}: run pytest --update-goldens and review the diff")
        for path in sorted(pages):
            assert pages[path] == (folder / path).read_text(encoding="utf-8"), (
                f"{folder / path} differs: run pytest --update-goldens and review the diff")


@pytest.fixture
def goldens(request) -> Goldens:
    return Goldens(request.config.getoption("--update-goldens"))


HOSTILE = ("<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\"> "
           "<iframe src=\"https://example.com/\"></iframe> [click](javascript:window.pwned=3) "
           "![pixel](https://example.com/p.png) {{ config.site_name }} {% include 'x' %} "
           "<!-- hidden --> {: .evil onclick=\"x\" }")
"""Text that would run, load or restructure something if it were not escaped."""


def handmade_dossier(hostile: bool = False) -> Dossier:
    """Two articles, actors of each kind and facts of each kind, with every field set.

    With hostile=True a third article carries markup, template syntax and block starts in
    every text field, and an actor is named with it.
    """
    first = Article(
        id="ministry-answers-on-drones", source="a/drones.txt",
        headline="Ministry answers on drones", authors=("Ana Lima", "Ben Okafor"),
        publisher="The Courier", published=date(2026, 1, 29), url="https://example.com/drones",
        summary="The defence ministry said it had contacted the operator.",
        paragraphs=(Paragraph(1, "Defence Minister Olena Koval said on Thursday that the ministry had acted."),
                    Paragraph(2, "\"We acted within hours,\" Koval said.", subheading="The response"),
                    Paragraph(3, "The agency reported 40 drones, allegedly guided by satellite.")),
        captions=(Caption("A crater in Harbour Town", "AP Photo", date(2026, 1, 28), "Harbour Town"),),
        additional_sources=("AP", "AFP"), related=("Earlier strikes on the grid",))
    second = Article(
        id="grid-attacks-continue", source="b/grid.html", headline="Grid attacks continue",
        publisher="Daily Wire Service", published=date(2026, 1, 30), published_inferred=True,
        paragraphs=(Paragraph(1, "Koval said the grid was hit again."),
                    Paragraph(2, "The Coastal Monitoring Agency counted 40 drones. \"Forty drones came in overnight,\" the agency said.")))
    articles = [first, second]
    actors = [
        Actor("olena-koval", "Olena Koval", "person", aliases=("Koval", "O. Koval"),
              roles=(Role("Defence Minister", first.id), Role("Minister", "")),
              affiliations=("Harbour Town",), articles=(first.id, second.id),
              description="Minister of defence since 2025.",
              links=("https://example.com/koval", "javascript:window.pwned=4"), image="images/koval.png"),
        Actor("coastal-monitoring-agency", "Coastal Monitoring Agency", "organisation", aliases=("the agency", "CMA"),
              articles=(first.id, second.id)),
        Actor("harbour-town", "Harbour Town", "place", articles=(first.id,)),
    ]
    facts = [
        Fact("f-0000000001", first.id, 2, "quote", "We acted within hours,", speakers=("olena-koval",),
             cue="said", date=date(2026, 1, 29), date_text="on Thursday"),
        Fact("f-0000000002", first.id, 3, "statistic", "40 drones", speakers=("coastal-monitoring-agency",),
             hedges=("allegedly",), also_in=((second.id, 2),)),
        Fact("f-0000000003", first.id, 0, "event", "A crater in Harbour Town", mentions=("harbour-town",),
             date=date(2026, 1, 28), date_text="28 January, 2026"),
        Fact("f-0000000004", second.id, 1, "claim", "the grid was hit again", speakers=("olena-koval",),
             cue="said", mentions=("coastal-monitoring-agency",)),
        Fact("f-0000000006", second.id, 2, "quote", "Forty drones came in overnight,",
             speakers=("coastal-monitoring-agency",), cue="said"),
    ]
    if hostile:
        bad = Article(
            id="hostile-text", source="c/hostile.md", headline="# " + HOSTILE, authors=(HOSTILE,),
            publisher=HOSTILE, published=date(2026, 1, 31), url="javascript:window.pwned=5",
            summary=HOSTILE,
            paragraphs=(Paragraph(1, HOSTILE), Paragraph(2, "--8<-- \"/etc/passwd\"", subheading=HOSTILE),
                        Paragraph(3, "!!! note \"Admonition\"\n    body"), Paragraph(4, "---\ntitle: x\n---"),
                        Paragraph(5, "1. not a list\n# not a heading\n> not a quote")),
            captions=(Caption(HOSTILE, HOSTILE, None, HOSTILE),),
            additional_sources=(HOSTILE,), related=(HOSTILE,))
        articles.append(bad)
        actors.append(Actor("hostile-actor", HOSTILE, "other", aliases=(HOSTILE,), roles=(Role(HOSTILE, bad.id),),
                            articles=(bad.id,), description=HOSTILE, links=(HOSTILE,), image=HOSTILE))
        facts.append(Fact("f-0000000005", bad.id, 1, "quote", HOSTILE, speakers=("hostile-actor",),
                          cue=HOSTILE, hedges=(HOSTILE,), date_text=HOSTILE))
    return Dossier(tuple(articles), tuple(actors), tuple(facts))
