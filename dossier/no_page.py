"""Speakers that keep their place in facts but get no page: a share of those polled ('52
percent of voters said ...'), a document that speaks ('the report found ...') and a
description that names no one ('a senior aide said ...', 'critics say ...').

Each is the source of what it says, so a fact keeps it as its speaker; but it is no actor a
reader would look up, so it has no page, no place on the lists of actors and no link. The
actor's kind stays 'other' and its kind_reason says why it has no page.
"""

from __future__ import annotations

import re

from .model import Actor
from .vocabulary import MASTHEAD_WORDS

SHARE_REASON = "a share of those polled or counted: the source of its facts, with no page of its own"
DOCUMENT_REASON = "a document or a poll that speaks: the source of its facts, with no page of its own"
KIND_OF_BODY_REASON = "a kind of body, not one: the source of its facts, with no page of its own"
DESCRIPTION_REASON = "a description that names no one: the source of its facts, with no page of its own"
NO_PAGE_REASONS = frozenset({SHARE_REASON, DOCUMENT_REASON, KIND_OF_BODY_REASON, DESCRIPTION_REASON})

NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
               r"a hundred|one hundred)")
# Words that may come before a share: 'just 28 percent', 'nearly half of voters'.
SHARE_LEAD = r"(?:(?:just|only|about|some|nearly|almost|roughly|around|over|under|barely|fully|more than|" \
             r"less than|fewer than|a further|another|an additional|the other)\s+)*"
SHARE = re.compile(
    SHARE_LEAD + r"(?:\d[\d.,]*\s*(?:%|percent|per cent)|" + NUMBER_WORD + r"(?:[- ]" + NUMBER_WORD
    + r")?\s+(?:percent|per cent)|(?:\d+|" + NUMBER_WORD + r")\s+(?:in|out of)\s+(?:\d+|" + NUMBER_WORD + r")|"
      r"(?:a|one|two)[- ](?:third|quarter|fifth)s?|half|"
      r"an? (?:(?:strong|slim|narrow|clear|large|small|bare|solid|sizable|overwhelming|vast|wide)\s+)?(?:majority|minority)|"
      r"three[- ]quarters|two[- ]thirds)(?:\s+of\b.*)?",
    re.IGNORECASE)
# A share in figures that says whom it counts without 'of' ('four in 10 voters', 'More than
# 6 in 10 Republicans', '52 percent backing the plan'), whatever words the subject ran on to.
SHARE_OF_WHOM = re.compile(
    SHARE_LEAD + r"(?:\d[\d.,]*\s*(?:%|percent|per cent)|(?:\d+|" + NUMBER_WORD + r")\s+(?:in|out of)\s+(?:\d+|"
    + NUMBER_WORD + r"))\s+\S.*", re.IGNORECASE)

# What a document, a publication's piece or a poll is called by its head noun.
DOCUMENT_HEADS = frozenset("""
    report reports memo memos memorandum statement statements letter letters email emails e-mail e-mails
    website site page document documents filing filings complaint lawsuit indictment ruling
    release post tweet tweets editorial column article story study studies survey surveys poll polls
    average analysis audit transcript book ad advert advertisement video brief motion notice
    memoir memoirs biography autobiography estimate estimates agreement
    """.split())
# What may follow a document's head noun and say which it is ('a memo released Tuesday by the
# agency', 'an email from the chair', 'the report to be published in May').
AFTER_THE_HEAD = re.compile(
    r"\s+(?:of|from|by|in|on|to|with|for|about|that|which|released|published|sent|written|obtained|"
    r"issued|filed|posted|dated|leaked|previously|kept|began)\b")


def no_page_reason(name: str, kind: str) -> str:
    """Why an actor of that name and kind has no page, or '' for one that has."""
    if kind != "other":
        return ""
    if SHARE.fullmatch(name.strip()) or SHARE_OF_WHOM.fullmatch(name.strip()):
        return SHARE_REASON
    if named_poll(name):
        return DOCUMENT_REASON
    if name.strip() in KIND_ACRONYMS:
        return KIND_OF_BODY_REASON
    # The head is the last word, or the last before what says which one it is ('an analysis
    # of the filings', 'a memo released Tuesday'), in lower case as a common noun is ('the
    # report', 'exit polls'); a head in capitals is one only where a sentence begins with it
    # ('Polls', 'Documents from the board').
    words = name.split()
    before = AFTER_THE_HEAD.split(name.strip(), maxsplit=1)[0].split()
    heads = {words[-1], before[-1].lower() if len(before) == 1 else before[-1]}
    # One word that may be a masthead's is a paper ('the Post'), not a piece in it.
    document = (name.casefold() in DOCUMENT_HEADS - MASTHEAD_WORDS if len(words) == 1
                else bool(heads & DOCUMENT_HEADS))
    if document:
        return DOCUMENT_REASON
    return DESCRIPTION_REASON if names_no_one(words) else ""


# Words that open a description rather than a name ('a senior aide', 'some officials', 'the
# two lawyers'), whatever their capital.
DESCRIPTION_OPENERS = frozenset("""
    a an one some several many few other another the these those this that both all most each every
    his her its their our two three four five six seven eight nine ten dozens hundreds thousands
    """.split())


def names_no_one(words: list[str]) -> bool:
    """Whether words are a description that names no one ('a senior aide', 'critics', 'two
    officials'): they open with a determiner, a number or a word in lower case, and no word
    after the first is capitalised. Each such speaker is someone of one article a reader
    cannot look up; one tied to a name ('a spokesman for Ana Lund', 'Lund aides') keeps its page."""
    first = words[0]
    opens = first[:1].islower() or first[:1].isdigit() or first.casefold() in DESCRIPTION_OPENERS
    return opens and not any(word[:1].isupper() for word in words[1:])


# The head nouns that end a poll's own name ('Lund-Acme Poll', 'Harbour Survey').
POLL_HEADS = frozenset("Poll Polls Survey".split())


def named_poll(name: str) -> bool:
    """Whether a name of two or more capitalised words ends in a poll's head noun ('Harbour-Lund
    Poll'): the source of what it finds, whatever kind its shape suggested, never an actor with
    a page; a name that only ends in one ('a spokesman for the Lund Poll') is someone else."""
    words = name.split()
    return len(words) >= 2 and words[-1] in POLL_HEADS and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# Acronyms that name a kind of body, never one body: 'a super PAC', 'the NGO'.
KIND_ACRONYMS = frozenset("PAC PACs NGO NGOs LLC".split())


def never_a_page(name: str) -> bool:
    """Whether a name is a poll's or a kind of body's, whatever kind its shape suggested: the
    source of what it says, never an actor with a page ('the Harbour-Lund Poll', 'the PAC')."""
    return named_poll(name) or name.strip() in KIND_ACRONYMS


def has_page(actor: Actor) -> bool:
    """False for an actor that speaks in facts but is no actor a reader looks up."""
    return actor.kind_reason not in NO_PAGE_REASONS
