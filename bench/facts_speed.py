"""Benchmark: milliseconds per article for the fact stage alone (structure and actors are done beforehand).

Usage: PYTHONPATH=. python bench/facts_speed.py [FOLDER] [--runs N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from actors_speed import DEFAULT, structured
from dossier.actors import find_actors
from dossier.facts import find_facts


def main() -> None:
    """Read, structure and find the actors of every article, then time find_facts over all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3, help="the best of this many runs is kept")
    args = parser.parse_args()
    articles = structured(args.folder)
    read = [(a, tuple(m for m in find_actors(a) if m.kind)) for a in articles]
    best, facts = float("inf"), 0
    for _ in range(args.runs):
        # On a shared machine the wall clock counts other programs' time; CPU time does not.
        cpu = time.process_time()
        facts = sum(len(find_facts(article, mentions)) for article, mentions in read)
        best = min(best, time.process_time() - cpu)
    print(f"{len(articles)} articles, {facts} facts found")
    print(f"fact stage: {best:.2f} s CPU, best of {args.runs} = {best / len(articles) * 1000:.2f} ms per article")


if __name__ == "__main__":
    main()
