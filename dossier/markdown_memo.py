"""A Python-Markdown extension that converts a list item it has converted before at once.

A dossier's list pages repeat the same entries: a fact is listed on the page of each actor
it names, of its month and of its kind, and an edit while serving changes one entry on each
of those pages and leaves the rest as they were. Here the HTML of a list item is kept, by
its Markdown, and given again wherever the same Markdown makes the same list item, in this
build or a later one of the same process, so that only new entries are converted. An item
is kept the second time it is met: most items of a site are on one page.

A list item is taken once Python-Markdown's block parser has made it, before inline
patterns run: a `<li>` holding text alone, which every later step (inline patterns,
attr_list, the serializer, raw HTML put back) converts the same whatever the page around it
holds. What does depend on the page is kept out or done again for each page:

- reference links resolve against the page's definitions: a page that defines one keeps no
  item and reuses none;
- the addresses of links and images depend on where the page is (MkDocs rewrites them, and
  warns of a link to no page): the item stands in the tree for its links and ids while the
  later tree processors run, so MkDocs rewrites, checks and records each link of the page
  as before, in the same order; the item's HTML is kept with a gap where each address goes,
  filled with the address each link has after that;
- ids (attr_list's `{: #id }`) are seen by the table of contents, which gives headings ids
  no other element has, and by MkDocs' anchor checks: the item's ids stand in the tree too.
  (An item of text alone holds no heading: only the block parser makes one.)

The kept HTML is keyed on the item's Markdown and on how the page's Markdown is set up
(every inline pattern, tree processor and postprocessor with its settings, each extension's
options): a page set up any other way keys its own items. Where a processor this module does
not know could act on the page as a whole (footnotes, abbreviations), it keeps and reuses
nothing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown import Extension, util
from markdown.serializers import _escape_attrib_html
from markdown.treeprocessors import Treeprocessor

KNOWN_TREEPROCESSORS = frozenset((
    "inline", "prettify", "unescape", "attr_list", "toc",
    # MkDocs' own: link rewriting and checking, anchors, the title.
    "relpath", "mkdocs_extract_anchors", "mkdocs_extract_title",
    "dossier_memo_lookup", "dossier_memo_links", "dossier_memo_fill", "dossier_toc_marker"))
"""Tree processors that act on an item alone or, as MkDocs' do, on the links and ids it
stands in the tree for."""
KNOWN_POSTPROCESSORS = frozenset(("raw_html", "amp_substitute"))
"""Inline patterns are not listed: Python-Markdown gives each the text it is to read, and
the one that reads more, the reference links, reads the page's definitions (an item is
never kept on a page that has any). An extension that keeps what it met on a page (the
footnotes, the abbreviations) acts on the whole page in a tree processor of its own."""
LINKS = {"a": "href", "img": "src"}
"""The elements whose address MkDocs rewrites, and the attribute it rewrites."""
GAP = "\x07"
"""Marks an address's place in an item's HTML while it is kept: a character no page holds."""
GAPS = re.compile(f"{GAP}([0-9]+){GAP}")
MAX_CHARACTERS = 200_000_000
"""The kept items' Markdown and HTML together, at most: past it the oldest are let go."""
MAX_SECTION_CHARACTERS = 20_000_000
"""The kept sections' Markdown, at most: a tree takes several times its text's memory, and a
save converts a few million characters at most (a build of every page, after a change to
mkdocs.yml, would otherwise keep every section of the site)."""
MAX_SEEN = 1_000_000
"""Items met once that are remembered, at most: past it they are forgotten, and kept only
once met twice again."""


Mark = tuple[str, tuple[tuple[str, str], ...]]
"""An element of a kept item that a later step of the page looks at, as its tag and
attributes: a link or image (MkDocs rewrites its address) or an element with an id. Tuples
of strings alone, which the cycle collector stops looking at: a build keeps many."""


