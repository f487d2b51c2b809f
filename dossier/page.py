"""Browser-copied page text to an article's parts: the story kept, the page furniture left out.

A copied page is a column of lines: menus and share buttons, then the headline,
byline and captions, then the story's paragraphs, then links to other stories.
Every line gets a kind; the story is the stretch of lines with the most prose
in it (the maximum-sum run, found in one pass); the headline, byline and date
are looked for just above it, and captions, sources and related headlines
wherever the page prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .captions import make_caption
from .dates import absolute_dates, numeric_dates
from .model import Caption, Paragraph, Problem
from .patterns import (ADDITIONAL_SOURCES, BREADCRUMB, BYLINE, BYLINE_END, BYLINE_ROLE, BYLINE_SEPARATORS,
                       COMMENTS, CREDIT_LINE, DATE_WORDS, DATELINE_WORDS, FURNITURE, FURNITURE_LINES, GLUED_CREDIT,
                       INLINE_CREDIT, MARKUP, NAME, PICTURE_AGENCIES, PUBLISHER, QUOTATION, RELATED_HEADINGS,
                       RELATED_LINK, SENTENCE_END, SPEECH_INTRO, SPOKEN_WORDS, STOPWORDS, UPDATED, URL)
from .prefilter import may_match

# What a line is worth to the story: prose counts by its words, everything else costs.
SCORES = {"furniture": -8.0, "short": -4.0, "sentence": 0.0, "byline": -1.0, "dateline": -4.0,
          "caption": 0.0, "credit": 0.0, "duplicate": 0.0, "sources": -1.0, "related": -6.0, "related link": -4.0,
          "comments": -8.0}
LONE_PROSE_SHARE, LONE_PROSE_COST = 0.5, 5.0   # a paragraph with no prose beside it counts for less
GAP_LIMIT = 80.0   # furniture worth this much between two runs of prose: they are not one story
STORY_WORDS = 150  # prose enough to be a story rather than a teaser or a cookie notice
PROSE_WORDS = 8          # fewer words than this is not a paragraph of prose
LONG_PROSE_WORDS = 25    # this many words is prose even without a full stop at the end
HEADLINE_WORDS = (3, 30)
CAPTION_WORDS = 70       # longer than the longest wire-photo caption: a paragraph that a picture follows
WRAPPED_SHARE = 0.7      # a wrapped line fills at least this much of the wrap width
MIN_WRAPPED_LINES = 6
MAX_LINE = 100_000       # a "line" longer than this is a data dump, never a paragraph
SPEECH_TAG_WORDS = 10    # a quotation's speaker and verb, and a word or two of where and when
SPEECH_LINE_CHARS = 120  # longer, a line ending in a colon is a sentence of its own
BROKEN_LINE_WORDS = 3   # a line this short that runs on is a menu's or a list's, not a sentence's
# Words a sentence never ends on: a line that does runs on to the next.
RUN_ON_WORDS = frozenset("the a an of in on at to for with and or by from into than that".split())
RUNS_ON = frozenset(("short", "sentence", "prose"))   # kinds of line a sentence may run on from or to
HEADER_WINDOW = 25       # how far above the story its headline and byline may stand
# One pass over a line instead of one per pattern; patterns tied to the line's start are tried there only.
FURNITURE_AT_START = re.compile("|".join(f"(?:{p.pattern[1:]})" for p in FURNITURE
                                         if p.pattern.startswith("^") and "|^" not in p.pattern), re.IGNORECASE)
FURNITURE_ANYWHERE = re.compile("|".join(f"(?:{p.pattern})" for p in FURNITURE
                                         if not p.pattern.startswith("^") or "|^" in p.pattern), re.IGNORECASE)
DIGIT = re.compile(r"\d")
# Lines only a web page prints: a file with none of them holds the article alone.
PAGE_FURNITURE = frozenset(("furniture", "related", "related link", "comments"))
# Lines of a story that are not its paragraphs but may name its actors.
APART_KINDS = frozenset(("short", "credit", "dateline", "byline"))
CREDITS_BELOW = 3   # how far under a web page's story its credit lines may stand
# A company's legal suffix, and the 'All rights reserved' that often follows the name.
COMPANY_SUFFIX = re.compile(r"\s+(?:all|inc|ltd|limited|llc|plc|gmbh|pvt)\b.*$", re.IGNORECASE)



@dataclass(frozen=True)
class Line:
    """One non-empty line of the page, with what it looks like."""

    number: int
    """Line number in the file, from 1: where a problem or a paragraph came from."""
    text: str
    words: int
    kind: str
    """'prose', 'sentence' (short, but a full sentence), 'short', 'furniture', 'byline',
    'dateline', 'caption', 'credit', 'duplicate', 'sources', 'related' (a heading over links),
    'related link' ('Read more: headline') or 'comments'."""


@dataclass(frozen=True)
class Page:
    """The parts of an article recovered from a page; empty where the page does not say."""

    headline: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: date | None = None
    url: str = ""
    summary: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    additional_sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    """What was wrong in the page without costing the article (a front matter value): warnings."""
    datelines: tuple[str, ...] = ()
    """Lines above the body that date and place the story ('LONDON 1996-08-30')."""
    set_apart: tuple[str, ...] = ()
    """The story's other lines, never part of its text: subheadings, results and line-up
    lines, credit lines ('Reporting by Jane Roe'); read for the names they print."""


def read_page(text: str) -> Page:
    """The article a page of copied text holds (an empty Page when it holds none)."""
    lines, captions = find_captions(page_lines(text))
    lines = join_broken(classify(lines))
    start, end = story_span(lines)
    if start >= end:
        return Page(captions=captions)
    headline_at, byline_at, body_start = find_header(lines, start, end)
    header = lines[headline_at if headline_at is not None else max(0, start - HEADER_WINDOW):body_start]
    paragraphs = body_paragraphs(lines[body_start:end])
    standfirst = next((line.text for line in header[1:] if line.kind in ("prose", "sentence", "short")
                       and line.words >= PROSE_WORDS), "")
    return Page(
        # Some archives end a headline with ';' where the standfirst followed it: not part of the headline.
        headline=lines[headline_at].text.rstrip(";,: ") if headline_at is not None else "",
        authors=byline_names(lines[byline_at].text) if byline_at is not None else (),
        publisher=find_publisher(lines),
        published=printed_date(header),
        url=next((line.text for line in lines[:body_start] if URL.match(line.text)), ""),
        summary=standfirst or (paragraphs[0].text if paragraphs else ""),
        paragraphs=paragraphs,
        captions=captions,
        additional_sources=find_sources(lines[body_start:]),
        related=find_related(lines[body_start:]),
        datelines=tuple(line.text for line in header if line.kind == "dateline"),
        set_apart=lines_set_apart(lines, headline_at, body_start, end),
    )


def find_header(lines: list[Line], start: int, end: int) -> tuple[int | None, int | None, int]:
    """Where the headline and byline stand (None when the page prints none), and where the body begins.

    A standfirst printed between headline and byline is inside the prose run
    but not the body: the body begins after the byline when the byline is in it.
    """
    byline_at = find_byline(lines, start, end)
    body_start = byline_at + 1 if byline_at is not None and byline_at >= start else start
    headline_at = find_headline(lines, min(start, byline_at if byline_at is not None else start))
    if first_line_is_headline(lines, start) and (headline_at is None or clean_top(lines, start)):
        # A clean article file: the headline is its first line, whatever its punctuation.
        headline_at, body_start = 0, max(body_start, 1)
    return headline_at, byline_at, body_start


def lines_set_apart(lines: list[Line], headline_at: int | None, body_start: int, end: int) -> tuple[str, ...]:
    """The lines of the story that are not its paragraphs, read for names only.

    A file that holds the article alone is read to its last line: subheadings, results
    and line-up lines, credit lines, everything under the headline. A copied web page
    prints menus, teasers and link lists around and inside the story, shaped like those
    lines; there only the credit lines in and just under the story ('Reporting by Jane Roe')
    are read.
    """
    if all(line.kind not in PAGE_FURNITURE for line in lines):
        return tuple(line.text for i, line in enumerate(lines) if i != headline_at and (
            line.kind in APART_KINDS and (line.kind != "byline" or i >= body_start)
            or line.kind in ("prose", "sentence") and not body_start <= i < end))
    return tuple(line.text for line in lines[body_start:end + CREDITS_BELOW] if line.kind == "byline")


def page_lines(text: str) -> list[Line]:
    """The page's non-empty lines, spaces collapsed, hard-wrapped paragraphs joined; kind left for later."""
    raw_lines = text.split("\n")
    width = wrap_width(raw_lines)
    lines: list[Line] = []
    previous = ""
    for number, raw in enumerate(raw_lines, 1):
        if len(raw) > MAX_LINE:
            lines.append(Line(number, raw[:200], 0, "furniture"))
            previous = ""
            continue
        words = without_markup(raw).split()
        if width and previous and words and was_wrapped(previous, raw, width):
            last = lines[-1]
            lines[-1] = Line(last.number, f"{last.text} {' '.join(words)}", last.words + len(words), "")
        elif words:
            lines.append(Line(number, " ".join(words), len(words), ""))
        previous = raw.rstrip() if words else ""
    return lines


