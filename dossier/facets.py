"""The facts index the facts filter reads in the browser, split into parts it fetches as
needed, so that what a reader downloads to open the filter, or to filter by any field or
several together, stays about the same size however large the dossier.

Every fact has a rank (`ranked`): facts in date order (each its own date, else its
article's; the undated last), then in the dossier's order, a rank being the day's number
times `DAY` plus the fact's place that day, so that an added fact moves no other day's
ranks. Each thing a fact is filtered by is a key (`speaker:ID`, `named:ID`, `kind:KIND`,
`publisher:NAME`, and `all:` for every fact), and each key a list of its facts in rank
order: a first page of `HEAD` facts, then pages ending after a fact whose id hashes to a
multiple of `PAGE` (`paged`), so that an added fact changes the one page it joins. A
kind's or a publisher's list keeps its first page alone (`SHORT`).

- `facts-index/index.json`, the manifest: the kinds, how many buckets and word shards there
  are, and the busiest speakers, actors named and publishers, to suggest in the form; and how
  many facts each of these keys, each kind and every fact have: the script names a key's
  parts from the key itself (`stem`), so a filter by one of them alone fetches its first
  page and nothing else; and how many facts make a screenful (`SCREEN`);
- `facts-index/keys/N.json`, the buckets: the keys whose hash (FNV-1a of their UTF-8,
  modulo the number of buckets) is N, each with its count and either its facts, their ranks
  and kinds (a key of at most `INLINE` facts) or its stem; and each actor's name,
  lower-cased, with its id, so that a name typed in the form finds its key;
- `facts-index/lists/STEM.json`, the first page of a larger key's list, STEM two hashes of
  the key, `STEM-RANK.json` a later page by its first rank, and `STEM-ranks.json` the ranks
  of its facts (the first, then each one's distance from the one before), the kind of each,
  and the first rank and size of each page. Keys asked together meet on their ranks (a kind
  with another key, on that key's kinds), which counts the matches exactly, and only the
  pages holding the first of them are fetched;
- `facts-index/words/N.json`, the word shards: each word of the facts' texts with the ranks
  of the facts it is in, a word in the shard its first three letters hash to (a shorter word
  in its own), so that the words typed, each the start of a word, are found in one shard
  apiece; and a page of the facts of the first screenful of each busy word in the shard
  (one in at least one fact in `BUSY`, the busiest first, up to `CARRIED` facts) that the
  first page of every fact's list does not hold, so that a busy word answers after its shard
  alone on the facts page, which holds that first page from its opening;
- `facts-index/dates.json`, how many dated facts each day of each month has: facts are in
  date order, so a date range is a run of ranks, counted exactly without reading a fact.

A page holds its own tables of the actors and articles its facts point at, so that it is
read alone. The number of buckets and of word shards grows with the facts, so that each
stays about `BUCKET_BYTES` long.
"""

from __future__ import annotations

import json
import operator
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from .escape import plain
from .model import FACT_KINDS, Dossier, Fact

INDEX_PATH = "facts-index/index.json"
"""The manifest, from the site's root; the other parts sit beside it."""