@dataclass(frozen=True, slots=True)
class Item:
    """A list item's HTML, with a gap for the address of each link and image."""

    attributes: tuple[tuple[str, str], ...]
    """The `<li>`'s own, attr_list's `{: #id }` among them."""
    pieces: tuple[str, ...]
    """The HTML inside the `<li>`, cut where each address goes."""
    marks: tuple[Mark, ...]
    """Its links and images in the order of the page (each with the address as written),
    then its other elements with an id."""

    @property
    def size(self) -> int:
        return sum(map(len, self.pieces)) + 100 * len(self.marks)


class ItemMemo:
    """The items converted so far in this process, by how the page is set up and the item's Markdown."""

    def __init__(self, limit: int = MAX_CHARACTERS, active: bool = True):
        self.active = active
        """False: every item is converted, none kept."""
        self.items: dict[tuple[int, str], Item] = {}
        self.seen: set[int] = set()
        """The hashes of the keys of items met once, and not kept: most items of a site are
        on one page, and keeping them would cost a full build more than it saves."""
        self.setups: dict[tuple, int] = {}
        self.characters = 0
        self.limit = limit

    def setup_key(self, setup: tuple) -> int:
        """A short key for a setup, so a lookup hashes the item's text and no more."""
        return self.setups.setdefault(setup, len(self.setups))

    def get(self, key: tuple[int, str]) -> Item | None:
        return self.items.get(key)

    def met_before(self, key: tuple[int, str]) -> bool:
        """True for an item met before (on this page or another) and not kept yet: the
        second time an item is met it is kept."""
        return met_before(self.seen, key)

    def add(self, key: tuple[int, str], item: Item) -> None:
        if key in self.items:
            return
        self.items[key] = item
        self.characters += len(key[1]) + item.size
        while self.characters > self.limit and self.items:
            # Dicts keep their order: the first are the oldest.
            oldest = next(iter(self.items))
            self.characters -= len(oldest[1]) + self.items.pop(oldest).size


MEMO = ItemMemo(active=False)
"""Kept for as long as the process lives: `mkdocs serve` builds again in the same process.
Off until the dossier's plugin turns it on while serving: in one full build an item is met
2.4 times on average, too few for keeping it to pay (converting the pages of a thousand
articles took 10% more processor time with it on)."""


class Filled:
    """The HTML inside a kept item's `<li>`, its addresses filled in once MkDocs has
    rewritten them; stashed as raw HTML, which Python-Markdown puts back as its text."""

    html = ""

    def __str__(self) -> str:
        return self.html


@dataclass
class Reused:
    """A kept item standing in a page's tree."""

    item: Item
    element: etree.Element
    links: list[etree.Element]
    stand_ins: list[etree.Element]
    filled: Filled


@dataclass
class Converted:
    """An item converted on this page, to keep once the page is done with it."""

    key: tuple[int, str]
    element: etree.Element
    links: list[tuple[etree.Element, str, str]] | None = None
    """Each link or image in the item: the element, the attribute, the address before MkDocs rewrites it."""


class Lookup(Treeprocessor):
    """Before inline patterns: each list item of text alone that was converted before
    stands in for its HTML; the others are noted, to keep."""

    def __init__(self, md, memo: ItemMemo):
        super().__init__(md)
        self.memo = memo
        self.setup: int | None = None
        self.reset()

    def reset(self) -> None:
        self.reused: list[Reused] = []
        self.converted: list[Converted] = []

    def run(self, root: etree.Element) -> None:
        self.reset()
        if not self.memo.active:
            return
        if self.setup is None:
            setup = setup_of(self.md)
            self.setup = -1 if setup is None else self.memo.setup_key(setup)
        if self.setup < 0 or self.md.references:
            return
        get, setup = self.memo.get, self.setup
        for element in root.iter("li"):
            text = element.text
            if not text or len(element) or element.attrib or GAP in text or util.STX in text:
                # A stashed block of the page (raw HTML, fenced code) is the page's, not the item's.
                continue
            key = (setup, text)
            item = get(key)
            if item is None:
                if self.memo.met_before(key):
                    self.converted.append(Converted(key, element))
            else:
                self.reused.append(self.stand_in(element, item))

    def stand_in(self, element: etree.Element, item: Item) -> Reused:
        """The item in the tree: its own attributes, and an element for each of its links and ids."""
        filled = Filled()
        element.text = util.AtomicString(self.md.htmlStash.store(filled))
        for name, value in item.attributes:
            element.set(name, value)
        stand_ins = [etree.SubElement(element, tag, dict(attributes)) for tag, attributes in item.marks]
        links = [e for e in stand_ins if e.tag in LINKS]
        return Reused(item, element, links, stand_ins, filled)


