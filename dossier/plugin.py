"""The MkDocs plugin: thin glue that builds the dossier and adds its pages to the site."""

from __future__ import annotations

import functools
import gc
import hashlib
import html
import logging
import os
import re
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files

from .cache import Cache
from .export import ExportMemo
from .export_formats import site_exports
from .file_names import FileNaming
from .markdown_memo import MEMO as LIST_ITEMS
from .memo import PageMemo
from .model import DossierError, Problem
from .pipeline import build, cycle_collector_paused
from .progress import Progress, quiet
from .read import ReadMemo
from .rebuild import (KeptFiles, SearchEntries, SiteFiles, chrome, empty, generated_files, remove_stale,
                      search_index_of)
from .render import render
from .staging import discard, staging_folder, swap_in
from .theme_cache import CompiledTemplates, render_navigation_once_per_folder, render_page_parts_once_per_folder
from .write import changed_since_written, edited_pages, in_the_way, read_manifest

log = logging.getLogger("mkdocs.plugins.dossier")

SEARCH_WORKER = Path(__file__).parent / "assets" / "search-worker.js"
# Named by its content, as Material names its own, so a browser never keeps an old copy.
SEARCH_WORKER_URI = ("assets/javascripts/workers/dossier-search."
                     f"{hashlib.sha256(SEARCH_WORKER.read_bytes()).hexdigest()[:8]}.js")
COPY_CITATION = Path(__file__).parent / "assets" / "copy-citation.js"
COPY_CITATION_URI = ("assets/javascripts/dossier-copy-citation."
                     f"{hashlib.sha256(COPY_CITATION.read_bytes()).hexdigest()[:8]}.js")
# The worker Material's pages start, in the configuration each page carries.
MATERIAL_WORKER = re.compile(r'("search":\s*"[^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')


# Kept while serving: a rebuild sorts the same few thousand paths as the last one.
@functools.lru_cache(maxsize=1 << 17)
def walk_order(src_uri: str) -> tuple[tuple[int, object], ...]:
    """Where MkDocs' walk of the docs folder meets a file: a folder's files (index first)
    before its subfolders, each sorted by name."""
    *folders, name = src_uri.split("/")
    return (*((1, folder) for folder in folders), (0, (name.rsplit(".", 1)[0] not in ("index", "README"), name)))


class DossierConfig(Config):
    seeds = config_options.Type(str, default="seeds")
    overrides = config_options.Type(str, default="overrides.yml")
    templates = config_options.Optional(config_options.Type(str))
    cache = config_options.Type(str, default=".dossier-cache")
    filename = config_options.Optional(config_options.Type(str))
    """A pattern for the seeds' file names, e.g. '{publisher}_{date}_{title}' (see file_names.py)."""
    publishers = config_options.Type(dict, default={})
    """Publishers' names by the slug file names give them: {wash-post: The Washington Post}."""


