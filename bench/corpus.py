"""Lay out the projects the benchmark builds: N articles, the repo's site config, and a plain twin."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from measure import REPO

from dossier.write import MANIFEST, read_manifest

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown"}


@dataclass(frozen=True)
class Corpus:
    """The articles the benchmark draws from."""

    folder: Path
    files: tuple[Path, ...]


@dataclass(frozen=True)
class Project:
    """A site folder: mkdocs.yml, docs/, and for the dossier seeds/ and overrides.yml."""

    folder: Path
    size: int
    repeated: int
    """How many of the articles are copies of corpus articles under new names."""

    @property
    def config(self) -> Path:
        """The project's mkdocs.yml."""
        return self.folder / "mkdocs.yml"

    @property
    def site(self) -> Path:
        """Where MkDocs builds the site."""
        return self.folder / "site"


def read_corpus(folder: Path) -> Corpus:
    """Every article file under folder, in name order."""
    files = tuple(sorted((p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
                         key=lambda p: p.relative_to(folder).as_posix()))
    if not files:
        raise SystemExit(f"bench: {folder}: no article files (.txt, .html, .md) found\n"
                         "  hint: pass a folder of articles with --articles")
    return Corpus(folder, files)


def site_config(plugins: list) -> dict:
    """The repo's own mkdocs.yml, inherited, with the plugins given (a list replaces, never merges)."""
    return {"INHERIT": str(REPO / "mkdocs.yml"), "docs_dir": "docs", "site_dir": "site", "plugins": plugins}


def repo_plugins() -> list:
    """The plugins of the repo's mkdocs.yml, as written there."""
    with open(REPO / "mkdocs.yml", "rb") as fh:
        return list(yaml_load(fh).get("plugins") or [])


def plugin_name(entry) -> str:
    """The name of one entry of a plugins list ('search' or {'dossier': {...}})."""
    return entry if isinstance(entry, str) else next(iter(entry))


def make_dossier_project(corpus: Corpus, size: int, folder: Path) -> Project:
    """A project of `size` articles: the corpus in order, then again under new names as needed."""
    if folder.exists():
        shutil.rmtree(folder)
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for index in range(size):
        rounds, position = divmod(index, len(corpus.files))
        original = corpus.files[position]
        relative = original.relative_to(corpus.folder)
        name = relative.as_posix().replace("/", "__")
        target = seeds / (name if rounds == 0 else f"copy{rounds:02}-{name}")
        shutil.copyfile(original, target)
    copy_hand_written_docs(folder / "docs")
    plugins = [{"dossier": {"seeds": "seeds", "overrides": "overrides.yml", "cache": ".dossier-cache"}}
               if plugin_name(p) == "dossier" else p for p in repo_plugins()]
    write_config(folder, plugins)
    return Project(folder, size, max(0, size - len(corpus.files)))


def make_plain_project(folder: Path) -> Project:
    """A project with no dossier plugin, whose docs/ the caller fills with the dossier's pages."""
    if folder.exists():
        shutil.rmtree(folder)
    copy_hand_written_docs(folder / "docs")
    write_config(folder, [p for p in repo_plugins() if plugin_name(p) != "dossier"])
    return Project(folder, 0, 0)


def copy_hand_written_docs(target: Path) -> None:
    """The repo's own docs/ pages, so both projects carry what the repo's site carries."""
    source = REPO / "docs"
    if source.is_dir():
        # Pages `dossier build` wrote there are the dossier's, not hand-written ones.
        generated = set(read_manifest(source)) | {MANIFEST}
        shutil.copytree(source, target, ignore=lambda folder, names: [
            n for n in names if (Path(folder) / n).relative_to(source).as_posix() in generated])
    else:
        target.mkdir(parents=True)


def write_config(folder: Path, plugins: list) -> None:
    """mkdocs.yml for a bench project."""
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(site_config(plugins), sort_keys=False), encoding="utf-8")