class Links(Treeprocessor):
    """Before MkDocs rewrites addresses: each link's address as written, in the items to keep."""

    def __init__(self, md, lookup: Lookup):
        super().__init__(md)
        self.lookup = lookup

    def run(self, root: etree.Element) -> None:
        unescape = self.md.treeprocessors["unescape"].unescape if "unescape" in self.md.treeprocessors else str
        for converted in self.lookup.converted:
            links = []
            for element in converted.element.iter():
                attribute = LINKS.get(element.tag)
                if attribute is not None:
                    address = element.get(attribute)
                    if address is None:
                        links = None
                        break
                    # Python-Markdown's escapes are undone before MkDocs reads the address.
                    links.append((element, attribute, unescape(address)))
            converted.links = links


class Fill(Treeprocessor):
    """Last: the reused items' addresses as MkDocs rewrote them, and the converted items kept."""

    def __init__(self, md, lookup: Lookup):
        super().__init__(md)
        self.lookup = lookup

    def run(self, root: etree.Element) -> None:
        for reused in self.lookup.reused:
            pieces = reused.item.pieces
            addresses = [_escape_attrib_html(e.get(LINKS[e.tag])) for e in reused.links]
            reused.filled.html = "".join(p for pair in zip(pieces, addresses + [""]) for p in pair)
            for stand_in in reused.stand_ins:
                reused.element.remove(stand_in)
        for converted in self.lookup.converted:
            if converted.links is not None:
                item = self.keep(converted)
                if item is not None:
                    self.lookup.memo.add(converted.key, item)

    def keep(self, converted: Converted) -> Item | None:
        """The item as the page converts it, with a gap for each address; None if it cannot be kept."""
        element = converted.element
        originals = []
        for number, (link, attribute, original) in enumerate(converted.links):
            if GAP in original or util.STX in original or util.ETX in original:
                return None
            originals.append(link.get(attribute))
            link.set(attribute, f"{GAP}{number}{GAP}")
        tail, element.tail = element.tail, None
        try:
            html = self.md.serializer(element)
        finally:
            element.tail = tail
            for (link, attribute, _), address in zip(converted.links, originals):
                link.set(attribute, address)
        for processor in self.md.postprocessors:
            html = processor.run(html)
        start = html.find(">") + 1
        if not html.startswith("<li") or not html.endswith("</li>") or start <= 0:
            return None
        parts = GAPS.split(html[start:-len("</li>")])
        pieces, numbers = parts[0::2], parts[1::2]
        if numbers != [str(n) for n in range(len(converted.links))] or any(GAP in p for p in pieces):
            return None
        marks = [(link.tag, tuple((name, original if name == attribute else value) for name, value in link.items()))
                 for link, attribute, original in converted.links]
        marks += [("span", (("id", e.get("id")),)) for e in element.iter()
                  if e is not element and e.tag not in LINKS and e.get("id") is not None]
        return Item(tuple(element.items()), tuple(pieces), tuple(marks))


