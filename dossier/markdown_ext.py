"""A Python-Markdown extension that converts the same Markdown to the same HTML, faster.

Python-Markdown tries each of its inline patterns (links, escapes, raw HTML, emphasis, ...)
on each run of text of a page, one after another: about fifteen regular expression scans and
as many calls per run of text, most of which find nothing, as most text holds no backtick,
no '[' and no '<'. Here a pattern is skipped where the text lacks a character every match
of it holds (a link's '[', an entity's '&'), which cannot change what is matched. A pattern
this module does not know, or one an extension replaced, is always tried, as before.

The table of contents looks for its marker ('[TOC]') in each element of a page by joining the
text of everything under it, which costs as much as the rest of the table of contents on a
long page; here that search is made only on a page where some element's text is the marker.

While `mkdocs serve --dirty` runs, it also keeps the HTML of the list items it converts, and
gives it again wherever the same Markdown makes the same item, and the block parser's tree
of each section of a page it parsed before (`markdown_memo.py`).

mkdocs.yml enables it (`markdown_extensions: [dossier.markdown_ext]`); a site without it
builds the same pages, only slower.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, inlinepatterns, util
from markdown.extensions.toc import TocTreeprocessor
from markdown.treeprocessors import InlineProcessor, Treeprocessor

from .markdown_memo import ItemMemoExtension, SectionMemoExtension

NEEDS = {
    "backtick": (inlinepatterns.BACKTICK_RE, ("`",)),
    "escape": (inlinepatterns.ESCAPE_RE, ("\\",)),
    "reference": (inlinepatterns.REFERENCE_RE, ("[",)),
    "link": (inlinepatterns.LINK_RE, ("[",)),
    "image_link": (inlinepatterns.IMAGE_LINK_RE, ("![",)),
    "image_reference": (inlinepatterns.IMAGE_REFERENCE_RE, ("![",)),
    "short_reference": (inlinepatterns.REFERENCE_RE, ("[",)),
    "short_image_ref": (inlinepatterns.IMAGE_REFERENCE_RE, ("![",)),
    "autolink": (inlinepatterns.AUTOLINK_RE, ("<",)),
    "automail": (inlinepatterns.AUTOMAIL_RE, ("<",)),
    "linebreak": (inlinepatterns.LINE_BREAK_RE, ("  \n",)),
    "html": (inlinepatterns.HTML_RE, ("<",)),
    "entity": (inlinepatterns.ENTITY_RE, ("&",)),
}
"""Python-Markdown's own inline patterns, by the name it registers them under: the
expression each is built from, and the strings of which every match holds one."""


def needs(name: str, pattern) -> tuple[str, ...] | None:
    """The strings of which every match of this pattern holds one; None for a pattern that
    must always be tried (one this module does not know, or not as Python-Markdown built it)."""
    if isinstance(pattern, inlinepatterns.DelimiterProcessor):
        # Emphasis and strong: every match opens on one of its delimiters ('*', '_').
        return tuple(pattern.tokens) if pattern.tokens else None
    known = NEEDS.get(name)
    if known is None or not isinstance(pattern, inlinepatterns.InlineProcessor):
        return None
    expression, strings = known
    return strings if pattern.pattern == expression else None


class QuickLinkProcessor(inlinepatterns.LinkInlineProcessor):
    """Python-Markdown's link pattern, reading a plain link at once: no bracket in its text,
    and an address of no space, quote, bracket, '<' or stashed text, as in `[Name](../x.md)`.
    Its getText and getLink read such a link to the same text and address, a character at a time."""

    PLAIN = re.compile(r"([^\[\]]*)\]\(([^()\s'\"<\x02\x03]*)\)")

    def handleMatch(self, m, data):
        plain = self.PLAIN.match(data, m.end(0))
        if plain is None:
            return super().handleMatch(m, data)
        el = etree.Element("a")
        el.text = plain.group(1)
        el.set("href", plain.group(2))
        return el, m.start(0), plain.end(0)


class QuickReferenceProcessor(inlinepatterns.ReferenceInlineProcessor):
    """Python-Markdown's reference link pattern, passing over an inline link at once: text with
    no bracket, then '](' is no reference ('[text][id]'), as its getText and evalId find,
    a character at a time."""

    INLINE_LINK = re.compile(r"[^\[\]]*\]\(")

    def handleMatch(self, m, data):
        if self.INLINE_LINK.match(data, m.end(0)):
            return None, None, None
        return super().handleMatch(m, data)


class QuickInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, skipping the patterns a text cannot match."""

    def run(self, tree, ancestors=None):
        # Read once per page: the registry sorts itself on every lookup by index.
        self.inlinePatterns._sort()
        names = [item.name for item in self.inlinePatterns._priority]
        self.patterns = [self.inlinePatterns[name] for name in names]
        self.needed = [needs(name, pattern) for name, pattern in zip(names, self.patterns)]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        """What InlineProcessor.__handleInline returns, without trying a pattern whose
        every match holds a string the text lacks."""
        if isinstance(data, util.AtomicString):
            return data
        apply = self._InlineProcessor__applyPattern
        patterns, needed = self.patterns, self.needed
        startIndex = 0
        count = len(patterns)
        while patternIndex < count:
            strings = needed[patternIndex]
            if strings is not None and (strings[0] not in data if len(strings) == 1
                                        else not any(s in data for s in strings)):
                patternIndex += 1
                startIndex = 0
                continue
            data, matched, startIndex = apply(patterns[patternIndex], data, patternIndex, startIndex)
            if not matched:
                patternIndex += 1
        return data


