"""Score a dossier's actors across its articles, as a reader meets them, against a hand-made gold.

Usage:
    python bench/across.py EXPORT.json GOLD.yml [--show] [--top N]
    python bench/across.py --story clinton-emails [--show] [--top N] [--write]
    python bench/across.py --kit polnear-dev [--show] [--top N] [--write]

The first form scores an export you already have (`python -m dossier export
SEEDS --output EXPORT.json`). The second builds the story's seeds folder from
`bench/stories/STORY/articles.txt` (file names in the scale corpus of the
evaluation kit), exports it with this checkout's own code and scores it against
`bench/stories/STORY/actors-across.yml`. The third exports a corpus of the
evaluation kit that has such a gold (`corpora/NAME/actors-across.yml`) and
scores it. `--write` puts the figures into the "Actors across a story" section
of bench/QUALITY.md.

A gold lists every real-world actor named in two or more articles: `id`,
`name`, `kind`, `forms` (names that mean only it), `ambiguous_forms` (names that
mean it in some articles and another actor in others), `articles` (the file
names of the articles that name it) and, beside the actors, `distinct_pairs` of
ids that must never share a page. The evaluation kit's polnear-dev gold has the
same shape, so the two can be compared.

What is reported (a page is one actor of the export; it stands for a gold
actor when its name or one of its aliases is one of that actor's forms):

- one_page: gold actors with exactly one page ('Jim Comey' and 'James Comey'
  on two pages is a split; no page at all is a miss);
- merged: pages standing for two gold actors, or for both of a distinct pair
  (Hillary and Bill Clinton on one page);
- joined: pages that stand for no gold actor but whose name strings two gold
  actors' forms together with 'and', '&' or a comma ('FBI and Justice
  Department');
- article recall and precision, micro-averaged over gold actors: of the
  articles that name an actor, those its pages list; of the articles its pages
  list, those that name it;
- kind: the reader's page (the one listing most of the actor's articles) has
  the gold kind; an actor with no page counts as wrong;
- ambiguous_only: pages whose every name is an ambiguous form ('Clinton' on a
  page of its own).

--show lists every problem, the actors with the worst recall and precision, and
the pages in two or more articles that stand for no gold actor (where junk
pages show up). --top N prints a table of the N most-named gold actors.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO / "bench" / "stories"
KIT = REPO.parent / "shared" / "eval" / "corpora"
SCALE = KIT / "scale" / "articles"
QUALITY = REPO / "bench" / "QUALITY.md"
SECTION = "## Actors across a story"
JOINERS = re.compile(r"\s+(?:and|&)\s+|,\s+")


def fold(name: str) -> str:
    """A name as compared: curly quotes straightened, spaces collapsed, case folded."""
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(name.split()).casefold()


@dataclass
class Page:
    """One actor of the export, with the file names of the articles it lists."""

    name: str
    kind: str
    names: frozenset[str]
    articles: frozenset[str]


@dataclass
class Actor:
    """One actor of the gold."""

    id: str
    name: str
    kind: str
    forms: frozenset[str]
    ambiguous: frozenset[str]
    articles: frozenset[str]
    pages: list[Page] = field(default_factory=list)

    @property
    def found(self) -> frozenset[str]:
        """The articles its pages list, together."""
        return frozenset().union(*(page.articles for page in self.pages))

    @property
    def reader_page(self) -> Page | None:
        """The page a reader lands on: the one listing most of the actor's articles."""
        if not self.pages:
            return None
        return max(self.pages, key=lambda page: (len(page.articles & self.articles), -len(page.articles)))


@dataclass
class Score:
    """What a reader meets, actor by actor and page by page."""

    actors: list[Actor]
    merged: list[tuple[Page, list[Actor]]]
    joined: list[tuple[Page, list[Actor]]]
    ambiguous_only: list[Page]
    unclaimed: list[Page]

    def summary(self) -> dict[str, float | int]:
        """The headline figures."""
        n = len(self.actors)
        named = sum(len(a.articles) for a in self.actors)
        listed = sum(len(a.found) for a in self.actors)
        hit = sum(len(a.found & a.articles) for a in self.actors)
        kind = sum(1 for a in self.actors if a.reader_page and a.reader_page.kind == a.kind)
        return {
            "actors": n,
            "one_page": sum(1 for a in self.actors if len(a.pages) == 1) / n if n else 0.0,
            "merged": len(self.merged),
            "joined": len(self.joined),
            "article_recall": hit / named if named else 0.0,
            "article_precision": hit / listed if listed else 0.0,
            "kind": kind / n if n else 0.0,
            "ambiguous_only": len(self.ambiguous_only),
        }


