"""Score the dossier's export on the evaluation corpora and write bench/QUALITY.md.

Usage: python bench/quality.py [--eval DIR] [--corpus NAME ...]

--eval is the evaluation kit (default: ../shared/eval beside the repository): its
score.py runs `python -m dossier export` on each corpus and compares the export
with the corpus's gold. The tables it prints are copied into QUALITY.md with
the date and the machine.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ACROSS = "## Actors across a story"
# Sections written by hand from the scorer's figures, kept as they are by a new run.
SPEAKERS = "## Who said it"
# The large sets first: a rule earns its place there (an 84- or 8-article set swings by a tenth).
CORPORA = ("polnear-train", "conll-dev", "gum-more-dev", "seed", "polnear-dev", "gum-dev", "pages-dev",
           "pages-dev-html")


def main() -> int:
    """Run the scorer on each corpus, print its tables and keep them in QUALITY.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=REPO.parent / "shared" / "eval",
                        help="the evaluation kit folder (holds score.py and corpora/)")
    parser.add_argument("--corpus", action="append", help=f"corpus to score (default: {', '.join(CORPORA)})")
    parser.add_argument("--output", type=Path, default=REPO / "bench" / "QUALITY.md")
    args = parser.parse_args()
    score = args.eval / "score.py"
    if not score.is_file():
        print(f"{score}: no scorer here", file=sys.stderr)
        print("  hint: pass --eval with the evaluation kit's folder", file=sys.stderr)
        return 2
    command = f"{sys.executable} -m dossier export --no-cache {{articles}} --output {{json}}"
    sections = []
    for name in args.corpus or CORPORA:
        corpus = args.eval / "corpora" / name
        run = subprocess.run([sys.executable, str(score), "--corpus", str(corpus), "--cmd", command],
                             cwd=REPO, capture_output=True, text=True)
        output = (run.stdout + run.stderr).strip()
        print(output, flush=True)
        sections.append(f"## {name}\n\n```\n{output}\n```\n")
    machine = f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True).stdout.strip()
    head = (f"# Extraction quality\n\nMeasured {datetime.date.today()} at commit {commit or 'unknown'} "
            f"on {machine} with `python bench/quality.py`.\nPeers' figures on the same corpora: "
            f"the evaluation kit's results.md.\n\n")
    text = head + "\n".join(sections)
    # The section on speakers and bench/across.py's own section close the file; a new run of
    # this script leaves them be.
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    kept = [old.index(heading) for heading in (SPEAKERS, ACROSS) if heading in old]
    if kept:
        text = text.rstrip("\n") + "\n\n" + old[min(kept):]
    args.output.write_text(re.sub(r"/[^\s]*/(shared/eval)", r"\1", text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
