"""Count a dossier's quotes and claims that have no speaker, by the reason its export gives.

Usage:
    python bench/unattributed.py EXPORT.json [EXPORT.json ...]
    python bench/unattributed.py --story clinton-emails

The first form reads exports you already have (`python -m dossier export SEEDS
--output EXPORT.json`); the second builds the story's seeds folder as
`bench/across.py --story` does and exports it with this checkout's own code.

For each export: the quotes, those with no speaker, and of those the ones whose
sentence names no one (`speaker_note` "no speaker named in the sentence"), so
that the share of quotes with no speaker where the article names one can be
read off; then the claims and those with no speaker; then the reasons.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from across import SCALE, build_story  # noqa: E402

NAMES_NO_ONE = "no speaker named in the sentence"


def count(path: Path) -> dict:
    """The counts of one export."""
    facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
    quotes = [f for f in facts if f["kind"] == "quote"]
    claims = [f for f in facts if f["kind"] == "claim"]
    bare_quotes = [f for f in quotes if not f["speakers"]]
    named_no_one = sum(f.get("speaker_note") == NAMES_NO_ONE for f in bare_quotes)
    return {
        "quotes": len(quotes),
        "quotes without speaker": len(bare_quotes),
        "of which the sentence names no one": named_no_one,
        "claims": len(claims),
        "claims without speaker": sum(not f["speakers"] for f in claims),
        "reasons": Counter(f.get("speaker_note") or "(none given)"
                           for f in facts if f["kind"] in ("quote", "claim") and not f["speakers"]),
    }


def report(name: str, counts: dict) -> str:
    """The counts as lines a reader can paste into QUALITY.md."""
    quotes, bare, no_one = counts["quotes"], counts["quotes without speaker"], counts["of which the sentence names no one"]
    named = quotes - no_one
    lines = [f"{name}:",
             f"  quotes {quotes}, without speaker {bare} ({bare / max(quotes, 1):.1%}), "
             f"of which the sentence names no one {no_one}",
             f"  where the sentence names someone: {bare - no_one} of {named} ({(bare - no_one) / max(named, 1):.1%})",
             f"  claims {counts['claims']}, without speaker {counts['claims without speaker']} "
             f"({counts['claims without speaker'] / max(counts['claims'], 1):.1%})",
             "  reasons:"]
    lines += [f"    {n:5d}  {reason}" for reason, n in counts["reasons"].most_common()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("exports", type=Path, nargs="*", help="dossier JSON exports")
    parser.add_argument("--story", help="a story under bench/stories, exported with this checkout")
    parser.add_argument("--corpus", type=Path, default=SCALE, help="the scale corpus's articles folder")
    args = parser.parse_args()
    if not args.exports and not args.story:
        parser.error("give exports or --story")
    for path in args.exports:
        print(report(str(path), count(path)))
    if args.story:
        with tempfile.TemporaryDirectory() as work:
            print(report(args.story, count(build_story(args.story, args.corpus, Path(work)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
