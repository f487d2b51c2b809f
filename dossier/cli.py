"""The `dossier` command: build the Markdown dossier, export it as JSON, check overrides."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cache import Cache
from .export_formats import FORMATS, export_files, site_exports
from .file_names import FileNaming
from .model import DossierError, Problem
from .pipeline import build
from .render import render
from .write import write_pages


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; the exit status says whether it worked."""
    parser = argparse.ArgumentParser(prog="dossier", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def common(command: argparse.ArgumentParser) -> None:
        command.add_argument("seeds", nargs="?", default="seeds", type=Path,
                             help="folder of articles (default: seeds)")
        command.add_argument("--overrides", type=Path, default=None,
                             help="YAML override file (default: overrides.yml beside the folder of articles, if present)")
        command.add_argument("--cache", type=Path, default=Path(".dossier-cache"),
                             help="folder of per-article results reused while an article is unchanged "
                                  "(default: .dossier-cache, the one the MkDocs plugin uses)")
        command.add_argument("--no-cache", dest="cache", action="store_const", const=None,
                             help="extract every article afresh and keep nothing")
        command.add_argument("--filename-pattern", metavar="PATTERN", default=None,
                             help="what the seeds' file names say, e.g. '{publisher}_{date}_{title}': it fills "
                                  "what an article's text does not give (fields: publisher, date, title, authors, _)")
        command.add_argument("--publisher", metavar="SLUG=NAME", action="append", default=[],
                             help="a publisher's name for its slug in file names, e.g. 'wash-post=The Washington "
                                  "Post' (repeat for each)")

    export = commands.add_parser("export", help="write the whole dossier as JSON, CSV tables, a GraphML network "
                                                 "or FollowTheMoney entities")
    common(export)
    export.add_argument("--format", "-f", choices=FORMATS, default="json",
                        help="json: the whole dossier; csv: articles, actors and facts, a table each; graphml: the "
                             "actor network; ftm: FollowTheMoney entities, one a line (default: json)")
    export.add_argument("--output", "-o", type=Path, default=None,
                        help="file to write (default: stdout); for csv, the folder to write the tables into")
    write = commands.add_parser("build", help="write the dossier's Markdown pages into a folder")
    common(write)
    write.add_argument("--output", "-o", type=Path, default=Path("docs"),
                       help="folder to write the pages into (default: docs)")
    write.add_argument("--templates", type=Path, default=None, help="folder of templates to use instead of ours")
    check = commands.add_parser("check", help="report every problem in the articles and overrides, build nothing")
    common(check)
    args = parser.parse_args(argv)

    overrides = args.overrides
    # Beside the articles, as the plugin finds it beside mkdocs.yml: a dossier of another
    # folder, built from this project's root, is not corrected by this project's file.
    beside = args.seeds.parent / "overrides.yml"
    if overrides is None and beside.is_file():
        overrides = beside
    elif overrides is not None and not overrides.exists():
        # Named on the command line, so its absence is a mistake, not "no corrections".
        report((Problem(str(overrides), None, "no such override file or folder", severity="error"),))
        return 1
    naming, problems = file_naming(args.filename_pattern, args.publisher)
    if problems:
        report(problems)
        if args.command == "check":
            print(summary(problems), file=sys.stderr)
        return 1
    try:
        dossier = build(args.seeds, overrides, cache=Cache(args.cache) if args.cache else None, naming=naming)
    except DossierError as exc:
        report(exc.problems)
        if args.command == "check":
            print(summary(exc.problems), file=sys.stderr)
        return 1
    report(dossier.problems)
    if args.command == "check":
        print(summary(dossier.problems), file=sys.stderr)
    if args.command == "export":
        files = export_files(dossier, args.format)
        if args.output is None and len(files) > 1:
            report((Problem("--output", None, f"the {args.format} export is {len(files)} files: "
                            f"{', '.join(list(files)[:-1])} and {list(files)[-1]}",
                            hint="name the folder to write them into, e.g. --output exports", severity="error"),))
            return 1
        if args.output is None:
            sys.stdout.write(*files.values())
        elif len(files) > 1:
            args.output.mkdir(parents=True, exist_ok=True)
            for name, text in files.items():
                (args.output / name).write_text(text, encoding="utf-8", newline="")
        else:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(*files.values(), encoding="utf-8", newline="")
    elif args.command == "build":
        try:
            pages = render(dossier, args.templates)
            pages.update(site_exports(dossier))
            written = write_pages(pages, args.output)
        except DossierError as exc:
            report(exc.problems)
            return 1
        print(f"wrote {written} pages into {args.output}", file=sys.stderr)
    return 0


def file_naming(pattern: str | None, publishers: list[str]) -> tuple[FileNaming | None, tuple[Problem, ...]]:
    """The file-name pattern and publishers' names given on the command line, or what is wrong with them."""
    pairs, problems = [], []
    for given in publishers:
        slug, equals, name = given.partition("=")
        if not equals or not slug.strip() or not name.strip():
            problems.append(Problem("--publisher", None, f"'{given}' is not SLUG=NAME",
                                    hint="e.g. --publisher 'wash-post=The Washington Post'", severity="error"))
        pairs.append((slug.strip(), name.strip()))
    if pattern is None:
        if pairs and not problems:
            problems.append(Problem("--publisher", None, "publishers' names are for file names, but no pattern is given",
                                    hint="add --filename-pattern, e.g. '{publisher}_{date}_{title}'", severity="error"))
        return None, tuple(problems)
    return FileNaming(pattern, tuple(pairs), "--filename-pattern"), tuple(problems)


def summary(problems: tuple[Problem, ...]) -> str:
    """'2 errors, 1 warning', or 'no problems'."""
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    counts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((errors, "error"), (warnings, "warning")) if n]
    return ", ".join(counts) or "no problems"


def report(problems: tuple[Problem, ...]) -> None:
    """Print problems the way compilers do, one per line, to stderr."""
    for problem in problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)
