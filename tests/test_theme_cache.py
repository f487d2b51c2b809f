"""dossier.theme_cache: the theme's navigation rendered once per folder of unlisted pages, and
the parts of Material's page that read only where the page is, once per folder of pages."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2
from mkdocs.utils import get_relative_url

import pytest

from dossier.theme_cache import CompiledTemplates, render_navigation_once_per_folder, render_page_parts_once_per_folder


@dataclass(eq=False)
class Page:
    url: str
    parent: object = None


@dataclass
class Nav:
    pages: list


def renders(pages, nav):
    """What partials/nav.html gives for each page, and how many times it was rendered."""
    count = []
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "partials/nav.html": "{{ rendered() }}:{{ page.url }}", "page.html": "{% include 'partials/nav.html' %}"}))
    env.globals["rendered"] = lambda: count.append(1) or len(count)
    render_navigation_once_per_folder(env)
    shown = [env.get_template("page.html").render(page=page, nav=nav, base_url="..") for page in pages]
    return shown, len(count)


def test_the_navigation_is_rendered_once_for_the_unlisted_pages_of_a_folder_and_given_again():
    anna, ben, part = Page("actors/anna-berg/"), Page("actors/ben-lund/"), Page("actors/anna-berg/part-2/")
    shown, count = renders([anna, ben, part, Page("articles/a-1/")], Nav([Page(""), Page("actors/")]))
    assert shown == ["1:actors/anna-berg/", "1:actors/anna-berg/", "2:actors/anna-berg/part-2/", "3:articles/a-1/"]
    assert count == 3


def test_a_page_the_navigation_lists_or_holds_below_it_renders_its_own():
    home, actors, inside = Page(""), Page("actors/"), Page("actors/anna-berg/")
    listed_below = Page("actors/anna-berg/notes/")
    shown, count = renders([home, actors, inside, Page("actors/ben-lund/"), Page("x/", parent=object())],
                           Nav([home, actors, listed_below]))
    assert shown == ["1:", "2:actors/", "3:actors/anna-berg/", "4:actors/ben-lund/", "5:x/"]
    assert count == 5


def compiles(env: jinja2.Environment) -> list[str]:
    """The names of the templates this environment compiles from source."""
    compiled = []
    compile = env.compile
    env.compile = lambda source, name=None, *args, **kwargs: compiled.append(name) or compile(source, name, *args, **kwargs)
    return compiled


def test_a_template_is_compiled_once_for_every_environment_that_shares_the_compiled_templates():
    kept = CompiledTemplates()
    shown, compiled = [], []
    for _ in range(3):
        env = jinja2.Environment(loader=jinja2.DictLoader({"page.html": "{{ title|upper }}"}), bytecode_cache=kept)
        compiled.append(compiles(env))
        shown.append(env.get_template("page.html").render(title="bridge"))
    assert shown == ["BRIDGE"] * 3
    assert compiled == [["page.html"], [], []]


@pytest.mark.parametrize("change", ["source", "filter", "autoescape"])
def test_a_template_is_compiled_again_when_its_source_or_its_setting_changed(change):
    kept = CompiledTemplates()
    source = "{{ title|shout }}"
    env = jinja2.Environment(loader=jinja2.DictLoader({"page.html": source}), bytecode_cache=kept)
    env.filters["shout"] = str.upper
    assert env.get_template("page.html").render(title="<b>") == "<B>"
    if change == "source":
        source = "{{ title|shout }}!"
    again = jinja2.Environment(loader=jinja2.DictLoader({"page.html": source}), bytecode_cache=kept,
                               autoescape=change == "autoescape")
    # A filter given the context is called with it: the code calling it differs.
    again.filters["shout"] = (jinja2.pass_context(lambda context, text: text.upper()) if change == "filter"
                              else str.upper)
    compiled = compiles(again)
    shown = again.get_template("page.html").render(title="<b>")
    assert compiled == ["page.html"]
    assert shown == {"source": "<B>!", "filter": "<B>", "autoescape": "&lt;B&gt;"}[change]


@dataclass
class Config:
    extra_css: list
    extra_javascript: list


BASE = ("{% block styles %}{{ rendered() }}:{{ 'assets/main.css'|url }}{% endblock %}"
        "|{% block title %}{{ page.url }}{% endblock %}"
        "|{% block scripts %}{% for script in config.extra_javascript %}{{ script|url }}{% endfor %}{% endblock %}"
        "|{% include 'partials/search.html' %}")


def theme(folder, own: bool = True):
    """Templates in a folder named as Material's (own) or as a custom_dir of the user's."""
    templates = folder / ("material/templates" if own else "overrides")
    (templates / "partials").mkdir(parents=True)
    (templates / "base.html").write_text(BASE, encoding="utf-8")
    (templates / "main.html").write_text("{% extends 'base.html' %}", encoding="utf-8")
    (templates / "partials" / "search.html").write_text("search {{ rendered() }}", encoding="utf-8")
    return templates


def page_parts(templates, pages, scripts=("javascripts/graph.js",)):
    """main.html rendered for each page, and how many times the counted parts were rendered."""
    count = []
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)))
    env.globals["rendered"] = lambda: count.append(1) or len(count)
    # MkDocs' url filter: a link relative to the page.
    env.filters["url"] = jinja2.pass_context(lambda context, path: get_relative_url(path, context["page"].url))
    render_page_parts_once_per_folder(env)
    config = Config([], list(scripts))
    shown = [env.get_template("main.html").render(page=page, config=config, base_url="..") for page in pages]
    return shown, len(count)


def test_materials_parts_that_read_only_where_the_page_is_are_rendered_once_per_folder(tmp_path):
    pages = [Page("actors/anna-berg/"), Page("actors/ben-lund/"), Page("articles/a-1/"), Page("actors/")]
    shown, count = page_parts(theme(tmp_path), pages)
    assert shown == ["1:../../assets/main.css|actors/anna-berg/|../../javascripts/graph.js|search 2",
                     "1:../../assets/main.css|actors/ben-lund/|../../javascripts/graph.js|search 2",
                     "3:../../assets/main.css|articles/a-1/|../../javascripts/graph.js|search 4",
                     "5:../assets/main.css|actors/|../javascripts/graph.js|search 6"]
    assert count == 6


def test_a_page_whose_own_folder_holds_a_file_it_links_to_renders_its_own_parts(tmp_path):
    shown, count = page_parts(theme(tmp_path), [Page("actors/anna-berg/"), Page("actors/ben-lund/")],
                              scripts=("actors/ben-lund/notes.js",))
    assert shown == ["1:../../assets/main.css|actors/anna-berg/|../ben-lund/notes.js|search 2",
                     "3:../../assets/main.css|actors/ben-lund/|notes.js|search 4"]
    assert count == 4


def test_templates_of_the_users_own_in_place_of_materials_are_rendered_for_every_page(tmp_path):
    shown, count = page_parts(theme(tmp_path, own=False), [Page("actors/anna-berg/"), Page("actors/ben-lund/")])
    assert [text.split(":")[0] for text in shown] == ["1", "3"]
    assert count == 4


def built_pages(folder, site: str) -> dict[str, bytes]:
    """Every HTML page of the project's site, built in this process."""
    import logging

    import mkdocs.config
    from mkdocs.commands.build import build

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = mkdocs.config.load_config(config_file=str(folder / "mkdocs.yml"), site_dir=str(folder / site))
    build(config)
    return {path.relative_to(folder / site).as_posix(): path.read_bytes()
            for path in sorted((folder / site).rglob("*.html"))}


def test_materials_pages_are_the_same_with_their_parts_rendered_once_per_folder(tmp_path, monkeypatch):
    from test_plugin import project

    from dossier import plugin

    folder = project(tmp_path)
    # A script in the folder of some pages: theirs link to it from where they are.
    (folder / "mkdocs.yml").write_text((folder / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "extra_javascript:\n", "extra_javascript:\n  - actors/notes.js\n"), encoding="utf-8")
    kept = built_pages(folder, "kept")
    monkeypatch.setattr(plugin, "render_page_parts_once_per_folder", lambda env: None)
    assert kept == built_pages(folder, "each")
    assert len(kept) > 20
