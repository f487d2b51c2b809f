"""Find the people, organisations and places one article names, with roles and aliases.

The built-in extractor needs no model: names are runs of capitalised words, split where a
title, 'of' or 'and' joins two names; the words around each name say what it is (a title,
a role in apposition, 'the town of', a gazetteer place); surnames and acronyms are then tied
to the fuller name the article uses. DOSSIER_ACTORS=spacy (or spacy+builtin) uses spaCy
instead, when it is installed (see actors_spacy.py).
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass, field
from itertools import takewhile

from . import actor_patterns as P
from .coreference import offices_named, stated_genders_of
from .gazetteer import Gazetteer, Place, gazetteer, place_key
from .page import title_case
from .model import ACTOR_KINDS, Article, DossierError, Mention, Problem
from .owned_bodies import name_owned_bodies
from .place_readings import read_shared_place_names
from .state_labels import find_state_labels
from .vocabulary import (FEMALE_FIRST_NAMES, FIRST_NAMES, GENERATIONS, HOLIDAYS, MALE_FIRST_NAMES, MASTHEAD_WORDS,
                         PARTY_MEMBERS)
from .words import in_text

BACKENDS = ("builtin", "spacy", "spacy+builtin")
BACKEND_SETTING = "DOSSIER_ACTORS"
"""Environment variable that picks the backend; the built-in rules when unset."""

ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,5}$")
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
# A word of a person's name: "Udvar-Hazy", "Jong-un", "O'Brien", "K.C.", "McDonald", with the
# letters of Europe's Latin alphabets ("Łukasz", "Dvořák"); not "Prize-winner" or "I'll".
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĀ-ž](?:['’][A-Z])?[a-zß-ÿĀ-ž]+(?:-[A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž'’]+|-[a-z]{1,3})*"
                       r"|(?:[A-Z]\.)+"
                       r"|[A-Z][a-z]*[A-Z][a-z]+)$")
# A surname's particle run into it: 'al-Assad', 'van-Dijk', and the elided 'd'' of French and
# Italian names ("d'Aubigny", "d’Orsay").
PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|abu|de|di|da|du|van|von|le|la)-[A-Z]|^d['’][A-ZÀ-Þ]")
# "US-based", "Kremlin-backed": a name turned into a modifier, not a name.
MODIFIER_WORD = re.compile(r"^\w[\w.]*-(?:[a-z]+ed|born|run|made|era|style|wide|owned)$"
                           r"|^(?:Pro|Anti|Non|Ex|Post|Pre|Neo|Mid|Trans)-")
PLACE_OF = re.compile(r"^(?:the )?(?:State|Republic|Kingdom|Province|City|Commonwealth) of (.+)$")
LOCATIVE = frozenset("in at near from to into across outside inside around via throughout".split())
DETERMINERS = frozenset("the a an".split())
SENTENCE_ENDS = frozenset(".!?")
OPENING_MARKS = frozenset("\"“‘'(")
OPENERS = frozenset("\"“‘:(")
OPENING_QUOTES = frozenset("\"“")
CLOSING_QUOTES = frozenset("\"”")
# An abstract noun's ending ('Cooperation', 'Security'): a capitalised word of a name's tail, no name.
ABSTRACT_NOUN = re.compile(r"(?:tion|ity|ment|ness|ism|ship)$")
# The same endings after a stem of four letters or more, which surnames seldom have ('Paul
# Clement', 'Eliot Ness', 'Harkness' are names): the last word of a body's name, not a person's.
ABSTRACT_LAST_WORD = re.compile(r"^\w{4,}(?:tion|ity|ment|ism|ship)$")
# What stands between two names of a list: 'Lund, Harstad', 'Lund and Harstad', 'Lund, or Harstad'.
LIST_GAPS = ([","], ["and"], ["or"], [",", "and"], [",", "or"])
GRAMMAR_CONNECTORS = frozenset("of for the and on".split())
ROLE_OF = frozenset("of at for to".split())
# The names short forms stand for, with their kinds ('United Nations': an organisation).
SHORT_FORM_NAMES = {name: kind for name, kind in P.SHORT_FORMS.values()}
# Last words of a body's or a place's name ('Museum', 'Island'): a run joined by 'and' that ends so is one name.
BODY_AND_PLACE_HEADS = P.ORG_HEADS | P.PLACE_HEADS
FIXTURE_TOKENS = 15     # a line of fixtures is this short, with no full stop; else it is a sentence


class Token:
    """One word or mark of a text unit."""

    __slots__ = ("text", "start", "unit", "sentence", "index", "initial", "lower", "capitalised")

    def __init__(self, text: str, start: int, unit: int, sentence: int):
        self.text = text
        self.start = start
        self.unit = unit
        """Index of the text unit (paragraph, caption, headline) the token is in."""
        self.sentence = sentence
        """Index of the sentence across the whole article, in reading order."""
        self.index = 0
        """Position of the token in its unit."""
        self.initial = False
        """First word of its sentence (its capital says nothing)."""
        self.lower = text.casefold().rstrip(".") if text[-1] == "." and len(text) > 2 \
            and text[-3] != "." else text.casefold()
        self.capitalised = text[:1].isupper() or (text[:1].islower() and ("-" in text or text[0] == "d"
                                                                           and text[1:2] in ("'", "’"))
                                                  and PARTICLE_NAME.match(text) is not None)


class Signal:
    """What the words around one occurrence of a name say about it: the values its signals hold.

    Plain strings under names, not an Enum: an Enum member is looked up ten times slower,
    and actor finding reads signals at every name.
    """

    ROLE = "role"
    """A title or role stands by it ('Mayor Jane Roe', 'Jane Roe, the mayor')."""
    EMPLOYER = "employer"
    """It stands before a title as whose the title is ('Norvik' in 'Norvik President Anna Berg')."""
    HONORIFIC = "honorific"
    """An honorific stands before it ('Mr. Okonjo', 'Dr Roe')."""
    PLACE_CHAIN = "place_chain"
    """It stands in a chain of places after a preposition of place, beside a place the gazetteer
    knows ('born at Stridon, Dalmatia', 'in Kinneret, Galilee.')."""
    KIN = "kin"
    """A word for a relative stands before it ('his father, Anton', 'her sister Ana')."""
    LOCATIVE = "locative"
    """A preposition of place stands before it ('from Lund')."""
    ROUTE = "route"
    """A preposition of place stands before it that is no person's: 'at', 'into', 'via', ..., or
    'to' or 'from' after a word of travel ('the road to Lund', 'flights from Lund')."""
    IN = "in"
    """'in' or 'near' stands before it, and no possessive after ('in Lund', not "in Bush's time")."""
    TITLE = "title"
    """It fills a quotation ('the film "Viva Lundby"', '“Soul Alone”'): a work's title."""
    SHOUTED = "shouted"
    """It stands in a line written in capitals."""
    ORG_NOUN = "org_noun"
    """A noun for a body stands by it ('the band Duran Duran', 'Jambula, a charity', 'Seattle-based Amazon')."""
    PLACE_NOUN = "place_noun"
    """'the town of' stands before it."""
    SPEAKS = "speaks"
    """A verb of speech stands right next to it ('Lund said', 'said Lund.')."""
    SAYS = "says"
    """It is the subject of a verb of speech, or the source after 'according to'."""
    SAYS_OF_SELF = "says_of_self"
    """It says something of itself as a person ('Lund said she ...')."""
    SAYS_OF_BODY = "says_of_body"
    """It says something of itself as a body ('Norvik said its profit rose')."""
    LABEL = "label"
    """It is a transcript's speaker label ('WALLACE: ...')."""
    OWNS = "owns"
    """A possessive follows it ("Lund's")."""
    TEAM = "team"
    """A role in a sports side follows it ('Norvik striker'), or it plays a match ('Norvik beat Lundby 2-1')."""
    NOUN_AFTER = "noun_after"
    """A noun for a body follows it ('the Kestrel news agency'); a person's surname may stand so too
    ('Roe company losses'), and joins the person's full name."""
    BODY_AFTER = "body_after"
    """A person's body follows it: the name qualifies the noun ('the Roe campaign', 'the Roe
    administration')."""
    IN_PROSE = "in_prose"
    """A word in lower case stands right before or after it: it is read in running text, not
    in a line of a page's buttons."""
    COMPANY = "company"
    """A noun only a company has stands by it ('Norvik shares', 'shares of Norvik')."""
    SCORED = "scored"
    """It plays a match in a sentence that gives a score or a margin ('Norvik beat Lundby 2-1',
    'by six wickets')."""
    HAS_PLAYERS = "has_players"
    """A role in a sports side follows it ('Norvik striker')."""
    THE_PLURAL = "the_plural"
    """'the' stands before it and its last word is a plural ('the Blue Herons')."""
    INSTITUTION = "institution"
    """It is one capitalised word for a body after 'the', no noun after it ('the Government
    said', 'joined the Navy'): the body the text has in mind."""
    HANDLE = "handle"
    """'@' or '#' stands right before it: an account's handle or a hashtag ('@LundbyNews')."""
    REGION = "region"
    """It is a point of the compass after 'the' ('the South', 'the Midwest'): a region."""
    SIDE = "side"
    """It is followed by what 'their' own ('Norvik went looking for their first title'), by a
    player's name ("Norvik's Jo Lind") or by 'won' or 'lost', or it is played for or joined: a
    town's name that is its club, in a match report."""
    LIVES = "lives"
    """A verb of a person's life follows it: 'Lund was born', 'Lund died', 'Lund married'."""
    SCORE_LINE = "score_line"
    """It stands between scores in a results line ('Norvik 2 Lundby 0')."""


@dataclass
class Occurrence:
    """One place in the text where a name stands, with what its context says about it."""

    text: str
    tokens: list[Token]
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    signals: set[str] = field(default_factory=set)
    gender: str = ""
    """The gender an honorific before the name states ('male' after 'Mr.'), or ''."""
    stands_alone: bool = True
    """No lower-case noun follows the name (in "RT interview", 'RT' qualifies the noun)."""
    of_name: str = ""
    """The name after 'of' ('Vestby' in 'Anna Berg of Vestby'): a person's affiliation."""
    owner: str = ""
    """The name before a possessive that this name follows ('Elon Musk' in "Elon Musk's SpaceX")."""


@dataclass(frozen=True)
class NamePart:
    """One name in a run of capitalised words, with what the run says of it."""

    start: int
    end: int
    role: str = ""
    """The role a title before the name gives it ('President' in 'Norvik President Anna Berg')."""
    affiliation: str = ""
    """Whom the role is with ('SpaceX' there)."""
    employer: bool = False
    """The name stands before a title as whose the title is ('SpaceX' there)."""


@dataclass(frozen=True)
class UnnamedRole:
    """A role that is a sentence's subject with no name: "The EU's foreign policy chief said ..."."""

    sentence: int
    role: str
    """The role's words ('foreign policy chief')."""
    owner: str
    """Whose role it is ('EU')."""


@dataclass
class Draft:
    """An actor while one article is being read: every form and what each occurrence says."""

    forms: list[str]
    occurrences: list[Occurrence]
    kind: str = ""
    gender: str = ""
    kind_reason: str = ""
    """What in the text gave the kind ('a title or role beside it')."""

    @property
    def signals(self) -> set[str]:
        return set().union(*(o.signals for o in self.occurrences))


def find_actors(article: Article, backend: str | None = None) -> tuple[Mention, ...]:
    """The actors an article names, by the backend the setting asks for (built-in rules by default)."""
    return tuple(m for m in find_names(article, backend) if m.kind)


def find_names(article: Article, backend: str | None = None) -> tuple[Mention, ...]:
    """The actors an article names and, from the built-in rules, the one-word names it gives no
    kind (Mention.kind ''), which only the dossier can tell whose they are."""
    backend = backend or os.environ.get(BACKEND_SETTING, "builtin").strip() or "builtin"
    if backend == "builtin":
        return find_actors_builtin(article)
    if backend not in BACKENDS:
        raise DossierError((Problem(BACKEND_SETTING, None, f"unknown actor backend {backend!r}",
                                    hint=f"use one of: {', '.join(BACKENDS)}", severity="error"),))
    from .actors_spacy import find_actors_spacy
    return find_actors_spacy(article, tuple(m for m in find_actors_builtin(article) if m.kind)
                             if backend == "spacy+builtin" else None)


def find_actors_builtin(article: Article) -> tuple[Mention, ...]:
    """Names from the text's own capitals and context, grouped into one Mention per actor; and
    the one-word names the text gives no kind."""
    gaz = gazetteer()
    units = text_units(article)
    # Lines set apart are units of their own; one in capitals, like a headline's capitals
    # that may be its style, names only the places it prints.
    lines_apart = article.datelines + article.set_apart
    # A headline in sentence case is read as a sentence; in capitals or title case only its places are.
    headline_read = not shouted(article.headline) and not title_case(article.headline)
    units += [(0, line) for line in lines_apart + ((article.headline,) if headline_read else ()) if not shouted(line)]
    tokens = tokenize_units(units + [(0, line) for line in lines_apart if shouted(line)]
                            + ([] if headline_read else [(0, article.headline)]))
    body, apart = tokens[:len(units)], tokens[len(units):]
    common = common_words(body)
    proper = frozenset(t.text for unit in body for t in unit if t.capitalised and not t.initial)
    # Most articles quote no title of a work: their units are not searched for one.
    quoting = any(TITLED.search(text) for _, text in units)
    occurrences, pending = find_occurrences(body, common, gaz, proper, quoting)
    occurrences += parties_in_lower_case(body)
    set_apart, _ = find_occurrences(apart, common, gaz, proper)
    occurrences += [as_written(o, gaz) for o in set_apart if gaz.place(o.text) or o.text in P.SHORT_FORMS]
    occurrences = trim_first_words(occurrences)
    occurrences = trim_words_before_surnames(occurrences, proper, gaz)
    occurrences = drop_plural_titles(occurrences, body)
    occurrences = split_joined_names(occurrences, gaz)
    occurrences = drop_words_before_first_names(occurrences, common, gaz)
    occurrences = split_party_labels(occurrences, gaz)
    occurrences = split_names_glued_to_places(occurrences, gaz)
    occurrences = drop_parties_before_chambers(occurrences)
    drafts = group_occurrences(occurrences, gaz)
    for draft in drafts:
        draft.kind, draft.kind_reason = classify(draft, common, gaz)
    clubs_in_match_reports(drafts, body, gaz)
    kinds_from_lists(drafts, body)
    drafts = link_legal_names(drafts, common)
    drafts = link_titled_surnames(drafts)
    drafts = link_short_forms(drafts, common)
    drafts = link_name_orders(drafts)
    drafts = link_first_names(drafts)
    drafts = link_routed_short_forms(drafts)
    places_by_the_mix(drafts)
    names_sent_to(drafts, body, common)
    drafts = link_acronyms(drafts)
    give_pending_roles(drafts, pending)
    give_owners(drafts)
    mentions = [to_mention(d, units, article.headline) for d in drafts]
    mentions = find_state_labels(units + [(0, line) for line in article.datelines],
                                 [m for m in mentions if m is not None])
    mentions = read_shared_place_names(units, mentions)
    mentions = name_owned_bodies(units, article.datelines, mentions)
    return tuple(mentions + collective_speakers(body, units, mentions)
                 + bodies_of_people(body, units, mentions))


def as_written(occurrence: Occurrence, gaz: Gazetteer) -> Occurrence:
    """A place a dateline or headline prints in capitals ('LONDON'), as the text writes it; by
    the name it prints where that is another name of the place ('BOMBAY' is Bombay, not Mumbai)."""
    place = gaz.place(occurrence.text)
    if place is not None and occurrence.text.isupper() and len(occurrence.text.replace(".", "")) > 3:
        same = place_key(place.name) == place_key(occurrence.text)
        occurrence.text = place.name if same else string.capwords(occurrence.text)
    return occurrence


def shouted(line: str) -> bool:
    """True for a line written in capitals ('LONDON 1996-08-30'): its capitals say nothing of names."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 1 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def collective_speakers(units_tokens: list[list[Token]], units: list[tuple[int, str]],
                        mentions: list[Mention]) -> list[Mention]:
    """Groups a sentence opens with as the subject of a verb of speech ('Police say',
    'Democrats successfully argued'): who speaks there, though no name says it."""
    taken = {form for m in mentions for form in (m.name, *m.aliases)}
    speaking: dict[str, set[int]] = {}
    for tokens in units_tokens:
        for i, token in enumerate(tokens):
            if not token.initial or token.text not in P.COLLECTIVE_SPEAKERS or token.text in taken:
                continue
            # 'Police officials said': those who speak for the group.
            after = i + 2 if i + 1 < len(tokens) and tokens[i + 1].lower in P.SPEAK_FOR_GROUPS else i + 1
            if speaks_at(tokens, after):
                speaking.setdefault(token.text, set()).add(units[token.unit][0])
    return [Mention(word, P.COLLECTIVE_SPEAKERS[word], paragraphs=tuple(sorted(numbers)),
                    local=word not in P.NAMED_GROUPS, kind_reason="a group that speaks as one")
            for word, numbers in speaking.items()]


def bodies_of_people(units_tokens: list[list[Token]], units: list[tuple[int, str]],
                     mentions: list[Mention]) -> list[Mention]:
    """A person's campaign or administration that speaks ('The Berg campaign says', 'the
    Obama administration announced'): an organisation of its own, named as the text writes it."""
    taken = {form for m in mentions for form in (m.name, *m.aliases)}
    # A surname two people share is no alias of either, but still owns a campaign.
    people = {words[at:] for m in mentions if m.kind == "person" for form in (m.name, *m.aliases)
              for words in (tuple(form.split()),) for at in {0, len(words) - 1}}
    longest = max(map(len, people), default=0)
    first_words = {words[0] for words in people if words}
    speaking: dict[str, set[int]] = {}
    for tokens in units_tokens:
        for i, token in enumerate(tokens):
            if token.lower != "the" or i + 1 >= len(tokens) or tokens[i + 1].text not in first_words:
                continue
            for size in range(min(longest, len(tokens) - i - 2), 0, -1):
                words = tuple(t.text for t in tokens[i + 1:i + 1 + size])
                body = tokens[i + 1 + size]
                if words in people and body.lower in P.BODIES_OF_PEOPLE and body.text.islower() \
                        and speaks_at(tokens, i + 2 + size):
                    name = " ".join(words + (body.text,))
                    if name not in taken:
                        speaking.setdefault(name, set()).add(units[token.unit][0])
                    break
    return [Mention(name, "organisation", paragraphs=tuple(sorted(numbers)), kind_reason="a body that speaks as one")
            for name, numbers in speaking.items()]


