"""Write the benchmark's figures as Markdown: the machine, the tables, and each target met or missed."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from importlib import metadata

from measure import REPO

from dossier.pipeline import available_cores

SEARCH_USABLE_MS = 1000
"""A first result within this long after typing keeps a reader's train of thought."""
FLAT = 0.20
"""How far a per-page figure may drift between the smallest and the largest size."""


def results(figures, incremental, searched, articles, args, seconds: float) -> str:
    """The whole RESULTS.md text."""
    lines = ["# Benchmark results", "",
             f"Written by `python bench/run.py --sizes {args.sizes} --runs {args.runs}` on "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; the whole run took {seconds / 60:.1f} minutes.",
             "Every figure is the median of the runs. See bench/README.md for what each one measures.", "",
             "## Machine", "", *machine(), "",
             "## Corpus", "",
             f"{len(articles.files)} articles from `{display(articles.folder)}`."]
    repeated = [f for f in figures if f.repeated]
    if repeated:
        lines.append("Sizes beyond the corpus repeat its articles under new names: "
                     + ", ".join(f"{f.size:,} articles hold {f.repeated:,} copies" for f in repeated) + ".")
    lines += ["", "## Full builds", "", *size_table(figures), ""]
    if incremental:
        lines += [f"## One change, {incremental.size:,} articles built, cache warm", "",
                  "| change | dossier stage while serving | pages rendered again | dossier stage, new process "
                  "| whole `mkdocs build` |", "| --- | ---: | ---: | ---: | ---: |"]
        for kind in incremental.stage_seconds:
            lines.append(f"| {kind} | {incremental.serving_seconds[kind]:.2f} s ({incremental.serving_cpu[kind]:.2f} s CPU) "
                         f"| {incremental.serving_rendered[kind]:,} "
                         f"| {incremental.stage_seconds[kind]:.2f} s ({incremental.stage_cpu[kind]:.2f} s CPU) "
                         f"| {incremental.build_seconds[kind]:.2f} s ({incremental.build_cpu[kind]:.2f} s CPU) |")
        lines += ["", "While serving, the plugin lives from build to build and reuses every extraction, the last "
                  "resolve and every page whose inputs are unchanged; it also adds its pages to MkDocs' files. "
                  "A new process (`mkdocs build`) reads the extractions from the disk cache and renders every page.",
                  ""]
    if searched:
        lines += ["## Search in the browser", ""]
        if "skipped" in searched:
            lines.append(f"Not measured: {searched['skipped']}.")
        else:
            lines += [f"{searched['size']:,} articles; queries {', '.join(searched['queries'])}.", "",
                      "| first query after the page opens | later queries |", "| ---: | ---: |",
                      f"| {searched['first_ms']:.0f} ms | {searched['later_ms']:.0f} ms |"]
        lines.append("")
    lines += ["## Targets", "", "| target | measured | |", "| --- | --- | --- |", *targets(figures, incremental, searched), ""]
    return "\n".join(lines)


