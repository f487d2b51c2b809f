"""Escaping: article text shows as the text it was and never becomes markup."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dossier.escape import CONTROL, NOTHING_TO_ESCAPE, escape_attribute, escape_markdown, link, plain, safe_url

# The extensions mkdocs.yml enables, so the HTML here is what the site would show.
EXTENSIONS = ["attr_list", "toc", "tables"]

HOSTILE = [
    "<script>window.pwned = 1</script>",
    '<img src="x" onerror="window.pwned = 2">',
    "<iframe src='https://example.com'></iframe>",
    "[click](javascript:alert(1))",
    "![](https://example.com/pixel.png)",
    "{{ config.site_name }} {% include 'x' %}",
    "!!! warning \"Admonition\"",
    "text {: .class onclick=\"x\" }",
    "--8<-- \"/etc/passwd\"",
    "<!-- a comment -->",
    "---",
    "# Not a heading",
    "1. not a list",
    "2) not a list either",
    "- not a list",
    "> not a quote",
    "    indented code",
    "```python\nfence\n```",
    "~~~",
    "=== \"Tab\"",
    ": definition",
    "| a | b |\n|---|---|",
    "*emphasis* and __strong__ and `code`",
    "[^1] and [TOC] and [ref]: https://example.com",
    "<https://example.com> and mail@example.com",
    "&amp; &lt;b&gt; &#60;",
    "back\\slash\\ at end\\",
    "line one\nline two\n\nparagraph two",
    "\x02wzxhzdk:0\x03 placeholder",
]


class Tree(HTMLParser):
    """The tags, attributes and text of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def html_of(markdown_text: str) -> Tree:
    return Tree(markdown.markdown(markdown_text, extensions=EXTENSIONS))


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("layout, tags", [
    ("{}\n{{: #p-1 }}\n", [("p", (("id", "p-1"),))]),
    ("# {}\n", [("h1", (("id", None),))]),
    ("- {}\n", [("ul", ()), ("li", ())]),
    ("[{}](page.md)\n", [("p", ()), ("a", (("href", "page.md"),))]),
])
def test_hostile_text_shows_as_text(text, layout, tags):
    tree = html_of(layout.format(escape_markdown(text)))
    assert [(t, tuple((k, v if k != "id" or v == "p-1" else None) for k, v in a))
            for t, a in tree.tags] == tags
    assert "".join(tree.text).strip() == plain(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))) | st.lists(
    st.sampled_from(HOSTILE + list("<>&[](){}!#*_`\\|~^=:-.1 \n")), max_size=12).map("".join))
def test_any_text_shows_as_text_in_a_paragraph(text):
    tree = html_of(f"{escape_markdown(text)}\n{{: #p-1 }}\n")
    expected = plain(text)
    assume(expected)  # the templates never write an empty paragraph
    assert tree.tags == [("p", (("id", "p-1"),))]
    assert "".join(tree.text).strip() == expected


@pytest.mark.parametrize("text, expected", [
    ("plain words", "plain words"),
    ("a\n\n  b\tc", "a b c"),
    ("<b>", "&lt;b&gt;"),
    ("# hash", "\\# hash"),
    ("mid # hash", "mid # hash"),
    ("1. one", "1\\. one"),
    ("1999. A year", "1999\\. A year"),
    ("![x]", "\\!\\[x\\]"),
    ("see ![x]", "see \\!\\[x\\]"),
    ("{{ x }}", "\\{\\{ x \\}\\}"),
    ("{% x %} {# y #}", "\\{&#37; x &#37;\\} \\{&#35; y &#35;\\}"),
    ("a|b", "a&#124;b"),
    ("=== tab", "&#61;== tab"),
])
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.from_regex(NOTHING_TO_ESCAPE, fullmatch=True))
@pytest.mark.parametrize("layout, tags", [
    ("{}\n{{: #p-1 }}\n", [("p", (("id", "p-1"),))]),
    ("- {}\n", [("ul", ()), ("li", ())]),
    ("[{}](page.md)\n", [("p", ()), ("a", (("href", "page.md"),))]),
])
def test_words_with_nothing_to_escape_are_written_as_they_are_and_show_as_themselves(layout, tags, text):
    # Names, dates and counts: most of a page's values, which escaping leaves as they are.
    assert escape_markdown(text) == text
    tree = html_of(layout.format(escape_markdown(text)))
    assert tree.tags == tags
    assert "".join(tree.text).strip() == text


@pytest.mark.parametrize("text, expected", [
    ("one line", "one line"),
    ("two  spaces", "two spaces"),
    (" leading", "leading"),
    ("trailing ", "trailing"),
    ("no\u00a0break", "no break"),
    ("line\u2028separator", "line separator"),
    ("bell\x07 and \x85next", "bell and next"),
    ("zero\u200bwidth", "zero\u200bwidth"),
])
def test_plain_folds_what_is_not_one_line_and_keeps_what_is(text, expected):
    assert plain(text) == expected


@given(st.text(st.characters(blacklist_categories=("Cs",))))
@settings(max_examples=500)
def test_plain_is_one_line_of_the_texts_printable_characters_in_order(text):
    flat = plain(text)
    assert flat == flat.strip() and "  " not in flat
    assert all(char == " " or not char.isspace() and not CONTROL.match(char) for char in flat)
    assert flat.replace(" ", "") == "".join(c for c in text if not c.isspace() and not CONTROL.match(c))


def test_markup_passes_through():
    assert escape_markdown(link("a*b", "x.md")) == "[a\\*b](x.md)"


@pytest.mark.parametrize("text, expected", [
    ('say "hi" <b>', "say &quot;hi&quot; &lt;b&gt;"),
    ("{: .x }", "&#123;: .x &#125;"),
])
def test_escape_attribute(text, expected):
    assert escape_attribute(text) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://example.com/a b", "https://example.com/a%20b"),
    ("http://example.com/x_(y)", "http://example.com/x_%28y%29"),
    ("HTTPS://example.com/[a]", "HTTPS://example.com/%5Ba%5D"),
    ("javascript:alert(1)", ""),
    (" JavaScript:alert(1)", ""),
    ("data:text/html,<script>", ""),
    ("//example.com", ""),
    ("relative/path", ""),
    ("http://[bad", ""),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected
