"""Benchmark: articles per second for the actor stage alone (structure is done beforehand).

Usage: PYTHONPATH=. python bench/actors_speed.py [FOLDER] [--backend builtin|spacy|spacy+builtin]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dossier.actors import find_actors
from dossier.gazetteer import gazetteer
from dossier.read import read_seeds
from dossier.structure import NotAnArticle, read_article

DEFAULT = Path("/work/shared/eval/corpora/scale/articles")


def structured(folder: Path) -> list:
    """Every article of a folder, read and structured: what each stage's timing starts from."""
    documents, _ = read_seeds(folder)
    articles = []
    for document in documents:
        try:
            articles.append(read_article(document))
        except NotAnArticle:
            pass
    return articles


def main() -> None:
    """Read and structure every article, then time find_actors over all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--backend", default="builtin")
    args = parser.parse_args()
    articles = structured(args.folder)
    start = time.perf_counter()
    gazetteer()
    loaded = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    mentions = sum(len(find_actors(a, backend=args.backend)) for a in articles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    print(f"{len(articles)} articles, {words} words, {mentions} actors found")
    print(f"gazetteer loaded once in {loaded * 1000:.0f} ms")
    print(f"actor stage: {seconds:.2f} s wall = {len(articles) / seconds:.0f} articles/s, "
          f"{seconds / len(articles) * 1000:.2f} ms per article")
    # On a shared machine the wall clock counts other programs' time; CPU time does not.
    print(f"actor stage: {cpu:.2f} s CPU = {len(articles) / cpu:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
