"""Time reading the extraction cache: every article's entry written once, then read back.

    python bench/cache_read.py [--articles FOLDER] [--runs 3]

Prints the processor seconds to read every entry (Cache.get over all documents, in one
process, files warm in the system's cache: processor time, as other work on the machine
stretches the wall clock) and the entries' bytes on disk.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from dossier.cache import Cache
from dossier.pipeline import extract_all
from dossier.read import read_seeds

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared/eval/corpora/scale/articles")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    documents, _ = read_seeds(args.articles)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "cache"
        extract_all(documents, Cache(folder))
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        times = []
        for _ in range(args.runs):
            cache = Cache(folder)
            started = time.process_time()
            found = [cache.get(d) for d in documents]
            times.append(time.process_time() - started)
            assert all(found), "every entry should be read back"
    print(f"{len(documents)} articles, {size / 1e6:.1f} MB of entries; "
          f"read all in {min(times):.3f} s CPU (best of {args.runs}), "
          f"{1e3 * min(times) / len(documents):.3f} ms per article")


if __name__ == "__main__":
    main()
