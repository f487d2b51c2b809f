"""The built site in a real browser: search, links, hostile text, and no request leaves the site."""

from __future__ import annotations

import functools
import json
import os
import shutil
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import HOSTILE, ROOT, handmade_dossier
from dossier.escape import plain
from dossier.export_formats import site_exports
from dossier.render import render
from dossier.write import write_pages
from test_plugin import mkdocs_build, project, without_plugin

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# A 1x1 PNG: the actor's image, kept in the site itself.
PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c489"
                      "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
WAIT = 15_000
"""Milliseconds to wait for search results: the search index loads in a web worker."""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):       # the test reports what matters itself
        pass


def serve(site: Path):
    """Serve a built site on 127.0.0.1 from a thread; yield its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """The seed and a hostile article, built by `mkdocs build --strict` with the plugin."""
    folder = project(tmp_path_factory.mktemp("seed"))
    shutil.copy(ROOT / "tests" / "cases" / "hostile.txt", folder / "seeds" / "zz-hostile.txt")
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


@pytest.fixture(scope="module")
def handmade_site(tmp_path_factory):
    """A hand-made dossier with hostile text, written as pages and built without the plugin."""
    yield from serve(written_site(project(tmp_path_factory.mktemp("handmade")), handmade_dossier(hostile=True)))


def written_site(folder: Path, dossier) -> Path:
    """The site MkDocs builds, without the plugin, from the pages `dossier build` writes of a
    hand-made dossier (its portrait included): its folder."""
    write_pages({**render(dossier), **site_exports(dossier)}, folder / "docs")
    (folder / "docs" / "images").mkdir()
    (folder / "docs" / "images" / "koval.png").write_bytes(PIXEL)
    result = mkdocs_build(folder, "site", without_plugin(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def heading(page) -> str:
    """The page's title as shown, less the permalink sign the table of contents adds."""
    return page.locator("h1").inner_text().removesuffix("¶")