def without_markup(line: str) -> str:
    """A line of copied text without the HTML tags an embed left in it, their words kept;
    empty when the tags held no words ('<tweet tweet-id="1"><tweet/>.')."""
    if "<" not in line:
        return line
    kept = MARKUP.sub("", line)
    return kept if kept == line or any(c.isalnum() for c in kept) else ""


def join_broken(lines: list[Line]) -> list[Line]:
    """The lines of a file that holds the article alone, its sentences broken over lines at
    no fixed width joined again ('The bank said it would' / 'lend more.').

    Only such a file is joined: a web page's menus and buttons ('Follow us on') stop
    mid-phrase too.
    """
    if any(line.kind in PAGE_FURNITURE for line in lines):
        return lines
    english = None      # judged once, and only for a file that has a broken sentence
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last is not None and last.kind in RUNS_ON and line.kind in RUNS_ON and was_broken(last.text, line.text):
            english = looks_english(lines) if english is None else english
            merged = Line(last.number, f"{last.text} {line.text}", last.words + line.words, "")
            joined[-1] = Line(merged.number, merged.text, merged.words, line_kind(merged, english))
        else:
            joined.append(line)
    return joined


def was_broken(line: str, following: str) -> bool:
    """True when a sentence runs on from `line` to the next: it stops with no mark where a
    sentence may end, and the next goes on in lower case or after a word that cannot end
    a sentence ('the', 'of')."""
    if SENTENCE_END.search(line) or len(line.split()) < BROKEN_LINE_WORDS:
        return False
    return following[0].islower() or line.rsplit(None, 1)[-1].casefold() in RUN_ON_WORDS


