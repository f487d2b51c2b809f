"""Progress: told once the work has run a while, then now and then; a short build says nothing."""

from __future__ import annotations

import logging

import pytest

from dossier.progress import Progress


@pytest.mark.parametrize("calls, expected", [
    # A build done within two seconds says nothing.
    ([(0.0, "reading the seeds", None, None), (1.9, "extracting {done}/{total} articles", 5, 9)], []),
    # Past two seconds: said, then the same stage again only two seconds later.
    ([(2.0, "extracting {done}/{total} articles", 5, 90), (3.9, "extracting {done}/{total} articles", 60, 90),
      (4.0, "extracting {done}/{total} articles", 61, 90)],
     ["extracting 5/90 articles", "extracting 61/90 articles"]),
    # A new stage is said half a second after the last word; one a moment long is not.
    ([(2.0, "extracting {done}/{total} articles", 90, 90), (2.1, "resolving the actors and facts", None, None),
      (2.5, "rendering the lists", None, None)],
     ["extracting 90/90 articles", "rendering the lists"]),
])
def test_progress_is_told_after_two_seconds_and_then_now_and_then(calls, expected):
    told, now = [], [0.0]
    progress = Progress(told.append, clock=lambda: now[0])
    for at, stage, done, total in calls:
        now[0] = at
        progress(stage, done, total)
    assert told == expected


def test_a_long_build_says_what_it_is_doing_and_a_quiet_one_does_not(tmp_path, monkeypatch, caplog):
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from conftest import ROOT
    import dossier.progress
    for pause in ("SAY_AFTER", "SAY_EVERY", "SAY_NEW_STAGE_AFTER"):     # every step told
        monkeypatch.setattr(dossier.progress, pause, 0.0)
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds").mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (tmp_path / "seeds" / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nplugins:\n  - dossier\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        mkdocs_build(load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    said = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.dossier"]
    pages = len(list((tmp_path / "site").rglob("*.html"))) - 1      # 404.html is no page
    assert said == ["reading the seeds", "extracting 1/1 articles", "resolving the actors and facts of 1 articles",
                    "rendering the lists", "rendering the pages of articles: 1/1",
                    *(f"rendering the pages of actors: {n}/{len(said) - 5 - 2 * pages}"
                      for n in range(1, len(said) - 4 - 2 * pages)),
                    *(f"MkDocs: reading {n}/{pages} pages" for n in range(1, pages + 1)),
                    *(f"MkDocs: writing {n}/{pages} pages" for n in range(1, pages + 1))]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        mkdocs_build(load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert [r for r in caplog.records if r.name == "mkdocs.plugins.dossier"] == []
