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

Other parts of Material's page read nothing of the page but where it is: the links to its
stylesheets and scripts and the configuration its script reads (`SAME_IN_A_FOLDER`), all
addresses relative to the page, and the search box (`SAME_ON_EVERY_PAGE`). They are
rendered once for each folder of pages, listed or not, and given again to the other pages
of the folder, as long as they are Material's own (a template of the user's in their place
is rendered each time).
"""

from __future__ import annotations

import os
from types import CodeType

import jinja2
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg

CACHED = ("partials/nav.html", "partials/tabs.html")
"""Material's templates of the navigation: they read the page only to mark it active, and
the site's address relative to it."""


SAME_IN_A_FOLDER = {"base.html": ("styles", "libs", "fonts", "config", "scripts")}
"""Material's blocks that read of the page only where it is: its stylesheets, polyfills
and fonts, the configuration its script reads (the site's root, the search worker,
translations) and its scripts, each an address relative to the page or a setting of the site."""
SAME_ON_EVERY_PAGE = ("partials/search.html", "partials/logo.html", "partials/copyright.html",
                      "partials/javascripts/base.html")
"""Material's templates that read no more than the site's settings and root: the search
box, the logo, the copyright line and the script that scopes what the site stores."""
ASSETS = "assets/"
"""Where Material's own stylesheets and scripts are, which these blocks link to."""


def render_navigation_once_per_folder(env: jinja2.Environment) -> None:
    """Make each of CACHED, where the theme has it, render once per folder of unlisted pages."""
    for name in CACHED:
        try:
            template = env.get_template(name)
        except jinja2.TemplateNotFound:
            continue
        template.root_render_func = once_per_folder(template.root_render_func)


def render_page_parts_once_per_folder(env: jinja2.Environment) -> None:
    """Make each of SAME_IN_A_FOLDER's blocks and SAME_ON_EVERY_PAGE's templates, where they
    are Material's own, render once per folder of pages."""
    for name, blocks in SAME_IN_A_FOLDER.items():
        template = materials_own(env, name)
        for block in blocks if template is not None else ():
            if block in template.blocks:
                template.blocks[block] = once_per_page_folder(template.blocks[block])
    for name in SAME_ON_EVERY_PAGE:
        template = materials_own(env, name)
        if template is not None:
            template.root_render_func = once_per_page_folder(template.root_render_func)


def materials_own(env: jinja2.Environment, name: str) -> jinja2.Template | None:
    """The template of this name, if it is Material's file rather than one of a custom_dir."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        return None
    own = os.path.join("material", "templates", *name.split("/"))
    return template if (template.filename or "").endswith(os.sep + own) else None


def once_per_page_folder(render):
    """A template's or a block's render function that keeps its text per folder of pages
    (see page_folder) and site root."""
    return kept_per(page_folder, False, render)


def kept_per(folder_of, every_time, render):
    """A render function that keeps its text per folder (folder_of(context)) and site root,
    and renders again each time folder_of says every_time."""
    rendered: dict[tuple[object, str], str] = {}

    def render_func(context):
        folder = folder_of(context)
        if folder is every_time:
            yield from render(context)
            return
        key = (folder, str(context.get("base_url")))
        text = rendered.get(key)
        if text is None:
            text = rendered[key] = "".join(render(context))
        yield text

    return render_func


def page_folder(context) -> str | None | bool:
    """What an address relative to the page depends on: the folder the page's links start
    from, as a pattern ('actors/*/' for 'actors/anna-berg/', whose links start from its own
    folder; 'actors/*' for 'actors/anna-berg.html'); None for no page (the 404 page's links
    start from the site's root). False where the pattern would not do: a page of a folder
    that holds one of the stylesheets or scripts the page links to, from which that file's
    address would differ."""
    page = context.get("page")
    if page is None:
        return None
    url = getattr(page, "url", None)
    if not isinstance(url, str):
        return False
    head = url.rstrip("/").rpartition("/")[0]
    if url.endswith("/"):
        # Links start from the page's own folder: one in which a linked file lies differs.
        own = url.rstrip("/") + "/"
        config = context.get("config")
        linked = [ASSETS, *map(str, getattr(config, "extra_css", None) or ()),
                  *map(str, getattr(config, "extra_javascript", None) or ())]
        if any(path.lstrip("/").startswith(own) for path in linked):
            return False
        return (head + "/" if head else "") + "*/"
    return (head + "/" if head else "") + "*"


def once_per_folder(render):
    """A template's render function that keeps its text per folder of the pages the
    navigation does not list."""
    return kept_per(unlisted_folder, None, render)


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