def speaks_at(tokens: list[Token], k: int) -> bool:
    """Whether a verb of speech stands at k, a word or two on at most ('have said',
    'repeatedly noted'): the words before k are its subject."""
    start = k
    while k < min(start + 2, len(tokens)) and (tokens[k].lower in P.BEFORE_SPEECH_VERB
                                               or (tokens[k].lower.endswith("ly") and tokens[k].lower.isalpha())):
        k += 1
    verb = tokens[k].lower if k < len(tokens) else ""
    return verb in P.SPEECH_VERBS or verb in P.SUBJECT_SPEECH_VERBS or verb in P.COLLECTIVE_SPEECH_VERBS


# --- Text units and tokens ------------------------------------------------------

def text_units(article: Article) -> list[tuple[int, str]]:
    """(paragraph number, text) for the body in order, then captions and their credits (0);
    the headline apart."""
    units = [(p.number, without_nicknames(p.text)) for p in article.paragraphs]
    units += [(0, c.text) for c in article.captions]
    units += [(0, c.credit) for c in article.captions if c.credit]     # photographers and agencies
    return units


# 'Robert C. "Bobby" Lund': a nickname in quotation marks between a first name (or its
# initial) and the surname, which would cut the name in two.
QUOTED_NICKNAME = re.compile(r"(?<=[a-z.] )[\"“][A-Z][a-z]+[\"”] (?=[A-Z][a-z])")


def without_nicknames(text: str) -> str:
    """A paragraph as names are read in it: each quoted nickname inside a name left out, so
    that the name reads whole ('Robert C. Lund')."""
    if '"' not in text and "“" not in text:
        return text
    return QUOTED_NICKNAME.sub(lambda m: "" if nickname_after_first_name(text, m.start()) else m.group(), text)


def nickname_after_first_name(text: str, at: int) -> bool:
    """Whether the word before a quoted nickname is a first name or an initial."""
    before = text[max(0, at - LONGEST_FIRST_NAME):at].split()[-1]
    return bool(re.fullmatch(r"[A-Z]\.", before)) or (before[:1].isupper() and before.casefold() in FIRST_NAMES)


LONGEST_FIRST_NAME = 16


def tokenize_units(units: list[tuple[int, str]]) -> list[list[Token]]:
    """Tokens of every unit, with sentence numbers running on across units."""
    result = []
    sentence = 0
    starts_sentence = True
    for index, (_, text) in enumerate(units):
        tokens: list[Token] = []
        if not starts_sentence:
            sentence += 1
        starts_sentence = True
        for match in P.TOKEN.finditer(text):
            piece = match.group()
            token = Token(piece, match.start(), index, sentence)
            token.index = len(tokens)
            if piece[0].isalnum():
                token.initial = starts_sentence
                starts_sentence = False
            elif piece in SENTENCE_ENDS and not ends_abbreviation(tokens):
                sentence += 1
                starts_sentence = True
            elif piece in OPENERS:
                starts_sentence = True
            tokens.append(token)
        result.append(tokens)
    return result


def ends_abbreviation(tokens: list[Token]) -> bool:
    """Whether a full stop after these tokens belongs to an abbreviation or an initial."""
    if not tokens:
        return False
    last = tokens[-1].text
    return last.casefold() in P.ABBREVIATIONS or (len(last) == 1 and last.isupper())


def common_words(units: list[list[Token]]) -> frozenset[str]:
    """Words the article writes in lower case somewhere: ordinary words, not names."""
    return frozenset(t.text for unit in units for t in unit if t.text[:1].islower() and not t.capitalised)


# --- Occurrences: capitalised runs, split into names ----------------------------

def find_occurrences(units: list[list[Token]], common: frozenset[str], gaz: Gazetteer,
                     proper: frozenset[str] = frozenset(), quoting: bool = False
                     ) -> tuple[list[Occurrence], list[UnnamedRole]]:
    """Every name in the text with its context; and roles stated before a name is given.
    With `quoting`, the names in a work's title quoted after 'titled' are passed over."""
    occurrences: list[Occurrence] = []
    pending: list[UnnamedRole] = []
    for tokens in units:
        scored: set[int] | None = None      # read only where a name plays a match: most units name none
        titles = (quoted_titles(tokens) if quoting else set()) | quoted_programmes(tokens)
        for start, end in capital_runs(tokens, common):
            if start in titles:
                continue
            for part in split_run(tokens, start, end, gaz, proper):
                name_start, name_end, affiliation = part.start, part.end, part.affiliation
                while name_start < name_end and (tokens[name_start].text.islower()
                                                 and not tokens[name_start].text[:1].isdigit()   # '51st Street'
                                                 or is_function(tokens[name_start])
                                                 or tokens[name_start].text == "&"):
                    name_start += 1     # "the" or "&" left at the front by a split ('Priest & Main')
                while name_end > name_start and tokens[name_end - 1].text.islower():
                    name_end -= 1
                if name_start == name_end:
                    continue
                occurrence = Occurrence(join(tokens[name_start:name_end]), tokens[name_start:name_end])
                if part.employer:
                    occurrence.signals.add(Signal.EMPLOYER)
                elif part.role:
                    occurrence.roles.append(part.role)
                    occurrence.signals.add(Signal.ROLE)
                    affiliation = affiliation or owner_before(tokens, start, gaz)
                if affiliation:
                    occurrence.affiliations.append(affiliation)
                read_context(occurrence, tokens, name_start, name_end, gaz)
                if part.role and unheld_title(tokens, start, name_end):
                    occurrence.roles.remove(part.role)
                if Signal.TEAM in occurrence.signals:
                    scored = scored_sentences(tokens) if scored is None else scored
                    if tokens[name_start].sentence in scored:
                        occurrence.signals.add(Signal.SCORED)
                if between_scores(tokens, name_start, name_end):
                    occurrence.signals.add(Signal.SCORE_LINE)
                occurrences.append(occurrence)
        pending.extend(unnamed_roles(tokens, gaz))
    return occurrences, pending


# Words before a title that make it one the person may come to hold, not one held: 'a
# President Roe would ...', 'a future Chancellor Berg'.
UNHELD_TITLE_LEADS = frozenset("a an future would-be potential hypothetical".split())


