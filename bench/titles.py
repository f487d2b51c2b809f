"""What giving a page's title in its front matter costs a render: render() timed with and
without render.title_in_front_matter, over the first N articles of a folder.

    python bench/titles.py                       # 840 articles of ../shared/eval/corpora/scale/articles
    python bench/titles.py --articles DIR --size 200
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import dossier.render as rendering  # noqa: E402
from dossier.pipeline import build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def fastest(run, times: int = 5) -> float:
    """The least processor time of several runs: the one least disturbed by other work."""
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "eval" / "corpora" / "scale" / "articles")
    parser.add_argument("--size", type=int, default=840)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        seeds = Path(scratch) / "seeds"
        seeds.mkdir()
        for path in sorted(p for p in args.articles.iterdir() if p.is_file())[:args.size]:
            shutil.copy(path, seeds)
        dossier = build(seeds)
    titled = rendering.title_in_front_matter
    with_titles = fastest(lambda: rendering.render(dossier))
    rendering.title_in_front_matter = lambda page: page
    without = fastest(lambda: rendering.render(dossier))
    rendering.title_in_front_matter = titled
    pages = rendering.render(dossier)
    alone = fastest(lambda: [titled(page) for page in pages.values()])
    given = sum(titled(page) != page for page in pages.values())
    print(f"{len(dossier.articles)} articles, {len(pages)} pages, {given} given a title in front matter: "
          f"render {without:.3f} s without, {with_titles:.3f} s with; the titles alone "
          f"{alone * 1000:.1f} ms ({alone / len(pages) * 1e6:.1f} µs a page)")


if __name__ == "__main__":
    main()