def was_wrapped(line: str, following: str, width: int) -> bool:
    """True when `line` was cut at the wrap width: the next line's first word would not have fitted.

    A line that repeats the opening of the one before is a caption printed twice, never a wrap.
    """
    first_word = following.split()[0]
    if len(line) < WRAPPED_SHARE * width or len(line) + 1 + len(first_word) <= width:
        return False
    return following.split()[:4] != line.split()[:4]


def wrap_width(raw_lines: list[str]) -> int:
    """The column a hard-wrapped text is wrapped at (e.g. 72), or 0 when its lines run free.

    Browser copies put a paragraph on one line; a text saved from email or an
    archive is wrapped, so its long lines all end near one column.
    """
    filled = [line.rstrip() for line in raw_lines if line.strip()]
    if len(filled) < MIN_WRAPPED_LINES:
        return 0
    lengths = sorted(len(line) for line in filled)
    width = lengths[int(len(lengths) * 0.9)]
    if not 40 <= width <= 100 or lengths[-1] > width + 30:
        return 0
    near = [line for line in filled if WRAPPED_SHARE * width <= len(line) <= width + 2]
    # Cut at a column, most full lines stop mid-sentence; paragraphs of similar length end with a stop.
    cut = sum(1 for line in near if not SENTENCE_END.search(line))
    if len(near) < 0.5 * len(filled) or len(near) < MIN_WRAPPED_LINES or cut < 0.5 * len(near):
        return 0
    return width


