"""The MkDocs plugin and `dossier build`: one site either way, and the user's files untouched."""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT
from dossier.no_page import NO_PAGE_REASONS
from dossier.plugin import SEARCH_WORKER_URI, DossierPlugin, OverridesWatch, use_search_worker

ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}


def project(tmp_path: Path) -> Path:
    """A copy of the project's site inputs: mkdocs.yml, seeds/ and the hand-written docs/."""
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder)
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "docs", folder / "docs")
    return folder


def run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=folder, env=ENV, capture_output=True, text=True)


def mkdocs_build(folder: Path, site: str = "site", config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    return run(folder, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", site)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def search_worker_aside(folder: Path) -> dict[str, str]:
    """snapshot() of a site with its scripts of the plugin's left out: the plugin's own
    search worker replaces Material's, which a site built without the plugin keeps, and
    only the plugin adds the script that puts the citations' Copy buttons in place."""
    for page in folder.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r'\n[ \t]*<script src="[^"]*assets/javascripts/dossier-copy-citation\.[0-9a-f]+\.js"></script>\n[ \t]*', "", text)
        page.write_text(re.sub(r'assets/javascripts/workers/[^"]+\.js"', 'WORKER"', text), encoding="utf-8")
    return {path: digest for path, digest in snapshot(folder).items()
            if not path.startswith(("assets/javascripts/workers/", "assets/javascripts/dossier-copy-citation."))}


def without_plugin(folder: Path) -> str:
    """mkdocs.yml less our plugin: what a generator that runs no MkDocs plugins reads."""
    text = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    plain = re.sub(r"\n  - dossier:\n(?:      .*\n)+", "\n", text)
    assert plain != text
    (folder / "plain.yml").write_text(plain, encoding="utf-8")
    return "plain.yml"


def test_strict_build_of_the_seed(tmp_path):
    folder = project(tmp_path)
    (folder / "overrides.yml").write_text("# No corrections yet.\n", encoding="utf-8")
    inputs = {"seeds": snapshot(folder / "seeds"), "docs": snapshot(folder / "docs"),
              "overrides": (folder / "overrides.yml").read_bytes()}
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    assert re.findall(r"^(?:WARNING|ERROR).*", result.stderr, re.M) == []
    site = folder / "site"
    # dossier.json in the site is `dossier export`.
    exported = run(folder, "-m", "dossier", "export", "seeds")
    assert exported.returncode == 0, exported.stderr
    assert (site / "dossier.json").read_text(encoding="utf-8") == exported.stdout
    data = json.loads(exported.stdout)
    for article in data["articles"]:
        assert (site / "articles" / article["id"] / "index.html").is_file()
    for actor in data["actors"]:
        # A speaker with no page (no_page.py) keeps its place in the export only.
        assert (site / "actors" / actor["id"] / "index.html").is_file() == (actor["kind_reason"] not in NO_PAGE_REASONS)
    # The nav names the index pages only: no page carries a link to every actor.
    page = (site / "articles" / data["articles"][0]["id"] / "index.html").read_text(encoding="utf-8")
    assert '<div class="md-content"' in page
    around = page[:page.index('<div class="md-content"')]      # header, tabs and navigation
    assert re.findall(r'href="[^"]*(?:actors|articles)/[a-z0-9-]+/"', around) == []
    assert re.findall(r'href="[^"]*(?:actors|articles)/"', around)  # the index pages are there
    # Search finds an actor by each alias and a fact by its words on its article's page,
    # and indexes nothing twice: no list page, no article's facts, no actor's quotes.
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text_at = {doc["location"]: html.unescape(doc["title"] + " " + doc["text"]) for doc in docs}
    for actor in data["actors"]:
        assert all(alias in text_at[f"actors/{actor['id']}/"] for alias in actor["aliases"]), actor["id"]
    for fact in data["facts"]:
        words = " ".join(fact["text"].split()[:6])
        assert any(words in text for where, text in text_at.items() if where.startswith(f"articles/{fact['article']}/")), words
    lists = ("facts/", "timeline/", "captions/")
    repeated = ("#facts", "#actors", "#sources", "#quotes", "#claims", "#mentioned", "#articles", "#companions")
    assert [where for where in text_at if where.startswith(lists) or where in ("actors/", "articles/")
            or where.startswith(("actors/", "articles/")) and where.endswith(repeated)] == []
    # Nothing the user wrote was changed, and the build wrote nothing into a watched folder.
    assert {"seeds": snapshot(folder / "seeds"), "docs": snapshot(folder / "docs"),
            "overrides": (folder / "overrides.yml").read_bytes()} == inputs


@pytest.mark.parametrize("config, expected", [
    ('"search": "../../assets/javascripts/workers/search.a7633da7.min.js",', f'"search": "../../{SEARCH_WORKER_URI}",'),
    ('"search": "/assets/javascripts/workers/search.0123abcd.min.js"}', f'"search": "/{SEARCH_WORKER_URI}"}}'),
    ('"search":"assets/javascripts/workers/search.a7633da7.min.js"', f'"search":"{SEARCH_WORKER_URI}"'),
    ('"search": "js/a-worker-of-the-site.js"', '"search": "js/a-worker-of-the-site.js"'),   # the site's own choice
    ('<script src="assets/javascripts/workers/search.a7633da7.min.js">', '<script src="assets/javascripts/workers/search.a7633da7.min.js">'),
])
def test_pages_start_the_dossier_search_worker(config, expected):
    assert use_search_worker(f"<p>text</p>{config}<p>more</p>") == f"<p>text</p>{expected}<p>more</p>"


def test_every_page_of_the_seed_site_starts_the_dossier_search_worker(tmp_path):
    # Against the Material installed: a release that moved its worker fails here first.
    folder = project(tmp_path)
    assert mkdocs_build(folder).returncode == 0
    pages = sorted((folder / "site").rglob("*.html"))
    assert len(pages) > 10
    config = re.compile(r'<script id="__config" type="application/json">(.*?)</script>')
    workers = {page.relative_to(folder / "site").as_posix():
               json.loads(config.search(page.read_text(encoding="utf-8"))[1])["search"].rsplit("/", 1)[-1]
               for page in pages}
    assert set(workers.values()) == {SEARCH_WORKER_URI.rsplit("/", 1)[-1]}


def site_config(theme: str = "material", plugins: tuple[str, ...] = ("material/search", "dossier")):
    return SimpleNamespace(theme=SimpleNamespace(name=theme), plugins=dict.fromkeys(plugins))


def page_at(src_uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


MOVED = '<script id="__config">{"search": "assets/javascripts/search-worker.0123abcd.js"}</script>'
MATERIAL_9 = '<script id="__config">{"search": "assets/javascripts/workers/search.0123abcd.min.js"}</script>'


@pytest.mark.parametrize("html, config, warned", [
    (MOVED, site_config(), True),
    (MATERIAL_9, site_config(), False),
    (MOVED, site_config(plugins=("dossier",)), False),          # no search box to answer
    (MOVED, site_config(theme="mkdocs"), False),                # not Material's search box
])
def test_a_page_without_materials_search_worker_is_warned_of_once(caplog, html, config, warned):
    plugin = DossierPlugin()
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.dossier"):
        for where in ("facts.md", "timeline.md"):
            plugin.on_post_page(html, page=page_at(where), config=config)
        plugin.on_post_template(html, template_name="404.html", config=config)
    material = metadata.version("mkdocs-material")
    expected = [
        f"facts.md: Material's search worker is not where the dossier looks for it (mkdocs-material {material}), "
        "so search runs Material's worker, not the dossier's, and waits for a search index to be built "
        f"before it answers\nhint: install a release before this one (pip install 'mkdocs-material<{material}'), "
        "as the dossier's worker speaks the messages of Material 9's search box"]
    assert [record.getMessage() for record in caplog.records] == (expected if warned else [])


def test_written_pages_give_the_same_site(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder, "site-plugin").returncode == 0
    written = run(folder, "-m", "dossier", "build", "seeds", "--output", "docs")
    assert written.returncode == 0, written.stderr
    assert (folder / "docs" / "articles" / "index.md").is_file()
    plain = mkdocs_build(folder, "site-plain", without_plugin(folder))
    assert plain.returncode == 0, plain.stderr
    both = mkdocs_build(folder, "site-both")
    assert both.returncode == 0, both.stderr
    assert snapshot(folder / "site-both") == snapshot(folder / "site-plugin")
    assert search_worker_aside(folder / "site-plain") == search_worker_aside(folder / "site-plugin")
    assert (folder / "site-plugin" / SEARCH_WORKER_URI).is_file()


def test_stale_written_page_leaves_the_site(tmp_path):
    folder = project(tmp_path)
    assert run(folder, "-m", "dossier", "build", "seeds", "--output", "docs").returncode == 0
    manifest = folder / "docs" / ".dossier-pages"
    page = folder / "docs" / "actors" / "someone-gone.md"
    page.write_text("# Someone gone\n", encoding="utf-8")
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"{digest}  actors/someone-gone.md\n", encoding="utf-8")
    result = mkdocs_build(folder)
    assert result.returncode == 0, result.stderr
    assert not (folder / "site" / "actors" / "someone-gone").exists()
    assert page.exists()                               # the plugin only builds; it deletes nothing


def test_hand_written_page_in_the_way_is_an_error_naming_both(tmp_path):
    folder = project(tmp_path)
    (folder / "docs" / "facts.md").write_text("# My facts\n", encoding="utf-8")
    result = mkdocs_build(folder)
    assert result.returncode != 0
    assert (f"{folder / 'docs' / 'facts.md'}: a hand-written page is in the way of the generated page 'facts.md'"
            in result.stderr)
    assert (folder / "docs" / "facts.md").read_text(encoding="utf-8") == "# My facts\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_rebuilds_on_seeds_and_on_overrides_created_after_it_began_and_never_loops(tmp_path):
    folder = project(tmp_path)
    address = f"127.0.0.1:{free_port()}"
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", address], cwd=folder, env=ENV,
                             text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(serve.stderr.readline, "")), daemon=True).start()

    def builds() -> int:
        # The first build, once serving has begun, then one "Reloading browsers" per rebuild.
        # Not "Documentation built in 0.44 seconds": MkDocs' build logger drops a message it
        # has logged before, so two rebuilds of the same length would count as one.
        seen = list(lines)
        return any("Serving on" in line for line in seen) + sum("Reloading browsers" in line for line in seen)

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 30
        while builds() < count and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(0.2)
        assert builds() == count, "".join(lines)

    def save(path: Path, text: str) -> None:
        # In one step, as editors save: a file truncated, then written, is two changes,
        # and a loaded machine may rebuild between them.
        scratch = tmp_path / "scratch"
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, path)

    def served(path: str = "") -> str:
        with urllib.request.urlopen(f"http://{address}/{path}") as response:
            return response.read().decode("utf-8")

    # The plugin keeps pages, extractions and the last resolve from build to build while
    # serving: what is served must still follow every edit.
    try:
        wait_for(1)
        seed = next((folder / "seeds").iterdir())
        save(seed, seed.read_text(encoding="utf-8").replace("Ukraine", "Ukraina", 1))
        wait_for(2)
        assert "Ukraina contacts SpaceX" in served()
        assert "Ukraina contacts SpaceX" in served("actors/mykhailo-fedorov/")
        assert not (folder / "overrides.yml").exists()
        save(folder / "overrides.yml", f"articles:\n  {seed.name}:\n    headline: A corrected headline\n")
        wait_for(3)
        for page in served(), served("actors/mykhailo-fedorov/"):
            assert "A corrected headline" in page and "Ukraina contacts SpaceX" not in page
        save(folder / "overrides.yml", f"articles:\n  {seed.name}:\n    headline: A second headline\n")
        wait_for(4)
        assert "A second headline" in served()
        # Once the overrides file exists, only it is watched, not the folder it was created in.
        (folder / "notes.txt").write_text("Not an input of the dossier.\n", encoding="utf-8")
        time.sleep(2)                   # a build that wrote into a watched folder would start another
        assert builds() == 4, "".join(lines)
    finally:
        serve.terminate()
        serve.wait(timeout=10)


