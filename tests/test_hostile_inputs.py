"""Hostile and careless inputs: each costs only itself, says so at path:line, and nothing
from outside seeds/ is ever published."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from dossier import pipeline
from dossier.cache import Cache
from dossier.cli import main
from dossier.model import DossierError
from dossier.pipeline import build, extract_all
from dossier.read import ReadMemo, read_seeds

PROSE = ("The town council of Elmsworth met on Tuesday evening and voted to reopen the footbridge "
         "over the canal after eight months of repairs.")
SECRET = "Vault code 4417-KESTREL, never to be published"
"""What a file elsewhere on the builder's machine holds."""

LINK_HINT = ("copy the article or folder into the seeds folder: a link could publish a file from "
             "anywhere on the machine that builds the site")


def article(headline: str, front_matter: str = "") -> str:
    """A Markdown article with a heading and one paragraph of prose, after its front matter if any."""
    header = f"---\n{front_matter}\n---\n" if front_matter else ""
    return f"{header}# {headline}\n\n{PROSE}\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one good article in seeds/, and a private folder beside it holding a secret."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "good.md").write_text(article("Footbridge reopens in Elmsworth"), encoding="utf-8")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "notes.txt").write_text(f"Private notes\n\n{SECRET}. {PROSE}\n", encoding="utf-8")
    (tmp_path / "private" / "notes.yml").write_text(f"articles:\n  good.md:\n    publisher: {SECRET}\n",
                                                    encoding="utf-8")
    (tmp_path / "private" / "article.md.j2").write_text(f"{SECRET}\n", encoding="utf-8")
    return tmp_path


