"""The dossier in the formats other tools read: CSV tables for a spreadsheet, the actor
network as GraphML for Gephi, and FollowTheMoney entities for Aleph."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable
from itertools import chain, combinations
from xml.sax.saxutils import escape

from .citation import cite
from .export import ExportMemo, cited, export_json, iso
from .model import Actor, Article, Dossier, Fact

FORMATS = ("json", "csv", "graphml", "ftm")
LIST_SEPARATOR = "; "
"""Between the items of a list in one CSV cell: the ids in facts.csv's speakers column."""
FOLDER = "exports"
"""Where the site puts the exports, beside dossier.json."""


def export_files(dossier: Dossier, format: str, memo: ExportMemo | None = None) -> dict[str, str]:
    """The files of one format: {file name: text}. With a memo (kept while serving), an item
    exported last time reuses its lines, as in dossier.json."""
    if format == "json":
        return {"dossier.json": export_json(dossier, memo)}
    if format == "csv":
        return export_csv(dossier, memo)
    if format == "graphml":
        return {"actors.graphml": export_graphml(dossier, memo)}
    if format == "ftm":
        return {"entities.ftm.json": export_ftm(dossier, memo)}
    raise ValueError(f"unknown export format {format!r}")


def site_exports(dossier: Dossier, memo: ExportMemo | None = None) -> dict[str, str]:
    """Every export as the site serves it: dossier.json at its root, the others in exports/."""
    return {**export_files(dossier, "json", memo),
            **{f"{FOLDER}/{name}": text for format in FORMATS if format != "json"
               for name, text in export_files(dossier, format, memo).items()}}


def lines(memo: ExportMemo | None, section: str, items: tuple, make: Callable[[object], str]) -> list[str]:
    """make(item) for each item, or the memo's line where the item is as it was last time."""
    return [make(item) for item in items] if memo is None else memo.lines(section, items, make)


# ---------------------------------------------------------------------------
# CSV: one table each of articles, actors and facts. A fact's article is an id of
# articles.csv; its speakers and mentions, and an actor's articles, are ids separated by '; '.

ARTICLE_COLUMNS: tuple[tuple[str, Callable[[Article], object]], ...] = (
    ("id", lambda a: a.id), ("source", lambda a: a.source), ("headline", lambda a: a.headline),
    ("authors", lambda a: a.authors), ("publisher", lambda a: a.publisher), ("published", lambda a: a.published),
    ("published_inferred", lambda a: a.published_inferred), ("from_file_name", lambda a: a.from_file_name),
    ("url", lambda a: a.url), ("summary", lambda a: a.summary), ("paragraphs", lambda a: len(a.paragraphs)),
    ("captions", lambda a: len(a.captions)), ("additional_sources", lambda a: a.additional_sources),
)
ACTOR_COLUMNS: tuple[tuple[str, Callable[[Actor], object]], ...] = (
    ("id", lambda a: a.id), ("name", lambda a: a.name), ("kind", lambda a: a.kind), ("aliases", lambda a: a.aliases),
    ("roles", lambda a: tuple(dict.fromkeys(r.text for r in a.roles))), ("affiliations", lambda a: a.affiliations),
    ("article_count", lambda a: len(a.articles)), ("articles", lambda a: a.articles),
    ("description", lambda a: a.description), ("links", lambda a: a.links),
)
FACT_COLUMNS: tuple[tuple[str, Callable[[Fact], object]], ...] = (
    ("id", lambda f: f.id), ("article", lambda f: f.article), ("paragraph", lambda f: f.paragraph),
    ("kind", lambda f: f.kind), ("text", lambda f: f.text), ("speakers", lambda f: f.speakers),
    ("mentions", lambda f: f.mentions), ("date", lambda f: f.date), ("date_text", lambda f: f.date_text),
    ("cue", lambda f: f.cue), ("hedges", lambda f: f.hedges),
    ("also_in", lambda f: tuple(article for article, _ in f.also_in)),
)


