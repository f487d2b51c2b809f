"""Two builds of the same inputs give the same bytes, whatever the machine and the file system."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from dossier import pipeline
from dossier.pipeline import extract_all
from dossier.read import read_seeds

ROOT = Path(__file__).resolve().parent.parent

TOWNS = ["Aberlin", "Brackwater", "Corrie Bay", "Dunmore", "Eastleigh", "Fenwick"]


def article(number: int) -> str:
    """A small made-up news article; each number gives a different one."""
    town = TOWNS[number % len(TOWNS)]
    return (f"{town} Opens Library Number {number}\n\n"
            f"By Sam Okafor\n\n"
            f"The town of {town} opened its library number {number} on Saturday, "
            f"said council leader Maria Lindqvist.\n\n"
            f"\"We have waited {number + 3} years for a place like this,\" said resident Tom Ahern.\n\n"
            f"The building cost {number * 7} thousand pounds, according to the Town Council.\n")


# Names that sort differently by byte, by case and by locale, and one folder.
NAMES = ["Zeta.txt", "alpha.txt", "éclair.txt", "b 2.txt", "b 10.txt", "sub/inner.txt",
         "_first.md", "notes.html"]
OVERRIDES = "articles:\n  alpha.txt:\n    headline: Alpha, Corrected\n"


def write_seeds(folder: Path, order_seed: int) -> None:
    """The same articles, created in an order of their own."""
    names = list(NAMES)
    random.Random(order_seed).shuffle(names)
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        number = NAMES.index(name)
        text = article(number)
        if name.endswith(".html"):
            text = "<html><body>" + "".join(f"<p>{b}</p>" for b in text.split("\n\n")) + "</body></html>"
        path.write_text(text, encoding="utf-8")


# Runs `dossier build` with every directory listing shuffled: file systems list in an
# order of their own (creation, hash, name), and none of it may reach the output.
SHUFFLED_LISTINGS = """
import os, random, sys
rng = random.Random(int(sys.argv[1]))
real_scandir, real_listdir = os.scandir, os.listdir

class Shuffled:
    def __init__(self, entries):
        self.entries = entries
    def __iter__(self):
        return iter(self.entries)
    def __next__(self):
        raise StopIteration
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def close(self):
        pass

def scandir(path="."):
    with real_scandir(path) as found:
        entries = list(found)
    rng.shuffle(entries)
    return Shuffled(entries)

def listdir(path="."):
    names = real_listdir(path)
    rng.shuffle(names)
    return names

os.scandir, os.listdir = scandir, listdir
"""
RUN_DOSSIER = "from dossier.cli import main\nsys.exit(main(sys.argv[2:]))\n"
RUN_MKDOCS = "from mkdocs.__main__ import cli\nsys.argv = ['mkdocs', *sys.argv[2:]]\ncli()\n"


def run_shuffled(entry: str, folder: Path, order_seed: int, env: dict[str, str], *args: str) -> None:
    """Run a command in a fresh process, listings shuffled, in the given environment."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", **env}
    subprocess.run([sys.executable, "-c", SHUFFLED_LISTINGS + entry, str(order_seed), *args],
                   cwd=folder, env=environment, check=True, capture_output=True)


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file under folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_in(folder: Path, order_seed: int, env: dict[str, str]) -> dict[str, bytes]:
    """Every file `dossier build` writes, built in a fresh process with the given environment."""
    write_seeds(folder / "seeds", order_seed)
    (folder / "overrides.yml").write_text(OVERRIDES, encoding="utf-8")
    run_shuffled(RUN_DOSSIER, folder, order_seed, env, "build", "seeds", "--overrides", "overrides.yml",
                 "--output", "docs")
    return files_under(folder / "docs")