class Server:
    """What OverridesWatch asks of MkDocs' LiveReloadServer: its public watch() and unwatch()."""

    def __init__(self):
        self.watched: list[str] = []

    def watch(self, path: str, *, recursive: bool = True) -> None:
        assert not recursive, "a recursive watch of the project would see the cache written"
        self.watched.append(path)

    def unwatch(self, path: str) -> None:
        self.watched.remove(path)


@pytest.mark.parametrize("before, after, watched_before, watched_after", [
    ("absent", "absent", "folder", "folder"),
    ("absent", "created", "folder", "file"),
    ("present", "present", "file", "file"),
    ("no folder", "no folder", None, None),
])
def test_the_overrides_watch_follows_the_file_once_it_exists(tmp_path, before, after, watched_before, watched_after):
    folder = tmp_path / "project"
    path = folder / "overrides.yml"
    watching = {"folder": [str(folder)], "file": [str(path)], None: []}

    def make(state: str) -> None:
        if state != "no folder":
            folder.mkdir(exist_ok=True)
        if state in ("present", "created"):
            path.write_text("actors: {}\n", encoding="utf-8")

    server = Server()
    make(before)
    watch = OverridesWatch(server, path)
    assert server.watched == watching[watched_before]
    make(after)
    watch.follow()
    assert server.watched == watching[watched_after]