def load_gold(path: Path) -> tuple[list[Actor], list[tuple[str, str]]]:
    """Read a gold file: its actors and its pairs never to be merged."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = [Actor(id=g["id"], name=g["name"], kind=g["kind"],
                    forms=frozenset(fold(f) for f in [g["name"], *g.get("forms", [])]),
                    ambiguous=frozenset(fold(f) for f in g.get("ambiguous_forms", [])),
                    articles=frozenset(g["articles"]))
              for g in gold["actors"]]
    return actors, [tuple(pair) for pair in gold.get("distinct_pairs", [])]


def load_pages(path: Path) -> list[Page]:
    """Read an export's actors as pages, their articles named by source file name."""
    export = json.loads(path.read_text(encoding="utf-8"))
    source = {a["id"]: Path(a["source"]).name for a in export["articles"]}
    return [Page(name=e["name"], kind=e["kind"],
                 names=frozenset(fold(n) for n in [e["name"], *e.get("aliases", [])]),
                 articles=frozenset(source[i] for i in e["articles"]))
            for e in export["actors"]]


def score(pages: list[Page], actors: list[Actor], distinct: list[tuple[str, str]]) -> Score:
    """Match pages to gold actors by name and gather what a reader would notice."""
    owner: dict[str, Actor] = {}
    for actor in actors:
        for form in actor.forms:
            owner[form] = actor
    ambiguous = set().union(*(a.ambiguous for a in actors)) - set(owner)
    by_id = {a.id: a for a in actors}
    merged, joined, ambiguous_only, unclaimed = [], [], [], []
    for page in pages:
        claimed = sorted({owner[n].id: owner[n] for n in page.names if n in owner}.values(),
                         key=lambda a: a.id)
        for actor in claimed:
            actor.pages.append(page)
        ids = {a.id for a in claimed}
        if len(claimed) > 1:
            merged.append((page, claimed))
        elif any(a in ids and b in ids for a, b in distinct):
            merged.append((page, [by_id[i] for i in sorted(ids)]))
        if claimed:
            continue
        if page.names <= ambiguous:
            ambiguous_only.append(page)
            continue
        parts = {owner[p].id: owner[p] for p in JOINERS.split(fold(page.name)) if p in owner}
        if len(parts) > 1:
            joined.append((page, sorted(parts.values(), key=lambda a: a.id)))
        elif len(page.articles) > 1:
            unclaimed.append(page)
    return Score(actors, merged, joined, ambiguous_only, unclaimed)


def problems(result: Score, worst: int = 10) -> list[str]:
    """Every problem a reader would meet, one line each."""
    lines = []
    for actor in result.actors:
        if not actor.pages:
            lines.append(f"missing: {actor.name} has no page")
        elif len(actor.pages) > 1:
            lines.append(f"split: {actor.name} is on {len(actor.pages)} pages: "
                         + ", ".join(repr(p.name) for p in actor.pages))
        page = actor.reader_page
        if page and page.kind != actor.kind:
            lines.append(f"kind: {actor.name} is {page.kind!r} on {page.name!r}, not {actor.kind!r}")
    for page, actors in result.merged:
        lines.append(f"merged: page {page.name!r} holds " + " and ".join(a.name for a in actors))
    for page, actors in result.joined:
        lines.append(f"joined: page {page.name!r} strings together " + " and ".join(a.name for a in actors))
    for page in result.ambiguous_only:
        lines.append(f"ambiguous-only page: {page.name!r} in {len(page.articles)} articles")
    scored = [a for a in result.actors if a.pages]
    lines.append(f"worst article recall (of {len(scored)} actors with a page):")
    for actor in sorted(scored, key=lambda a: (recall(a), -len(a.articles)))[:worst]:
        if recall(actor) < 1:
            missed = sorted(actor.articles - actor.found)
            lines.append(f"  {recall(actor):.2f} {actor.name}: missed in {len(missed)} of "
                         f"{len(actor.articles)}: " + ", ".join(missed))
    lines.append("worst article precision:")
    for actor in sorted(scored, key=lambda a: (precision(a), -len(a.found)))[:worst]:
        if precision(actor) < 1:
            extra = sorted(actor.found - actor.articles)
            lines.append(f"  {precision(actor):.2f} {actor.name}: listed in {len(extra)} articles "
                         f"that do not name it: " + ", ".join(extra))
    lines.append("pages in two or more articles that stand for no gold actor:")
    for page in sorted(result.unclaimed, key=lambda p: (-len(p.articles), p.name)):
        lines.append(f"  {len(page.articles):3d} {page.name!r} ({page.kind})")
    return lines


def recall(actor: Actor) -> float:
    """Of the articles that name the actor, the share its pages list."""
    return len(actor.found & actor.articles) / len(actor.articles)


def precision(actor: Actor) -> float:
    """Of the articles its pages list, the share that name the actor."""
    found = actor.found
    return len(found & actor.articles) / len(found) if found else 1.0