def find_captions(lines: list[Line]) -> tuple[list[Line], tuple[Caption, ...]]:
    """Captions, each once, and the lines with every caption and credit line marked as such.

    Pages print a caption with its credit under the image; copied text shows the
    caption, often again with the credit glued on, then sometimes the credit alone.
    """
    marked = list(lines)
    captions: list[Caption] = []
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        caption, used = caption_at(lines, i)
        if caption is None:
            i += 1
            continue
        for j in range(i, i + used):
            marked[j] = Line(lines[j].number, lines[j].text, lines[j].words, "caption")
        if caption.text.casefold() not in seen:
            seen.add(caption.text.casefold())
            captions.append(caption)
        i += used
    return marked, tuple(captions)


def caption_at(lines: list[Line], i: int) -> tuple[Caption | None, int]:
    """The caption that starts at line i and how many lines it takes, or (None, 0)."""
    line = lines[i]
    if line.kind or not 4 <= line.words <= CAPTION_WORDS or is_furniture(line.text) \
            or DATELINE_WORDS.match(line.text) or is_date_only(line.text) or BYLINE.match(line.text):
        return None, 0          # furniture, a date line or a byline stands above the picture, not under it
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    used, credit = 1, ""
    glued = after[len(line.text):] if after.startswith(line.text) else ""
    if glued.strip() and len(glued.split()) <= 8 and not glued.lstrip()[:1].islower() and GLUED_CREDIT.match(glued):
        credit, used = glued, 2                                 # the caption again, credit glued on
    elif after == line.text:
        used = 2                                                # the caption twice
        while i + used < len(lines) and lines[i + used].text == line.text:
            used += 1
    credit_line = credit_at(lines, i + used)
    if credit_line:
        text, taken = credit_line
        credit, used = credit or text, used + taken
    if used == 1:
        tail = line.text[-200:]
        match = may_match(INLINE_CREDIT, tail) and INLINE_CREDIT.search(tail)
        if not match or line.words < 3:
            return None, 0
        caption = make_caption(line.text)
        return (caption, 1) if len(caption.text.split()) >= 2 else (None, 0)
    caption = make_caption(line.text, credit)
    if not caption.credit and not caption.date:
        return None, 0          # a line printed twice with no credit or date may be a title: not a caption
    return caption, used


def credit_at(lines: list[Line], i: int) -> tuple[str, int] | None:
    """A credit line at i ('Copyright AP Photo', 'Credit...' then a name), printed once or twice."""
    if i >= len(lines):
        return None
    text = lines[i].text
    match = CREDIT_LINE.match(text)
    if match and lines[i].words <= 10 and not is_furniture(text) \
            and match.group("credit").casefold().strip(" .") not in FURNITURE_LINES:
        credit = match.group("credit")
    elif lines[i].words <= 8 and not SENTENCE_END.search(text) and PICTURE_AGENCIES.search(text):
        credit = text                                            # 'Jane Doe | Bloomberg | Getty Images'
    else:
        return None
    used = 1
    if not credit.strip(" .…") and i + 1 < len(lines) and lines[i + 1].words <= 8:
        credit, used = lines[i + 1].text, 2                      # 'Credit...' then the name below
    while i + used < len(lines) and lines[i + used].text == lines[i + used - 1].text:
        used += 1
    return credit, used


def classify(lines: list[Line]) -> list[Line]:
    """Each line with its kind: prose, furniture, byline, date line, and so on."""
    english = looks_english(lines)
    classified = []
    previous = ""
    for line in lines:
        kind = line.kind or line_kind(line, english)
        if not line.kind and line.text == previous and line.words > 2:
            kind = "duplicate"
        classified.append(Line(line.number, line.text, line.words, kind))
        previous = line.text
    return classified


def line_kind(line: Line, english: bool) -> str:
    """What one line looks like, taken alone."""
    text = line.text
    if RELATED_HEADINGS.match(text):
        return "related"
    if line.words <= 40 and RELATED_LINK.match(text):
        return "related link"
    if line.words <= 8 and COMMENTS.match(text):
        return "comments"
    if is_furniture(text):
        return "furniture"
    if ADDITIONAL_SOURCES.match(text):
        return "sources"
    if line.words <= 20 and BYLINE.match(text) and byline_names(text):
        return "byline"
    if is_dateline(line):
        return "dateline"
    if line.words <= 8 and not SENTENCE_END.search(text) and PICTURE_AGENCIES.search(text):
        return "credit"
    if BREADCRUMB.match(text):
        return "furniture"
    ends_sentence = bool(SENTENCE_END.search(text))
    if line.words >= PROSE_WORDS and (ends_sentence or line.words >= LONG_PROSE_WORDS):
        # Menus and lists of names have few function words; a full sentence needs only some.
        if not english or has_stopwords(text, 0.05 if ends_sentence else 0.12):
            return "prose"
    if ends_sentence and is_speech(text):
        return "prose"
    if ends_sentence and text[-1] != ":":
        return "sentence"
    return "short"