class DossierPlugin(BasePlugin[DossierConfig]):
    """Adds the dossier's pages and dossier.json, and watches the seeds and overrides.

    It writes nothing into the docs folder: pages exist only in the build, so `mkdocs
    serve` never sees its own output and never rebuilds in a loop.
    """

    serving = False
    memo: PageMemo | None = None
    lines: ExportMemo | None = None
    cache: Cache | None = None
    read_memo: ReadMemo | None = None
    last_pages: dict[str, str] | None = None
    """The pages of the last good build, shown while the seeds or overrides have an error."""
    warned_of_search_worker = False
    progress: Callable = staticmethod(quiet)
    pages_to_build = pages_read = pages_built = 0
    """Pages MkDocs builds in this build, and how many it has read and written so far."""
    overrides_watch: OverridesWatch | None = None
    command: str | None = None
    staging: Path | None = None
    """The folder this build builds into, beside the site, until it is swapped in."""
    built = False
    """True once MkDocs has written the whole site; the strict check comes after."""
    seed_warnings: tuple[str, ...] = ()
    frozen = False
    """True once what the first build keeps alive is out of the cycle collector's sight."""
    partial = False
    """Serving with --dirty: a save rebuilds only the pages whose content changed (rebuild.py)."""
    written: dict[str, str | bytes] = {}
    """What the last build generated, by path: a file whose content is the same is not written again."""
    chrome_seen: str | None = None
    files: Files | None = None
    site_files: frozenset[str] = frozenset()
    """The paths in the site of the files the last build wrote."""
    search_entries: SearchEntries | None = None
    kept_files: KeptFiles | None = None
    compiled: CompiledTemplates | None = None

    def on_startup(self, *, command, dirty):
        self.command = command
        self.serving = command == "serve"
        # While serving, the plugin lives from build to build: pages nothing changed are reused.
        self.memo = PageMemo() if self.serving else None
        self.lines = ExportMemo() if self.serving else None
        self.read_memo = ReadMemo() if self.serving else None
        self.partial = self.serving and dirty
        # MkDocs makes a new theme for every build: its templates need compiling only once.
        self.compiled = CompiledTemplates() if self.serving else None
        keep_list_items(self.partial)
        if self.partial:
            self.search_entries = SearchEntries()
            self.kept_files = KeptFiles()
            logging.getLogger("mkdocs.commands.build").addFilter(without_dirty_warning)
            log.info("Serving with --dirty: after a save, only the pages whose content changed are built "
                     "again; the nav, the search index and the links stay those of a full build")
        elif self.serving:
            log.info("hint: `mkdocs serve --dirty` builds again only the pages a save changes, "
                     "where `mkdocs serve` builds the whole site after every save")

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.seeds = root / self.config.seeds
        self.overrides = root / self.config.overrides
        self.templates = root / self.config.templates if self.config.templates else None
        cache = root / self.config.cache
        if self.cache is None or self.cache.folder != cache:
            self.cache = Cache(cache, remember=self.serving)
        if not self.serving:
            # MkDocs empties site_dir before building into it: build beside it instead, in
            # a folder of this build's own, and put the new site in place only once the
            # build has succeeded, strict checks included (see on_shutdown), so a failed,
            # stopped or concurrent build leaves a whole site.
            self.site = Path(config.site_dir)
            self.staging = staging_folder(self.site)
            self.built = False
            self.mkdocs_config = config
            config.site_dir = str(self.staging)
        return config

    @event_priority(100)    # before the search plugin writes its index
    def _keep_the_site_whole(self, config):
        if not self.partial:
            return
        search = search_index_of(config)
        if search is not None:
            search.search_index.entries = self.search_entries.whole(self.files.documentation_pages())
            search.search_index_prev = None     # the index is whole: nothing to merge
        site_files = frozenset(file.dest_uri for file in self.files)
        remove_stale(config.site_dir, self.site_files, site_files)
        self.site_files = site_files

    def _swap_in_when_built(self, config):
        if self.serving:
            self.freeze_once()
            return
        self.built = True
        if self.command is None:
            # Built through MkDocs' API with no startup and shutdown: there is no later
            # moment to swap the site in, nor a strict check after this one.
            self.on_shutdown()

    on_post_build = CombinedEvent(_keep_the_site_whole, _swap_in_when_built)

    def freeze_once(self) -> None:
        """After the first build while serving: what it left alive out of the collector's sight.

        The memos, the cache's entries and the dossier live as long as the server, and are
        most of what Python holds: every full collection (every few saves) walked them all
        for nothing, about a second at a thousand articles. Frozen, they are never walked
        again; what later builds make is collected as ever. What the first build made and a
        later one lets go is still freed when nothing refers to it, but its reference cycles
        (MkDocs' files, pages and templates of that build) stay: once, as freezing after every
        build would keep every build's, a hundred megabytes a save at a thousand articles.
        """
        if self.frozen:
            return
        self.frozen = True
        gc.collect()
        gc.freeze()

    def on_build_error(self, error):
        if self.staging is None:
            return
        self.built = False
        if self.seed_warnings and self.mkdocs_config.strict:
            count = len(self.seed_warnings)
            log.error(f"The site was not replaced: a strict build stops at a warning, and {count} "
                      f"seed{'s' if count > 1 else ''} gave one: {', '.join(self.seed_warnings)}\n"
                      f"  hint: fix or remove these files in {self.config.seeds}/ (each warning above says "
                      "what is wrong); a build without --strict publishes every other article and leaves them out")

    def on_shutdown(self):
        # MkDocs aborts a strict build that logged warnings only after on_post_build, and
        # calls on_build_error if it does: by now the build is known to have succeeded.
        if self.staging is None:
            return
        staging, self.staging = self.staging, None
        if not self.built:
            discard(staging)
            return
        try:
            swap_in(staging, self.site)
        except OSError:
            discard(staging)
            raise
        # Commands that use the site after building (gh-deploy) find it where it belongs.
        self.mkdocs_config.site_dir = str(self.site)

    def on_files(self, files: Files, config) -> Files:
        try:
            # The stage makes many objects that reference counting frees, and keeps few: what
            # is unchanged is reused. The cycle collector would walk every object it keeps
            # alive (the memos) again and again for nothing.
            with cycle_collector_paused():
                dossier = build(self.seeds, self.overrides, cache=self.cache, read_memo=self.read_memo,
                                naming=self.naming(config), progress=self.progress)
                pages = render(dossier, self.templates, self.memo, directory_urls=config.use_directory_urls,
                               progress=self.progress)
        except DossierError as exc:
            self.fail(exc.problems)
            # While serving: the last good pages, with every problem at the top of the home page.
            pages = dict(self.last_pages or {})
            pages["index.md"] = problems_notice(exc.problems) + pages.get("index.md", "")
        else:
            for problem in dossier.problems:
                log.warning(str(problem))
            self.seed_warnings = tuple(dict.fromkeys(p.path for p in dossier.problems if self.in_seeds(p.path)))
            pages.update(site_exports(dossier, self.lines))
            self.last_pages = pages
        files = self.add_pages(pages, files, config)
        self.written = pages if self.partial else {}
        files.append(File.generated(config, SEARCH_WORKER_URI, abs_src_path=str(SEARCH_WORKER)))
        files.append(File.generated(config, COPY_CITATION_URI, abs_src_path=str(COPY_CITATION)))
        if COPY_CITATION_URI not in map(str, config.extra_javascript):
            config.extra_javascript.append(COPY_CITATION_URI)
        return files

    def naming(self, config) -> FileNaming | None:
        """The file-name pattern and publishers' names this configuration sets, if any."""
        if not self.config.filename:
            return None
        publishers = tuple((str(slug), str(name)) for slug, name in self.config.publishers.items())
        return FileNaming(self.config.filename, publishers, Path(config.config_file_path or "mkdocs.yml").name)

    def in_seeds(self, path: str) -> bool:
        """True for the path of a problem in a seed (seed problems name files inside seeds/)."""
        return (self.seeds / path).resolve().is_relative_to(self.seeds.resolve())

    def on_post_page(self, output, *, page, config):
        self.pages_built += 1
        self.progress("MkDocs: writing {done}/{total} pages", self.pages_built, self.pages_to_build)
        return self.start_search_worker(output, page.file.src_uri, config)

    def on_nav(self, nav, *, config, files):
        if self.partial:
            self.rebuild_what_changed(nav, config, files)
            self.kept_files.forget_listed(nav)
        self.files = files
        pages = files.documentation_pages()
        self.pages_to_build = sum(file.is_modified() for file in pages) if self.partial else len(pages)
        self.pages_read = self.pages_built = 0
        return nav

    def rebuild_what_changed(self, nav, config, files: Files) -> None:
        """Before MkDocs reads the pages of a dirty build: empty the site folder, so that
        everything is built, when what every page shows beside its own content may have
        changed, or when the search index could not be carried over."""
        fingerprint = chrome(config, nav)
        whole = fingerprint is None or fingerprint != self.chrome_seen
        if any(hasattr(plugin, "search_index") for plugin in config.plugins.values()) \
                and search_index_of(config) is None:
            whole = True
        if whole and os.path.isdir(config.site_dir):
            empty(config.site_dir)
        self.chrome_seen = fingerprint
        self.search_entries.start()

    def on_env(self, env, *, config, files):
        if self.compiled is not None:
            env.bytecode_cache = self.compiled
        render_navigation_once_per_folder(env)
        render_page_parts_once_per_folder(env)
        return env

    @event_priority(-100)   # after the search plugin has indexed the page
    def on_page_context(self, context, *, page, config, nav):
        search = search_index_of(config) if self.partial else None
        if search is not None:
            self.search_entries.note(page.file.src_uri, search.search_index.entries)
        return context

    def on_page_markdown(self, markdown, *, page, config, files):
        self.pages_read += 1
        self.progress("MkDocs: reading {done}/{total} pages", self.pages_read, self.pages_to_build)
        return markdown

    def on_post_template(self, output_content, *, template_name, config):
        if not template_name.endswith(".html"):     # sitemap.xml: no search box
            return output_content
        return self.start_search_worker(output_content, template_name, config)

    def start_search_worker(self, html: str, where: str, config) -> str:
        """use_search_worker, warning once when a page of a Material site with search does
        not name Material's worker where the dossier looks for it: the site would work, with
        Material's slower worker, and nobody would know."""
        swapped = use_search_worker(html)
        if (SEARCH_WORKER_URI not in swapped and not self.warned_of_search_worker
                and config.theme.name == "material"
                and any(name in config.plugins for name in ("search", "material/search"))):
            self.warned_of_search_worker = True
            log.warning(missing_search_worker(where))
        return swapped

    def fail(self, problems: tuple[Problem, ...]) -> None:
        """Stop the build; while serving, say what is wrong and keep the last good pages."""
        if not self.serving:
            raise PluginError("the dossier cannot be built:\n" + "\n".join(map(str, problems)))
        for problem in problems:
            log.error(str(problem))

    def add_pages(self, pages: dict[str, str], files: Files, config) -> Files:
        """Pages in place of those an earlier `dossier build` wrote; never over a hand-written one."""
        docs = Path(config.docs_dir)
        written = read_manifest(docs)
        for path in sorted(edited_pages(docs, written)):
            log.warning(str(changed_since_written(str(docs / path), "warning")))
        # Our paths are already in the form MkDocs keys files by: looked up directly, as
        # get_file_from_path would after making a PurePath of each (a third of the time here).
        present = dict(files.src_uris)
        for path in sorted(set(written) - set(pages)):
            stale = present.get(path)
            if stale is not None:
                files.remove(stale)
        collisions = []
        made = (self.kept_files.files_for(config, pages, self.written) if self.kept_files is not None
                else generated_files(config, pages, self.written))
        for file in made:
            path = file.src_uri
            existing = present.get(path)
            if existing is not None and path not in written:
                collisions.append(in_the_way(existing.abs_src_path or existing.src_uri, path))
                continue
            if existing is not None:
                files.remove(existing)
            files.append(file)
        if collisions:
            self.fail(tuple(collisions))
        # In the order MkDocs lists a docs folder, so the search index comes out the same
        # as from the pages `dossier build` writes.
        return SiteFiles(sorted(files, key=lambda file: walk_order(file.src_uri)))

    def on_serve(self, server, config, builder):
        server.watch(str(self.seeds))
        if self.templates:
            server.watch(str(self.templates))
        self.overrides_watch = OverridesWatch(server, self.overrides)
        return server

    def on_pre_build(self, config):
        # Long work says what it is doing, unless MkDocs was asked to be quiet (-q).
        self.progress = Progress(log.info) if log.isEnabledFor(logging.INFO) else quiet
        if self.overrides_watch is not None:
            self.overrides_watch.follow()


