"""Metadata from file names: a pattern's fields fill what an article's text left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePosixPath

from .facts import dated_by_its_article
from .model import Article, Dossier, Fact, Problem

FIELDS = {
    "publisher": r".+?",
    "date": r"\d{4}-\d{2}-\d{2}|\d{8}",
    "title": r".+?",
    "authors": r".+?",
    "_": r".*?",
}
"""What each field of a pattern matches; '{_}' is a part of the name passed over."""
FILLS = {"title": "headline", "authors": "authors", "publisher": "publisher", "date": "published"}
"""The article field each pattern field fills, in the order an article's page shows them."""
AUTHOR_SEPARATOR = "+"
"""Between two authors in a name: 'ann-lee+bo-chan'."""
SHORT_SLUG = 3
"""A one-word publisher slug this short is an acronym: 'nyt' is NYT, 'bbc' BBC."""
FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class FileNaming:
    """How a dossier's files are named, and the publishers' names for their slugs."""

    pattern: str
    """Fields in braces between fixed text, e.g. '{publisher}_{date}_{title}', matched
    against the file's name without its extension."""
    publishers: tuple[tuple[str, str], ...] = ()
    """(slug, name) pairs: 'wash-post' is The Washington Post."""
    where: str = "mkdocs.yml"
    """Where the pattern was set, for the errors about it."""


def name_from_files(dossier: Dossier, naming: FileNaming | None) -> tuple[Dossier, tuple[Problem, ...]]:
    """The dossier with what each file's name says filling what its article's text did not
    give, each article marking the fields so filled; a name that does not fit is a warning."""
    if naming is None:
        return dossier, ()
    matcher, problems = compile_pattern(naming)
    if matcher is None:
        return dossier, problems
    publishers = {slug.casefold(): name for slug, name in naming.publishers}
    articles, warnings = [], []
    for article in dossier.articles:
        found = matcher.fullmatch(PurePosixPath(article.source).stem)
        if found is None:
            warnings.append(Problem(article.source, None, f"the file name does not fit the pattern '{naming.pattern}'; "
                                    "its article keeps what its text gives",
                                    hint=f"rename the file to fit, e.g. '{example(naming.pattern)}', or set its "
                                         "publisher and date in overrides.yml"))
            articles.append(article)
            continue
        filled, problem = fill(article, found.groupdict(), publishers)
        if problem:
            warnings.append(problem)
        articles.append(filled)
    return replace(dossier, articles=tuple(articles), facts=dated_facts(dossier, articles)), (*problems, *warnings)


def dated_facts(dossier: Dossier, articles: list[Article]) -> tuple[Fact, ...]:
    """The facts, those of an article the file name dated dated from that day where their
    words say when ('said on Monday'), as a printed date would have dated them."""
    dated_now = {a.id: a for a, was in zip(articles, dossier.articles) if a.published != was.published}
    if not dated_now:
        return dossier.facts
    return tuple(dated_by_its_article(f, dated_now[f.article]) if f.article in dated_now else f
                 for f in dossier.facts)


def compile_pattern(naming: FileNaming) -> tuple[re.Pattern | None, tuple[Problem, ...]]:
    """The pattern as a regular expression over a file's name, or the errors that stop it."""
    parts = FIELD.split(naming.pattern)
    names = parts[1::2]
    known = ", ".join(f"{{{name}}}" for name in FIELDS)
    problems = [Problem(naming.where, None, f"unknown field '{{{name}}}' in the file-name pattern '{naming.pattern}'",
                        hint=f"the fields are {known}", severity="error")
                for name in dict.fromkeys(names) if name not in FIELDS]
    problems += [Problem(naming.where, None, f"the field '{{{name}}}' is twice in the file-name pattern "
                         f"'{naming.pattern}'", hint="each field may be given once", severity="error")
                 for name in dict.fromkeys(names) if name != "_" and names.count(name) > 1]
    if not set(names) - {"_"}:
        problems.append(Problem(naming.where, None, f"the file-name pattern '{naming.pattern}' has no field to fill",
                                hint=f"name at least one of {known}, e.g. '{{publisher}}_{{date}}_{{title}}'",
                                severity="error"))
    if problems:
        return None, tuple(problems)
    regex = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            regex.append(re.escape(part))
        elif part == "_":
            regex.append(f"(?:{FIELDS[part]})")
        else:
            # Matched whole, each field takes as little as lets the rest fit: the last
            # field (a title) may hold the separator, the others not.
            regex.append(f"(?P<{part}>{FIELDS[part]})")
    return re.compile("".join(regex)), ()


def fill(article: Article, found: dict[str, str], publishers: dict[str, str]) -> tuple[Article, Problem | None]:
    """The article with the name's fields where its text gave nothing, and the fields filled."""
    changes: dict = {}
    problem = None
    if found.get("publisher") and not article.publisher:
        changes["publisher"] = publishers.get(found["publisher"].casefold()) or publisher_name(found["publisher"])
    if found.get("date") and (article.published is None or article.published_inferred):
        day = parse_day(found["date"])
        if day is None:
            problem = Problem(article.source, None, f"'{found['date']}' in the file name is no day of the calendar; "
                              "the article keeps the date its text gives", hint="write the day as YYYY-MM-DD")
        else:
            changes["published"] = day
    if found.get("title") and made_up_headline(article):
        changes["headline"] = words(found["title"]).capitalize() if found["title"].islower() else words(found["title"])
    if found.get("authors") and not article.authors:
        changes["authors"] = tuple(title_case(words(a)) for a in found["authors"].split(AUTHOR_SEPARATOR) if words(a))
    if not changes:
        return article, problem
    fields = tuple(field for field in FILLS.values() if field in changes)
    if "published" in changes:
        changes["published_inferred"] = False
    return replace(article, **changes, from_file_name=fields), problem


def made_up_headline(article: Article) -> bool:
    """True when the text printed no headline: it is empty, or the start of the first
    paragraph, which is what structure.read_article falls back to."""
    return not article.headline or bool(article.paragraphs) and article.paragraphs[0].text.startswith(article.headline)


def publisher_name(slug: str) -> str:
    """A publisher's name from its slug when no name is given for it: 'wash-post' is
    'Wash Post', and a short one-word slug an acronym ('nyt' is 'NYT')."""
    name = words(slug)
    if " " not in name and len(name) <= SHORT_SLUG:
        return name.upper()
    return title_case(name) if name.islower() else name


def parse_day(text: str) -> date | None:
    """The day 'YYYY-MM-DD' or 'YYYYMMDD' names, or None if there is no such day."""
    digits = text.replace("-", "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def words(slug: str) -> str:
    """A slug's words: hyphens and underscores become spaces."""
    return " ".join(re.split(r"[-_\s]+", slug)).strip()


def title_case(text: str) -> str:
    """Each word's first letter in capitals, the rest as written ('ann lee' is 'Ann Lee')."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def example(pattern: str) -> str:
    """A file name that fits the pattern, to show in a hint."""
    samples = {"publisher": "daily-news", "date": "2024-05-01", "title": "talks-in-kyiv", "authors": "ann-lee", "_": "x"}
    return FIELD.sub(lambda m: samples.get(m[1], m[1]), pattern) + ".txt"