def is_speech(text: str) -> bool:
    """True for a short line of speech: a quotation with its verb of speech ('“Not yet,” she
    said.'), or a speaker and a verb of speech introducing the quotation below ('He added:')."""
    if text[-1] == ":":
        return len(text) < SPEECH_LINE_CHARS and bool(SPEECH_INTRO.match(text))
    parts = QUOTATION.split(text)
    if len(parts) < 2 or len(" ".join(parts).split()) > SPEECH_TAG_WORDS:
        return False
    # The verb follows the last quotation ('..., she said.') or leads into one that ends the
    # line ('He asked: “Why?”'); a headline's 'Mayor vows ‘no retreat,’ cuts budget.' is neither.
    tag = parts[-1] if parts[-1].strip(" .!?") else parts[-2]
    return any(word.strip(".,;:!?—–-").casefold() in SPOKEN_WORDS for word in tag.split())


def is_dateline(line: Line) -> bool:
    """True for a line that dates the page: 'Published 12 March 2024', 'Mar. 3, 2021, 4:15 PM UTC'.

    A time alone, or a date without its year, gives no date to read but is no headline either.
    """
    text = line.text
    if is_date_only(text) or DATELINE_WORDS.match(text) and line.words <= 12:
        return True
    if line.words <= 16 and DATELINE_WORDS.search(text):
        return bool(dates_in(text))
    return line.words <= 12 and not SENTENCE_END.search(text) and bool(dates_in(text))


def dates_in(text: str) -> tuple:
    """The calendar dates a line prints, in words or in unambiguous figures."""
    return absolute_dates(text) + numeric_dates(text)


def is_furniture(text: str) -> bool:
    """True for buttons, menus, ad markers and notices, on any site."""
    key = text.casefold().strip(" .:|›»>•·-–—")
    if key in FURNITURE_LINES:
        return True
    return len(text) < 400 and bool(FURNITURE_AT_START.match(text) or may_match(FURNITURE_ANYWHERE, text)
                                    and FURNITURE_ANYWHERE.search(text))


def is_date_only(text: str) -> bool:
    """True when a line is a date or a time and nothing else ('3 days ago at 09:41 am', '14:53 GMT')."""
    if not DIGIT.search(text, 0, 80):
        return False
    words = re.sub(r"[\d:,./|+()-]+", " ", text[:200]).casefold().split()
    return all(word in DATE_WORDS for word in words)


def has_stopwords(text: str, share: float) -> bool:
    """True when at least that share of a line's words are function words ('the', 'of', 'said')."""
    words = text.casefold().split()
    total = max(1, len(words))
    found = 0
    for word in words:      # prose reaches its share within a few words: the rest need no look
        if word.strip(".,;:!?\"'“”‘’()") in STOPWORDS:
            found += 1
            if found / total >= share:
                return True
    return found / total >= share


def looks_english(lines: list[Line]) -> bool:
    """True when the page's long lines read as English, so function words can judge prose."""
    sample = " ".join(line.text for line in lines if line.words >= PROSE_WORDS)[:20000]
    return bool(sample) and has_stopwords(sample, 0.2)


def story_span(lines: list[Line]) -> tuple[int, int]:
    """The run of lines [start, end) with the most prose: the maximum-sum run, in one pass."""
    best, best_span = 0.0, (0, 0)
    running, start = 0.0, 0
    worth = line_worths(lines, all(line.kind not in PAGE_FURNITURE for line in lines))[:comments_start(lines)]
    gap = 0.0      # what the lines since the last prose have cost
    for i, value in enumerate(worth):
        if running <= 0 or gap < -GAP_LIMIT:      # a long stretch of furniture ends the story
            running, start, gap = 0.0, i, 0.0
        running += value
        gap = gap + value if value <= 0 else 0.0
        if running > best:
            best, best_span = running, (start, i + 1)
    start, end = best_span
    while start < end and lines[start].kind != "prose":
        start += 1
    return start, end


