"""The gazetteer's shipped table: in step with the libraries it is built from, read back whole."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata

import pytest

from conftest import ROOT
from dossier.gazetteer import (DATA_LIBRARIES, TABLE, Gazetteer, Place, build_gazetteer, inputs_digest,
                               read_table, write_table)


def test_shipped_table_is_what_the_libraries_give():
    try:
        installed = {library: metadata.version(library) for library in DATA_LIBRARIES}
    except metadata.PackageNotFoundError:
        pytest.skip("the gazetteer's libraries are not installed: pip install -e '.[gazetteer]'")
    header = TABLE.read_text(encoding="utf-8")[:1000]
    assert all(f"{library} {version}" in header for library, version in installed.items()), (
        f"{TABLE} was made with other versions of {', '.join(DATA_LIBRARIES)} than the gazetteer extra's")
    shipped = read_table(TABLE, inputs_digest())
    assert shipped is not None, f"{TABLE} was built from other code or word lists; run `python -m dossier.gazetteer`"
    assert shipped == build_gazetteer(), f"{TABLE} is out of date; run `python -m dossier.gazetteer`"


def test_gazetteer_extra_pins_the_versions_the_table_was_made_with():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"]["gazetteer"]
    made_with = re.findall(r"(\S+) (\d\S*)", TABLE.read_text(encoding="utf-8").partition("\n")[0])
    assert sorted(extra) == sorted(f"{name}=={version}" for name, version in made_with)


def test_the_gazetteer_needs_none_of_the_libraries_it_is_made_from():
    # As where the gazetteer extra is not installed: importing either library fails.
    blocked = "; ".join(f"sys.modules[{library!r}] = None" for library in DATA_LIBRARIES)
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; {blocked}\nfrom dossier.gazetteer import gazetteer\n"
                               "print(gazetteer().country_of('Ukrainian'))"],
        cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "Ukraine\n"), result.stderr


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


@pytest.mark.parametrize("version", ["0.0.1", None])
@pytest.mark.parametrize("library", DATA_LIBRARIES)
def test_the_shipped_table_is_read_whatever_version_of_a_library_is_installed(monkeypatch, library, version):
    installed = metadata.version

    def version_of(name: str) -> str:
        if name != library:
            return installed(name)
        if version is None:
            raise metadata.PackageNotFoundError(name)
        return version

    monkeypatch.setattr(metadata, "version", version_of)
    assert read_table(TABLE, inputs_digest()) is not None


@pytest.mark.parametrize("library", DATA_LIBRARIES)
def test_making_the_table_without_its_libraries_says_how_to_install_them(monkeypatch, library):
    monkeypatch.setitem(sys.modules, library, None)
    with pytest.raises(RuntimeError, match=re.escape("hint: pip install -e '.[gazetteer]' && python -m dossier.gazetteer")):
        build_gazetteer()
