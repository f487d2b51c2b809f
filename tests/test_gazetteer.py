"""The gazetteer's shipped table: in step with the libraries it is built from, read back whole."""

from __future__ import annotations

import pytest

from importlib import metadata

from dossier.gazetteer import (DATA_LIBRARIES, TABLE, Gazetteer, Place, build_gazetteer, gazetteer, inputs_digest,
                               read_table, write_table)


def test_shipped_table_is_what_the_libraries_give():
    shipped = read_table(TABLE, inputs_digest())
    if shipped is None and any(f"{library} {metadata.version(library)}" not in TABLE.read_text(encoding="utf-8")[:1000]
                               for library in DATA_LIBRARIES):
        # Other versions of the libraries than the table was made from: it is not read, and
        # the gazetteer is built from the libraries as they are.
        assert gazetteer.__wrapped__() == build_gazetteer()
        pytest.skip(f"{TABLE} was made with other versions of {', '.join(DATA_LIBRARIES)}; "
                    "run `python -m dossier.gazetteer` to make it again")
    assert shipped is not None, f"{TABLE} was built from other code or word lists; run `python -m dossier.gazetteer`"
    assert shipped == build_gazetteer(), f"{TABLE} is out of date; run `python -m dossier.gazetteer`"


SMALL = Gazetteer({"sao paulo": Place("São Paulo", 12_000_000), "france": Place("France", 68_000_000, country=True),
                   "us": Place("United States", 330_000_000, country=True)},
                  {"aarhus": Place("Aarhus", 20_000)},
                  {"French": "France", "Kiwi": "New Zealand"})


def test_table_reads_back_as_written(tmp_path):
    write_table(SMALL, tmp_path / "table.tsv")
    assert read_table(tmp_path / "table.tsv", inputs_digest()) == SMALL


@pytest.mark.parametrize("name", ["Tab\there", "New\nline", "Carriage\rreturn", "#hash", "[section]"])
def test_names_the_table_cannot_hold_are_refused(tmp_path, name):
    gaz = Gazetteer({name.casefold(): Place(name, 1)}, {}, {})
    with pytest.raises(ValueError, match="cannot hold"):
        write_table(gaz, tmp_path / "table.tsv")


@pytest.mark.parametrize("digest, found", [("other", False), (None, True)])
def test_table_from_other_inputs_is_not_read(tmp_path, digest, found):
    write_table(SMALL, tmp_path / "table.tsv")
    assert (read_table(tmp_path / "table.tsv", digest or inputs_digest()) is not None) == found


def test_missing_table_is_not_read(tmp_path):
    assert read_table(tmp_path / "absent.tsv", inputs_digest()) is None


@pytest.mark.parametrize("library", DATA_LIBRARIES)
def test_a_table_made_with_another_version_of_a_library_is_not_read(monkeypatch, library):
    installed = metadata.version
    monkeypatch.setattr("dossier.gazetteer.metadata.version",
                        lambda name: "0.0.1" if name == library else installed(name))
    assert read_table(TABLE, inputs_digest()) is None