def comments_start(lines: list[Line]) -> int:
    """Where readers' comments begin, once a story's worth of prose stands above; else the end.

    Comments can outweigh the story they follow, so they are never part of it; a
    comment count printed beside the byline or date, above the story, does not count.
    """
    words, header = 0, -HEADER_WINDOW
    for i, line in enumerate(lines):
        if line.kind in ("byline", "dateline"):
            header = i
        if line.kind == "comments" and words >= STORY_WORDS and i - header > 3:
            return i
        if line.kind == "prose":
            words += line.words
    return len(lines)


def prose_beside(lines: list[Line], i: int) -> bool:
    """True when the nearest line above or below, captions aside, is prose too."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 6 and lines[j].kind in ("caption", "credit", "duplicate"):
            j += step
        if 0 <= j < len(lines) and lines[j].kind == "prose":
            return True
    return False


def line_worths(lines: list[Line], alone: bool = False) -> list[float]:
    """What each line adds to the story: prose by its words, less when no prose stands beside it.

    A story's paragraphs come in runs; a lone paragraph between short lines is
    more often a teaser under a link or a reader's comment, but not in a file that
    holds the article `alone`, with no page furniture (a results story's one sentence).
    """
    prose = [line.kind == "prose" for line in lines]
    worth = []
    for i, line in enumerate(lines):
        if not prose[i]:
            worth.append(SCORES[line.kind])
        elif alone or prose_beside(lines, i):
            worth.append(float(line.words))
        else:
            worth.append(line.words * LONE_PROSE_SHARE - LONE_PROSE_COST)
    return worth


def find_byline(lines: list[Line], start: int, end: int) -> int | None:
    """The byline just above the story or in its first lines, if the page prints one."""
    for i in range(max(0, start - HEADER_WINDOW), min(end, start + 8)):
        if lines[i].kind == "byline":
            return i
    return None


def byline_names(text: str) -> tuple[str, ...]:
    """'By Jane Doe and John Roe' -> ('Jane Doe', 'John Roe'); () when it names no one."""
    match = BYLINE.match(text)
    if not match or (match.group("before") and not dates_in(match.group("before"))):
        return ()
    names_text = re.split(r"\s+(?:[|•·/]|-|–|—)\s+|\s{2,}|/", match.group("names"))[0]
    # Pages glue a role onto a name ('Meg JamesStaff Writer', 'Jo GarberFOXBusiness').
    names_text = re.sub(r"(?<=[a-z])(?=[A-Z]{2}|(?:Staff|Senior|Chief|Contributing|Updated)\b)", ", ", names_text)
    names = []
    for part in BYLINE_SEPARATORS.split(names_text):
        if BYLINE_ROLE.search(part):
            break       # 'Staff Writer', 'AP Auto Writer': a role, and what follows it is no name
        name = BYLINE_END.sub("", part).strip(" .")
        if name and NAME.match(name) and name.casefold() not in FURNITURE_LINES \
                and not re.search(r"[A-Z]{2,}[a-z]", name):
            names.append(name)
        if name != part.strip(" .") or not name or not NAME.match(name):
            break       # a date, an address or a place ends the names ('By Jane Doe, Reuters Staff')
    return tuple(names)


def first_line_is_headline(lines: list[Line], start: int) -> bool:
    """True when the page's first line, at or just above the story, is shaped like a headline."""
    first = lines[0]
    return (start <= HEADER_WINDOW and first.kind in ("short", "sentence", "prose")
            and 2 <= first.words <= HEADLINE_WORDS[1] and not first.text.endswith((",", ":")))


def clean_top(lines: list[Line], start: int) -> bool:
    """True when only a few lines, none of them furniture, stand above the story."""
    return start <= 3 and all(line.kind != "furniture" for line in lines[:start])


def find_headline(lines: list[Line], before: int) -> int | None:
    """The headline: the nearest title-like line above the story, past captions, byline and dates."""
    fallback = None
    for i in range(before - 1, max(-1, before - HEADER_WINDOW - 1), -1):
        line = lines[i]
        if line.kind in ("caption", "credit", "byline", "dateline", "duplicate", "furniture"):
            continue
        if line.kind == "related":
            break
        if is_title(line):
            if line.words >= 4:
                return headline_above_dek(lines, i)
            fallback = i if fallback is None else fallback
    return fallback


def headline_above_dek(lines: list[Line], i: int) -> int:
    """A long title-like line in sentence case under a shorter title is the standfirst; the title is the headline."""
    above, line = (lines[i - 1] if i > 0 else None), lines[i]
    if (above is not None and above.kind == "short" and is_title(above) and line.words >= 10
            and 4 <= above.words < line.words and not title_case(line.text)):
        return i - 1
    return i


def title_case(text: str) -> bool:
    """True when nearly every word but the small ones is capitalised ('Apple Plans New MacBook in 2020')."""
    words = [w for w in text.split() if w[:1].isalpha() and w.casefold() not in STOPWORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_title(line: Line) -> bool:
    """True for a line shaped like a headline: a handful of words, no full stop, not shouted."""
    low, high = HEADLINE_WORDS
    if not low - 1 <= line.words <= high or line.text.endswith((".", ",", ";", ":")):
        return False
    if not (line.text[0].isupper() or line.text[0].isdigit() or line.text[0] in "\"“‘'"):
        return False
    letters = [c for c in line.text if c.isalpha()]
    return bool(letters) and not (line.words > 1 and all(c.isupper() for c in letters))


def body_paragraphs(lines: list[Line]) -> tuple[Paragraph, ...]:
    """The story's paragraphs in reading order, each with the subheading printed above it."""
    paragraphs: list[Paragraph] = []
    subheading = ""
    for i, line in enumerate(lines):
        if line.kind in ("prose", "sentence"):
            paragraphs.append(Paragraph(len(paragraphs) + 1, line.text, subheading))
            subheading = ""
        elif line.kind == "short" and is_title(line) and next_is_prose(lines, i):
            subheading = line.text
    return tuple(paragraphs)


def next_is_prose(lines: list[Line], i: int) -> bool:
    """True when the next line that is not a caption is prose."""
    for line in lines[i + 1:]:
        if line.kind not in ("caption", "credit", "duplicate"):
            return line.kind == "prose"
    return False


def printed_date(header: list[Line]) -> date | None:
    """The date the header prints: the earliest date on a date line or byline, 'Updated' ones last."""
    found = []
    for line in header:
        if line.kind in ("dateline", "byline"):
            for mention in dates_in(line.text):
                found.append((bool(UPDATED.search(line.text[:mention.start])), mention.date))
    if not found:
        return None
    return min(found)[1]


def find_sources(lines: list[Line]) -> tuple[str, ...]:
    """Agencies credited for additional material ('Additional sources • AP, AFP')."""
    for line in lines:
        if line.kind == "sources":
            match = ADDITIONAL_SOURCES.match(line.text)
            parts = re.split(r"\s*(?:,|\band\b|&|/)\s*", match.group("sources").strip(" ."))
            return tuple(p for p in parts if p)
    return ()


def find_related(lines: list[Line]) -> tuple[str, ...]:
    """Headlines the page links to after the story: 'Read more: X' lines, and the list under 'Read more'."""
    related: list[str] = []
    listed = False
    for i, line in enumerate(lines):
        if line.kind == "related link":
            related.append(RELATED_LINK.match(line.text).group("title"))
        elif line.kind == "related" and not listed:
            for other in lines[i + 1:]:
                if other.kind not in ("short", "sentence") or not is_title(other) or other.words < 3:
                    break
                related.append(other.text)
                listed = True
    return tuple(dict.fromkeys(related))


def find_publisher(lines: list[Line]) -> str:
    """The publisher the page's copyright notice names ('© 2021 The Lund Courier Company')."""
    for line in reversed(lines):
        if line.words <= 20:
            match = PUBLISHER.match(line.text)
            if match:
                return COMPANY_SUFFIX.sub("", match.group("name")).strip(" .,")
    return ""