def setup_of(md) -> tuple | None:
    """How this Markdown converts an item's text once the block parser has made it: its
    inline patterns, tree processors and postprocessors, each with its settings, and each
    extension's options; None where a tree processor or postprocessor this module does not
    know could act on the page as a whole. (How the text came to be the item's, the
    preprocessors and block processors, is in the text itself.)"""
    registries = (md.inlinePatterns, md.treeprocessors, md.postprocessors)
    names = [[item.name for item in sorted(r._priority, key=lambda i: -i.priority)] for r in registries]
    if not (set(names[1]) <= KNOWN_TREEPROCESSORS and set(names[2]) <= KNOWN_POSTPROCESSORS):
        return None
    processors = tuple(tuple((name, type(registry[name]).__module__, type(registry[name]).__qualname__,
                              settings(registry[name]))
                             for name in order) for registry, order in zip(registries, names))
    extensions = tuple((type(e).__module__, type(e).__qualname__, plain(e.getConfigs()))
                       for e in md.registeredExtensions)
    return (md.output_format, md.tab_length, tuple(sorted(md.block_level_elements)), tuple(md.ESCAPED_CHARS),
            processors, extensions)


def settings(processor) -> tuple:
    """What a processor was set up with: its attributes that are plain values (an option,
    a pattern, a function), leaving out the objects it works on (the page, its files)."""
    if isinstance(processor, (Lookup, Links, Fill)) or type(processor).__module__.startswith("mkdocs."):
        # MkDocs' hold what they found on this page, and how it rewrites addresses, which
        # a kept item leaves to it.
        return ()
    found = []
    for name, value in sorted(vars(processor).items()):
        value = plain(value)
        if value is not NOT_PLAIN:
            found.append((name, value))
    return tuple(found)


NOT_PLAIN = object()


