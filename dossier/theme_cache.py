"""The theme's templates: compiled once while serving, and the navigation rendered once per
folder of pages, not once per page.

MkDocs makes a new template environment for every build, so each save compiled Material's
templates again (a tenth of a second or more at every save); `CompiledTemplates` keeps what they compile
to from build to build, by template and source, as Jinja's own bytecode caches do on disk.

Material renders the site's navigation (the sidebar and the tabs) anew for every page. On a
page the navigation does not list (an article, an actor, a part of a list: nearly every page
of a dossier), nothing marks an entry active, so the navigation differs from one such page
to the next only by its links, which are relative to the page's folder. So it is rendered
once for each folder of such pages and given again to the others in the same folder; a page
the navigation lists renders it itself, as does any page in a folder that holds a page the
navigation lists.
"""

from __future__ import annotations

from types import CodeType

import jinja2
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg

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


class CompiledTemplates(jinja2.BytecodeCache):
    """The code each template compiled to, kept in memory for the next environment.

    A template's code depends on its source and on the environment it was compiled in (its
    syntax, extensions, escaping, and which filters and tests exist and what they are
    passed): both are part of the key, so a template compiled in another setting, or
    changed since, is compiled again.
    """

    def __init__(self):
        self.code: dict[tuple, CodeType] = {}

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        bucket = Bucket(environment, self.get_cache_key(name, filename), self.get_source_checksum(source))
        bucket.setting = compiled_in(environment, name)
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.code = self.code.get((bucket.key, bucket.checksum, bucket.setting))

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[(bucket.key, bucket.checksum, bucket.setting)] = bucket.code


def compiled_in(env: jinja2.Environment, name: str) -> tuple:
    """What, beside its source, a template's compiled code depends on."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    return (env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
            env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
            env.keep_trailing_newline, tuple(sorted(env.extensions)), env.optimized, env.is_async,
            env.code_generator_class, env.lexer_class if hasattr(env, "lexer_class") else None, bool(autoescape),
            env.finalize is not None and _PassArg.from_obj(env.finalize),
            tuple(sorted((n, _PassArg.from_obj(f)) for n, f in env.filters.items())),
            tuple(sorted((n, _PassArg.from_obj(f)) for n, f in env.tests.items())))
