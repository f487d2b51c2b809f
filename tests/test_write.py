"""Writing pages to disk: only inside the folder, never over or in place of what a person wrote."""

from __future__ import annotations

import os

import pytest

from dossier.model import DossierError
from dossier.write import MANIFEST, read_manifest, write_pages

PAGES = {"index.md": "# Home\n", "articles/a.md": "# A\n", "actors/x.md": "# X\n"}


def tree(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_writes_pages_and_manifest(tmp_path):
    assert write_pages(PAGES, tmp_path) == 3
    assert {p: tree(tmp_path)[p].decode() for p in PAGES} == PAGES
    assert set(read_manifest(tmp_path)) == set(PAGES)
    assert write_pages(PAGES, tmp_path) == 0          # nothing changed, nothing rewritten


def test_removes_only_its_own_stale_pages(tmp_path):
    (tmp_path / "mine.md").write_text("my notes\n")
    write_pages(PAGES, tmp_path)
    assert write_pages({"index.md": "# Home\n"}, tmp_path) == 2
    assert sorted(tree(tmp_path)) == [MANIFEST, "index.md", "mine.md"]


def test_hand_written_page_in_the_way_is_an_error(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("my notes\n")
    before = tree(tmp_path)
    with pytest.raises(DossierError) as error:
        write_pages(PAGES, tmp_path)
    assert str(error.value) == (
        f"{tmp_path}/articles/a.md: a hand-written page is in the way of the generated page 'articles/a.md'\n"
        "  hint: rename or move the hand-written page; the dossier never replaces it")
    assert tree(tmp_path) == before                    # nothing written at all


@pytest.mark.parametrize("pages_next", [PAGES, {"index.md": "# Home\n"}])
def test_page_edited_since_written_is_kept(tmp_path, pages_next):
    write_pages(PAGES, tmp_path)
    (tmp_path / "actors" / "x.md").write_text("# X, with my notes\n")
    with pytest.raises(DossierError) as error:
        write_pages(pages_next, tmp_path)
    assert str(error.value) == (
        f"{tmp_path}/actors/x.md: changed since `dossier build` wrote it\n"
        "  hint: keep your own text in a page of your own; delete this file to let `dossier build` write it again")
    assert (tmp_path / "actors" / "x.md").read_text() == "# X, with my notes\n"


@pytest.mark.parametrize("path", ["../escape.md", "/tmp/abs.md", "a/../../escape.md", "a\\..\\b.md", "C:x.md", ""])
def test_never_writes_outside_the_folder(tmp_path, path):
    out = tmp_path / "out"
    with pytest.raises(DossierError) as error:
        write_pages({path: "x"}, out)
    assert "refusing to write outside" in str(error.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out"]


def test_never_writes_through_a_link_out_of_the_folder(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "articles")
    with pytest.raises(DossierError):
        write_pages(PAGES, tmp_path / "out")
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_forged_manifest_deletes_nothing_outside(tmp_path):
    (tmp_path / "keep.md").write_text("keep\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text("x  ../keep.md\n")
    write_pages(PAGES, out)
    assert (tmp_path / "keep.md").read_text() == "keep\n"