def top_table(result: Score, n: int) -> str:
    """A Markdown table of the n most-named gold actors and how each fares."""
    rows = ["| actor | articles | pages | kind | recall | precision |",
            "| --- | ---: | --- | --- | ---: | ---: |"]
    for actor in sorted(result.actors, key=lambda a: (-len(a.articles), a.name))[:n]:
        page = actor.reader_page
        names = ", ".join(f"'{p.name}'" for p in actor.pages) or "none"
        kind = actor.kind if page and page.kind == actor.kind else f"{page.kind if page else '-'} (gold {actor.kind})"
        rows.append(f"| {actor.name} | {len(actor.articles)} | {names} | {kind} | "
                    f"{recall(actor):.2f} | {precision(actor):.2f} |")
    return "\n".join(rows)


def summary_line(result: Score) -> str:
    """The summary as one line of name=value pairs."""
    return "summary: " + " ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.summary().items())


def build_story(story: str, corpus: Path, workdir: Path) -> Path:
    """Copy the story's articles from the corpus into a seeds folder and export it with this checkout."""
    names = [line.strip() for line in (STORIES / story / "articles.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    seeds = workdir / "seeds"
    seeds.mkdir()
    missing = [name for name in names if not (corpus / name).is_file()]
    if missing:
        raise SystemExit(f"{corpus}: {len(missing)} of the story's articles are not here, "
                         f"first {missing[0]}\n  hint: pass --corpus with the scale corpus's articles folder")
    for name in names:
        shutil.copyfile(corpus / name, seeds / name)
    return export(seeds, workdir)


def export(seeds: Path, workdir: Path) -> Path:
    """Export a folder of articles with this checkout's own code, nothing cached."""
    output = workdir / "dossier.json"
    subprocess.run([sys.executable, "-m", "dossier", "export", str(seeds), "--no-cache", "--output", str(output)],
                   cwd=REPO, check=True)
    return output


def write_section(story: str, command: str, result: Score, top: int) -> None:
    """Put the story's figures into QUALITY.md's section on actors across a story, replacing the old ones."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    block = (f"### {story}\n\nMeasured {datetime.date.today()} at commit {commit} with "
             f"`{command}`.\n\n"
             f"```\n{summary_line(result)}\n```\n\n"
             f"The {top} most-named actors of the gold:\n\n{top_table(result, top)}\n")
    text = QUALITY.read_text(encoding="utf-8") if QUALITY.exists() else ""
    if SECTION not in text:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n"
    head, _, tail = text.partition(SECTION)
    stories = re.split(r"(?m)^(?=### )", tail)
    kept = [s for s in stories[1:] if not s.startswith(f"### {story}\n")]
    body = stories[0].rstrip("\n") + "\n\n" + "\n".join(s.rstrip("\n") + "\n" for s in [block, *kept])
    QUALITY.write_text(head + SECTION + body, encoding="utf-8")


def main() -> int:
    """Score an export (or build and export a story first) and print what a reader meets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export", type=Path, nargs="?", help="the dossier's JSON export")
    parser.add_argument("gold", type=Path, nargs="?", help="the cross-article gold (YAML)")
    parser.add_argument("--story", help="a story under bench/stories/: build its seeds, export and score")
    parser.add_argument("--corpus", type=Path, default=SCALE, help="where the story's articles are read from")
    parser.add_argument("--kit", metavar="NAME", help="a corpus of the evaluation kit with an actors-across.yml: "
                        "export and score it")
    parser.add_argument("--eval", type=Path, default=KIT, help="the evaluation kit's corpora folder (with --kit)")
    parser.add_argument("--show", action="store_true", help="list every problem")
    parser.add_argument("--top", type=int, default=0, metavar="N", help="table of the N most-named actors")
    parser.add_argument("--write", action="store_true", help="keep the figures in bench/QUALITY.md (with --story)")
    args = parser.parse_args()
    modes = [bool(args.story), bool(args.kit), bool(args.export or args.gold)]
    if sum(modes) != 1 or (modes[2] and not (args.export and args.gold)):
        parser.error("give EXPORT and GOLD, or --story, or --kit")
    if args.write and modes[2]:
        parser.error("--write needs --story or --kit, so that the export is made at this commit")
    with tempfile.TemporaryDirectory(prefix="across-") as workdir:
        if args.story:
            name, gold = args.story, STORIES / args.story / "actors-across.yml"
            exported = build_story(args.story, args.corpus, Path(workdir))
        elif args.kit:
            name, gold = args.kit, args.eval / args.kit / "actors-across.yml"
            exported = export(args.eval / args.kit / "articles", Path(workdir))
        else:
            gold, exported = args.gold, args.export
        actors, distinct = load_gold(gold)
        result = score(load_pages(exported), actors, distinct)
    if args.show:
        print("\n".join(problems(result)))
    if args.top:
        print(top_table(result, args.top))
    print(summary_line(result))
    if args.write:
        option = f"--story {args.story}" if args.story else f"--kit {args.kit}"
        write_section(name, f"python bench/across.py {option} --top {args.top or 10} --write", result, args.top or 10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
