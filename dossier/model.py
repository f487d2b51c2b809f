"""The dossier's domain model: frozen dataclasses and tuples, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ACTOR_KINDS = ("person", "organisation", "place", "other")
FACT_KINDS = ("quote", "claim", "statistic", "event")


@dataclass(frozen=True)
class Problem:
    """Something wrong in the user's input, said so a person can act on it."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "warning"
    """'warning' (one article or item is left out) or 'error' (the build must stop)."""
    column: int | None = None
    """Set where a parser can say it (YAML syntax errors): path:line:column."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        if self.line and self.column:
            where = f"{where}:{self.column}"
        text = f"{where}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class DossierError(Exception):
    """The dossier cannot be built; carries every problem found, not just the first."""

    def __init__(self, problems: tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Document:
    """One input file, decoded: what the reader hands to extraction."""

    source: str
    """Path relative to the seeds folder, with forward slashes."""
    text: str
    """The whole file as text (for HTML, the markup)."""
    format: str
    """'text', 'html' or 'markdown'."""
    digest: str
    """SHA-256 of the file's bytes: the cache key of everything extracted from it."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article's body, numbered from 1 in reading order."""

    number: int
    text: str
    subheading: str = ""
    """The subheading printed just before this paragraph, if any."""


@dataclass(frozen=True)
class Caption:
    """An image caption, once, with what the page printed around it split out."""

    text: str
    credit: str = ""
    date: date | None = None
    place: str = ""


@dataclass(frozen=True)
class Article:
    """One article's structure, recovered from a page."""

    id: str
    """Stable slug, unique in the dossier; the article page lives at articles/<id>/."""
    source: str
    headline: str
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: date | None = None
    published_inferred: bool = False
    """True when the date was worked out (e.g. from 'on Thursday') rather than printed."""
    url: str = ""
    summary: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    additional_sources: tuple[str, ...] = ()
    """Wire agencies and others the page credits ('Additional sources: AP, AFP')."""
    related: tuple[str, ...] = ()
    """Headlines of other articles the page links to ('Read more')."""
    from_file_name: tuple[str, ...] = ()
    """The fields taken from the file's name, not its text ('publisher', 'published')."""
    datelines: tuple[str, ...] = ()
    """Lines above the body that date and place the story ('LONDON 1996-08-30'): read for
    the places they name, never part of the text."""
    set_apart: tuple[str, ...] = ()
    """The story's other lines (subheadings, results and line-up lines, credit lines):
    read for the names they print, never part of the text."""

    @property
    def subheadings(self) -> tuple[str, ...]:
        return tuple(p.subheading for p in self.paragraphs if p.subheading)


@dataclass(frozen=True)
class Mention:
    """An actor as one article names it, before actors are merged across articles."""

    name: str
    """The fullest name the article uses."""
    kind: str
    """One of ACTOR_KINDS, or '' for a one-word name the text gives no kind ('Berg' in 'polls
    showing Berg ahead'): an actor only where the dossier tells whose name it is."""
    aliases: tuple[str, ...] = ()
    """Every other form the article uses: surname, acronym, short form."""
    roles: tuple[str, ...] = ()
    """Titles and roles as the text states them ('Defence Minister')."""
    affiliations: tuple[str, ...] = ()
    """Names of what the actor belongs to ('Ukraine', 'SpaceX')."""
    paragraphs: tuple[int, ...] = ()
    """Paragraph numbers where the actor is named; 0 stands for headline or captions."""
    gender: str = ""
    """'male' or 'female' where the text states it ('Mr.', 'spokeswoman'), else ''."""
    local: bool = False
    """True for a group a common noun names ('Police', 'Protesters'): the same word in
    another article is another group, so it is never merged across articles."""
    kind_reason: str = ""
    """What in the text gave the kind ('a title or role beside it'); '' where nothing said."""


@dataclass(frozen=True)
class Fact:
    """A quote, attributed claim, statistic or dated event, tied to where it was said."""

    id: str
    """Stable id: a short hash of the article source and the fact's text."""
    article: str
    """Within an Extraction, the article's source; after resolving, the id of the
    article it comes from (the first, when several carry it)."""
    paragraph: int
    """Paragraph number in that article; 0 for a caption."""
    kind: str
    text: str
    """The article's own words, verbatim."""
    speakers: tuple[str, ...] = ()
    """Within an article, Mention names; after resolving, actor ids."""
    mentions: tuple[str, ...] = ()
    """Actors the fact names (Mention names, then actor ids), speakers excluded."""
    date: date | None = None
    date_text: str = ""
    """The words the date was read from ('on Thursday', a caption's '28 January, 2026')."""
    cue: str = ""
    """The verb or phrase that attributes it ('said', 'according to')."""
    hedges: tuple[str, ...] = ()
    """Words that mark it as unconfirmed ('allegedly', 'could')."""
    also_in: tuple[tuple[str, int], ...] = ()
    """Other (article id, paragraph) places that carry the same statement."""
    speaker_note: str = ""
    """Why a quote or claim has no speaker ('no speaker named in the sentence'); '' otherwise."""


@dataclass(frozen=True)
class Extraction:
    """Everything taken from one document: the unit that is cached by content."""

    article: Article
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...] = ()
    """What was wrong in the document without costing the article (a front matter value): warnings."""


@dataclass(frozen=True)
class Role:
    """A role an actor holds, with the article that states it."""

    text: str
    article: str = ""
    """Article id, or '' when the role comes from an override."""


@dataclass(frozen=True)
class Actor:
    """One real-world person, organisation or place, merged across articles."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliations: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    """Ids of the articles that name the actor, in dossier order."""
    description: str = ""
    links: tuple[str, ...] = ()
    image: str = ""
    kind_reason: str = ""
    """Why the actor has its kind: what the text said of it, or the correction that set it."""


@dataclass(frozen=True)
class Dossier:
    """The whole dossier: what every page and the export are rendered from."""

    articles: tuple[Article, ...] = ()
    actors: tuple[Actor, ...] = ()
    facts: tuple[Fact, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    """Warnings met while building (skipped files, overrides that needed care)."""
