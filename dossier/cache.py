"""Per-article extraction results, kept on disk and keyed by the document and the extractor."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sys
import time
import typing
from dataclasses import fields, is_dataclass
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable

from .model import Document, Dossier, Extraction, Problem
from .resolve import ResolveMemo, resolve

PACKAGE = Path(__file__).parent
# Libraries extraction may lean on: a new version of one can change what is extracted.
# trafilatura dates a page with htmldate (which reads dates with dateparser) and falls
# back on justext. The gazetteer's libraries are not here: extraction reads the shipped
# table, part of the package's data, whatever versions of them are installed.
EXTRACTION_LIBRARIES = ("trafilatura", "htmldate", "dateparser", "justext", "ftfy", "charset-normalizer",
                        "lxml", "spacy")
EXTRACTION_SETTINGS = ("DOSSIER_ACTORS", "DOSSIER_SPACY_MODEL")
SUFFIX = ".json"
STALE_SECONDS = 3600
"""A temporary file this old was left by a build that was stopped."""
TAG = "CACHEDIR.TAG"
# The standard signature (https://bford.info/cachedir/) tells backup tools to skip the
# folder; the line after it tells the dossier the folder is its own, as other tools
# (pytest among them) leave tags of their own.
SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
OWNER_LINE = "# This folder is the extraction cache of dossier;"
TAG_TEXT = f"{SIGNATURE}\n{OWNER_LINE} it is remade as needed.\n"
SALT_NAME = re.compile(r"[0-9a-f]{16}")
ENTRY_NAME = re.compile(r"\.?[0-9a-f]{64}\.(?:json|pickle)(?:\.[0-9]+\.tmp)?")
"""The names the cache writes in a salt folder: entries, their temporary files, and the
pickles of earlier versions."""


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
    """A folder of Extractions as JSON: <folder>/<extractor salt>/<document key>.json.

    The cache writes, prunes and deletes only inside a folder it marked as its own (a
    CACHEDIR.TAG of its own, written when it made the folder or found it empty), and
    only names it could have written there; any other folder is refused, untouched, and
    the build goes on without a cache. Entries are data: read back, one that does not
    hold an Extraction of the document asked for is a miss, never code that runs.

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
        self.refused = claim(self.folder)
        """Why the folder is not the cache's (a warning to show), or None when it is."""

    def _path(self, key: str) -> Path:
        return self.current / f"{key}{SUFFIX}"

    def get(self, document: Document) -> Extraction | None:
        """The stored extraction of this document by this extractor, or None."""
        key = document_key(document)
        if key in self.recent:
            return self.recent[key]
        if self.refused:
            return None
        try:
            found = decode_entry(self._path(key).read_bytes(), document.source)
        # A damaged, foreign or planted file is only a miss: the document is extracted again.
        except (OSError, ValueError, TypeError, RecursionError):
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
        if self.refused:
            return
        path = self._path(key)
        # A name of our own, so two builds writing at once never mix their bytes.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.current.mkdir(exist_ok=True)
            tmp.write_bytes(encode_entry(extraction))
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
        if self.refused:
            return
        wanted = {f"{key}{SUFFIX}" for key in keys}
        try:
            for entry in os.scandir(self.folder):
                if entry.name != self.salt and SALT_NAME.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False):
                    remove_entries(Path(entry.path), keep=set(), fresh_tmp=False)
            remove_entries(self.current, keep=wanted, fresh_tmp=True)
        except OSError:
            pass


def remove_entries(folder: Path, keep: set[str], fresh_tmp: bool) -> None:
    """Delete the files the cache could have written in one salt folder, but `keep`; the
    folder too once nothing else is left in it."""
    for entry in os.scandir(folder):
        if entry.name in keep or not ENTRY_NAME.fullmatch(entry.name):
            continue
        # A build writing right now owns its temporary file; one left this long
        # is from a build that was stopped before it could rename it.
        if fresh_tmp and entry.name.endswith(".tmp") and time.time() - entry.stat().st_mtime < STALE_SECONDS:
            continue
        os.unlink(entry.path)
    if not keep:
        try:
            folder.rmdir()
        except OSError:
            pass  # something the cache did not write is in it: left alone


def claim(folder: Path) -> Problem | None:
    """Make `folder` the cache's own, or say why it is not: the cache never writes in a
    folder that holds anything it did not write."""
    tag = folder / TAG
    try:
        text = tag.read_text(encoding="utf-8", errors="replace")
        if text.startswith(SIGNATURE) and OWNER_LINE in text:
            return None
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if any(not written_by_an_earlier_cache(entry) for entry in os.scandir(folder)):
            return refusal(folder, "a folder the cache did not make, so it is left untouched "
                                   "and nothing is cached")
        tag.write_text(TAG_TEXT, encoding="utf-8")
    except OSError as exc:
        return refusal(folder, f"cannot be used as the cache ({exc.strerror or exc}), so nothing is cached")
    return None


def written_by_an_earlier_cache(entry: os.DirEntry) -> bool:
    """True for a salt folder holding only entries: what versions before the tag wrote."""
    if not (SALT_NAME.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)):
        return False
    return all(ENTRY_NAME.fullmatch(inner.name) and inner.is_file(follow_symlinks=False)
               for inner in os.scandir(entry.path))


