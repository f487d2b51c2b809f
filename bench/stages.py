"""Time one stage of the dossier inside a fresh interpreter and answer in JSON (run by bench/run.py):
extraction, the dossier stage of one build, or the dossier stage while serving, after each change."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import changes  # noqa: E402
import corpus  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402

from dossier.cache import Cache  # noqa: E402
from dossier.export import export_json  # noqa: E402
from dossier.export_formats import site_exports  # noqa: E402
from dossier.pipeline import build, extract_many  # noqa: E402
from dossier.read import read_seeds  # noqa: E402
from dossier.render import render  # noqa: E402
from dossier.write import write_pages  # noqa: E402


def time_extraction(seeds: Path, workers: int) -> dict:
    """Extraction alone, every document, no cache: reading the files is not counted."""
    documents, _ = read_seeds(seeds)
    start, cpu_start = time.perf_counter(), cpu_so_far()
    results = extract_many(documents, workers)
    seconds, cpu_seconds = time.perf_counter() - start, cpu_so_far() - cpu_start
    return {"documents": len(documents), "articles": sum(not isinstance(r, str) for r in results),
            "seconds": seconds, "cpu_seconds": cpu_seconds}


def cpu_so_far() -> float:
    """Processor seconds used by this process and the workers it has waited for."""
    used = os.times()
    return used.user + used.system + used.children_user + used.children_system


def time_dossier(project: Path, pages_to: Path | None) -> dict:
    """The dossier stage as the plugin runs it: build with the project's cache, then render and export."""
    start, cpu_start = time.perf_counter(), time.process_time()
    dossier = build(project / "seeds", project / "overrides.yml", cache=Cache(project / ".dossier-cache"))
    built = time.perf_counter()
    pages = render(dossier)
    pages["dossier.json"] = export_json(dossier)
    pages.update(site_exports(dossier))
    rendered, cpu_end = time.perf_counter(), time.process_time()
    if pages_to is not None:
        write_pages(pages, pages_to)
    return {"seconds": rendered - start, "cpu_seconds": cpu_end - cpu_start, "build": built - start, "render": rendered - built,
            "pages": len(pages), "articles": len(dossier.articles), "actors": len(dossier.actors),
            "facts": len(dossier.facts)}


def time_serving(project: Path, articles: Path, runs: int) -> dict:
    """The dossier stage as `mkdocs serve` runs it after each change: the plugin, kept from
    build to build as MkDocs keeps it, adding its pages to the site's files."""
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["dossier"]
    source, bench_project = corpus.read_corpus(articles), corpus.Project(project, 0, 0)

    def rebuild() -> tuple[float, float]:
        start, cpu_start = time.perf_counter(), time.process_time()
        plugin.on_config(config)
        plugin.on_files(Files([]), config=config)
        return time.perf_counter() - start, time.process_time() - cpu_start

    rebuild()       # the first build of the session: every page rendered, results read from disk
    figures = {}
    for kind, change in changes.CHANGES.items():
        times = []
        for number in range(runs):
            change(bench_project, source, f"v{number}")
            times.append(rebuild())
        figures[kind] = {"seconds": [t for t, _ in times], "cpu_seconds": [c for _, c in times],
                         "rendered": len(plugin.memo.rendered)}
    return figures


def main() -> None:
    """Parse the command line, run the stage, print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    steps = parser.add_subparsers(dest="step", required=True)
    extract = steps.add_parser("extract")
    extract.add_argument("seeds", type=Path)
    extract.add_argument("--workers", type=int, default=1)
    dossier = steps.add_parser("dossier")
    dossier.add_argument("project", type=Path)
    dossier.add_argument("--pages-to", type=Path, default=None)
    serving = steps.add_parser("serving")
    serving.add_argument("project", type=Path)
    serving.add_argument("--articles", type=Path, required=True)
    serving.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if args.step == "extract":
        figures = time_extraction(args.seeds, args.workers)
    elif args.step == "serving":
        figures = time_serving(args.project, args.articles, args.runs)
    else:
        figures = time_dossier(args.project, args.pages_to)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
