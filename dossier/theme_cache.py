"""The theme's navigation rendered once per folder of pages, not once per page.

Material renders the site's navigation (the sidebar and the tabs) anew for every page. On a
page the navigation does not list (an article, an actor, a part of a list: nearly every page
of a dossier), nothing marks an entry active, so the navigation differs from one such page
to the next only by its links, which are relative to the page's folder. So it is rendered
once for each folder of such pages and given again to the others in the same folder; a page
the navigation lists renders it itself, as does any page in a folder that holds a page the
navigation lists.
"""

from __future__ import annotations

import jinja2

CACHED = ("partials/nav.html", "partials/tabs.html")
"""Material's templates of the navigation: they read the page only to mark it active, and
the site's address relative to it."""


def render_navigation_once_per_folder(env: jinja2.Environment) -> None:
    """Make each of CACHED, where the theme has it, render once per folder of unlisted pages."""
    for name in CACHED:
        try:
            template = env.get_template(name)
        except jinja2.TemplateNotFound:
            continue
        template.root_render_func = once_per_folder(template.root_render_func)


def once_per_folder(render):
    """A template's render function that keeps its text per folder of the pages the
    navigation does not list."""
    rendered: dict[tuple[str, str], str] = {}

    def root_render_func(context):
        folder = unlisted_folder(context)
        if folder is None:
            yield from render(context)
            return
        key = (folder, str(context.get("base_url")))
        text = rendered.get(key)
        if text is None:
            text = rendered[key] = "".join(render(context))
        yield text

    return root_render_func


def unlisted_folder(context) -> str | None:
    """The folder of the page being rendered ('actors/' for 'actors/anna-berg/'), if the
    navigation lists neither it nor a page below it; else None."""
    page, nav = context.get("page"), context.get("nav")
    url = getattr(page, "url", None)
    if url is None or nav is None or getattr(page, "parent", None) is not None:
        return None
    for listed in nav.pages:
        if listed is page or listed == page or listed.url.startswith(url):
            return None
    head = url.rstrip("/").rpartition("/")[0]
    # A page 'x/' links from its own folder; a page 'x.html' from the one it is in.
    return (head + "/" if head else "") + ("*/" if url.endswith("/") else "*")
