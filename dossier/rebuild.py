"""Rebuilding only what a save changed while `mkdocs serve --dirty` runs.

MkDocs' dirty build skips every page whose `File.is_modified()` is false. Its own test
compares modification times, and a page a plugin generates always counts as modified.
The dossier knows better: its pages are text it made, so a page is modified exactly when
its text differs from what the last build wrote. What MkDocs' dirty build would get wrong
is put right here:

- a page's HTML also depends on the configuration, the theme and the nav: when any of
  these may have changed, the site folder is emptied, and everything is built, as in a
  full build (`Chrome`);
- the search plugin indexes only the pages it renders: the entries of the pages it did
  not render are carried over from the last build, in the order a full build gives
  (`SearchEntries`);
- a file the last build wrote and this one does not is removed (`remove_stale`).

And what MkDocs would make again for nothing is kept: the File and Page of each page whose
content is the same as in the last build (`KeptFiles`).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date


class GeneratedFile(File):
    """A file the dossier made, which knows whether its content changed since the last build."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed or not os.path.isfile(self.abs_dest_path)


def generated_files(config, contents: dict[str, str | bytes], written: dict[str, str | bytes]) -> Iterator[File]:
    """A file for each path and content, modified where `written` (the last build's) differs."""
    for path, content in contents.items():
        file = GeneratedFile.generated(config, path, content=content)
        file.changed = written.get(path) != content
        yield file


class KeptFiles:
    """The dossier's files of the last build, each with the Page MkDocs made of it, given
    again to the next build where the page's content is the same.

    MkDocs makes a File and a Page for every page at every build, a dirty one too, though it
    then reads and writes only the modified ones: at a thousand articles, eight thousand of
    each at every save, half a second of processor time, for pages nothing changed. A kept Page is one
    MkDocs' nav made for a page it does not list, from the page's path and the settings of
    `file_settings` alone; a page the nav lists is made again at every build (its title and
    neighbours come from the nav), so it is never kept.
    """

    def __init__(self):
        self.files: dict[str, File] = {}
        self.settings: tuple | None = None

    def files_for(self, config, contents: dict[str, str | bytes],
                  written: dict[str, str | bytes]) -> Iterator[File]:
        """generated_files(), the file of the last build given again where its content is the same."""
        settings = file_settings(config)
        kept = self.files if settings == self.settings else {}
        self.files, self.settings = {}, settings
        for path, content in contents.items():
            file, changed = kept.get(path), written.get(path) != content
            if file is None or changed:
                file = GeneratedFile.generated(config, path, content=content)
                file.changed = changed
            else:
                # Worked out again from the configuration's exclusions, as for a new file.
                file.inclusion = InclusionLevel.UNDEFINED
                file.changed = False
            self.files[path] = file
            yield file

    def forget_listed(self, nav: Navigation) -> None:
        """Keep no file of a page the nav lists: its Page is the nav's, made at every build."""
        for page in nav.pages:
            self.files.pop(page.file.src_uri, None)


def file_settings(config) -> tuple:
    """What MkDocs makes a generated File and its Page from, besides the path: where the site
    is and how it names pages, the page's addresses and the day of the build (the sitemap's)."""
    return (config.site_dir, config.use_directory_urls, config.site_url, config.repo_url,
            config.edit_uri, config.edit_uri_template, get_build_date())


NOT_AS_KEYED = re.compile(r"\\|//|:|/$|^$|(?:^|/)\.(?:/|$)")
"""What a path MkDocs keys files by never holds, and PurePath would rewrite: a backslash or a
drive's colon (on Windows), a doubled or trailing slash, a '.' part; or nothing at all."""


class SiteFiles(Files):
    """MkDocs' Files, finding a file by a path already in the form it keys files by without
    making a PurePath of it first.

    MkDocs asks for the file of every link of every page it converts (a few million at a
    thousand articles, some twenty thousand a save), and the dossier's links are written in
    that form; any other path is put in that form first, as MkDocs does."""

    def get_file_from_path(self, path: str) -> File | None:
        if NOT_AS_KEYED.search(path) is None:
            return self.src_uris.get(path)
        return super().get_file_from_path(path)


INHERIT = re.compile(r"^INHERIT:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", re.MULTILINE)


def chrome(config, nav: Navigation) -> str | None:
    """A fingerprint of what every page's HTML shares: the configuration files, the theme's
    own templates folder and the nav. None when the nav takes a title from a page's text
    (MkDocs' nav with no titles given): then any page may change every page."""
    parts = []
    path = config.config_file_path
    seen = set()
    while path and os.path.isfile(path) and path not in seen:
        seen.add(path)
        text = Path(path).read_bytes()
        parts.append(text)
        inherited = INHERIT.search(text.decode("utf-8", "replace"))
        path = os.path.join(os.path.dirname(path), inherited[1]) if inherited else None
    custom = config.theme.custom_dir
    if custom and os.path.isdir(custom):
        for folder, _, names in sorted(os.walk(custom)):
            for name in sorted(names):
                stat = os.stat(os.path.join(folder, name))
                parts.append(f"{folder}/{name}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    for item in walk(nav.items):
        if isinstance(item, Page) and "title" not in vars(item):
            return None
        parts.append(f"{type(item).__name__}:{item.title}:{getattr(item, 'url', '')}".encode())
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def walk(items) -> Iterator:
    for item in items:
        yield item
        yield from walk(getattr(item, "children", None) or ())


def empty(folder: str) -> None:
    """Remove everything in the folder, as MkDocs does before a full build."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.remove(entry.path)


def remove_stale(site_dir: str, before: Iterable[str], after: Iterable[str]) -> None:
    """Remove the files the last build wrote (`before`, paths in the site) that this one
    does not (`after`), and the folders that leaves empty."""
    root = Path(site_dir)
    for path in sorted(set(before) - set(after)):
        target = root / path
        if not target.resolve().is_relative_to(root.resolve()):
            continue
        target.unlink(missing_ok=True)
        for folder in target.parents:
            if folder == root or not folder.is_relative_to(root):
                break
            if not folder.is_dir():     # gone with the site folder emptied for a whole rebuild
                continue
            if any(folder.iterdir()):
                break
            folder.rmdir()


def search_index_of(config):
    """The index of the search plugin that keeps its entries as a list (Material's), or None."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if isinstance(getattr(index, "entries", None), list):
            return plugin
    return None


class SearchEntries:
    """Each page's entries in the search index, carried from build to build."""

    def __init__(self):
        self.by_page: dict[str, list] = {}
        self.rendered: dict[str, list] = {}
        self.seen = 0

    def start(self) -> None:
        self.rendered = {}
        self.seen = 0

    def note(self, src_uri: str, entries: list) -> None:
        """After the search plugin indexed one page: the entries it added for it."""
        self.rendered[src_uri] = entries[self.seen:]
        self.seen = len(entries)

    def whole(self, pages: Files) -> list:
        """The index of a full build: the entries of the pages rendered in this build, and
        of the others as the last build left them, in the order of the site's pages."""
        self.by_page = {uri: self.rendered.get(uri, self.by_page.get(uri, []))
                        for uri in (file.src_uri for file in pages)}
        return [entry for entries in self.by_page.values() for entry in entries]
