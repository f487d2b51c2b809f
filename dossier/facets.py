"""The facts index the facts filter reads in the browser, split into parts it fetches as
needed, so that what a reader downloads to open the filter or to filter by one speaker,
actor named, kind, publisher or date range stays the same size however large the dossier.

Every fact has a rank: facts in date order (each its own date, else its article's; the
undated last), then in the dossier's order. Each thing a fact is filtered by is a key
(`speaker:ID`, `named:ID`, `kind:KIND`, `publisher:NAME`, and `all:` for every fact), and
each key a list of its facts in rank order, cut into pages of `PAGE` facts:

- `facts-index/index.json`, the manifest: the kinds, how many buckets there are, and the
  busiest speakers, actors named and publishers, to suggest in the form; and how many facts
  each of these keys, each kind and every fact have: the script names a key's pages from
  the key itself (`stem`), so a filter by one of them alone fetches its first page and
  nothing else;
- `facts-index/keys/N.json`, the buckets: the keys whose hash (FNV-1a of their UTF-8,
  modulo the number of buckets) is N, each with its count, the dates of its pages, and
  either its facts (a key of at most `INLINE` facts) or the name of its pages; and each
  actor's name, lower-cased, with its id, so that a name typed in the form finds its key;
- `facts-index/lists/STEM-P.json`, page P of a larger key's list, STEM two hashes of the key.

A page holds its own tables of the actors and articles its facts point at, so that it is
read alone. The number of buckets grows with the facts, so that a bucket stays about
`BUCKET_BYTES` long.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable

from .escape import plain
from .model import FACT_KINDS, Dossier, Fact

INDEX_PATH = "facts-index/index.json"
"""The manifest, from the site's root; the other parts sit beside it."""

PAGE = 100
"""Facts on a page of a key's list: as many as the filter shows at once."""
INLINE = 10
"""A key of at most this many facts is kept whole in its bucket."""
BUCKET_BYTES = 12_000
"""About how long a bucket is: the number of buckets is chosen from it."""
SUGGESTED = 100
"""How many speakers, actors named and publishers the manifest suggests, the busiest first."""


def facts_index(dossier: Dossier, when: Callable[[Fact], object]) -> dict[str, str]:
    """Every part of the index, as JSON text by its path in the site. `when` gives a
    fact's date."""
    kinds = list(dict.fromkeys((*FACT_KINDS, *sorted({f.kind for f in dossier.facts}))))
    articles = {a.id: [a.id, plain(a.headline) or a.id, plain(a.publisher),
                       a.published.isoformat() if a.published else ""] for a in dossier.articles}
    actors = {a.id: plain(a.name) for a in dossier.actors}
    facts = ranked([f for f in dossier.facts if f.article in articles], when)
    lists: dict[str, list[Record]] = {"all:": []}
    for record in facts:
        for key in keys_of(record, kinds, articles, actors):
            lists.setdefault(key, []).append(record)
    folder = INDEX_PATH.rsplit("/", 1)[0]
    parts: dict[str, str] = {}
    entries = []
    for key, records in lists.items():
        pages = [records[start:start + PAGE] for start in range(0, len(records), PAGE)]
        bounds = [page_bounds(page) for page in pages]
        name = actors.get(key.split(":", 1)[1], "") if key.startswith(("speaker:", "named:")) else ""
        if len(records) <= INLINE:
            entries.append([key, name, len(records), "", bounds, page_json(records, kinds, articles, actors)])
            continue
        for number, page in enumerate(pages):
            parts[f"{folder}/lists/{stem(key)}-{number}.json"] = as_text(page_json(page, kinds, articles, actors))
        entries.append([key, name, len(records), stem(key), bounds, None])
    names = sorted({(name.lower(), actor) for actor, name in actors.items()
                    if f"speaker:{actor}" in lists or f"named:{actor}" in lists})
    count = buckets_for(sum(len(as_text(e)) for e in entries) + sum(len(n) + len(a) + 8 for n, a in names))
    buckets: list[tuple[list, list]] = [([], []) for _ in range(count)]
    for entry in entries:
        buckets[bucket_of(entry[0], count)][0].append(entry)
    for lower, actor in names:
        buckets[bucket_of("name:" + lower, count)][1].append([lower, actor, actors[actor]])
    for number, (keyed, named) in enumerate(buckets):
        parts[f"{folder}/keys/{number}.json"] = as_text([sorted(keyed, key=lambda e: e[0]), named])
    def counted(key: str) -> int:
        return len(lists.get(key, ()))
    parts[INDEX_PATH] = as_text([kinds, count, PAGE, INLINE,
                                 [[*a, counted(f"speaker:{a[0]}")] for a in suggested(lists, "speaker:", actors)],
                                 [[*a, counted(f"named:{a[0]}")] for a in suggested(lists, "named:", actors)],
                                 [[key.split(":", 1)[1], counted(key)] for key in busiest(lists, "publisher:")],
                                 [counted(f"kind:{k}") for k in kinds], counted("all:")])
    return parts


