"""The second way to a site: `dossier build` writes the pages, then Zensical builds them."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from dossier.escape import plain
from dossier.no_page import NO_PAGE_REASONS
from test_browser import WAIT, browser, heading, serve, visit  # noqa: F401 (fixtures)
from test_plugin import project, run


@pytest.fixture(scope="module")
def zensical_project(tmp_path_factory) -> Path:
    """A copy of the project, with a hostile article, built by `dossier build` then `zensical build`."""
    if importlib.util.find_spec("zensical") is None:
        reason = "zensical is not installed (pip install -e '.[test]')"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    folder = project(tmp_path_factory.mktemp("zensical"))
    shutil.copy(ROOT / "tests" / "cases" / "hostile.txt", folder / "seeds" / "zz-hostile.txt")
    written = run(folder, "-m", "dossier", "build", "seeds", "--output", "docs")
    assert written.returncode == 0, written.stderr
    built = run(folder, "-m", "zensical", "build")
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


@pytest.fixture(scope="module")
def exported(zensical_project) -> dict:
    result = run(zensical_project, "-m", "dossier", "export", "seeds")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def zensical_site(zensical_project):
    yield from serve(zensical_project / "site")


def test_zensical_builds_a_page_for_every_article_and_actor_and_the_export(zensical_project, exported):
    site = zensical_project / "site"
    assert json.loads((site / "dossier.json").read_text(encoding="utf-8")) == exported
    for article in exported["articles"]:
        assert (site / "articles" / article["id"] / "index.html").is_file(), article["id"]
    for actor in exported["actors"]:
        has_page = actor["kind_reason"] not in NO_PAGE_REASONS
        assert (site / "actors" / actor["id"] / "index.html").is_file() == has_page, actor["id"]
    for page in ("facts", "timeline", "captions", "sources"):
        assert (site / page / "index.html").is_file(), page


def search(page, words: str, target: str):
    """Type words into Zensical's search and follow the result that leads to target."""
    page.click(".md-search__button")
    page.keyboard.type(words)
    # Zensical's search dialog lives in a shadow root, which Playwright's locators enter.
    result = page.locator(f'dialog a[role="option"][href*="/{target}?"]').first
    result.wait_for(timeout=WAIT)
    result.click()
    page.wait_for_url(lambda url: url.split("?")[0].split("#")[0].endswith("/" + target), timeout=WAIT)
    return page


def test_zensical_site_finds_an_actor_by_alias_and_shows_hostile_text_as_text(visit, zensical_site, exported):
    v = visit(zensical_site)
    page = v.open()
    assert heading(page) == "Dossier"
    actor = max(exported["actors"], key=lambda a: (bool(a["aliases"]), a["id"]))
    words = actor["aliases"][0] if actor["aliases"] else actor["name"]
    page = search(page, words, f"actors/{actor['id']}/")
    assert heading(page) == " ".join(actor["name"].split())
    # The hostile article: every paragraph shows as the text it was, and nothing ran.
    hostile = next(a for a in exported["articles"] if a["source"] == "zz-hostile.txt")
    page = v.open(f"articles/{hostile['id']}/")
    for number, text in enumerate(hostile["paragraphs"], 1):
        assert page.locator(f"#p-{number}").inner_text() == plain(text)
    assert page.locator("article").locator("script, iframe, img").count() == 0
    # Search results quote the hostile text from the search index: still text.
    page.click(".md-search__button")
    page.keyboard.type("pwned")
    results = page.locator('dialog [role="listbox"]')
    results.locator("mark").first.wait_for(timeout=WAIT)
    assert results.locator("script, iframe, img").count() == 0
    v.check_clean()