def test_the_problems_notice_shows_every_line_as_text_in_the_block_the_stylesheet_wraps():
    from markdown import markdown
    from mkdocs.utils.yaml import yaml_load

    from dossier.model import Problem
    from dossier.plugin import PROBLEMS_CLASS, problems_notice
    long_line = "overrides.yml:3: " + "an-unbroken-word-" * 20
    problems = (Problem("overrides.yml", 3, "an-unbroken-word-" * 20, severity="error"),
                Problem("seeds/<b>x</b>.txt", None, "```not a fence & *not emphasis*"))
    with open(ROOT / "mkdocs.yml", "rb") as fh:
        extensions = [e if isinstance(e, str) else next(iter(e)) for e in yaml_load(fh)["markdown_extensions"]]
    shown = markdown(problems_notice(problems), extensions=extensions)
    block = re.search(rf'<pre class="{PROBLEMS_CLASS}"><code>(.*?)</code></pre>', shown, re.S)
    assert block is not None, shown
    assert html.unescape(block[1]) == (f"error: {long_line}\n"
                                       "warning: seeds/<b>x</b>.txt: ```not a fence & *not emphasis*")
    stylesheet = (ROOT / "docs" / "stylesheets" / "dossier.css").read_text(encoding="utf-8")
    rule = re.search(rf"\.md-typeset pre\.{PROBLEMS_CLASS}[^{{]*\{{([^}}]*)\}}", stylesheet)
    assert rule is not None and "white-space: pre-wrap" in rule[1]