def unheld_title(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the title that opens tokens[start:end] is one the text does not say the person
    holds: after 'a' or 'future' (a hypothetical: 'a President Roe would ...') or all there is
    between quotation marks (a chant or a placard: 'cheered "President Ana Roe!"')."""
    if start and tokens[start - 1].lower in UNHELD_TITLE_LEADS:
        return True
    if not start or tokens[start - 1].text not in OPENING_QUOTES:
        return False
    after = end
    while after < len(tokens) and tokens[after].text in ("!", ".", ",", "?"):
        after += 1
    return after < len(tokens) and tokens[after].text in CLOSING_QUOTES


def parties_in_lower_case(units: list[list[Token]]) -> list[Occurrence]:
    """A party named by its own word and 'party' in lower case ('the Republican party',
    'Democratic party insiders'): the word alone is a member's or an adjective, never a name,
    so the capitals leave the party out."""
    found = []
    for tokens in units:
        for k, token in enumerate(tokens[:-1]):
            if token.text in P.PARTY_WORDS and tokens[k + 1].text == "party":
                found.append(Occurrence(f"{token.text} party", [token, tokens[k + 1]]))
    return found


# Words that introduce the quoted title of a work: 'a video titled "A Lund Christmas"'.
TITLE_INTRODUCERS = frozenset("titled entitled headlined".split())
TITLED = re.compile(r"\b(?:" + "|".join(TITLE_INTRODUCERS) + r")\b", re.IGNORECASE)
OPENING_QUOTES = frozenset("\"“‘")
CLOSING_QUOTES = frozenset("\"”’")


def quoted_titles(tokens: list[Token]) -> set[int]:
    """The tokens of a title a text quotes after 'titled' or 'entitled' (the word included):
    the names in 'Titled "A Very Berg Christmas," the video ...' are a work's, no actor's."""
    inside: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower not in TITLE_INTRODUCERS:
            continue
        at = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ",")
        if at < len(tokens) and tokens[at].text in OPENING_QUOTES:
            end = next((j for j in range(at + 1, len(tokens)) if tokens[j].text in CLOSING_QUOTES), len(tokens))
            inside.update(range(k, end))
    return inside


def after_role_words_before_country(tokens: list[Token], start: int, role_start: int, gaz: Gazetteer) -> int:
    """Where the words before a title begin once the role's own words that open them are left
    out, where a country follows them ('Assistant U.S. Attorney', 'Former U.S. Ambassador'):
    the role is held for that country, and its first words name no body. Else start."""
    lead = start
    while lead < role_start and (tokens[lead].lower in P.ROLE_MODIFIERS or tokens[lead].lower in P.ROLE_HEADS):
        lead += 1
    return lead if start < lead < role_start and gaz.country_of(join(tokens[lead:role_start])) else start


def quoted_programmes(tokens: list[Token]) -> set[int]:
    """The tokens of a programme's or a work's title quoted after 'on' or a possessive, every
    word of it capitalised ('on “Sunday Harbour Futures,”', "the network's “Lund Report”"):
    the names in it are the title's, no actor's. A quotation that opens with a first name may
    be a person's name said aloud, and is read as usual."""
    inside: set[int] = set()
    for at, token in enumerate(tokens):
        if token.text not in OPENING_QUOTES or at == 0 or tokens[at - 1].lower not in PROGRAMME_INTRODUCERS:
            continue
        end = next((j for j in range(at + 1, min(len(tokens), at + MAX_PROGRAMME_WORDS + 3))
                    if tokens[j].text in CLOSING_QUOTES), None)
        words = [t for t in tokens[at + 1:end] if t.text not in (",", ".")] if end else []
        if (MIN_PROGRAMME_WORDS <= len(words) <= MAX_PROGRAMME_WORDS and words[0].lower not in FIRST_NAMES
                and words[-1].text[:1].isupper()
                and all(w.text[:1].isupper() or is_function(w) for w in words)):
            inside.update(range(at, end))
    return inside


# What comes before a programme's quoted title: 'on', a network's possessive.
PROGRAMME_INTRODUCERS = frozenset({"on", "'s", "’s"})
MIN_PROGRAMME_WORDS = 2
MAX_PROGRAMME_WORDS = 6


def scored_sentences(tokens: list[Token]) -> set[int]:
    """Sentences that give a match's score ('2-1') or a winning margin ('by six wickets')."""
    found = set()
    for i, token in enumerate(tokens):
        if token.text[0].isdigit() and P.SCORE.match(token.text) or token.lower in P.MARGIN_UNITS and any(
                t.lower == "by" for t in tokens[max(0, i - 4):i]):
            found.add(token.sentence)
    return found


def between_scores(tokens: list[Token], start: int, end: int) -> bool:
    """True for a name in a results line, a score after it and a score or the line's start
    before it ('Norvik 2 Lundby 0', 'Norvik (Norland) 92 Lundby 81')."""
    k = end
    if k < len(tokens) and tokens[k].text == "(":
        while k < len(tokens) and tokens[k].text != ")" and k < end + 6:
            k += 1
        k += 1
    if k >= len(tokens) or not P.SIDE_SCORE.match(tokens[k].text):
        return False
    if start > 0:
        return P.SIDE_SCORE.match(tokens[start - 1].text) is not None      # the second side
    # The first side: the other follows its score ('3 goals', 'Extras 32' are no sides).
    return k + 1 < len(tokens) and tokens[k + 1].capitalised


def trim_first_words(occurrences: list[Occurrence]) -> list[Occurrence]:
    """"Unlike Hillary Clinton ...": a sentence's first word goes when the rest is a full name
    the article writes on its own elsewhere."""
    alone = {o.text for o in occurrences if not o.tokens[0].initial}
    for occurrence in occurrences:
        rest = occurrence.tokens[1:]
        if occurrence.tokens[0].initial and len(rest) >= 2 and join(rest) in alone:
            occurrence.tokens = rest
            occurrence.text = join(rest)
    return occurrences


def trim_words_before_surnames(occurrences: list[Occurrence], proper: frozenset[str],
                               gaz: Gazetteer) -> list[Occurrence]:
    """"Longtime Berg foe files claim": a sentence's first word before the surname of a person
    the article names in full elsewhere goes, when the article never capitalises it inside a
    sentence and it is an adjective, a participle or an adverb by its ending ('Longtime',
    'Continued'), a role's plural ('Professors') or a verb of speech ('Says'): not the first
    name of another of the family ('Signe Berg' beside 'Tomas Berg'). The last word of a
    body's or a place's name ('Hall', 'Turnpike') and a place's name are no surname."""
    surnames = {o.tokens[-1].text for o in occurrences
                if len(o.tokens) >= 2 and not o.tokens[0].initial and o.tokens[-1].lower not in BODY_AND_PLACE_HEADS
                and not gaz.place(o.tokens[-1].text) and not gaz.place(o.text)}
    for occurrence in occurrences:
        first, *rest = occurrence.tokens
        if len(rest) == 1 and first.initial and rest[0].text in surnames and first.text not in proper \
                and first.lower not in FIRST_NAMES and NAME_WORD.match(first.text) and (
                    len(first.lower) > 5 and first.lower.endswith(P.MODIFIER_ENDINGS)
                    or first.lower[:-1] in P.ROLE_HEADS and first.lower.endswith("s")
                    or first.lower in P.SUBJECT_SPEECH_VERBS):
            occurrence.tokens = rest
            occurrence.text = join(rest)
    return occurrences


def drop_plural_titles(occurrences: list[Occurrence], units_tokens: list[list[Token]]) -> list[Occurrence]:
    """'Presidents Berg and Anna Lund', 'Sens. Berg and Lund': a title's plural before a name
    that a list of names goes on from is the title of each, no part of the first name."""
    for occurrence in occurrences:
        first, *rest = occurrence.tokens
        if not rest or not (first.text in PLURAL_TITLES or (
                first.lower.endswith("s") and first.lower[:-1] in P.ROLE_HEADS and len(first.lower) > 3)):
            continue
        unit = units_tokens[rest[-1].unit] if rest[-1].unit < len(units_tokens) else []
        after = rest[-1].index + 1
        # A transcript's capitals ('Senators LUND, BERG and Roe') name no one the title can tell.
        if (after < len(unit) and unit[after].text in ("and", ",", "&") and rest[0].text[:1].isupper()
                and not rest[0].text.isupper()):
            occurrence.tokens = rest
            occurrence.text = join(rest)
            occurrence.signals.add(Signal.ROLE)
    return occurrences


# Titles' plurals as news abbreviates them.
PLURAL_TITLES = frozenset({"Sens.", "Reps.", "Govs.", "Drs."})


# A verb's -ing form in a title ('Electing Anna Berg'): no first name ends so but a few rare ones.
VERB_FORM = re.compile(r"^[A-Z][a-z]{3,}ing$")


def drop_words_before_first_names(occurrences: list[Occurrence], common: frozenset[str],
                                  gaz: Gazetteer) -> list[Occurrence]:
    """'Wherever Anna Berg goes', 'Democrat Anna Berg', 'Staff Anna Berg' (the end of 'Chief of
    Staff'), 'Why Electing Anna ...', 'Briton Anna Berg': a sentence's first word, a people's
    name, a word the article writes in lower case, a grammar word, a role, a group, a party or a
    verb's -ing form before a common first name is no part of the name."""

    def demonym(token: Token) -> str:
        """The country of a people's adjective or noun ('Australian', 'Briton'), but not of a
        country's name ('Chad', 'Jordan')."""
        return P.DEMONYM_NOUNS.get(token.text) or (gaz.country_of(token.text) if not gaz.place(token.text) else "")

    def no_name(token: Token) -> bool:
        return (token.initial or bool(demonym(token)) or token.text.lower() in common or is_function(token)
                or token.lower in P.ROLE_HEADS
                or token.lower in P.COLLECTIVE_NOUNS or token.lower in P.NOT_IN_PERSON_NAMES
                or VERB_FORM.match(token.text) is not None) and not (
            token.lower in FIRST_NAMES or token.lower in P.PLACE_LEADS or token.lower in P.HONORIFICS)

    for occurrence in occurrences:
        tokens = occurrence.tokens
        at = next((k for k in (1, 2) if k < len(tokens) and tokens[k].lower in FIRST_NAMES), 0)
        # "Vermonter Jo Varga": a state's or a city's people before a person's full name.
        from_place = place_of_people_noun(tokens[0].text, gaz) if 3 <= len(tokens) <= 4 and all(
            NAME_WORD.match(t.text) and t.lower not in BODY_AND_PLACE_HEADS for t in tokens[1:]) else ""
        if tokens[0].text in P.DEMONYM_NOUNS and 2 <= len(tokens) <= 4 \
                and all(NAME_WORD.match(t.text) for t in tokens[1:]):
            at = 1      # "Welshman Evans": a person, as after a title
            occurrence.signals.add(Signal.HONORIFIC)
        elif demonym(tokens[0]) and 3 <= len(tokens) <= 4 and all(
                NAME_WORD.match(t.text) and t.lower not in BODY_AND_PLACE_HEADS and t.lower not in P.EVENT_HEADS
                for t in tokens[1:]):
            at = 1      # "Australian Jo Varga": a people's name before a person's full name
        elif tokens[0].initial and tokens[0].lower in P.FORMER and len(tokens) >= 2:
            at = 1      # "Former Norvik playmaker ...": a sentence's first word, never a name's
        elif from_place:
            at = 1
        if not at or not (from_place and at == 1 or all(no_name(t) for t in tokens[:at])) or gaz.place(occurrence.text):
            continue
        occurrence.tokens = tokens[at:]
        occurrence.text = join(tokens[at:])
        country = next((demonym(t) for t in tokens[:at] if demonym(t)), "") or (from_place if at == 1 else "")
        if country and country not in occurrence.affiliations:
            occurrence.affiliations.append(country)     # "Australian Greg Norman": from Australia
    return occurrences


# How English makes the noun for the people of a state or a city from its name, and the
# name's end each takes off: Vermont-er, Ohio-an, Iowa-n, Florid(a)-ian, Texa(s)-n, Boston-ian.
PEOPLE_NOUN_ENDINGS = (("er", ""), ("an", ""), ("n", ""), ("ian", "a"), ("n", "s"), ("ian", ""))


def place_of_people_noun(word: str, gaz: Gazetteer) -> str:
    """The state or city whose people a capitalised noun names ('Vermonter', 'Ohioan',
    'Texan'), or '': the noun before a person's name says where they are from, as a
    country's adjective does ('Vermonter Ana Roe'). A first name or a place is no such noun."""
    if not NAME_WORD.match(word) or word.casefold() in FIRST_NAMES or gaz.place(word, small=True):
        return ""
    for ending, restored in PEOPLE_NOUN_ENDINGS:
        stem = word[:-len(ending)] + restored if word.endswith(ending) else ""
        place = gaz.place(stem) if len(stem) >= 4 + bool(restored == "a") else None
        if place and place.name.casefold() == stem.casefold():     # 'Further' is not of Fürth
            return place.name
    return ""


def split_party_labels(occurrences: list[Occurrence], gaz: Gazetteer) -> list[Occurrence]:
    """'Ohio Democrat Ana Roe', 'Republican Ana Roe': a party member's noun, after a place at
    most, before a person's name of two or three words is the person's label, whatever the
    first name: the label is a role and the rest the name."""
    for occurrence in occurrences:
        tokens = occurrence.tokens
        at = next((k + 1 for k in (0, 1) if k < len(tokens) - 2 and tokens[k].text in PARTY_MEMBERS), 0)
        rest = tokens[at:]
        if not at or len(rest) > 3 or not all(gaz.place(t.text) for t in tokens[:at - 1]) \
                or not all(NAME_WORD.match(t.text) and t.lower not in BODY_AND_PLACE_HEADS for t in rest) \
                or gaz.place(join(rest)):
            continue
        occurrence.roles.append(join(tokens[:at]))
        occurrence.tokens, occurrence.text = rest, join(rest)
        occurrence.signals.add(Signal.ROLE)
    return occurrences


def split_names_glued_to_places(occurrences: list[Occurrence], gaz: Gazetteer) -> list[Occurrence]:
    """'the Berg Ohio ads', "Berg's Senate race": a person's name the article gives in full
    elsewhere, then with no connector a place or a chamber, names two: the person and the
    place or chamber ('Berg' and 'Ohio'). A place of that whole name stays one."""
    surnames = {o.tokens[-1].text for o in occurrences if len(o.tokens) > 1}
    split: list[Occurrence] = []
    for occurrence in occurrences:
        tokens = occurrence.tokens
        # A possessive's apostrophe stands as a token of its own: 'Berg', "'", 'Senate'.
        owner, last = tokens[0], tokens[-1]
        if not 2 <= len(tokens) <= 3 or (len(tokens) == 3 and tokens[1].text not in ("'", "’")) \
                or owner.text not in surnames or not NAME_WORD.match(owner.text) \
                or not (last.text in P.ONE_WORD_BODIES or gaz.place(last.text)) or gaz.place(occurrence.text):
            split.append(occurrence)
            continue
        split.append(Occurrence(owner.text, [owner], stands_alone=False))
        split.append(Occurrence(last.text, [last], stands_alone=occurrence.stands_alone))
    return split


def drop_parties_before_chambers(occurrences: list[Occurrence]) -> list[Occurrence]:
    """'a Democratic Senate', 'the Republican House': the party that holds a chamber is no
    part of the chamber's name."""
    for occurrence in occurrences:
        tokens = occurrence.tokens
        if len(tokens) == 2 and tokens[0].lower in P.PARTY_ADJECTIVES and tokens[1].text in P.ONE_WORD_BODIES:
            occurrence.tokens = tokens[1:]
            occurrence.text = tokens[1].text
    return occurrences


def split_joined_names(occurrences: list[Occurrence], gaz: Gazetteer) -> list[Occurrence]:
    """'the Lund Police and Coast Guard' names two bodies where the article also names each on
    its own, or after an acronym it also names alone ('the NCSC and Harbour Authority'); a name
    with 'and' in it that the article never takes apart stays one ('Bureau of Alcohol and
    Tobacco'), and so does a place of that name."""
    alone = {o.text for o in occurrences}
    split: list[Occurrence] = []
    for occurrence in occurrences:
        tokens = occurrence.tokens
        joints = [k for k, t in enumerate(tokens) if t.text == "and" and 0 < k < len(tokens) - 1]
        parts = [tokens[a + 1:b] for a, b in zip([-1] + joints, joints + [len(tokens)])]
        # After an acronym, a body's name needs no second mention: 'the FBI and Justice Department'.
        after_acronym = ACRONYM.match(join(parts[0])) is not None
        named = [join(part) in alone or (after_acronym and len(part) > 1 and part[-1].lower in P.ORG_HEADS)
                 for part in parts]
        if not joints or not named[0] or not all(named) or gaz.place(occurrence.text):
            split.append(occurrence)
            continue
        for part in parts:
            split.append(Occurrence(join(part), part, signals=set(occurrence.signals),
                                    stands_alone=occurrence.stands_alone))
    return split


def join(tokens: list[Token]) -> str:
    """Tokens back into text as the article spaced them."""
    if not tokens:
        return ""
    text = tokens[0].text
    for before, token in zip(tokens, tokens[1:]):
        gap = token.start - (before.start + len(before.text))
        text += (" " if gap > 0 else "") + token.text
    return text


def is_name_token(token: Token, common: frozenset[str]) -> bool:
    """A capitalised word that may stand in a name."""
    if not token.capitalised or not token.text[:1].isalpha():
        return False
    lower = token.lower
    if lower in P.NEVER_NAMES:
        return False
    if is_function(token) and token.initial:
        return False
    if MODIFIER_WORD.match(token.text):
        return False
    if token.initial and len(lower) > 5 and lower.endswith(("ing", "ly", "ful", "ous")) \
            and gazetteer().place(token.text) is None:
        return False    # "Injecting ...", "Reportedly ...": a sentence's first word, not a name; "Beijing ..." is
    return not (token.initial and token.text.lower() in common and lower not in P.HONORIFICS
                and lower not in P.ROLE_HEADS and not token.text.isupper())


def is_function(token: Token) -> bool:
    """A grammar word; 'US' in capitals is not the pronoun."""
    return token.lower in P.FUNCTION_WORDS and not (len(token.text) > 1 and token.text.isupper())


def capital_runs(tokens: list[Token], common: frozenset[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, joined by connectors ('of', 'for the', 'and'), and
    streets numbered by an ordinal ('51st Street'), whose number has no capital."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        # Most words are in lower case: they are passed over without a call.
        if not tokens[i].capitalised or (not is_name_token(tokens[i], common) or is_function(tokens[i])) \
                and not weekly_masthead(tokens, i):
            if tokens[i].text[:1].isdigit() and numbered_street(tokens, i):
                if runs and runs[-1] == (i - 1, i) and tokens[i - 1].lower in P.COMPASS_POINTS:
                    runs[-1] = (i - 1, i + 2)       # 'West 51st Street'
                else:
                    runs.append((i, i + 2))
                i += 2
                continue
            i += 1
            continue
        j = i + 1
        while j < n:
            if (is_name_token(tokens[j], common) or month_surname(tokens, j)
                    or tokens[j].text in WATCHDOG_HEADS) and not tokens[j].initial:
                j += 1
                continue
            k = j
            while k < n and (tokens[k].lower in P.CONNECTORS or for_a(tokens, k) or plural_owner(tokens, k)
                             or scope_in(tokens, i, k)) \
                    and not tokens[k].initial and k - j < 2:
                k += 1
            if k > j and k < n and is_name_token(tokens[k], common) and not tokens[k].initial \
                    and not is_function(tokens[k]):
                j = k + 1
                continue
            break
        spelled = spelled_by_acronym(tokens, i, j)
        if spelled:
            runs.append((i, spelled))
            i = spelled
            continue
        for a, b in split_and(tokens, i, j):
            runs.extend(r for part in split_on(tokens, a, b) for r in split_of(tokens, *part))
        i = j
    return runs


def numbered_street(tokens: list[Token], k: int) -> bool:
    """Whether an ordinal and a street's word stand at k ('51st Street', '12th Ave')."""
    return P.ORDINAL.match(tokens[k].text) is not None and k + 1 < len(tokens) \
        and tokens[k + 1].capitalised and tokens[k + 1].lower in P.STREET_WORDS


# Grammar words inside a body's name that its acronym passes over ('Citizens for Safety and
# Ethics in Lundby (CSEL)').
ACRONYM_SKIPS = frozenset("of for and in on at the to".split())


def spelled_by_acronym(tokens: list[Token], start: int, end: int) -> int:
    """Where a name ends that the acronym in brackets after it spells, its grammar words
    passed over ('Friends of Harbours and Rivers (FHR)'): one name, never split at its 'and'
    or 'in'; 0 when no acronym follows or it spells something else."""
    k = end
    while k < len(tokens) and k - end < 4 and tokens[k].text != "(" and (
            tokens[k].lower in ACRONYM_SKIPS or tokens[k].capitalised):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")" \
            or not ACRONYM.match(tokens[k + 1].text) or tokens[k - 1].lower in ACRONYM_SKIPS:
        return 0
    initials = "".join(t.text[0] for t in tokens[start:k] if t.lower not in ACRONYM_SKIPS)
    acronym = tokens[k + 1].text.replace(".", "")
    return k if len(acronym) >= 3 and initials == acronym else 0


MONTHS = frozenset(names[0] for names in P.MONTH_NAMES)
# A page's furniture alone ('Watch:' before a video), but the last word of a watchdog's name
# after another name word ('Judicial Watch', 'Human Rights Watch').
WATCHDOG_HEADS = frozenset({"Watch"})


def month_surname(tokens: list[Token], k: int) -> bool:
    """'Theresa May', 'Brian March': a month's name right after a first name is a surname."""
    return (k > 0 and tokens[k].lower in MONTHS and tokens[k].text[:1].isupper()
            and tokens[k - 1].lower in FIRST_NAMES and tokens[k - 1].capitalised)


def weekly_masthead(tokens: list[Token], k: int) -> bool:
    """A day's name that begins a paper's ('Sunday Herald', 'Sunday Times'): a name's word there."""
    return tokens[k].lower in P.WEEKDAY_NAMES and k + 1 < len(tokens) \
        and tokens[k + 1].lower in MASTHEAD_WORDS and tokens[k + 1].capitalised


def plural_owner(tokens: list[Token], k: int) -> bool:
    """An apostrophe after a plural within a body's name ("Bond Traders' Association"), or
    after a plural that ends in no 's' within a body's or a country's ("People's Party",
    "Children's Hospital", "People's Republic of China"), or after a king, a queen or a saint
    the body is named for ("Queen's College")."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].start != tokens[k - 1].start + len(tokens[k - 1].text):
        return False
    if tokens[k].text in ("'", "’"):
        return tokens[k - 1].text.endswith("s") and tokens[k + 1].lower in P.ORG_HEADS
    # A king's, a queen's or a saint's institution is named for them: "Queen's College", "St
    # Anne's Hospital".
    named_for = tokens[k - 1].lower in P.IRREGULAR_PLURALS or tokens[k - 1].lower in P.NAMESAKE_TITLES \
        or k >= 2 and tokens[k - 2].lower in P.SAINTS and tokens[k - 1].capitalised
    return tokens[k].text in ("'s", "’s") and named_for \
        and (tokens[k + 1].lower in P.ORG_HEADS or tokens[k + 1].lower in P.PLACE_HEADS)


def for_a(tokens: list[Token], k: int) -> bool:
    """'a' in a body's name after 'for' ('Committee for a Balanced Budget'), never elsewhere; not
    after a body that stands in one place, which one goes to for a thing ('Lund University for a
    Diploma in Forestry')."""
    return tokens[k].lower == "a" and k >= 2 and tokens[k - 1].lower == "for" and tokens[k - 2].lower in P.ORG_HEADS \
        and tokens[k - 2].lower not in P.PLACED_HEADS


def scope_in(tokens: list[Token], start: int, k: int) -> bool:
    """'in' and a region within a body's name that opens with its kind and 'for', 'on' or 'of'
    and says in what field it works ('Organisation for Security and Cooperation in Europe',
    'Council on Trade and Development in Asia'); not where a body of another name sits ('the
    Commission for Refugees in Geneva')."""
    return tokens[k].lower == "in" and k + 1 < len(tokens) and start + 1 < k \
        and tokens[start].lower in P.ORG_LEADS and tokens[start + 1].lower in ("for", "on", "of") \
        and tokens[k - 1].capitalised and ABSTRACT_NOUN.search(tokens[k - 1].text) is not None \
        and gazetteer().place(tokens[k + 1].text) is not None


def split_and(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """A run joined by 'and' is one name only when it ends as an organisation or a place does
    (or its last part is one, then 'of')."""
    joined = [k for k in range(start, end) if tokens[k].text == "and"]
    if not joined:
        return [(start, end)] if end > start else []
    if len(joined) == 1:
        first, second = whole_name(tokens, start, joined[0]), whole_name(tokens, joined[0] + 1, end)
        # "University of Norland and Lundby College"; not "Lund Museum and Art Gallery", one body.
        if first and second and "shape" in (first, second):
            return [(start, joined[0]), (joined[0] + 1, end)]
    # "Norvik Electric and Norvik Airport": a second name that opens as the first did.
    complete = any(tokens[k - 1].lower in P.ORG_HEADS or tokens[k + 1].lower == "the"
                   or k - start >= 2 and end - k > 2 and tokens[k + 1].text == tokens[start].text for k in joined) \
        or whole_before_and(tokens, start, joined[0])
    if not complete and not person_of_body_last(tokens, joined[-1] + 1, end) and (
            tokens[end - 1].lower in BODY_AND_PLACE_HEADS or any(
            tokens[k].lower in BODY_AND_PLACE_HEADS and tokens[k + 1].lower in ("of", "for")
            for k in range(joined[-1] + 1, end - 1))):
        return [(start, end)]       # "National Rail and Sea Museum (of Lund)"
    if not complete and end - start > 3 and tokens[start].lower in P.ORG_LEADS \
            and tokens[start + 1].lower in ("of", "for"):
        return [(start, end)]       # "Department of Housing and Urban Development"
    if not complete and len(joined) == 1 and fields_of_a_body(tokens, start, joined[0], end):
        return [(start, end)]       # "Norland Academy of Drawing and Architecture"
    runs, i = [], start
    for k in range(start, end):
        if tokens[k].text == "and":
            runs.append((i, k))
            i = k + 1
    runs.append((i, end))
    return [(a, b) for a, b in runs if b > a]


def whole_before_and(tokens: list[Token], start: int, joint: int) -> bool:
    """Whether the one word before 'and' is a whole name by its shape, an acronym or two words run
    into one ('JFK and Lundby County Airport', 'NorCorp and Vesta Bank Corp'): no first word of a
    body's name that the words after 'and' end."""
    return joint == start + 1 and (ACRONYM.match(tokens[start].text) is not None
                                   or BRAND.match(tokens[start].text) is not None)


def fields_of_a_body(tokens: list[Token], start: int, joint: int, end: int) -> bool:
    """Whether a body's name ends in two fields joined by 'and' ('Lundby Institute of Geology
    and Mineralogy', 'Norvik Centre for Forestry and Fisheries'): a head of a body's
    name, 'of' or 'for', then one word on each side of 'and' that a field's ending or a plural
    shows to be no name, and that is no place ('Bank of Norland and Lundbank' names two)."""
    if joint + 2 != end and tokens[joint + 2].lower != "of" or joint - start < 3 \
            or tokens[joint - 2].lower not in ("of", "for"):
        return False        # ('... of Geology and Mineralogy of Norland' goes on to its place)
    head = tokens[joint - 3].lower
    fields = (tokens[joint - 1], tokens[joint + 1])
    return (head in P.ORG_HEADS or head in P.ORG_LEADS) and all(
        NAME_WORD.match(t.text) and FIELD_WORD.search(t.lower) and not gazetteer().place(t.text, small=True)
        and t.lower not in FIRST_NAMES for t in fields)


# The endings of a field's or an art's name ('History', 'Painting', 'Sculpture', 'Physics',
# 'Sciences'), which a body's name may join with 'and'.
FIELD_WORD = re.compile(r"(?:tion|ity|ment|ness|ism|ship|ing|ics|logy|ure|ence|ance|ry|phy|[^s]s)$")


def person_of_body_last(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the last part of a run joined by 'and' is a person and the body they are of
    ('Cooper and Jo Lund of Lund News'): the run ends as a body does, but names people."""
    of = next((k for k in range(start + 2, end - 1) if tokens[k].lower == "of"), 0)
    return bool(of) and all(NAME_WORD.match(t.text) and t.lower not in BODY_AND_PLACE_HEADS
                            and t.lower not in P.ROLE_HEADS and t.lower not in P.PLACE_LEADS
                            and t.lower not in P.ORG_LEADS for t in tokens[start:of])


def whole_name(tokens: list[Token], start: int, end: int) -> str:
    """How words make a body's or a place's name on their own: 'shape' for a name a short form
    stands for ('United Nations') or a body of a place ('University of Norland'), 'head' for two
    or more ending as such a name does ('Lundby College'); '' when they make none."""
    if join(tokens[start:end]) in SHORT_FORM_NAMES:
        return "shape"
    place = start + 2 + (start + 2 < end and tokens[start + 2].lower == "the")
    if end - start >= 3 and tokens[start].lower in P.ORG_LEADS and tokens[start + 1].lower == "of" \
            and place < end and gazetteer().place(join(tokens[place:end])) is not None:
        return "shape"
    return "head" if end - start >= 2 and tokens[end - 1].lower in BODY_AND_PLACE_HEADS else ""


def split_on(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """'the top Democrat on the House Fisheries Committee' names a committee, and who sits
    on it by party; 'Council on Foreign Relations', a body's name, is one; 'Lund University on
    Norvik Island' is a university and where it stands."""
    for k in range(start + 1, end - 1):
        if tokens[k].text == "on" and (not any(t.lower in P.ORG_HEADS for t in tokens[start:k])
                                       or tokens[k - 1].lower in P.PLACED_HEADS):
            rest = k + 1 + (tokens[k + 1].lower == "the")
            return [(start, k)] + (split_on(tokens, rest, end) if rest < end else [])
    return [(start, end)]


def split_of(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """'Anna Berg of Blue Harbour' and 'Per Holm for Food Standards' are two names each;
    'Bank of England' and 'Museum of Fishing' are one; 'Vestby Aviation & Space Museum of
    Lundby' is a museum and its town."""
    if end - start > 2 and tokens[start + 1].lower == "of" and people_of(tokens[start]):
        rest = start + 2 + (tokens[start + 2].lower == "the")
        return split_of(tokens, rest, end) if rest < end else []
    for k in range(start + 1, end - 1):
        if tokens[k].lower not in ("of", "for") or (k == start + 1 and not ACRONYM.match(tokens[start].text)
                                                    and not of_country(tokens, start, end)
                                                    and not country_for(tokens, start)):
            continue
        left = [t.lower for t in tokens[start:k]]
        if tokens[k].lower == "of" and len(left) >= 3 and left[-1] in P.PLACE_HEADS \
                and gazetteer().place(join(tokens[k + 1:end]), small=True) \
                and not gazetteer().place(join(tokens[start:end])):     # "the Republic of the Congo": one
            return [(start, k), (k + 1, end)]
        rest = k + 1 + (tokens[k + 1].lower == "the")
        if tokens[k].lower == "of" and len(left) >= 2 and left[-1].rstrip(".") in P.LEGAL_SUFFIXES \
                and rest < end and gazetteer().place(join(tokens[rest:end])):
            return [(start, k), (rest, end)]      # "Norvik Motor Corp of Norland": a company and its country
        titles = [i for i, w in enumerate(left[:-1]) if w in P.ROLE_HEADS or w in P.HONORIFICS]
        if titles:
            left = left[titles[-1] + 1:]    # "Sen. Bernie Sanders of Vermont", "Council President
            #                                 Jo Lind of Norland": a title is no organisation's
        if any(w in P.ORG_HEADS or w in P.PLACE_HEADS or w in P.ROLE_HEADS or w in GRAMMAR_CONNECTORS
               or w in P.PLACE_LEADS for w in left):
            continue
        rest = k + 1 + (tokens[k + 1].lower == "the")
        return [(start, k)] + split_of(tokens, rest, end)
    return [(start, end)]


def held_of(tokens: list[Token], at: int) -> bool:
    """Whether a rank of the nobility and 'of' (and 'the') stand before the token at this place
    ('Earl of Lundby', 'Count of the Norvik Empire'): a name there is the place the rank is held of."""
    k = at - 1 - (at >= 1 and tokens[at - 1].lower == "the")
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower in P.NOBLE_RANKS \
        and tokens[k - 1].text[:1].isupper()


def people_of(token: Token) -> bool:
    """True for a sentence's first word that is the plural of a role or of a member ('Officials
    of the Lund Council', 'Representatives of Norvik Bank'): those of a body, no part of its name."""
    return token.initial and token.lower.endswith("s") and (
        token.lower[:-1] in P.ROLE_HEADS or token.lower in P.MEMBERS or token.lower in P.EMPLOYED_AT
        or token.lower in P.COMPANY_NOUNS)


def country_for(tokens: list[Token], start: int) -> bool:
    """True for a country's name and 'for' ('left Norland for the Lundby Institute'): what the
    country is left or worked for is no part of its name."""
    place = gazetteer().place(tokens[start].text)
    return tokens[start + 1].lower == "for" and place is not None and place.country


def of_country(tokens: list[Token], start: int, end: int) -> bool:
    """True for one name word, 'of' and a country ('Norvik of Italy': a club or a firm and its
    country), not a state's or a title's ('Kingdom of Spain', 'Prince of Wales')."""
    word = tokens[start].lower
    rest = start + 2 + (start + 2 < end and tokens[start + 2].lower == "the")
    return tokens[start + 1].lower == "of" and rest < end and word not in P.STATE_WORDS \
        and word not in P.ROLE_HEADS and word not in P.HONORIFICS and word not in P.ORG_LEADS \
        and bool(gazetteer().country_of(join(tokens[rest:end])))


def split_run(tokens: list[Token], start: int, end: int, gaz: Gazetteer, proper: frozenset[str] = frozenset()
              ) -> list[NamePart]:
    """The names in a run; a title splits off its role."""
    while end - start > 1 and tokens[end - 1].lower in P.ROLE_HEADS and tokens[end - 2].lower not in P.CONNECTORS \
            and not office_of_a_role(tokens, start, end):
        end -= 1        # "Museum of Fishing CEO": the role of a name still to come; not "Peace and Justice"
    if office_of_a_role(tokens, start, end):
        return [NamePart(start, end)]
    if end - start > 2 and held_of(tokens, start + 2):
        rest = start + 2 + (tokens[start + 2].lower == "the")
        return split_run(tokens, rest, end, gaz, proper) if rest < end else []
    words = [t.lower for t in tokens[start:end]]
    if words[-1] in P.ORG_HEADS or words[-1] in P.PLACE_HEADS:
        if len(words) > 2 and words[1] in ROLE_OF and (words[0] in P.ROLE_HEADS or words[0] in P.MEMBERS):
            body = start + 2 + (words[2] == "the")
            if body < end:
                return [NamePart(body, end)]    # "Professor of Nordic Studies": the body, no person
        return [NamePart(start, end)]
    title = -1
    for k in range(end - 2, start - 1, -1):
        if (tokens[k].lower in P.ROLE_HEADS or tokens[k].lower in P.HONORIFICS) \
                and tokens[k + 1].lower not in P.ORG_HEADS:     # 'Major League', 'General Assembly'
            title = k
            break
    if title < 0:
        paper = masthead_before_more(tokens, start, end, gaz)
        if paper:
            return [NamePart(start, paper), NamePart(paper, end)]
        for cut in range(end - 2, start, -1):
            head = join(tokens[start:cut])
            # Not a first name that is a place too ('Chad Michael Murray'), nor a town's
            # club ('Tampa Bay Rays'), nor a place inside a longer place's name ('San Lundo
            # Fair': 'San' is a town, 'San Lundo' a city).
            if (gaz.place(head) or (cut == start + 1 and ACRONYM.match(head))) \
                    and not gaz.place(join(tokens[start:cut + 1])) \
                    and all(NAME_WORD.match(t.text) for t in tokens[cut:end]) \
                    and end - cut >= 2 and not INITIALS.match(tokens[cut].text) \
                    and head.lower() not in FIRST_NAMES and not is_plural(tokens[end - 1].text):
                return [NamePart(start, cut), NamePart(cut, end)]
        return [NamePart(start, end)]
    role_start = title
    while role_start > start and (tokens[role_start - 1].lower in P.ROLE_MODIFIERS
                                  or tokens[role_start - 1].lower in P.ROLE_HEADS
                                  or tokens[role_start - 1].lower in ROLE_OF) \
            and not outlet_ends(tokens, start, role_start - 1):
        role_start -= 1
    while role_start < title and tokens[role_start].lower in ROLE_OF:
        role_start += 1
    role_words = [t for t in tokens[role_start:title + 1] if t.lower not in P.HONORIFICS
                  or t.lower in P.ROLE_HEADS]
    role = join(role_words)
    names: list[NamePart] = body_opening_role(tokens, start, role_start, title)
    affiliation = ""
    start = after_role_words_before_country(tokens, start, role_start, gaz)
    if role_start > start:
        prefix = join(tokens[start:role_start])
        affiliation = gaz.country_of(prefix) or prefix
        first, described = start, role_start
        while described > first and tokens[described - 1].lower in P.NOT_IN_PERSON_NAMES:
            described -= 1      # "Kentucky Republican Sen. ...": a party, not an employer
        while first < described and tokens[first].lower in P.NOT_IN_PERSON_NAMES:
            first += 1          # "Republican Indiana Gov. ..."
        if (first, described) != (start, role_start):
            place = join(tokens[first:described])
            if described > first and gaz.place(place):
                names.append(NamePart(first, described))
                affiliation = gaz.country_of(place) or gaz.place(place).name
            elif heads := [k for k in range(first, role_start) if tokens[k].lower in P.ORG_HEADS]:
                # 'Republican National Committee Press Director ...': a party's body, in
                # which the role is held.
                names.append(NamePart(start, heads[-1] + 1, employer=True))
            else:
                affiliation = ""
        elif not gaz.country_of(prefix):
            if tokens[start].initial and role_start == start + 1 and not ACRONYM.match(prefix) \
                    and prefix not in proper:
                return names + split_run(tokens, role_start, end, gaz, proper)  # "Like President Obama"
            if gaz.place(prefix, small=True) or tokens[role_start - 1].lower in P.PLACE_HEADS:
                names.append(NamePart(start, role_start))   # "Atlantic City Mayor ...": a place
            else:
                names.append(NamePart(start, role_start, employer=True))
        elif gaz.place(prefix):
            names.append(NamePart(start, role_start))     # 'US President ...' names the US too
    name_start = title + 1
    if tokens[name_start].lower == "of" and name_start + 2 < end \
            and tokens[name_start + 1].lower in P.ROLE_MODIFIERS:
        # "Secretary of State Hillary Clinton": the role goes on through 'of State'
        k = name_start + 1
        while k < end - 1 and tokens[k].lower in P.ROLE_MODIFIERS:
            k += 1
        role = join(tokens[role_start:k])
        name_start = k
    if tokens[name_start].lower in ROLE_OF:
        # "Chairman of the Norland Centre ...": the role's organisation, no person;
        # "Governor of Vestby Anna Berg": a place, then the person.
        place_start = name_start + 1 + (tokens[name_start + 1].lower == "the")
        cut = end - 2
        if cut > place_start and gaz.place(join(tokens[place_start:cut])) \
                and all(NAME_WORD.match(t.text) for t in tokens[cut:end]):
            names.append(NamePart(place_start, cut))
            name_start = cut
        elif cut > place_start and (tokens[cut - 1].lower in P.ORG_HEADS and tokens[cut].lower in FIRST_NAMES or (
                cut == place_start + 1 and tokens[place_start].text in P.ONE_WORD_BODIES)) \
                and all(NAME_WORD.match(t.text) for t in tokens[cut:end]):
            # "Chairman of the Lundby Council Jo Lind", "Speaker of the House Al Roe": the body,
            # then its chairman.
            names.append(NamePart(place_start, cut))
            affiliation = join(tokens[place_start:cut])
            name_start = cut
        else:
            return names + split_run(tokens, place_start, end, gaz, proper) if place_start < end else names
    if not all(NAME_WORD.match(t.text) or PARTICLE_NAME.match(t.text) for t in tokens[name_start:end]) \
            or any(t.lower in P.CONNECTORS for t in tokens[name_start:end]):
        return names + [NamePart(name_start, end)]
    names.append(NamePart(name_start, end, role, affiliation if role else ""))
    return names


def masthead_before_more(tokens: list[Token], start: int, end: int, gaz: Gazetteer) -> int:
    """Where a newspaper named for its town ends in a run that goes on past it ('Lund Times
    Jo Berg said', 'Lund Herald Sunrise poll'): after its masthead word; else 0. The town
    alone is no name there."""
    for cut in range(start + 1, end - 1):
        if tokens[cut].lower in MASTHEAD_WORDS and gaz.place(join(tokens[start:cut])):
            return cut + 1
    return 0


def body_opening_role(tokens: list[Token], start: int, role_start: int, title: int) -> list[NamePart]:
    """The body a role opens with, named by its one word ('Senate' in 'Senate Majority Leader
    Jo Lund', 'Treasury' in 'Treasury Secretary Al Roe') or by words up to a body's head
    ('Supreme Court' in 'Supreme Court Justice Al Roe'): the role is held in it."""
    # Only where the role opens the name, or a country alone comes before it: in 'Lund House
    # Press Secretary' the body is 'Lund House', and 'Press' is the office's.
    if role_start == start:
        if start > 0 and tokens[start - 1].capitalised:
            return []
    elif not gazetteer().country_of(join(tokens[start:role_start])):
        return []
    if role_start == start < title and tokens[start].text in P.ONE_WORD_BODIES:
        return [NamePart(start, start + 1, employer=True)]
    heads = [k for k in range(role_start + 1, title) if tokens[k].lower in P.ORG_HEADS]
    return [NamePart(role_start, heads[-1] + 1, employer=True)] if heads else []


def office_of_a_role(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the run is a body named for the role it serves ('Office of the Inspector
    General', 'Office of the Special Counsel', 'Office of the Director of Harbour Safety'):
    a body's head, 'of', maybe 'the', then role words, alone or before what the role is
    for. Its role's words are the body's, not those of a name still to come."""
    words = [t.lower for t in tokens[start:end]]
    if "of" not in words[1:-1]:
        return False
    of = words.index("of", 1)
    rest = words[of + 1 + (words[of + 1] == "the"):]
    role = list(takewhile(lambda w: w in P.ROLE_HEADS or w in P.ROLE_MODIFIERS, rest))
    return words[of - 1] in P.ORG_HEADS and bool(role) and rest[len(role):len(role) + 1] in ([], ["for"], ["of"])


def outlet_ends(tokens: list[Token], start: int, k: int) -> bool:
    """Whether token k is the 'News' of an outlet's name ('Lund News Senior Correspondent
    Jo Roe'): the employer, not a word of the role, where a name other than a role's word
    stands before it."""
    return (tokens[k].text == "News" and k > start and tokens[k - 1].text[:1].isupper()
            and tokens[k - 1].lower not in P.ROLE_MODIFIERS and tokens[k - 1].lower not in P.ROLE_HEADS)


def is_plural(word: str) -> bool:
    """True for a word shaped like a plural ('Rays', 'Kestrels'), not 'Ross' or 'Davis'."""
    return word.endswith("s") and not word.endswith(("ss", "is", "us")) and len(word) > 3


def read_context(occurrence: Occurrence, tokens: list[Token], start: int, end: int, gaz: Gazetteer) -> None:
    """What the words around a name say: a title, a role in apposition, a speech verb, a place word."""
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text == "." and start > 1 and tokens[start - 2].lower in P.HONORIFICS:
        before = tokens[start - 2]      # "Mr. Okonjo"
    after = tokens[end] if end < len(tokens) else None
    if before is not None and before.text in OPENING_QUOTES and after is not None and (
            after.text in CLOSING_QUOTES or after.text in ",.!?" and end + 1 < len(tokens)
            and tokens[end + 1].text in CLOSING_QUOTES):
        occurrence.signals.add(Signal.TITLE)
    if before is not None and before.lower in P.HONORIFICS:
        occurrence.signals.add(Signal.HONORIFIC)
        occurrence.gender = P.HONORIFICS[before.lower]
    kin = tokens[start - 2] if before is not None and before.text == "," and start >= 2 else before
    if kin is not None and kin.lower in P.KIN_NOUNS and kin.text.islower():
        occurrence.signals.add(Signal.KIN)
    if place_chain(tokens, start, end, gaz):
        occurrence.signals.add(Signal.PLACE_CHAIN)
    if lives_after(tokens, end):
        occurrence.signals.add(Signal.LIVES)
    if before is not None and before.lower in LOCATIVE:
        occurrence.signals.add(Signal.LOCATIVE)
        if (before.lower not in ("to", "from") or any(t.lower in P.TRAVEL_WORDS for t in tokens[max(0, start - 4):start - 1])) \
                and (after is None or not after.text.islower() or after.lower in P.FUNCTION_WORDS):
            occurrence.signals.add(Signal.ROUTE)
        if before.lower in ("in", "near") and not (after is not None and after.text in ("'s", "’s")):
            occurrence.signals.add(Signal.IN)        # "in Bush's time" puts nothing in a place
    if dateline_at(tokens, start, end, occurrence.text):
        occurrence.signals.add(Signal.IN)            # 'LUNDBY, N.D. -' puts the story there
    if any(t is not None and len(t.text) > 1 and t.text.isupper() and t.text.isalpha()
           for t in (before, after)) and occurrence.text.isupper():
        occurrence.signals.add(Signal.SHOUTED)       # a word in a line written in capitals
    if before is not None and before.lower in P.ORG_NOUNS and before.text.islower():
        occurrence.signals.add(Signal.ORG_NOUN)          # "the band Duran Duran"
    if before is not None and before.text.endswith("-based") and start > 0:
        occurrence.signals.add(Signal.ORG_NOUN)          # "Seattle-based Amazon"
    if after is not None and after.text.islower() and after.lower in P.TEAM_ROLES:
        occurrence.signals.update((Signal.TEAM, Signal.HAS_PLAYERS))     # "Norvik striker Jo Lind"
    # The side beaten or played: "beat Norvik", "blanked the Norvik Herons", "a win over (the) Norvik".
    side = start - 1 if before is not None and before.lower == "the" and start >= 2 else start
    beaten = tokens[side - 1] if side > 0 else None
    if after is not None and after.lower in P.MATCH_VERBS or beaten is not None and (
            beaten.lower in P.MATCH_VERBS and beaten.lower != "drew" or beaten.lower in P.MATCH_OBJECTS
            and side >= 3 and tokens[side - 2].lower in P.MATCH_NOUNS | DETERMINERS
            and any(t.lower in P.MATCH_NOUNS for t in tokens[max(0, side - 4):side - 1])):
        occurrence.signals.add(Signal.TEAM)              # "Lundby beat Norvik", "a win over Norvik"
    if before is not None and before.lower == "the" and is_plural(tokens[end - 1].text):
        occurrence.signals.add(Signal.THE_PLURAL)
    # "May 18 v Norvik", "Norvik v Lundby (three days)": a line of fixtures. In a sentence, 'v'
    # as often joins the parties to a lawsuit ('the Roe v Wade ruling.').
    if len(tokens) <= FIXTURE_TOKENS and tokens[-1].text not in SENTENCE_ENDS and (before is not None and before.lower in P.VERSUS
                                          or after is not None and after.lower in P.VERSUS):
        occurrence.signals.update((Signal.TEAM, Signal.SCORED))
    # A country's adjective before such a noun ('the Norwegian news agency') says whose it is.
    if after is not None and after.text.islower() and not gaz.country_of(occurrence.text):
        noun = tokens[end + 1] if after.lower == "news" and end + 1 < len(tokens) else after
        if (noun.lower in P.ORG_NOUNS_AFTER or noun.lower in P.REPORTERS or noun.lower in P.PLATFORM_NOUNS) \
                and noun.text.islower():
            occurrence.signals.add(Signal.NOUN_AFTER)    # "the Kestrel news agency", "a Kestrel reporter"
    if start >= 2 and before.lower == "of" and tokens[start - 2].lower in P.PLACE_OF_NOUNS:
        occurrence.signals.add(Signal.PLACE_NOUN)        # "the town of Herat", "the outskirts of Herat"
    if placed_by_words(tokens, start, end, gaz):
        occurrence.signals.add(Signal.PLACE_NOUN)        # "north of Herat", "Herat, a city in ..."
    if held_of(tokens, start):
        occurrence.signals.add(Signal.PLACE_NOUN)        # "the Earl of Lundby": the place of a rank
    if before is not None and before.lower in P.INSTITUTION_DETERMINERS and occurrence.text.casefold() in P.INSTITUTION_WORDS \
            and occurrence.text[1:].islower() and (after is None or not after.text.islower() or after.lower in P.FUNCTION_WORDS
                                                  or after.lower in P.SPEECH_VERBS or after.lower.endswith(("ed", "s"))):
        occurrence.signals.add(Signal.INSTITUTION)      # "the Government said", not "the Army base"
    if before is not None and before.lower == "the" and occurrence.text.casefold() in P.REGION_WORDS:
        occurrence.signals.add(Signal.REGION)            # "a diner in the South"
    if end + 3 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in ("a", "an", "the"):
        k = end + 2
        while k < len(tokens) and k < end + 5 and tokens[k].text.islower() \
                and tokens[k].lower not in P.ORG_NOUNS:
            k += 1
        if k < len(tokens) and tokens[k].lower in P.ORG_NOUNS and tokens[k].text.islower():
            occurrence.signals.add(Signal.ORG_NOUN)      # "Jambula, a small charity"
    if listed_after_org_noun(tokens, start):
        occurrence.signals.add(Signal.ORG_NOUN)          # "carmakers including Norvik and Vesta"
    at = start - 1 - (before is not None and before.lower == "the")
    if at >= 1 and tokens[at].lower == "at" and not (after is not None and after.text in ("'s", "’s")) and (
            tokens[at - 1].lower in P.EMPLOYED_AT and tokens[at - 1].text.islower() or job_and_name_before(tokens, at)):
        occurrence.signals.add(Signal.EMPLOYER)          # "an analyst at Norvik", "analyst Jo Roe at Norvik"
    if after is not None and after.lower in P.SPEECH_VERBS:
        occurrence.signals.add(Signal.SPEAKS)
    read_speech(occurrence, tokens, start, end)
    if before is not None and before.lower in P.SPEECH_VERBS and (after is None or after.text in ".,"):
        occurrence.signals.add(Signal.SPEAKS)
    if after is not None and after.text[:1].islower() and after.lower not in P.FUNCTION_WORDS \
            and after.lower not in P.SPEECH_VERBS and not after.lower.endswith(("ed", "s")):
        occurrence.stands_alone = False
    if occurrence.text in P.AFTER_THE_BODIES and (before is None or before.lower != "the"):
        occurrence.stands_alone = False
    if after is not None and after.text in ("'s", "’s"):
        occurrence.signals.add(Signal.OWNS)
    if before is not None and before.text in ("@", "#"):
        occurrence.signals.add(Signal.HANDLE)
    if after is not None and (after.text in ("'s", "’s") and player_after(tokens, end + 1)
                              or after.text.islower() and (before is None or before.lower not in P.FUNCTION_WORDS)
                              and their_after(tokens, end)) \
            or played_for(tokens, start) or side_verb_after(tokens, end):
        occurrence.signals.add(Signal.SIDE)
    if after is not None and after.lower in P.BODIES_OF_PEOPLE and after.text.islower():
        occurrence.signals.add(Signal.BODY_AFTER)
    if any(t is not None and t.text.islower() for t in (before, after)):
        occurrence.signals.add(Signal.IN_PROSE)
    owned_at = end + 1 if after is not None and after.text in ("'s", "’s") else end
    owned = tokens[owned_at] if owned_at < len(tokens) else None
    if not gaz.country_of(occurrence.text) and (
            owned is not None and owned.lower in P.COMPANY_NOUNS and owned.text.islower()
            or start >= 2 and before.lower in ("of", "in") and tokens[start - 2].lower in P.COMPANY_NOUNS
            or owned is not None and company_head(tokens, owned_at)):
        occurrence.signals.add(Signal.COMPANY)           # "Norvik shares", "shares of Norvik"
    if after is not None and after.lower == "of" and end + 1 < len(tokens) and tokens[end + 1].capitalised:
        k = end + 1 + (tokens[end + 1].lower == "the")
        j = k
        while j < len(tokens) and tokens[j].capitalised and not tokens[j].initial:
            j += 1
        if j > k:
            of = join(tokens[k:j])
            occurrence.of_name = gaz.country_of(of) or of
    if start >= 2 and tokens[start - 1].text in ("'s", "’s"):
        k = start - 2
        while k > 0 and tokens[k - 1].capitalised and tokens[k - 1].lower not in P.FUNCTION_WORDS:
            k -= 1
        occurrence.owner = join(tokens[k:start - 1])
    if not occurrence.roles:
        role_before(occurrence, tokens, start, gaz)
    if not occurrence.roles:
        role_after(occurrence, tokens, end, gaz)


def lives_after(tokens: list[Token], end: int) -> bool:
    """Whether a verb of a person's life follows a name, as its subject: 'Lund was born', 'Lund
    died', 'Lund later married'; not a passive's agent ('was married by Lund')."""
    k = end
    if k < len(tokens) and tokens[k].lower in P.BEFORE_LIFE_VERB:
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower in ("was", "were") and tokens[k + 1].lower in P.BORN:
        return True
    return k < len(tokens) and tokens[k].lower in P.LIFE_VERBS and tokens[k].text.islower()


def placed_by_words(tokens: list[Token], start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the words around a name put it on a map: a point of the compass and 'of' before it
    ('ten miles north of Lundby', 'east of the Norvik'), a noun for a place right after it
    ('Norvik airport', 'the Lunda river'), or a noun for a place in apposition or after 'is a'
    ('Lundby, a quiet neighbourhood in the east', 'Lundby is a town of 3,000'); the noun ends its
    phrase, no word of another noun ('a town councillor')."""
    of = start - 1 - (start >= 2 and tokens[start - 1].lower == "the")
    if of >= 1 and tokens[of].lower == "of" and tokens[of - 1].lower in P.COMPASS_WORDS and tokens[of - 1].text.islower():
        return True
    if end < len(tokens) and tokens[end].lower in P.PLACE_NOUNS_AFTER and tokens[end].text.islower():
        last = tokens[end - 1].text
        # 'the South Asian region' names a people's or a continent's part, no place of that name.
        adjective = gaz.country_of(last) or last.endswith("n") and (gaz.place(last[:-1]) or gaz.place(last[:-2]))
        return not adjective and heads_its_phrase(tokens, end)
    if end + 2 >= len(tokens) or not (tokens[end].text == "," or tokens[end].lower in ("is", "was")) \
            or tokens[end + 1].lower not in ("a", "an"):
        return False
    k = end + 2
    while k < min(len(tokens), end + 5) and tokens[k].text.islower() and tokens[k].lower not in P.PLACE_APPOSITIONS:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in P.PLACE_APPOSITIONS or not tokens[k].text.islower():
        return False
    return heads_its_phrase(tokens, k)


def heads_its_phrase(tokens: list[Token], k: int) -> bool:
    """Whether the noun at k ends its phrase: no noun of its own follows ('a town in', not 'a town
    councillor')."""
    follows = tokens[k + 1] if k + 1 < len(tokens) else None
    return follows is None or not follows.text[:1].isalpha() or follows.lower in P.FUNCTION_WORDS \
        or follows.lower.endswith("ed") or not follows.text.islower()


def dateline_at(tokens: list[Token], start: int, end: int, name: str) -> bool:
    """Whether a name in capitals opens a paragraph as a dateline does: before a dash or an
    agency in brackets ('LUNDBY (AP) -'), or before a state's initials ('LUNDBY, N.D., May 2')."""
    if start != 0 or not name.isupper() or end >= len(tokens):
        return False
    after = tokens[end].text
    return after in DATELINE_MARKS or (after == "," and end + 1 < len(tokens)
                                       and bool(INITIALS.match(tokens[end + 1].text)))


# What follows a dateline's place: a dash of some length, or the agency in brackets.
DATELINE_MARKS = frozenset({"-", "--", "—", "–", "―", "("})


def player_after(tokens: list[Token], k: int) -> bool:
    """True for a person's first name and surname from k, and no more capitals ("Norvik's Jo Lind scored")."""
    return k + 2 <= len(tokens) and all(NAME_WORD.match(t.text) and not t.initial for t in tokens[k:k + 2]) \
        and (k + 2 == len(tokens) or not tokens[k + 2].capitalised)


def played_for(tokens: list[Token], start: int) -> bool:
    """True for a name after 'joined' or after 'played for' ('joined Norvik', 'has played for Norvik')."""
    return start >= 1 and (tokens[start - 1].lower == "joined" or tokens[start - 1].lower == "for"
                           and start >= 2 and tokens[start - 2].lower in P.PLAYED)


def side_verb_after(tokens: list[Token], end: int) -> bool:
    """True for a name that wins or loses ('Norvik won for the seventh time', 'Norvik has lost')."""
    k = end + (end < len(tokens) and tokens[end].lower in ("has", "have", "had"))
    return k < len(tokens) and tokens[k].lower in P.SIDE_VERBS


def their_after(tokens: list[Token], end: int) -> bool:
    """True where a verb follows a name and 'their' comes within five words, none of them a mark
    or a capital ('Norvik lost ground in their match'): the name of a side."""
    if is_plural(tokens[end].text):
        return False        # 'Lund emails had their markings changed': a noun the name qualifies
    for token in tokens[end + 1:end + 6]:
        if token.text == "their":
            return True
        if not token.text.islower() or token.lower in P.OTHER_OWNERS:
            return False
    return False


def job_and_name_before(tokens: list[Token], at: int) -> bool:
    """True where a job and a person's name stand before 'at' ('said analyst Jo Roe at Norvik')."""
    k = at
    while k > 0 and k > at - 4 and NAME_WORD.match(tokens[k - 1].text) and not tokens[k - 1].initial:
        k -= 1
    return at - k >= 2 and k >= 1 and tokens[k - 1].lower in P.EMPLOYED_AT and tokens[k - 1].text.islower()


def company_head(tokens: list[Token], k: int) -> bool:
    """True where the words from k name the head of a company's management ("chief executive",
    "CEO", "board of directors"), which a person or a place has not."""
    word = tokens[k]
    following = [t.lower for t in tokens[k + 1:k + 3]]
    return word.text == "CEO" or word.text.islower() and (
        word.lower == "chief" and following[:1] in (["executive"], ["financial"], ["operating"])
        or word.lower == "board" and following == ["of", "directors"])


def listed_after_org_noun(tokens: list[Token], start: int) -> bool:
    """True for a name in a list after a plural of a company's nouns and 'including', 'such as'
    or 'like' ("banks such as Norvik, Lundby and Vesta")."""
    k = start - 1
    while k > 0 and start - k < 30:
        token = tokens[k]
        if token.lower in ("including", "like") or token.lower == "as" and tokens[k - 1].lower == "such":
            lead = tokens[k - 1 - (token.lower == "as")] if k - 1 - (token.lower == "as") >= 0 else None
            return lead is not None and lead.lower in P.ORG_PLURALS and (lead.text.islower() or lead.initial)
        if not (token.text == "," or token.lower in ("and", "or") or token.capitalised
                or token.lower in P.CONNECTORS):
            return False
        k -= 1
    return False


def place_chain(tokens: list[Token], start: int, end: int, gaz: Gazetteer) -> bool:
    """True for a name in 'at X, Y' after a preposition of place, where the other of X and Y is
    a place the gazetteer knows ('born at Stridon, Dalmatia', 'from Kinneret, Galilee.')."""
    n = len(tokens)
    if start > 0 and tokens[start - 1].lower in LOCATIVE and end + 1 < n and tokens[end].text == ",":
        k = end + 1
        while k < n and k < end + 4 and tokens[k].capitalised and not tokens[k].initial:
            k += 1
        return k > end + 1 and gaz.place(join(tokens[end + 1:k])) is not None
    if start >= 3 and tokens[start - 1].text == "," and (end == n or tokens[end].text in ".,;)"):
        k = start - 1
        while k > 0 and k > start - 4 and tokens[k - 1].capitalised and not tokens[k - 1].initial:
            k -= 1
        return 0 < k < start - 1 and tokens[k - 1].lower in LOCATIVE \
            and gaz.place(join(tokens[k:start - 1])) is not None
    return False


def read_speech(occurrence: Occurrence, tokens: list[Token], start: int, end: int) -> None:
    """Whether the name is the subject of a verb of speech ('Lynch said', '..., said Lynch.'),
    and whether it then speaks of itself as a person ('Lynch said she ...')."""
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(tokens) else None
    # 'Politifact then pointed out', 'Lynch has said': a word or two may stand before the verb.
    verb = end
    while verb < min(end + 2, len(tokens) - 1) and tokens[verb].lower in P.BEFORE_SPEECH_VERB:
        verb += 1
    spoken = tokens[verb] if verb < len(tokens) else None
    follows = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if spoken is not None and (spoken.text in P.SUBJECT_SPEECH_VERBS or spoken.text in P.THAT_SPEECH_VERBS
                               and follows is not None and follows.lower == "that") \
            and not plural_noun_subject(spoken, follows):
        occurrence.signals.add(Signal.SAYS)
        if follows is not None and follows.text in P.SUBJECT_PRONOUNS:
            occurrence.signals.add(Signal.SAYS_OF_SELF)
        elif any(t.lower == "its" for t in tokens[verb + 1:verb + 5]):
            occurrence.signals.add(Signal.SAYS_OF_BODY)     # "Norvik said on Friday its profit rose"
    # 'WALLACE: Let's start ...': a transcript's speaker label opens its paragraph.
    elif after is not None and after.text == ":" and occurrence.text.isupper() \
            and all(t.text in OPENING_MARKS for t in tokens[:start]):
        occurrence.signals.update((Signal.SAYS, Signal.LABEL))
    # 'according to Politico, ...': the source of what the sentence says.
    elif start >= 2 and tokens[start - 2].lower == "according" and before.lower == "to" \
            and (after is None or after.text in (".", ",")):
        occurrence.signals.add(Signal.SAYS)
    # After 'told' or 'asked' a name is whom the words were said to.
    elif before is not None and before.text in P.SUBJECT_SPEECH_VERBS - P.ADDRESSING_VERBS \
            and (after is None or after.text in (".", ",")):
        occurrence.signals.add(Signal.SAYS)


def plural_noun_subject(spoken: Token, follows: Token | None) -> bool:
    """'Early counts put the total at ...', 'Early reports said ...': a verb's -s form
    with a verb of its own right after it is a plural noun, the subject of that verb, and the
    capitalised word before it no speaker but its adjective."""
    return spoken.text.endswith("s") and follows is not None and (
        follows.text in P.FINITE_AFTER_NOUN or follows.text in P.SUBJECT_SPEECH_VERBS and follows.text.endswith("d"))


def role_phrase_back(tokens: list[Token], end: int) -> int:
    """Start of the role words that end just before index end (end itself when none)."""
    if end <= 0 or tokens[end - 1].lower not in P.ROLE_HEADS:
        return end
    k = end - 1
    while k > 0 and (tokens[k - 1].lower in P.ROLE_MODIFIERS or tokens[k - 1].lower in P.ROLE_HEADS):
        k -= 1
    return k


def owner_before(tokens: list[Token], index: int, gaz: Gazetteer) -> str:
    """The actor a role belongs to, written just before it: "Ukraine's", 'Russian', 'the EU's'."""
    if index >= 1 and gaz.country_of(tokens[index - 1].text) and tokens[index - 1].capitalised:
        return gaz.country_of(tokens[index - 1].text)
    if index >= 2 and tokens[index - 1].text in ("'s", "’s") and tokens[index - 2].capitalised:
        k = index - 2
        while k > 0 and (tokens[k - 1].capitalised or tokens[k - 1].lower in P.CONNECTORS) \
                and tokens[k - 1].lower not in DETERMINERS and not tokens[k].initial:
            k -= 1
        name = join(tokens[k:index - 1])
        return gaz.country_of(name) or name
    return ""


def owner_after(tokens: list[Token], k: int, gaz: Gazetteer) -> tuple[str, int]:
    """An owner starting at k ("the EU's", 'Russian'), and the index just past it."""
    n = len(tokens)
    j = k
    while j < n and (tokens[j].capitalised or (j > k and tokens[j].lower in P.CONNECTORS)) and j - k < 6:
        j += 1
    if k < j < n and tokens[j].text in ("'s", "’s"):
        owner = join(tokens[k:j])
        return gaz.country_of(owner) or owner, j + 1
    if k < n and tokens[k].capitalised and gaz.country_of(tokens[k].text):
        return gaz.country_of(tokens[k].text), k + 1
    if k + 1 < n and tokens[k].text.islower() and tokens[k + 1].text in ("'s", "’s"):
        return "", k + 2        # "the club's head coach": an owner that is no actor
    return "", k


def role_before(occurrence: Occurrence, tokens: list[Token], start: int, gaz: Gazetteer) -> None:
    """A role in lower case just before the name, with or without a comma: 'team member X'."""
    end = start - 1 if start >= 1 and tokens[start - 1].text == "," else start
    role_start = role_phrase_back(tokens, end)
    if role_start == end or a_verb_here(tokens, role_start):
        return
    if end != start and not (role_start == 0 or tokens[role_start - 1].lower in DETERMINERS
                             or tokens[role_start - 1].text in ("'s", "’s")
                             or gaz.country_of(tokens[role_start - 1].text)):
        return
    occurrence.roles.append(join(tokens[role_start:end]))
    occurrence.signals.add(Signal.ROLE)
    owner = owner_before(tokens, role_start, gaz)
    if owner:
        occurrence.affiliations.append(owner)


# Modal verbs, after which a role's word is a verb ('would counsel Roe'); not 'to', which is
# as often a preposition ('according to spokesperson Ana Roe').
BEFORE_A_VERB = frozenset("will would can could may might must shall should".split())


def a_verb_here(tokens: list[Token], role_start: int) -> bool:
    """Whether the role words at role_start are a verb: after a modal ('he would counsel Roe',
    'she will coach Berg'), the word that names a trade names its act."""
    return role_start > 0 and tokens[role_start - 1].lower in BEFORE_A_VERB


# Determiners that bring in someone new to the text ('a spokesman', 'one aide').
SOMEONE_NEW = frozenset({"a", "an", "one", "another"})


def role_after(occurrence: Occurrence, tokens: list[Token], end: int, gaz: Gazetteer) -> None:
    """A role in apposition after the name: 'X, the EU's foreign policy chief, said'."""
    n = len(tokens)
    if end >= n or tokens[end].text != ",":
        return
    k = end + 1
    owner = ""
    someone = k < n and tokens[k].lower in SOMEONE_NEW
    if k < n and tokens[k].lower in DETERMINERS:
        k += 1
    owner, k = owner_after(tokens, k, gaz)
    role_start = k
    while k < n and (tokens[k].lower in P.ROLE_MODIFIERS or tokens[k].lower in P.ROLE_HEADS):
        k += 1
    while k > role_start and tokens[k - 1].lower not in P.ROLE_HEADS:
        k -= 1
    if k == role_start:
        return
    if k + 1 < n and tokens[k].lower == "of" and tokens[k + 1].lower in P.ROLE_MODIFIERS:
        k += 2      # "the former secretary of state"
    role = join(tokens[role_start:k])
    if k + 1 < n and tokens[k].lower in ROLE_OF:
        j = k + 1
        if j < n and tokens[j].lower == "the":
            j += 1
        m = j
        while m < n and tokens[m].capitalised or (m < n and m > j and tokens[m].lower in P.CONNECTORS):
            m += 1
        if m > j:
            owner = owner or gaz.country_of(join(tokens[j:m])) or join(tokens[j:m])
            k = m
    if k < n and tokens[k].text not in (",", ".", ";") and tokens[k].lower not in P.SPEECH_VERBS:
        return
    # 'Lund, a senior aide said, is confident': someone new who speaks of the name, set off
    # as an aside, not the name's role.
    if someone and k < n and tokens[k].lower in P.SPEECH_VERBS:
        return
    occurrence.roles.append(role)
    occurrence.signals.add(Signal.ROLE)
    if owner:
        occurrence.affiliations.append(owner)


def unnamed_roles(tokens: list[Token], gaz: Gazetteer) -> list[UnnamedRole]:
    """Sentences whose subject is a role with no name: "The EU's foreign policy chief accused ..."."""
    found = []
    for i, token in enumerate(tokens):
        if not token.initial or token.lower != "the":
            continue
        n = len(tokens)
        owner, k = owner_after(tokens, i + 1, gaz)
        role_start = k
        while k < n and (tokens[k].lower in P.ROLE_MODIFIERS or tokens[k].lower in P.ROLE_HEADS) \
                and not tokens[k].capitalised:
            k += 1
        if k == role_start or tokens[k - 1].lower not in P.ROLE_HEADS or not owner:
            continue
        if k < n and tokens[k].text[:1].islower() and tokens[k].lower not in P.FUNCTION_WORDS:
            found.append(UnnamedRole(token.sentence, join(tokens[role_start:k]), owner))
    return found


# --- Grouping and kinds -------------------------------------------------------------

def group_key(text: str, gaz: Gazetteer) -> str:
    """Forms that are certainly the same actor share a key: a place by its gazetteer name."""
    part = PLACE_OF.match(text)
    place = gaz.place(part.group(1) if part else text)
    if place is not None and (place.country or part):
        return "place:" + place.name
    return " ".join(text.replace(".", "").casefold().split())


def group_occurrences(occurrences: list[Occurrence], gaz: Gazetteer) -> list[Draft]:
    """One draft per distinct name (countries by their gazetteer name), in order of first use."""
    drafts: dict[str, Draft] = {}
    for occurrence in occurrences:
        short = P.SHORT_FORMS.get(occurrence.text.replace(".", ""))
        key = group_key(short[0] if short else occurrence.text, gaz)
        draft = drafts.setdefault(key, Draft([], []))
        if occurrence.text not in draft.forms:
            draft.forms.append(occurrence.text)
        draft.occurrences.append(occurrence)
    return list(drafts.values())


def looks_like_person(draft: Draft, common: frozenset[str]) -> bool:
    """Two to four name words, none of them an ordinary word, a title or a repeat; the first
    no word that ends an organisation's name ('Times Daybreak' is the tail of a paper's poll),
    the last no abstract noun by its ending ('Carnegie Endowment', 'Customs Enforcement')."""
    for form in draft.forms:
        words = form.split()
        if not 2 <= len(words) <= 4 or len(set(words)) < len(words):
            continue
        if all(NAME_WORD.match(w) or PARTICLE_NAME.match(w) for w in words) and not any(
                w in common or w.casefold() in common or w.casefold() in P.ROLE_HEADS
                or w.casefold() in P.ROLE_MODIFIERS or w.casefold() in P.FUNCTION_WORDS
                or w.casefold() in P.HONORIFICS or w.casefold() in P.NOT_IN_PERSON_NAMES
                for w in words) and words[-1].casefold() not in P.EVENT_HEADS \
                and not ABSTRACT_LAST_WORD.match(words[-1]) \
                and not common_plural(words[-1], common) \
                and not (words[-1].casefold() in P.DAY_NAME_HEADS and words[-2].casefold() not in FIRST_NAMES) \
                and words[0].casefold() not in P.ORG_HEADS \
                and not any(gazetteer().country_of(part) for w in words for part in w.split("-")):
            return True
    return False


def common_plural(word: str, common: frozenset[str]) -> bool:
    """Whether a name's last word is the plural of a word the article writes in lower case
    ('Silver Nights' where it writes 'the night'): a common noun, no surname ('Evans', 'Jones')."""
    return is_plural(word) and word[:-1].casefold() in common


def classify(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> tuple[str, str]:
    """The draft's kind by the first rule that knows, and what that rule read; ('', '') when none does.

    A people's name alone ('the Chilean', 'Bosnian', 'New Yorkers') is a word for someone, never
    a name, and an office's acronym ('POTUS') a role."""
    if all(f in P.ROLE_ACRONYMS or place_people(f, gaz) or peoples_joined(f, gaz) for f in draft.forms):
        return "", ""
    if all(" " not in f and gaz.country_of(f) and not place_of_that_name(f, gaz) and f.replace(".", "") not in P.SHORT_FORMS
           for f in draft.forms):
        return "", ""
    for extract in KIND_RULES:
        kind = extract(draft, common, gaz)
        if kind:
            return kind, KIND_REASONS[extract.__name__]
    return "", ""


def place_of_that_name(form: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer files a place under this name itself ('Jordan'), not only as another
    spelling of a town's name: 'Thai', a country's adjective, is no other name of a Malaysian city."""
    place = gaz.place(form)
    return place is not None and (place.country or place_key(place.name) == place_key(form))


def kind_from_words(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name ending in 'Institute' or with 'Ministry of' is an organisation; 'Stadium' a place."""
    for form in draft.forms:
        words = form.casefold().split()
        if len(words) < 2 or gaz.place(form):
            continue        # 'West Bank', 'Soviet Union': a place, whatever word ends it
        if words[-1] in P.ORG_HEADS or words[0] in P.CLUB_LEADS or form.split()[-1] in WATCHDOG_HEADS \
                or words[0] in P.COMPANY_LEADS and len(words) == 2:
            return "organisation"
        if words[-1] in P.TRADE_HEADS and words[0] not in FIRST_NAMES and words[-2] not in P.PLACE_PARTS:
            return "organisation"       # 'Norvik Chemical', not 'Samantha Power' nor 'Northern Power'
        if words[-1].endswith("s") and not words[-1].endswith("ss") and not gaz.place(form) and (
                gaz.place(" ".join(form.split()[:-1])) and not (len(words) == 2 and words[0] in FIRST_NAMES)
                or len(words) >= 3 and is_plural(form.split()[-1])
                and gaz.place(form.split()[0]) and not ACRONYM.match(form.split()[0])
                and not any(w in FIRST_NAMES for w in words[1:-1])):
            return "organisation"       # "Chicago Cubs", "Tampa Bay Rays": a team; not "George Andrews"
        if words[-1] in ("center", "centre") and words[-2] in P.CENTRE_FIELDS:
            return "organisation"       # "Lundby Law Center": a body, not a building
        if words[-1] in P.PLACE_HEADS or words[0] in P.PLACE_LEADS:
            return "place"
        if words[0] in P.PLACE_PARTS and gaz.place(form.split(None, 1)[1]):
            return "place"      # "Northeast Norland", "Upper Manhattan": a part of a place
        written = form.split()
        for i, (word, after) in enumerate(zip(words, words[1:])):
            # 'Commission on Presidential Debates', 'Council on Foreign Relations'; not a
            # place and what happened there ('Lund Space Center on Flight 7').
            topic = after != "on" or NAME_WORD.match(written[i + 2] if i + 2 < len(written) else "")
            if after in ("of", "for", "on") and (word in P.ORG_LEADS or word in P.ORG_HEADS) and topic:
                return "organisation"
            if after in ("of", "for") and word in P.PLACE_HEADS:
                return "place"
        if words[-1] in P.EVENT_HEADS:
            return "event"
    return ""


def kind_from_titles(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name with a title or a role is a person, and so is a relative's ('his father, Anton')."""
    signals = draft.signals
    if Signal.EMPLOYER in signals and not any(gaz.place(f) for f in draft.forms):
        return "organisation"
    if signals & {Signal.HONORIFIC, Signal.ROLE, Signal.KIN} and all(
            len(f.split()) <= 4 and not ACRONYM.match(f) for f in written_forms(draft)) \
            and not any((place := gaz.place(f)) and not another_spelling_that_speaks(f, place, draft)
                        for f in draft.forms):
        return "person"
    return ""


def written_forms(draft: Draft) -> list[str]:
    """The draft's forms but those that only put another in capitals ('PENCE' beside 'Pence'),
    which say nothing of an acronym."""
    return [f for f in draft.forms if not (f.isupper() and any(g != f and g.upper() == f for g in draft.forms))]


def kind_from_context(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name the text calls a company, a band or a town ('the town of Herat'), or names among
    places ('born at Stridon, Dalmatia')."""
    signals = draft.signals
    if signals & {Signal.ORG_NOUN, Signal.NOUN_AFTER} and Signal.PLACE_NOUN not in signals \
            and not any(gaz.place(f) for f in draft.forms):
        return "organisation"
    if signals & {Signal.PLACE_NOUN, Signal.PLACE_CHAIN, Signal.REGION} \
            and not signals & {Signal.ORG_NOUN, Signal.NOUN_AFTER}:
        return "place"
    return ""


def kind_from_team(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A town's name that plays a match or has a striker is its club ('Leeds beat Fulham 2-1'),
    and so is a plural that plays one ('the Herons beat ...'), a name that plays where a
    score or a margin is given ('Norvik beat Lundby by six wickets') or has players unless
    it is shaped like a person's, and a side in a results line ('Norvik 2 Lundby 0'). Not a small town's
    name that only beats another, which as often is a candidate's ('Roe beat Holbrook'); a
    country's name is its national side, and stays the country."""
    signals = draft.signals
    if Signal.TEAM not in signals and Signal.SCORE_LINE not in signals or any(
            gaz.country_of(f) or (gaz.place(f) is not None and gaz.place(f).country) or f in P.SHORT_FORMS
            or f in P.HOME_NATIONS or f.casefold() in P.COLLECTIVE_NOUNS for f in draft.forms):
        return ""
    if any(gaz.place(f) for f in draft.forms) or Signal.SCORE_LINE in signals:
        return "organisation"
    if signals & {Signal.SCORED, Signal.HAS_PLAYERS} and not looks_like_person(draft, common):
        return "organisation"       # 'Norvik beat Lundby by six wickets', 'Norvik striker Jo Lind'
    plural = [o for o in draft.occurrences if Signal.TEAM in o.signals and len(o.tokens) == 1
              and not o.tokens[0].initial and o.text.endswith("s") and not o.text.endswith("ss")]
    if plural and all(f.endswith("s") for f in draft.forms) and not looks_like_person(draft, common):
        return "organisation"
    if Signal.THE_PLURAL in signals and all(is_plural(f.split()[-1]) for f in draft.forms):
        return "organisation"       # 'a win over the Blue Herons': no person is 'the' and a plural
    return ""


def kind_from_gazetteer(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A place the gazetteer knows; a small town only where the text puts something in it."""
    for form in draft.forms:
        if form in P.ONE_WORD_BODIES and not any(o.stands_alone for o in draft.occurrences):
            continue
        if form.replace(".", "") in P.SHORT_FORMS:      # 'U.N.' as 'UN'
            return P.SHORT_FORMS[form.replace(".", "")][1]
        if form in SHORT_FORM_NAMES:                    # 'United Nations' as 'UN' is
            return SHORT_FORM_NAMES[form]
        place = gaz.place(form)
        if place and another_spelling_that_speaks(form, place, draft):
            continue
        if place and unplaced_other_spelling(form, place, draft, gaz):
            continue
        if place and (place.country or not (form.isupper() and len(form) <= 4)) and (
                place.country or " " in form or form.lower() not in common or Signal.IN in draft.signals):
            return "place"      # but 'IPO' is no town, nor 'Orange' where oranges are eaten
        words = form.split()
        if len(words) >= 2 and gaz.place(" ".join(words[:-1])) and INITIALS.match(words[-1]):
            return "place"
    small = [f for f in draft.forms if gaz.place(f, small=True)]
    if small and not {Signal.HONORIFIC, Signal.ROLE, Signal.SPEAKS} & draft.signals and (
            Signal.IN in draft.signals or any(" " in f for f in small)):
        return "place"
    return ""


# Signals that put a name on the map.
PLACING = frozenset((Signal.IN, Signal.LOCATIVE, Signal.ROUTE, Signal.PLACE_CHAIN, Signal.PLACE_NOUN))


def unplaced_other_spelling(form: str, place: Place, draft: Draft, gaz: Gazetteer) -> bool:
    """Whether one word the gazetteer knows only as another spelling of a town's name ('Te', a
    Chinese city's; 'Angostura', a Venezuelan city's former name) is one the text never puts on
    the map, nor prints in a dateline's capitals ('BOMBAY'): a word of another sense there. A first
    name so filed ('Sam') is left to link_first_names, which tells whose it is."""
    return " " not in form and not place.country and place_key(place.name) != place_key(form) \
        and form.casefold() not in FIRST_NAMES \
        and not PLACING & draft.signals and not any(o.tokens[0].text.isupper() for o in draft.occurrences)


def place_people(form: str, gaz: Gazetteer) -> bool:
    """Whether a name is the word for the people of a place of two or more words ('New Yorker',
    'New Englanders'): the place's name with 'er' or 'ers' after it."""
    if " " not in form or not form.endswith(("er", "ers")):
        return False
    place = form.removesuffix("s").removesuffix("er")
    return " " in place and gaz.place(place) is not None


def peoples_joined(form: str, gaz: Gazetteer) -> bool:
    """Whether a name is two peoples' words joined by a hyphen ('Norlandic-American', 'Arab-Israeli'):
    an origin or a conflict between peoples ('the Arab-Israeli war'), no actor's name."""
    parts = form.split("-")
    return len(parts) >= 2 and " " not in form and all(
        gaz.demonyms.get(part) or part.casefold() in P.PEOPLES_PREFIXES for part in parts)


def another_spelling_that_speaks(form: str, place: Place, draft: Draft) -> bool:
    """Whether a one-word name the gazetteer knows only as another spelling of a town's ('Bush'
    for Egypt's Būsh, a former name of a city) speaks or has a title or role: a person's name
    there, not the town's."""
    return (" " not in form and not place.country and place.name.casefold() != form.casefold()
            and bool({Signal.HONORIFIC, Signal.ROLE, Signal.SPEAKS} & draft.signals))


def kind_from_shape(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """An acronym is an organisation; two to four name words a person."""
    if any(ACRONYM.match(f) and f.replace(".", "").lower() not in common and f not in P.COMMON_ACRONYMS
           and (len(f.replace(".", "")) > 2 or Signal.SPEAKS in draft.signals or f in P.SHORT_FORMS)
           and not (f.count(".") == 2 and len(f) == 4)     # "N.H.", "N.Y.": a state, most likely
           for f in written_forms(draft)) and not all(Signal.SHOUTED in o.signals for o in draft.occurrences) \
            and Signal.LABEL not in draft.signals:     # 'KOVAL: ...' is a name in a transcript's capitals
        return "organisation"
    if looks_like_person(draft, common) and not all(Signal.TITLE in o.signals for o in draft.occurrences):
        return "person"     # but not a work's title that fills a quotation ('the film "Viva Lundby"')
    return ""


def kind_from_capitals(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A full name printed in capitals ('her successor, ANNA BERG, said') whose first word is a
    known first name is a person's: some transcripts and records print every name so."""
    for form in draft.forms:
        words = form.split()
        if not 2 <= len(words) <= 3 or not all(len(w) > 1 and w.isalpha() for w in words) or not form.isupper() \
                or words[0].casefold() not in FIRST_NAMES or gaz.place(form) \
                or any(w.casefold() in common or gaz.country_of(w.title()) for w in words):
            return ""
    return "person"


def kind_from_given_name(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A known first name and a surname that is also an ordinary word ('Tom Green', 'Anna Such'),
    or a name with a particle inside it ('Joost van der Berg', 'Marta de Lund'), is a person's;
    not a body's or a place's ('Grace Church', 'Port de Lund', 'Walter Energy'), nor one the
    article writes its first word in lower case ('a bill', 'she will')."""
    for form in draft.forms:
        words = form.split()
        first, last = words[0], words[-1]
        if not 2 <= len(words) <= 5 or not NAME_WORD.match(first) or not NAME_WORD.match(last) \
                or first.casefold() in common or first in common or is_plural(last) \
                or any(w.casefold() in BODY_AND_PLACE_HEADS or w.casefold() in P.EVENT_HEADS
                       or w.casefold() in P.TRADE_HEADS or w.casefold() in P.ROLE_HEADS
                       or w.casefold() in P.FUNCTION_WORDS for w in (first, last)) \
                or gaz.place(form, small=True) or gaz.place(first) or gaz.country_of(first) or gaz.country_of(last):
            continue
        inner = words[1:-1]
        particles = [w for w in inner if w in P.NAME_PARTICLES]
        named = all(NAME_WORD.match(w) for w in inner if w not in P.NAME_PARTICLES)
        if named and (particles or len(words) == 2 and first.casefold() in FIRST_NAMES):
            return "person"
    return ""


def kind_from_ruler(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name and a ruler's number ('Henry VIII', 'Tsar Ivan IV') or an epithet after 'the' ('Peter
    the Great', 'Pliny the Elder') is a person's."""
    for form in draft.forms:
        words = form.split()
        names = words[:-2] if len(words) >= 3 and words[-2] == "the" and words[-1].casefold() in P.EPITHETS \
            else words[:-1] if len(words) >= 2 and P.REGNAL_NUMBER.match(words[-1]) else []
        if names and all(NAME_WORD.match(w) and w.casefold() not in BODY_AND_PLACE_HEADS
                         and w.casefold() not in P.EVENT_HEADS for w in names):
            return "person"
    return ""


def kind_from_business(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name no rule before knows with shares or shareholders of its own is a company."""
    if Signal.COMPANY in draft.signals and not any(gaz.place(f) for f in draft.forms):
        return "organisation"
    return ""


def kind_from_speech(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name no other rule knows that the text makes speak ('Lynch said') is an actor: a
    person when it speaks of itself as 'he' or 'she', an organisation when as 'its', else of
    a kind the text leaves open."""
    if Signal.SAYS not in draft.signals or not all(could_name(f, common) for f in draft.forms):
        return ""
    # A sentence's first word is capitalised whatever it is ('Demonstrators said', 'Police
    # say'): a word seen only there is a name when it is no plural and no collective noun.
    if all(o.tokens[0].initial for o in draft.occurrences) and any(
            f.casefold() in P.COLLECTIVE_NOUNS or (f.endswith("s") and not f.endswith("ss"))
            for f in draft.forms):
        return ""
    if Signal.SAYS_OF_SELF in draft.signals:
        return "person"
    return "organisation" if Signal.SAYS_OF_BODY in draft.signals else "other"


def kind_from_life(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name no other rule knows that is born, dies or marries in the text ('Lund was born in
    1950', 'Lund died in May') is a person's; not a plural ('the Vikings married')."""
    if Signal.LIVES in draft.signals and all(could_name(f, common) and not is_plural(f.split()[-1])
                                             for f in draft.forms):
        return "person"
    return ""


def kind_from_party_group(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A chamber's word and a party's plural ('Senate Republicans', 'House Democrats') name the
    party's members in the chamber, who act and speak as one body."""
    if all(len(words) == 2 and words[0] in P.CHAMBER_WORDS and words[1] in P.PARTY_PLURALS
           for words in (f.casefold().split() for f in draft.forms)):
        return "organisation"
    return ""


def kind_from_brand(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """Two words run into one with a capital each that no rule before knows ('YouTube',
    'BuzzFeed', 'JetBlue') are a company's or a service's name: people's names are written so
    only with a particle ('McAdam', 'DeLuca') or run together in a handle ('@AnnaBerg', 'GovLund'),
    and places' only run together ('SanMarino'); a part with no vowel is an address's code."""
    for form in draft.forms:
        parts = BRAND_PARTS.findall(form)
        if " " in form or not BRAND.match(form) or PARTICLE_LEAD.match(form) \
                or any(p.casefold() in FIRST_NAMES or p.casefold() in P.ROLE_HEADS or not VOWEL.search(p)
                       for p in parts) or gaz.place(" ".join(parts)) \
                or any(Signal.HANDLE in o.signals for o in draft.occurrences):
            return ""
    return "organisation"


# Two words run into one, each capitalised ('YouTube', 'JetBlue'), and its parts; not a
# hashtag of three or more ('StopHarbourTolls'), nor letters broken off a word ('GarcA').
BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$")
VOWEL = re.compile(r"[aeiouyAEIOUY]")
BRAND_PARTS = re.compile(r"[A-Z][a-z]*")
# The particles a surname runs together with the rest ('McAdam', 'MacLeod', 'DeLuca', 'VanDyke').
PARTICLE_LEAD = re.compile(r"^(?:Mc|Mac|Fitz|De|Di|Da|Del|Della|Du|La|Le|Van|Vande|Vander|Von|St)[A-Z]")


def kind_from_news_word(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """One word that runs 'news' together with another ('Euronews', 'Newsmax') and is no
    English noun of the news ('Newspaper') names a news outlet."""
    if all(" " not in f and NEWS_WORD.match(f) and f.casefold() not in P.NEWS_NOUNS for f in draft.forms):
        return "organisation"
    return ""


NEWS_WORD = re.compile(r"^(?:News[a-z]{2,}|[A-Z][a-z]+news)$")


def kind_from_institution(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """One capitalised word for a body that the text puts after 'the', 'this', 'our' or the like
    in running text ('the Government said', 'he joined the Navy', 'this Assembly') is the body
    the text has in mind: an organisation."""
    if any(Signal.INSTITUTION in o.signals and not o.tokens[0].initial for o in draft.occurrences) \
            and all(f.casefold() in P.INSTITUTION_WORDS for f in draft.forms):
        return "organisation"
    return ""


def kind_from_preposition(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A name no other rule knows that the text puts things in ('born in Vestby', 'a farm near
    Lundholm') is a place; not a first name ('her faith in Anna'), a people's word, a place of
    belief ('a place in Hell') or a word seen only at a sentence's start."""
    if Signal.IN not in draft.signals or all(o.tokens[0].initial for o in draft.occurrences) \
            or any(f.casefold() in P.BEYOND_MAPS for f in draft.forms):
        return ""
    if any(w.casefold() in FIRST_NAMES or w.casefold() in P.NOT_IN_PERSON_NAMES or w.casefold() in HOLIDAYS
           or ABSTRACT_NOUN.search(w)
           or not could_name(w, common) for f in draft.forms for w in f.split()):
        return ""
    return "place"


def kind_from_route(draft: Draft, common: frozenset[str], gaz: Gazetteer) -> str:
    """A one-word name no other rule knows that the text goes to, comes from or passes through
    ('a ferry from Vestby', 'the road to Lundholm') is a place; not one that owns what follows
    ('a letter from Lund's office'), nor a first name, nor one words of no travel send things to
    or take them from ('a gift to Anna', 'a quote from Lund')."""
    form = draft.forms[0]
    if len(draft.forms) > 1 or " " in form or not form.isalpha():
        return ""
    routed = [o for o in draft.occurrences if Signal.ROUTE in o.signals and Signal.OWNS not in o.signals
              and not o.tokens[0].initial]
    if not routed or form.casefold() in FIRST_NAMES or form.casefold() in P.NOT_IN_PERSON_NAMES \
            or form.casefold() in HOLIDAYS or form.casefold() in P.BEYOND_MAPS \
            or ABSTRACT_NOUN.search(form) or not could_name(form, common) or gaz.country_of(form):
        return ""
    return "place"


KIND_RULES = (kind_from_words, kind_from_titles, kind_from_context, kind_from_team, kind_from_gazetteer,
              kind_from_shape, kind_from_capitals, kind_from_given_name, kind_from_ruler, kind_from_business,
              kind_from_party_group, kind_from_brand, kind_from_news_word, kind_from_institution, kind_from_life,
              kind_from_speech, kind_from_preposition, kind_from_route)
# What each rule read, as an actor's page and the export say why it has its kind.
KIND_REASONS = {
    "kind_from_words": "the words of its name",
    "kind_from_titles": "a title or role beside it",
    "kind_from_context": "the words around it",
    "kind_from_team": "a town's name that plays a match or has players",
    "kind_from_gazetteer": "a place or short form the gazetteer knows",
    "kind_from_shape": "the shape of its name",
    "kind_from_capitals": "a first name in a full name printed in capitals",
    "kind_from_given_name": "a first name or a particle in its name",
    "kind_from_ruler": "a ruler's number or epithet",
    "kind_from_business": "a company's shares or shareholders beside it",
    "kind_from_life": "it is born, dies or marries in the text",
    "kind_from_speech": "it speaks in the text",
    "kind_from_party_group": "a chamber's word and a party's plural",
    "kind_from_brand": "a capital inside its one word",
    "kind_from_news_word": "'news' in its one word",
    "kind_from_institution": "a body's word after 'the', 'this' or 'our'",
    "kind_from_preposition": "the text puts something in it",
    "kind_from_route": "the text goes to it or comes from it",
}


# Words that end or begin a body's or a state's name, which alone are its short form ('the FBI
# and State'), not a name of their own.
NAME_HEADS = P.ORG_HEADS | P.PLACE_HEADS | P.STATE_WORDS
LIST_KINDS = frozenset(("organisation", "place"))
"""The kinds a list passes on to a name no rule knows."""


def kinds_from_lists(drafts: list[Draft], units: list[list[Token]]) -> None:
    """Names listed together are of one kind ('Norvik Corp, Lundby and Vesta', 'from Lund or
    Harstad'): a name no rule knows takes the kind of the bodies or places it is listed with; a
    country's adjective ('Thai and Lao') is a people's word, listed or not."""
    unknown = {id(d) for d in drafts if d.kind in ("", "other") and not any(
        w.casefold() in FIRST_NAMES or w.casefold() in P.NOT_IN_PERSON_NAMES or ABSTRACT_NOUN.search(w)
        or w.casefold() in NAME_HEADS for f in d.forms for w in f.split())
        and not any(" " not in f and gazetteer().country_of(f) and not place_of_that_name(f, gazetteer()) for f in d.forms)}
    if not unknown:
        return
    kinds: dict[int, set[str]] = {}
    where = {o.tokens[0].unit for d in drafts if id(d) in unknown for o in d.occurrences}
    for chain in name_lists(drafts, units, where):
        listed = {d.kind for d in chain if d.kind and d.kind != "other"}
        for d in chain:
            if id(d) in unknown:
                kinds.setdefault(id(d), set()).update(listed)
    for draft in drafts:
        listed = kinds.get(id(draft), set())
        if len(listed) == 1 and listed <= LIST_KINDS:
            draft.kind, draft.kind_reason = listed.pop(), "the names it is listed with"


def name_lists(drafts: list[Draft], units: list[list[Token]], where: set[int]) -> list[list[Draft]]:
    """The lists of names the text writes in the units numbered in where, each a list of drafts
    in order. A comma alone lists nothing ('In Lund, Norvik said'): a list ends with 'and' or 'or'."""
    placed = sorted((o.tokens[0].unit, o.tokens[0].index, o.tokens[-1].index, i)
                    for i, d in enumerate(drafts) for o in d.occurrences
                    if o.tokens[0].unit in where and o.tokens[0].unit < len(units))
    lists = []
    chain: list[Draft] = []
    joined = False
    for (unit, first, _, i), before in zip(placed, [None] + placed[:-1]):
        gap = [t.text for t in units[unit][before[2] + 1:first]] if before and before[0] == unit else None
        if gap in LIST_GAPS:
            chain.append(drafts[i])
            joined = joined or gap[-1] != ","
            continue
        if joined:
            lists.append(chain)
        chain, joined = [drafts[i]], False
    if joined:
        lists.append(chain)
    return lists


def clubs_in_match_reports(drafts: list[Draft], units: list[list[Token]], gaz: Gazetteer) -> None:
    """In a report of matches (a score or a margin somewhere), a town's name that is 'their' own
    or has a player's name after it ("Norvik's Jo Lind") is its club, and so is a name no rule
    knows; a country stays the country. A story of sport with no score (a coach, a striker)
    makes clubs of towns only: 'the Apostles' of a life of a saint are no side."""
    towns = [d for d in drafts if d.kind == "place" and Signal.SIDE in d.signals and not any(
        gaz.country_of(f) or f in P.HOME_NATIONS or f in P.REGIONS for f in d.forms)]
    unknown = [d for d in drafts if not d.kind and d.signals & {Signal.SIDE, Signal.THE_PLURAL}
               and all(could_be_side(f, gaz) for f in d.forms)]
    if not towns and not unknown:
        return
    scored = any(scored_sentences(tokens) for tokens in units)
    sport = scored or bool(towns) and any(t.lower in P.TEAM_ROLES for tokens in units for t in tokens)
    sides = (towns if sport else []) + (unknown if scored else [])
    if not sides:
        return
    for draft in sides:
        draft.kind, draft.kind_reason = "organisation", KIND_REASONS["kind_from_team"]
    # 'title rivals Lund, Vestby and Norvik': towns listed with a side are sides too.
    playing = [d for d in drafts if d.kind == "organisation" and d.signals & PLAYS]
    for chain in name_lists(drafts, units, {o.tokens[0].unit for d in playing for o in d.occurrences}):
        if any(d.kind == "organisation" and d.signals & PLAYS for d in chain):
            for draft in chain:
                if draft.kind == "place" and Signal.LOCATIVE not in draft.signals and not any(
                        gaz.country_of(f) or f in P.HOME_NATIONS or f in P.REGIONS for f in draft.forms):
                    draft.kind, draft.kind_reason = "organisation", KIND_REASONS["kind_from_team"]


PLAYS = frozenset((Signal.TEAM, Signal.SIDE, Signal.SCORE_LINE, Signal.SCORED, Signal.THE_PLURAL))
"""What the text says of a side that plays."""


def could_be_side(form: str, gaz: Gazetteer) -> bool:
    """A name no rule knows that may be a side's ('the Herons', "Norvik's Jo Lind"): not a
    people's name ('the Americans', 'the Scots', 'North Africans'), a party's or a group's."""
    return not (gaz.country_of(form) or gaz.country_of(form.removesuffix("s")) or form.casefold() in P.COLLECTIVE_NOUNS
                or form.removesuffix("s") in P.DEMONYM_NOUNS
                or any(w.casefold() in P.NOT_IN_PERSON_NAMES for w in form.split()))


def could_name(form: str, common: frozenset[str]) -> bool:
    """Words that may be a name: capitalised name words, none a title or a common word."""
    words = form.split()
    # A particle inside a name ('Osama bin Laden', 'Ursula von der Leyen') is part of it.
    inner = set(words[1:-1]) & P.NAME_PARTICLES
    return bool(words) and all(w in inner or (
        (NAME_WORD.match(w) or (w.isupper() and w.isalpha() and len(w) > 2))
        and w.casefold() not in common and w.casefold().rstrip(".") not in P.HONORIFICS.keys() | P.ABBREVIATIONS
        and w.casefold() not in P.ROLE_HEADS and w.casefold() not in P.FUNCTION_WORDS
        and w.casefold() not in P.NEVER_NAMES) for w in words)


# --- Linking forms within the article -------------------------------------------------

def merge_into(target: Draft, other: Draft) -> None:
    """Every form and occurrence of other, now target's."""
    for form in other.forms:
        if form not in target.forms:
            target.forms.append(form)
    target.occurrences.extend(other.occurrences)


def link_short_forms(drafts: list[Draft], common: frozenset[str]) -> list[Draft]:
    """A surname or shorter name joins the one person whose fuller name ends with it."""
    tails: dict[tuple[str, ...], dict[int, Draft]] = {}

    def register(person: Draft, form: str) -> None:
        words = tuple(form.split())
        if len(words) > 2 and words[-1].strip(".").casefold() in GENERATIONS:
            words = words[:-1]      # 'Berg' may be Tom Berg Jr.'s surname too
        for size in range(1, len(words)):
            tails.setdefault(words[-size:], {})[id(person)] = person
        # 'Anna Berg' and 'Otto Berg' are 'Anna Maria Otto Berg' without some of her given names.
        for given in words[:-2]:
            if given[:1].isupper():
                tails.setdefault((given, words[-1]), {})[id(person)] = person

    for person in (d for d in drafts if d.kind == "person" or country_first_name(d)):
        for form in person.forms:
            register(person, form)
    merged: set[int] = set()
    # Longest names first, so 'Alicia Machado' joins its fuller form before 'Machado' is read.
    for draft in sorted(drafts, key=lambda d: -max(len(f.split()) for f in d.forms)):
        words = tuple(max(draft.forms, key=lambda f: len(f.split())).split())
        # A transcript's label in capitals ('PENCE:') is the surname the text writes 'Pence'.
        shouted = tuple(w.title() for w in words) if all(w.isupper() for w in words) else words
        fuller = [p for p in {**tails.get(words, {}), **tails.get(shouted, {})}.values()
                  if p is not draft and id(p) not in merged]
        if len(fuller) > 1 and draft.kind in ("person", "other"):
            share_surname(draft, fuller)
            if draft.kind_reason == KIND_REASONS["kind_from_life"]:
                # 'Berg died' beside Anna and Tom Berg: one of them died, which the text does not say.
                draft.kind, draft.kind_reason = "", ""
            if draft.kind == "person":
                if not draft.occurrences:
                    merged.add(id(draft))
                continue
        if len(fuller) == 1 and stated_genders(draft) | stated_genders(fuller[0]) in ({"male", "female"},):
            continue    # 'Mr. Obama' is not 'the first lady, Michelle Obama'
        if len(fuller) == 1 and other_office(draft, fuller[0]):
            continue    # 'Secretary Berg' is not 'President Tom Berg'
        if len(fuller) == 1 and (draft.kind in ("person", "", "other") or could_be_surname(draft)):
            if fuller[0].kind != "person" and draft.kind != "person":
                continue    # 'Chad Bown' is a person only once 'Bown' is one ('Mr. Bown')
            if fuller[0].kind != "person":
                fuller[0].kind, fuller[0].kind_reason = "person", "its surname alone names a person"
            merge_into(fuller[0], draft)
            merged.add(id(draft))
        elif fuller and draft.kind == "other":
            merged.add(id(draft))   # 'Clinton said' beside two Clintons: no actor of its own
            for key in tails.values():
                if id(draft) in key:
                    del key[id(draft)]
                    key[id(fuller[0])] = fuller[0]
    # 'his wife, Ana' beside 'Ana Lund' may be she or another Ana: no actor of its own.
    first_words = {d.forms[0].split()[0] for d in drafts if d.kind == "person" and " " in d.forms[0]}
    merged |= {id(d) for d in drafts if d.kind == "person" and Signal.KIN in d.signals
               and all(" " not in f for f in d.forms) and d.forms[0] in first_words}
    kept = [d for d in drafts if id(d) not in merged]
    kept = link_fuller_organisations(kept)
    return [d for d in kept if (d.kind in ACTOR_KINDS and (d.kind != "person" or person_named_well(d, common))
                                or (d.kind == "" and unkinded_name(d, common)))
            and not all(gazetteer().demonyms.get(f) and not gazetteer().place(f) for f in d.forms)]


def link_titled_surnames(drafts: list[Draft]) -> list[Draft]:
    """A surname a title or role makes a person's ('Chairman Stone') that ends the one full name
    of the article no rule gave a kind ('our chairman, Ingvar Stone', where 'Ingvar' is no first
    name the vocabulary knows and 'stone' an ordinary word) is that person, and the full name a
    person's."""
    titled = {d.forms[0] for d in drafts if d.kind == "person" and len(d.forms) == 1 and " " not in d.forms[0]
              and d.signals & {Signal.ROLE, Signal.HONORIFIC}}
    if not titled:
        return drafts
    tails: dict[str, list[Draft]] = {}
    for draft in drafts:
        for form in draft.forms:
            words = form.split()
            if draft.kind in ("person", "") and 2 <= len(words) <= 3 and words[-1] in titled \
                    and all(NAME_WORD.match(w) for w in words):
                tails.setdefault(words[-1], []).append(draft)
    kept = []
    for draft in drafts:
        fuller = list({id(d): d for d in tails.get(draft.forms[0], ())}.values())
        if draft.kind == "person" and draft.forms[0] in titled and len(draft.forms) == 1 \
                and len(fuller) == 1 and fuller[0].kind == "":
            fuller[0].kind, fuller[0].kind_reason = "person", "its surname alone names a person"
            merge_into(fuller[0], draft)
            continue
        kept.append(draft)
    return kept


def link_name_orders(drafts: list[Draft]) -> list[Draft]:
    """Two people's names of two words that are each other's words in the other order ('Sato
    Aiko', 'Aiko Sato'), or the same words but for their accents ('Aikō Sato'), are one person:
    Japanese, Chinese, Korean and Hungarian put the family name first, and an article that
    gives both orders or both spellings names one person."""
    by_words: dict[tuple[str, ...], Draft] = {}
    kept = []
    for draft in drafts:
        keys = {tuple(sorted(place_key(f).split())) for f in draft.forms if len(f.split()) == 2} \
            if draft.kind == "person" else set()
        known = next((by_words[k] for k in keys if k in by_words), None)
        if known is not None and known is not draft:
            merge_into(known, draft)
            continue
        for key in keys:
            by_words.setdefault(key, draft)
        kept.append(draft)
    return kept


def link_first_names(drafts: list[Draft]) -> list[Draft]:
    """A name word alone that begins the full name of one person of the article ('Anna said so'
    beside 'Anna Lund') is that person; a first name that begins no one's is a person of its own;
    where two people's names begin with it, which of them it is the text does not say, and it is
    no actor of its own."""
    firsts: dict[str, list[Draft]] = {}
    for person in (d for d in drafts if d.kind == "person"):
        for word in {f.split()[0] for f in person.forms if " " in f}:
            firsts.setdefault(word, []).append(person)
    kept = []
    for draft in drafts:
        form = draft.forms[0]
        people = firsts.get(form, [])
        if len(people) == 1 and town_first_name(draft):
            merge_into(people[0], draft)
        elif draft.kind != "" or len(draft.forms) > 1 or not people and form.casefold() not in FIRST_NAMES:
            kept.append(draft)
        elif len(people) == 1:
            merge_into(people[0], draft)
        elif not people:
            draft.kind, draft.kind_reason = "person", "a first name"
            kept.append(draft)
    return kept


def town_first_name(draft: Draft) -> bool:
    """A first name that only the gazetteer made a town ('Sam', 'George'), which nothing in the
    text puts anything in or sends anywhere: beside 'Sam Lund' it is Sam Lund."""
    form = draft.forms[0]
    return draft.kind == "place" and draft.kind_reason == KIND_REASONS["kind_from_gazetteer"] \
        and len(draft.forms) == 1 and form.casefold() in FIRST_NAMES and not gazetteer().country_of(form) \
        and not draft.signals & {Signal.LOCATIVE, Signal.PLACE_CHAIN, Signal.PLACE_NOUN}


def link_routed_short_forms(drafts: list[Draft]) -> list[Draft]:
    """A one-word name only a preposition made a place ('a trip to Norvik') that begins the name
    of one body or place of the article ('Norvik University') is that body or place."""
    routed = KIND_REASONS["kind_from_route"]
    kept = []
    for draft in drafts:
        if draft.kind_reason == routed:
            fuller = [d for d in drafts if d.kind in ("organisation", "place") and d is not draft
                      and any(f.split()[0] == draft.forms[0] and " " in f for f in d.forms)]
            if len(fuller) == 1:
                merge_into(fuller[0], draft)
                continue
        kept.append(draft)
    return kept


PLACE_SHARE = 0.7
"""The share of an article's actors that are places above which it names mostly places."""
MIX_SIZE = 15
"""How many actors an article names at least for its mix to tell its genre: a short report
naming two towns and a person is no guide to a region."""


def places_by_the_mix(drafts: list[Draft]) -> None:
    """In a text whose actors are mostly places (a travel guide, a walk through a town), a one-word
    name no rule knows is a place too; not a people's or a faith's word, a first name, a plural,
    nor a word that ends names ('the Hall', 'the Treaty'), which alone is no name of its own."""
    kinds = [d.kind for d in drafts if d.kind in ACTOR_KINDS]
    if len(kinds) < MIX_SIZE or kinds.count("place") < PLACE_SHARE * len(kinds):
        return
    for draft in drafts:
        word = draft.forms[0].casefold()
        if draft.kind == "" and word not in P.NOT_IN_PERSON_NAMES and word not in FIRST_NAMES \
                and word not in NAME_HEADS and word not in P.EVENT_HEADS \
                and not ABSTRACT_NOUN.search(word) and not is_plural(draft.forms[0]):
            draft.kind, draft.kind_reason = "place", "a text that names mostly places"


def names_sent_to(drafts: list[Draft], units: list[list[Token]], common: frozenset[str]) -> None:
    """A one-word name no rule knows that the text sends something to or takes from ('a letter
    to Lund', 'a quote from Lund', 'an hour from Vestby') is an actor's: a place in a text that names
    more places than other actors, else a person. The first word of another name of the article
    ('Vestby Island', 'Vestby Observatory') and the surname of a person it names in full stay as
    the text left them, as do a plural, an abstract noun, a people's or faith's word, an acronym, and
    a name only ever before what it owns or qualifies ("from Lund's office", 'from Lund satellites')."""
    kinds = [d.kind for d in drafts if d.kind in ACTOR_KINDS]
    kind = "place" if len(kinds) >= MIX_SIZE_SENT and kinds.count("place") >= PLACE_SHARE_SENT * len(kinds) else "person"
    taken = {word for d in drafts if d.kind for f in d.forms if " " in f
             for word in (f.split()[0], f.split()[-1] if d.kind == "person" else "")}
    for draft in drafts:
        form = draft.forms[0]
        sent = any(Signal.LOCATIVE in o.signals and Signal.OWNS not in o.signals and o.stands_alone
                   and not word_after(o, units) for o in draft.occurrences)
        if not draft.kind and len(draft.forms) == 1 and form.isalpha() and not form.isupper() and sent \
                and form not in taken and not is_plural(form) and not ABSTRACT_NOUN.search(form.casefold()) \
                and form.casefold() not in P.NOT_IN_PERSON_NAMES and form.casefold() not in P.BEYOND_MAPS \
                and could_name(form, common):
            draft.kind, draft.kind_reason = kind, "the text sends something to it or takes it from it"


def word_after(occurrence: Occurrence, units: list[list[Token]]) -> bool:
    """Whether a word in lower case that is no grammar word follows a name ('Lund satellites')."""
    last = occurrence.tokens[-1]
    unit = units[last.unit] if last.unit < len(units) else []
    after = unit[last.index + 1] if last.index + 1 < len(unit) else None
    return after is not None and after.text[:1].islower() and after.lower not in P.FUNCTION_WORDS


PLACE_SHARE_SENT = 0.5
"""The share of places among an article's actors from which a name sent to is a place's."""
MIX_SIZE_SENT = 5
"""How many actors an article names at least for its mix to say a name sent to is a place's."""


def unkinded_name(draft: Draft, common: frozenset[str]) -> bool:
    """A one-word name the text gives no kind ('Berg' in 'polls showing Berg ahead', with no
    full name in the article), inside a sentence of running text and not before a person's body
    at least once ('the Berg campaign' names the campaign) and no people's or party member's
    word: kept, without a kind, for the dossier to tell whose name it is."""
    form = written_in_full(draft.forms)
    return (form is not None and form.isalpha() and len(form) > 2 and could_name(form, common)
            and (NAME_WORD.match(form) is not None or form.isupper() and len(form) >= MIN_SHOUTED_NAME)
            and not gazetteer().country_of(form.removesuffix("s"))
            and form.removesuffix("s") not in PARTY_MEMBERS
            and any(Signal.IN_PROSE in o.signals and Signal.BODY_AFTER not in o.signals and not o.tokens[0].initial
                    for o in draft.occurrences))


# Acronyms are mostly of two to four letters ('EU', 'NATO'); a longer word in capitals is a
# name set in capitals ('LUNDAIR'), as some outlets print their own.
MIN_SHOUTED_NAME = 5


def written_in_full(forms: list[str]) -> str | None:
    """The one word a name's forms are, as it is usually written: 'Lundair' for 'Lundair' and
    'LUNDAIR', 'LUNDAIR' where it is only printed so; None for forms of more than one name."""
    if len({form.casefold() for form in forms}) != 1:
        return None
    return next((form for form in forms if not form.isupper()), forms[0])


def share_surname(short: Draft, people: list[Draft]) -> None:
    """A surname two or more people of the article share ('Berg' beside Anna and Tom Berg) is,
    at each place it stands, the one person there its title makes it ('Mrs. Berg', 'Mayor
    Berg' where only Tom Berg is mayor, 'Mrs. Berg' where only Anna Berg is a woman): those
    places become that person's. Where nothing in the text tells them apart, the place stays
    the surname's: which of two people a bare surname means is left open, not guessed."""
    genders = [person_gender(p) for p in people]
    kept = []
    for occurrence in short.occurrences:
        fits = list(range(len(people)))
        stated = stated_genders_of((occurrence.gender,), tuple(occurrence.roles))
        if len(stated) == 1:
            fits = [k for k in fits if genders[k] in ("", *stated)]
        held = offices_named(occurrence.roles)
        if held and len(fits) > 1:
            holders = [k for k in fits if held & offices_named(r for o in people[k].occurrences for r in o.roles)]
            fits = holders or [k for k in fits if not other_office(Draft([], [occurrence]), people[k])]
        if len(fits) == 1:
            people[fits[0]].occurrences.append(occurrence)
        else:
            kept.append(occurrence)
    short.occurrences = kept


def person_gender(person: Draft) -> str:
    """'male' or 'female' where the text or the first name states it, else ''."""
    stated = stated_genders(person)
    first = max(person.forms, key=lambda f: len(f.split())).split()[0].casefold()
    stated |= {"female"} if first in FEMALE_FIRST_NAMES else {"male"} if first in MALE_FIRST_NAMES else set()
    return stated.pop() if len(stated) == 1 else ""


def other_office(short: Draft, full: Draft) -> bool:
    """True when a short form's title names an office and the full name, named with offices
    of its own, holds none of them: another person of that surname."""
    mine = offices_named(r for o in short.occurrences for r in o.roles)
    theirs = offices_named(r for o in full.occurrences for r in o.roles)
    return bool(mine) and bool(theirs) and not mine & theirs


def stated_genders(draft: Draft) -> set[str]:
    """The genders the text gives a draft: courtesy titles ('Mr.') and gendered role words."""
    return stated_genders_of(tuple(o.gender for o in draft.occurrences),
                             tuple(r for o in draft.occurrences for r in o.roles))


def country_first_name(draft: Draft) -> bool:
    """'Chad Bown' said: a country's name before a name word, in a name that speaks, may be a
    first name; it is one once the text calls the person by the second word alone."""
    words = max(draft.forms, key=len).split()
    return (draft.kind == "other" and len(words) == 2 and bool(gazetteer().country_of(words[0]))
            and NAME_WORD.match(words[1]) is not None and not gazetteer().country_of(words[1]))


def could_be_surname(draft: Draft) -> bool:
    """'Clinton' is a town too, but beside 'Hillary Clinton' it is her, unless it is a
    country or a large town the text puts something in."""
    if draft.kind == "organisation":
        # "Rubio Campaign Manager ...", "Roe company losses", "Roe shares", "Roe beat Jackson"
        return draft.signals <= {Signal.EMPLOYER, Signal.SPEAKS, Signal.OWNS, Signal.NOUN_AFTER, Signal.COMPANY,
                                 Signal.TEAM, Signal.SIDE, Signal.THE_PLURAL,
                                 Signal.IN_PROSE, Signal.BODY_AFTER}
    place = gazetteer().place(draft.forms[0])
    return draft.kind == "place" and not (place and (place.country or Signal.IN in draft.signals))


def link_fuller_organisations(drafts: list[Draft]) -> list[Draft]:
    """'Anna Berg Foundation' is the one 'Anna Berg Foundation for the Visual Arts' it begins;
    'Holm-Lund Center' the one 'Per A. Holm-Lund Center' it ends. (A place that begins a
    longer one is another place: 'Lund Space Center Visitor Complex'.)"""
    gaz = gazetteer()

    def extends(short: list[str], form: str, kind: str) -> bool:
        words = form.split()
        if len(words) <= len(short):
            return False
        extra = words[len(short):] if words[:len(short)] == short else (
            words[:-len(short)] if words[-len(short):] == short else None)
        if extra is None:
            return False
        if words[:len(short)] == short:     # 'Fox News' + 'Channel', + 'for the Visual Arts'
            return kind == "organisation" and (extra[0] in ("of", "for", "at") or (
                len(extra) == 1 and extra[0].casefold() in P.ORG_HEADS))
        # 'U.S.' + 'Supreme Court' is the court; 'New York' + 'Democratic Party' is another party,
        # but a body's name of three words or more is seldom another's tail: 'Lund-Berg' +
        # 'Tax Policy Center' is the centre.
        before = " ".join(extra)
        return bool(gaz.country_of(before)) or (kind == "place" or kind == "organisation" and len(short) >= 3) \
            and not gaz.place(before, small=True)

    kept = []
    for draft in drafts:
        words = draft.forms[0].split()
        if draft.kind in ("organisation", "place") and len(words) >= 2:
            fuller = [o for o in drafts if o is not draft and o.kind == draft.kind
                      and any(extends(words, f, draft.kind) for f in o.forms)]
            if len(fuller) == 1:
                merge_into(fuller[0], draft)
                continue
        kept.append(draft)
    return kept


def link_legal_names(drafts: list[Draft], common: frozenset[str]) -> list[Draft]:
    """'Norvik Corp' is also 'Norvik': the name without its legal form is a form of the company,
    and a draft of that name that no rule gave another kind joins it."""
    by_form = {f: d for d in drafts for f in d.forms}
    for draft in [d for d in drafts if d.kind == "organisation"]:
        for form in list(draft.forms):
            words = form.split()
            if len(words) < 2 or words[-1].rstrip(".").casefold() not in P.LEGAL_SUFFIXES:
                continue
            stem = " ".join(words[:-1]).rstrip(",")
            if stem.casefold() in common or stem.casefold() in P.FUNCTION_WORDS:
                continue
            other = by_form.get(stem)
            if other is not None and other is not draft and other.kind in ("", "other", "organisation"):
                merge_into(draft, other)
                drafts = [d for d in drafts if d is not other]
            elif other is None and stem not in draft.forms:
                draft.forms.append(stem)
    return drafts


def person_named_well(draft: Draft, common: frozenset[str]) -> bool:
    """A one-word person stands only with a title, a role, a relative's word, its own "he said"
    or its own birth, death or marriage ('Lund died') to vouch for it, and only when the word
    looks like a name: not 'President', 'Democrat', "I'll" or an ordinary word."""
    if any(len(f.split()) > 1 for f in draft.forms):
        return True
    # 'Mr. King said' is a surname that is also a title: a courtesy title and speech vouch for it.
    titled_speaker = Signal.SAYS in draft.signals and any(o.gender for o in draft.occurrences)
    for form in written_forms(draft):
        lower = form.casefold()
        if ((lower in P.ROLE_HEADS or lower in P.ROLE_MODIFIERS) and not titled_speaker) \
                or lower in P.NOT_IN_PERSON_NAMES \
                or lower.rstrip("s") in P.NOT_IN_PERSON_NAMES or form.lower() in common \
                or not NAME_WORD.match(form) or gazetteer().country_of(form.rstrip("s")):
            return False
    return bool({Signal.HONORIFIC, Signal.ROLE, Signal.SAYS_OF_SELF, Signal.KIN, Signal.LIVES} & draft.signals)


def initials_of(name: str) -> set[str]:
    """Acronyms a name may go by: initials of every word, or of the words that are not grammar."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    every = "".join(w[0] for w in words if w[0].isalpha()).upper()
    content = "".join(w[0] for w in words if w.casefold() not in P.CONNECTORS and w[0].isalpha()).upper()
    capitals = "".join(w[0] for w in words if w.casefold() not in ACRONYM_SKIPS and w[0].isalpha()).upper()
    return {every, content, capitals}


def link_acronyms(drafts: list[Draft]) -> list[Draft]:
    """An acronym joins the one longer name in the article whose initials it spells."""
    kept = []
    for draft in drafts:
        acronyms = [f.replace(".", "") for f in draft.forms if ACRONYM.match(f)]
        known = any(getattr(gazetteer().place(f), "country", False) or f.replace(".", "") in P.SHORT_FORMS
                    for f in draft.forms)
        if acronyms and len(draft.forms) == len(acronyms) and not known:
            # ('U.S.' is the country, never the 'U.S. Senate' whose initials it also spells.)
            targets = [d for d in drafts if d is not draft and d.kind in ("organisation", "place") and any(
                a in initials_of(f) for f in d.forms for a in acronyms if len(f.split()) > 1)]
            if len(targets) == 1:
                merge_into(targets[0], draft)
                continue
        kept.append(draft)
    return kept


def give_pending_roles(drafts: list[Draft], pending: list[UnnamedRole]) -> None:
    """A role stated with no name goes to the first person named in the next two sentences,
    when that person speaks there ("..., Kaja Kallas said"), no other person is named before
    them and they carry no role of their own."""
    firsts = sorted((min(o.tokens[0].sentence for o in d.occurrences), id(d), d)
                    for d in drafts if d.kind == "person")
    for pending_role in pending:
        sentence = pending_role.sentence
        later = [(s, d) for s, _, d in firsts if s >= sentence]
        if not later or later[0][0] > sentence + 2:
            continue
        person = later[0][1]
        mentioned_between = any(o.tokens[0].sentence in range(sentence, later[0][0])
                                for d in drafts if d.kind == "person" and d is not person
                                for o in d.occurrences)
        first = min(person.occurrences, key=lambda o: o.tokens[0].sentence)
        if mentioned_between or any(o.roles for o in person.occurrences) or Signal.SPEAKS not in first.signals:
            continue
        first.roles.append(pending_role.role)
        first.affiliations.append(pending_role.owner)


def give_owners(drafts: list[Draft]) -> None:
    """"Elon Musk's SpaceX": the person is affiliated with the organisation; not so in
    "Trump's RT interview", where the possessive is the interview's."""
    by_form = {f: d for d in drafts for f in d.forms}
    for draft in drafts:
        if draft.kind != "organisation":
            continue
        for occurrence in draft.occurrences:
            owner = by_form.get(occurrence.owner)
            if owner is not None and owner.kind == "person" and occurrence.stands_alone:
                owner.occurrences[0].affiliations.append(draft.forms[0])


def to_mention(draft: Draft, units: list[tuple[int, str]], headline: str) -> Mention | None:
    """The draft as the model's Mention: fullest name, other forms, roles, paragraphs."""
    forms = [f for f in draft.forms if f]
    # Of two forms as long, the one not set in capitals ('Lundair', not 'LUNDAIR').
    name = max(forms, key=lambda f: (len(f.replace(".", "")) if not ACRONYM.match(f) else 0, not f.isupper(),
                                     -forms.index(f)))
    if ACRONYM.match(name) and name.replace(".", "") in P.SHORT_FORMS:
        name = P.SHORT_FORMS[name.replace(".", "")][0]
    aliases = tuple(f for f in forms if f != name)
    roles = tuple(dict.fromkeys(r for o in draft.occurrences for r in o.roles))
    stated = [a for o in draft.occurrences for a in o.affiliations]
    if draft.kind == "person":
        stated += [o.of_name for o in draft.occurrences]
    affiliations = tuple(dict.fromkeys(a for a in stated if a and a != name and a not in forms))
    numbers = {units[o.tokens[0].unit][0] if o.tokens[0].unit < len(units) else 0
               for o in draft.occurrences}
    if any(in_text(f, headline) for f in forms):
        numbers.add(0)
    paragraphs = tuple(sorted(numbers))
    genders = stated_genders(draft) if draft.kind == "person" else set()
    gender = genders.pop() if len(genders) == 1 else ""
    return Mention(name, draft.kind, aliases, roles, affiliations, paragraphs, gender, kind_reason=draft.kind_reason)