def export_csv(dossier: Dossier, memo: ExportMemo | None = None) -> dict[str, str]:
    """articles.csv, actors.csv and facts.csv (with each fact's citation), UTF-8 with a byte
    order mark, which spreadsheets need to read anything but ASCII right."""
    def rows(section: str, columns, items) -> list[str]:
        return lines(memo, f"csv {section}", items, lambda item: row([cell(value(item)) for _, value in columns]))
    # The citation reads the fact's article, which may change while the fact stays the same
    # object, whose row the memo reuses: it is added to the row, as in dossier.json.
    facts = cited(memo, "csv facts", rows("facts", FACT_COLUMNS, dossier.facts), dossier,
                  lambda line, fact, article: f"{line[:-2]},{quoted(cite(fact, article))}\r\n")
    return {"articles.csv": table(ARTICLE_COLUMNS, rows("articles", ARTICLE_COLUMNS, dossier.articles)),
            "actors.csv": table(ACTOR_COLUMNS, rows("actors", ACTOR_COLUMNS, dossier.actors)),
            "facts.csv": table((*FACT_COLUMNS, ("citation", None)), facts)}


def table(columns, rows: list[str]) -> str:
    """A CSV table: the byte order mark, a header row naming the columns, then the rows."""
    return "".join(["\ufeff", row([name for name, _ in columns]), *rows])


def row(cells: list[str]) -> str:
    """One CSV row, as the csv module writes it, ended by CRLF as RFC 4180 has it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def quoted(text: str) -> str:
    """One CSV cell, quoted whatever it holds."""
    return '"' + text.replace('"', '""') + '"'


def cell(value: object) -> str:
    """A value as CSV text: lists joined by '; ', dates ISO, booleans true/false, nothing empty."""
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# ---------------------------------------------------------------------------
# GraphML: actors as nodes, an edge between two actors one fact names together (a
# speaker and whom they name, or two actors named in one statement).

# 'label' and 'weight' are the names Gephi reads a node's label and an edge's weight by.
NODE_KEYS = (("label", "string"), ("kind", "string"), ("articles", "int"))
EDGE_KEYS = (("weight", "double"), ("facts", "int"), ("articles", "string"))


def export_graphml(dossier: Dossier, memo: ExportMemo | None = None) -> str:
    """The actor network as GraphML: nodes with label (the name), kind and article count; undirected
    edges weighted by the facts that name both actors, with the articles they are in."""
    head = ['<?xml version="1.0" encoding="UTF-8"?>\n',
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
            *(f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n' for name, kind in NODE_KEYS),
            *(f'  <key id="edge_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n' for name, kind in EDGE_KEYS),
            '  <graph id="actors" edgedefault="undirected">\n']
    known = frozenset(actor.id for actor in dossier.actors)
    make = lambda: graph_edges(dossier.facts, known)  # noqa: E731
    edges = make() if memo is None else memo.whole("graphml edges", dossier.facts, same_in_graph, known, make)
    return "".join([*head, *lines(memo, "graphml actors", dossier.actors, node), edges, "  </graph>\n</graphml>\n"])


def graph_edges(facts: tuple[Fact, ...], known: frozenset[str]) -> str:
    """The edges' lines: a pair of known actors a fact names (as speakers or mentioned) together."""
    weight: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], dict[str, None]] = {}
    for fact in facts:
        named = sorted({*fact.speakers, *fact.mentions} & known)
        for pair in combinations(named, 2):
            weight[pair] += 1
            where.setdefault(pair, {}).update(dict.fromkeys((fact.article, *(a for a, _ in fact.also_in))))
    return "".join(f'    <edge source={attribute(source)} target={attribute(target)}>'
                   f'<data key="edge_weight">{count}</data><data key="edge_facts">{count}</data>'
                   f'<data key="edge_articles">{text(LIST_SEPARATOR.join(where[source, target]))}</data></edge>\n'
                   for (source, target), count in sorted(weight.items()))


def same_in_graph(old: Fact, new: Fact) -> bool:
    """Whether two facts add the same to the edges: all graph_edges reads of a fact."""
    return (old.speakers, old.mentions, old.article, old.also_in) == (new.speakers, new.mentions, new.article, new.also_in)


