"""Per-article extraction results, kept on disk and keyed by the file's content."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from . import __version__
from .model import Extraction


class Cache:
    """A folder of pickled Extractions, one file per document digest."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        # Results from another version of the extractor are never reused.
        self.salt = hashlib.sha256(__version__.encode()).hexdigest()[:12]

    def _path(self, digest: str) -> Path:
        return self.folder / self.salt / f"{digest}.pickle"

    def get(self, digest: str) -> Extraction | None:
        """The stored result for a document, or None."""
        try:
            with self._path(digest).open("rb") as fh:
                found = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError):
            return None
        return found if isinstance(found, Extraction) else None

    def put(self, digest: str, extraction: Extraction) -> None:
        """Store a result; a cache that cannot be written only costs time."""
        path = self._path(digest)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
        except OSError:
            pass