HEAD = 100
"""Facts on the first page of a key's list: as many as the filter shows at once."""
SCREEN = 10
"""Facts the filter shows first, a screenful: it fetches the parts holding them, shows them
with the count, then fetches the parts holding the rest of the HEAD it shows."""
PAGE = 100
"""Facts on a later page of a key's list, on average: a page ends after a fact whose id
hashes to a multiple of it, so that a fact added changes the one page it joins."""
MOST = 3 * PAGE
"""Facts on a later page at most."""
SHORT = ("kind:", "publisher:")
"""Keys whose list is kept to its first page: each holds a large share of every fact, so
that two keys asked together, one of them such, read the list of every fact as soon."""
INLINE = 10
"""A key of at most this many facts is kept whole in its bucket."""
BUCKET_BYTES = 12_000
"""About how long a bucket or a word shard is: the number of each is chosen from it."""
SUGGESTED = 100
"""How many speakers, actors named and publishers the manifest suggests, the busiest first."""
BUSY = 100
"""A word in at least one fact in BUSY is busy: its shard carries its first screenful."""
CARRIED = 50
"""Facts a shard carries at most, for its busiest words first: about BUCKET_BYTES of them,
so that a shard stays within about twice that however small the dossier."""
PREFIX = 3
"""The letters of a word that choose its shard: a word typed of at least as many letters
finds every word it starts in that one shard."""
WORD = re.compile(r"[^\W_]+")
"""A word: letters and digits (the script's /[\\p{L}\\p{N}]+/u)."""
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
"""A kind's position in the manifest's kinds, as one character (the script's toString(36))."""
EPOCH = date(1970, 1, 1)
DAY = 100_000
"""Ranks a day holds: a fact's rank is its day's number from EPOCH times DAY, plus its place
among the facts of that day."""
UNDATED = 3_000_000
"""The day number of the undated facts: after every date a fact can have."""


def facts_index(dossier: Dossier, when: Callable[[Fact], object], kept: Kept | None = None) -> dict[str, str]:
    """Every part of the index, as JSON text by its path in the site. `when` gives a
    fact's date. With `kept` (while serving), the parts of the last index whose facts,
    headlines and names are the same are given again rather than written anew."""
    kinds = list(dict.fromkeys((*FACT_KINDS, *sorted({f.kind for f in dossier.facts}))))
    articles = {a.id: [a.id, plain(a.headline) or a.id, plain(a.publisher),
                       a.published.isoformat() if a.published else ""] for a in dossier.articles}
    actors = {a.id: plain(a.name) for a in dossier.actors}
    facts = ranked([f for f in dossier.facts if f.article in articles], when)
    inputs = PlanInputs(facts, tuple(kinds), {a: row[2] for a, row in articles.items()}, actors)
    last = kept.plan if kept is not None else None
    if last is not None and last.inputs == inputs:
        # The same facts, dates, kinds, publishers and names: the same parts, of which only
        # those naming an article whose row changed (its headline, say) are written again.
        changed = {a for a, row in articles.items() if kept.article_rows.get(a) != row}
        write = PageWriter(facts, kinds, articles, actors, kept)
        parts = {unit.path: unit.text(write) if changed & unit.articles else kept.given(unit)
                 for unit in last.units}
    else:
        write = PageWriter(facts, kinds, articles, actors, kept)
        plan = Plan(inputs, tuple(plan_units(facts, kinds, articles, actors, write)))
        parts = {unit.path: unit.text(write) for unit in plan.units}
        if kept is not None:
            kept.plan = plan
    if kept is not None:
        kept.article_rows, kept.parts = articles, parts
    return parts