def size_table(figures) -> list[str]:
    """One row per size."""
    rows = ["| articles | extraction, 1 process | extraction, all cores | full build | full build, cached "
            "| MkDocs alone | full / alone | dossier stage | pages | bytes per page | build per page "
            "| search index | peak memory |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for f in figures:
        rows.append(f"| {f.size:,} | {f.single_rate:,.0f}/s ({f.single_cpu_rate:,.0f} per CPU s) "
                    f"| {f.parallel_rate:,.0f}/s ({f.cores_busy:.1f} cores busy) "
                    f"| {f.cold_build:.1f} s ({f.cold_cpu:.1f} s CPU) | {f.warm_build:.1f} s ({f.warm_cpu:.1f} s CPU) "
                    f"| {f.plain_build:.1f} s ({f.plain_cpu:.1f} s CPU) | {f.cold_cpu / f.plain_cpu:.2f}x "
                    f"| {f.dossier_stage:.2f} s ({f.dossier_stage_cpu:.2f} s CPU) | {f.pages:,} | {f.html_bytes / f.pages:,.0f} B "
                    f"| {1000 * f.cold_cpu / f.pages:.1f} ms CPU | {megabytes(f.search_index_bytes)} "
                    f"| {megabytes(f.peak_bytes)} |")
    kinds = sorted({k for f in figures for k in f.item_bytes})
    rows += ["", "| articles | " + " | ".join(f"a page in {k}/" for k in kinds) + " | largest list page |",
             "| ---: |" + " ---: |" * (len(kinds) + 1)]
    for f in figures:
        sizes = " | ".join(f"{f.item_bytes[k]:,.0f} B" if k in f.item_bytes else "" for k in kinds)
        rows.append(f"| {f.size:,} | {sizes} | {f.largest_list[0]}: {f.largest_list[1]:,} B |")
    counts = ", ".join(f"{f.size:,}: {f.counts.get('actors', 0):,} actors, {f.counts.get('facts', 0):,} facts"
                       for f in figures)
    rows += ["", f"Dossiers built: {counts}. Pages are the site's HTML pages; bytes per page is their "
                 "mean size; build per page is the full build's processor time over the pages. Times are wall clock "
                 "with the processor time of the build and its workers in brackets: the ratios and per-page figures "
                 "use processor time, which other work on the machine barely moves."]
    return rows


def targets(figures, incremental, searched) -> list[str]:
    """One row per target of issue 7: the figure that decides it, and whether it is met."""
    rows = []
    by_size = {f.size: f for f in figures}

    def row(target: str, measured: str, met: bool | None) -> None:
        verdict = "not measured" if met is None else ("met" if met else "**missed**")
        rows.append(f"| {target} | {measured} | {verdict} |")

    if figures:
        slowest = min(figures, key=lambda f: f.single_cpu_rate)
        row("extraction ≥ 100 articles/s on one core (per processor second)",
            f"{slowest.single_cpu_rate:,.0f}/s at {slowest.size:,} (wall clock: {slowest.single_rate:,.0f}/s)",
            slowest.single_cpu_rate >= 100)
        largest = figures[-1]
        cores = available_cores()
        speedup = largest.parallel_rate / largest.single_rate
        row(f"extraction uses every core with many articles (≥ {0.75 * cores:.1f} of {cores} cores busy)",
            f"{largest.cores_busy:.1f} cores busy at {largest.size:,}, {speedup:.2f}x one process",
            largest.cores_busy >= 0.75 * cores if cores > 1 else None)
    else:
        row("extraction ≥ 100 articles/s on one core", "", None)
    thousand = by_size.get(1000)
    if thousand:
        row("full build of 1,000 ≤ 1.3x MkDocs alone (CPU time)",
            f"{thousand.cold_cpu / thousand.plain_cpu:.2f}x (cache warm: {thousand.warm_cpu / thousand.plain_cpu:.2f}x;"
            f" wall clock: {thousand.cold_build / thousand.plain_build:.2f}x)",
            thousand.cold_cpu / thousand.plain_cpu <= 1.3)
    else:
        row("full build of 1,000 ≤ 1.3x MkDocs alone", "", None)
    if len(figures) >= 2:
        small, large = figures[0], figures[-1]
        # Judged page kind by page kind: the mean over all pages moves with the mix of
        # kinds (more articles per actor) even when no single page grows.
        drifts = {k: large.item_bytes[k] / small.item_bytes[k] - 1
                  for k in small.item_bytes if k in large.item_bytes}
        overall = (large.html_bytes / large.pages) / (small.html_bytes / small.pages) - 1
        if drifts:
            worst = max(drifts, key=lambda k: abs(drifts[k]))
            row(f"bytes per page flat from {small.size:,} to {large.size:,} (within 20%)",
                ", ".join(f"{k} pages {d:+.0%}" for k, d in drifts.items()) + f" (all pages: {overall:+.0%})",
                abs(drifts[worst]) <= FLAT)
        drift = (large.cold_cpu / large.pages) / (small.cold_cpu / small.pages) - 1
        wall = (large.cold_build / large.pages) / (small.cold_build / small.pages) - 1
        # What the figure is made of: extraction goes with the articles, the rest with the
        # pages; a corpus whose copies add articles but few pages moves the first.
        warm = (large.warm_cpu / large.pages) / (small.warm_cpu / small.pages) - 1
        alone = (large.plain_cpu / large.pages) / (small.plain_cpu / small.pages) - 1
        per_article = (small.single_cpu_rate / large.single_cpu_rate) - 1
        row(f"build time per page flat from {small.size:,} to {large.size:,} (within 20%, CPU time)",
            f"{drift:+.0%} (wall clock: {wall:+.0%}); pages per article {small.pages / small.size:.1f} → "
            f"{large.pages / large.size:.1f}. Made of: extraction per article {per_article:+.0%}; "
            f"build with every extraction cached, per page {warm:+.0%}; MkDocs alone, per page {alone:+.0%}",
            abs(drift) <= FLAT)
    else:
        row("bytes and build time per page flat across sizes", "", None)
    if incremental:
        worst = max(incremental.serving_cpu, key=incremental.serving_cpu.get)
        seconds = incremental.serving_cpu[worst]
        fresh = max(incremental.stage_cpu.values())
        row(f"dossier stage after one edit, {incremental.size:,} articles, < 1 s (CPU time, while serving)",
            f"{seconds:.2f} s (slowest: {worst}; wall clock {incremental.serving_seconds[worst]:.2f} s; "
            f"in a new process: {fresh:.2f} s)",
            seconds < 1 if incremental.size == 1000 else None)
    else:
        row("dossier stage after one edit < 1 s", "", None)
    ten = by_size.get(10000)
    row("10,000 articles build within 4 GB", megabytes(ten.peak_bytes) if ten else "",
        ten.peak_bytes <= 4 * 1024 ** 3 if ten else None)
    if searched and "skipped" not in searched:
        row(f"search usable at {searched['size']:,} (first result ≤ {SEARCH_USABLE_MS} ms after typing)",
            f"{searched['later_ms']:.0f} ms (first query after opening: {searched['first_ms']:.0f} ms)",
            searched["later_ms"] <= SEARCH_USABLE_MS and searched["first_ms"] <= SEARCH_USABLE_MS)
    else:
        row("search usable at 1,000", "", None)
    return rows


def machine() -> list[str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as fh:
            memory = f", {int(fh.readline().split()[1]) / 1024 ** 2:.0f} GB of memory"
    except (OSError, ValueError, IndexError):
        pass
    versions = ", ".join(f"{name} {version(name)}" for name in ("mkdocs", "mkdocs-material"))
    return [f"- {cpu}: {os.cpu_count()} cores, {available_cores()} usable{memory}",
            f"- {platform.platform()}, Python {sys.version.split()[0]}, {versions}",
            f"- dossier at commit {commit()}"]


def version(name: str) -> str:
    """The installed version of a distribution."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def commit() -> str:
    """The checkout's commit, marked when it has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (with uncommitted changes)" if dirty else head


def megabytes(count: int) -> str:
    """Bytes as megabytes, for the table."""
    return f"{count / 1024 ** 2:,.1f} MB"


def display(path) -> str:
    """A path as short as it can be told: relative to the repo when it is near it."""
    try:
        return os.path.relpath(path, REPO)
    except ValueError:
        return str(path)
