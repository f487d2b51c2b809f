"""The whole build, read top to bottom: seeds in, a Dossier out."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterator
from pathlib import Path

from .actors import find_names
from .cache import Cache
from .collector import cycle_collector_paused
from .facts import described_speakers, find_facts
from .file_names import FileNaming, name_from_files
from .model import Document, Dossier, DossierError, Extraction, Problem
from .overrides import apply_overrides, load_overrides
from .progress import quiet
from .read import ReadMemo, read_seeds
from .resolve import resolve
from .structure import NotAnArticle, article_of, read_parts


def build(seeds: Path, overrides: Path | None = None, *, cache: Cache | None = None,
          read_memo: ReadMemo | None = None, naming: FileNaming | None = None,
          progress: Callable = quiet) -> Dossier:
    """Read, extract, resolve, name from files, override; raise DossierError listing every error."""
    progress("reading the seeds")
    documents, problems = read_seeds(seeds, read_memo)
    extractions, skipped = extract_all(documents, cache, progress=progress)
    progress("resolving the actors and facts of {total} articles", total=len(extractions))
    dossier = cache.resolved(extractions) if cache else resolve(extractions)
    dossier, naming_problems = name_from_files(dossier, naming)    # what the text left out; overrides win
    corrections, override_problems = load_overrides(overrides)
    dossier, applied_problems = apply_overrides(dossier, corrections)
    refused = (cache.refused,) if cache and cache.refused else ()
    problems = refused + problems + skipped + naming_problems + override_problems + applied_problems
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise DossierError(errors)
    return Dossier(dossier.articles, dossier.actors, dossier.facts, problems=problems)


def extract(document: Document) -> Extraction:
    """Article structure, then its actors, then its facts: all from one document."""
    page = read_parts(document)
    article = article_of(document, page)
    names = find_names(article)
    mentions = tuple(m for m in names if m.kind)     # a name with no kind is no speaker
    facts = find_facts(article, mentions)
    return Extraction(article, names + described_speakers(facts, mentions), facts, page.problems)


def extract_all(documents: tuple[Document, ...], cache: Cache | None = None, *, workers: int | None = None,
                progress: Callable = quiet) -> tuple[tuple[Extraction, ...], tuple[Problem, ...]]:
    """Extract every document, reusing cached results; a page with no article is a warning, and
    so is what was wrong in a page without costing its article."""
    found = {d.source: cache.get(d) for d in documents} if cache else {}
    missing = tuple(d for d in documents if found.get(d.source) is None)
    for done, (document, result) in enumerate(zip(missing, extract_each(missing, workers)), 1):
        progress("extracting {done}/{total} articles", done, len(missing))
        found[document.source] = result
        if cache and isinstance(result, Extraction):
            cache.put(document, result)
    if cache:
        cache.prune(documents)
    extractions = tuple(r for d in documents if isinstance(r := found[d.source], Extraction))
    problems: list[Problem] = []
    for document in documents:
        result = found[document.source]
        if isinstance(result, str):
            problems.append(Problem(document.source, None, f"skipped: {result}"))
        else:
            problems.extend(result.problems)
    return extractions, tuple(problems)


PARALLEL_FROM = 50
"""Fewer documents than this left to extract are done in this process: workers would cost more."""
SERIAL_SECONDS = 0.5
"""Extraction runs in this process this long before handing the rest to every core: a quick
extractor never pays for starting workers, and a slow one soon uses them all."""


def extract_many(documents: tuple[Document, ...], workers: int | None = None) -> list[Extraction | str]:
    """Each document's Extraction, or why it holds no article; in input order, on every core."""
    return list(extract_each(documents, workers))


def extract_each(documents: tuple[Document, ...], workers: int | None = None) -> Iterator[Extraction | str]:
    """extract_many(), one result at a time as it comes."""
    workers = workers or available_cores()
    done = 0
    started = time.perf_counter()
    for document in documents:
        if (workers > 1 and len(documents) - done >= PARALLEL_FROM
                and time.perf_counter() - started >= SERIAL_SECONDS):
            break
        with cycle_collector_paused():
            result = extract_or_reason(document)
        done += 1
        yield result
    rest = documents[done:]
    if not rest:
        return
    # Chunks big enough that shipping them costs little, small enough to keep every core busy.
    chunk = max(1, min(32, len(rest) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(START_METHOD),
                             initializer=gc.disable) as pool:
        yield from pool.map(extract_or_reason, rest, chunksize=chunk)


def extract_or_reason(document: Document) -> Extraction | str:
    """The document's Extraction, or the reason it holds no article."""
    try:
        return extract(document)
    except NotAnArticle as exc:
        return str(exc)
    except Exception as exc:
        # A mistake of ours that one article brings out costs that article, not the dossier;
        # the warning names the file, so the article can be sent with the report.
        return bug_reason(exc)


def bug_reason(exc: Exception) -> str:
    """What a warning says of an exception that only a bug in dossier raises."""
    return f"{type(exc).__name__}: {exc} (a bug in dossier: please report it)"


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# Fork where the system forks safely: workers start at once, and a caller's script needs
# no `if __name__ == "__main__":` guard, which spawned workers would re-run it without.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
