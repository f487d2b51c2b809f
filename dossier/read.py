"""Read the seeds folder: every article file, decoded to text, or a warning saying why not."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import time
from pathlib import Path

from .model import Document, Problem
from .user_files import LINK, NOT_REGULAR, FileTooLarge, NotRegular, read_regular

FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
           ".md": "markdown", ".markdown": "markdown"}

# The longest article anyone writes is a few hundred kilobytes of text; a saved page
# with inline images can be a few megabytes. Past this it is a dump, not an article,
# and reading it would slow every build for nothing.
MAX_BYTES = 20 * 1024 * 1024

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Control characters that never appear in text people write (tab, newlines, form feed are fine).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# The marks UTF-8 leaves when it was read as Windows-1252 or Latin-1 ('â€™' for '’', 'Ã©' for 'é').
MOJIBAKE = re.compile(r"[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
# Some characters no reader needs: zero-width spaces and joiners, soft hyphens, BOMs inside,
# and the marks that set the direction of the text around them (embedded posts open their
# lines with them), which would stand before a paragraph's first real character.
# A pattern rather than str.translate, which looks each character up in a dict: ten times slower.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]")
EMPTY = "the file is empty"
# What a saved page says it is encoded in: <meta charset="shift_jis">, or an XML declaration.
DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})"""
                              rb"""|encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def read_seeds(seeds: Path, memo: ReadMemo | None = None) -> tuple[tuple[Document, ...], tuple[Problem, ...]]:
    """Every readable article under `seeds`, in a stable order, and a problem per file skipped.

    With a memo (kept while serving), a file unchanged since the last read is not read again.
    """
    seeds = Path(seeds)
    if not seeds.is_dir():
        return (), (Problem(str(seeds), None, "no such folder of articles", severity="error"),)
    documents: list[Document] = []
    problems: list[Problem] = []
    if memo is not None:
        memo.start()
    for path, found in seed_files(seeds, problems):
        source = path.relative_to(seeds).as_posix()
        if memo is None:
            document, problem = read_document(path, source)
        else:
            document, problem = memo.read(path, source, found)
        if problem:
            problems.append(problem)
        if document:
            documents.append(document)
    if memo is not None:
        memo.finish()
    return tuple(documents), tuple(sorted(problems, key=lambda p: p.path))


def seed_files(seeds: Path, problems: list[Problem]) -> list[tuple[Path, os.stat_result]]:
    """The regular files under seeds, but hidden ones, in a stable order, each with what
    stat says of it (not of a link's target: no link is followed, to a file or a folder);
    a problem for each link or other thing that is not a file."""
    found: list[tuple[Path, os.stat_result]] = []
    folders = [seeds]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue            # gone, or not ours to read, since it was listed
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue        # gone since the folder was listed
            if stat.S_ISDIR(info.st_mode):
                folders.append(path)
            elif stat.S_ISREG(info.st_mode):
                found.append((path, info))
            else:
                problems.append(not_a_file(path.relative_to(seeds).as_posix(), info.st_mode))
    return sorted(found, key=lambda item: item[0].relative_to(seeds).as_posix())


def not_a_file(source: str, mode: int) -> Problem:
    """The warning for a link, or a pipe or device, in the seeds folder."""
    if stat.S_ISLNK(mode):
        return Problem(source, None, f"skipped: {LINK}",
                       hint="copy the article or folder into the seeds folder: a link could publish "
                            "a file from anywhere on the machine that builds the site")
    return Problem(source, None, f"skipped: {NOT_REGULAR}")


Stamp = tuple[int, int, int, int, int]
"""What stat says of a file: device, inode, size, modification and change time (ns)."""


class ReadMemo:
    """What the last read found in each file, and the file's stamp then: while serving, a
    rebuild reads again only the files whose stamp changed.

    Size and modification time alone could miss an edit: an editor or `touch -d` can
    put back the old modification time, and a same-size edit keeps the size. The change
    time (ctime) is set by the system on every write, rename or chmod and no user tool can
    set it back, and the inode tells a file replaced under the same name. On Windows
    st_ctime is the creation time, which a write leaves alone, so there nothing is reused.

    Two writes within one tick of the file system's clock (a few milliseconds; two seconds
    on FAT) leave the same stamp, so a file changed this recently when it was read is read
    again next time, as git treats a "racily clean" file.
    """

    RECENT_NS = 3_000_000_000
    """A file changed less than this before it was read may change again with the same stamp."""

    def __init__(self, recent_ns: int = RECENT_NS):
        self.recent_ns = recent_ns
        self.files: dict[str, tuple[Stamp | None, Document | None, Problem | None]] = {}
        self.seen: dict[str, tuple[Stamp | None, Document | None, Problem | None]] = {}
        self.read_anew: list[str] = []
        """The files the last read read, rather than took from the memo."""

    def start(self) -> None:
        """A read of the seeds begins."""
        self.seen, self.read_anew = {}, []

    def read(self, path: Path, source: str, found: os.stat_result) -> tuple[Document | None, Problem | None]:
        """read_document(path, source), or its answer of last time if the file has the same stamp."""
        stamp = (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
        last = self.files.get(source)
        if last is not None and last[0] is not None and last[0] == stamp:
            self.seen[source] = last
            return last[1], last[2]
        # The stamp was taken before reading: a write during the read changes it for next time.
        document, problem = read_document(path, source)
        trusted = os.name != "nt" and found.st_ctime_ns < time.time_ns() - self.recent_ns
        self.seen[source] = (stamp if trusted else None, document, problem)
        self.read_anew.append(source)
        return document, problem

    def finish(self) -> None:
        """Forget the files that are gone."""
        self.files = self.seen


def read_document(path: Path, source: str) -> tuple[Document | None, Problem | None]:
    """One file as a Document, or the problem that keeps it out of the dossier."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        return None, Problem(source, None, f"skipped: not an article file ({path.suffix or 'no extension'})",
                             hint="articles are .txt, .html, .htm or .md files")
    try:
        data = read_regular(path, MAX_BYTES)
    except FileTooLarge as exc:
        return None, Problem(source, None, f"skipped: {exc.size / 1024 / 1024:.1f} MB is too large for an article",
                             hint=f"articles up to {MAX_BYTES // 1024 // 1024} MB are read; "
                                  "save the article alone rather than a whole archive")
    except NotRegular as exc:
        # Replaced by a link or a pipe since the folder was listed.
        return None, Problem(source, None, f"skipped: {exc}")
    except OSError as exc:
        return None, Problem(source, None, f"skipped: cannot read ({exc.strerror})")
    text, why = decode(data)
    if text is None:
        hint = "" if why == EMPTY else "save the page again as text (UTF-8) or HTML"
        return None, Problem(source, None, f"skipped: {why}", hint=hint)
    return Document(source, text, fmt, hashlib.sha256(data).hexdigest()), None