def dossier_build(project: Path, capsys, *args: str) -> tuple[int, list[str], str]:
    """`dossier build` of the project: its exit status, what it printed, and every page it wrote."""
    status = main(["build", str(project / "seeds"), "--no-cache", "--output", str(project / "docs"), *args])
    printed = capsys.readouterr().err.splitlines()
    docs = project / "docs"
    pages = "".join(p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*")) if p.is_file()) \
        if docs.exists() else ""
    return status, printed, pages


# ---------------------------------------------------------------------------
# A link in seeds/, or as an override file or template, is never followed.

SEED_LINKS = {
    "absolute link to a file elsewhere": ("leak.txt", lambda p: p / "private" / "notes.txt"),
    "relative link to a file elsewhere": ("leak.txt", lambda p: Path("..", "private", "notes.txt")),
    "link to a file inside seeds": ("copy.md", lambda p: Path("good.md")),
    "link to a folder elsewhere": ("more", lambda p: p / "private"),
}


@pytest.mark.parametrize("name, target", SEED_LINKS.values(), ids=SEED_LINKS)
def test_a_link_in_seeds_is_skipped_with_a_warning_and_its_target_is_never_published(project, capsys, name, target):
    os.symlink(target(project), project / "seeds" / name)
    status, printed, pages = dossier_build(project, capsys)
    assert status == 0
    assert SECRET not in pages
    exported = json.loads((project / "docs" / "dossier.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in exported["articles"]] == ["good.md"]
    assert printed[:2] == [f"warning: {name}: skipped: a link, which is never followed", f"  hint: {LINK_HINT}"]


@pytest.mark.parametrize("memo", [None, ReadMemo(recent_ns=0)], ids=["one read", "a read while serving"])
def test_links_are_skipped_by_every_read_of_the_seeds(project, memo):
    os.symlink(project / "private" / "notes.txt", project / "seeds" / "leak.txt")
    os.symlink(project / "private", project / "seeds" / "more")
    for _ in range(2):      # the second read, with a memo, reuses the first
        documents, problems = read_seeds(project / "seeds", memo)
        assert [d.source for d in documents] == ["good.md"]
        assert [str(p) for p in problems] == [f"leak.txt: skipped: a link, which is never followed\n  hint: {LINK_HINT}",
                                              f"more: skipped: a link, which is never followed\n  hint: {LINK_HINT}"]


OVERRIDES_HINT = ("write the corrections in the file itself: through a link, a file from anywhere on "
                  "the machine that builds the site would be read")
TEMPLATE_HINT = ("copy the template into the folder: through a link, a file from anywhere on the "
                 "machine that builds the site would be read")
OTHER_LINKS = {
    "override file": (lambda p: (p / "overrides.yml", p / "private" / "notes.yml", ["--overrides", str(p / "overrides.yml")]),
                      "overrides.yml", OVERRIDES_HINT),
    "override file in a folder": (lambda p: (p / "corrections" / "notes.yml", p / "private" / "notes.yml",
                                             ["--overrides", str(p / "corrections")]),
                                  "corrections/notes.yml", OVERRIDES_HINT),
    "override folder": (lambda p: (p / "corrections", p / "private", ["--overrides", str(p / "corrections")]),
                        "corrections", OVERRIDES_HINT),
    "template": (lambda p: (p / "templates" / "article.md.j2", p / "private" / "article.md.j2",
                            ["--templates", str(p / "templates")]),
                 "templates/article.md.j2", TEMPLATE_HINT),
    "templates folder": (lambda p: (p / "templates", p / "private", ["--templates", str(p / "templates")]),
                         "templates", TEMPLATE_HINT),
}


@pytest.mark.parametrize("make, where, hint", OTHER_LINKS.values(), ids=OTHER_LINKS)
def test_a_linked_override_file_or_template_is_an_error_and_never_read(project, capsys, make, where, hint):
    link, target, args = make(project)
    link.parent.mkdir(exist_ok=True)
    os.symlink(target, link)
    status, printed, pages = dossier_build(project, capsys, *args)
    assert status == 1
    assert printed == [f"error: {project / where}: not read: a link, which is never followed", f"  hint: {hint}"]
    assert SECRET not in pages


@pytest.mark.parametrize("planted", [".dossier-pages", ".index.md.tmp"],
                         ids=["as the list of pages written", "as a page's temporary file"])
def test_a_link_in_the_output_folder_is_replaced_never_written_through(project, capsys, planted):
    kept = (project / "private" / "notes.txt").read_bytes()
    (project / "docs").mkdir()
    os.symlink(project / "private" / "notes.txt", project / "docs" / planted)
    status, _, _ = dossier_build(project, capsys)
    assert status == 0
    assert (project / "private" / "notes.txt").read_bytes() == kept
    assert not (project / "docs" / planted).is_symlink()


def test_a_linked_seed_never_reaches_the_site_or_its_search_index(project):
    """The whole site MkDocs builds, search index included, from seeds holding links."""
    os.symlink(project / "private" / "notes.txt", project / "seeds" / "leak.txt")
    os.symlink(project / "private", project / "seeds" / "more")
    (project / "docs").mkdir()
    (project / "docs" / "about.md").write_text("# About this dossier\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text("site_name: Elmsworth\ntheme:\n  name: material\n"
                                        "plugins:\n  - search\n  - dossier\n", encoding="utf-8")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, capture_output=True,
                           text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})
    assert built.returncode == 0, built.stderr
    site = [p for p in (project / "site").rglob("*") if p.is_file()]
    assert any(p.name == "search_index.json" for p in site)
    assert not [p for p in site if SECRET.encode() in p.read_bytes()]
    assert "leak.txt: skipped: a link, which is never followed" in built.stderr


# ---------------------------------------------------------------------------
# A bad front matter costs only its own values; a bug met on one article costs only that article.

FRONT_MATTER = {
    "impossible date": (
        "title: Ferry timetable changes\ndate: 2026-02-30",
        "bad.md:3: the front matter's 'date' is not read: '2026-02-30' is not a date that exists",
        "correct the value, or put it in quotes to keep it as text"),
    "impossible time": (
        "date: 2026-03-01 25:61:00",
        "bad.md:2: the front matter's 'date' is not read: '2026-03-01 25:61:00' is not a date that exists",
        "correct the value, or put it in quotes to keep it as text"),
    "tag that fails": (
        "author: [Rosa Vint, !!int 12abc]",
        "bad.md:2: the front matter's 'author' is not read: '12abc' is not a whole number",
        "correct the value, or put it in quotes to keep it as text"),
    "tag of a Python object": (
        "summary: !!python/object/apply:os.getcwd []",
        "bad.md:2: the front matter's 'summary' is not read: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.getcwd'",
        "write the value as plain text, a list or a date, without a tag"),
    "deep nesting": (
        "title: Ferry\nsummary: " + "[" * 400 + "]" * 400,
        "bad.md:3:59: the front matter is not read: nested more than 50 levels deep",
        "the front matter needs a few levels at most: look for a bracket left open, or indentation that keeps growing"),
    "broken list": (
        "title: Ferry\nauthor: [Rosa Vint",
        "bad.md:3:19: the front matter is not read: expected ',' or ']', but got '<stream end>'",
        "the list opened with '[' at line 3, column 9 needs ',' between items and ']' at its end"),
    "too large": (
        "title: Ferry\nsummary: " + "x" * 70_000,
        "bad.md:2: the front matter is not read: too large: 70,022 bytes, more than the 65,536 read",
        "front matter holds a few fields (title, author, date); the article's text goes below its closing '---'"),
}


@pytest.mark.parametrize("front_matter, message, hint", FRONT_MATTER.values(), ids=FRONT_MATTER)
def test_a_bad_front_matter_is_a_warning_and_every_article_builds(project, front_matter, message, hint):
    (project / "seeds" / "bad.md").write_text(article("Ferry timetable changes", front_matter), encoding="utf-8")
    dossier = build(project / "seeds")
    assert [str(p) for p in dossier.problems] == [f"{message}\n  hint: {hint}"]
    assert [a.headline for a in dossier.articles] == ["Ferry timetable changes", "Footbridge reopens in Elmsworth"]
    assert all(a.paragraphs[0].text == PROSE for a in dossier.articles)


def test_a_bad_front_matter_value_costs_that_value_alone(project):
    front_matter = "title: Ferry timetable changes\nauthor: Rosa Vint\ndate: 2026-02-30\npublisher: The Elmsworth Post"
    (project / "seeds" / "bad.md").write_text(article("A heading", front_matter), encoding="utf-8")
    bad = next(a for a in build(project / "seeds").articles if a.source == "bad.md")
    assert (bad.headline, bad.authors, bad.publisher, bad.published) == \
        ("Ferry timetable changes", ("Rosa Vint",), "The Elmsworth Post", None)


def test_a_front_matter_warning_is_given_again_when_the_article_comes_from_the_cache(project, tmp_path):
    (project / "seeds" / "bad.md").write_text(article("Ferry", "date: 2026-02-30"), encoding="utf-8")
    first = build(project / "seeds", cache=Cache(tmp_path / "cache"))
    second = build(project / "seeds", cache=Cache(tmp_path / "cache"))
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems] != []


