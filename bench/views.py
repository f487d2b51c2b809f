"""How fast a built dossier's drawings show in headless Chromium, and what they weigh.

    python bench/views.py SITE [--runs 5]

SITE is a built site (`mkdocs build` of a dossier, e.g. of 1,000 articles: see README.md).
It is served on 127.0.0.1 and each page below opened `--runs` times in a fresh browser
context: the relationship page, the who-said-what page, the actors index, the timeline and
the page of the actor the dossier says most about. For each, the median of:

- load: from the start of navigation to the end of the load event;
- drawn: from the start of navigation to the second animation frame after load, by which
  the inline SVG has been laid out and painted;
- the page's HTML bytes, and the marks and lines drawn.

(`drawn after load` is the second minus the first.)

Then, on the facts page, once the facts index has loaded: how long each filter takes
from the input to the second frame after it (the answer listed and painted), and how many
facts it lists, for a filter by the busiest speaker, by the most named actor, by a word,
by a publisher, and by a date range; then on the page of the actor the dossier says most
about, its filter kept to that actor's facts, by kind, by a word, by both, and by none.

The targets (issue 17): the relationship page drawn within 1 s of load, and a filter
answered within 100 ms, at 1,000 articles.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Milliseconds from the start of navigation to the end of load, and to two frames after it.
TIMES = """async () => {
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const drawn = performance.now();
  const nav = performance.getEntriesByType("navigation")[0];
  return {load: nav.loadEventEnd, drawn: drawn,
          marks: document.querySelectorAll(".dossier-graph a[data-id], .dossier-graph a[data-actors]").length,
          lines: document.querySelectorAll(".dossier-graph line").length};
}"""


# Fills one field of the filter as a reader would, and times the answer until it is painted.
FILTER = """async (choices) => {
  for (const other of document.querySelectorAll(".dossier-filter [name]")) other.value = "";
  const start = performance.now();
  let field;
  for (const [name, value] of choices) {
    field = document.querySelector(`.dossier-filter [name=${name}]`);
    field.value = value;
  }
  field.dispatchEvent(new Event("input", {bubbles: true}));
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return {ms: performance.now() - start, count: document.querySelector(".dossier-filter-count").textContent};
}"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        # A context closed while a file is still being sent (the search index) is no error here.
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass


def most_said_about(site: Path) -> str:
    """The actor page the site's dossier.json says most about: its actor named in most articles."""
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    counted = {}
    for fact in data["facts"]:
        for actor in (*fact["speakers"], *fact["mentions"]):
            counted[actor] = counted.get(actor, 0) + 1
    best = max(data["actors"], key=lambda a: (len(a["articles"]) + counted.get(a["id"], 0), a["id"]))
    return f"actors/{best['id']}/"


def filters(site: Path) -> list[list[tuple[str, str]]]:
    """The filters to try, each as (field, value) pairs: the busiest speaker and most named actor by name, a
    common word, the commonest publisher, and the month with the most dated facts."""
    kinds, actors, articles, facts = json.loads((site / "facts-index.json").read_text(encoding="utf-8"))
    def top(counts):
        return max(counts, key=lambda k: (counts[k], str(k)))
    speakers, named, publishers, months = {}, {}, {}, {}
    for fact in facts:
        for a in fact[5]:
            speakers[a] = speakers.get(a, 0) + 1
        for a in fact[6]:
            named[a] = named.get(a, 0) + 1
        publisher = articles[fact[1]][2]
        if publisher:
            publishers[publisher] = publishers.get(publisher, 0) + 1
        if fact[7]:
            months[fact[7][:7]] = months.get(fact[7][:7], 0) + 1
    month = top(months)
    tried = [[("speaker", actors[top(speakers)][1])], [("named", actors[top(named)][1])], [("words", "said")],
             [("from", f"{month}-01"), ("to", f"{month}-28")]]
    return tried + ([[("publisher", top(publishers))]] if publishers else [])


