"""Per-article extraction results, kept on disk and keyed by the document and the extractor."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import time
from dataclasses import fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .model import Document, Dossier, Extraction
from .resolve import ResolveMemo, resolve

PACKAGE = Path(__file__).parent
# Libraries extraction may lean on: a new version of one can change what is extracted.
# trafilatura dates a page with htmldate (which reads dates with dateparser) and falls
# back on justext. The gazetteer's libraries are not here: extraction reads the shipped
# table, part of the package's data, whatever versions of them are installed.
EXTRACTION_LIBRARIES = ("trafilatura", "htmldate", "dateparser", "justext", "ftfy", "charset-normalizer",
                        "lxml", "spacy")
EXTRACTION_SETTINGS = ("DOSSIER_ACTORS", "DOSSIER_SPACY_MODEL")
SUFFIX = ".pickle"
STALE_SECONDS = 3600
"""A temporary file this old was left by a build that was stopped."""


def extractor_salt() -> str:
    """A digest of everything extraction depends on besides the document: our code, data,
    libraries, and the settings that choose how actors are found."""
    settings = "".join(f"{name}={os.environ.get(name, '')}\n" for name in EXTRACTION_SETTINGS)
    return hashlib.sha256(f"{code_salt()}\n{settings}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def code_salt() -> str:
    """A digest of our code and data and the libraries' versions: read once per process."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    # Every file of the package but the page templates, rather than a hand-kept list of
    # "extraction modules": a list would go stale silently, and a stale result is a wrong
    # dossier, while hashing a few more files only costs a re-extraction after a code edit.
    for path in sorted(PACKAGE.rglob("*"), key=lambda p: p.relative_to(PACKAGE).as_posix()):
        relative = path.relative_to(PACKAGE)
        if (not path.is_file() or relative.parts[0] in ("templates", "__pycache__")
                or path.suffix in (".pyc", ".pyo")):
            continue
        digest.update(f"{relative.as_posix()}\n".encode())
        digest.update(path.read_bytes())
    for name in EXTRACTION_LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name} {version}\n".encode())
    return digest.hexdigest()[:16]


def document_key(document: Document) -> str:
    """What identifies a document's extraction: its bytes (the digest) and every other field.

    The same bytes under another name are another article (its source is part of
    every id), so the name is part of the key, and so is the format.
    """
    parts = [f"{f.name}={getattr(document, f.name)!r}" for f in fields(document) if f.name != "text"]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """A folder of pickled Extractions: <folder>/<extractor salt>/<document key>.pickle.

    A cache that remembers (while serving) also keeps in memory the extractions of the seeds
    last read and the last resolve, for the next build in this process. One that does not
    keeps nothing once a build is done: a site of 10,000 articles would otherwise carry
    millions of objects through the rest of the build, and the cycle collector walk them.
    """

    def __init__(self, folder: Path, remember: bool = False):
        self.folder = Path(folder)
        self.salt = extractor_salt()
        self.current = self.folder / self.salt
        self.remember = remember
        self.recent: dict[str, Extraction] = {}
        self.resolving = ResolveMemo() if remember else None

    def _path(self, key: str) -> Path:
        return self.current / f"{key}{SUFFIX}"

    def get(self, document: Document) -> Extraction | None:
        """The stored extraction of this document by this extractor, or None."""
        key = document_key(document)
        if key in self.recent:
            return self.recent[key]
        try:
            with self._path(key).open("rb") as fh:
                found = pickle.load(fh)
        # A damaged or foreign file can make unpickling raise almost anything; it is
        # only a cache, so any failure is a miss and the document is extracted again.
        except Exception:
            return None
        if not isinstance(found, Extraction) or found.article.source != document.source:
            return None
        if self.remember:
            self.recent[key] = found
        return found

    def resolved(self, extractions: tuple[Extraction, ...]) -> Dossier:
        """resolve(extractions), reusing what the last resolve in this process made of the
        extractions that are the same (all of it when only a correction was edited)."""
        return resolve(extractions, self.resolving)

    def put(self, document: Document, extraction: Extraction) -> None:
        """Store an extraction; a cache that cannot be written only costs time."""
        key = document_key(document)
        if self.remember:
            self.recent[key] = extraction
        path = self._path(key)
        # A name of our own, so two builds writing at once never mix their bytes.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.current.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass

    def prune(self, keep: tuple[Document, ...]) -> None:
        """Remove every result but those of `keep` by this extractor, so the cache never outgrows the seeds."""
        keys = {document_key(d) for d in keep}
        self.recent = {k: e for k, e in self.recent.items() if k in keys}
        wanted = {f"{key}{SUFFIX}" for key in keys}
        try:
            for entry in os.scandir(self.folder):
                if entry.is_dir(follow_symlinks=False) and entry.name != self.salt:
                    shutil.rmtree(entry.path, ignore_errors=True)
            for entry in os.scandir(self.current):
                if entry.name in wanted:
                    continue
                # A build writing right now owns its temporary file; one left this long
                # is from a build that was stopped before it could rename it.
                if entry.name.endswith(".tmp") and time.time() - entry.stat().st_mtime < STALE_SECONDS:
                    continue
                os.unlink(entry.path)
        except OSError:
            pass
