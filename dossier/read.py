"""Read the seeds folder: every article file, decoded to text, or a warning saying why not."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .model import Document, Problem

FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
           ".md": "markdown", ".markdown": "markdown"}


def read_seeds(seeds: Path) -> tuple[tuple[Document, ...], tuple[Problem, ...]]:
    """Every readable article under `seeds`, in a stable order, and a problem per file skipped."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        return (), (Problem(str(seeds), None, "no such folder of articles", severity="error"),)
    documents: list[Document] = []
    problems: list[Problem] = []
    for path in sorted(seeds.rglob("*"), key=lambda p: p.relative_to(seeds).as_posix()):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(seeds).parts):
            continue
        source = path.relative_to(seeds).as_posix()
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            problems.append(Problem(source, None, f"skipped: not an article file ({path.suffix or 'no extension'})",
                                    hint="articles are .txt, .html, .htm or .md files"))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(source, None, f"skipped: cannot read ({exc.strerror})"))
            continue
        text, why = decode(data)
        if text is None:
            problems.append(Problem(source, None, f"skipped: {why}"))
            continue
        documents.append(Document(source, text, fmt, hashlib.sha256(data).hexdigest()))
    return tuple(documents), tuple(problems)


def decode(data: bytes) -> tuple[str | None, str]:
    """The bytes as text, or None and why they are not text."""
    if not data.strip():
        return None, "the file is empty"
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), ""
    if b"\x00" in data[:4096]:
        return None, "a binary file, not text"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ""
