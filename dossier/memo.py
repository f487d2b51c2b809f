"""Reuse the pages of the last render whose inputs have not changed: a rebuild while serving
renders only what an edit touched.

A page is reused only when everything it was rendered from is equal to what it would be
rendered from now: the same compiled template, equal explicit values, and an equal answer
to every lookup it made in the dossier's index. The lookups are recorded while the page
renders, through stand-ins for the index and the dossier that note each question and its
answer, so a template (ours or a user's) cannot read anything the check would not compare.

The answers are not compared page by page. Each render compares the new index with the
last one once, table by table, and notes for each key whose answer changed the render it
changed in; a page (or a fragment, see IndexReads.fragment) last found current in render n
is current now if no key it read has changed since n. A read the index cannot vouch for
this way (the dossier itself, a table filled while rendering) is compared with its answer now.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace

from .facets import Kept
from .views import Relations

MISSING = object()
"""The answer of a lookup whose key was not there."""
ALWAYS = math.inf
"""The generation the answers of the dossier and of tables filled while rendering last changed
in, as far as the memo knows: any, so they are compared each time."""
WHOLE = object()
"""The key of a read that saw a whole table (iterated it, took its length)."""

Reads = dict
"""{where: {key: answer}}: what one page asked of the index ('labels', 'articles', ...,
'index' for its other fields, 'names_in') and of the dossier ('dossier'). As the memo keeps
them (PageMemo.kept), the keys alone, in a tuple, where the memo notes the changes."""

NAMES_FROM = "actors_of_article"
"""The table Index.names_in(article) is made from, entry by entry: its answer for an
article can change only when that article's actors do."""


def same(old, new) -> bool:
    """Equal, and of the same type: Markup('a&b') and 'a&b' are equal but render differently."""
    return old is new or (type(old) is type(new) and old == new)


def all_same(where: str, seen: dict, index, dossier) -> bool:
    """Whether every read recorded under `where` gets the same answer now."""
    if where == "dossier":
        return all(same(value, getattr(dossier, key)) for key, value in seen.items())
    if where == "index":
        return all(same(value, getattr(index, key)) for key, value in seen.items())
    if where == "names_in":
        return all(same(value, index.names_in(key)[1]) for key, value in seen.items())
    table = getattr(index, where)
    return all(same(value, table if key is WHOLE else table.get(key, MISSING)) for key, value in seen.items())


def same_names(old: tuple, new: tuple) -> bool:
    """Whether two tuples of actors have the same ids, names and aliases, in order: all that
    the names an article's text is linked by are made of."""
    return [(a.id, a.name, a.aliases) for a in old] == [(a.id, a.name, a.aliases) for a in new]


def reuse_equal(old: tuple, new: tuple) -> tuple:
    """The new items, each the same as an old one of its id replaced by that old one."""
    if old is new:
        return new
    by_id = {item.id: item for item in old}
    return tuple(found if (found := by_id.get(item.id)) is not None and same(found, item) else item for item in new)


class TableReads(Mapping):
    """One of the index's tables, noting each key asked for and the answer."""

    def __init__(self, name: str, table: dict, reads: Reads):
        self.name, self.table, self.reads = name, table, reads

    def __getitem__(self, key):
        found = self.table.get(key, MISSING)
        self.reads.setdefault(self.name, {})[key] = found
        if found is MISSING:
            raise KeyError(key)
        return found

    def __iter__(self):
        self.reads.setdefault(self.name, {})[WHOLE] = self.table
        return iter(self.table)

    def __len__(self) -> int:
        self.reads.setdefault(self.name, {})[WHOLE] = self.table
        return len(self.table)


