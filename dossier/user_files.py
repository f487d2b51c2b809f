"""Files the build reads on the user's behalf: regular files where they were asked for, never links.

A link in a project folder can come through git from anyone, and pointing at a file
elsewhere on the machine (a key, a password file) it would publish that file: so no
seed, override file or template is read through a link, whether it points inside the
project or out.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

LINK = "a link, which is never followed"
NOT_REGULAR = "not a regular file"
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
"""Opening with this flag fails on a link, so a file swapped for one after it was checked is not read."""
LINK_ERRORS = {errno.ELOOP, errno.EMLINK}
"""What opening a link with NO_FOLLOW fails with: ELOOP, or EMLINK on FreeBSD."""


class NotRegular(OSError):
    """The path is a link or something else than a regular file; the message says which."""


def why_not_regular(mode: int) -> str:
    """'' for a regular file, else why it is not read."""
    if stat.S_ISREG(mode):
        return ""
    return LINK if stat.S_ISLNK(mode) else NOT_REGULAR


def read_regular(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, never read through a link: NotRegular when it is not one,
    FileTooLarge when it holds more than max_bytes, OSError when it cannot be read."""
    flags = os.O_RDONLY | NO_FOLLOW | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        # Non-blocking, so that a named pipe is found out rather than waited on.
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in LINK_ERRORS:
            raise NotRegular(LINK) from exc
        raise
    try:
        found = os.fstat(fd)
        why = why_not_regular(found.st_mode)
        if why:
            raise NotRegular(why)
        if max_bytes is not None and found.st_size > max_bytes:
            raise FileTooLarge(found.st_size)
        with os.fdopen(fd, "rb", closefd=False) as file:
            return file.read()
    finally:
        os.close(fd)


class FileTooLarge(OSError):
    """The file holds more bytes than the caller reads; `size` is how many."""

    def __init__(self, size: int):
        super().__init__(f"{size} bytes")
        self.size = size
