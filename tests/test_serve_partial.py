"""`mkdocs serve --dirty`: after every kind of edit, the served site is a fresh build's.

MkDocs builds again only the pages whose content changed (see rebuild.py); these tests
edit the seeds and the overrides while a real server runs and compare the folder it
serves, file by file, with a fresh `mkdocs build` of the same inputs.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from test_plugin import ENV, free_port, run

BRIDGE = """Bridge in Lund to reopen in May

Workers on the old bridge in Lund, 3 March, 2026
Workers on the old bridge in Lund, 3 March, 2026 Copyright  Lund Council
Copyright Lund Council
By Maja Holm

Anna Berg, the mayor of Lund, said on Monday that the old bridge over the river would reopen to traffic in May, after two years of repairs.

"We have waited long enough, and so have the people who cross it every day," Berg told reporters at the town hall.

The Swedish Transport Administration said the repairs had cost 40 million kronor.
"""
COUNCIL = """Lund council approves bridge budget

The council of Lund voted on Tuesday to pay for the last repairs to the old bridge.

Erik Lind, who leads the opposition, said the town should have replaced the bridge instead.
"""
FERRY = """Ferry service to end when bridge reopens

The ferry that has carried people across the river in Lund will stop when the bridge reopens, Erik Lind said on Wednesday.

"The ferry kept this town together for two years, and nobody should forget it," Lind said.
"""
QUOTE = "\"We have waited long enough, and so have the people who cross it every day,\""


def overrides(text: str):
    return lambda folder: save(folder / "overrides.yml", text)


def seed(name: str, change):
    return lambda folder: save(folder / "seeds" / name, change((folder / "seeds" / name).read_text(encoding="utf-8")))


def save(path: Path, text: str) -> None:
    """In one step, as editors save: a file truncated, then written, is two changes. The
    text is written outside the project first: a scratch file in a watched folder is a
    change of its own, whose build may come before the save's and be counted for it."""
    project = next(folder for folder in path.parents if (folder / "mkdocs.yml").is_file())
    handle, scratch = tempfile.mkstemp(dir=project.parent, suffix=".saving")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(scratch, path)


# Each kind of change the page memo tells apart (tests/test_memo.py), made as a user makes it.
EDITS = {
    "nothing": seed("ferry.txt", lambda t: t),
    "rename an actor": overrides("actors:\n  Anna Berg:\n    name: Anna Berg-Lind\n"),
    "new alias, so article text links differently": overrides("actors:\n  Anna Berg:\n    aliases: [the mayor]\n"),
    "role in one article": overrides("actors:\n  Erik Lind:\n    roles: [opposition leader]\n"),
    "actor changes kind": overrides("actors:\n  Swedish Transport Administration:\n    kind: place\n"),
    "actor named in one more article": seed("ferry.txt", lambda t: t + "\nAnna Berg did not say when the ferry would stop.\n"),
    "new headline": overrides("articles:\n  ferry.txt:\n    headline: Ferry to stop in May\n"),
    "article loses its captions": seed("bridge.txt", lambda t: re.sub(r"Workers on the.*\n|Copyright.*\n", "", t)),
    "new date": overrides("articles:\n  council.txt:\n    published: 2026-03-01\n"),
    "paragraph edited": seed("council.txt", lambda t: t.replace("on Tuesday", "on Thursday")),
    "fact reported by one more article": seed("council.txt", lambda t: t + f"\n{QUOTE} Anna Berg said after the vote.\n"),
    "fact gets another speaker": lambda folder: save(folder / "overrides.yml", "facts:\n  {}:\n    speakers: [Anna Berg]\n"
                                                     .format(fact_saying(folder, "should have replaced"))),
    "actors merged": overrides("actors:\n  Erik Lind:\n    merge: [Anna Berg]\n"),
    "fact loses its date": seed("ferry.txt", lambda t: t.replace(" on Wednesday", "")),
    "article removed": lambda folder: (folder / "seeds" / "council.txt").unlink(),
    "article added": lambda folder: save(folder / "seeds" / "museum.txt", "Museum opens by the river\n\n"
                                         "Karin Dahl opened the new river museum in Lund on Friday.\n"),
    "actor added": seed("bridge.txt", lambda t: t + "\nOla Nyberg, an engineer, said the bridge was safe.\n"),
    "actor hidden": overrides("actors:\n  Erik Lind:\n    hide: true\n"),
    # What every page shows beside its content: the site's name, in mkdocs.yml.
    "the site renamed": lambda folder: save(folder / "mkdocs.yml", (folder / "mkdocs.yml").read_text(
        encoding="utf-8").replace("site_name: Dossier", "site_name: The bridge")),
    # A page the nav listed, unlisted: its page is no longer the nav's (see rebuild.KeptFiles).
    "a page no longer in the nav": lambda folder: save(folder / "mkdocs.yml", (folder / "mkdocs.yml").read_text(
        encoding="utf-8").replace("  - Who said what: said-about.md\n", "")),
    # Every page's address changes: the whole site is built again, no file is left where it
    # was, and no page of the last build is given again.
    "pages named as files": lambda folder: save(folder / "mkdocs.yml", "use_directory_urls: false\n"
                                                + (folder / "mkdocs.yml").read_text(encoding="utf-8")),
}


def fact_saying(folder: Path, words: str) -> str:
    """The id of the fact holding these words, from the last fresh build's dossier.json."""
    facts = json.loads((folder / "fresh" / "dossier.json").read_text(encoding="utf-8"))["facts"]
    return next(fact["id"] for fact in facts if words in fact["text"])