class Visit:
    """A browser page that records console errors, page errors, dialogs and off-site requests."""

    def __init__(self, browser, base: str):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.offsite: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.context.on("request", self.request)

    def request(self, request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname != "127.0.0.1":
            self.offsite.append(request.url)

    def open(self, path: str = ""):
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def search(self, words: str, target: str):
        """Type words into the search box and follow the result that leads to target."""
        # Typed as a reader types: the results open only once the search box has the focus.
        self.page.click("input.md-search__input")
        self.page.keyboard.type(words)
        # Material adds ?h=<words> to a result's address, to highlight them on the page.
        result = self.page.locator(f'a.md-search-result__link[href*="/{target}?"]').first
        result.wait_for(timeout=WAIT)
        result.click()
        self.page.wait_for_url(lambda url: urlsplit(url).path.endswith("/" + target), timeout=WAIT)
        return self.page

    def check_clean(self):
        assert self.errors == []
        assert self.offsite == []
        assert self.page.evaluate("typeof window.pwned") == "undefined"

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    visits = []

    def make(base):
        visits.append(Visit(browser, base))
        return visits[-1]

    yield make
    for v in visits:
        v.close()


def test_search_finds_an_actor_by_alias_and_shows_its_quote(visit, handmade_site):
    v = visit(handmade_site)
    v.open()
    page = v.search("CMA", "actors/coastal-monitoring-agency/")
    assert heading(page) == "Coastal Monitoring Agency"
    assert "“Forty drones came in overnight,”" in page.locator("#quotes + ul").inner_text()
    # The quote links to the paragraph it came from.
    page.locator("#quotes + ul a", has_text="¶2").click()
    page.wait_for_url("**/articles/grid-attacks-continue/#p-2")
    assert "Forty drones came in overnight" in page.locator("#p-2").inner_text()
    # A fact is found by its words, on the page of the article it was said in.
    v.open()
    page = v.search("within hours", "articles/ministry-answers-on-drones/")
    assert "We acted within hours" in page.locator("#p-2").inner_text()
    v.check_clean()


def test_hostile_text_shows_as_text_and_runs_nothing(visit, handmade_site):
    v = visit(handmade_site)
    page = v.open("articles/hostile-text/")
    assert page.locator("#p-1").inner_text() == plain(HOSTILE)
    assert heading(page).startswith("# <script>")
    content = page.locator("article")
    assert content.locator("script, iframe, img").count() == 0
    assert content.locator("a[href^='javascript:']").count() == 0
    page = v.open("actors/hostile-actor/")
    assert heading(page) == plain(HOSTILE)
    assert page.locator("article").locator("script, iframe, img").count() == 0
    # Search results show the same text from the search index: still text.
    page = v.search("hidden", "actors/hostile-actor/")
    assert heading(page) == plain(HOSTILE)
    v.check_clean()


def test_seed_site_searches_links_and_stays_on_the_site(visit, seed_site):
    v = visit(seed_site)
    page = v.open()
    assert heading(page) == "Dossier"
    with urllib.request.urlopen(seed_site + "dossier.json") as response:
        data = json.load(response)
    quoted = {s for f in data["facts"] if f["kind"] == "quote" for s in f["speakers"]}
    # The actor the search can best be tried on: one with an alias and a quote, if any.
    actor = max(data["actors"], key=lambda a: (bool(a["aliases"]), a["id"] in quoted, a["id"]))
    words = actor["aliases"][0] if actor["aliases"] else actor["name"]
    page = v.search(words, f"actors/{actor['id']}/")
    assert heading(page) == " ".join(actor["name"].split())
    for fact in data["facts"]:
        if fact["kind"] == "quote" and actor["id"] in fact["speakers"]:
            assert " ".join(fact["text"].split()) in page.locator("#quotes + ul").inner_text()
    # The hostile article: every paragraph shows as the text it was, and nothing ran.
    hostile = next(a for a in data["articles"] if a["source"] == "zz-hostile.txt")
    page = v.open(f"articles/{hostile['id']}/")
    for number, text in enumerate(hostile["paragraphs"], 1):
        assert page.locator(f"#p-{number}").inner_text() == plain(text)
    assert page.locator("article").locator("script, iframe, img").count() == 0
    v.check_clean()


def test_seed_site_search_runs_the_dossier_worker_and_shows_hostile_text_as_text(visit, seed_site):
    v = visit(seed_site)
    workers = []
    v.page.on("worker", lambda worker: workers.append(worker.url))
    page = v.open()
    page.click("input.md-search__input")
    page.keyboard.type("pwned")
    results = page.locator(".md-search-result__list")
    results.locator("mark").first.wait_for(timeout=WAIT)
    assert [urlsplit(url).path.rsplit("/", 1)[-1].split(".")[0] for url in workers] == ["dossier-search"]
    assert results.locator("script, iframe, img").count() == 0
    assert "window.pwned = 1" in results.inner_text()
    v.check_clean()


WORKER = ROOT / "dossier" / "assets" / "search-worker.js"
# Posts a search index and a query to the worker, as Material's search box does.
ASK_WORKER = """async ([source, index, query]) => {
  const worker = new Worker(URL.createObjectURL(new Blob([source], {type: "text/javascript"})));
  const reply = () => new Promise(resolve => worker.onmessage = event => resolve(event.data));
  worker.postMessage({type: 0, data: index});
  await reply();
  worker.postMessage({type: 2, data: query});
  const answer = await reply();
  worker.terminate();
  return answer.data;
}"""
SEARCH_INDEX = {
    "config": {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "options": {"suggest": True},
    "docs": [
        {"location": "actors/ada-lovelace/", "title": "Ada Lovelace", "text": "<p>Person · named in 2 articles</p>",
         "boost": 2},
        {"location": "actors/ada-lovelace/#roles", "title": "Roles", "text": "<ul> <li>countess — Engines</li> </ul>",
         "boost": 2},
        {"location": "articles/engines/", "title": "Engines", "text": "<p>By Charles Babbage</p>"},
        {"location": "articles/engines/#text", "title": "Text",
         "text": "<p>The analytical engine weaves patterns.</p> <p>AT&amp;T wrote &lt;b&gt; twice.</p>"},
        {"location": "articles/looms/", "title": "Looms", "text": "<p>Jacquard looms weave cloth, Lovelace noted.</p>"},
    ],
}


@pytest.fixture(scope="module")
def ask_worker(browser):
    page = browser.new_page()
    page.goto("about:blank")
    source = WORKER.read_text(encoding="utf-8")
    yield lambda query: page.evaluate(ASK_WORKER, [source, SEARCH_INDEX, query])
    page.close()


@pytest.mark.parametrize("query, pages", [
    ("lovel", ["actors/ada-lovelace/", "articles/looms/"]),      # a name in a title outweighs the text
    ("ovelace", []),                                              # words match from their start...
    ("*ovelace", ["actors/ada-lovelace/", "articles/looms/"]),   # ...or anywhere after a leading *
    ("WEAVE", ["articles/looms/", "articles/engines/"]),         # any case; a page above a section
    ("weave -jacquard", ["articles/engines/"]),
    ("+weave +analytical", ["articles/engines/"]),
    ('"weave cloth"', ["articles/looms/"]),
    ("countess", ["actors/ada-lovelace/"]),
    ("title:lovelace", ["actors/ada-lovelace/"]),
    ("text:lovelace", ["articles/looms/"]),
    ('"weave', ["articles/looms/", "articles/engines/"]),        # a stray quote is dropped
    ("the", []),                                                  # a stop word, as Material skips it
    ("at&t", ["articles/engines/"]),                              # the index holds text as HTML
    ("amp", []),                                                  # an entity's name is no word
    ("&amp;t", []),                                               # nor is an entity what was typed
    ("&t", ["articles/engines/"]),
    ("p", ["actors/ada-lovelace/", "articles/engines/"]),         # tags are no text
])
def test_search_worker_keeps_materials_query_rules(ask_worker, query, pages):
    groups = ask_worker(query)["items"]
    assert [group[0]["location"].split("#")[0] for group in groups] == pages
    for group in groups:   # a page heads its sections, even when only a section matched
        assert {item["location"].split("#")[0] for item in group} == {group[0]["location"].split("#")[0]}
        assert any("#" not in item["location"] for item in group)


def test_search_worker_marks_matches_and_shows_the_matching_paragraph(ask_worker):
    result = ask_worker("weav lovelace")
    by_location = {item["location"]: item for group in result["items"] for item in group}
    assert by_location["articles/engines/#text"]["text"] == "<p>The analytical engine <mark>weaves</mark> patterns.</p>"
    assert by_location["articles/engines/#text"]["terms"] == {"weav": True, "lovelace": False}
    assert by_location["actors/ada-lovelace/"]["title"] == "Ada <mark>Lovelace</mark>"
    assert by_location["articles/looms/"]["text"] == (
        "<p>Jacquard looms <mark>weave</mark> cloth, <mark>Lovelace</mark> noted.</p>")
    assert ask_worker("ada lov")["suggest"] == ["ada", "lovelace"]


def test_seed_site_copies_a_facts_citation_from_its_button(visit, seed_site):
    v = visit(seed_site)
    v.context.grant_permissions(["clipboard-read", "clipboard-write"])
    with urllib.request.urlopen(seed_site + "dossier.json") as response:
        fact = json.load(response)["facts"][0]
    page = v.open(f"articles/{fact['article']}/")
    entry = page.locator(f"li#{fact['id']}")
    assert entry.locator(".dossier-citation").inner_text() == fact["citation"]
    entry.locator("button.dossier-copy").click()
    page.wait_for_function("document.querySelector('li#%s button.dossier-copy').textContent == 'Copied'" % fact["id"],
                           timeout=WAIT)
    assert page.evaluate("navigator.clipboard.readText()") == fact["citation"]
    v.check_clean()