@pytest.mark.parametrize("workers", [1, 2], ids=["in this process", "in worker processes"])
def test_a_bug_met_on_one_article_is_a_warning_naming_it_and_the_rest_builds(project, monkeypatch, workers):
    for n in range(3):
        (project / "seeds" / f"more{n}.md").write_text(article(f"Market day number {n}"), encoding="utf-8")
    (project / "seeds" / "trips.md").write_text(article("A headline that trips extraction"), encoding="utf-8")
    find_facts = pipeline.find_facts

    def tripping(article, mentions):
        if article.source == "trips.md":
            raise KeyError("no such paragraph")
        return find_facts(article, mentions)

    monkeypatch.setattr(pipeline, "find_facts", tripping)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pipeline, "SERIAL_SECONDS", 0.0)
    documents, _ = read_seeds(project / "seeds")
    extractions, problems = extract_all(documents, workers=workers)
    assert [e.article.source for e in extractions] == ["good.md", "more0.md", "more1.md", "more2.md"]
    assert [str(p) for p in problems] == [
        "trips.md: skipped: KeyError: 'no such paragraph' (a bug in dossier: please report it)"]


# ---------------------------------------------------------------------------
# An alias bomb, in front matter or overrides, is found out at once.

BOMB = textwrap.dedent("""\
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]""")
BOMB_HINT = "each '*name' repeats all that '&name' holds: write the values out, or repeat fewer"


