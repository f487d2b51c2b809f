"""How much Markdown one edit changes: the pages a rebuild while serving must convert again.

Builds a dossier of N articles in process (build + render with a page memo, as `mkdocs
serve` does), makes one edit, builds and renders again, and counts the pages whose Markdown
changed and their size. The edits: the first article's headline corrected in the
overrides; a new article on the same story added (each of --added); a paragraph added to
the first article. Each edit is undone before the next. Run once with the articles undated
(as the scale corpus comes) and once dated from their file names (--dated).

    python bench/rebuild_scope.py --size 1000 --added ../shared/eval/corpora/polnear-train/articles/X.txt ...
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import make_dossier_project, read_corpus  # noqa: E402

from dossier.cache import Cache  # noqa: E402
from dossier.file_names import FileNaming  # noqa: E402
from dossier.memo import PageMemo  # noqa: E402
from dossier.pipeline import build  # noqa: E402
from dossier.read import ReadMemo  # noqa: E402
from dossier.render import render  # noqa: E402

DATED = FileNaming("{publisher}_{date}_{title}", (), "mkdocs.yml")
"""The scale corpus's file names carry the publisher and the day."""
PARAGRAPH = ('\n\nThe campaign said on Tuesday that it would open offices in three more states. '
             '"We are ready for a long fight," said its spokesman.\n')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=Path("../shared/eval/corpora/scale/articles"))
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--added", type=Path, nargs="*", default=())
    parser.add_argument("--dated", action="store_true", help="date the articles from their file names")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/rebuild-scope"))
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    project = args.scratch / f"project-{args.size}"
    if not (project / "seeds").is_dir():
        make_dossier_project(read_corpus(args.articles), args.size, project)
    naming = DATED if args.dated else None
    cache = Cache(args.scratch / "cache", remember=True)
    memo, read_memo = PageMemo(), ReadMemo()

    def rebuild() -> dict[str, str]:
        dossier = build(project / "seeds", project / "overrides.yml", cache=cache, read_memo=read_memo, naming=naming)
        return render(dossier, None, memo, directory_urls=True)

    started = time.perf_counter()
    before = rebuild()
    sizes = sorted(len(text.encode()) for text in before.values())
    print(f"# {args.label} {'dated' if args.dated else 'undated'}, {args.size} articles")
    print(f"full build: {len(before)} pages, {sum(sizes) / 1e6:.1f} MB, mean {sum(sizes) / len(sizes) / 1e3:.1f} KB, "
          f"largest {sizes[-1] / 1e3:.0f} KB, largest actor page "
          f"{max(len(t.encode()) for p, t in before.items() if p.startswith('actors/') and p.count('/') == 1) / 1e3:.0f} KB "
          f"({time.perf_counter() - started:.0f} s)")
    overrides = project / "overrides.yml"
    first = sorted((project / "seeds").iterdir())[0]

    def headline():
        overrides.write_text(f"articles:\n  {first.name}:\n    headline: A corrected headline\n", encoding="utf-8")
        return lambda: overrides.write_text("", encoding="utf-8")

    def added(source: Path):
        def edit():
            target = project / "seeds" / source.name
            assert not target.exists(), f"{target} is already a seed"
            shutil.copyfile(source, target)
            return target.unlink
        return edit

    def paragraph():
        old = first.read_text(encoding="utf-8")
        first.write_text(old.rstrip("\n") + PARAGRAPH, encoding="utf-8")
        return lambda: first.write_text(old, encoding="utf-8")

    edits = [("override headline", headline), *((f"article added: {s.name}", added(s)) for s in args.added),
             ("paragraph added", paragraph)]
    for name, edit in edits:
        undo = edit()
        try:
            after = rebuild()
        finally:
            undo()
        changed = sorted(((len(after[p].encode()), p) for p in after if before.get(p) != after[p]), reverse=True)
        gone = [p for p in before if p not in after]
        print(f"{name}: {len(changed)} pages changed, {sum(s for s, _ in changed) / 1e3:,.0f} KB"
              f" ({len(gone)} pages gone); largest: "
              + ", ".join(f"{p} {s / 1e3:.0f} KB" for s, p in changed[:4]))
        by_folder: dict[str, int] = {}
        for _, path in changed:
            folder = path.split("/")[0] if "/" in path else path
            by_folder[folder] = by_folder.get(folder, 0) + 1
        print("    by folder: " + ", ".join(f"{f} {n}" for f, n in sorted(by_folder.items(), key=lambda kv: -kv[1])))
        rebuild()   # back to the state measured from, in the memo too


if __name__ == "__main__":
    main()