ACTOR_FILTERS = [[("kind", "quote")], [("words", "said")], [("kind", "claim"), ("words", "the")], [("kind", "")]]
"""Filters tried on an actor's page, where every fact is the actor's; the last lists them all."""


def measure(site: Path, runs: int) -> list[dict]:
    """The median figures of each page, then of each filter."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    pages = ["relations/", "said-about/", "actors/", "timeline/", most_said_about(site)]
    found = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for path in pages:
                times = []
                for _ in range(runs):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    page.goto(base + path, wait_until="load")
                    times.append(page.evaluate(TIMES))
                    context.close()
                html = site / path / "index.html"
                found.append({"page": path, "bytes": html.stat().st_size,
                              "load": statistics.median(t["load"] for t in times),
                              "drawn": statistics.median(t["drawn"] for t in times),
                              "marks": times[0]["marks"], "lines": times[0]["lines"]})
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            page.goto(base + "facts/", wait_until="load")
            page.locator(".dossier-filter-count", has_text="match").wait_for(timeout=60_000)
            found.append({"ready": page.evaluate("performance.now()")})
            for choices in filters(site):
                answers = [page.evaluate(FILTER, choices) for _ in range(runs)]
                found.append({"filter": "&".join(f"{name}={value}" for name, value in choices), "ms": statistics.median(a["ms"] for a in answers),
                              "count": answers[0]["count"]})
            # The same filter on the busiest actor's page, kept to its facts: opened with a
            # filter in its address, as a shared link opens it, so that it loads the index.
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            page.goto(base + pages[-1] + "?kind=quote", wait_until="load")
            page.locator(".dossier-filter-count", has_text="match").wait_for(timeout=60_000)
            found.append({"actor_ready": page.evaluate("performance.now()")})
            for choices in ACTOR_FILTERS:
                answers = [page.evaluate(FILTER, choices) for _ in range(runs)]
                found.append({"actor_filter": "&".join(f"{name}={value}" for name, value in choices),
                              "ms": statistics.median(a["ms"] for a in answers), "count": answers[0]["count"]})
            browser.close()
    finally:
        server.shutdown()
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    data = json.loads((args.site / "dossier.json").read_text(encoding="utf-8"))
    print(f"{len(data['articles']):,} articles, {len(data['actors']):,} actors, {len(data['facts']):,} facts; "
          f"median of {args.runs} runs in headless Chromium")
    print("| page | HTML bytes | marks | lines | load | drawn | drawn after load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = measure(args.site, args.runs)
    for row in (r for r in rows if "page" in r):
        print(f"| {row['page']} | {row['bytes']:,} | {row['marks']} | {row['lines']} | {row['load']:.0f} ms "
              f"| {row['drawn']:.0f} ms | {row['drawn'] - row['load']:.0f} ms |")
    index = args.site / "facts-index.json"
    ready = next(r["ready"] for r in rows if "ready" in r)
    print(f"\nFacts filter, the index {index.stat().st_size:,} bytes, ready {ready:.0f} ms after navigation "
          f"(one run, an upper bound: the wait polls):\n")
    print_filters(rows, "filter")
    ready = next(r["actor_ready"] for r in rows if "actor_ready" in r)
    print(f"\nThe same filter on {next(r['page'] for r in rows if r.get('page', '').startswith('actors/') and r['page'] != 'actors/')},"
          f" kept to that actor's facts, ready {ready:.0f} ms after navigation (opened with ?kind=quote):\n")
    print_filters(rows, "actor_filter")
    return 0


def print_filters(rows: list[dict], key: str) -> None:
    """The table of the filters measured under `key`: what each answered, and how fast."""
    print("| filter | answered and painted | facts |")
    print("| --- | ---: | --- |")
    for row in (r for r in rows if key in r):
        print(f"| {row[key] or 'none'} | {row['ms']:.0f} ms | {row['count']} |")


if __name__ == "__main__":
    sys.exit(main())
