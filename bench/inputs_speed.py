"""Time what reading untrusted inputs costs: reading a seeds folder, and reading a Markdown
article's front matter. Run it with this checkout's code, then with another's, to compare:

    python bench/inputs_speed.py ../shared/eval/corpora/scale/articles
    PYTHONPATH=/path/to/other/checkout python bench/inputs_speed.py ../shared/eval/corpora/scale/articles
"""

from __future__ import annotations

import argparse
import inspect
import time
from pathlib import Path

from dossier.markdown_input import read_markdown
from dossier.read import read_seeds

FRONT_MATTER = """---
title: The harbour ferry keeps its winter timetable
author: [Rosa Vint, Omar Haddad]
publisher: The Elmsworth Post
date: 2026-01-29
url: https://example.org/news/ferry-timetable
summary: The ferry company said the winter timetable would run until April.
tags: [transport, harbour]
---

# The harbour ferry keeps its winter timetable

The ferry company said on Thursday that the winter timetable would run until April.
"""


def cpu_seconds(work, repeats: int) -> float:
    """The least CPU time of `repeats` runs of work(): on a machine others share, the run
    least disturbed by them."""
    times = []
    for _ in range(repeats):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    documents, _ = read_seeds(args.seeds)
    seeds = cpu_seconds(lambda: read_seeds(args.seeds), args.repeats)
    print(f"read_seeds: {len(documents)} files in {seeds * 1000:.1f} ms "
          f"({seeds / len(documents) * 1e6:.1f} µs a file)")
    n = 2000
    # An older read_markdown takes no file name.
    source = ("a.md",) if len(inspect.signature(read_markdown).parameters) > 1 else ()
    front = cpu_seconds(lambda: [read_markdown(FRONT_MATTER, *source) for _ in range(n)], args.repeats)
    plain = cpu_seconds(lambda: [read_markdown(FRONT_MATTER.split("---\n", 2)[2], *source) for _ in range(n)],
                           args.repeats)
    print(f"front matter: {(front - plain) / n * 1e6:.0f} µs an article "
          f"(read_markdown {front / n * 1e6:.0f} µs with it, {plain / n * 1e6:.0f} µs without)")


if __name__ == "__main__":
    main()
