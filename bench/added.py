"""The dossier stage after an added article, in one process as `mkdocs serve` keeps it.

Lays out a project of --size articles (or uses --project), builds its dossier once with the
memos the plugin keeps while serving (the extraction cache held in memory, the read memo,
the export memo), then adds each --added article in turn and removes it again. For each
addition, the processor time of the build (of which resolving the dossier) and of the
exports; the first round extracts the added articles, so only the second is reported,
where each is read from the cache as a second save of it would be: the figures are what
resolving and exporting cost, not extraction. Run it from two checkouts one after the
other to compare commits.

    python bench/added.py --size 1000 --added ../shared/eval/corpora/polnear-dev/articles/X.txt ...
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import make_dossier_project, read_corpus  # noqa: E402

from dossier.cache import Cache  # noqa: E402
from dossier.collector import cycle_collector_paused  # noqa: E402
from dossier.export import ExportMemo  # noqa: E402
from dossier.export_formats import site_exports  # noqa: E402
from dossier.pipeline import build  # noqa: E402
from dossier.read import ReadMemo  # noqa: E402

DEFAULT_ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "corpora" / "scale" / "articles"


class Stage:
    """The dossier stage as the plugin runs it while serving, timed part by part."""

    def __init__(self, project: Path):
        self.project = project
        self.cache = Cache(project / ".dossier-cache", remember=True)
        self.read_memo, self.lines = ReadMemo(), ExportMemo()
        self.resolving = 0.0
        resolved = self.cache.resolved

        def timed(extractions):
            started = time.process_time()
            try:
                return resolved(extractions)
            finally:
                self.resolving += time.process_time() - started
        self.cache.resolved = timed

    def run(self) -> dict[str, float]:
        """Build and export once: processor seconds of the build, of resolving, of the exports."""
        self.resolving = 0.0
        with cycle_collector_paused():
            started = time.process_time()
            dossier = build(self.project / "seeds", self.project / "overrides.yml", cache=self.cache,
                            read_memo=self.read_memo)
            built = time.process_time()
            site_exports(dossier, self.lines)
            exported = time.process_time()
        return {"build": built - started, "resolve": self.resolving, "exports": exported - built}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--project", type=Path, help="a project laid out before (its seeds/ and cache are used)")
    parser.add_argument("--added", type=Path, nargs="+", required=True, help="articles to add one at a time")
    args = parser.parse_args()
    project = args.project or Path("/tmp") / f"dossier-added-{args.size}"
    if not (project / "seeds").is_dir():
        make_dossier_project(read_corpus(args.articles.resolve()), args.size, project)
    stage = Stage(project)
    stage.run()
    figures: list[dict[str, float]] = []
    for round in range(2):
        for number, source in enumerate(args.added):
            target = project / "seeds" / f"added-{number}-{source.name}"
            shutil.copyfile(source, target)
            try:
                if round:
                    figures.append(stage.run())
                else:
                    stage.run()
            finally:
                target.unlink()
            stage.run()
    print(f"{len(figures)} articles added to {len(list((project / 'seeds').iterdir()))}, processor seconds, "
          "median (each):")
    for part in ("build", "resolve", "exports"):
        print(f"  {part:8} {statistics.median(f[part] for f in figures):.3f} "
              f"({', '.join(f'{f[part]:.2f}' for f in figures)})")


if __name__ == "__main__":
    main()
