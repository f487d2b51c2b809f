"""The overrides.yml the repository ships: clean on the seeds, and every example in it valid."""

from __future__ import annotations

import re
from pathlib import Path

from dossier.cli import main
from dossier.model import Actor, Article, Caption, Dossier, Fact, Paragraph
from dossier.overrides import apply_overrides, load_overrides

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "overrides.yml"
SEED = "000_3aff05af11736729.txt"

EXAMPLE_LINE = re.compile(r"^#(?=\S|  )", re.MULTILINE)
"""An example line: '#' with no space after it, or with the spaces of its YAML indentation."""

# Everything the examples name, made up, so the examples are checked against a dossier
# that has it all whatever extraction makes of the seeds.
NAMED = Dossier(
    articles=(
        Article("drones", SEED, "Drones over the border",
                paragraphs=(Paragraph(1, "Fedorov said Russian drones were using internet from Starlink satellites."),
                            Paragraph(2, "Zelenskyy thanked Florence for the help.")),
                captions=(Caption("People stand near a crater in a field"), Caption("A satellite dish on a roof"))),
        Article("newsletter", "2026-02-01-newsletter.html", "This week's letters"),
        Article("fashion-week", "2026-02-11-fashion-week.txt", "Fashion week opens",
                paragraphs=(Paragraph(1, "Florence showed a new collection."),)),
    ),
    actors=(
        Actor("mykhailo-fedorov", "Mykhailo Fedorov", "person", aliases=("Fedorov",), articles=("drones",)),
        Actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person", articles=("drones",)),
        Actor("vladimir-putin", "Vladimir Putin", "person", articles=("drones",)),
        Actor("president-putin", "President Putin", "person", articles=("drones",)),
        Actor("donald-trump", "Donald Trump", "person", articles=("drones",)),
        Actor("florence", "Florence", "place", articles=("drones", "fashion-week")),
        Actor("share-comments", "Share Comments", "other", articles=("drones",)),
    ),
    facts=(
        Fact("f-846b1a5402", "drones", 1, "claim", "Russian drones were using internet"),
        Fact("f-f86902799f", "drones", 1, "quote", "from Starlink satellites"),
        Fact("f-dce2414772", "drones", 2, "claim", "Zelenskyy thanked Florence"),
    ),
)


def test_the_shipped_overrides_leave_the_seeds_without_a_problem(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(ROOT / "seeds"), "--overrides", str(SHIPPED), "--no-cache"]) == 0
    assert capsys.readouterr().err == "no problems\n"


def test_the_shipped_overrides_set_the_seed_publisher():
    overrides, problems = load_overrides(SHIPPED)
    dossier, applied = apply_overrides(NAMED, overrides)
    assert (problems, applied) == ((), ())
    assert dossier.articles[0].publisher == "Euronews"


def test_every_example_in_the_shipped_overrides_applies_without_a_problem(tmp_path):
    examples = tmp_path / "overrides.yml"
    examples.write_text(EXAMPLE_LINE.sub("", SHIPPED.read_text(encoding="utf-8")), encoding="utf-8")
    overrides, problems = load_overrides(examples)
    dossier, applied = apply_overrides(NAMED, overrides)
    assert (problems, applied) == ((), ())
    assert [a.id for a in dossier.articles] == ["drones", "fashion-week"]
    assert {a.name for a in dossier.actors} >= {"Mykhailo Fedorov", "Florence Dubois"}
    assert "Share Comments" not in {a.name for a in dossier.actors}
    assert "Russian drones were using internet from Starlink satellites" in {f.text for f in dossier.facts}


def test_every_kind_of_correction_has_an_example_in_the_shipped_overrides():
    uncommented = EXAMPLE_LINE.sub("", SHIPPED.read_text(encoding="utf-8"))
    keys = set(re.findall(r"^\s*-?\s*(\w+):", uncommented, re.MULTILINE))
    assert keys >= {"articles", "actors", "facts", "add_facts", "headline", "authors", "publisher", "published",
                    "summary", "captions", "credit", "place", "date", "hide", "name", "kind", "roles",
                    "affiliations", "description", "links", "aliases", "merge", "split", "speakers", "mentions", "text"}


def test_the_cli_takes_the_overrides_beside_the_articles_not_those_of_the_folder_it_runs_in(tmp_path, monkeypatch, capsys):
    story = tmp_path / "story"
    (story / "seeds").mkdir(parents=True)
    (story / "seeds" / "harbour.txt").write_text(
        "Harbour reopens after the storm\n\nThe harbour at Lund reopened on Monday, the port authority said.\n",
        encoding="utf-8")
    (story / "overrides.yml").write_text("articles:\n  harbour.txt:\n    publisher: The Daily Ledger\n",
                                         encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # A file of the folder the command runs in names an article this dossier lacks: read, it is an error.
    (elsewhere / "overrides.yml").write_text("articles:\n  missing.txt:\n    publisher: Nobody\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    out = tmp_path / "dossier.json"
    assert main(["export", str(story / "seeds"), "--no-cache", "--output", str(out)]) == 0
    assert '"publisher": "The Daily Ledger"' in out.read_text(encoding="utf-8")