FREEZES = """
import gc
from dossier.plugin import DossierPlugin
plugin, built = DossierPlugin(), DossierPlugin()
built.on_startup(command="build", dirty=False)
built.command, built.staging = None, None
built._swap_in_when_built(None)
before = gc.get_freeze_count()
plugin.on_startup(command="serve", dirty=False)
plugin._swap_in_when_built(None)
first = gc.get_freeze_count()
kept = [[n] for n in range(1000)]
plugin._swap_in_when_built(None)
print(before, first > 0, gc.get_freeze_count() == first)
"""


def test_serving_puts_what_its_first_build_left_out_of_the_collectors_sight_and_no_later_builds():
    # In a process of its own: the objects frozen here stay for the life of the process.
    result = subprocess.run([sys.executable, "-c", FREEZES], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.split() == ["0", "True", "True"], result.stderr


@pytest.mark.parametrize("path", [
    "actors/ann-berg.md", "articles/all/part-1.md", "../actors/ann-berg.md",
    # Paths MkDocs puts in the form it keys files by before looking them up.
    "actors/./ann-berg.md", "./index.md", "actors//ann-berg.md", "actors/ann-berg.md/", "actors/.", ".", "",
    "actors/missing.md",
])
def test_the_sites_files_find_a_file_by_any_path_as_mkdocs_files_do(path):
    from mkdocs.structure.files import File, Files

    from dossier.rebuild import SiteFiles
    made = [File(uri, "/docs", "/site", True) for uri in ("index.md", "actors/ann-berg.md", "actors",
                                                           "articles/all/part-1.md")]
    assert SiteFiles(made).get_file_from_path(path) is Files(made).get_file_from_path(path)
