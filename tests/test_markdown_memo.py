"""dossier.markdown_memo: a list item converted before gives the HTML converting it again gives."""

from __future__ import annotations

import logging
from pathlib import Path

import markdown
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from dossier import markdown_memo
from dossier.markdown_ext import QuickInlineExtension
from dossier.markdown_memo import ItemMemo, ItemMemoExtension

EXTENSIONS = ["attr_list", "tables", "toc", "fenced_code"]

ENTRY = ("- **Quote** by [Ann Lee](../actors/ann-lee.md): “The bridge opens in May.”\n"
         "  — [Harbour plan](../articles/harbour-plan.md), [¶3](../articles/harbour-plan.md#p-3) · id f-1\n"
         "  <br><span class=\"cite\" data-x>Cite: <span>Daily News, “Harbour plan”</span></span>\n"
         "  {: #f-1 }")
PAGES = [
    # Entries as the dossier's list pages print them, under headings and after a paragraph.
    f"# Ann Lee\n\n2 facts. [All facts](../facts.md)\n\n## Quotes {{: #quote }}\n\n{ENTRY}\n- Second, *with* `code`\n",
    # The same entries on another page, in another order and beside others.
    f"## Facts\n\n- First\n{ENTRY}\n\n## Quotes\n\nText.\n",
    # A loose list: its items are paragraphs, never the tight items kept elsewhere.
    f"{ENTRY}\n\n- First\n\n- Second, *with* `code`\n",
    # Nested lists, ordered lists, a heading and a table inside items.
    "- First\n    - nested [x](x.md)\n- Second, *with* `code`\n\n1. First\n2. # Heading in an item\n",
    "- First\n- | a | b |\n  | --- | --- |\n  | c | d |\n",
    # Reference links resolve against the page's definitions.
    "- [one][r] and [r]\n- First\n\n[r]: https://example.org/a",
    "- [one][r] and [r]\n- First\n\n[r]: https://example.org/b",
    # Raw HTML blocks and fenced code are the page's stash, not the item's text.
    "<div markdown>\n<span id=\"s\">raw</span>\n</div>\n\n- First\n- <b>inline</b> html & [l](y.md)\n",
    "```\n- not an item\n```\n\n- First\n- line  \n  break and \\*escapes\\*\n",
    "- First\n- Raw\n  <div>alpha</div>\n",
    "- First\n- Raw\n  <div>beta</div>\n",
    # A heading whose id an item's id would take: the heading gets another.
    "## f-1\n\n- First\n  {: #f-1 }\n",
]


def convert(text: str, memo: ItemMemo | None, extensions=EXTENSIONS, configs=None) -> str:
    own = [QuickInlineExtension()] + ([ItemMemoExtension(memo)] if memo is not None else [])
    return markdown.Markdown(extensions=own + extensions, extension_configs=configs or {}).convert(text)


@pytest.mark.parametrize("text", PAGES)
def test_a_page_converts_to_the_same_html_with_every_item_converted_before_as_without_the_memo(text):
    memo = ItemMemo()
    for other in PAGES + PAGES:
        convert(other, memo)
    assert convert(text, memo) == convert(text, None)


def test_an_item_converted_before_is_given_again_and_not_converted():
    memo = ItemMemo()
    convert("- Plain *item*\n", memo)
    assert not memo.items   # met once: most items are on one page
    convert("- Plain *item*\n", memo)
    (setup, text), = memo.items
    # What the memo holds is what the page shows: an item taken from it is not converted again.
    item = memo.items[setup, text]
    memo.items[setup, text] = markdown_memo.Item(item.attributes, ("kept",), ())
    assert convert("# Page\n\n- Plain *item*\n", memo) == "<h1 id=\"page\">Page</h1>\n<ul>\n<li>kept</li>\n</ul>"


