"""A failed or stopped `mkdocs build` leaves the site built before it whole."""

from __future__ import annotations

from test_plugin import mkdocs_build, project, snapshot


def test_a_failed_build_leaves_the_last_site(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder).returncode == 0
    before = snapshot(folder / "site")
    assert "index.html" in before
    (folder / "overrides.yml").write_text("actors:\n  Nobody At All:\n    hide: true\n", encoding="utf-8")
    failed = mkdocs_build(folder)
    assert failed.returncode != 0
    assert "Nobody At All" in failed.stderr
    assert snapshot(folder / "site") == before


def test_a_good_build_replaces_the_site_and_leaves_no_scratch_folder(tmp_path):
    folder = project(tmp_path)
    assert mkdocs_build(folder).returncode == 0
    stale = folder / "site" / "stale.html"
    stale.write_text("from an earlier build", encoding="utf-8")
    assert mkdocs_build(folder).returncode == 0
    assert not stale.exists()
    assert (folder / "site" / "index.html").is_file()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".site")) == []


def test_a_build_through_the_mkdocs_api_puts_the_site_in_place(tmp_path, monkeypatch):
    # No startup or shutdown events, as a program calling MkDocs' build() may send.
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    folder = project(tmp_path)
    monkeypatch.chdir(folder)
    build(load_config(str(folder / "mkdocs.yml"), site_dir=str(folder / "site")))
    assert (folder / "site" / "index.html").is_file()
    assert (folder / "site" / "dossier.json").is_file()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".site")) == []
