"""dossier.theme_cache: the theme's navigation rendered once per folder of unlisted pages."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

import pytest

from dossier.theme_cache import CompiledTemplates, render_navigation_once_per_folder


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