def node(actor: Actor) -> str:
    """The actor's node line."""
    return (f'    <node id={attribute(actor.id)}><data key="label">{text(actor.name)}</data>'
            f'<data key="kind">{actor.kind}</data><data key="articles">{len(actor.articles)}</data></node>\n')


NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, even escaped."""


def text(value: str) -> str:
    """Text for XML: escaped, with the characters XML 1.0 cannot hold dropped."""
    return escape(NOT_XML.sub("", value))


QUOTE = {'"': "&quot;"}


def attribute(value: str) -> str:
    """An XML attribute's value, in double quotes."""
    return f'"{escape(NOT_XML.sub("", value), QUOTE)}"'


# ---------------------------------------------------------------------------
# FollowTheMoney: what Aleph and OpenAleph import (`ftm store write` / `alephclient
# write-entities`), one entity a line. Articles are Articles; people, organisations and
# places are Person, Organization and Address (anything else a LegalEntity); an actor
# named in an article, and each speaker of a fact, is a Documentation linking the two.

SCHEMA = {"person": "Person", "organisation": "Organization", "place": "Address", "other": "LegalEntity"}
PREFIX = "dossier"


def export_ftm(dossier: Dossier, memo: ExportMemo | None = None) -> str:
    """FollowTheMoney entities as JSON lines, made without the followthemoney library."""
    return "".join(chain(lines(memo, "ftm articles", dossier.articles, article_entity),
                         lines(memo, "ftm actors", dossier.actors, actor_entities),
                         lines(memo, "ftm facts", dossier.facts, fact_entities)))


def article_entity(article: Article) -> str:
    """The article as an Article entity."""
    return entity(f"{PREFIX}-article-{article.id}", "Article", title=article.headline, author=article.authors,
                  publisher=article.publisher, publishedAt=iso(article.published), sourceUrl=web(article.url),
                  fileName=article.source, summary=article.summary,
                  bodyText="\n\n".join(p.text for p in article.paragraphs))


def actor_entities(actor: Actor) -> str:
    """The actor's entity, and a Documentation for each article that names it."""
    fields = dict(name=actor.name, alias=actor.aliases, description=actor.description,
                  sourceUrl=tuple(map(web, actor.links)))
    if actor.kind == "person":
        fields["position"] = tuple(dict.fromkeys(r.text for r in actor.roles))
    if actor.kind == "place":
        fields["full"] = actor.name
    return "".join([entity(f"{PREFIX}-actor-{actor.id}", SCHEMA.get(actor.kind, "LegalEntity"), **fields),
                    *(entity(f"{PREFIX}-named-{actor.id}-in-{article}", "Documentation", role="named",
                             document=f"{PREFIX}-article-{article}", entity=f"{PREFIX}-actor-{actor.id}")
                      for article in actor.articles)])


def fact_entities(fact: Fact) -> str:
    """A Documentation for each speaker of the fact: who said it (entity) in which article
    (document), its kind as the role and its words as the summary."""
    return "".join(entity(f"{PREFIX}-{fact.id}-{speaker}", "Documentation", role=fact.kind, summary=fact.text,
                          date=iso(fact.date), document=f"{PREFIX}-article-{fact.article}",
                          entity=f"{PREFIX}-actor-{speaker}")
                   for speaker in fact.speakers)


def web(url: str) -> str:
    """An http(s) address as it is; anything else, which FtM's URL type refuses, is ''."""
    return url if url.startswith(("http://", "https://")) else ""


def entity(id: str, schema: str, **properties) -> str:
    """One entity's JSON line, its line break included; a property with no value is left out, as FtM leaves it."""
    values = {}
    for name, value in properties.items():
        listed = [v for v in (value if isinstance(value, tuple) else (value,)) if v]
        if listed:
            values[name] = listed
    return json.dumps({"id": id, "schema": schema, "properties": values}, ensure_ascii=False) + "\n"
