"""Exports for other tools, each read back with the library that defines its format and
held against dossier.json: CSV (csv), GraphML (networkx), FollowTheMoney (followthemoney)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import networkx
import pytest
from followthemoney import model

from conftest import handmade_dossier
from dossier.cli import main
from dossier.export import ExportMemo, export_json
from dossier.export_formats import FORMATS, export_csv, export_files, export_ftm, export_graphml, site_exports
from dossier.pipeline import build
from dossier.render import render

DOSSIER = handmade_dossier(hostile=True)
EXPORTED = json.loads(export_json(DOSSIER))
SEED = "Harbour plan wins council vote\n\nThe city council approved the plan, Mayor Ada Kowalski told Port Authority officials.\n"


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def ids(cell: str) -> list[str]:
    return cell.split("; ") if cell else []


def test_the_csv_tables_hold_what_dossier_json_holds():
    tables = {name: rows(text) for name, text in export_csv(DOSSIER).items()}
    assert [(r["id"], r["headline"], ids(r["authors"]), r["publisher"] or None, r["published"] or None)
            for r in tables["articles.csv"]] == \
        [(a["id"], a["headline"], a["authors"], a["publisher"], a["published"]) for a in EXPORTED["articles"]]
    assert [(r["id"], r["name"], r["kind"], ids(r["aliases"]), ids(r["roles"]), ids(r["articles"]),
             int(r["article_count"])) for r in tables["actors.csv"]] == \
        [(a["id"], a["name"], a["kind"], a["aliases"], a["roles"], a["articles"], len(a["articles"]))
         for a in EXPORTED["actors"]]
    assert [(r["id"], r["article"], int(r["paragraph"]), r["kind"], r["text"], ids(r["speakers"]),
             ids(r["mentions"]), r["date"] or None, r["citation"]) for r in tables["facts.csv"]] == \
        [(f["id"], f["article"], f["paragraph"], f["kind"], f["text"], f["speakers"], f["mentions"], f["date"],
          f["citation"]) for f in EXPORTED["facts"]]


def test_the_csv_tables_join_by_their_ids():
    tables = {name: rows(text) for name, text in export_csv(DOSSIER).items()}
    articles = {r["id"] for r in tables["articles.csv"]}
    actors = {r["id"] for r in tables["actors.csv"]}
    assert {r["article"] for r in tables["facts.csv"]} <= articles
    assert {i for r in tables["facts.csv"] for i in ids(r["speakers"]) + ids(r["mentions"])} <= actors
    assert {i for r in tables["actors.csv"] for i in ids(r["articles"])} <= articles


def test_the_graphml_network_has_every_actor_and_an_edge_per_pair_a_fact_names():
    graph = networkx.read_graphml(io.BytesIO(export_graphml(DOSSIER).encode("utf-8")))
    assert {node: (data["label"], data["kind"], data["articles"]) for node, data in graph.nodes(data=True)} == \
        {a["id"]: (a["name"], a["kind"], len(a["articles"])) for a in EXPORTED["actors"]}
    expected: dict[frozenset, int] = {}
    for fact in EXPORTED["facts"]:
        named = sorted(set(fact["speakers"] + fact["mentions"]))
        for i, first in enumerate(named):
            for second in named[i + 1:]:
                expected[frozenset((first, second))] = expected.get(frozenset((first, second)), 0) + 1
    assert {frozenset((a, b)): data["weight"] for a, b, data in graph.edges(data=True)} == expected
    assert expected, "the hand-made dossier names two actors in one fact"
    edge = graph.edges["olena-koval", "coastal-monitoring-agency"]
    assert edge["articles"] == "grid-attacks-continue"


def followthemoney_entity(data: dict):
    """The entity as followthemoney reads it, checked: an unknown schema or property raises,
    and a value its type cannot hold (a date that is none) would be cleaned away."""
    proxy = model.make_entity(data["schema"])
    proxy.id = data["id"]
    for name, values in data["properties"].items():
        proxy.add(name, values)
    assert proxy.to_dict()["properties"] == data["properties"], data["id"]
    return proxy


def test_every_followthemoney_entity_parses_and_matches_dossier_json():
    entities = [followthemoney_entity(json.loads(line)) for line in export_ftm(DOSSIER).splitlines()]
    by_schema: dict[str, list] = {}
    for proxy in entities:
        by_schema.setdefault(proxy.schema.name, []).append(proxy)
    assert len({proxy.id for proxy in entities}) == len(entities)
    assert sorted(p.first("title") for p in by_schema["Article"]) == sorted(a["headline"] for a in EXPORTED["articles"])
    schema = {"person": "Person", "organisation": "Organization", "place": "Address", "other": "LegalEntity"}
    actors = {(p.schema.name, p.first("name")) for name in schema.values() for p in by_schema.get(name, [])}
    assert actors == {(schema[a["kind"]], a["name"]) for a in EXPORTED["actors"]}
    linked = by_schema["Documentation"]
    known = {proxy.id for proxy in entities}
    assert all(p.first("document") in known and p.first("entity") in known for p in linked)
    said = sorted((p.first("summary"), p.first("role")) for p in linked if p.first("role") != "named")
    assert said == sorted((f["text"], f["kind"]) for f in EXPORTED["facts"] for _ in f["speakers"])
    assert sum(p.first("role") == "named" for p in linked) == sum(len(a["articles"]) for a in EXPORTED["actors"])


def test_the_site_has_dossier_json_at_its_root_and_every_other_export_in_its_exports_folder():
    assert sorted(site_exports(DOSSIER)) == ["dossier.json", "exports/actors.csv", "exports/actors.graphml",
                                             "exports/articles.csv", "exports/entities.ftm.json", "exports/facts.csv"]


def edit_fact(**changes):
    return lambda d: replace(d, facts=(replace(d.facts[0], **changes), *d.facts[1:]))


EDITS = {
    "article, actor and fact": lambda d: replace(
        d, articles=(replace(d.articles[0], publisher="The Evening Courier"), *d.articles[1:]),
        actors=d.actors[1:], facts=(replace(d.facts[0], text="We acted at once,"), *d.facts[1:])),
    "headline alone": lambda d: replace(d, articles=(replace(d.articles[0], headline="A new headline"), *d.articles[1:])),
    "actor removed alone": lambda d: replace(d, actors=d.actors[:-1]),
    "fact's speakers": edit_fact(speakers=()),
    "fact's mentions": lambda d: replace(d, facts=(replace(d.facts[0], mentions=tuple(a.id for a in d.actors[:3])),
                                                   *d.facts[1:])),
    "fact's other articles": edit_fact(also_in=((DOSSIER.articles[-1].id, 1),)),
    "fact removed": lambda d: replace(d, facts=d.facts[1:]),
    "fact added between two": lambda d: replace(d, facts=(d.facts[0], replace(d.facts[0], id="f-new", paragraph=2),
                                                         *d.facts[1:])),
}


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS)
def test_a_memo_kept_while_serving_gives_what_a_fresh_export_gives(format, edit):
    memo = ExportMemo()
    export_files(DOSSIER, format, memo)
    changed = edit(DOSSIER)
    assert changed != DOSSIER
    assert export_files(changed, format, memo) == export_files(changed, format)
    assert export_files(DOSSIER, format, memo) == export_files(DOSSIER, format)


@pytest.mark.parametrize("format", FORMATS)
def test_a_memo_given_equal_items_made_anew_beside_the_very_same_ones_gives_a_fresh_export(format):
    memo = ExportMemo()
    export_files(DOSSIER, format, memo)
    # What a save gives: most items the same objects, one made anew but equal, one new.
    anew = replace(DOSSIER, articles=(replace(DOSSIER.articles[0]), *DOSSIER.articles[1:]),
                   actors=(*DOSSIER.actors[:-1], replace(DOSSIER.actors[-1])),
                   facts=(DOSSIER.facts[0], replace(DOSSIER.facts[1]), replace(DOSSIER.facts[0], id="f-new"),
                          *DOSSIER.facts[2:]))
    assert export_files(anew, format, memo) == export_files(anew, format)


def test_the_home_page_links_every_export():
    home = render(DOSSIER)["index.md"]
    assert [path for path in site_exports(DOSSIER) if f"]({path})" in home] == list(site_exports(DOSSIER))


@pytest.mark.parametrize("format, output, files", [
    ("json", "out/dossier.json", ["dossier.json"]),
    ("graphml", "out/network.graphml", ["network.graphml"]),
    ("ftm", "out/entities.json", ["entities.json"]),
    # Three tables: --output names their folder.
    ("csv", "out", ["actors.csv", "articles.csv", "facts.csv"]),
])
def test_the_command_line_writes_each_format(tmp_path, monkeypatch, format, output, files):
    monkeypatch.chdir(tmp_path)
    seeds = Path("seeds")
    seeds.mkdir()
    (seeds / "harbour.txt").write_text(SEED, encoding="utf-8")
    assert main(["export", "--no-cache", "--format", format, "--output", output]) == 0
    assert sorted(p.name for p in Path("out").iterdir()) == files
    expected = export_files(build(seeds), format)
    written = [(Path("out") / name).read_bytes().decode("utf-8") for name in files]
    assert written == ([expected[name] for name in files] if format == "csv" else list(expected.values()))


def test_the_command_line_writes_one_file_formats_to_its_output(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("seeds").mkdir()
    (Path("seeds") / "harbour.txt").write_text(SEED, encoding="utf-8")
    assert main(["export", "--no-cache", "--format", "graphml"]) == 0
    assert capsys.readouterr().out == export_graphml(build(Path("seeds")))
    assert main(["export", "--no-cache", "--format", "csv"]) == 1
    assert capsys.readouterr().err == ("error: --output: the csv export is 3 files: articles.csv, actors.csv "
                                       "and facts.csv\n  hint: name the folder to write them into, e.g. --output exports\n")
