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

Then the facts filter, which fetches the parts of the facts index it needs as it needs
them (dossier/facets.py): the facts page opened, what it fetched and when its filter first
answered; then each filter, first in a page of its own, so that it fetches its parts afresh
(the first answer, the median of `--runs` fresh pages, and the parts and bytes it fetched),
then again `--runs` times from what the page holds (the median): from the input to the second
frame after the answer is painted. The filter shows a screenful of facts with the count as
soon as the parts holding them are in, then the rest: the first answer is timed to each (the
first screenful, every fact listed), and the parts and bytes fetched are given as those
arrived by the first screenful plus those fetched after it.
The filters: by the busiest speaker, by the most named actor, by a kind, by the month with
most dated facts, by the commonest publisher, by a speaker and a kind, and by a word (its
shard, and the pages holding its first matches). Then the page of the actor the dossier says
most about, opened with a filter in its address: what it fetched (every fact said by or
naming the actor), and its filter by kind, by a word, by both, and by none.

With `--project FOLDER` (the project SITE was built from: its mkdocs.yml names the seeds, the
cache and the file names' pattern), also the processor time of making the facts index's parts
(dossier/facets.py) from the dossier, best of `--runs` in one process, the first run apart,
with the cache warm; and how many parts change when the dossier's article with the median
number of facts is added to the others.

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
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

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


# Fills fields of the filter as a reader would, and times the answer until it is painted:
# its first screenful with the count, and every fact it lists; with the parts of the facts
# index it fetched for each.
FILTER = """async (choices) => {
  const box = document.querySelector(".dossier-filter");
  for (const other of box.querySelectorAll("[name]")) other.value = "";
  const before = performance.getEntriesByType("resource").length;
  // Two frames after the event: by then what it showed is painted. The parts in when the
  // first screenful is shown are those it needed: the rest are asked for as it is shown.
  let shownAt = 0;
  box.addEventListener("dossier-filter-shown", () => { shownAt = performance.now(); }, {once: true});
  const painted = event => new Promise(resolve => box.addEventListener(event, () =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))), {once: true}));
  const shown = painted("dossier-filter-shown"), answered = painted("dossier-filter-answered");
  const start = performance.now();
  let field;
  for (const [name, value] of choices) {
    field = box.querySelector(`[name=${name}]`);
    field.value = value;
  }
  field.dispatchEvent(new Event("input", {bubbles: true}));
  const [first, all] = [await shown, await answered];
  const fetched = performance.getEntriesByType("resource").slice(before);
  return {screen: first - start, ms: all - start, count: box.querySelector(".dossier-filter-count").textContent,
          fetched: fetched.map(r => r.name),
          fetched_first: fetched.filter(r => r.responseEnd <= shownAt).map(r => r.name)};
}"""
# Every resource the page fetched, and when its filter first answered.
OPENED = """async () => {
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return {ready: performance.now(), fetched: performance.getEntriesByType("resource").map(r => r.name)};
}"""
# Keep every resource's timing: the words filter fetches more parts than the default 250.
WIDE_BUFFER = "performance.setResourceTimingBufferSize(100000);"


class Quiet(SimpleHTTPRequestHandler):
    # Connections kept open, as a real host keeps them (GitHub Pages speaks HTTP/2): the
    # filter's parts are many small files.
    protocol_version = "HTTP/1.1"

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
    common word, the commonest publisher, the month with the most dated facts, and two combined."""
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in data["actors"]}
    articles = {a["id"]: a for a in data["articles"]}
    def top(counts):
        return max(counts, key=lambda k: (counts[k], str(k)))
    speakers, named, publishers, months = Counter(), Counter(), Counter(), Counter()
    for fact in data["facts"]:
        article = articles.get(fact["article"])
        if article is None:
            continue
        speakers.update(a for a in dict.fromkeys(fact["speakers"]) if a in names)
        named.update(a for a in dict.fromkeys(fact["mentions"]) if a in names)
        if article["publisher"]:
            publishers[article["publisher"]] += 1
        day = fact["date"] or article["published"]
        if day:
            months[day[:7]] += 1
    month = top(months)
    speaker = names[top(speakers)]
    tried = [[("speaker", speaker)], [("named", names[top(named)])], [("kind", "claim")],
             [("from", f"{month}-01"), ("to", f"{month}-28")]]
    tried += [[("publisher", top(publishers))]] if publishers else []
    return tried + [[("speaker", speaker), ("kind", "quote")], [("words", "said")]]


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
            def opened(path: str):
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.add_init_script(WIDE_BUFFER)
                page.goto(base + path, wait_until="load")
                page.locator(".dossier-filter[data-state=answered]").wait_for(timeout=120_000)
                return page, page.evaluate(OPENED)

            page, at_open = opened("facts/")
            found.append({"opened": "facts/", "ready": at_open["ready"], "parts": index_parts(site, at_open["fetched"])})
            for choices in filters(site):
                # Each filter first in a page of its own, so that it fetches what it needs
                # afresh (the first answer, `runs` times, each in a fresh page), then again
                # from what the page holds.
                firsts = []
                for _ in range(runs):
                    page, at_open = opened("facts/")
                    firsts.append(page.evaluate(FILTER, choices))
                    if len(firsts) < runs:
                        page.context.close()
                first = firsts[0]
                answers = [page.evaluate(FILTER, choices) for _ in range(runs)]
                page.context.close()
                found.append({"filter": "&".join(f"{name}={value}" for name, value in choices),
                              "screen": statistics.median(f["screen"] for f in firsts),
                              "first": statistics.median(f["ms"] for f in firsts),
                              "ms": statistics.median(a["ms"] for a in answers),
                              "count": first["count"], "parts": index_parts(site, first["fetched"]),
                              "screen_parts": index_parts(site, first["fetched_first"])})
            # The same filter on the busiest actor's page, kept to its facts: opened with a
            # filter in its address, as a shared link opens it, so that it loads its facts.
            page, at_open = opened(pages[-1] + "?kind=quote")
            found.append({"opened": pages[-1] + "?kind=quote", "actor_ready": at_open["ready"],
                          "parts": index_parts(site, at_open["fetched"])})
            for choices in ACTOR_FILTERS:
                first = page.evaluate(FILTER, choices)
                answers = [page.evaluate(FILTER, choices) for _ in range(runs)]
                found.append({"actor_filter": "&".join(f"{name}={value}" for name, value in choices),
                              "screen": first["screen"], "first": first["ms"],
                              "ms": statistics.median(a["ms"] for a in answers), "count": answers[0]["count"],
                              "parts": index_parts(site, first["fetched"]),
                              "screen_parts": index_parts(site, first["fetched_first"])})
            browser.close()
    finally:
        server.shutdown()
    return found


def index_cost(project: Path, runs: int) -> str:
    """The processor time of the facts index's parts, and the parts an added article changes."""
    import time
    from dataclasses import replace

    import yaml

    from dossier import facets, views
    from dossier.cache import Cache
    from dossier.file_names import FileNaming
    from dossier.pipeline import build
    from dossier.render import make_index

    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    options = next(p["dossier"] for p in config["plugins"] if isinstance(p, dict) and "dossier" in p)
    naming = FileNaming(options["filename"]) if options.get("filename") else None
    dossier = build(project / options.get("seeds", "seeds"), None,
                    cache=Cache(project / options["cache"]) if options.get("cache") else None, naming=naming)
    when = views.fact_date(make_index(dossier).articles)
    times = []
    for _ in range(max(runs, 2)):
        start = time.process_time()
        parts = facets.facts_index(dossier, when)
        times.append(time.process_time() - start)
    facts_of = Counter(f.article for f in dossier.facts)
    added = sorted(dossier.articles, key=lambda a: (facts_of[a.id], a.id))[len(dossier.articles) // 2]
    others = replace(dossier, articles=tuple(a for a in dossier.articles if a is not added),
                     facts=tuple(f for f in dossier.facts if f.article != added.id))
    before = facets.facts_index(others, views.fact_date(make_index(others).articles))
    changed = sum(before.get(path) != text for path, text in parts.items()) + sum(p not in parts for p in before)
    return (f"The facts index: {len(parts):,} parts, {sum(len(t.encode()) for t in parts.values()):,} bytes, made in "
            f"{times[0]:.2f} s of processor time the first time, {min(times[1:]):.2f} s at best after; adding "
            f"{added.id} ({facts_of[added.id]} facts) to the others changes {changed:,} of them.")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, help="the project SITE was built from: time the facts index's parts")
    args = parser.parse_args(argv)
    if args.project:
        print(index_cost(args.project, args.runs) + "\n")
    data = json.loads((args.site / "dossier.json").read_text(encoding="utf-8"))
    print(f"{len(data['articles']):,} articles, {len(data['actors']):,} actors, {len(data['facts']):,} facts; "
          f"median of {args.runs} runs in headless Chromium")
    print("| page | HTML bytes | marks | lines | load | drawn | drawn after load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = measure(args.site, args.runs)
    for row in (r for r in rows if "page" in r):
        print(f"| {row['page']} | {row['bytes']:,} | {row['marks']} | {row['lines']} | {row['load']:.0f} ms "
              f"| {row['drawn']:.0f} ms | {row['drawn'] - row['load']:.0f} ms |")
    for row in (r for r in rows if "opened" in r):
        count, size = row["parts"]
        html = args.site / urlsplit(row["opened"]).path / "index.html"
        ready = row.get("ready", row.get("actor_ready"))
        print(f"\n{row['opened']} opened: the page {html.stat().st_size:,} bytes, then {count} parts of the facts "
              f"index, {size:,} bytes; the filter answered {ready:.0f} ms after navigation\n")
        print_filters(rows, "filter" if "ready" in row else "actor_filter")
    return 0


def print_filters(rows: list[dict], key: str) -> None:
    """The table of the filters measured under `key`: what each answered, and how fast."""
    print("| filter | parts fetched | bytes fetched | first screenful | every fact listed | again | facts |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in (r for r in rows if key in r):
        (count, size), (early, early_size) = row["parts"], row["screen_parts"]
        print(f"| {row[key] or 'none'} | {early} + {count - early} | {early_size:,} + {size - early_size:,} "
              f"| {row['screen']:.0f} ms | {row['first']:.0f} ms | {row['ms']:.0f} ms | {row['count']} |")


def index_parts(site: Path, fetched: list[str]) -> tuple[int, int]:
    """How many parts of the facts index were fetched, and their bytes."""
    paths = {unquote(urlsplit(url).path).lstrip("/") for url in fetched}
    parts = [site / p for p in paths if p.startswith("facts-index/")]
    return len(parts), sum(p.stat().st_size for p in parts)


if __name__ == "__main__":
    sys.exit(main())
