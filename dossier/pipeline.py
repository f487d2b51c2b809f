"""The whole build, read top to bottom: seeds in, a Dossier out."""

from __future__ import annotations

from pathlib import Path

from .actors import find_actors
from .cache import Cache
from .facts import find_facts
from .model import Document, Dossier, DossierError, Extraction, Problem
from .overrides import apply_overrides, load_overrides
from .read import read_seeds
from .resolve import resolve
from .structure import NotAnArticle, read_article


def build(seeds: Path, overrides: Path | None = None, *, cache: Cache | None = None) -> Dossier:
    """Read, extract, resolve, override; raise DossierError listing every error."""
    documents, problems = read_seeds(seeds)
    extractions, skipped = extract_all(documents, cache)
    dossier = resolve(extractions)
    corrections, override_problems = load_overrides(overrides)
    dossier, applied_problems = apply_overrides(dossier, corrections)
    problems = problems + skipped + override_problems + applied_problems
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


def extract_all(documents: tuple[Document, ...], cache: Cache | None = None
                ) -> tuple[tuple[Extraction, ...], tuple[Problem, ...]]:
    """Extract every document, reusing cached results; a page with no article is a warning."""
    extractions: list[Extraction] = []
    problems: list[Problem] = []
    for document in documents:
        found = cache.get(document.digest) if cache else None
        if found is None:
            try:
                found = extract(document)
            except NotAnArticle as exc:
                problems.append(Problem(document.source, None, f"skipped: {exc}"))
                continue
            if cache:
                cache.put(document.digest, found)
        extractions.append(found)
    return tuple(extractions), tuple(problems)