Record = tuple[int, Fact, str]
"""A fact with its rank and its date (ISO, or '')."""


def ranked(facts: Iterable[Fact], when) -> list[Record]:
    """The facts in rank order: by date, the undated last, then in the dossier's order."""
    dated = [(when(f), n, f) for n, f in enumerate(facts)]
    dated.sort(key=lambda d: (d[0] is None, d[0].isoformat() if d[0] else "", d[1]))
    return [(rank, fact, day.isoformat() if day else "") for rank, (day, _, fact) in enumerate(dated)]


def keys_of(record: Record, kinds: list[str], articles: dict, actors: dict) -> list[str]:
    """The keys a fact is listed under, each once."""
    _, fact, _ = record
    keys = ["all:", f"kind:{fact.kind}"]
    keys += [f"speaker:{a}" for a in dict.fromkeys(fact.speakers) if a in actors]
    keys += [f"named:{a}" for a in dict.fromkeys(fact.mentions) if a in actors]
    publisher = articles[fact.article][2]
    if publisher:
        keys.append(f"publisher:{publisher}")
    return keys


def page_json(records: list[Record], kinds: list[str], articles: dict, actors: dict) -> list:
    """A page: [actors as [id, name], articles as [id, headline, publisher, date], facts as
    [rank, id, article, paragraph, kind, text, speakers, named, date]], where a fact's
    article, speakers and named actors are positions in the page's own tables and its kind a
    position in the manifest's kinds."""
    actor_at: dict[str, int] = {}
    article_at: dict[str, int] = {}
    rows = []
    for rank, fact, day in records:
        speakers = [actor_at.setdefault(a, len(actor_at)) for a in dict.fromkeys(fact.speakers) if a in actors]
        named = [actor_at.setdefault(a, len(actor_at)) for a in dict.fromkeys(fact.mentions) if a in actors]
        rows.append([rank, fact.id, article_at.setdefault(fact.article, len(article_at)), fact.paragraph,
                     kinds.index(fact.kind), plain(fact.text), speakers, named, day])
    return [[[a, actors[a]] for a in actor_at], [articles[a] for a in article_at], rows]


def page_bounds(records: list[Record]) -> list:
    """[first date, last date, how many are dated, how many facts] of a page, for a date
    range to skip the pages outside it, and count those wholly inside it unread."""
    days = [day for _, _, day in records if day]
    return [days[0] if days else "", days[-1] if days else "", len(days), len(records)]


def busiest(lists: dict[str, list], prefix: str) -> list[str]:
    """The keys starting with prefix, the longest lists first, at most SUGGESTED."""
    keys = [key for key in lists if key.startswith(prefix)]
    return sorted(keys, key=lambda k: (-len(lists[k]), k))[:SUGGESTED]


def suggested(lists: dict[str, list], prefix: str, actors: dict) -> list[list[str]]:
    """[id, name] of the actors with the longest lists under prefix."""
    return [[key[len(prefix):], actors[key[len(prefix):]]] for key in busiest(lists, prefix)]


def buckets_for(size: int) -> int:
    """How many buckets: a power of two, so that it changes seldom as a dossier grows."""
    count = 1
    while count * BUCKET_BYTES < size:
        count *= 2
    return count


def bucket_of(key: str, count: int) -> int:
    """The bucket of a key: its hash modulo the number of buckets (the script computes the same)."""
    return fnv(key) % count


def stem(key: str) -> str:
    """The start of the names of a key's pages: two hashes of it in hex (the script computes the same)."""
    return f"{fnv(key):08x}{fnv(key + chr(10)):08x}"


def fnv(text: str) -> int:
    """32-bit FNV-1a of the text's UTF-8."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def as_text(value: list) -> str:
    """Compact JSON with no markup or template tag in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # An array at the top, so that every brace and angle bracket is inside a string, where
    # it is written as an escape: no reader of the file (a template engine run over the
    # site, a browser sniffing it as HTML) finds markup or a tag in it.
    for char in "<>&{}":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text
