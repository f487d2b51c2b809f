"""Write rendered pages into a folder as ordinary files, never touching hand-written ones."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath

from .model import DossierError, Problem
from .user_files import NO_FOLLOW, read_regular

MANIFEST = ".dossier-pages"
"""Lists the files `dossier build` wrote, with a digest of each, so it replaces or removes
only those, and only while nobody has changed them."""
HEADER = "# Written by `dossier build`: the pages it may replace or remove, and their SHA-256.\n"


def digest(data: bytes) -> str:
    """The SHA-256 of a page's bytes, as the manifest records it."""
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """The pages an earlier `dossier build` wrote into folder: {path: digest}."""
    try:
        # Read as a file of the folder's own: a link there lists nothing we wrote.
        lines = read_regular(Path(folder) / MANIFEST).decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found = {}
    for line in lines:
        recorded, _, path = line.partition("  ")
        # A line naming a place outside the folder was not written by us: ignored.
        if path and not line.startswith("#") and is_safe_path(path):
            found[path] = recorded
    return found


def is_safe_path(path: str) -> bool:
    """Whether a page path stays inside its folder: relative, no '..', no drive, no backslash."""
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and "\\" not in path and ":" not in path \
        and all(part not in ("", ".", "..") for part in parts)


def in_the_way(handwritten: str, page: str) -> Problem:
    """The error for a hand-written file standing where the dossier generates a page."""
    return Problem(handwritten, None, f"a hand-written page is in the way of the generated page '{page}'",
                   hint="rename or move the hand-written page; the dossier never replaces it",
                   severity="error")


def changed_since_written(path: str, severity: str = "error") -> Problem:
    """The problem for a page `dossier build` wrote that someone has since edited."""
    return Problem(path, None, "changed since `dossier build` wrote it",
                   hint="keep your own text in a page of your own; delete this file to let "
                        "`dossier build` write it again", severity=severity)


def edited_pages(folder: Path, written: dict[str, str]) -> set[str]:
    """The pages of the manifest whose file no longer holds what `dossier build` wrote."""
    edited = set()
    for path, recorded in written.items():
        target = Path(folder) / path
        try:
            if digest(target.read_bytes()) != recorded:
                edited.add(path)
        except FileNotFoundError:
            continue
        except OSError:
            edited.add(path)
    return edited


def write_pages(pages: dict[str, str], folder: Path) -> int:
    """Write pages under folder; return how many files changed. Raise DossierError, having
    written nothing, if a page would leave the folder or replace something a person wrote."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    written = read_manifest(folder)
    edited = edited_pages(folder, written)
    problems = []
    for path in sorted(pages):
        target = folder / path
        if not is_safe_path(path) or root not in target.resolve().parents:
            problems.append(Problem(path, None, f"refusing to write outside {folder}", severity="error"))
        elif path not in written and (target.exists() or target.is_symlink()):
            problems.append(in_the_way(str(target), path))
    for path in sorted(edited):
        problems.append(changed_since_written(str(folder / path)))
    if problems:
        raise DossierError(tuple(problems))
    changed = 0
    for path in sorted(pages):
        target = folder / path
        data = pages[path].encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, data)
        changed += 1
    for stale in sorted(set(written) - set(pages)):
        target = folder / stale
        if is_safe_path(stale) and target.is_file() and root in target.resolve().parents:
            target.unlink()
            changed += 1
    lines = "".join(f"{digest(pages[p].encode('utf-8'))}  {p}\n" for p in sorted(pages))
    replace_file(folder / MANIFEST, (HEADER + lines).encode("utf-8"))
    return changed


def replace_file(target: Path, data: bytes) -> None:
    """Put data at target through a temporary file made afresh: a link found at either name
    is replaced, never written through to a file elsewhere on the machine."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NO_FOLLOW | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    os.replace(tmp, target)
