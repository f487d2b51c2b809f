"""The whole build, read top to bottom: seeds in, a Dossier out."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from .actors import find_actors
from .cache import Cache
from .facts import find_facts
from .model import Document, Dossier, DossierError, Extraction, Problem
from .overrides import apply_overrides, load_overrides
from .read import ReadMemo, read_seeds
from .resolve import resolve
from .structure import NotAnArticle, read_article


def build(seeds: Path, overrides: Path | None = None, *, cache: Cache | None = None,
          read_memo: ReadMemo | None = None) -> Dossier:
    """Read, extract, resolve, override; raise DossierError listing every error."""
    documents, problems = read_seeds(seeds, read_memo)
    extractions, skipped = extract_all(documents, cache)
    dossier = cache.resolved(extractions) if cache else resolve(extractions)
    corrections, override_problems = load_overrides(overrides)
    dossier, applied_problems = apply_overrides(dossier, corrections)
    refused = (cache.refused,) if cache and cache.refused else ()
    problems = refused + problems + skipped + override_problems + applied_problems
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise DossierError(errors)
    return Dossier(dossier.articles, dossier.actors, dossier.facts, problems=problems)


def extract(document: Document) -> Extraction:
    """Article structure, then its actors, then its facts: all from one document."""
    article = read_article(document)
    mentions = find_actors(article)
    facts = find_facts(article, mentions)
    return Extraction(article, mentions, facts)


def extract_all(documents: tuple[Document, ...], cache: Cache | None = None, *,
                workers: int | None = None) -> tuple[tuple[Extraction, ...], tuple[Problem, ...]]:
    """Extract every document, reusing cached results; a page with no article is a warning."""
    found = {d.source: cache.get(d) for d in documents} if cache else {}
    missing = tuple(d for d in documents if found.get(d.source) is None)
    for document, result in zip(missing, extract_many(missing, workers)):
        found[document.source] = result
        if cache and isinstance(result, Extraction):
            cache.put(document, result)
    if cache:
        cache.prune(documents)
    extractions = tuple(r for d in documents if isinstance(r := found[d.source], Extraction))
    problems = tuple(Problem(d.source, None, f"skipped: {r}") for d in documents
                     if isinstance(r := found[d.source], str))
    return extractions, problems


PARALLEL_FROM = 50
"""Fewer documents than this left to extract are done in this process: workers would cost more."""
SERIAL_SECONDS = 0.5
"""Extraction runs in this process this long before handing the rest to every core: a quick
extractor never pays for starting workers, and a slow one soon uses them all."""


def extract_many(documents: tuple[Document, ...], workers: int | None = None) -> list[Extraction | str]:
    """Each document's Extraction, or why it holds no article; in input order, on every core."""
    workers = workers or available_cores()
    results: list[Extraction | str] = []
    started = time.perf_counter()
    with cycle_collector_paused():
        for document in documents:
            if (workers > 1 and len(documents) - len(results) >= PARALLEL_FROM
                    and time.perf_counter() - started >= SERIAL_SECONDS):
                break
            results.append(extract_or_reason(document))
    rest = documents[len(results):]
    if not rest:
        return results
    # Chunks big enough that shipping them costs little, small enough to keep every core busy.
    chunk = max(1, min(32, len(rest) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(START_METHOD),
                             initializer=gc.disable) as pool:
        return results + list(pool.map(extract_or_reason, rest, chunksize=chunk))


@contextmanager
def cycle_collector_paused():
    """Python's cycle collector off for a while, as it was after.

    Extraction leaves no reference cycles behind for the collector to find, yet makes
    so many objects (a token per word) that the collector would run a thousand times in
    a few hundred articles, now and then walking every live object; workers, which only
    extract, run without it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_or_reason(document: Document) -> Extraction | str:
    """The document's Extraction, or the reason it holds no article."""
    try:
        return extract(document)
    except NotAnArticle as exc:
        return str(exc)


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# Fork where the system forks safely: workers start at once, and a caller's script needs
# no `if __name__ == "__main__":` guard, which spawned workers would re-run it without.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
