"""A site built beside the published one, in a folder of its own, and put in its place whole.

Each build builds into a new folder `.<site>.<token>.building` next to the site, so two
builds at once never write into each other's files, and one that fails or is stopped
leaves the published site as it was. A build that succeeds swaps its folder in by
renaming; if another build swaps its own in meanwhile, the later swap moves that one
aside too, so the site is always one build's whole output. Folders the swap leaves
behind when a build is killed carry a marker file, and only folders with that name
and marker are ever removed.
"""

from __future__ import annotations

import re
import secrets
import shutil
import time
from pathlib import Path

MARKER = ".dossier-staging"
"""In every folder this module makes: what tells a leftover of ours from a user's folder.
Hidden, so MkDocs neither empties it away nor copies it (and it is removed before a swap)."""
MARKER_TEXT = "A folder a dossier build made beside its site; removed once the build is done.\n"
STALE_SECONDS = 3600
"""A marked folder this old was left by a build that was stopped: no build takes an hour."""
SWAP_ATTEMPTS = 10


def staging_folder(site: Path) -> Path:
    """A new, empty folder of this build's own beside `site` to build into; the leftovers of
    builds that were stopped are removed first."""
    site.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(site)
    while True:
        # mkdir, not tempfile.mkdtemp: the folder becomes the site, and a site other users
        # (a web server) cannot read would be a surprise; mkdir honours the umask.
        folder = site.with_name(f".{site.name}.{secrets.token_hex(8)}.building")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        mark(folder)
        return folder


def swap_in(built: Path, site: Path) -> None:
    """Put the folder a build made where `site` is, and remove the site it replaces."""
    (built / MARKER).unlink(missing_ok=True)
    stem = built.name.removesuffix(".building")
    for attempt in range(SWAP_ATTEMPTS):
        old = built.with_name(f"{stem}-{attempt}.old")
        moved = move_aside(site, old)
        try:
            built.rename(site)
        except OSError:
            if site.exists() and attempt < SWAP_ATTEMPTS - 1:
                # Another build put its site in place between the two renames: it is
                # whole, and is moved aside in turn.
                if moved:
                    discard(old)
                continue
            if moved and not site.exists():
                old.rename(site)
                (site / MARKER).unlink(missing_ok=True)
            raise
        if moved:
            discard(old)
        return


def move_aside(site: Path, old: Path) -> bool:
    """Rename the site to `old`, marked as ours; False if there is no site."""
    try:
        site.rename(old)
    except FileNotFoundError:
        return False
    mark(old)
    return True


def discard(folder: Path) -> None:
    """Remove a folder a build made and will not swap in."""
    shutil.rmtree(folder, ignore_errors=True)


def mark(folder: Path) -> None:
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def remove_leftovers(site: Path) -> None:
    """Remove the folders stopped builds left beside `site`: only those named as this
    module names them, holding its marker, and old enough that no build still uses them."""
    ours = re.compile(rf"\.{re.escape(site.name)}\.[0-9a-f]{{16}}(?:-[0-9]+\.old|\.building)")
    for entry in site.parent.iterdir():
        if not ours.fullmatch(entry.name) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            marker = entry / MARKER
            if (marker.is_file() and not marker.is_symlink()
                    and time.time() - marker.stat().st_mtime > STALE_SECONDS):
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass
