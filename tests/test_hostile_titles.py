"""Page titles that carry markup, in a real browser: every page shows them as text and runs nothing."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from dossier.escape import plain
from dossier.export_formats import site_exports
from dossier.no_page import has_page
from dossier.pipeline import build
from dossier.render import render
from dossier.write import write_pages
from test_browser import ASK_WORKER, SEARCH_INDEX, WAIT, WORKER, Visit, browser, serve  # noqa: F401  (browser is a fixture)
from test_plugin import mkdocs_build, without_plugin

# Each payload would set window.pwned, open a dialog or ask another host for an image if
# the page ran it. Invented headlines, one per input format and encoding.
SEEDS = {
    "plain.txt": """\
        Mayor says </title><script>window.pwned = 'txt'; alert('txt')</script> bridge reopens

        Mayor Clara Nyberg said on Monday that the Tollund bridge would reopen in March.

        "We have waited long enough," Nyberg said at the town hall.
        """,
    "encoded.txt": """\
        Ferry &lt;/title&gt;&lt;img src=x onerror=alert('entity')&gt; fares rise & <b>strike</b> ends

        The Nordvik ferry operator said fares would rise by 4 percent from April.
        """,
    "saved.html": """\
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">
        <title>Council &lt;/title&gt;&lt;script&gt;window.pwned = 'html'&lt;/script&gt; vote &amp; &lt;b&gt;budget&lt;/b&gt;</title>
        </head><body><article>
        <h1>Council &lt;/title&gt;&lt;script&gt;window.pwned = 'html'&lt;/script&gt; vote &amp; &lt;b&gt;budget&lt;/b&gt;</h1>
        <p>The council of Tollund voted on Tuesday to approve the budget for the coming year.</p>
        <p>Councillor Mira Sandvik said the vote was close and the debate had been long.</p>
        </article></body></html>
        """,
    "front.md": """\
        ---
        title: "Harbour </title><img src=https://example.org/pixel.png onerror=\\"window.pwned = 'md'\\"> plan"
        author: Ola Brenn
        ---

        The harbour board of Nordvik said on Wednesday that the new quay would open in May.

        Board chair Henrik Aas said the plan had been changed twice.
        """,
    "heading.md": """\
        # Port &lt;/title&gt;&lt;script&gt;alert('md entity')&lt;/script&gt; talks <i>stall</i>

        Talks between the port of Tollund and its workers stalled on Thursday, the union said.
        """,
}
ACTOR_NAME = "Clara </title><svg onload=\"window.pwned = 'actor'\"> Nyberg &amp; co"
OVERRIDES = f"""\
actors:
  Clara Nyberg:
    name: {json.dumps(ACTOR_NAME)}