def keep_list_items(serving_partially: bool) -> None:
    """While serving with --dirty, Markdown's list items are kept from build to build
    (markdown_memo.py): a save converts again only the entries it changed."""
    LIST_ITEMS.active = serving_partially


def use_search_worker(html: str) -> str:
    """The page with the dossier's search worker in place of Material's.

    Material's worker builds a Lunr index of the whole site before it answers: seconds
    at a thousand articles, on every page a reader opens. The dossier's answers at once
    by scanning the same search index, with the same rules (see the worker's header).
    Material 9 has no setting for another worker, but its search box talks to whichever
    worker this configuration names; the messages are Material 9's (the browser tests
    search through it with the Material installed).
    """
    return MATERIAL_WORKER.sub(lambda m: f'{m[1]}{SEARCH_WORKER_URI}"', html, count=1)


def missing_search_worker(where: str) -> str:
    """The warning for a page that does not name Material's search worker where Material 9 did."""
    try:
        version = metadata.version("mkdocs-material")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return (f"{where}: Material's search worker is not where the dossier looks for it "
            f"(mkdocs-material {version}), so search runs Material's worker, not the dossier's, "
            f"and waits for a search index to be built before it answers\n"
            f"hint: install a release before this one (pip install 'mkdocs-material<{version}'), "
            f"as the dossier's worker speaks the messages of Material 9's search box")