def decode(data: bytes) -> tuple[str | None, str]:
    """The bytes as clean text, or None and why they are not text."""
    if not data.strip():
        return None, EMPTY
    text = decode_bytes(data)
    if text is None:
        return None, "a binary file, not text"
    if not text.strip():
        return None, EMPTY
    if len(CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        return None, "unreadable: the bytes are not text in any encoding tried (UTF-8, UTF-16, Windows-1252)"
    return clean_text(text), ""


def decode_bytes(data: bytes) -> str | None:
    """Decode by byte-order mark, then UTF-16 by its zero bytes, then UTF-8, then Windows-1252."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:4096]
    if b"\x00" in head:
        return decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = DECLARED_CHARSET.search(head)
    if declared:
        try:
            return data.decode((declared.group(1) or declared.group(2)).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass        # a wrong or unknown declaration: guess as if there were none
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes Windows-1252 leaves undefined: let the detector pick among other codecs.
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("cp1252", errors="replace")


def decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a mark has a zero byte in every other place; anything else is binary."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2 or 1
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    return data[: len(data) // 2 * 2].decode(encoding, errors="replace")


def clean_text(text: str) -> str:
    """Unix newlines, plain spaces for the exotic ones, no invisible characters, mojibake repaired."""
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = SPACES.sub(" ", text)
    if MOJIBAKE.search(text):
        import ftfy  # only pages that show the marks pay for the import
        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
    return text