class IndexReads:
    """The render's Index as a page sees it: every table lookup and every other field noted."""

    def __init__(self, index, reads: Reads, memo: PageMemo):
        self._index, self._reads, self._memo = index, reads, memo

    def __getattr__(self, name: str):
        value = getattr(self._index, name)
        if isinstance(value, dict):
            return TableReads(name, value, self._reads)
        if callable(value):
            raise AttributeError(f"{name} is not available to a page rendered for reuse")
        self._reads.setdefault("index", {})[name] = value
        return value

    def names_in(self, article_id: str):
        """Index.names_in, noted by the names and ids it found (the pattern follows from them)."""
        found = self._index.names_in(article_id)
        self._reads.setdefault("names_in", {})[article_id] = found[1]
        return found

    def fragment(self, key, values: tuple, make, lasting: bool = True):
        """Index.fragment, kept in the memo with the reads it was made from (through a
        recording index of its own), across renders if lasting: reused while its values
        are the same and its reads unchanged, and its reads noted on every page that uses it."""
        memo = self._memo
        kept = memo.fragments if lasting else memo.passing
        found = kept.get(key)
        if found is None or not memo.fragment_current(found, values):
            reads: Reads = {}
            found = Fragment(values, make(IndexReads(self._index, reads, memo)), memo.kept(reads), memo.generation)
            kept[key] = found
            memo.made.append(key)
        for where, seen in found.reads.items():
            self._reads.setdefault(where, {}).update(seen if isinstance(seen, dict) else dict.fromkeys(seen))
        return found.made


class DossierReads:
    """The Dossier as a page sees it: each field it reads is noted whole."""

    def __init__(self, dossier, reads: Reads):
        self._dossier, self._reads = dossier, reads

    def __getattr__(self, name: str):
        value = getattr(self._dossier, name)
        self._reads.setdefault("dossier", {})[name] = value
        return value


@dataclass(slots=True)
class Rendered:
    """A page as last rendered, with everything it was rendered from."""

    template: object
    context: dict
    reads: Reads
    text: str
    checked: int
    """The last render that found every read of it current (its generation)."""


@dataclass(slots=True)
class Fragment:
    """Markdown several pages show (a list entry, a fact's linked text), with what it was made from."""

    values: tuple
    """The values it was made from besides its key and its reads, compared on reuse."""
    made: object
    reads: Reads
    checked: int
    """The last render that found every read of it current."""