class QuickInlineExtension(Extension):
    """Replaces Python-Markdown's inline processor with QuickInlineProcessor."""

    def extendMarkdown(self, md):
        md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)
        for name, original, quick, priority in (
                ("reference", inlinepatterns.ReferenceInlineProcessor, QuickReferenceProcessor, 170),
                ("link", inlinepatterns.LinkInlineProcessor, QuickLinkProcessor, 160)):
            present = md.inlinePatterns[name] if name in md.inlinePatterns else None
            if type(present) is original and present.pattern == inlinepatterns.LINK_RE:
                md.inlinePatterns.register(quick(inlinepatterns.LINK_RE, md), name, priority)


class QuickTocMarker(Treeprocessor):
    """Before the table of contents: its search for the marker made only where an element's
    text is the marker.

    Python-Markdown's replace_marker replaces an element (outside headings, code and
    preformatted text) whose own text, stripped, is the marker and which holds no element;
    on the way it joins the text under every element of the page. A page none of whose
    elements has the marker as its text can have nothing replaced, so the search is passed
    over there, and made as before anywhere else."""

    def run(self, root: etree.Element) -> None:
        toc = self.md.treeprocessors["toc"] if "toc" in self.md.treeprocessors else None
        # Only Python-Markdown's own, whose search is known; a subclass may search otherwise.
        if type(toc) is not TocTreeprocessor or not toc.marker:
            return
        marker = toc.marker
        if any(element.text and element.text.strip() == marker for element in root.iter()):
            vars(toc).pop("replace_marker", None)
        else:
            toc.replace_marker = no_marker


def no_marker(root: etree.Element, elem: etree.Element) -> None:
    """The table of contents' replace_marker on a page no element of which is the marker."""


def makeExtension(**kwargs):
    return QuickExtension(**kwargs)


class QuickExtension(Extension):
    """The quicker inline processor and table of contents, and the memos of list items and sections."""

    def extendMarkdown(self, md):
        QuickInlineExtension().extendMarkdown(md)
        # After attr_list (8), which can leave an element's text the marker, before the table of contents (5).
        md.treeprocessors.register(QuickTocMarker(md), "dossier_toc_marker", 6)
        ItemMemoExtension().extendMarkdown(md)
        SectionMemoExtension().extendMarkdown(md)