def problems_notice(problems: tuple[Problem, ...]) -> str:
    """The top of the home page while the dossier cannot be rebuilt: every problem, verbatim.

    A block of HTML rather than of Markdown, so that it carries the class under which
    dossier.css wraps its long lines, and so that no line of it is read as Markdown.
    """
    text = html.escape("\n".join(f"{p.severity}: {p}" for p in problems), quote=False)
    return (f"# The dossier cannot be rebuilt\n\nFix these and save; this page reloads.\n\n"
            f'<pre class="{PROBLEMS_CLASS}"><code>{text}</code></pre>\n\n')


PROBLEMS_CLASS = "dossier-problems"
"""The class of the home page's list of problems; docs/stylesheets/dossier.css wraps its lines."""


def without_dirty_warning(record: logging.LogRecord) -> bool:
    """Drops MkDocs' warning that a dirty build gets the nav and links wrong: the dossier
    keeps them whole (see rebuild.py)."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")


class OverridesWatch:
    """Rebuilds when the overrides file changes, and when it is created after serving began.

    MkDocs' server can watch only what exists (watching a missing path fails in the
    observer's thread), and its watch() takes no filter. So while the file is missing its folder is watched, alone
    (recursive=False: the cache's folder is never looked into, so a build never starts
    another); a file saved beside mkdocs.yml meanwhile costs one needless rebuild. Once the
    file exists, the first build after watches it instead, through watch() and unwatch().
    """

    def __init__(self, server, path: Path):
        self.server = server
        self.path = path
        self.watched: str | None = None
        self.follow()
        if self.watched is None:
            log.info(f"{path.parent} does not exist; restart `mkdocs serve` after creating {path}")

    def follow(self) -> None:
        """Watch the file if it exists, else the folder it will be created in, if that exists."""
        wanted = next((str(p) for p in (self.path, self.path.parent) if p.exists()), None)
        if wanted is None or wanted == self.watched:
            return
        self.server.watch(wanted, recursive=False)
        if self.watched is not None:
            self.server.unwatch(self.watched)
        self.watched = wanted
