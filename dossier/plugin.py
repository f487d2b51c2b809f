"""The MkDocs plugin: thin glue that builds the dossier and adds its pages to the site."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .cache import Cache
from .export import export_json
from .model import DossierError
from .pipeline import build
from .render import render
from .write import read_manifest

log = logging.getLogger("mkdocs.plugins.dossier")


class DossierConfig(Config):
    seeds = config_options.Type(str, default="seeds")
    overrides = config_options.Type(str, default="overrides.yml")
    templates = config_options.Optional(config_options.Type(str))
    cache = config_options.Type(str, default=".dossier-cache")


class DossierPlugin(BasePlugin[DossierConfig]):
    """Adds the dossier's pages and dossier.json, and watches the seeds and overrides."""

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.seeds = root / self.config.seeds
        self.overrides = root / self.config.overrides
        self.templates = root / self.config.templates if self.config.templates else None
        self.cache = Cache(root / self.config.cache)
        return config

    def on_files(self, files: Files, config) -> Files:
        try:
            dossier = build(self.seeds, self.overrides, cache=self.cache)
        except DossierError as exc:
            if not self.serving:
                raise PluginError(f"the dossier cannot be built:\n{exc}") from None
            # While serving, say what is wrong in the terminal and on the home page, and keep
            # the last good pages; the next edit of the seeds or overrides triggers another try.
            for problem in exc.problems:
                log.error(str(problem))
            pages = dict(self.last_pages)
            pages["index.md"] = problems_notice(exc.problems) + pages.get("index.md", "")
        else:
            for problem in dossier.problems:
                log.warning(str(problem))
            pages = render(dossier, self.templates)
            pages["dossier.json"] = export_json(dossier)
            self.last_pages = pages
        written = read_manifest(Path(config.docs_dir))
        for path, content in pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                if path not in written:
                    log.error(f"{existing.abs_src_path}: a hand-written page is in the way of the generated page '{path}'")
                    continue
                # A page `dossier build` wrote earlier: the fresh one takes its place.
                files.remove(existing)
            files.append(File.generated(config, path, content=content))
        return files

    serving = False
    last_pages: dict[str, str] = {}

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"

    def on_serve(self, server, config, builder):
        server.watch(str(self.seeds))
        # Until the override file exists, watch its folder, so creating it rebuilds too.
        if self.overrides.exists():
            server.watch(str(self.overrides))
        else:
            server.watch(str(self.overrides.parent), recursive=False)
        if self.templates:
            server.watch(str(self.templates))
        return server


def problems_notice(problems) -> str:
    """The top of the home page while the dossier cannot be rebuilt: every problem, verbatim."""
    text = "\n".join(f"{p.severity}: {p}" for p in problems)
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return (f"# The dossier cannot be rebuilt\n\nFix these and save; this page reloads.\n\n"
            f"{fence}text\n{text}\n{fence}\n\n")
