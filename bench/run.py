"""The speed and size benchmark: build dossiers of 100 to 10,000 articles and report against the targets.

Usage: python bench/run.py [--articles FOLDER] [--sizes 100,1000,10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpus  # noqa: E402
from changes import CHANGES  # noqa: E402
import report  # noqa: E402
import search  # noqa: E402
from measure import REPO, median, run, stage  # noqa: E402

DEFAULT_ARTICLES = REPO / ".." / "shared" / "eval" / "corpora" / "scale" / "articles"


@dataclass
class SizeFigures:
    """Everything measured for one dossier size (medians over the runs)."""

    size: int
    repeated: int
    single_rate: float = 0.0
    single_cpu_rate: float = 0.0
    """Articles per processor second in one process: the rate whatever else the machine runs."""
    parallel_rate: float = 0.0
    cores_busy: float = 0.0
    """Processor seconds over wall seconds while extracting on every core."""
    cold_build: float = 0.0
    warm_build: float = 0.0
    plain_build: float = 0.0
    cold_cpu: float = 0.0
    warm_cpu: float = 0.0
    plain_cpu: float = 0.0
    pages: int = 0
    html_bytes: int = 0
    item_bytes: dict = field(default_factory=dict)
    """Mean bytes of one item's page (an article's, an actor's), by the folder its kind lives in."""
    largest_list: tuple = ("", 0)
    """The largest page that lists items (an index), which has to grow with the dossier."""
    site_bytes: int = 0
    search_index_bytes: int = 0
    peak_bytes: int = 0
    dossier_stage: float = 0.0
    dossier_stage_cpu: float = 0.0
    counts: dict = field(default_factory=dict)


@dataclass
class IncrementalFigures:
    """Time until the site is current again after one change, per kind of change."""

    size: int
    stage_seconds: dict = field(default_factory=dict)
    stage_cpu: dict = field(default_factory=dict)
    build_seconds: dict = field(default_factory=dict)
    build_cpu: dict = field(default_factory=dict)
    serving_seconds: dict = field(default_factory=dict)
    serving_cpu: dict = field(default_factory=dict)
    """The dossier stage inside `mkdocs serve`, whose plugin reuses what did not change."""
    serving_rendered: dict = field(default_factory=dict)
    """Pages rendered anew after the change, while serving."""


