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