def test_an_item_is_keyed_on_the_options_of_the_extensions_that_convert_it():
    memo = ItemMemo()
    text = "- See [[Harbour Plan]]\n"
    first = convert(text, memo, ["wikilinks"], {"wikilinks": {"base_url": "/first/"}})
    second = convert(text, memo, ["wikilinks"], {"wikilinks": {"base_url": "/second/"}})
    assert 'href="/first/Harbour_Plan/"' in first and 'href="/second/Harbour_Plan/"' in second
    assert len(memo.setups) == 2


def test_a_page_with_an_extension_that_acts_on_the_whole_page_keeps_no_item():
    memo = ItemMemo()
    text = "- A claim[^1]\n\n[^1]: A note."
    assert convert(text, memo, ["footnotes"]) == convert(text, None, ["footnotes"])
    assert not memo.items


def test_the_oldest_items_are_let_go_past_the_limit():
    memo = ItemMemo(limit=300)
    for number in range(20):
        convert(f"- Item number {number}\n- Item number {number}\n", memo)
    assert 0 < len(memo.items) < 20 and memo.characters <= 300
    assert (memo.setup_key(next(iter(memo.setups))), "Item number 19") in memo.items


# Through MkDocs: the pages are MkDocs' own, and MkDocs rewrites and checks their links.

def mkdocs_config(tmp_path, **settings) -> MkDocsConfig:
    config = MkDocsConfig()
    config.load_dict({"site_name": "Test", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site"),
                      "markdown_extensions": ["dossier.markdown_ext", *EXTENSIONS],
                      "validation": {"links": {"anchors": "warn"}}, **settings})
    (tmp_path / "docs").mkdir(exist_ok=True)
    errors, warnings = config.validate()
    assert not errors
    return config


def render_all(config, contents: dict[str, str]) -> dict[str, Page]:
    """MkDocs' pages of these contents, each rendered as a build renders it."""
    for path, text in contents.items():
        (Path(config.docs_dir) / path).parent.mkdir(parents=True, exist_ok=True)
        (Path(config.docs_dir) / path).write_text(text, encoding="utf-8")
    files = Files([File(path, config.docs_dir, config.site_dir, config.use_directory_urls) for path in contents])
    pages = {path: Page(None, files.get_file_from_path(path), config) for path in contents}
    for page in pages.values():
        page.read_source(config)
        page.render(config, files)
    return pages


SITE = {
    "index.md": "# Home\n",
    "actors/ann-lee.md": "# Ann Lee\n\n- [Harbour plan](../articles/harbour-plan.md#p-3) and [Bo](bo.md)\n",
    "actors/bo.md": "# Bo\n\n- [Harbour plan](../articles/harbour-plan.md#p-3) and [Bo](bo.md)\n",
    "articles/harbour-plan.md": "# Harbour plan\n\nText.\n{: #p-3 }\n",
    # The same item in another folder, one deeper: the same Markdown links to other pages,
    # one of which is missing.
    "facts/2024/may.md": "# May\n\n- [Harbour plan](../articles/harbour-plan.md#p-3) and [Bo](bo.md)\n",
    "facts/2024/bo.md": "# Another Bo\n",
}


@pytest.fixture
def fresh_memo(monkeypatch):
    monkeypatch.setattr(markdown_memo, "MEMO", ItemMemo())
    return markdown_memo.MEMO


def test_a_kept_item_on_a_page_in_another_folder_links_where_that_page_links(tmp_path, fresh_memo, monkeypatch):
    config = mkdocs_config(tmp_path)
    render_all(config, SITE)
    kept = render_all(config, SITE)
    assert fresh_memo.items
    monkeypatch.setattr(markdown_memo, "MEMO", ItemMemo())
    fresh = render_all(config, SITE)
    assert {path: page.content for path, page in kept.items()} == {path: page.content for path, page in fresh.items()}
    assert 'href="../../articles/harbour-plan/#p-3"' in kept["actors/bo.md"].content
    assert 'href="./"' in kept["actors/bo.md"].content and 'href="../bo/"' in kept["actors/ann-lee.md"].content
    assert 'href="../articles/harbour-plan.md#p-3"' in kept["facts/2024/may.md"].content


