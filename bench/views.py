"""How fast a built dossier's drawings show in headless Chromium, and what they weigh.

    python bench/views.py SITE [--runs 5]

SITE is a built site (`mkdocs build` of a dossier, e.g. of 1,000 articles: see README.md).
It is served on 127.0.0.1 and each page below opened `--runs` times in a fresh browser
context: the relationship page, the who-said-what page, the actors index and the page of
the actor the dossier says most about. For each, the median of:

- load: from the start of navigation to the end of the load event;
- drawn: from the start of navigation to the second animation frame after load, by which
  the inline SVG has been laid out and painted;
- the page's HTML bytes, and the marks and lines drawn.

The target (issue 17): the relationship page drawn within 1 s of load at 1,000 articles.
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
          marks: document.querySelectorAll(".dossier-graph a[data-id]").length,
          lines: document.querySelectorAll(".dossier-graph line").length};
}"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
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


def measure(site: Path, runs: int) -> list[dict]:
    """The median figures of each page."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    pages = ["relations/", "said-about/", "actors/", most_said_about(site)]
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
    for row in measure(args.site, args.runs):
        print(f"| {row['page']} | {row['bytes']:,} | {row['marks']} | {row['lines']} | {row['load']:.0f} ms "
              f"| {row['drawn']:.0f} ms | {row['drawn'] - row['load']:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
