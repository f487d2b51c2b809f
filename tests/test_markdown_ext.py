"""dossier.markdown_ext: the same HTML as Python-Markdown alone, for any Markdown."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import markdown.extensions.toc
import pytest

from dossier import markdown_ext

EXTENSIONS = ["attr_list", "tables", "toc"]

SAMPLES = [
    # Plain links, as the pages print them, and links that are not plain.
    "- **Quote** by [Anna Berg](../actors/anna-berg.md): “We will [see](x.md).” · id f-1\n  {: #f-1 }",
    '[a link](<with space.md> "a title") and [another](x.md \'single\') and [t](x.md "t(1)")',
    "[nested [brackets] here](a.md) [b](a(b).md) [c]( spaced.md ) [](empty.md) [d]()",
    "[unclosed](a.md and [next](b.md)",
    "[escaped \\] bracket](a.md) and [text](a\\_b.md) and \\[not a link\\](a.md)",
    # References: a definition, a full and a short reference, and brackets that are neither.
    "[one][ref] and [ref] and [Ref][] and [missing][nowhere]\n\n[ref]: https://example.org \"Example\"",
    "[text]\n(not a link) and ![image](pic.png \"picture\") and ![alt][ref]\n\n[ref]: pic.png",
    # Escapes, entities, raw HTML, emphasis, code, line breaks and autolinks.
    "\\*not emphasis\\* &amp; &#124; <br><span class=\"x\" data-y>in <b>html</b></span> `code [x](y)`",
    "*em* **strong** _under_ __double__ ***both*** a * b and a_b_c  \nnext line <https://example.org> <me@example.org>",
    "| a | [b](b.md) |\n| --- | --- |\n| *c* | `d` |\n\n## Heading [link](h.md) {: #h }",
    "Text with no markup at all, just words and numbers 1, 2 and 3.",
    # The table of contents' marker, where it is replaced and where it is not.
    "# Title\n\n[TOC]\n\n## Part one\n\n- [TOC]\n- item\n\n## Part two {: #two }",
    "# Title\n\n  [TOC]  \n\n## Part\n\n`[TOC]`\n\n    [TOC]\n\n## [TOC]\n\nsaid [TOC] twice [TOC]",
    "# Title\n\n\\[TOC\\]\n\n## Part",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_extension_converts_markdown_to_the_html_python_markdown_makes_alone(text):
    alone = markdown.Markdown(extensions=EXTENSIONS).convert(text)
    quick = markdown.Markdown(extensions=["dossier.markdown_ext", *EXTENSIONS]).convert(text)
    assert quick == alone


def test_the_extension_skips_a_pattern_only_for_text_lacking_what_every_match_holds():
    md = markdown.Markdown(extensions=["dossier.markdown_ext"])
    inline = md.treeprocessors["inline"]
    assert isinstance(inline, markdown_ext.QuickInlineProcessor)
    inline.run(etree.Element("div"))
    needed = dict(zip((item.name for item in md.inlinePatterns._priority), inline.needed))
    assert needed["link"] == ("[",) and needed["entity"] == ("&",) and set(needed["em_strong"]) == {"*", "_"}
    # A pattern an extension put in place of Python-Markdown's own is always tried.
    md.inlinePatterns.register(markdown.inlinepatterns.HtmlInlineProcessor(r"(\{[a-z]+\})", md), "html", 90)
    inline.run(etree.Element("div"))
    needed = dict(zip((item.name for item in md.inlinePatterns._priority), inline.needed))
    assert needed["html"] is None


@pytest.mark.parametrize("text, searched", [
    ("# Harbour plan\n\n## Text\n\nThe council met on [Monday](x.md).\n\n- a list item", False),
    ("# Harbour plan\n\n[TOC]\n\n## Text", True),
])
def test_the_table_of_contents_looks_for_its_marker_only_on_a_page_holding_it(text, searched, monkeypatch):
    calls = []
    search = markdown.extensions.toc.TocTreeprocessor.iterparent
    monkeypatch.setattr(markdown.extensions.toc.TocTreeprocessor, "iterparent",
                        lambda self, node: calls.append(node) or search(self, node))
    html = markdown.Markdown(extensions=["dossier.markdown_ext", *EXTENSIONS]).convert(text)
    assert bool(calls) == searched
    assert ('class="toc"' in html) == searched