def test_a_kept_item_follows_use_directory_urls(tmp_path, fresh_memo):
    render_all(mkdocs_config(tmp_path), SITE)
    render_all(mkdocs_config(tmp_path), SITE)
    flat = render_all(mkdocs_config(tmp_path, use_directory_urls=False), SITE)
    assert 'href="../articles/harbour-plan.html#p-3"' in flat["actors/bo.md"].content
    assert 'href="bo.html"' in flat["actors/ann-lee.md"].content


def test_a_kept_item_is_checked_by_mkdocs_on_every_page_and_its_ids_count(tmp_path, fresh_memo, caplog):
    config = mkdocs_config(tmp_path)
    entry = "- [Gone](../missing.md), [anchor](two.md#nowhere) and *words*{: #words }\n  {: #item }\n"
    site = {"a/one.md": entry, "a/two.md": f"{entry}\n## item\n\n## words\n"}
    render_all(config, site)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        pages = render_all(config, site)
    assert fresh_memo.items
    missing = [r.getMessage() for r in caplog.records if "missing.md" in r.getMessage()]
    assert len(missing) == 2 and "'a/two.md'" in missing[1]
    two = pages["a/two.md"]
    assert {"item", "words"} <= two.present_anchor_ids and two.links_to_anchors
    # The table of contents gives each heading an id the item does not hold.
    assert '<h2 id="item_1">' in two.content and '<h2 id="words_1">' in two.content


@pytest.mark.parametrize("command, dirty, kept", [("serve", True, True), ("serve", False, False),
                                                  ("build", False, False)])
def test_the_plugin_keeps_list_items_only_while_serving_with_dirty(command, dirty, kept, monkeypatch):
    from dossier import plugin
    monkeypatch.setattr(plugin, "LIST_ITEMS", ItemMemo(active=not kept))
    memo = plugin.LIST_ITEMS
    monkeypatch.setattr(markdown_memo, "MEMO", memo)
    build_log = logging.getLogger("mkdocs.commands.build")
    filtered = plugin.without_dirty_warning in build_log.filters
    plugin.DossierPlugin().on_startup(command=command, dirty=dirty)
    if not filtered:
        build_log.removeFilter(plugin.without_dirty_warning)
    assert memo.active is kept
    convert("- Met twice\n- Met twice\n", memo)
    assert bool(memo.items) is kept


# Pages cut into sections at blocks that open with '#', each section met on other pages.
SECTION_PAGES = [
    "Intro *text*.\n\n## Quotes {: #quotes }\n\n- First\n- Second\n\n## Events\n\nNone yet.\n",
    # The same sections in another order, after another first section.
    "# Bo\n\n## Events\n\nNone yet.\n\n## Quotes {: #quotes }\n\n- First\n- Second\n",
    # A section that ends in a list, then one opening with a heading that is a table.
    "- First\n- Second\n\n# A | B\n--- | ---\n1 | 2\n\n## Quotes {: #quotes }\n\n- First\n- Second\n",
    # A loose list cut by a heading, and a list item's indented block after a heading.
    "- First\n\n- Second\n\n## Events\n\n    indented code\n\n## Quotes {: #quotes }\n\n- First\n- Second\n",
    # Reference definitions in one section, used in another.
    "## Links\n\n[r]: https://example.org/a\n\n## Quotes {: #quotes }\n\n- [one][r]\n",
    "## Links\n\n[r]: https://example.org/b\n\n## Quotes {: #quotes }\n\n- [one][r]\n",
    # A heading with no space after its '#', and raw HTML between sections.
    "#Tag\n\n<div class=\"graph\">\n<svg><title>x</title></svg>\n</div>\n\n## Events\n\nNone yet.\n",
    # Two headings with the same text: the second gets another id.
    "## Events\n\nNone yet.\n\n## Events\n\nNone yet.\n",
]