def main() -> None:
    """Run every measurement the options ask for, print the table, write bench/RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES,
                        help="folder of articles to build from (default: ../shared/eval/corpora/scale/articles"
                             " next to the repo)")
    parser.add_argument("--sizes", default="100,1000,10000", help="dossier sizes in articles (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is reported (default: 3)")
    parser.add_argument("--incremental-size", type=int, default=1000,
                        help="size the one-change rebuilds are timed at, if among --sizes (default: 1000)")
    parser.add_argument("--no-search", action="store_true", help="skip the browser search timing")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "RESULTS.md",
                        help="where to write the results (default: bench/RESULTS.md)")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    articles = corpus.read_corpus(args.articles.resolve())
    work = args.work.resolve() if args.work else Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    say(f"corpus: {len(articles.files)} articles in {articles.folder}; scratch folder {work}")

    figures, incremental, searched = [], None, None
    try:
        for size in sizes:
            project = corpus.make_dossier_project(articles, size, work / f"dossier-{size}")
            if project.repeated:
                say(f"{size} articles: the corpus has {len(articles.files)}, so {project.repeated} are "
                    "copies of its articles under new names")
            figures.append(measure_size(project, work / f"plain-{size}", args.runs))
            if size == args.incremental_size:
                incremental = measure_incremental(project, articles, args.runs)
                if not args.no_search:
                    why = search.unavailable()
                    searched = measure_search(project, args.runs) if not why else {"skipped": why}
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    text = report.results(figures, incremental, searched, articles, args, time.perf_counter() - started)
    print(text)
    args.output.write_text(text, encoding="utf-8")
    say(f"written to {args.output}")


def measure_size(project: corpus.Project, plain_folder: Path, runs: int) -> SizeFigures:
    """Extraction rates, full builds (cold and warm cache), MkDocs alone, sizes and memory for one size."""
    figures = SizeFigures(project.size, project.repeated)
    seeds = str(project.folder / "seeds")
    say(f"{project.size}: extraction, one process")
    single = [stage("extract", seeds, "--workers", "1") for _ in range(runs)]
    figures.single_rate = median([s["documents"] / s["seconds"] for s in single])
    figures.single_cpu_rate = median([s["documents"] / s["cpu_seconds"] for s in single])
    say(f"{project.size}: extraction, every core")
    parallel = [stage("extract", seeds, "--workers", "0") for _ in range(runs)]
    figures.parallel_rate = median([s["documents"] / s["seconds"] for s in parallel])
    figures.cores_busy = median([s["cpu_seconds"] / s["seconds"] for s in parallel])

    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project.config)]
    cold, warm = [], []
    for number in range(runs):
        say(f"{project.size}: full build {number + 1}/{runs}, nothing cached")
        shutil.rmtree(project.folder / ".dossier-cache", ignore_errors=True)
        cold.append(run(build))
    for number in range(runs):
        say(f"{project.size}: full build {number + 1}/{runs}, extraction cached")
        warm.append(run(build))
    figures.cold_build = median([r.seconds for r in cold])
    figures.warm_build = median([r.seconds for r in warm])
    figures.cold_cpu = median([r.cpu_seconds for r in cold])
    figures.warm_cpu = median([r.cpu_seconds for r in warm])
    figures.peak_bytes = max(r.peak_bytes for r in cold + warm)

    stages = [stage("dossier", str(project.folder)) for _ in range(runs)]
    figures.dossier_stage = median([s["seconds"] for s in stages])
    figures.dossier_stage_cpu = median([s["cpu_seconds"] for s in stages])
    figures.counts = {k: stages[-1][k] for k in ("pages", "articles", "actors", "facts")}

    plain = corpus.make_plain_project(plain_folder)
    stage("dossier", str(project.folder), "--pages-to", str(plain.folder / "docs"))
    plain_runs = []
    for number in range(runs):
        say(f"{project.size}: MkDocs alone on the same pages {number + 1}/{runs}")
        plain_runs.append(run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain.config)]))
    figures.plain_build = median([r.seconds for r in plain_runs])
    figures.plain_cpu = median([r.cpu_seconds for r in plain_runs])

    html = [p for p in project.site.rglob("*.html")]
    figures.pages = len(html)
    figures.html_bytes = sum(p.stat().st_size for p in html)
    figures.item_bytes, figures.largest_list = page_sizes(project.site, html)
    figures.site_bytes = sum(p.stat().st_size for p in project.site.rglob("*") if p.is_file())
    index = project.site / "search" / "search_index.json"
    figures.search_index_bytes = index.stat().st_size if index.exists() else 0
    shutil.rmtree(plain.folder, ignore_errors=True)
    return figures


def page_sizes(site: Path, html: list[Path]) -> tuple[dict, tuple]:
    """Mean size of item pages (<kind>/<slug>/index.html) by kind, and the largest other page."""
    items: dict[str, list[int]] = {}
    lists = [("", 0)]
    for path in html:
        parts = path.relative_to(site).parts
        if len(parts) == 3 and parts[2] == "index.html":
            items.setdefault(parts[0], []).append(path.stat().st_size)
        else:
            lists.append(("/".join(parts), path.stat().st_size))
    return ({kind: sum(sizes) / len(sizes) for kind, sizes in sorted(items.items())},
            max(lists, key=lambda item: item[1]))


def measure_incremental(project: corpus.Project, articles: corpus.Corpus, runs: int) -> IncrementalFigures:
    """With the dossier built and its cache warm: one change, then the time to a current site."""
    figures = IncrementalFigures(project.size)
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project.config)]
    run(build)
    for kind, change in CHANGES.items():
        stage_times, stage_cpu, build_times, build_cpu = [], [], [], []
        for number in range(runs):
            say(f"{project.size}: {kind}, {number + 1}/{runs}")
            change(project, articles, f"b{number}")
            rebuilt = run(build)
            build_times.append(rebuilt.seconds)
            build_cpu.append(rebuilt.cpu_seconds)
            change(project, articles, f"s{number}")
            figures_of_stage = stage("dossier", str(project.folder))
            stage_times.append(figures_of_stage["seconds"])
            stage_cpu.append(figures_of_stage["cpu_seconds"])
        figures.stage_seconds[kind] = median(stage_times)
        figures.stage_cpu[kind] = median(stage_cpu)
        figures.build_seconds[kind] = median(build_times)
        figures.build_cpu[kind] = median(build_cpu)
    say(f"{project.size}: each change while serving, {runs} of each")
    serving = stage("serving", str(project.folder), "--articles", str(articles.folder), "--runs", str(runs))
    for kind in CHANGES:
        timed = serving[kind]
        figures.serving_seconds[kind] = median(timed["seconds"])
        figures.serving_cpu[kind] = median(timed["cpu_seconds"])
        figures.serving_rendered[kind] = timed["rendered"]
    return figures


def measure_search(project: corpus.Project, runs: int) -> dict:
    """Search timings in the browser over the site as last built."""
    say(f"{project.size}: search in the browser")
    sessions = [search.time_search(project.site) for _ in range(runs)]
    return {"first_ms": median([s["first_ms"] for s in sessions]),
            "later_ms": median([t for s in sessions for t in s["later_ms"]]),
            "queries": sessions[0]["queries"], "size": project.size}


def say(message: str) -> None:
    """Progress, on stderr, so stdout holds only the results."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