def project(tmp_path: Path, address: str, nav: bool = True) -> Path:
    folder = tmp_path / "project"
    (folder / "seeds").mkdir(parents=True)
    shutil.copytree(ROOT / "docs", folder / "docs")
    # The address the server gives every page, so that a build's canonical links are the same.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not nav:
        config = re.sub(r"\nnav:\n(?:  - .*\n)+", "\n", config)
    (folder / "mkdocs.yml").write_text(f"site_url: http://{address}/\n{config}", encoding="utf-8")
    for name, text in {"bridge.txt": BRIDGE, "council.txt": COUNCIL, "ferry.txt": FERRY}.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    return folder


class Server:
    """A real `mkdocs serve --dirty`, building into a folder the test can read."""

    def __init__(self, folder: Path, address: str, scratch: Path):
        scratch.mkdir()
        # MkDocs serves from a temporary folder it makes: made here, the test can read it.
        env = {**ENV, "TMPDIR": str(scratch)}
        self.process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", address],
                                        cwd=folder, env=env, text=True, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(iter(self.process.stderr.readline, "")),
                         daemon=True).start()
        self.scratch = scratch
        self.address = address

    def builds(self) -> int:
        # The first build, once serving has begun, then one "Reloading browsers" per rebuild.
        seen = list(self.lines)
        return any("Serving on" in line for line in seen) + sum("Reloading browsers" in line for line in seen)

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 60
        while self.builds() < count and time.monotonic() < deadline and self.process.poll() is None:
            time.sleep(0.1)
        assert self.builds() == count, "".join(self.lines)

    @property
    def site(self) -> Path:
        (folder,) = self.scratch.glob("mkdocs_*")
        return folder

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://{self.address}/{path}") as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(params=[True], ids=["nav"])
def serving(tmp_path, request):
    address = f"127.0.0.1:{free_port()}"
    folder = project(tmp_path, address, nav=request.param)
    server = Server(folder, address, tmp_path / "tmp")
    try:
        server.wait_for(1)
        yield folder, server
    finally:
        server.stop()


def files(site: Path) -> dict[str, bytes]:
    """Every file of a site, less what MkDocs stamps with the time of the build."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            content = path.read_bytes()
            if path.name == "sitemap.xml.gz":
                content = gzip.decompress(content)
            if path.name.startswith("sitemap.xml"):
                content = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", content)
            found[path.relative_to(site).as_posix()] = content
    return found


def fresh_build(folder: Path) -> dict[str, bytes]:
    shutil.rmtree(folder / "fresh", ignore_errors=True)
    result = run(folder, "-m", "mkdocs", "build", "-d", "fresh")
    assert result.returncode == 0, result.stderr
    return files(folder / "fresh")


def differences(served: dict[str, bytes], fresh: dict[str, bytes]) -> dict[str, list[str]]:
    return {"only served": sorted(set(served) - set(fresh)), "only built": sorted(set(fresh) - set(served)),
            "not the same": sorted(path for path in set(fresh) & set(served) if served[path] != fresh[path])}


def test_after_each_kind_of_edit_the_served_site_is_a_fresh_build(serving):
    folder, server = serving
    nothing = {"only served": [], "only built": [], "not the same": []}
    assert differences(files(server.site), fresh_build(folder)) == nothing
    for count, (name, edit) in enumerate(EDITS.items(), start=2):
        edit(folder)
        server.wait_for(count)
        assert (name, differences(files(server.site), fresh_build(folder))) == (name, nothing)


def test_each_edit_builds_again_only_the_pages_it_changed(serving):
    folder, server = serving
    before = {path: (server.site / path).stat().st_mtime_ns for path in files(server.site)}
    overrides("articles:\n  ferry.txt:\n    headline: Ferry to stop in May\n")(folder)
    server.wait_for(2)
    after = {path: (server.site / path).stat().st_mtime_ns for path in files(server.site)}
    written = {path for path in after if before.get(path) != after[path]}
    assert "articles/ferry-service-to-end-when-bridge-reopens/index.html" in written
    assert "articles/bridge-in-lund-to-reopen-in-may/index.html" not in written
    assert "actors/anna-berg/index.html" not in written
    assert len(written) < len(after) / 2


def search(server: Server, word: str) -> set[str]:
    index = json.loads(server.get("search/search_index.json"))
    return {doc["location"] for doc in index["docs"] if word in doc["text"] or word in doc["title"]}


def test_the_search_index_finds_what_an_edit_added_and_not_what_it_removed(serving):
    folder, server = serving
    assert search(server, "kronor") and not search(server, "crowns")
    seed("bridge.txt", lambda t: t.replace("kronor", "crowns"))(folder)
    server.wait_for(2)
    assert not search(server, "kronor")
    assert {location.split("#")[0] for location in search(server, "crowns")} >= {"articles/bridge-in-lund-to-reopen-in-may/"}
    # Pages the edit did not touch keep their entries.
    assert search(server, "ferry kept this town together")


@pytest.mark.parametrize("serving", [False], ids=["the nav MkDocs makes"], indirect=True)
def test_with_a_nav_that_lists_every_page_an_edit_builds_the_whole_site(serving):
    # Each page's nav then holds every other page's title: any edit may change every page.
    folder, server = serving
    overrides("articles:\n  ferry.txt:\n    headline: Ferry to stop in May\n")(folder)
    server.wait_for(2)
    nothing = {"only served": [], "only built": [], "not the same": []}
    assert differences(files(server.site), fresh_build(folder)) == nothing
    assert "Ferry to stop in May" in server.get("articles/bridge-in-lund-to-reopen-in-may/")
