"""Reuse the pages of the last render whose inputs have not changed: a rebuild while serving
renders only what an edit touched.

A page is reused only when everything it was rendered from is equal to what it would be
rendered from now: the same compiled template, equal explicit values, and an equal answer
to every lookup it made in the dossier's index. The lookups are recorded while the page
renders, through stand-ins for the index and the dossier that note each question and its
answer, so a template (ours or a user's) cannot read anything the check would not compare.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

MISSING = object()
"""The answer of a lookup whose key was not there."""
WHOLE = object()
"""The key of a read that saw a whole table (iterated it, took its length)."""

Reads = dict
"""{where: {key: answer}}: what one page asked of the index ('labels', 'articles', ...,
'index' for its other fields, 'names_in') and of the dossier ('dossier')."""


def same(old, new) -> bool:
    """Equal, and of the same type: Markup('a&b') and 'a&b' are equal but render differently."""
    return old is new or (type(old) is type(new) and old == new)


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

    def __init__(self, index, reads: Reads):
        self._index, self._reads = index, reads

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

    def fragment(self, key, make):
        """Index.fragment, the value made from a recording index of its own: the reads it
        was made from are noted on every page that uses it, whichever page made it."""
        entry = self._index.recorded_fragments.get(key)
        if entry is None:
            reads: Reads = {}
            entry = self._index.recorded_fragments[key] = (make(IndexReads(self._index, reads)), reads)
        value, reads = entry
        for where, seen in reads.items():
            self._reads.setdefault(where, {}).update(seen)
        return value


class DossierReads:
    """The Dossier as a page sees it: each field it reads is noted whole."""

    def __init__(self, dossier, reads: Reads):
        self._dossier, self._reads = dossier, reads

    def __getattr__(self, name: str):
        value = getattr(self._dossier, name)
        self._reads.setdefault("dossier", {})[name] = value
        return value


def all_same(where: str, seen: dict, index, dossier) -> bool:
    """Whether every read recorded under `where` gets the same answer now."""
    if where == "dossier":
        answer = functools.partial(getattr, dossier)
    elif where == "index":
        answer = functools.partial(getattr, index)
    elif where == "names_in":
        answer = lambda key: index.names_in(key)[1]  # noqa: E731
    else:
        table = getattr(index, where)
        answer = lambda key: table if key is WHOLE else table.get(key, MISSING)  # noqa: E731
        if WHOLE not in seen:
            # Most reads are of single keys of a table (labels of links): compared as lists,
            # at C speed. A table's values all have one type, so equal means the same here.
            return list(seen.values()) == list(map(table.get, seen, itertools.repeat(MISSING)))
    return all(same(value, answer(key)) for key, value in seen.items())


@dataclass(frozen=True)
class Rendered:
    """A page as last rendered, with everything it was rendered from."""

    template: object
    context: dict
    reads: Reads
    text: str


class PageMemo:
    """The pages of the last render, by path. It only ever answers with a page whose inputs
    are all equal to the current ones; anything else is rendered again."""

    def __init__(self):
        self.pages: dict[str, Rendered] = {}
        self.reused = 0
        """Pages the last render took from the memo."""
        self.rendered: list[str] = []
        """Pages the last render rendered anew."""

    def render(self, path: str, template, context: dict, index, dossier) -> str:
        """The page at path: the last one if nothing it depends on changed, else rendered anew."""
        last = self.pages.get(path)
        if last is not None and self.unchanged(last, template, context, index, dossier):
            self.reused += 1
            return last.text
        reads: Reads = {}
        text = template.render(dossier=DossierReads(dossier, reads), index=IndexReads(index, reads), **context)
        self.pages[path] = Rendered(template, context, reads, text)
        self.rendered.append(path)
        return text

    @staticmethod
    def unchanged(last: Rendered, template, context: dict, index, dossier) -> bool:
        """Whether the page would be rendered from the same template, values and answers."""
        if last.template is not template or last.context.keys() != context.keys():
            return False
        if not all(same(last.context[k], context[k]) for k in context):
            return False
        return all(all_same(where, seen, index, dossier) for where, seen in last.reads.items())

    def start(self) -> None:
        """Count afresh: a render begins."""
        self.reused, self.rendered = 0, []

    def keep_only(self, paths) -> None:
        """Forget the pages that are no longer in the dossier."""
        self.pages = {p: r for p, r in self.pages.items() if p in paths}