def site_in(folder: Path, order_seed: int, env: dict[str, str]) -> dict[str, bytes]:
    """Every file of the site `mkdocs build` makes with the project's own mkdocs.yml."""
    write_seeds(folder / "seeds", order_seed)
    (folder / "overrides.yml").write_text(OVERRIDES, encoding="utf-8")
    (folder / "docs").mkdir()
    (folder / "mkdocs.yml").write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\n", encoding="utf-8")
    run_shuffled(RUN_MKDOCS, folder, order_seed, env, "build", "--quiet")
    return files_under(folder / "site")


def test_two_builds_give_the_same_bytes(tmp_path):
    first = build_in(tmp_path / "first", 1, {"TZ": "Pacific/Kiritimati", "LC_ALL": "C",
                                              "PYTHONHASHSEED": "1"})
    second = build_in(tmp_path / "second", 2, {"TZ": "America/St_Johns", "LC_ALL": "C.UTF-8",
                                                "PYTHONHASHSEED": "2"})
    assert "dossier.json" in first and any(p.startswith("articles/") for p in first)
    assert first.keys() == second.keys()
    assert [p for p in first if first[p] != second[p]] == []


def test_two_site_builds_give_the_same_pages(tmp_path):
    # Two build dates too: only the sitemap may say when it was built.
    first = site_in(tmp_path / "first", 3, {"TZ": "Asia/Kathmandu", "LC_ALL": "C", "PYTHONHASHSEED": "3",
                                            "SOURCE_DATE_EPOCH": "1700000000"})
    second = site_in(tmp_path / "second", 4, {"TZ": "America/Adak", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "4",
                                              "SOURCE_DATE_EPOCH": "1800000000"})
    assert "dossier.json" in first and "articles/index.html" in first
    assert first.keys() == second.keys()
    assert [p for p in first if first[p] != second[p] and not p.startswith("sitemap.xml")] == []


def test_parallel_extraction_gives_what_one_process_gives(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(12):
        (seeds / f"{number:02}.txt").write_text(article(number), encoding="utf-8")
    (seeds / "05b.txt").write_text("Only one block, no article here\n", encoding="utf-8")
    documents, _ = read_seeds(seeds)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "SERIAL_SECONDS", 0)
    alone = extract_all(documents, workers=1)
    together = extract_all(documents, workers=2)
    assert [e.article.source for e in together[0]] == [d.source for d in documents if d.source != "05b.txt"]
    assert [p.path for p in together[1]] == ["05b.txt"]
    assert together == alone


@pytest.mark.parametrize("workers", [1, 2])
def test_extraction_order_follows_the_documents(tmp_path, monkeypatch, workers):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(6):
        (seeds / f"{number}.txt").write_text(article(number), encoding="utf-8")
    documents, _ = read_seeds(seeds)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "SERIAL_SECONDS", 0)
    reversed_documents = tuple(reversed(documents))
    extractions, _ = extract_all(reversed_documents, workers=workers)
    assert [e.article.source for e in extractions] == [d.source for d in reversed_documents]


@pytest.mark.skipif(pipeline.START_METHOD != "fork", reason="workers see the test's stand-in only when forked")
def test_pin_many_documents_are_extracted_in_worker_processes(tmp_path, monkeypatch):
    """Pins an implementation detail, no behaviour: where extraction runs, by process id.
    That workers give what one process gives is test_parallel_extraction_gives_what_one_process_gives's."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(8):
        (seeds / f"{number}.txt").write_text(article(number), encoding="utf-8")
    documents, _ = read_seeds(seeds)
    real_extract = pipeline.extract

    def extract_noting_the_process(document):
        extraction = real_extract(document)
        return replace(extraction, article=replace(extraction.article, url=f"pid {os.getpid()}"))

    monkeypatch.setattr(pipeline, "extract", extract_noting_the_process)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "SERIAL_SECONDS", 0)
    processes = {e.article.url for e in pipeline.extract_many(documents, workers=2)}
    assert f"pid {os.getpid()}" not in processes
    monkeypatch.setattr(pipeline, "SERIAL_SECONDS", 60)
    assert {e.article.url for e in pipeline.extract_many(documents, workers=2)} == {f"pid {os.getpid()}"}
