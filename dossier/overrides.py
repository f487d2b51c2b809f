"""The user's corrections in YAML: load them, check them, apply them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .model import Dossier, Problem


@dataclass(frozen=True)
class Overrides:
    """The corrections found in the override file, as parsed."""

    path: str = ""
    articles: tuple[tuple[str, dict], ...] = ()


def load_overrides(path: Path | None) -> tuple[Overrides, tuple[Problem, ...]]:
    """Parse the override file; a missing file is no overrides."""
    if path is None or not Path(path).is_file():
        return Overrides(), ()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        return Overrides(str(path)), (Problem(str(path), mark.line + 1 if mark else None,
                                              str(exc.problem), severity="error"),)
    articles = tuple((str(k), dict(v or {})) for k, v in (data.get("articles") or {}).items())
    return Overrides(str(path), articles), ()


def apply_overrides(dossier: Dossier, overrides: Overrides) -> tuple[Dossier, tuple[Problem, ...]]:
    """The dossier with the corrections made."""
    by_source = dict(overrides.articles)
    articles = tuple(replace(a, **by_source[a.source]) if a.source in by_source else a
                     for a in dossier.articles)
    return replace(dossier, articles=articles), ()
