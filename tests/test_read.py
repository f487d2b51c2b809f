"""The reader: every file decoded to clean text, or a warning that names it and says why."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import read
from dossier.read import ReadMemo, decode, read_seeds

TEXT = "Café owners in Zürich said on Monday – “rents doubled”."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    TEXT.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32-bom", "cp1252"])
def test_decode_gives_the_same_text_whatever_the_encoding(data):
    assert decode(data) == (TEXT, "")


@pytest.mark.parametrize("page, encoding", [
    ('<html><head><meta charset="shift_jis"></head><body><p>東京の天気は晴れです。</p></body></html>',
     "shift_jis"),
    ('<?xml version="1.0" encoding="koi8-r"?><p>Погода в Москве</p>', "koi8-r"),
])
def test_decode_follows_the_charset_a_page_declares(page, encoding):
    assert decode(page.encode(encoding)) == (page, "")


def test_decode_repairs_mojibake():
    text = "Café owners in Zürich said it’s over – for now."
    garbled = text.encode("utf-8").decode("cp1252")            # UTF-8 once read as Windows-1252
    assert decode(garbled.encode("utf-8")) == (text, "")


@pytest.mark.parametrize("raw, clean", [
    ("a\u00a0b", "a b"),                       # non-breaking space
    ("a\r\nb\rc", "a\nb\nc"),                  # Windows and old Mac line ends
    ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
    # Marks that set the text's direction, as embedded posts print them before a quotation.
    ("\u202a\u201dNot today,\u201d she wrote.\u202c", "\u201dNot today,\u201d she wrote."),
    ("\u200eLeft\u200f and \u2066right\u2069", "Left and right"),
    ("\u202b\u202d\u202eturned\u061c", "turned"),
])
def test_decode_cleans_spaces_and_line_ends(raw, clean):
    assert decode(raw.encode("utf-8")) == (clean, "")


@pytest.mark.parametrize("data, why", [
    (b"", "the file is empty"),
    (b"  \n\t\n", "the file is empty"),
    (bytes(range(256)) * 20, "a binary file, not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "a binary file, not text"),
    (bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0e, 0x0f]) * 50,
     "unreadable: the bytes are not text in any encoding tried (UTF-8, UTF-16, Windows-1252)"),
])
def test_decode_refuses_what_is_not_text(data, why):
    assert decode(data) == (None, why)


def test_a_bad_file_is_a_warning_and_the_others_are_read(tmp_path):
    (tmp_path / "good.txt").write_text("Headline\n\nA paragraph of text.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    documents, problems = read_seeds(tmp_path)
    assert [d.source for d in documents] == ["good.txt"]
    assert [str(p) for p in problems] == [
        "empty.txt: skipped: the file is empty",
        "image.html: skipped: a binary file, not text\n  hint: save the page again as text (UTF-8) or HTML",
        "notes.pdf: skipped: not an article file (.pdf)\n  hint: articles are .txt, .html, .htm or .md files",
    ]
    assert (tmp_path / "empty.txt").exists() and (tmp_path / "image.html").exists()


def test_a_file_too_large_is_skipped_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 1024 * 1024)
    (tmp_path / "dump.txt").write_bytes(b"word " * 300_000)
    documents, problems = read_seeds(tmp_path)
    assert documents == ()
    assert str(problems[0]) == (
        "dump.txt: skipped: 1.4 MB is too large for an article\n"
        "  hint: articles up to 1 MB are read; save the article alone rather than a whole archive")


def test_hidden_files_are_ignored(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "a.md").write_text("# Title\n\nText here.\n", encoding="utf-8")
    documents, problems = read_seeds(tmp_path)
    assert [d.source for d in documents] == ["a.md"] and problems == ()


def seed_folder(folder, files: dict[str, bytes]):
    """The folder holding exactly these files."""
    for path in folder.rglob("*"):
        if path.is_file() and path.relative_to(folder).as_posix() not in files:
            path.unlink()
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if not (folder / name).exists() or (folder / name).read_bytes() != data:
            (folder / name).write_bytes(data)
    return folder


SEEDS = {"a.txt": b"Alpha\n\nThe first article.\n", "b/c.md": b"# Gamma\n\nThe third one.\n",
         "notes.pdf": b"%PDF-1.4", "empty.txt": b""}


@pytest.mark.parametrize("edit", [
    lambda folder: (folder / "a.txt").unlink(),
    lambda folder: (folder / "a.txt").rename(folder / "z.txt"),
    lambda folder: (folder / "b" / "d.md").write_bytes(b"# Delta\n\nA new one.\n"),
    lambda folder: (folder / "empty.txt").write_bytes(b"Now it has text.\n"),
    lambda folder: (folder / "b" / "c.md").write_bytes(b"# Gamma\n\nThe third one, longer.\n"),
], ids=["delete", "rename", "add", "fill-empty", "edit"])
def test_a_read_with_a_memo_sees_every_change_to_the_folder(tmp_path, edit):
    folder = seed_folder(tmp_path, SEEDS)
    memo = ReadMemo(recent_ns=0)
    read_seeds(folder, memo)
    edit(folder)
    documents, problems = read_seeds(folder, memo)
    assert (documents, problems) == read_seeds(folder)
    assert set(memo.files) == {d.source for d in documents} | {p.path for p in problems}    # the gone forgotten


def test_an_edit_that_keeps_size_and_modification_time_is_seen(tmp_path):
    folder = seed_folder(tmp_path, SEEDS)
    memo = ReadMemo(recent_ns=0)
    before = (folder / "a.txt").stat()
    read_seeds(folder, memo)
    (folder / "a.txt").write_bytes(SEEDS["a.txt"].replace(b"first", b"fifth"))
    os.utime(folder / "a.txt", ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (folder / "a.txt").stat().st_size == before.st_size
    documents, _ = read_seeds(folder, memo)
    assert "The fifth article." in documents[0].text and memo.read_anew == ["a.txt"]


def test_pin_a_read_with_a_memo_reads_only_what_changed(tmp_path):
    """Pins an implementation detail, no behaviour: which files the memo reads again and that it
    keeps the others' documents. That a read sees every change is test_a_read_with_a_memo_sees_every_change_to_the_folder's."""
    folder = seed_folder(tmp_path, SEEDS)
    memo = ReadMemo(recent_ns=0)
    first = read_seeds(folder, memo)
    assert sorted(memo.read_anew) == sorted(SEEDS)
    (folder / "a.txt").write_bytes(b"Alpha\n\nThe first article, corrected.\n")
    second = read_seeds(folder, memo)
    assert memo.read_anew == ["a.txt"]
    assert second[0][1] is first[0][1] and second[1] == first[1]     # b/c.md reused, problems kept


def test_a_file_changed_just_before_it_was_read_is_read_again(tmp_path):
    # Another write within the same tick of the file system's clock would leave the same stamp.
    folder = seed_folder(tmp_path, {"a.txt": SEEDS["a.txt"]})
    memo = ReadMemo()
    read_seeds(folder, memo)
    read_seeds(folder, memo)
    assert memo.read_anew == ["a.txt"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_decode_to_text_or_say_why_not(data):
    text, why = decode(data)
    assert (text is None) == bool(why)
    assert text is None or "\r" not in text