@pytest.fixture
def sections_on():
    memo = ItemMemo()
    return markdown_memo.SectionMemo(memo)


def convert_sections(text: str, sections: markdown_memo.SectionMemo | None) -> str:
    own = [QuickInlineExtension()] + ([markdown_memo.SectionMemoExtension(sections)] if sections else [])
    return markdown.Markdown(extensions=own + EXTENSIONS).convert(text)


@pytest.mark.parametrize("text", SECTION_PAGES)
def test_a_page_converts_to_the_same_html_with_its_sections_parsed_before_as_without_the_memo(text, sections_on):
    for other in SECTION_PAGES + SECTION_PAGES:
        convert_sections(other, sections_on)
    assert sections_on.trees
    assert convert_sections(text, sections_on) == convert_sections(text, None)


def test_a_section_parsed_before_is_copied_and_not_parsed_again(sections_on):
    page = "# Page\n\n## Quotes\n\n- First\n- Second\n"
    convert_sections(page, sections_on)
    assert not sections_on.trees    # met once: most sections are on one page
    convert_sections(page, sections_on)
    key = next(key for key in sections_on.trees if key[1][0] == "## Quotes")
    # What the memo holds is what the page shows: a section taken from it is not parsed again.
    sections_on.trees[key][1][0].text = "kept"
    assert "<li>kept</li>" in convert_sections(page, sections_on)
    # Copied, not shared: converting the page does not change what is kept.
    assert sections_on.trees[key][1][0].text == "kept" and not len(sections_on.trees[key][1][0])


def test_a_section_is_keyed_on_every_one_of_its_blocks(sections_on):
    for _ in range(2):
        convert_sections("## Quotes\n\nSaid on Monday.\n\n- First\n", sections_on)
    assert "<li>Second</li>" in convert_sections("## Quotes\n\nSaid on Monday.\n\n- Second\n", sections_on)


def test_a_section_that_defines_a_reference_link_is_not_kept(sections_on):
    for _ in range(2):
        convert_sections("## Links\n\n[r]: https://example.org/a\n\n## Quotes\n\n- [one][r]\n", sections_on)
    assert [key[1][0] for key in sections_on.trees] == ["## Quotes"]


def test_a_page_with_a_block_processor_that_reads_past_its_block_keeps_no_section(sections_on):
    page = "## Notes\n\nText[^1].\n\n[^1]: A note\n\n    in two blocks.\n\n## Quotes\n\n- First\n"
    for _ in range(2):
        html = markdown.Markdown(extensions=[markdown_memo.SectionMemoExtension(sections_on), "footnotes"]).convert(page)
    assert not sections_on.trees
    assert "in two blocks." in html


def test_sections_are_kept_only_while_list_items_are(sections_on):
    sections_on.switch.active = False
    for _ in range(2):
        convert_sections("## Quotes\n\n- First\n", sections_on)
    assert not sections_on.trees


def test_the_oldest_sections_are_let_go_past_the_limit():
    sections = markdown_memo.SectionMemo(ItemMemo(), limit=60)
    for number in range(10):
        for _ in range(2):
            convert_sections(f"## Part {number}\n\nText of part {number}.\n", sections)
    assert 0 < len(sections.trees) < 10 and sections.characters <= 60
    assert any(key[1][0] == "## Part 9" for key in sections.trees)


def test_a_section_is_keyed_on_the_block_processors_that_parse_it():
    sections = markdown_memo.SectionMemo(ItemMemo())
    page = "## Scores\n\nTeam | Goals\n--- | ---\nLund | 2\n"
    for _ in range(2):
        with_tables = markdown.Markdown(extensions=[markdown_memo.SectionMemoExtension(sections), "tables"]).convert(page)
    without = markdown.Markdown(extensions=[markdown_memo.SectionMemoExtension(sections)]).convert(page)
    assert "<table>" in with_tables and "<table>" not in without