def plain(value):
    """The value as a key: itself if plain, a pattern's text, a function's name; NOT_PLAIN
    for anything else."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, re.Pattern):
        return ("pattern", value.pattern, value.flags)
    if callable(value) and hasattr(value, "__qualname__") and not isinstance(value, type):
        return ("function", getattr(value, "__module__", None), value.__qualname__)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v) for v in value]
        if NOT_PLAIN in items:
            return NOT_PLAIN
        return tuple(sorted(items, key=repr)) if isinstance(value, (set, frozenset)) else tuple(items)
    if isinstance(value, dict):
        items = [(plain(k), plain(v)) for k, v in value.items()]
        if any(NOT_PLAIN in pair for pair in items):
            return NOT_PLAIN
        return ("dict", tuple(sorted(items, key=repr)))
    return NOT_PLAIN


class ItemMemoExtension(Extension):
    """Reuses the HTML of list items converted before (see the module's docstring)."""

    def __init__(self, memo: ItemMemo | None = None, **kwargs):
        self.memo = memo if memo is not None else MEMO
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        lookup = Lookup(md, self.memo)
        # After the block parser, before inline patterns (20).
        md.treeprocessors.register(lookup, "dossier_memo_lookup", 21)
        # After attr_list (8), the table of contents and MkDocs' anchors (5), its title (1),
        # before Python-Markdown's unescaping and MkDocs' link rewriting (0).
        md.treeprocessors.register(Links(md, lookup), "dossier_memo_links", 0.5)
        # After them all.
        md.treeprocessors.register(Fill(md, lookup), "dossier_memo_fill", -1)


def makeExtension(**kwargs):
    return ItemMemoExtension(**kwargs)


KNOWN_BLOCKPROCESSORS = frozenset((
    "empty", "indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote",
    "reference", "paragraph", "table"))
"""Block processors known to read no block after the one they are given (each takes the
first of the blocks left, and may put back what is left of it), and of the tree only the
parent's last child: Python-Markdown's own and the tables'. A footnote, by contrast, takes
the indented blocks after it."""


class SectionMemo:
    """The block parser's tree of each section of a page parsed before, by the section's blocks.

    A section is the page's blocks from one that opens with '#' to the next such block. The
    block parser gives a block opening with '#' to the table or the heading processor, neither
    of which looks at what came before, and every processor reads the blocks from the first
    left: so each section is parsed the same whatever the sections around it, and a page whose
    sections were all parsed before needs only their trees copied. An edit to one entry of a
    list page changes the one section that lists it; the others keep their tree. (Only the
    first section of a page can open otherwise than with '#'.)

    Like the list items, a section is kept the second time it is met, and only while the list
    items are kept (while serving with --dirty)."""

    def __init__(self, switch: ItemMemo, limit: int = MAX_SECTION_CHARACTERS):
        self.switch = switch
        """Kept and reused only while this memo of list items is active."""
        self.trees: dict[tuple, tuple[etree.Element, ...]] = {}
        self.seen: set[int] = set()
        self.setups: dict[tuple, int] = {}
        self.characters = 0
        self.limit = limit

    def add(self, key: tuple, elements: tuple[etree.Element, ...]) -> None:
        if key in self.trees:
            return
        self.trees[key] = elements
        self.characters += sum(map(len, key[1]))
        while self.characters > self.limit and self.trees:
            oldest = next(iter(self.trees))
            self.characters -= sum(map(len, oldest[1]))
            del self.trees[oldest]

    def met_before(self, key: tuple) -> bool:
        return met_before(self.seen, key)


def met_before(seen: set[int], key: tuple) -> bool:
    """True for a key seen before; else it is noted as seen, the notes let go past MAX_SEEN."""
    number = hash(key)
    if number in seen:
        return True
    if len(seen) > MAX_SEEN:
        seen.clear()
    seen.add(number)
    return False


SECTIONS = SectionMemo(MEMO)


def block_setup_of(md) -> tuple | None:
    """How the block parser turns a section's text into a tree: its block processors, each
    with its settings; None where one this module does not know could read past its block."""
    registry = md.parser.blockprocessors
    order = [item.name for item in sorted(registry._priority, key=lambda i: -i.priority)]
    if not set(order) <= KNOWN_BLOCKPROCESSORS:
        return None
    return (md.tab_length, tuple((name, type(registry[name]).__module__, type(registry[name]).__qualname__,
                                  settings(registry[name])) for name in order))


def sections(blocks: list[str]) -> list[list[str]]:
    """The page's blocks cut before each block (but the first) that opens with '#'."""
    cut = [0] + [number for number in range(1, len(blocks)) if blocks[number].startswith("#")] + [len(blocks)]
    return [blocks[start:end] for start, end in zip(cut, cut[1:])]


class SectionParser:
    """The block parser's parseDocument, each section's tree copied where it was parsed before."""

    def __init__(self, md, memo: SectionMemo):
        self.md = md
        self.memo = memo
        self.setup: int | None = None
        self.parse_whole = md.parser.parseDocument

    def __call__(self, lines) -> etree.ElementTree:
        memo, parser = self.memo, self.md.parser
        if not memo.switch.active:
            return self.parse_whole(lines)
        if self.setup is None:
            setup = block_setup_of(self.md)
            self.setup = -1 if setup is None else memo.setups.setdefault(setup, len(memo.setups))
        if self.setup < 0:
            return self.parse_whole(lines)
        parser.root = root = etree.Element(self.md.doc_tag)
        for blocks in sections("\n".join(lines).split("\n\n")):
            key = (self.setup, tuple(blocks))
            kept = memo.trees.get(key)
            if kept is not None:
                root.extend(element.__deepcopy__({}) for element in kept)
                continue
            start, references = len(root), dict(self.md.references)
            parser.parseBlocks(root, blocks)
            # A section that defines a reference link leaves more than its tree: never kept.
            if memo.met_before(key) and self.md.references == references and not parser.state:
                memo.add(key, tuple(element.__deepcopy__({}) for element in root[start:]))
        return etree.ElementTree(root)


class SectionMemoExtension(Extension):
    """Copies the tree of each section of a page parsed before (see SectionMemo)."""

    def __init__(self, memo: SectionMemo | None = None, **kwargs):
        self.memo = memo if memo is not None else SECTIONS
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        md.parser.parseDocument = SectionParser(md, self.memo)