def build_in_a_bounded_process(project: Path) -> list[str]:
    """The problems of a build run in a process of its own, stopped after a minute or 2 GB:
    a bomb that goes off fails the test rather than the machine."""
    script = textwrap.dedent(f"""\
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        from dossier.model import DossierError
        from dossier.pipeline import build
        try:
            dossier = build({str(project / 'seeds')!r}, {str(project / 'overrides.yml')!r})
        except DossierError as exc:
            problems = exc.problems
        else:
            problems = dossier.problems
            print("built:", ", ".join(a.source for a in dossier.articles))
        for problem in problems:
            print(problem)
        """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


@pytest.mark.skipif(sys.platform == "win32", reason="the bound on memory is set with resource")
def test_an_alias_bomb_in_front_matter_is_a_warning_and_the_article_builds(project):
    front_matter = BOMB + "\ntitle: [*h, *h, *h, *h, *h, *h, *h, *h, *h]"
    (project / "seeds" / "bomb.md").write_text(article("Ferry timetable changes", front_matter), encoding="utf-8")
    assert build_in_a_bounded_process(project) == [
        "built: bomb.md, good.md",
        "bomb.md:6:4: the front matter is not read: aliases repeat more than 10,000 values", f"  hint: {BOMB_HINT}"]


@pytest.mark.skipif(sys.platform == "win32", reason="the bound on memory is set with resource")
def test_an_alias_bomb_in_overrides_is_an_error_at_its_line(project):
    overrides = "anchors:\n" + textwrap.indent(BOMB, "  ") + "\nactors:\n  Elmsworth:\n    roles: *h\n"
    (project / "overrides.yml").write_text(overrides, encoding="utf-8")
    assert build_in_a_bounded_process(project) == [
        f"{project / 'overrides.yml'}:7:6: aliases repeat more than 100,000 values", f"  hint: {BOMB_HINT}"]


# ---------------------------------------------------------------------------
# Deep nesting, or too much text, in overrides is an error at file:line.

DEPTH_HINT = ("the override file needs a few levels at most: look for a bracket left open, "
              "or indentation that keeps growing")
OVERRIDES = {
    "deep brackets": ("actors:\n  Elmsworth:\n    roles: " + "[" * 5000 + "]" * 5000 + "\n",
                      "overrides.yml:3:59: nested more than 50 levels deep", DEPTH_HINT),
    "deep indentation": ("actors:\n" + "".join(f"{'  ' * n}k{n}:\n" for n in range(1, 200)),
                         "overrides.yml:50:99: nested more than 50 levels deep", DEPTH_HINT),
    "too large": ("articles:\n  good.md:\n    summary: " + "x" * (8 << 20) + "\n",
                  "overrides.yml: too large: 8,388,643 bytes, more than the 8,388,608 read",
                  "split the corrections into several files in a folder of *.yml, or look for text pasted in by mistake"),
}


@pytest.mark.parametrize("text, message, hint", OVERRIDES.values(), ids=OVERRIDES)
def test_deep_or_huge_overrides_are_an_error_at_file_and_line(project, monkeypatch, text, message, hint):
    monkeypatch.chdir(project)
    Path("overrides.yml").write_text(text, encoding="utf-8")
    with pytest.raises(DossierError) as raised:
        build(Path("seeds"), Path("overrides.yml"))
    assert [str(p) for p in raised.value.problems] == [f"{message}\n  hint: {hint}"]