def refusal(folder: Path, message: str) -> Problem:
    return Problem(str(folder), None, message,
                   hint="name a new or empty folder for the cache (the default is .dossier-cache), "
                        "or pass --no-cache")


ENTRY_FORMAT = 1
"""Changed with the shape of an entry; the salt already changes with the model."""


def encode_entry(extraction: Extraction) -> bytes:
    """An Extraction as JSON: each dataclass a list of its fields in order, each date ISO text."""
    return json.dumps([ENTRY_FORMAT, extraction], default=plain, separators=(",", ":")).encode("ascii")


def plain(value: object) -> object:
    """What JSON holds in place of a model value it has no form for."""
    if type(value) is date:
        return value.isoformat()
    names = FIELD_NAMES.get(type(value))
    if names is None:
        raise TypeError(f"{type(value).__name__} has no place in a cache entry")
    return [getattr(value, name) for name in names]


def decode_entry(data: bytes, source: str) -> Extraction:
    """The Extraction a cache entry holds for the document at `source`; ValueError or
    TypeError for anything else (damaged, planted, of another shape or another source)."""
    loaded = json.loads(data)
    if type(loaded) is not list or len(loaded) != 2 or loaded[0] != ENTRY_FORMAT:
        raise ValueError("not a cache entry of this format")
    extraction = read_extraction(loaded[1])
    if extraction.article.source != source:
        raise ValueError("an entry of another document")
    return extraction


OPTIONAL_SCALARS = (str | None, int | None, bool | None)
"""Field types of a scalar or nothing ('line: int | None'): JSON holds them as they are."""


def checked(kind: type) -> Callable[[object], object]:
    """A function that returns the value of type `kind` that JSON `value` stands for, and
    raises ValueError when it stands for none: one per type of the model, made once."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind in (str, int, bool):
        def scalar(value):
            if type(value) is not kind:
                raise ValueError(f"expected {kind.__name__}, found {type(value).__name__}")
            return value
        return scalar
    if kind == (date | None):
        def optional_date(value):
            return None if value is None else date.fromisoformat(value)
        return optional_date
    if kind in OPTIONAL_SCALARS:
        scalar_kind = typing.get_args(kind)[0]
        def optional_scalar(value):
            if value is not None and type(value) is not scalar_kind:
                raise ValueError(f"expected {scalar_kind.__name__} or nothing, found {type(value).__name__}")
            return value
        return optional_scalar
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = checked(args[0])
        def items(value):
            if type(value) is not list:
                raise ValueError("expected a list")
            return tuple([item(v) for v in value])
        return items
    if origin is tuple:
        parts = [checked(a) for a in args]
        def fixed(value):
            if type(value) is not list or len(value) != len(parts):
                raise ValueError(f"expected a list of {len(parts)}")
            return tuple([part(v) for part, v in zip(parts, value)])
        return fixed
    if is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        names = [f.name for f in fields(kind)]
        # The types JSON may give each field, checked all at once; only the fields that are
        # not taken as they come (tuples, dates) are read one by one: reading is done for
        # every article of every build, and a call per field would double its time.
        shapes = frozenset(itertools.product(*(json_types(hints[name]) for name in names)))
        plain_tuples = [(name, frozenset(typing.get_args(hints[name])[:1])) for name in names
                        if typing.get_args(hints[name])[1:] == (Ellipsis,)
                        and typing.get_args(hints[name])[0] in (str, int, bool)]
        converted = [(name, checked(hints[name])) for name in names if hints[name] not in (str, int, bool)
                     and name not in dict(plain_tuples)]
        def instance(value):
            if type(value) is not list or tuple(map(type, value)) not in shapes:
                raise ValueError(f"expected the fields of {kind.__name__}")
            # As pickle makes one: the fields set at once, not one by one through a
            # frozen dataclass's __init__, which costs more than the rest of reading.
            made = object.__new__(kind)
            state = made.__dict__
            state.update(zip(names, value))
            for name, allowed in plain_tuples:
                if not allowed.issuperset(map(type, state[name])):
                    raise ValueError(f"expected a list of {', '.join(t.__name__ for t in allowed)}")
                state[name] = tuple(state[name])
            for name, read in converted:
                state[name] = read(state[name])
            return made
        return instance
    raise TypeError(f"{kind} has no place in a cache entry")


def json_types(kind: type) -> tuple[type, ...]:
    """The types of the JSON values that can stand for a value of type `kind`."""
    if kind in (str, int, bool):
        return (kind,)
    if kind == (date | None):
        return (str, type(None))
    if kind in OPTIONAL_SCALARS:
        return (typing.get_args(kind)[0], type(None))
    return (list,)


def model_classes(kind: type) -> set[type]:
    """Every dataclass an Extraction holds, found from its fields' types."""
    found = set()
    for hint in typing.get_type_hints(kind).values():
        for part in (hint, *typing.get_args(hint), *(a for h in typing.get_args(hint) for a in typing.get_args(h))):
            if is_dataclass(part) and part not in found:
                found |= {part} | model_classes(part)
    return found


FIELD_NAMES = {kind: tuple(f.name for f in fields(kind)) for kind in model_classes(Extraction) | {Extraction}}
read_extraction = checked(Extraction)
