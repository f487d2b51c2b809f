"""Render a Dossier as Markdown pages through Jinja2 templates, one per page kind."""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from .escape import escape_attribute, escape_markdown
from .model import Dossier


def environment(templates: Path | None = None) -> jinja2.Environment:
    """Our templates, each of which a file of the same name in `templates` replaces."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(jinja2.PackageLoader("dossier", "templates"))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                             finalize=escape_markdown, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["attr"] = escape_attribute
    env.filters["raw"] = Markup
    return env


def render(dossier: Dossier, templates: Path | None = None) -> dict[str, str]:
    """Every page of the dossier: {path relative to docs: Markdown}."""
    env = environment(templates)
    actors = {a.id: a for a in dossier.actors}
    articles = {a.id: a for a in dossier.articles}

    def page(template: str, **context) -> str:
        return env.get_template(template).render(dossier=dossier, actors=actors, articles=articles,
                                                 **context)

    pages = {"index.md": page("home.md.j2"), "articles/index.md": page("articles.md.j2"),
             "actors/index.md": page("actors.md.j2")}
    for article in dossier.articles:
        facts = [f for f in dossier.facts if f.article == article.id]
        named = [a for a in dossier.actors if article.id in a.articles]
        pages[f"articles/{article.id}.md"] = page("article.md.j2", article=article, facts=facts,
                                                  named=named)
    for actor in dossier.actors:
        facts = [f for f in dossier.facts if actor.id in f.speakers or actor.id in f.mentions]
        pages[f"actors/{actor.id}.md"] = page("actor.md.j2", actor=actor, facts=facts)
    return pages
