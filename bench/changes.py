"""The one-change edits the incremental benchmark makes: an override, a new article, a changed article."""

from __future__ import annotations

import shutil

import corpus


# One change of each kind; `tag` makes every change new, so none is a no-op.
def edit_override(project: corpus.Project, articles: corpus.Corpus, tag: str) -> None:
    """Correct one article's headline in overrides.yml."""
    first = sorted(p.name for p in (project.folder / "seeds").iterdir())[0]
    (project.folder / "overrides.yml").write_text(
        f"articles:\n  {first}:\n    headline: Corrected headline {tag}\n", encoding="utf-8")


def add_article(project: corpus.Project, articles: corpus.Corpus, tag: str) -> None:
    """Drop one more article into the seeds."""
    original = articles.files[len(articles.files) // 2]
    shutil.copyfile(original, project.folder / "seeds" / f"added-{tag}-{original.name}")


def change_article(project: corpus.Project, articles: corpus.Corpus, tag: str) -> None:
    """Add a paragraph to one article."""
    names = sorted(p.name for p in (project.folder / "seeds").iterdir())
    with (project.folder / "seeds" / names[len(names) // 3]).open("a", encoding="utf-8") as fh:
        fh.write(f"\n\nUpdate {tag}: officials said on Friday that the review would be published in June.\n")


CHANGES = {"edit one override": edit_override, "add one article": add_article,
           "change one article": change_article}