class PageMemo:
    """The pages of the last render, by path. It only ever answers with a page whose inputs
    are all equal to the current ones; anything else is rendered again."""

    def __init__(self):
        self.pages: dict[str, Rendered] = {}
        self.fragments: dict = {}
        """Fragments by key, kept across renders: a page rendered again reuses those still current."""
        self.passing: dict = {}
        """Fragments by key that are not worth their memory beyond the render under way."""
        self.reused = 0
        """Pages the last render took from the memo."""
        self.rendered: list[str] = []
        """Pages the last render rendered anew."""
        self.made: list = []
        """The keys of the fragments the last render made anew."""
        self.generation = 0
        """The number of the render under way."""
        self.index = self.dossier = None
        self.changed: dict[str, dict] = {}
        """{where: {key: the generation its answer last changed in}}, for the tables the
        index fills when it is made and for its other fields ('index')."""
        self.last_changed: dict[str, float] = {"dossier": ALWAYS}
        """{where: the generation any of its answers last changed in}: a page checked since
        reads nothing changed there. ALWAYS where the answers are compared each time."""
        self.kept_fragments = 0
        """How many fragments there were after the last clearing out (see keep_only)."""
        self.relations = Relations()
        """The relations views' own memo (views.Relations): its values are not the index's."""
        self.facets = Kept()
        """The facts index's own memo (facets.Kept): the parts of the last index, by name."""
        self.actor_parts: dict = {}
        """{actor id: (what its lists were made from, its pages' lists)} of the last
        render (see render.kept_actor_pages)."""

    def same_items(self, dossier):
        """The dossier, each article, actor and fact equal to one the last render had replaced
        by that one: what did not change is then known by identity, at once, by every check."""
        last = self.dossier
        if last is None:
            return dossier
        return replace(dossier, **{name: reuse_equal(getattr(last, name), getattr(dossier, name))
                                   for name in ("articles", "actors", "facts")})

    def start(self, index, dossier) -> None:
        """A render begins with this index: note which of its answers differ from the last."""
        self.reused, self.rendered, self.made, self.passing = 0, [], [], {}
        self.generation += 1
        self.relations.start()
        last, self.index, self.dossier = self.index, index, dossier
        if last is None:
            # Nothing held was found current against a known index.
            self.pages, self.fragments, self.changed = {}, {}, {}
            self.last_changed = {"dossier": ALWAYS, **dict.fromkeys(index.grown_while_rendering, ALWAYS)}
            return
        grown = set(index.grown_while_rendering)
        for field in fields(index):
            old, new = getattr(last, field.name), getattr(index, field.name)
            if isinstance(new, dict):
                if field.name not in grown:
                    self.note_changes(field.name, old, new)
            elif not same(old, new):
                self.changed.setdefault("index", {})[field.name] = self.last_changed["index"] = self.generation
        # An article's actors change whenever one of them is named in one more article; the
        # names and ids it links by seldom do.
        names = self.changed.setdefault("names_in", {})
        for article, when in self.changed.get(NAMES_FROM, {}).items():
            if when == self.generation and not same_names(getattr(last, NAMES_FROM).get(article, ()),
                                                          getattr(index, NAMES_FROM).get(article, ())) \
                    and not same(last.names_in(article)[1], index.names_in(article)[1]):
                names[article] = self.last_changed["names_in"] = self.generation

    def note_changes(self, name: str, old: dict, new: dict) -> None:
        """Note the keys of one table whose answer differs between the last index and this one."""
        # Equal tables with values of the same types (compared at C speed) are the common case.
        if old is new or old == new and list(map(type, old.values())) == list(map(type, map(new.get, old))):
            return
        changes = self.changed.setdefault(name, {})
        for key in old.keys() | new.keys():
            if not same(old.get(key, MISSING), new.get(key, MISSING)):
                changes[key] = self.generation
        self.last_changed[name] = self.generation

    def current(self, reads: Reads, checked: int) -> bool:
        """Whether every read, all found current in generation `checked`, gets the same answer now."""
        if checked == self.generation:
            return True
        for where, seen in reads.items():
            when = self.last_changed.get(where, 0)
            if when <= checked:
                continue
            if when == ALWAYS:
                if not all_same(where, seen, self.index, self.dossier):
                    return False
            # The keys alone are kept here (see kept).
            elif WHOLE in seen or max(map(self.changed[where].get, seen, itertools.repeat(0))) > checked:
                return False
        return True

    def kept(self, reads: Reads) -> Reads:
        """The reads as the memo keeps them: where the changes are noted, the keys alone, in a
        tuple, which the cycle collector stops watching, as it must every object it could
        reach otherwise; elsewhere the answers too, to be compared."""
        always = self.last_changed
        return {where: seen if always.get(where) == ALWAYS else tuple(seen) for where, seen in reads.items()}

    def fragment_current(self, fragment: Fragment, values: tuple) -> bool:
        """Whether a kept fragment was made from these values and reads that are all still current."""
        if len(fragment.values) != len(values) or not all(map(same, fragment.values, values)):
            return False
        if not self.current(fragment.reads, fragment.checked):
            return False
        fragment.checked = self.generation
        return True

    def render(self, path: str, template, context: dict, finish: Callable[[str], str] = str) -> str:
        """The page at path: the last one if nothing it depends on changed, else rendered
        anew and given to `finish` (which must read nothing but the text)."""
        last = self.pages.get(path)
        if last is not None and self.unchanged(last, template, context):
            last.checked = self.generation
            self.reused += 1
            return last.text
        reads: Reads = {}
        text = finish(template.render(dossier=DossierReads(self.dossier, reads),
                                      index=IndexReads(self.index, reads, self), **context))
        self.pages[path] = Rendered(template, context, self.kept(reads), text, self.generation)
        self.rendered.append(path)
        return text

    def unchanged(self, last: Rendered, template, context: dict) -> bool:
        """Whether the page would be rendered from the same template, values and answers."""
        # same() for each value, at C speed: equal dicts (keys too), then the values' types.
        old = last.context
        if last.template is not template or old != context \
                or list(map(type, old.values())) != list(map(type, map(context.get, old))):
            return False
        return self.current(last.reads, last.checked)

    def keep_only(self, paths) -> None:
        """Forget the pages that are no longer in the dossier, and, once the fragments kept
        have doubled, those that this render did not use."""
        self.pages, self.passing = {p: r for p, r in self.pages.items() if p in paths}, {}
        if len(self.fragments) > 2 * self.kept_fragments:
            self.fragments = {k: f for k, f in self.fragments.items() if f.checked == self.generation}
            self.kept_fragments = len(self.fragments)