def plan_units(facts: list[Record], kinds: list[str], articles: dict, actors: dict,
               write: PageWriter) -> Iterable[Unit]:
    """The index's parts, in order, each with what it is written from."""
    lists: dict[str, list[Record]] = {"all:": []}
    for record in facts:
        for key in keys_of(record, kinds, articles, actors):
            lists.setdefault(key, []).append(record)
    folder = INDEX_PATH.rsplit("/", 1)[0]
    kind_at = {kind: n for n, kind in enumerate(kinds)}
    entries = []
    for key, records in lists.items():
        name = actors.get(key.split(":", 1)[1], "") if key.startswith(("speaker:", "named:")) else ""
        # The list of every fact is read by its pages' ranks: it needs no list of them.
        ranks = [] if key == "all:" else gaps([rank for rank, _, _ in records])
        # The kind of each, so that a kind asked with this key needs not the kind's ranks.
        kinded = "" if key == "all:" or len(kinds) > len(DIGITS) else "".join(
            DIGITS[kind_at[fact.kind]] for _, fact, _ in records)
        if len(records) <= INLINE:
            entries.append(([key, name, len(records), "", ranks, kinded], records))
            continue
        pages, named = paged(records), stem(key)
        if key.startswith(SHORT):
            pages = pages[:1]
        # A page's name: its key's stem for the first page, then the stem and the page's
        # first rank, which stays as pages are added before it (the script names them so).
        for number, page in enumerate(pages):
            yield Unit(f"{folder}/lists/{named}{f'-{page[0][0]}' if number else ''}.json", pages=(("", None, page, ""),))
        # A larger key's ranks, kinds and pages in a part of its own, named from the key:
        # a bucket stays short whatever the keys in it, and a key the manifest counts has
        # its ranks fetched at once.
        yield Unit(f"{folder}/lists/{named}-ranks.json",
                   as_text([ranks, kinded, [[page[0][0], len(page)] for page in pages]]))
        entries.append(([key, name, len(records), named, [], ""], None))
    names = sorted({(name.lower(), actor) for actor, name in actors.items()
                    if f"speaker:{actor}" in lists or f"named:{actor}" in lists})
    # About fifty characters a fact kept whole and sixty an entry, to choose how many buckets.
    count = buckets_for(sum((50 * e[2] if inline is not None else 0) + 60 for e, inline in entries)
                        + sum(len(n) + len(a) + 8 for n, a in names))
    buckets: list[tuple[list, list]] = [([], []) for _ in range(count)]
    for entry in entries:
        buckets[bucket_of(entry[0][0], count)][0].append(entry)
    for lower, actor in names:
        buckets[bucket_of("name:" + lower, count)][1].append([lower, actor, actors[actor]])
    for number, (keyed, named) in enumerate(buckets):
        # An entry's facts kept whole are a page written as text, named by its key.
        pages = tuple((("," if n else "") + as_text(entry)[:-1] + ",", entry[0], inline, "]")
                      for n, (entry, inline) in enumerate(sorted(keyed, key=lambda e: e[0][0])))
        yield Unit(f"{folder}/keys/{number}.json", "[[", pages, f"],{as_text(named)}]")
    busy = max(SCREEN, len(facts) // BUSY)
    shards = write.kept.shards(write.words, busy, {rank for rank, _, _ in facts[:HEAD]})
    by_rank = {record[0]: record for record in facts}
    for number, (shard, carried) in enumerate(shards):
        path = f"{folder}/words/{number}.json"
        yield Unit(path, f"[{shard},", (("", None, [by_rank[r] for r in sorted(carried)], ""),), "]")
    yield Unit(f"{folder}/dates.json", as_text([DAY, days_of(facts)]))
    def counted(key: str) -> int:
        return len(lists.get(key, ()))
    yield Unit(INDEX_PATH, as_text([kinds, count, len(shards), HEAD, INLINE,
                                    [[*a, counted(f"speaker:{a[0]}")] for a in suggested(lists, "speaker:", actors)],
                                    [[*a, counted(f"named:{a[0]}")] for a in suggested(lists, "named:", actors)],
                                    [[key.split(":", 1)[1], counted(key)] for key in busiest(lists, "publisher:")],
                                    [counted(f"kind:{k}") for k in kinds], counted("all:"), SCREEN]))


@dataclass(frozen=True)
class PlanInputs:
    """All that which parts the index has, and what each holds, is made from: the rows of
    the articles its pages name aside."""

    facts: list
    """The facts in rank order (Record), with their dates."""
    kinds: tuple[str, ...]
    publishers: dict[str, str]
    """{article id: its publisher, as written}: a fact is listed under its article's."""
    actors: dict[str, str]
    """{actor id: name, as written}."""


@dataclass(frozen=True)
class Unit:
    """One part of the index: fixed text around pages each written by a PageWriter from its
    records (`pages`: (text before, name, records, text after), the name the part's own when
    None; records None for an entry that names its stem instead: 'null')."""

    path: str
    before: str = ""
    pages: tuple[tuple[str, str | None, list | None, str], ...] = ()
    after: str = ""

    @cached_property
    def articles(self) -> frozenset[str]:
        """The articles whose rows this part holds."""
        return frozenset(fact.article for _, _, records, _ in self.pages for _, fact, _ in records or ())

    @property
    def names(self) -> tuple[str, ...]:
        """The names its pages are kept by (Kept.pages)."""
        return tuple(self.path if name is None else name for _, name, records, _ in self.pages if records is not None)

    def text(self, write: PageWriter) -> str:
        """The part's JSON text, each page written by `write`."""
        return self.before + "".join(
            before + ("null" if records is None else write(records, self.path if name is None else name)) + after
            for before, name, records, after in self.pages) + self.after


@dataclass(frozen=True)
class Plan:
    """The parts of one index, and what it was planned from."""

    inputs: PlanInputs
    units: tuple[Unit, ...]


Record = tuple[int, Fact, str]
"""A fact with its rank and its date (ISO, or '')."""


def ranked(facts: Iterable[Fact], when) -> list[Record]:
    """The facts in rank order: by date, the undated last, then in the dossier's order; each
    rank its day's number times DAY plus its place in its day, so that a fact added moves
    the ranks of its own day's later facts alone."""
    dated = [(when(f), n, f) for n, f in enumerate(facts)]
    dated.sort(key=lambda d: (d[0] is None, d[0].isoformat() if d[0] else "", d[1]))
    records: list[Record] = []
    day_before, place = None, 0
    for day, _, fact in dated:
        number = (day - EPOCH).days if day else UNDATED
        place = place + 1 if number == day_before else 0
        day_before = number
        records.append((number * DAY + place, fact, day.isoformat() if day else ""))
    return records


def paged(records: list[Record]) -> list[list[Record]]:
    """A key's list in pages: the first HEAD facts, then pages each ending after a fact
    whose id hashes to a multiple of PAGE, or at MOST facts."""
    pages = [records[:HEAD]]
    page: list[Record] = []
    for record in records[HEAD:]:
        page.append(record)
        if len(page) >= MOST or zlib.crc32(record[1].id.encode("utf-8")) % PAGE == 0:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    return pages


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


@dataclass(frozen=True)
class Written:
    """What a fact's entries write of it, whatever its rank and lists."""

    id: str
    """Its id, as JSON text."""
    text: str
    """Its text on one line, as JSON text."""
    words: frozenset[str]
    """The words of its text."""
    speakers: tuple[str, ...]
    named: tuple[str, ...]


@lru_cache(maxsize=1 << 17)
def fact_text(fact: Fact) -> Written:
    """What the index writes of a fact: kept while the fact is unchanged, as a dossier is
    made again after an edit while it is served."""
    text = plain(fact.text)
    return Written(as_text(fact.id), as_text(text), frozenset(words_of(text)),
                   tuple(dict.fromkeys(fact.speakers)), tuple(dict.fromkeys(fact.mentions)))


class PageWriter:
    """Writes pages: [actors as [id, name], articles as [id, headline, publisher, date],
    facts as [rank, id, paragraph, kind, text, date, article, speakers, named]], where a
    fact's article, speakers and named actors are positions in the page's own tables and its
    kind a position in the manifest's kinds. Each fact's own part is written once, however
    many lists it is in, and, with the last index's `kept`, only when the fact, its rank or
    its date changed."""

    def __init__(self, records: list[Record], kinds: list[str], articles: dict, actors: dict,
                 kept: Kept | None = None):
        self.keeping = kept is not None
        self.kept = kept = kept if kept is not None else Kept()
        kept.start(kinds, actors)
        self.articles = {a: as_text(row) for a, row in articles.items()}
        self.actors = {a: kept.actor_row(a, name) for a, name in actors.items()}
        kind_at = {kind: n for n, kind in enumerate(kinds)}
        self.facts = {}
        self.words = {}
        last_rows, rows = kept.rows, {}
        for record in records:
            rank, fact, day = record
            last = last_rows.get(rank)
            if last is not None and last[0] is fact and last[1] == day:
                row = last[2]
            else:
                written = fact_text(fact)
                row = (f"[{rank},{written.id},{fact.paragraph},{kind_at[fact.kind]},{written.text},{as_text(day)}",
                       [a for a in written.speakers if a in actors], [a for a in written.named if a in actors],
                       written.words)
            rows[rank] = (fact, day, row)
            self.facts[rank] = row
            self.words[rank] = row[3]
        kept.rows = rows

    def __call__(self, records: list[Record], name: str | None = None) -> str:
        """The page of these records; `name`, the part's own, finds the last index's page of
        that name, given again when its facts' rows, headlines and names are the same."""
        rows = [self.facts[rank] for rank, _, _ in records]
        kept = self.kept
        last = kept.pages.get(name) if name is not None else None
        if last is not None and len(last.rows) == len(rows) and all(map(operator.is_, last.rows, rows)) \
                and all(self.articles.get(a) == text for a, text in last.articles) \
                and all(self.actors.get(a) == text for a, text in last.actors):
            kept.written[name] = last
            return last.text
        actor_at: dict[str, int] = {}
        article_at: dict[str, int] = {}
        lines = []
        for (_, fact, _), (own, speakers, named, _) in zip(records, rows):
            article = article_at.setdefault(fact.article, len(article_at))
            said = ",".join(str(actor_at.setdefault(a, len(actor_at))) for a in speakers)
            naming = ",".join(str(actor_at.setdefault(a, len(actor_at))) for a in named)
            lines.append(f"{own},{article},[{said}],[{naming}]]")
        text = (f"[[{','.join(self.actors[a] for a in actor_at)}],"
                f"[{','.join(self.articles[a] for a in article_at)}],[{','.join(lines)}]]")
        if name is not None and self.keeping:
            kept.written[name] = KeptPage(rows, tuple((a, self.articles[a]) for a in article_at),
                                          tuple((a, self.actors[a]) for a in actor_at), text)
        return text


@dataclass(frozen=True)
class KeptPage:
    """A page as the last index wrote it, with what it was written from."""

    rows: list
    """Each fact's own row (PageWriter.facts), compared by identity: a row is made again
    whenever its fact, rank or date changed."""
    articles: tuple[tuple[str, str], ...]
    """(id, row as written) of each article the page names."""
    actors: tuple[tuple[str, str], ...]
    text: str


class Kept:
    """What one index wrote, for the next (while serving): each fact's row by rank, each
    page by name, and the word shards. The next index writes again only what differs."""

    def __init__(self):
        self.setting: tuple | None = None
        """The kinds and the actors' ids the rows were written with: a row names its kind
        by position and leaves out actors the dossier does not hold."""
        self.rows: dict[int, tuple] = {}
        """{rank: (fact, date, row)}."""
        self.pages: dict[str, KeptPage] = {}
        self.written: dict[str, KeptPage] = {}
        """The pages of the index being written, for the next."""
        self.actor_rows: dict[tuple[str, str], str] = {}
        self.last_actor_rows: dict[tuple[str, str], str] = {}
        self.last_words: tuple | None = None
        self.last_shards: list[tuple[str, set[int]]] = []
        self.plan: Plan | None = None
        """The parts of the last index and what they were planned from."""
        self.article_rows: dict[str, list] = {}
        """The row of each article the last index was written with."""
        self.parts: dict[str, str] = {}
        """The last index's parts, by path."""

    def given(self, unit: Unit) -> str:
        """A part of the last index given again, its pages kept for the next."""
        for name in unit.names:
            if name in self.pages:
                self.written[name] = self.pages[name]
        return self.parts[unit.path]

    def start(self, kinds: list[str], actors: dict) -> None:
        """An index begins: what the last one wrote is reusable if written in the same setting."""
        setting = (tuple(kinds), frozenset(actors))
        if setting != self.setting:
            self.rows, self.pages, self.actor_rows, self.last_words = {}, {}, {}, None
        else:
            self.pages = self.written
        self.setting, self.written = setting, {}
        self.last_actor_rows, self.actor_rows = self.actor_rows, {}

    def actor_row(self, actor: str, name: str) -> str:
        """[id, name] as JSON text, kept while the name is the same."""
        row = self.last_actor_rows.get((actor, name))
        if row is None:
            row = as_text([actor, name])
        self.actor_rows[(actor, name)] = row
        return row

    def shards(self, words: dict[int, frozenset[str]], busy: int, held: set[int]) -> list[tuple[str, set[int]]]:
        """word_shards(), each shard's words as JSON text: the last index's while the words of
        every rank, the busy threshold and the ranks held are the same."""
        if self.last_words is None or self.last_words != (words, busy, held):
            self.last_shards = [(as_text(shard), carried) for shard, carried in word_shards(words, busy, held)]
            self.last_words = (words, busy, held)
        return self.last_shards


def words_of(text: str) -> list[str]:
    """The words of a text, lower-cased, as the script reads the words typed."""
    return WORD.findall(text.lower())


def word_shards(words: dict[int, Iterable[str]], busy: int, held: set[int]) -> list[tuple[list, set[int]]]:
    """The word shards of the facts' words by rank, in rank order: in each, [word, ranks of
    the facts it is in] in the words' order, and the ranks of the first SCREEN facts of each
    word in at least `busy` facts, less those `held`: the words in most facts first, as long
    as the ranks are at most CARRIED."""
    ranks: defaultdict[str, list[int]] = defaultdict(list)
    for rank, found in words.items():
        for word in found:
            ranks[word].append(rank)
    # About four characters a rank, each written as its distance from the one before.
    count = buckets_for(sum(len(word) + 8 + 4 * len(found) for word, found in ranks.items()))
    shards: list[tuple[list, set[int]]] = [([], set()) for _ in range(count)]
    for word in sorted(ranks):
        shards[shard_of(word, count)][0].append([word, gaps(ranks[word])])
    for word in sorted((w for w, found in ranks.items() if len(found) >= busy), key=lambda w: (-len(ranks[w]), w)):
        carried = shards[shard_of(word, count)][1]
        first = {rank for rank in ranks[word][:SCREEN] if rank not in held}
        if len(carried | first) <= CARRIED:
            carried |= first
    return shards


def shard_of(word: str, count: int) -> int:
    """The shard of a word: the hash of its first PREFIX letters (the script computes the same)."""
    return fnv(word[:PREFIX]) % count


def days_of(records: list[Record]) -> list[list]:
    """[month, facts dated on each of its days] of every month a fact is dated in, in order;
    the count of a day past the last dated one is left out."""
    months: dict[str, list[int]] = {}
    for _, _, day in records:
        if day:
            counts = months.setdefault(day[:7], [])
            number = int(day[8:10])
            if len(counts) < number:
                counts.extend([0] * (number - len(counts)))
            counts[number - 1] += 1
    return [[month, counts] for month, counts in months.items()]


def gaps(ranks: list[int]) -> list[int]:
    """Ranks in order written short: the first, then each one's distance from the one before."""
    return [rank - before for rank, before in zip(ranks, [0, *ranks])]


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


@lru_cache(maxsize=1 << 16)
def fnv(text: str) -> int:
    """32-bit FNV-1a of the text's UTF-8."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
UNSAFE = re.compile("[<>&{}]")
ESCAPES = {char: f"\\u{ord(char):04x}" for char in "<>&{}"}


def as_text(value: list | str) -> str:
    """Compact JSON with no markup or template tag in it."""
    text = ENCODE(value)
    # An array at the top, so that every brace and angle bracket is inside a string, where
    # it is written as an escape: no reader of the file (a template engine run over the
    # site, a browser sniffing it as HTML) finds markup or a tag in it.
    if UNSAFE.search(text):
        text = UNSAFE.sub(lambda found: ESCAPES[found.group()], text)
    return text
