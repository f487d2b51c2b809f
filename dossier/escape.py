"""Escape article text for Markdown and HTML, so it shows as the text it was."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters Python-Markdown (and the extensions a Material site commonly enables) give
# meaning anywhere in a line. Each becomes a backslash escape Python-Markdown knows, or an
# HTML entity where it has no backslash escape.
INLINE = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
    "{": "\\{", "}": "\\}", "|": "&#124;", "~": "&#126;", "^": "&#94;",
}
MEANINGFUL = re.compile("[" + re.escape("".join(INLINE)) + "]")
JINJA = (("\\{%", "\\{&#37;"), ("%\\}", "&#37;\\}"), ("\\{#", "\\{&#35;"), ("#\\}", "&#35;\\}"))
# What starts a block (heading, list, admonition, snippet, definition, setext rule) when it
# opens a line: the first character is escaped, and a leading number's dot or bracket.
LINE_START = {"#": "\\#", "+": "\\+", "-": "\\-", ".": "\\.", "!": "\\!", "=": "&#61;",
              ":": "&#58;"}
NUMBERED = re.compile(r"^(\d+)([.)])")
# Python-Markdown marks its placeholders with STX/ETX; text carrying them could pull in
# stashed HTML. No control character has a place in article text, so all are dropped.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SAFE_SCHEMES = ("http", "https")
# Words of letters and digits, one space, comma-space, apostrophe or hyphen between them:
# nothing in such text is escaped or folded, so it is returned as it is. Most of a page's
# values are like this (names, kinds, dates, counts), and a page has thousands of them.
NOTHING_TO_ESCAPE = re.compile(r"(?:[^\W_]+(?:, |[ '’-]))*[^\W_]+")


def plain(text: object) -> str:
    """The text as one line: control characters dropped, runs of whitespace folded."""
    text = str(text)
    # Printable text has no control character and no whitespace but the ASCII space: most
    # text is already one line, and this tells so at a fraction of the cost of folding it.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(CONTROL.sub("", text).split())


def escape_markdown(text: object) -> Markup:
    """Text made safe to place in Markdown: no markup of its own survives, line breaks fold."""
    if isinstance(text, Markup):
        return text
    if type(text) is str and NOTHING_TO_ESCAPE.fullmatch(text):
        return Markup(text)
    return Markup(escape_line_start(escape_inline(plain(text))))


def finalize(value: object) -> str:
    """What a template's {{ }} writes: escape_markdown's text, made no Markup when it is
    written as it is (the page is a str; wrapping each of its values would only cost)."""
    kind = type(value)
    if kind is str:
        if NOTHING_TO_ESCAPE.fullmatch(value):
            return value
    elif kind is Markup:
        return value
    elif kind is int:
        text = str(value)
        if NOTHING_TO_ESCAPE.fullmatch(text):
            return text
    return escape_markdown(value)


def escape_inline(flat: str) -> str:
    """One line of text escaped for any place in a line but its start."""
    if not MEANINGFUL.search(flat) and flat[-1:] != "#":
        return flat
    # str.translate looks up every character; most text has none or few of these, and a
    # scan for each is far faster. In INLINE's order no replacement is replaced again.
    for char, escaped in INLINE.items():
        if char in flat:
            flat = flat.replace(char, escaped)
    # "![" opens an image anywhere in a line.
    flat = flat.replace("!\\[", "\\!\\[")
    # A template engine run over the page (a macros plugin) must find no tag to run.
    if "{" in flat or "}" in flat:
        for tag, escaped in JINJA:
            flat = flat.replace(tag, escaped)
    # A heading drops the #s that end its line: 'Why C#' would show as 'Why C'.
    if flat[-1:] == "#":
        flat = flat[:-1] + "\\#"
    return flat


def escape_line_start(flat: str) -> str:
    """An escaped line that must not open a block: heading, list, quote, rule, admonition."""
    numbered = NUMBERED.match(flat)
    if numbered:
        return f"{numbered.group(1)}\\{numbered.group(2)}{flat[numbered.end():]}"
    if flat[:1] in LINE_START:
        return LINE_START[flat[0]] + flat[1:]
    return flat


def escape_attribute(text: object) -> Markup:
    """Text made safe inside a double-quoted HTML attribute in Markdown."""
    flat = plain(text)
    return Markup(flat.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
                  .replace(">", "&gt;").replace("{", "&#123;").replace("}", "&#125;"))


def safe_url(url: str) -> str:
    """An http(s) URL percent-encoded so it cannot end a Markdown link early; '' for any other."""
    url = plain(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    if scheme not in SAFE_SCHEMES:
        return ""
    return quote(url, safe=":/?#@!$&'+,;=%-._~")


def safe_image_path(path: str) -> str:
    """A path to a file inside the docs folder, written with '/'; '' for any other
    (absolute, climbing out with '..', or with a scheme such as javascript: or data:)."""
    path = plain(path)
    if not path or path.startswith("/") or ":" in path or "\\" in path or ".." in path.split("/"):
        return ""
    return path


def link(text: object, url: str) -> Markup:
    """A Markdown link whose text is escaped; url must come from safe_url or a page path."""
    return Markup(f"[{escape_markdown(text)}]({url})")
