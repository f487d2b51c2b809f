"""dossier.theme_cache: the theme's navigation rendered once per folder of unlisted pages."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from dossier.theme_cache import render_navigation_once_per_folder


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
