"""Escape article text for Markdown and HTML, so it shows as the text it was."""

from __future__ import annotations

import re

from markupsafe import Markup

# Characters Python-Markdown (and the extensions the site enables) give meaning
# anywhere in a line. Each is written as a backslash escape or an HTML entity.
_INLINE = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
    "{": "\\{", "}": "\\}", "|": "&#124;",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# What would start a block (heading, list, quote, code fence, snippet) at a line's start.
_LINE_START = re.compile(r"^(\s*)([#+\-.!]|\d+(?=[.)]))", re.MULTILINE)


def escape_markdown(text: object) -> Markup:
    """Text made safe to place in Markdown: no markup of its own survives, line breaks fold."""
    if isinstance(text, Markup):
        return text
    flat = " ".join(str(text).split())
    flat = _INLINE_RE.sub(lambda m: _INLINE[m.group()], flat)
    flat = _LINE_START.sub(lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c
                                                          for c in m.group(2)), flat)
    # A fence of tildes has no backslash escape; an entity shows the same character.
    flat = re.sub(r"^~", "&#126;", flat)
    # "1. text" must not become a list item: escape the dot after a leading number.
    flat = re.sub(r"^(\d+)([.)])", r"\1\\\2", flat)
    # "![" starts an image anywhere in a line.
    flat = flat.replace("!\\[", "\\!\\[")
    return Markup(flat)


def escape_attribute(text: object) -> Markup:
    """Text made safe inside a double-quoted HTML attribute in Markdown."""
    flat = " ".join(str(text).split())
    return Markup(flat.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
                  .replace(">", "&gt;").replace("{", "&#123;").replace("}", "&#125;"))
