"""Time the exports of a dossier of N articles (default 1,000): each format, and all of them
as the site writes them. The dossier is built once (extraction is not what is timed).

    python bench/exports.py                      # 1,000 articles of the scale corpus
    python bench/exports.py --size 100 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from measure import REPO  # noqa: E402

from dossier.export import ExportMemo, export_json  # noqa: E402
from dossier.export_formats import FORMATS, export_files, site_exports  # noqa: E402
from dossier.file_names import FileNaming  # noqa: E402
from dossier.pipeline import build  # noqa: E402

TARGET_SECONDS = 5.0
"""Every export of the 1,000-article dossier written in this long or less."""
PATTERN = "{publisher}_{date}_{title}"
"""How the scale corpus names its files."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=REPO.parent / "shared" / "eval" / "corpora" / "scale" / "articles")
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dossier-exports-") as scratch:
        project = corpus.make_dossier_project(corpus.read_corpus(args.articles), args.size, Path(scratch) / "project")
        started = time.perf_counter()
        dossier = build(project.folder / "seeds", naming=FileNaming(PATTERN))
        built = time.perf_counter() - started
        dated = sum(a.published is not None for a in dossier.articles)
        named = sum("published" in a.from_file_name for a in dossier.articles)
        print(f"{len(dossier.articles)} articles ({project.repeated} copies), {len(dossier.actors)} actors, "
              f"{len(dossier.facts)} facts; built in {built:.1f} s")
        print(f"file-name pattern {PATTERN!r}: {dated} articles dated, {named} of them by their file name")
        print()
        print("| export | files | MB | median s | best s |")
        print("| --- | --- | --- | --- | --- |")
        for format in FORMATS:
            report(format, lambda: export_files(dossier, format), args.runs)
        total = report("all, as the site writes them", lambda: site_exports(dossier), args.runs)
        # While serving the plugin keeps a memo: after an edit to one article, only what changed is made again.
        memo = ExportMemo()
        site_exports(dossier, memo)
        first, *rest = dossier.articles
        edited = replace(dossier, articles=(replace(first, publisher="An edited publisher"), *rest))
        report("all, while serving, after one article's edit", lambda: site_exports(edited, memo), args.runs)
        report("dossier.json alone, the same", lambda: {"dossier.json": export_json(edited, memo)}, args.runs)
        verdict = "met" if total <= TARGET_SECONDS else "MISSED"
        print(f"\ntarget: every export in <= {TARGET_SECONDS:.0f} s at 1,000 articles: {total:.2f} s ({verdict})")
    return 0


def report(name: str, make, runs: int) -> float:
    """Print one row: the files made, their size, and the median and best of `runs` timings."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        files = make()
        seconds.append(time.perf_counter() - started)
    size = sum(len(text.encode("utf-8")) for text in files.values()) / 1e6
    median = statistics.median(seconds)
    print(f"| {name} | {len(files)} | {size:.1f} | {median:.2f} | {min(seconds):.2f} |")
    return median


if __name__ == "__main__":
    raise SystemExit(main())
