"""Time the site's search in a real browser: from a typed query to the first result shown."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RESULT = ".md-search-result__item"
SEARCH_BOX = "input.md-search__input"

# Installed before a query: notes when the first result is in the page.
WATCH_RESULTS = """() => {
  window.__firstResult = null;
  const seen = () => document.querySelector('%s');
  new MutationObserver((_, observer) => {
    if (seen()) { window.__firstResult = performance.now(); observer.disconnect(); }
  }).observe(document.body, {childList: true, subtree: true});
}""" % RESULT
# Types the whole query at once and releases a key, as the search box waits for;
# answers the moment it did so.
TYPE_QUERY = """(query) => {
  const box = document.querySelector('%s');
  box.focus();
  box.value = query;
  const start = performance.now();
  box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'a'}));
  return start;
}""" % SEARCH_BOX
CLEAR_QUERY = """() => {
  const box = document.querySelector('%s');
  box.value = '';
  box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'Backspace'}));
}""" % SEARCH_BOX


def unavailable() -> str:
    """Why the browser step cannot run here, or '' when it can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found (install Debian's chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "python playwright is not installed"
    return ""


def query_words(site: Path, count: int) -> list[str]:
    """Words many pages share, taken from the built search index: queries that find something."""
    text = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    words = Counter(w.lower() for w in re.findall(r"\b[A-Z][a-z]{5,}\b", text))
    return [w for w, _ in words.most_common(count * 3)][::3][:count]


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """The built site over HTTP on a free local port, as its URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without a log line per request."""

    def log_message(self, format, *args):  # noqa: A002 - the name http.server gives it
        pass


def time_search(site: Path, queries: int = 5) -> dict:
    """Milliseconds to the first result: the first query after the page opens, then later ones."""
    from playwright.sync_api import sync_playwright

    words = query_words(site, queries)
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url, wait_until="load")
            first = query_once(page, words[0])
            later = []
            for word in words[1:]:
                page.evaluate(CLEAR_QUERY)
                page.wait_for_function(f"!document.querySelector('{RESULT}')", timeout=30_000)
                later.append(query_once(page, word))
        finally:
            browser.close()
    return {"first_ms": first, "later_ms": later, "queries": words}


def query_once(page, word: str) -> float:
    """Milliseconds from typing word to the first result in the page."""
    page.evaluate(WATCH_RESULTS)
    start = page.evaluate(TYPE_QUERY, word)
    page.wait_for_function("window.__firstResult !== null", timeout=120_000)
    return page.evaluate("window.__firstResult") - start
