"""Write rendered pages into a folder as ordinary files, never touching hand-written ones."""

from __future__ import annotations

from pathlib import Path

from .model import DossierError, Problem

MANIFEST = ".dossier-pages"
"""Lists the files `dossier build` wrote, so it may replace or remove them later, and nothing else."""


def read_manifest(folder: Path) -> set[str]:
    """The pages an earlier `dossier build` wrote into folder."""
    try:
        lines = (Path(folder) / MANIFEST).read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line for line in lines if line and not line.startswith("#")}


def write_pages(pages: dict[str, str], folder: Path) -> int:
    """Write pages under folder; return how many changed. Raise DossierError on a collision."""
    folder = Path(folder)
    root = folder.resolve()
    ours = read_manifest(folder)
    problems = []
    for path in sorted(pages):
        target = (folder / path).resolve()
        if root not in target.parents:
            problems.append(Problem(path, None, f"refusing to write outside {folder}", severity="error"))
        elif path not in ours and target.exists():
            problems.append(Problem(str(folder / path), None,
                                    f"a hand-written page is in the way of the generated page '{path}'",
                                    hint="rename or move the hand-written page; dossier never overwrites it",
                                    severity="error"))
    if problems:
        raise DossierError(tuple(problems))
    changed = 0
    for path in sorted(pages):
        target = folder / path
        data = pages[path].encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        changed += 1
    for stale in sorted(ours - set(pages)):
        target = folder / stale
        if target.is_file() and root in target.resolve().parents:
            target.unlink()
            changed += 1
    manifest = "# Pages written by `dossier build`; it replaces or removes only these.\n"
    (folder / MANIFEST).write_text(manifest + "".join(f"{p}\n" for p in sorted(pages)), encoding="utf-8")
    return changed