"""
SITE_NAME = "Dossier"


def project(folder: Path) -> Path:
    """mkdocs.yml, the hand-written docs, and the invented seeds and overrides."""
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder)
    shutil.copytree(ROOT / "docs", folder / "docs")
    (folder / "seeds").mkdir()
    for name, text in SEEDS.items():
        (folder / "seeds" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (folder / "overrides.yml").write_text(OVERRIDES, encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["plugin", "written pages"])
def hostile_site(request, tmp_path_factory):
    """The site built by `mkdocs build --strict`, with the plugin or from the pages
    `dossier build` writes (as a generator that runs no MkDocs plugin reads them);
    yields its base URL, its folder and the dossier."""
    folder = project(tmp_path_factory.mktemp("titles") / "project")
    dossier = build(folder / "seeds", folder / "overrides.yml")
    config = "mkdocs.yml"
    if request.param == "written pages":
        write_pages({**render(dossier), **site_exports(dossier)}, folder / "docs")
        config = without_plugin(folder)
    result = mkdocs_build(folder, "site", config)
    assert result.returncode == 0, result.stderr
    for base in serve(folder / "site"):
        yield base, folder / "site", dossier


def every_page(site: Path) -> list[str]:
    """The address of every page of a built site, relative to its root."""
    folders = (page.relative_to(site).parent.as_posix() for page in site.rglob("index.html"))
    return sorted("" if folder == "." else folder + "/" for folder in folders)


def test_the_dossier_has_the_hostile_titles(hostile_site):
    _, _, dossier = hostile_site
    headlines = {article.source: article.headline for article in dossier.articles}
    assert set(headlines) == set(SEEDS)
    # Written as markup in some seeds, as entities in others (which the page shows as written).
    assert all("</title>" in headline or "&lt;/title&gt;" in headline for headline in headlines.values()), headlines
    assert ACTOR_NAME in {actor.name for actor in dossier.actors}


def test_every_page_shows_its_title_as_text_and_runs_nothing(browser, hostile_site):  # noqa: F811
    base, site, dossier = hostile_site
    pages = every_page(site)
    titled = {f"articles/{a.id}/": plain(a.headline) for a in dossier.articles}
    titled.update({f"actors/{a.id}/": plain(a.name) for a in dossier.actors if has_page(a)})
    assert set(titled) <= set(pages)
    v = Visit(browser, base)
    try:
        for path in pages:
            page = v.open(path)
            heading = page.locator("h1").first.inner_text().removesuffix("¶")
            # The header shows the page's title as HTML; the title element must hold the same text.
            header = page.locator("[data-md-component=header-topic]").inner_text().strip()
            if path in titled:
                assert heading == header == titled[path], path
            # Nothing closed the title element early: it holds exactly the text.
            assert page.title() == (SITE_NAME if path == "" else f"{header} - {SITE_NAME}"), path
            assert page.locator("head title").count() == 1, path
            assert page.locator("script:not([src])").evaluate_all(
                "scripts => scripts.filter(s => s.textContent.includes('pwned') || s.textContent.includes('alert'))"
            ) == [], path
            assert page.locator("body").locator("svg[onload], img[onerror]").count() == 0, path
            assert page.evaluate("typeof window.pwned") == "undefined", path
        assert v.errors == []
        assert v.offsite == []
    finally:
        v.close()


# Only the plugin puts the dossier's search worker in place of Material's.
@pytest.mark.parametrize("hostile_site", ["plugin"], indirect=True)
def test_search_suggests_what_a_title_says_not_its_escaped_form(browser, hostile_site):  # noqa: F811
    from playwright.sync_api import expect
    base, _, _ = hostile_site
    v = Visit(browser, base)
    try:
        page = v.open()
        page.click("input.md-search__input")
        # The words of the title 'Council </title><script>... vote & <b>budget</b>'.
        page.keyboard.type("vote & <b")
        suggestion = page.locator(".md-search__suggest")
        expect(suggestion).to_have_text("vote & <b>budget</b>", timeout=WAIT)
        assert suggestion.locator("*").count() == 0
        v.check_clean()
    finally:
        v.close()


@pytest.mark.parametrize("hostile_site", ["plugin"], indirect=True)
def test_search_results_show_hostile_titles_as_text(browser, hostile_site):  # noqa: F811
    base, _, dossier = hostile_site
    headline = next(plain(a.headline) for a in dossier.articles if a.source == "plain.txt")
    v = Visit(browser, base)
    try:
        page = v.open()
        page.click("input.md-search__input")
        page.keyboard.type("bridge reopens")
        titles = page.locator(".md-search-result__article h1")
        titles.first.wait_for(timeout=WAIT)
        assert headline in titles.all_inner_texts()
        assert page.locator(".md-search-result__list").locator("script, img, svg").count() == 0
        v.check_clean()
    finally:
        v.close()


ESCAPED_TITLES = {**SEARCH_INDEX, "docs": [
    {"location": "articles/vote/", "title": "Council vote &amp; &lt;b&gt;budget&lt;/b&gt; &#8220;passed&#x201d;",
     "text": "<p>The council voted.</p>"},
]}


@pytest.mark.parametrize("query, words", [
    ("vote &", ["vote", "&"]),
    ("vote & <b", ["vote", "&", "<b>budget</b>"]),
    ("bud", ["budget</b>"]),
    ("pass", ["passed”"]),
])
def test_search_worker_suggests_the_words_of_a_title_as_text(browser, query, words):  # noqa: F811
    page = browser.new_page()
    try:
        page.goto("about:blank")
        answer = page.evaluate(ASK_WORKER, [WORKER.read_text(encoding="utf-8"), ESCAPED_TITLES, query])
    finally:
        page.close()
    assert answer["suggest"] == words
