"""Find the quotes, claims, statistics and dated events in one article."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from . import fact_patterns as fp
from .coreference import referred_gender, resolve_description, resolve_pronoun, role_changed, surname
from .dates import DateMention, absolute_dates, relative_dates, vague_dates
from .model import Article, Fact, Mention, Paragraph
from .no_page import SHARE
from .prefilter import may_match
from .slugs import fact_id
from .vocabulary import WRITING_CUES
from .words import word_spans

# A quotation no one is named for is kept only when long enough to be speech, not a title.
MIN_UNATTRIBUTED_WORDS = 8
# The most words a clause closing a quotation may hold to be read as its attribution
# ('an angry Roe retaliated', 'agrees Roe, 30, of Lisbon').
MAX_NAMED_CLAUSE_WORDS = 8
QUOTATION_GAP = "…"   # where an attribution broke a quotation, in the quote's words
# How many paragraphs back 'he' or 'she' may find the last speaker.
PRONOUN_REACH = 2
# Fewer quoted words inside a sentence are a scare quote or a phrase, not a quotation.
MIN_QUOTE_WORDS = 4
# Fewer quoted words do not make a named subject's predicate a claim ('the "storm centre"').
MIN_FRAMED_WORDS = 3
# A quantity phrase shorter than this is read with its clause; a clause longer is left out.
MIN_STATISTIC_WORDS = 3
# Fewer words than this are reported speech only as a quoted name ('called it "absurd"').
MIN_REPORTED_WORDS = 3
MAX_STATISTIC_WORDS = 30
# A longer subject is a clause, not someone's description; one with no comma, no clause of the
# writer's set before it, and no relative clause cut from it, may run longer ('Former Ambassador
# Tom Lund and Harbour News security editor Anna Berg both').
MAX_SUBJECT_WORDS = 14
MAX_UNBROKEN_SUBJECT_WORDS = 20
# Attribution stands near its quotation; longer runs of text are not read for it, nor
# sentences longer than any real one (page debris), which keeps the patterns fast.
MAX_CONTEXT_CHARS = 300
MAX_SENTENCE_CHARS = 1000
# A longer run of capitalised words is a headline's or a title's, not one speaker's name.
MAX_NAME_WORDS = 5
# A longer phrase after 'according to' that names no actor is a clause, not a source.
MAX_ACCORDING_WORDS = 8
# A sentence with at least this share of its longer words capitalised is in title case.
TITLE_CASE_SHARE = 0.7
# Reported words more quoted than this are read as the quotation alone.
QUOTED_SHARE = 0.6


@dataclass(frozen=True)
class Quoted:
    """A span of text in quotation marks: the marks' and the words' offsets."""

    start: int
    end: int
    text_start: int
    text_end: int
    open_end: bool = False
    """True when no mark closes it in this paragraph: it goes on in the next."""


@dataclass(frozen=True)
class Said:
    """Who said something, by what verb, read from the words around it."""

    speakers: tuple[str, ...]
    cue: str
    cue_at: int
    """Offset of the cue in the paragraph: dates nearest to it date the statement."""
    pronoun: bool = False
    """True when the speaker was a pronoun resolved to an earlier speaker."""
    note: str = ""
    """Why no speaker was given, when the words naming one were read and left open."""


@dataclass(frozen=True)
class Claim:
    """Reported words in a paragraph: where they stand, who said them, and their sentence."""

    start: int
    end: int
    said: Said
    sentence: tuple[int, int]
    """The span of the sentence they were read in."""


def find_facts(article: Article, mentions: tuple[Mention, ...]) -> tuple[Fact, ...]:
    """Quotes and claims with their speakers, statistics, and dated events of one article."""
    names = Names(mentions, article)
    facts: list[Fact] = []
    last_speakers: tuple[str, ...] = ()
    last_at = -9
    inside = False
    for paragraph in article.paragraphs:
        quotes = quoted_spans(paragraph.text, inside)
        inside = bool(quotes) and quotes[-1].open_end
        # A quotation opening a paragraph carries on the speaker of the paragraph just before;
        # a pronoun may reach one paragraph further (a caption or aside in between).
        gap = paragraph.number - last_at
        found, speakers = paragraph_facts(article, paragraph, quotes, names,
                                          last_speakers if gap == 1 else (),
                                          last_speakers if gap <= PRONOUN_REACH else ())
        signer = signed_below(names, paragraph.number) if quotes else ()
        if signer:
            # The signature names who said them, over a speaker carried on from a paragraph before.
            found = [replace(f, speakers=signer, cue="-", speaker_note="") if f.kind == "quote" and not f.cue
                     else f for f in found]
            speakers = signer
        facts.extend(found)
        if speakers:
            last_speakers, last_at = speakers, paragraph.number
        # 'Lund went on:' carries its speaker to the quotation below; a colon clause naming no
        # one carries none, unless the paragraph's own words named their speaker ('Roe said that:').
        introduced = introduced_speakers(paragraph, names, last_speakers)
        if introduced or introduced == () and not speakers:
            last_speakers, last_at = introduced, paragraph.number
    facts.extend(headline_facts(article, names))
    facts.extend(caption_facts(article))
    return merge_repeats(facts)


def introduced_speakers(paragraph: Paragraph, names: Names, earlier: tuple[str, ...]) -> tuple[str, ...] | None:
    """Who a paragraph ending in a colon introduces as the speaker of the next ('Lund went on:',
    'Said Berg:', 'Berg, in a statement:'): the subject of its last clause, or () when that names
    no actor, so the quotation below never goes to an earlier speaker. None for any other paragraph."""
    text = paragraph.text.rstrip()
    if not text.endswith(":"):
        return None
    quotes = quoted_spans(text)
    spans = sentences(text, quotes)
    start = max([spans[-1][0] if spans else 0] + [q.end for q in quotes])
    intro = text[start:-1].strip(" ,")
    inverted = fp.INVERTED_INTRODUCTION.match(intro)
    subject = sentence_subject(intro)
    who = inverted.group("who") if inverted else subject.group("who") if subject else intro
    if not who.strip() or len(who.split()) > MAX_SUBJECT_WORDS:
        return ()
    return names.speaking(speakers_of(who, names, paragraph.number, earlier, start + text[start:].find(who))[0])


def signed_below(names: Names, number: int) -> tuple[str, ...]:
    """Who signs the quotations of a paragraph in the paragraph right after it, when that one is
    a signature alone ('- Jane Roe.', '— Sen. Tom Lund, after the vote.'), or ()."""
    signature = fp.SIGNATURE_LINE.match(names.numbered.get(number + 1, ""))
    if not signature:
        return ()
    return names.speaking(speakers_of(signature.group("who"), names, number + 1, ())[0])


# --- names --------------------------------------------------------------------------

class Names:
    """An article's mentions, looked up by the words a sentence names a speaker with."""

    def __init__(self, mentions: tuple[Mention, ...], article: Article | None = None):
        self.mentions = mentions
        self.article = article
        paragraphs = tuple(p.text for p in article.paragraphs) if article else ()
        self.paragraphs = paragraphs
        self.text = "\n".join(paragraphs)
        self.genders: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.surnames: dict[str, list[Mention]] = {}
        shared: set[str] = set()
        for mention in mentions:
            for form in (mention.name, *mention.aliases):
                for spelling in apostrophes(form):
                    if self.exact.setdefault(spelling, mention.name) != mention.name:
                        shared.add(spelling)
            if len(mention.name.split()) > 1 and mention.kind in ("person", "other"):
                for spelling in apostrophes(surname(mention.name)):
                    self.surnames.setdefault(spelling, []).append(mention)
        # An alias two people share ('Berg') names neither by itself: it is read as a surname.
        for spelling in shared - {m.name for m in mentions}:
            del self.exact[spelling]
        for head, papers in publication_heads(mentions).items():
            if len(papers) == 1 and head not in self.exact:
                self.exact[head] = papers[0]
        self.forms = sorted(self.exact, key=len, reverse=True)
        self.last_words = {spelling for mention in mentions if len(mention.name.split()) > 1
                           for spelling in apostrophes(surname(mention.name))}
        self.kinds = {mention.name: mention.kind for mention in mentions}
        self.roles = [(role.casefold(), mention.name) for mention in mentions for role in mention.roles
                      if len(role) > 3]
        self.numbered = {p.number: p.text for p in article.paragraphs} if article else {}
        self.forms_in: dict[int, list[str]] = {}
        self.unlisted: dict[str, str] = {}
        """Full names no actor holds that spoke earlier in the text, by their last word ('' when
        two share it): a later 'Mr. Gao' or 'Gao' is that speaker."""

    def spoke_unlisted(self, name: str) -> None:
        """Remember a full name no actor holds, read as a speaker, for the surname that follows it."""
        words = name.split()
        if len(words) < 2 or words[0].rstrip(".").lower() in fp.TITLE_FORMS:
            return
        last = words[-1]
        if self.unlisted.setdefault(last, name) != name:
            self.unlisted[last] = ""

    def named(self, text: str, paragraph: int, earlier: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
        """Every mention text names, with its span: full names and aliases, then surnames."""
        found: list[tuple[int, int, str]] = []
        for form in self.forms_within(text, paragraph):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                whole = (at == 0 or not is_name_char(text[at - 1])) and (end == len(text) or not is_name_char(text[end]))
                # 'Mr. Roe' where Roe is also read as a place: the title says a person is meant,
                # whom the surname names, if it names one.
                titled_place = self.kinds.get(self.exact[form]) == "place" \
                    and bool(fp.PERSONAL_TITLE_BEFORE.search(text, max(0, at - 16), at))
                if whole and not titled_place and not any(s < end and at < e for s, e, _ in found):
                    found.append((at, end, self.exact[form]))
                at = text.find(form, at + 1)
        for run in fp.NAME_RUN.finditer(text):
            if any(s < run.end() and run.start() < e for s, e, _ in found):
                continue
            last = run.group(0).split()[-1]
            chosen = self.by_surname(last, paragraph, earlier)
            if chosen:
                found.append((run.start(), run.end(), chosen))
        return sorted(found)

    def forms_within(self, text: str, paragraph: int) -> list[str]:
        """The forms that may stand in a text: those its paragraph holds, when it is part of one."""
        # A paragraph is read in many pieces; looking for every form once per paragraph spares
        # looking for every form in every piece.
        whole = self.numbered.get(paragraph, "")
        if text not in whole:
            return self.forms
        if paragraph not in self.forms_in:
            self.forms_in[paragraph] = [form for form in self.forms if form in whole]
        return self.forms_in[paragraph]

    def by_surname(self, surname: str, paragraph: int, earlier: tuple[str, ...] = ()) -> str:
        """The person a bare surname stands for: the one named most recently before it, or,
        when two were named as recently, the one who spoke just before, else the one the
        text introduced first."""
        candidates = self.surnames.get(surname, [])
        # Most capitalised words a sentence holds are no one's surname: none to weigh.
        if not candidates:
            return ""
        if len(candidates) == 1:
            return candidates[0].name
        latest = [(max((p for p in m.paragraphs if p <= paragraph), default=-1), m.name) for m in candidates]
        latest.sort(reverse=True)
        if len(latest) > 1 and latest[0][0] > latest[1][0]:
            return latest[0][1]
        # 'Tom Berg ... with his sister Anna Berg. ... "...," Berg said': a writer
        # calls two people by one surname only where the one who has the floor is meant.
        speaking = [name for at, name in latest if at == latest[0][0] and name in earlier]
        if len(speaking) == 1:
            return speaking[0]
        return self.introduced_first([name for at, name in latest if at == latest[0][0]])

    def introduced_first(self, namesakes: list[str]) -> str:
        """Of people who share a surname, the one the text names in full a paragraph before
        any other ('Tom Berg, a ferry captain, ...' / '... with his wife, Anna Berg. ... Berg
        said'): a story calls the person it is about by the bare surname and a namesake met
        later by the full name. '' where two are introduced together ('Anna Berg met Ola Berg')."""
        found = sorted((self.text.count("\n", 0, at), name) for name in namesakes if (at := self.text.find(name)) >= 0)
        return found[0][1] if len(found) == len(namesakes) > 1 and found[0][0] < found[1][0] else ""

    def pronoun(self, paragraph: int, at: int) -> str:
        """The person a 'he' or 'she' at a place in a paragraph stands for, or ''."""
        if self.article is None or at < 0:
            return ""
        text = next((p.text for p in self.article.paragraphs if p.number == paragraph), "")
        while at < len(text) and not text[at].isalnum():
            at += 1
        person = resolve_pronoun(self.article, self.mentions, paragraph, at)
        word = re.match(r"\w+", text[at:])
        if person is None or not word or self.gender(person.name) not in ("", word.group(0).lower()):
            return ""
        return person.name

    def named_before(self, paragraph: int, at: int, pronoun: str) -> list[str]:
        """The people a paragraph names before a 'he' or 'she' at a place in it, outside
        quotation marks, as subjects (not after a preposition or a verb, nor possessive), who
        may be of that pronoun's gender."""
        if self.article is None or at < 0:
            return []
        text = next((p.text for p in self.article.paragraphs if p.number == paragraph), "")[:at]
        for quote in quoted_spans(text):
            text = text[:quote.start] + " " * (quote.end - quote.start) + text[quote.end:]
        people = []
        object_end = -1
        # '..., she joked about leaving if Lund is elected. ... "...," she said': the paragraph
        # spoke of a 'she' before naming anyone, so the pronoun goes on with that person.
        pronoun_at = re.search(rf"\b{pronoun}\b", text, re.IGNORECASE) if pronoun else None
        for start, end, name in self.named(text, paragraph):
            if pronoun_at and pronoun_at.start() < start:
                break
            # 'allies of Tom Lund and Anna Berg': a name joined to an object is one too;
            # so is one a verb has just before it ('The senator criticized Lund').
            if fp.AFTER_PREPOSITION.search(text[:start]) or fp.POSSESSIVE_ENDING.match(text, end) or (
                    object_end >= 0 and fp.JOINED_NAME.fullmatch(text[object_end:start])) \
                    or fp.AFTER_VERB.search(text, max(0, start - 60), start):
                object_end = end
            elif self.kind(name) == "person" and self.gender(name) in ("", pronoun):
                people.append(name)
        return list(dict.fromkeys(people))

    def subject_before(self, paragraph: int, at: int, pronoun: str) -> str:
        """The person who speaks as the subject of the sentence just before the quotation a
        'he' or 'she' at a place in a paragraph follows ('Roe said the talks failed. "...,"
        she said'), when that person may be of the pronoun's gender, or ''."""
        if self.article is None or at < 0:
            return ""
        text = self.numbered.get(paragraph, "")[:at]
        quotes = quoted_spans(text)
        if not quotes or text[quotes[-1].end:].strip(" ,"):
            return ""
        before = text[:quotes[-1].start].rstrip()
        spans = sentences(before, quoted_spans(before))
        if not spans or not before.endswith((".", "!", "?")):
            return ""
        sentence = before[spans[-1][0]:spans[-1][1]]
        # A sentence with a quotation of its own has a speaker the quotation rules give.
        if fp.OPENING.search(sentence):
            return ""
        speaking = {name for reported in reported_in(sentence)
                    for name in speakers_of(reported.who, self, paragraph, ())[0]}
        if len(speaking) != 1:
            return ""
        person = speaking.pop()
        return person if self.kind(person) == "person" and self.gender(person) in ("", pronoun) else ""

    def described(self, paragraph: int, at: int, head: str, words: tuple[str, ...] = ()) -> str:
        """The person a description at a place in a paragraph stands for ('the Oregon senator'), or ''."""
        if self.article is None:
            return ""
        person = resolve_description(self.article, self.mentions, paragraph, at, head.casefold(), words)
        return person.name if person else ""

    def role_changed(self, name: str, head: str, description: str) -> bool:
        """True when the text gives that person the description's role only with a word that
        makes it another ('vice', 'former') which the description does not have."""
        mention = next((m for m in self.mentions if m.name == name), None)
        if self.article is None or mention is None:
            return False
        return role_changed(self.article, mention, head.casefold(), tuple(description.split()))

    def gender(self, name: str) -> str:
        """'he' or 'she' as the article refers to a person ('Mrs. Roe', 'Berg said he'), or ''."""
        if name not in self.genders:
            mention = next((m for m in self.mentions if m.name == name), None)
            forms = (name, *mention.aliases) if mention else (name,)
            self.genders[name] = referred_gender(self.text, forms)
        return self.genders[name]

    def in_other_letters(self, words: str) -> str:
        """The actor whose name or alias the words are in other capitals ('police' for
        'Police'), or the words themselves."""
        folded = words.casefold()
        return next((name for form, name in self.exact.items() if form.casefold() == folded), words)

    def kind(self, name: str) -> str:
        """The kind of the mention of that name."""
        return self.kinds.get(name, "")

    def speaking(self, found: tuple[str, ...]) -> tuple[str, ...]:
        """Those of the named who are not places: a place does not speak a line of a transcript."""
        return tuple(n for n in found if self.kind(n) != "place")

    def by_role(self, text: str) -> str:
        """The one mention whose stated role the text uses ('the foreign policy chief')."""
        folded = text.casefold()
        found = {name for role, name in self.roles if word_spans(folded, (role,))}
        return found.pop() if len(found) == 1 else ""


def publication_heads(mentions: tuple[Mention, ...]) -> dict[str, list[str]]:
    """The papers an article names in full, by the last word they are called by ('Times')."""
    papers: dict[str, list[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.kind in ("organisation", "other") and len(words) > 1 and words[-1] in fp.PUBLICATION_HEADS:
            papers.setdefault(words[-1], []).append(mention.name)
    return papers


def heads_of(core: str, names: Names, number: int, earlier: tuple[str, ...] = ()) -> list[str]:
    """In each conjunct of a subject, the last name that is neither possessive nor after a
    preposition; conjuncts split at 'and' outside names ('Centre for Tides and ...')."""
    named = names.named(core, number, earlier)
    breaks = [m.start() for m in fp.CONJUNCTION_AND.finditer(core)
              if not any(s <= m.start() < e for s, e, _ in named)] + [len(core)]
    speakers = []
    begin = 0
    for stop in breaks:
        conjunct = core[begin:stop].strip()
        # 'They checked the Lund Courier and found': a pronoun is the subject, names its objects.
        if fp.PRONOUN_SUBJECT.match(conjunct):
            begin = stop
            continue
        heads = [name for start, end, name in named if begin <= start < stop
                 and not fp.POSSESSIVE_ENDING.match(core, end)
                 # 'A Roe campaign official', 'Lund aides': a person's name says whose
                 # they are ('a State Department official' speaks for the department).
                 and not (names.kind(name) == "person" and fp.AFFILIATE_AFTER.match(core, end))
                 and not fp.AFTER_PREPOSITION.search(core[begin:start])
                 # A place speaks only as the whole subject ('China said'), not as a
                 # modifier ('the Lisbon shipowner said', 'Kent Gov. X said').
                 and (names.kind(name) != "place" or fp.SUBJECT_OPENER.sub("", conjunct) == core[start:end])]
        if heads:
            speakers.append(heads[-1])
        begin = stop
    return speakers


def apostrophes(name: str) -> tuple[str, ...]:
    """A name as pages spell it with either apostrophe ('O’Neill', "O'Neill")."""
    return tuple(dict.fromkeys((name, name.replace("’", "'"), name.replace("'", "’"))))


@lru_cache(maxsize=1)
def sentence_words(sentence: str) -> frozenset[str]:
    """The lower-case words of a sentence, its punctuation aside; the last sentence's are kept,
    since the rules for reported speech read one sentence in turn."""
    return frozenset(fp.PUNCTUATION_TO_SPACE.sub(" ", sentence.lower()).split())


def cue_free(text: str, cues: frozenset[str] = fp.CUE_WORDS) -> bool:
    """True when no word of the text can be a cue: most sentences, spared every pattern."""
    return cues.isdisjoint(fp.PUNCTUATION_TO_SPACE.sub(" ", text.lower()).split())


def speech_free(text: str) -> bool:
    """True when no word of the text can be a verb of speech of its own: a capitalised word
    past the first is a name's ('the United States', 'The Washington Post'), not a cue."""
    words = fp.PUNCTUATION_TO_SPACE.sub(" ", text).split()
    return fp.CUE_WORDS.isdisjoint(w.lower() for i, w in enumerate(words) if i == 0 or not w[:1].isupper())


def is_name_char(char: str) -> bool:
    """A character that may continue a name, so a match ending before it is no whole name."""
    return char.isalnum() or char in "-_"


def speakers_of(who: str, names: Names, number: int, earlier: tuple[str, ...], at: int = -1
                ) -> tuple[tuple[str, ...], bool]:
    """The mentions a subject phrase names as speaking, and whether a pronoun stood for them.

    English puts the head of a noun phrase last ('Norland's Defence Minister Anna
    Berg'), so in each conjunct the last name that is neither possessive nor the
    object of a preposition is the speaker; a role stands in when no name does.
    """
    lead = len(who) - len(who.lstrip(" ,—–-"))
    who = who.strip(" ,—–-")
    # 'KENT, Ohio — The Lund campaign said': the dateline says where, not who.
    dateline = fp.LEADING_DATELINE.match(who) if number <= 1 else None
    if dateline:
        who, lead = who[dateline.end():], lead + dateline.end()
    # 'X, the league's chief, forcefully told': an adverb before the verb is no part of the subject.
    who = fp.TRAILING_ADVERBS.sub("", who) or who
    # 'Berg urged the crews to stay, but Petrova told ...': the clause after the conjunction has the verb.
    clause = fp.CLAUSE_AFTER_CONJUNCTION.search(who)
    if clause:
        who, at = clause.group("subject"), (at + lead + clause.start("subject") if at >= 0 else at)
        lead = 0
    rest = after_opening_clause(after_opening_phrase(after_opening_conjunction(who), names))
    if rest != who:
        at, lead = (at + lead + len(who) - len(rest) if at >= 0 else at), 0
        who = rest
    # 'The council met on Friday and pledged ...': a verb after 'and' shares the clause's
    # subject, not the name nearest to it ('Berg visited Petrova and said'); after a relative
    # pronoun it may share the relative's ('a plan that cuts costs and pleases ...').
    if fp.COORDINATED_VERB_END.search(who) and not fp.RELATIVE.search(f" {who} "):
        subject = fp.SUBJECT.match(who)
        if subject and subject.group("who").strip():
            who = fp.TRAILING_ADVERBS.sub("", subject.group("who").strip()) or subject.group("who").strip()
    relative = fp.RELATIVE_PRONOUN_SUBJECT.search(who)
    if relative:
        who, at = relative.group("pronoun"), (at + lead + relative.start("pronoun") if at >= 0 else at)
    # Only words that end in the pronoun are searched for the words before it.
    relative = fp.ENDS_IN_RELATIVE.search(who) if len(who) > 40 and who.endswith(fp.RELATIVE_ENDS) else None
    if relative:
        # 'mocked Lund, claiming he had a source who told him': the source speaks, unnamed.
        antecedent = relative.group("antecedent").strip(" ,")
        return tuple(dict.fromkeys(heads_of(antecedent, names, number))), False
    words = who.split()
    if len(words) == 1 and words[0].lower() in fp.PERSON_PRONOUNS:
        pronoun = words[0].lower()
        # 'Sen. Jane Roe scolded him: "...," she said': the one person the paragraph has
        # just named comes before the speaker of the paragraph before.
        here = names.named_before(number, at, pronoun)
        if len(here) == 1:
            return (here[0],), True
        # '... Roe said the talks failed. "...," she said': the subject of the sentence just
        # before the quotation goes on speaking, whoever else the paragraph named.
        subject = names.subject_before(number, at, pronoun) if len(here) > 1 else ""
        if subject in here:
            return (subject,), True
        if len(here) > 1 and not set(earlier) <= set(here):
            return (), True
        # 'he' or 'she' goes on with a person, never with the newspaper that spoke before.
        if len(earlier) == 1 and names.gender(earlier[0]) in ("", pronoun) \
                and names.kind(earlier[0]) not in ("organisation", "place"):
            return earlier, True
        # No speaker just before: the one person the text around can mean, if there is one.
        person = names.pronoun(number, at)
        return ((person,) if person else ()), True
    # The subject is the phrase with its appositive set aside ('Lund, the nominee,'), or
    # else what follows an introductory phrase ('On a grey day, Mr. Lund').
    cores = []
    # 'the pier, which Mr. Lund says ...': the subject of the verb follows the relative.
    relative = fp.OBJECT_RELATIVE.search(who)
    # A subject never runs across a colon or semicolon ('... on Friday: the unions said').
    candidates = ((relative.group("subject"),) if relative else ()) + (fp.APPOSITIVE.sub("", who),
                                                                        fp.SUBJECT_BREAK.split(who)[-1],
                                                                        after_dashed_aside(who))
    for core in dict.fromkeys(candidates):
        relative = fp.RELATIVE.search(f" {core} ")
        if relative:
            core = core[:max(relative.start() - 1, 0)]
        unbroken = "," not in who and not relative
        if core.split() and len(core.split()) <= (MAX_UNBROKEN_SUBJECT_WORDS if unbroken else MAX_SUBJECT_WORDS):
            cores.append(core.strip())
    for core in cores:
        speakers = heads_of(core, names, number, earlier)
        if speakers:
            return tuple(dict.fromkeys(speakers)), False
    # The subjects are cut at when or how they spoke only where none names anyone as written.
    timed = without_time(cores)
    for core in timed:
        speakers = heads_of(core, names, number, earlier)
        if speakers and not place_before_the_subject(who, core, speakers, names):
            return tuple(dict.fromkeys(speakers)), False
    cores += timed
    speakers = heads_of(after_last_conjunction(who), names, number, earlier)
    if speakers:
        return tuple(dict.fromkeys(speakers)), False
    # A description is read without the conjunction that opens its clause ('..., though people
    # close to the board said'): it joins the clause, it is no word of the description.
    cores = [fp.LEADING_SUBORDINATOR.sub("", core) for core in cores]
    # No name: a role the article gives one person ('the foreign policy chief').
    # 'A spokeswoman for X' is someone new to the text, not the spokeswoman it has named.
    role = next((r for r in map(names.by_role, cores) if r and not fp.INDEFINITE.match(who)), "")
    # 'the Green Party mayoral candidate' is not the one the text calls 'deputy mayoral candidate'.
    description = fp.DESCRIPTION.match(who)
    if role and description and names.role_changed(role, description.group("head"), description.group(0)):
        role = ""
    if not role and at >= 0:
        # A description of the one person just named ('Roe ..., the Oregon senator said').
        role = names.described(number, at + lead, description.group("head"),
                               tuple(description.group(0).split())) if description else ""
    if not role and number > 0:
        role = named_before_description(who, names, number)
        names.spoke_unlisted(role)
    if not role:
        # 'Lund aides said', 'a spokeswoman for the harbour authority said': the group or the
        # one described speaks, an actor of its own, not the person or body it names.
        # 'People' alone, cut from 'People who know Roe', describes no one.
        role = next((m.group("words") for m in map(fp.DESCRIBED_SOURCE.match, reversed(cores))
                     if m and m.group("words").lower() not in fp.TOO_GENERAL_SOURCES), "")
        # 'police said' where the article names 'Police': the actor it names in other letters.
        role = names.in_other_letters(role) if role else role
    if not role:
        role = next(filter(None, (possessed_source(core, names, number) for core in reversed(cores))), "")
    if not role:
        role = next(filter(None, map(share_source, reversed(cores))), "")
    if not role:
        role = next(filter(None, map(indefinite_source, reversed(cores))), "")
    if not role:
        # 'Ms. Gao said', 'Pollster Jane Roe told': a name the text gives as the subject speaks,
        # though no actor of the article holds it (not in a headline, whose words are capitalised).
        role = next(filter(None, (unlisted_name(core, names) for core in cores)), "") if number > 0 else ""
        names.spoke_unlisted(role)
    return ((role,) if role else ()), False


def place_before_the_subject(who: str, core: str, speakers: list[str], names: Names) -> bool:
    """True when the speakers are places left of a subject phrase cut at its time and comma ('in
    Kent, Ohio Monday, the mayor's aide'): the place says where, the words after the comma who.
    A place with its time is the whole subject ('China on Tuesday') only where no comma cuts it."""
    return all(names.kind(s) == "place" for s in speakers) and core != fp.TRAILING_TIME.sub("", who).strip()


def after_opening_phrase(who: str, names: Names) -> str:
    """The subject after a phrase of place, time or manner that opens it ('In a statement defending
    Lund, the Berg campaign'), or the subject as it is: whom such a phrase names is where, whom or
    what, never who. A poll's or a study's phrase stays ('In a Ledger poll, 60 percent said'): the
    finding speaks through those it asked. A place's state goes with the phrase ('During a stop in
    Kent, Ohio, the nominee')."""
    opening = fp.OPENING_PHRASE.match(who)
    if not opening or not fp.FINDING_HEADS.isdisjoint(who[:opening.start("rest")].casefold().split()):
        return who
    rest = opening.group("rest")
    state = fp.NAME_AND_COMMA.match(rest)
    if state and names.kind(names.exact.get(state.group("name"), "")) == "place":
        rest = rest[state.end():]
    return rest or who


def after_opening_conjunction(who: str) -> str:
    """The subject after a word that joins its sentence to the one before ('But she', 'And then
    the council'), or the subject as it is."""
    opening = fp.OPENING_CONJUNCTION.match(who)
    return who[opening.end():] if opening else who


def after_opening_clause(who: str) -> str:
    """The subject after a clause of condition, time or concession that opens it ('Even if Lund
    wins over Roe in Kent, insiders'), or the subject as it is: whom that clause names is its own
    subject or object, never the speaker of the main clause."""
    opening = fp.OPENING_SUBORDINATE_CLAUSE.match(who)
    return opening.group("rest") if opening else who


def after_last_conjunction(who: str) -> str:
    """The few words after the last 'and' or 'but' of a subject too long to read whole ('Lund said if
    the port closes, it will cost the town dearly and Lund'): a clause before them has its own
    subject. '' where none stands near the end."""
    parts = fp.JOINING_CONJUNCTION.split(who) if len(who.split()) > MAX_SUBJECT_WORDS else ()
    return parts[-1].strip() if len(parts) > 1 and len(parts[-1].split()) <= MAX_NAME_WORDS else ""


def after_dashed_aside(who: str) -> str:
    """The words after the last dash of a subject, where one sets off an aside before them ('In
    an interview - held on Friday at the pier - Lund'): a subject never runs across a dash, as it
    never runs across a colon. '' where no dash does or nothing follows it."""
    parts = fp.ASIDE_DASH.split(who) if "-" in who or "—" in who or "–" in who or "―" in who else ()
    return parts[-1].strip() if len(parts) > 1 else ""


def without_time(cores: list[str]) -> list[str]:
    """The subjects that end in when or how they spoke, without those words ('The Lund campaign
    on Tuesday', 'the harbour board in a statement'): a description is read whole."""
    return [cut for cut in (fp.TRAILING_TIME.sub("", core) for core in cores) if cut.split() and cut not in cores]


def share_source(core: str) -> str:
    """A subject that is a share of those asked ('Sixty percent', 'Nearly half of the pilots
    polled'), as the text words it, or ''. It speaks for its part, a group of its own."""
    match = fp.SHARE_SOURCE.match(fp.LEADING_CONJUNCTION.sub("", core.strip()))
    # 'Half the crew left and the rest said': two clauses, the share the subject of neither verb.
    if not match or fp.JOINS_CLAUSES.search(match.group("words")) or has_a_verb(match.group("words")):
        return ""
    return match.group("words")


def indefinite_source(core: str) -> str:
    """A subject that is someone or something new to the text, described ('A producer for
    Harbour Studios', 'one columnist at the Ledger'), as the text words it, or ''."""
    match = fp.INDEFINITE_SOURCE.match(core.strip())
    if not match or fp.NOT_IN_AN_INDEFINITE_SOURCE & set(match.group("noun").casefold().split()) \
            or fp.JOINS_CLAUSES.search(match.group("words")) or has_a_verb(match.group("words")) \
            or not speaking_noun(match.group("noun").split()[-1]) \
            or match.group("words").split()[-1].casefold() in fp.FUNCTION_ENDS | {"to", "of", "seems", "seem"}:
        return ""
    return match.group("words")


def speaking_noun(word: str) -> bool:
    """A noun for those who speak or what is written ('producer', 'aides', 'email'), not a
    plan, a trend or a step."""
    word = word.casefold()
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return bool({word, singular} & fp.SPEAKING_NOUNS) or singular.endswith(fp.SPEAKING_SUFFIXES) \
        and not fp.PAST_VERB.fullmatch(singular)


def possessed_source(core: str, names: Names, number: int) -> str:
    """A subject that is someone or something a named actor of the article has ('Tom Lund's
    campaign manager', 'Kent's delegation chairman'), as the text words it, or ''.

    Whoever belongs to an actor speaks for themselves, not as that actor: the words become a
    speaker of their own, linked to the actor they name (described_speakers)."""
    match = fp.POSSESSED_SOURCE.match(core.strip())
    if not match:
        return ""
    owned = match.group("words")[len(match.group("owner")):].split()[1:]
    if fp.NOT_IN_A_POSSESSED_SOURCE & set(owned) or not names.named(match.group("owner"), number):
        return ""
    return match.group("words")


def unlisted_name(core: str, names: Names) -> str:
    """A subject that is a name and nothing else ('Ms. Gao', 'Harbour Weekly'), or ''. A name
    of one word must be written capitalised after a word somewhere in the article (inside a
    sentence, after a first name), as only names are ('Polls show' opens its sentence), and
    be no people's adjective ('Danish'); no name ends in the last word of an actor's name."""
    core = fp.LEADING_CONJUNCTION.sub("", fp.THE.sub("", core))
    words = core.split()
    if not fp.NAME_RUN.fullmatch(core) or not 0 < len(words) <= MAX_NAME_WORDS or fp.POSSESSIVE.match(core) \
            or words[0].lower() in fp.NOT_A_NAME_START or core.isupper() and len(words) > 1 \
            or all(word.rstrip(".").lower() in fp.TITLE_FORMS for word in words):
        return ""
    earlier = earlier_unlisted(words, names)
    if earlier:
        return earlier
    # 'Mr. Berg' where two Bergs are named, 'the Post' where two Posts are, is one of them:
    # the text does not say which.
    if words[-1] in names.last_words or names.unlisted.get(words[-1]) == "":
        return ""
    if len(words) == 1 and (core in fp.PEOPLES_WORDS or core.lower() in fp.GROUP_HEADS
                            or not re.search(rf"[a-z,;]\s+{re.escape(core)}\b", names.text)):
        return ""
    return core


def named_before_description(who: str, names: Names, number: int) -> str:
    """The name no actor holds that a subject gives before a description set off by commas
    ('Harbour Watch, a group of ferry owners,'), or '': the name says who speaks, the
    description only what they are. Words that hold an actor's name are no such name
    ('Lisbon Monday, the nominee': a place and a day say where and when)."""
    match = fp.NAME_BEFORE_DESCRIPTION.match(who.strip(" ,"))
    if not match or names.named(match.group("name"), number):
        return ""
    return unlisted_name(match.group("name"), names)


def earlier_unlisted(words: list[str], names: Names) -> str:
    """The full name no actor holds that spoke earlier and ends in the last of the words, when
    the words are that surname alone or after titles ('Lin Gao said ... Gao added', 'Ms. Gao'), or ''."""
    full = names.unlisted.get(words[-1], "")
    if not full or " ".join(words) == full \
            or not all(word.rstrip(".").lower() in fp.TITLE_FORMS for word in words[:-1]):
        return ""
    return full


def according_source(words: str, names: Names) -> tuple[str, ...]:
    """The source 'according to' names when it names no actor ('according to a survey of
    harbour pilots'): the phrase itself, when it is a short noun phrase and no pronoun; an
    actor whose name it is in other letters ('according to police' for 'Police')."""
    words = words.strip(" ,.;:")
    # A longer phrase ('according to first results of a survey conducted for the Ledger by
    # ...') is read before this, by speakers_of, as the description of a source it is.
    if not 0 < len(words.split()) <= MAX_ACCORDING_WORDS or has_a_verb(words) \
            or fp.PRONOUN_START.match(words) or fp.OPENING.search(words):
        return ()
    folded = words.casefold()
    return (next((name for form, name in names.exact.items() if form.casefold() == folded), words),)


def described_speakers(facts: tuple[Fact, ...], mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The descriptions and the names no actor holds that speak in an article ('Lund aides', 'Ms.
    Gao'), each an actor of its own, linked to the actors it names, of kind 'other' (no kind is
    known). A group named by whom it belongs to ('Lund aides', 'the Harbour Board's lawyers')
    is one group across articles; any other description ('a spokeswoman', 'one official') and
    a name no actor holds stay actors of their article."""
    taken = {m.name for m in mentions}
    found: dict[str, set[int]] = {}
    for fact in facts:
        for speaker in fact.speakers:
            # Every speaker no actor names is words of the text: a description, a source
            # 'according to' names, or a name the actors do not hold.
            if speaker not in taken:
                found.setdefault(speaker, set()).add(fact.paragraph)
    described = []
    for words, paragraphs in found.items():
        linked = tuple(m.name for m in mentions if m.kind != "place"
                       and any(word_spans(words, (form,)) for form in (m.name, *m.aliases)))
        described.append(Mention(words, "other", affiliations=linked, paragraphs=tuple(sorted(paragraphs)),
                                 local=not (linked and names_a_group(words) or a_proper_name(words))))
    return tuple(described)


# Small words a proper name may hold between its capitalised words ('Friends of the Earth').
NAME_CONNECTORS = frozenset("of for and the on in at de".split())


def a_proper_name(words: str) -> bool:
    """'Western Courier', 'Friends of the Harbour': two or more words, each capitalised but the
    small words between them, with no determiner or title before them: a name, the same
    speaker in every article that gives it, where a description ('The official') is not."""
    first, *rest = words.split()
    return (bool(rest) and first.casefold() not in fp.SPEAKER_DETERMINERS and first.casefold().rstrip(".") not in fp.TITLE_FORMS
            and all(w[:1].isupper() for w in (first, rest[-1]))
            and all(w[:1].isupper() or w in NAME_CONNECTORS for w in rest))


def names_a_group(words: str) -> bool:
    """'Lund aides', 'the Lund campaign', 'Harbour Board officials': words that open with a name
    (after 'the' at most) and end in a common noun, the group it names."""
    first, *rest = words.split()
    if first.casefold() == "the" and rest:
        first, *rest = rest
    return (bool(rest) and first[:1].isupper() and first.casefold() not in fp.SPEAKER_DETERMINERS
            and rest[-1].islower())


def speaker_note(said: Said | None, text: str = "") -> str:
    """Why words read as said by someone have no speaker, as a reader of the export is told."""
    if said is not None and said.note:
        return said.note
    if said is None or not said.cue:
        return fp.NOTE_NO_SPEAKER
    if said.pronoun:
        return fp.NOTE_PRONOUN
    description = untied_description(text, said.cue_at)
    return fp.NOTE_UNTIED_DESCRIPTION.format(description) if description else fp.NOTE_NOT_AN_ACTOR


def untied_description(text: str, cue_at: int) -> str:
    """The definite description of a person standing by the cue at an offset of a paragraph
    ('the senator said', '," said the nominee'), or ''."""
    if not 0 <= cue_at < len(text):
        return ""
    match = fp.DESCRIPTION_BEFORE_CUE.search(text, max(0, cue_at - 120), cue_at) \
        or fp.DESCRIPTION_AFTER_CUE.match(text[cue_at:cue_at + 120])
    return match.group("words") if match else ""


def label_speakers(label: str, names: Names, number: int, earlier: tuple[str, ...]) -> tuple[str, ...]:
    """Who a transcript's label names ('ROE:'): the label as printed, else as a name is
    written ('Roe'); a place does not speak a line of a transcript."""
    for who in dict.fromkeys((label, label.title())):
        found = names.speaking(speakers_of(who, names, number, earlier)[0])
        if found:
            return found
    return ()


# --- quotes -------------------------------------------------------------------------

def quoted_spans(text: str, inside: bool = False) -> tuple[Quoted, ...]:
    """Every span in quotation marks. A quotation never closed runs to the paragraph's end
    (it continues in the next paragraph); a paragraph that opens inside one, without a
    mark of its own, holds it up to its first closing mark."""
    spans = []
    at = 0
    if inside and not fp.OPENING.match(text.lstrip()):
        close = min((i for i in (text.find(c) for c in fp.CLOSING) if i >= 0), default=-1)
        # '... the plan was called “Too Little.”': a mark that opens before it owns that closing one.
        if close > 0 and not fp.OPENING.search(text, 0, close):
            end = close + (2 if text.startswith("''", close) else 1)
            spans.append(Quoted(0, end, 0, close))
            at = end
    while True:
        opening = fp.OPENING.search(text, at)
        # A closing curly mark that opens a paragraph is an opening one set the wrong way round.
        if at == 0 and text.lstrip().startswith("”"):
            opening = re.compile("”").search(text)
        if not opening:
            break
        mark = opening.group(0)
        begin = opening.end()
        if mark == '"' and opening.start() > 0 and text[opening.start() - 1].isalnum():
            at = begin
            continue
        # The matching mark closes a quotation; another kind only when no matching one follows.
        closes = [(i, c) for i, c in ((text.find(c, begin), c) for c in fp.QUOTE_PAIRS[mark]) if i >= 0][:1]
        if not closes:
            if text[begin:].strip():
                spans.append(Quoted(opening.start(), len(text), begin, len(text), open_end=True))
            break
        close, closer = closes[0]
        # "''... the word 'careful,''' Roe said": the first of three marks closes the inner quotation.
        if closer == "''" and text.startswith("'" * 3, close):
            close += 1
        if closer != fp.QUOTE_PAIRS[mark][0] and fp.OPENING.search(text, begin, close):
            # '"... “Harbour Lights.” ...': the curly mark closes a quotation inside this one.
            spans.append(Quoted(opening.start(), len(text), begin, len(text)))
            break
        end = close + len(closer)
        spans.append(Quoted(opening.start(), end, begin, close))
        at = end
    return tuple(spans)


def is_scare_quote(text: str, quote: Quoted, spans: tuple[tuple[int, int], ...]) -> bool:
    """A word or three quoted inside a sentence ('the so-called "smart meters"'): too little
    to stand as a quotation; reported words that hold it keep it."""
    sentence = sentence_of(spans, quote.start)
    return (len(fp.WORD.findall(text[quote.text_start:quote.text_end])) < MIN_QUOTE_WORDS
            and bool(text[sentence[0]:quote.start].strip()))


def without_title_marks(text: str, quotes: tuple[Quoted, ...]) -> str:
    """The text with the quotation marks around titles blanked, every offset kept."""
    for quote in quotes:
        if is_title(text[quote.text_start:quote.text_end]):
            text = (text[:quote.start] + " " * (quote.text_start - quote.start) + text[quote.text_start:quote.text_end]
                    + " " * (quote.end - quote.text_end) + text[quote.end:])
    return text


def spoken_right_before(text: str, quote: Quoted, said: Said | None) -> bool:
    """True when the verb of speech stands just before the quotation ('chanted "Not our port!"'):
    a few words so introduced are speech, not a scare quote."""
    return bool(said and said.cue and 0 <= said.cue_at < quote.start
                and fp.JUST_THE_VERB.match(text, said.cue_at, quote.start))


def is_epithet(text: str, quote: Quoted) -> bool:
    """Quoted words that are a label set before a name ('its "chief strategist" Jane Doe'), not speech."""
    return bool(fp.POSSESSIVE_END.search(text, max(0, quote.start - 8), quote.start)
                and fp.NAME_START.match(text, quote.end))


def is_whole_sentence(text: str, quote: Quoted) -> bool:
    """Quoted words that make a sentence of their own: a capital first, a full stop, '?' or '!' last."""
    words = text[quote.text_start:quote.text_end].strip()
    return len(words) > 1 and words[0].isupper() and words[-1] in ".?!"


def is_set_off_speech(text: str, quote: Quoted, said: Said | None) -> bool:
    """True when a few quoted words whose first alone is capitalised close with a comma or a
    stop inside the marks, and their speaker follows ('"Thank you, son," Berg replied'): a
    sentence of speech, not a title ('"Harbour Lights," Berg wrote')."""
    words = text[quote.text_start:quote.text_end].rstrip()
    capitalised = [w for w in fp.LETTER_WORD.findall(words) if len(w) > 3 and w[0].isupper()]
    return bool(said and said.speakers and said.cue_at >= quote.end and words[-1:] in (",", ".", "!", "?")
                and len(words.split()) > 1 and len(capitalised) == 1)


def is_short_reply(text: str, quote: Quoted, said: Said | None) -> bool:
    """True for a word or two closed by a comma, '?' or '!' inside the marks with a verb of
    speech right after them ('"Absolutely," Berg said', '"Never!" the crowd shouted'): an answer or
    a cry, not a title ('"Harbour Lights," Berg wrote' names what was written)."""
    words = text[quote.text_start:quote.text_end].rstrip()
    return bool(said and (said.speakers or answered_by_a_pronoun(text, quote, said)) and said.cue
                and said.cue not in WRITING_CUES
                and len(words.split()) <= 2 and words[-1:] in (",", "?", "!")
                and 0 <= said.cue_at - quote.end <= 40)


def answered_by_a_pronoun(text: str, quote: Quoted, said: Said) -> bool:
    """True when only 'he' or 'she' stands between a quotation and its verb ('"Denver," he
    answered'): someone answered, even where the text leaves open who."""
    return text[quote.end:said.cue_at].strip().lower() in fp.PERSON_PRONOUNS


def is_spoken_sentence(text: str, quote: Quoted, said: Said | None) -> bool:
    """True for a short sentence quoted right after a verb of speech ('he said, "We will see."'):
    an answer, not a title; what was written may be one ('wrote "Harbour Lights."')."""
    return (spoken_right_before(text, quote, said) and said.cue.lower() in fp.SPOKEN_FORMS
            and is_whole_sentence(text, quote))


def is_question_or_cry(text: str, quote: Quoted) -> bool:
    """Quoted words that close with '?' or '!' inside their marks ('asked, “Really?”')."""
    return text[quote.text_start:quote.text_end].rstrip()[-1:] in ("?", "!")


def is_title(words: str) -> bool:
    """Quoted words that name a show, book or slogan ('Harbour Morning Report'), not speech."""
    # Most quotations run longer than a title: their words are not read for capitals.
    if not 0 < len(words.split()) <= 7:
        return False
    long_words = [w for w in fp.LETTER_WORD.findall(words) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def quote_text(text: str, quote: Quoted) -> tuple[int, int]:
    """The quoted words' span, without the space and trailing comma the marks enclose."""
    start, end = quote.text_start, quote.text_end
    while start < end and text[start] in " \t":
        start += 1
    label = fp.LABEL.match(text[start:end])
    if label:
        start += label.start("words")
    while end > start and text[end - 1] in " ,\t":
        end -= 1
    return start, end


def sentences(text: str, quotes: tuple[Quoted, ...]) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a paragraph; a full stop inside a quotation ends no sentence."""
    bounds = [0]
    for match in fp.SENTENCE_END.finditer(text):
        stop = match.start(1)
        inside = next((q for q in quotes if q.text_start <= stop < q.text_end), None)
        if inside and not (inside.text_end <= match.end(2) and inside.text_end - stop <= 1):
            continue
        word = text[text.rfind(" ", 0, stop) + 1:stop]
        if is_short_form(word) or (fp.RUN_OF_INITIALS.fullmatch(word) and word not in fp.PLACE_INITIALS):
            continue
        bounds.append(match.end())
    bounds.append(len(text))
    return tuple((a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip())


def sentence_of(spans: tuple[tuple[int, int], ...], at: int) -> tuple[int, int]:
    """The sentence span holding an offset (the last one for an offset past the end)."""
    return next((s for s in spans if s[0] <= at < s[1]), spans[-1])


def extract_quote_after(text, quote, spans, names, number, earlier) -> Said | None:
    """'"...," Fedorov said' and '"...," said Lund': the attribution follows the quote."""
    # A quotation ending in '?' or '.' may close its sentence with the attribution after it.
    resume = len(text) - len(text[quote.end:].lstrip())
    after = text[quote.end:sentence_of(spans, resume)[1] if resume < len(text) else len(text)][:MAX_CONTEXT_CHARS]
    # The verb stands within a few words of the closing mark, or a dash does ('― Name', '- Name').
    signed = bool(fp.SIGNATURE.match(after))
    if cue_free(after[:160]) and not signed:
        return None
    closes_sentence = sentence_of(spans, resume)[0] >= quote.end
    # '"... escapades." The agency said ...': a quotation closed by its full stop is done;
    # the next sentence's verb is its own. A signature is no next sentence.
    if closes_sentence and text[quote.text_start:quote.text_end].rstrip().endswith(".") and not signed:
        return None
    # '," said one official who asked not to be named because ...': the description speaks.
    described = fp.SAID_BY_DESCRIBED.match(after)
    if described and described_of(described.group("who")):
        return Said((described_of(described.group("who")),), described.group("verb"),
                    quote.end + described.start("verb"))
    for pattern in fp.AFTER_QUOTE:
        match = pattern.match(after)
        if match and coordinated_verb(match.group("who")):
            return None     # '... “Too late!” and said ...': the sentence's subject goes on speaking
        if match and closes_sentence and fp.REPORTED_CLAUSE.match(after, match.end("verb")):
            return None     # '"..." X said that ...': the next sentence reports something else
        if match:
            # '," said a lawyer who represents Anna Berg': the relative clause describes the
            # speaker, and whom it names is someone else.
            speaker = fp.RELATIVE_TAIL.sub("", match.group("who"))
            who, pronoun = speakers_of(speaker, names, number, earlier, quote.end + match.start("who"))
            # '"...," the ferry captain said': a quotation's own attribution may describe its
            # speaker without naming anyone; that description speaks.
            described = described_of(match.group("who")) if not who and not pronoun else None
            if described:
                who = (described,)
            if pattern is fp.AFTER_QUOTE[0] and not who and not match.group("who")[:1].isupper() \
                    and match.group("who").split()[0].lower() not in fp.PERSON_PRONOUNS | fp.SPEAKER_DETERMINERS:
                continue
            return Said(who, match.group("verb"), quote.end + match.start("verb"), pronoun)
    return None


def said_straight_into(text, quote, sentence, names, number, earlier, quotes) -> Said | None:
    """'Roe said “it makes me angry” every time she thinks of it': a quotation set straight after
    a verb of speech, and not closed by a comma, '?' or '!' as one an attribution follows, is
    that verb's; a verb after it belongs to the sentence going on."""
    if text[quote.text_start:quote.text_end].rstrip().endswith((",", "?", "!")) \
            or not fp.SPEECH_RIGHT_BEFORE.search(text, max(sentence[0], quote.start - 30), quote.start):
        return None
    said = extract_quote_before(text, quote, sentence, names, number, earlier, quotes)
    return said if said and said.speakers and spoken_right_before(text, quote, said) else None


def joined_verb_of_speech(text: str, quote: Quoted, said: Said | None) -> Said | None:
    """'Lund smiled and said, "Not yet."', 'Lund said no, though he said, "Maybe later."': the verb
    of speech joined to the subject's first verb, or after a pronoun going on with that subject,
    right before the quotation, is its cue, so a short answer it introduces reads as speech."""
    if not said or not 0 <= said.cue_at < quote.start:
        return said
    joined = fp.COORDINATED_SPEECH.search(text, said.cue_at, quote.start)
    return replace(said, cue=joined.group("verb"), cue_at=joined.start("verb")) if joined else said


def coordinated_verb(who: str) -> bool:
    """True when the words before a verb after a quotation are only a conjunction ('“...” and
    said'): the verb is the sentence subject's second, not an attribution with a speaker."""
    return who.strip().lower() in fp.CLAUSE_CONJUNCTIONS | {"then", "and then", "or"}


def described_of(words: str) -> str:
    """The description a quotation's attribution gives its speaker ('the ferry captain', 'one
    official' of 'one official who asked not to be named'), or ''."""
    described = fp.DESCRIBED_SPEAKER.match(fp.RELATIVE_TAIL.sub("", words.strip()))
    return described.group("words") if described else ""


def extract_quote_before(text, quote, sentence, names, number, earlier, quotes) -> Said | None:
    """'X said: "..."' and 'X added that Lund has "agreed to that"': the attribution leads."""
    start = max([sentence[0]] + [q.end for q in quotes if sentence[0] <= q.end <= quote.start])
    start = max(start, quote.start - MAX_CONTEXT_CHARS)
    before = text[start:quote.start]
    match = fp.BEFORE_INVERTED.search(before) or fp.BEFORE_ACCORDING.search(before)
    if match:
        who, pronoun = speakers_of(match.group("who"), names, number, earlier, start + match.start("who"))
        if not who and match.re is fp.BEFORE_ACCORDING:
            who = according_source(match.group("who"), names)
        return Said(who, match.group("verb"), start + match.start("verb"), pronoun)
    put = fp.AS_PUT.search(before)
    # 'As X said goodbye, Y said: "...': a verb of speech after it has a subject of its own.
    if put and cue_free(put.group("rest")):
        who, pronoun = speakers_of(put.group("who"), names, number, earlier, start + put.start("who"))
        if who:
            return Said(who, put.group("verb"), start + put.start("verb"), pronoun)
    shown = fp.SHOWN_SPEAKING.search(before)
    if shown:
        who, pronoun = speakers_of(shown.group("who"), names, number, earlier, start + shown.start("who"))
        if who:
            return Said(who, shown.group("verb"), start + shown.start("verb"), pronoun)
    match = fp.BEFORE_PARTICIPLE.search(before)
    closing = fp.ATTRIBUTION_END.search(text, sentence[0], start + match.start()) if match else None
    if closing:
        who, pronoun = speakers_of(closing.group("who"), names, number, earlier, closing.start("who"))
        if who:
            return Said(who, match.group("verb"), start + match.start("verb"), pronoun)
    # 'In a statement issued Friday, Roe reacted, saying: "..."': the subject past an opening phrase.
    subject = sentence_subject(text[sentence[0]:sentence[1]]) \
        or fp.APPOSITIVE_SUBJECT.match(text[sentence[0]:sentence[1]])
    if match and subject and subject.group("who").strip():
        who, pronoun = speakers_of(subject.group("who"), names, number, earlier, sentence[0])
        return Said(who, match.group("verb"), start + match.start("verb"), pronoun)
    # 'When X noted that ..., Lund replied, "..."': the verb nearest the quotation is its own.
    later = fp.LATER_ATTRIBUTION.search(before)
    if later:
        who, pronoun = speakers_of(later.group("who"), names, number, earlier, start + later.start("who"))
        if who:
            return Said(who, later.group("verb"), start + later.start("verb"), pronoun)
    match = fp.BEFORE_QUOTE.match(before)
    if not match:
        label = fp.COLON_LABEL.search(before) if ":" in before else None
        who = speakers_of(label.group("who"), names, number, earlier, start + label.start("who"))[0] if label else ()
        # Only a person or body the article names labels a quotation ('Result: "..."' does not).
        if who and all(names.kind(w) in ("person", "organisation") for w in who):
            return Said(who, ":", start + label.start("verb"))
        return None
    # 'In a series of posts on Sunday, Roe wrote: "...': a cue inside an opening phrase is no
    # verb of the sentence; the subject and verb after the phrase attribute the quotation.
    # ('During the talks, Roe said, the crews "...': a verb the comma follows at once is the
    # sentence's own, set off after the phrase.)
    if fp.OPENS_PHRASE.match(match.group("who").lstrip()):
        comma = before.find(",", match.end("verb"))
        later = fp.BEFORE_QUOTE.match(before, comma + 1) if before[match.end("verb"):comma].strip() else None
        if later and later.group("who").strip():
            match = later
    main = main_clause_speaker(before, match, names, number, earlier, start)
    if main:
        return main
    # 'Lund tweeted after Roe argued that "...': the clause nearest the quotation has its own
    # subject and verb of speech ('... sees the issues as linked, said: "' has none).
    subordinate = fp.SUBORDINATE_START.search(before, match.end("verb"))
    later = fp.BEFORE_QUOTE.match(before, subordinate.end()) if subordinate else None
    if later and later.group("who").strip() and "," not in later.group("who"):
        match = later
    if len(match.group("rest").split()) > 12:
        return None
    set_off = set_off_speaker(match)
    if set_off:
        return Said(set_off, match.group("verb"), start + match.start("verb"))
    who, pronoun = speakers_of(match.group("who"), names, number, earlier,
                               start + match.end("who") - len(match.group("who").lstrip()))
    # 'One man wrote, "...': someone new to the text, described, speaks, as after a quotation
    # ('The senator wrote' may be someone named before, and is left to the description rules).
    described = fp.DESCRIBED_SPEAKER.match(match.group("who").strip()) if not who and not pronoun else None
    if described and fp.INDEFINITE.match(described.group("words")) and cue_free(match.group("rest")) \
            and described.group("words").split()[-1].lower() not in fp.FUNCTION_ENDS:
        who = (described.group("words"),)
    return Said(who, match.group("verb"), start + match.start("verb"), pronoun)


def set_off_speaker(match: re.Match) -> tuple[str, ...]:
    """The description of someone new set off after a name who says the quotation that goes
    on from it ('Lund, a senior aide said, "is confident ..."'): the name is what the words
    are about, not who said them; () where the attribution is no such aside."""
    set_off = fp.SET_OFF_SPEAKER.match(match.group("who").strip())
    if not set_off or not cue_free(match.group("rest")) or match.group("rest").strip() != ",":
        return ()
    return (set_off.group("words"),)


def main_clause_speaker(before: str, match: re.Match, names: Names, number: int, earlier: tuple[str, ...],
                        start: int) -> Said | None:
    """'When Roe criticized the plan, Lund shot back, "...': a verb of speech inside a clause
    that opens the sentence is the clause's; the quotation after the main clause is said by
    the main clause's subject, or by no one the text names, never by the clause's speaker."""
    if match.re is not fp.BEFORE_QUOTE or not fp.OPENING_CLAUSE.match(before, match.start("who")) \
            or "," in match.group("who"):
        return None
    comma = before.find(",", match.end("verb"))
    main = before[comma + 1:] if comma >= 0 else ""
    if len(main.split()) < 2:
        return None     # 'When Roe said, "...': the quotation is the clause's own
    subject = fp.MAIN_CLAUSE_SUBJECT.match(main)
    if not subject:
        return Said((), match.group("verb"), start + match.start("verb"))
    who, pronoun = speakers_of(subject.group("who"), names, number, earlier, start + comma + 1 + subject.start("who"))
    return Said(who, subject.group("verb"), start + comma + 1 + subject.start("verb"), pronoun)


def closed_by_a_name(text, quote, spans, names, number) -> Said | None:
    """'"...," Roe barked.': a quotation whose sentence goes on after it with only the name of
    someone the article names and a verb, whatever the verb: that one said it."""
    if not text[quote.text_start:quote.text_end].rstrip().endswith((",", "?", "!", "—", "–")):
        return None
    sentence = sentence_of(spans, quote.end)
    if sentence[1] <= quote.end:
        return None
    match = fp.NAME_CLOSING_QUOTE.match(text[quote.end:sentence[1]])
    if not match:
        return None
    who = match.group("who")
    found = names.named(who, number)
    # The whole name is one actor who can speak, not a word before a name ('Then Roe').
    if len(found) != 1 or found[0][1] != len(who) or not re.fullmatch(r"(?:[A-Z][a-z]*\.\s*)?", who[:found[0][0]]) \
            or names.kind(found[0][2]) not in ("person", "organisation"):
        return None
    return Said((found[0][2],), match.group("verb"), quote.end + match.start("verb"))


def signed_by_the_next_sentence(text, quote, spans, names, number, earlier) -> Said | None:
    """'"... not a minute later." Roe said.': a quotation that closes its sentence,
    followed by a sentence that is only an attribution, is what that attribution reports."""
    if not text[quote.text_start:quote.text_end].rstrip().endswith((".", "!", "?")) or quote.end >= len(text):
        return None
    resume = len(text) - len(text[quote.end:].lstrip())
    sentence = sentence_of(spans, resume) if resume < len(text) else None
    if not sentence or sentence[0] < quote.end:
        return None
    match = fp.SIGNING_SENTENCE.match(text[quote.end:sentence[1]])
    if not match:
        return None
    verb = "verb" if match.group("verb") else "verb2"
    who = match.group("who") or match.group("who2")
    found, pronoun = speakers_of(who, names, number, earlier, quote.end + match.start("who" if match.group("who") else "who2"))
    return Said(found, match.group(verb), quote.end + match.start(verb), pronoun) if found else None


def introduced_by_a_colon(text, quote, spans, names, number, earlier) -> Said | None:
    """'Roe pushed back: "..."': a quotation after a colon that ends a clause of its own is
    said by that clause's subject, whatever its verb; a subject that names no actor of the
    article leaves the quotation with no speaker rather than the one of a quotation before."""
    sentence = sentence_of(spans, quote.start)
    intro = text[sentence[0]:quote.start]
    if not intro.rstrip().endswith(":") or any(mark in intro for mark in "\"“”"):
        return None
    subject = sentence_subject(intro)
    if not subject or not subject.group("who").strip():
        return None
    colon = sentence[0] + intro.rstrip().rfind(":")
    who_at = sentence[0] + max(intro.find(subject.group("who").strip()), 0)
    who, pronoun = speakers_of(subject.group("who"), names, number, earlier, who_at)
    return Said(who, ":", colon, pronoun)


def closed_by_a_named_clause(text, quote, spans, names, number) -> Said | None:
    """'"...," an angry Roe retaliated.' / '"...," agrees Roe.': a quotation broken off by a
    comma whose sentence ends in a few words naming one actor who can speak, whatever the
    verb, is that actor's; naming several, or none the article knows, it is no one's the
    text says, never the speaker of a quotation before it."""
    if not text[quote.text_start:quote.text_end].rstrip().endswith((",", "?", "!", "—", "–")):
        return None
    sentence = sentence_of(spans, quote.end)
    tail = text[quote.end:sentence[1]]
    words = tail.split()
    if not 1 < len(words) <= MAX_NAMED_CLAUSE_WORDS or fp.OPENING.search(tail) \
            or not any(w[:1].isupper() for w in words):
        return None
    found = [(at, end, n) for at, end, n in names.named(tail, number) if names.kind(n) in ("person", "organisation")]
    if len({n for _, _, n in found}) != 1:
        return Said((), "", -1, note=fp.NOTE_SEVERAL_NAMED if found else fp.NOTE_NOT_AN_ACTOR)
    at, end, name = found[0]
    if any(word[:1].isupper() for word in tail[:at].split()) and not fp.PERSONAL_TITLE_BEFORE.search(tail[:at]):
        return None     # 'Then Roe walked out': a word before the name that is no part of it
    # The verb is the word after the name ('Roe retaliated'), or before it ('agrees Roe').
    verb = fp.WORD.search(tail, end) or fp.WORD.search(tail)
    return Said((name,), verb.group(), quote.end + verb.start())


def later_own_attribution(text, quote, spans, names, number, earlier) -> Said | None:
    """'"..." that the pier opens, said Lin Gao, a captain.': a quotation whose sentence goes on
    to a verb of speech and a name of its own is that name's, or no one's when it names no
    actor, never the speaker of a quotation before it."""
    sentence = sentence_of(spans, quote.end)
    rest = text[quote.end:sentence[1]]
    if fp.OPENING.search(rest):
        return None
    match = fp.LATER_OWN_ATTRIBUTION.search(rest)
    if not match:
        return None
    part, verb = ("after", "verb") if match.group("after") else ("before", "verb2")
    who, pronoun = speakers_of(match.group(part), names, number, earlier, quote.end + match.start(part))
    return Said(who, match.group(verb), quote.end + match.start(verb), pronoun,
                note="" if who else fp.NOTE_NOT_AN_ACTOR)


def paragraph_quotes(paragraph: Paragraph, quotes, spans, names, earlier, carried
                     ) -> list[tuple[Quoted, Said | None]]:
    """Each quotation of a paragraph with who said it, when the text says so."""
    text, number = paragraph.text, paragraph.number
    said_list: list[tuple[Quoted, Said | None]] = []
    for quote in quotes:
        sentence = sentence_of(spans, quote.start)
        said = (said_straight_into(text, quote, sentence, names, number, earlier, quotes)
                or extract_quote_after(text, quote, spans, names, number, earlier)
                or extract_quote_before(text, quote, sentence, names, number, earlier, quotes)
                or closed_by_a_name(text, quote, spans, names, number)
                or signed_by_the_next_sentence(text, quote, spans, names, number, earlier)
                or introduced_by_a_colon(text, quote, spans, names, number, earlier)
                or closed_by_a_named_clause(text, quote, spans, names, number))
        said_list.append((quote, joined_verb_of_speech(text, quote, said)))
    # A quotation with no verb of its own carries on the speaker of the quotation before it
    # in the paragraph, or, when it opens the paragraph, the one of the paragraph before.
    # '"..." And that is all. "..." ― Jane Roe': a signature closing the paragraph signs it all.
    last = said_list[-1][1] if said_list else None
    signed = last if last and last.speakers and last.cue in fp.SIGNATURE_DASHES else None
    for i, (quote, said) in enumerate(said_list):
        if said:
            continue
        if fp.OWN_ATTRIBUTION.match(text[quote.end:quote.end + 40]):
            continue        # '"...," said one source who ...': its own speaker, unread, is no one else
        before = [s for _, s in said_list[:i] if s and s.speakers]
        # The speaker it would carry on, when its own attribution, unread, may name another.
        carrying = before[-1].speakers if before else signed.speakers if signed \
            else carried if not text[:quote.start].strip() else ()
        later = later_own_attribution(text, quote, spans, names, number, earlier) if carrying else None
        if later and later.speakers != carrying:
            said_list[i] = (quote, later)
            continue
        if before:
            said_list[i] = (quote, Said(before[-1].speakers, "", before[-1].cue_at))
        elif signed:
            said_list[i] = (quote, Said(signed.speakers, "", -1))
        elif fp.LABEL.match(text[quote.text_start:quote.text_end]):
            who = label_speakers(fp.LABEL.match(text[quote.text_start:quote.text_end]).group("who"),
                                 names, number, earlier)
            said_list[i] = (quote, Said(who, ":", quote.start))
        elif carried and not text[:quote.start].strip():
            said_list[i] = (quote, Said(carried, "", -1))
    return said_list


# --- claims -------------------------------------------------------------------------

@dataclass(frozen=True)
class Reported:
    """Reported speech in a sentence: the subject phrase, the cue, the content's span."""

    who: str
    cue: str
    cue_at: int
    start: int
    end: int


def past_comma_mark(sentence: str, comma: int) -> int:
    """Where words that end at a comma end, with the closing mark set after the comma ('"rigged,"')."""
    return comma + 2 if sentence[comma + 1:comma + 2] in ("”", '"') and sentence[comma + 1:comma + 2] else comma


def content_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The reported words without the full stop, and without a joined participial claim."""
    joined = fp.CLAUSE_BREAK.search(sentence, start, end)
    if joined:
        # 'called it "a farce," saying ...': the closing mark after the comma is the words' own.
        end = joined.end("mark") if joined.group("mark") else joined.start()
    while end > start and sentence[end - 1] in " .,;:!?":
        end -= 1
    return start, end


def extract_according_to(sentence: str) -> list[Reported]:
    """'..., according to a study published by X.' and 'According to X, ...'."""
    match = fp.ACCORDING_TO.search(sentence)
    if not match:
        return []
    if not sentence[:match.start()].strip():
        comma = sentence.find(",", match.end())
        if comma < 0:
            return []
        start, end = content_span(sentence, comma + 1, len(sentence))
        return [Reported(sentence[match.end():comma], "according to", match.start(), start + 1, end)]
    head = sentence[:match.start()].rstrip(" ,")
    source = re.split(r",", sentence[match.end():], maxsplit=1)
    tail = source[1] if len(source) > 1 else ""
    if len(tail.split()) > len(head.split()):
        start = len(sentence) - len(tail)
        start, end = content_span(sentence, start, len(sentence))
        return [Reported(source[0], "according to", match.start(), start + 1, end)]
    start, end = content_span(sentence, 0, len(head))
    return [Reported(source[0].rstrip(" ."), "according to", match.start(), start, end)]


def extract_as_said(sentence: str) -> list[Reported]:
    """'As the Ledger reported, the pier will close': the words after the source the sentence
    opens with, as after 'According to X,'."""
    match = fp.AS_SAID.match(sentence)
    if not match:
        return []
    verb = "verb" if match.group("verb") else "verb2"
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who") or match.group("who2"), match.group(verb), match.start(verb), start, end)]


def extract_said_that(sentence: str) -> list[Reported]:
    """'X said on Thursday that ...': the words after 'that'."""
    if "that" not in sentence:
        return []
    match = fp.SAID_THAT[0].match(sentence) or fp.SAID_THAT[1].match(sentence)
    if not match or match.group("verb")[:1].isupper():
        return []
    # 'X said the report showed that ...': the report's finding is part of what X said.
    if match.re is fp.SAID_THAT[1] and fp.SPEECH_WORD.search(match.group("who")):
        return []
    # 'Berg said that in the interview': with no verb after it, 'that' is what was said, not
    # the start of a clause.
    if not may_hold_a_verb(sentence[match.start("content"):]):
        return []
    # 'Lund cannot say that “in part,” Roe added': the words are Roe's, read as said after.
    if fp.QUOTE_THEN_SPEAKER.search(sentence, match.start("content")):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_said_inside(sentence: str) -> list[Reported]:
    """'Acts of protest, X said, are acts of patriotism': the whole sentence, told by X."""
    match = fp.SAID_INSIDE.match(sentence)
    if not match or len(match.group("who").split()) > 6:
        return []
    # 'When the storm came, Berg said, the crews left': a clause before the attribution may be
    # the writer's, the main clause after it is the speaker's; a phrase with no verb ('In the
    # end,'), or after a conjunction ('But the years that followed,'), is part of what was said,
    # unless a quotation follows, which is read as said on its own.
    if fp.OPENS_PHRASE.match(sentence) and quotation_of_its_own(match.group("rest")):
        return []
    if fp.OPENS_PHRASE.match(sentence) and fp.OPENS_CLAUSE.match(sentence) and may_hold_a_verb(match.group("head")):
        start, end = content_span(sentence, match.start("rest"), len(sentence))
        return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]
    start, end = content_span(sentence, 0, len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def quotation_of_its_own(words: str) -> bool:
    """True when the words hold a quotation long enough to be read as said on its own; a word
    or three in quotation marks ('paid for "sponsorships"') is a phrase of the reported words."""
    return bool(fp.OPENING.search(words)) and any(
        len(fp.WORD.findall(words[q.text_start:q.text_end])) >= MIN_QUOTE_WORDS for q in quoted_spans(words))


def extract_said_colon(sentence: str) -> list[Reported]:
    """'X said: the words that follow' when they are not in quotation marks."""
    if ":" not in sentence:
        return []
    match = fp.SAID_COLON.match(sentence)
    if not match:
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_said_after(sentence: str) -> list[Reported]:
    """'..., X said.' and '..., said X.': the words before the attribution."""
    # The attribution closes the sentence: without a cue near its end there is none (the
    # speaker's description may follow it: 'said Jane Roe, a senior adviser to ...').
    if len(sentence) > 200 and cue_free(sentence[-200:]):
        return []
    commas: list[int] = []      # the last four, last first
    at = sentence.rfind(",")
    while at >= 0 and len(commas) < 4:
        commas.append(at)
        at = sentence.rfind(",", 0, at)
    # '..., but Petrova told reporters ...' opens a clause of its own: what stands before
    # that comma is not Petrova's; an attribution before it may still close the words.
    # The verb stands between its comma and the next one (the speaker's words hold no comma
    # outside brackets): a comma with no verb of speech there is passed over at once.
    ends = [len(sentence)] + commas[:-1]
    match = next((m for m in (fp.SAID_AFTER.match(sentence, i) for i, end in zip(commas, ends)
                              if i > 0 and not cue_free(sentence[i:end if "(" not in sentence[i:end] else None],
                                                        fp.SPEECH_FORMS))
                  if m and (m.group("who") or m.group("who2")).split()[0].lower() not in fp.CLAUSE_CONJUNCTIONS
                  and not infinitive_cue(m)
                  and not (m.group("who2") and (not speaker_after_verb(m.group("who2"))
                                                or subject_with_aside(sentence[:m.start()])))
                  and not pronoun_after_quotation_in_reported_words(sentence, m)),
                 None)
    if not match:
        return []
    who = match.group("who") or match.group("who2")
    # 'When the storm came, Berg said, the crews left': after an opening phrase, only an
    # attribution that closes the sentence, with a speaker plainly named ('But ..., a source
    # said.', '..., said Mr. Roe, the lawyer.') or a pronoun ('But ..., she said.'), reports
    # the words before it.
    if fp.OPENS_PHRASE.match(sentence) and not (closing_attribution(sentence, match, who)
                                                or closing_pronoun(sentence, match, who)):
        return []
    if len(who.split()) > 8:
        return []
    # '... “in part,” Roe said': the closing mark ends the words as it opened them.
    closing = sentence[match.start() + 1:match.start() + 2] in ("”", '"')
    start, end = content_span(sentence, 0, match.start())
    end = match.start() + 2 if closing else end
    verb = "verb" if match.group("verb") else "verb2"
    return [Reported(who, match.group(verb), match.start(verb), start, end)]


def infinitive_cue(match: re.Match) -> bool:
    """True when the verb of a '..., X said' match is an infinitive ('..., Roe said it was too
    early to tell'): its subject is no one, and the words before the comma are not what it says."""
    who = match.group("who")
    return bool(who) and who.split()[-1].lower() == "to"


def pronoun_after_quotation_in_reported_words(sentence: str, match: re.Match) -> bool:
    """True for '... “in part,” she said' after a verb of speech ('Roe said she kept it because
    “...,” she said'): the pronoun speaks on for the subject the sentence opened with, whose
    reported words hold the quotation, not for the words before the quotation alone."""
    who = (match.group("who") or match.group("who2") or "").split()
    return (sentence[match.start() + 1:match.start() + 2] in ("”", '"') and bool(who)
            and who[0].lower() in fp.PERSON_SUBJECTS and not speech_free(sentence[:match.start()]))


def speaker_after_verb(who: str) -> bool:
    """True when the words after an inverted verb can name a speaker ('..., said the mayor'):
    not a clause of their own ('..., said the town should have ...') nor words no speaker
    opens with ('..., says despite being ...', '..., reported it to the police')."""
    return not (fp.NOT_A_SPEAKER_START.match(who.lstrip()) or has_a_verb(who))


def has_a_verb(words: str) -> bool:
    """True when the words have an auxiliary, a modal or a copula outside a relative clause."""
    relative = fp.RELATIVE.search(f" {words} ")
    return bool(fp.VERB_OF_A_CLAUSE.search(words[:relative.start()] if relative else words))


def subject_with_aside(words: str) -> bool:
    """True when the words before '..., said' are a name and an aside set after it ('Erik Lind,
    who leads the opposition', 'Lind, 54'): the verb's own subject, not words it reports."""
    if fp.OPENS_PHRASE.match(words) or words.count(",") != 1:
        return False
    subject, aside = (part.strip() for part in words.split(","))
    if fp.RELATIVE_ASIDE.fullmatch(aside):
        return True
    # An appositive is a noun phrase: with a verb of its own it is a clause ('Across Lund,
    # the roads were closed').
    return bool(fp.NAMED_SUBJECT.fullmatch(subject) and not has_a_verb(subject)
                and fp.ASIDE.fullmatch(aside) and not has_a_verb(aside))


def closing_attribution(sentence: str, match: re.Match, who: str) -> bool:
    """True when a '..., X said' match closes its sentence and X reads as a speaker: a name,
    or a noun phrase that opens with a determiner and ends in no function word."""
    words = who.split()
    if match.group("who2"):
        return who[:1].isupper()
    told = match.end("verb")
    # '..., federal officials said.': a group named by its plural in lower case is a speaker too.
    return (not sentence[told:].lstrip().startswith(",") and bool(words)
            and (who[:1].isupper() or words[0].lower() in fp.SPEAKER_DETERMINERS
                 or bool(fp.UNNAMED_GROUP_WHOLE.fullmatch(who.strip())))
            and words[-1].lower() not in fp.FUNCTION_ENDS)


def closing_pronoun(sentence: str, match: re.Match, who: str) -> bool:
    """True when a '..., she said' match closes its sentence with a personal pronoun as its
    subject: nothing but a time and the full stop follows the verb."""
    return (bool(match.group("who")) and who.strip().lower() in fp.SPEAKING_PRONOUNS
            and bool(fp.CLOSING_REST.match(sentence, match.end("verb"))))


def extract_said_clause(sentence: str) -> list[Reported]:
    """'X said he ...': a reported clause with no 'that'."""
    match = fp.SAID_CLAUSE.match(sentence)
    if not match or fp.FREE_RELATIVE_END.search(match.group("who")):
        return []
    # A clause has a verb of its own ('said the pier failed'), not only the verb's object.
    content = sentence[match.start("content"):]
    if not may_hold_a_verb(content) or object_and_predicate(content):
        return []
    # 'is promising calm seas': after a verb in '-ing' only a clause that opens with its own
    # subject is reported; an object is what is promised, read by the rules for objects.
    if match.group("verb").endswith("ing") and not fp.CLAUSE_SUBJECT_START.match(content):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def may_hold_a_verb(words: str) -> bool:
    """False when no word can be a clause's verb ('noted the delay in the letter'): none is
    an auxiliary (whole or contracted: 'they’re'), a past form or a word in '-s' ('the council
    meets'), and none follows a subject pronoun or 'to' ('asked the court to intervene')."""
    previous = ""
    for word in words.lower().split():
        word = word.strip(".,;:!?’'\"“”()")
        if fp.VERB_OF_A_CLAUSE.fullmatch(word) or fp.PAST_VERB.fullmatch(word) or word in fp.IRREGULAR_PAST \
                or (len(word) > 3 and word.endswith("s")) or previous in fp.PERSON_SUBJECTS \
                or previous == "to" or fp.CONTRACTED_VERB.search(word):
            return True
        previous = word
    return False


def object_and_predicate(words: str) -> bool:
    """True when the words after a verb are its object and a second verb of its subject
    ('noted the delay in the meeting and left early'), not a clause: no word before 'and'
    can be a verb, and a past form follows it that is no verb of speech."""
    before, joined, after = words.partition(" and ")
    if not joined or not after:
        return False
    following = after.split()[0].strip(".,;:!?").lower()
    # '... touted his wealth and said it ...' goes on to say something: left to be read whole.
    if not (fp.PAST_VERB.fullmatch(following) or following in fp.IRREGULAR_PAST) \
            or fp.SPEECH_WORD.fullmatch(following):
        return False
    # 'warned the rain and cold wind could last': a modal after it makes 'and' join
    # two subjects of one clause ('unsettled' a word that only looks like a verb).
    if fp.VERB_OF_A_CLAUSE.search(re.split(r",|\bthat\b", after, maxsplit=1)[0]):
        return False
    return not may_hold_a_verb(before)


def read_to_end(pattern: re.Pattern[str], sentence: str) -> list[Reported]:
    """The subject, verb and content of a pattern that reads the sentence from its start, the
    content running to the sentence's end."""
    match = pattern.match(sentence)
    if not match:
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_issued_saying(sentence: str) -> list[Reported]:
    """'Roe issued a statement saying the pier is safe': what the subject put out says it."""
    return read_to_end(fp.ISSUED_SAYING, sentence)


def extract_intent(sentence: str) -> list[Reported]:
    """'Roe vowed to fight on at the pier': the act a subject commits to or means to do; a
    question ('Why would anyone want to buy the pier?') asks it of no one."""
    return [] if asks(sentence) else read_to_end(fp.INTENT, sentence)


def extract_wanted(sentence: str) -> list[Reported]:
    """'Most dock workers want a new pier', 'Roe wants the board to resign': what the
    subject wants; a question asks it of no one."""
    return [] if asks(sentence) else read_to_end(fp.WANTED, sentence)


def asks(sentence: str) -> bool:
    """True for a sentence that ends in a question mark, inside closing quotation marks or not."""
    return sentence.rstrip(" ”\"’'").endswith("?")


def extract_finding(sentence: str) -> list[Reported]:
    """'Polls show Lund ahead', 'The audit found gaps in the books': what a poll, a study or
    records found, read without a 'that'."""
    return read_to_end(fp.FINDING, sentence)


def extract_finding_inside(sentence: str) -> list[Reported]:
    """'..., and recent polls show Lund ahead': a finding whose subject opens a clause
    inside the sentence, read from its verb to the sentence's end."""
    match = fp.FINDING_INSIDE.search(sentence)
    if not match:
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_found_after(sentence: str) -> list[Reported]:
    """'The pier was sold in 2010, records show.': the words before a finding that closes them."""
    match = fp.FOUND_AFTER.search(sentence)
    if not match:
        return []
    start, end = content_span(sentence, 0, match.start())
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_found_in(sentence: str) -> list[Reported]:
    """'In a new Ledger poll, Lund leads by six points' and 'Lund leads by six points in the latest
    polls': what the poll, the study or the report found."""
    match = fp.FOUND_IN.match(sentence)
    if match:
        start, end = content_span(sentence, match.start("content"), len(sentence))
    else:
        match = fp.FOUND_IN_AFTER.search(sentence)
        if not match:
            return []
        start, end = content_span(sentence, 0, match.start())
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def found_in_alone(sentence: str, words: frozenset[str]) -> list[Reported]:
    """What a poll or a study found, in a sentence with no other word of reported speech: read
    only where it holds 'in' and a word for a finding, as most sentences hold neither."""
    if "in" not in words or fp.FINDING_HEADS.isdisjoint(words):
        return []
    return [r for r in extract_found_in(sentence) if len(fp.WORD.findall(sentence[r.start:r.end])) >= MIN_REPORTED_WORDS]


def extract_object_claim(sentence: str) -> list[Reported]:
    """'X accused Russia of ...', 'X called for ...': the object and what follows."""
    return read_to_end(fp.OBJECT_CLAIM, sentence)


def extract_framed_quote(sentence: str) -> list[Reported]:
    """'X called the mayor a "sore loser"': a partial quotation and the words around it."""
    if '"' not in sentence and "“" not in sentence:
        return []
    match = fp.FRAMED.match(sentence)
    if not match:
        return []
    # 'thanked her "tireless harbour master" Tom Lund': a label set before a name frames nothing.
    if all(is_epithet(sentence, q) for q in quoted_spans(sentence) if q.start >= match.start("content")):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]




def extract_naming_claim(sentence: str) -> list[Reported]:
    """'X called the plan reckless', 'X described the vote as a farce', 'X praised the crews for
    ...': the object and what it is named or judged, as X's words."""
    read = read_to_end(fp.NAMING_CLAIM, sentence)
    return [r for r in read if not fp.OTHERS_WORDS_OBJECT.match(sentence, r.start)]


def extract_topic(sentence: str) -> list[Reported]:
    """'Lund talked about the harbour's debts', 'Roe discussed a new tax': what was spoken of."""
    return read_to_end(fp.TOPIC_CLAIM, sentence)


def sentence_subject(sentence: str) -> re.Match | None:
    """The subject of a sentence's first clause; past an opening phrase the pattern read as one
    ('In an incendiary press conference, Lund launched ...': 'press' is no verb)."""
    subject = subject_past_clause(sentence, fp.SUBJECT.match(sentence))
    if subject and fp.OPENS_PHRASE.match(subject.group("who")) and "," not in subject.group("who"):
        comma = sentence.find(",", subject.end("who"))
        later = fp.SUBJECT.match(sentence[comma + 1:].lstrip()) if 0 < comma < 120 else None
        # A subject opens with a name or a determiner, not a verb ('recalling how ...').
        if later and later.group("who").strip() and (later.group("who")[:1].isupper()
                                                     or later.group("who").split()[0] in fp.SPEAKER_DETERMINERS):
            return later
    return subject


def subject_past_clause(sentence: str, subject: re.Match | None) -> re.Match | None:
    """The subject of the main clause where the subject read is a clause's that opens the
    sentence, past an opening phrase ('In June, after Lund fell ill, Berg wrote ...': Berg,
    not 'after Lund'); the subject read otherwise."""
    if not subject or not fp.OPENING_CLAUSE.match(subject.group("who")[:1].upper() + subject.group("who")[1:]):
        return subject
    comma = sentence.find(",", subject.end("who"))
    if not 0 < comma - subject.start("who") < MAX_OPENING_CLAUSE:
        return subject
    later = fp.SUBJECT.match(sentence[comma + 1:].lstrip())
    # A subject opens with a name or a determiner, not a verb ('recalling how ...').
    if later and later.group("who").strip() and (later.group("who")[:1].isupper()
                                                 or later.group("who").split()[0] in fp.SPEAKER_DETERMINERS):
        return later
    return subject


MAX_OPENING_CLAUSE = 120


def extract_participle(sentence: str) -> list[Reported]:
    """'The mayor spoke for an hour, adding that ...': the sentence's subject said it."""
    joined = fp.PARTICIPLE.search(sentence)
    # The subject is read only for a sentence that has the participle: most have none.
    subject = sentence_subject(sentence) if joined else None
    if not joined or not subject or not subject.group("who").strip():
        return []
    who = subject.group("who") if subject.start("who") < joined.start() else clause_subject(sentence[:joined.start()])
    if not who.strip():
        return []
    start, end = content_span(sentence, joined.start("content"), len(sentence))
    return [Reported(who, joined.group("verb"), joined.start("verb"), start, end)]


def clause_subject(clause: str) -> str:
    """The subject of the clause a participle is joined to, where the sentence's subject was read
    past it ('Lund hit back, saying Roe ...' is Lund's, not 'saying Roe'): the clause's subject
    as a verb follows it, else the capitalised words that open it, or ''."""
    subject = fp.SUBJECT.match(clause)
    if subject and subject.group("who").strip() and "," not in subject.group("who"):
        return subject.group("who")
    opening = fp.OPENING_NAME_RUN.match(clause)
    return opening.group("who") if opening else ""


def extract_naming_participle(sentence: str) -> list[Reported]:
    """'The mayor left the hall, calling the plan "a disaster"': the sentence's subject named it."""
    joined = fp.NAMING_PARTICIPLE.search(sentence)
    subject = sentence_subject(sentence) if joined else None
    if not joined or not subject or not subject.group("who").strip():
        return []
    end = named_end(sentence, joined.start("content"), joined.group("verb")) \
        if fp.OPENING.search(sentence, joined.start("content")) else unquoted_name_end(sentence, joined.start("content"))
    if end < 0:
        return []
    return [Reported(subject.group("who"), joined.group("verb"), joined.start("verb"), joined.start("content"), end)]


def unquoted_name_end(sentence: str, start: int) -> int:
    """Where an object and its name given without quotation marks end ('..., calling the plan
    reckless and costly.'): at the end of the clause, before a participle that joins another."""
    return content_span(sentence, start, len(sentence))[1]


def extract_asked(sentence: str) -> list[Reported]:
    """'Asked whether the port would close, Roe said ...': the question someone was asked, read
    beside whatever the sentence reports of the answer."""
    # A look for the word spares most sentences the search.
    match = fp.ASKED_QUESTION.search(sentence) if "sked " in sentence else None
    if not match:
        return []
    start, end = content_span(sentence, match.start("content"), match.end("content"))
    return [Reported(match.group("who") or "", match.group("verb"), match.start("verb"), start, end)]


def extract_belief(sentence: str) -> list[Reported]:
    """'Most voters feel the city is headed the wrong way': what the subject holds true, a
    clause whose verb stands before its first comma."""
    match = fp.BELIEF.match(sentence)
    if not match or not may_hold_a_verb(sentence[match.start("content"):].split(",")[0]):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_stance(sentence: str) -> list[Reported]:
    """'The crews are confident the pier will hold', 'Roe made clear that the pier is safe':
    the clause a subject holds an attitude to or states, its verb before its first comma."""
    match = fp.STANCE.match(sentence)
    if not match or not may_hold_a_verb(sentence[match.start("content"):].split(",")[0]):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(match.group("who"), match.group("verb"), match.start("verb"), start, end)]


def extract_noun_saying(sentence: str) -> list[Reported]:
    """'62 percent of voters saying the economy is worse': what those named before a verb of
    speech in '-ing' say, a clause whose verb stands before its first comma."""
    gerund = fp.GERUND_AFTER_A_WORD.search(sentence)
    match = fp.NOUN_SAYING.search(sentence, max(0, gerund.start() - 120)) if gerund else None
    if not match or not may_hold_a_verb(sentence[match.start("content"):].split(",")[0]):
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    return [Reported(noun_phrase_end(match.group("who")), match.group("verb"), match.start("verb"), start, end)]


def noun_phrase_end(words: str) -> str:
    """The noun phrase that ends the words, from its determiner, number or name on ('62 percent
    of voters' of 'left 62 percent of voters'), or '' when none opens one."""
    split = words.split()
    first = next((i for i, word in enumerate(split) if word[:1].isupper() or word[:1].isdigit()
                  or word.lower() in fp.DETERMINERS | fp.SPEAKER_DETERMINERS), len(split))
    return " ".join(split[first:])


def extract_hearsay(sentence: str) -> list[Reported]:
    """'The mayor is expected to resign by Friday': what unnamed others hold of the subject, the
    subject with the rest of its clause, said by no one the sentence names."""
    core = fp.HEARSAY_CORE.search(sentence)
    match = fp.HEARSAY.search(sentence, max(0, core.start() - 150)) if core else None
    if not match:
        return []
    start, end = content_span(sentence, match.start("who"), len(sentence))
    return [Reported("", match.group("verb"), match.start("verb"), start, end)]


def extract_asked_whether(sentence: str) -> list[Reported]:
    """'Berg asked whether the pier would hold': the question its subject put."""
    return read_to_end(fp.ASKED_WHETHER, sentence)


def extract_noun_claim(sentence: str) -> list[Reported]:
    """'Lund's claim that the pier is safe', 'her plan to close the port': what a noun of speech
    or intent says, its owner's, read beside whatever else the sentence reports."""
    match = fp.NOUN_CLAIM.search(sentence)
    if not match:
        return []
    start, end = content_span(sentence, match.start("content"), len(sentence))
    # 'his claim' is his: the possessive stands for the pronoun that would say it.
    who = fp.POSSESSIVE_PRONOUNS.get(match.group("who").lower(), match.group("who"))
    return [Reported(re.sub(r"['’]s?$", "", who), match.group("verb"), match.start("verb"), start, end)]


INTENT_EXTRACTORS = (extract_finding_inside, extract_finding, extract_found_after, extract_intent, extract_wanted,
                     extract_belief, extract_stance,
                     extract_hearsay, extract_found_in, extract_topic)
# The words an extractor cannot read a sentence without.
WORDS_OF = {extract: frozenset(part for word in words for part in fp.PUNCTUATION_TO_SPACE.sub(" ", word).split())
            for extract, words in ((extract_finding, fp.FINDING_HEADS), (extract_found_after, fp.FINDING_HEADS),
                                   (extract_finding_inside, fp.FINDING_HEADS), (extract_intent, fp.INTENT_WORDS),
                                   (extract_wanted, fp.WANT_FORMS),
                                   (extract_issued_saying, fp.ISSUED_WRITINGS), (extract_found_in, fp.FINDING_HEADS), (extract_topic, fp.TOPIC_WORDS), (extract_naming_claim, fp.NAMING_CLAIM_WORDS),
                                   (extract_asked_whether, fp.QUESTION_FORMS), (extract_belief, fp.BELIEF_FORMS), (extract_stance, fp.STANCE_WORDS),
                                   (extract_noun_saying, fp.SPEECH_GERUNDS), (extract_hearsay, fp.HEARSAY_PARTICIPLES),
                                   (extract_according_to, {"according"}),
                                   (extract_said_that, fp.SPEECH_FORMS | fp.THAT_FORMS),
                                   (extract_said_clause, fp.SPEECH_FORMS), (extract_said_after, fp.SPEECH_FORMS),
                                   (extract_said_inside, fp.SPEECH_FORMS), (extract_object_claim, fp.OBJECT_FORMS),
                                   (extract_framed_quote, fp.FRAME_FORMS), (extract_participle, fp.PARTICIPLE_FORMS),
                                   (extract_naming_participle, fp.NAMING_PARTICIPLE_FORMS))}
RULE_WORDS = frozenset().union(*WORDS_OF.values())
CLAIM_EXTRACTORS = (extract_according_to, extract_as_said, extract_issued_saying, extract_said_inside, extract_said_that, extract_said_colon,
                    extract_said_after, extract_asked_whether, extract_said_clause, extract_finding_inside, extract_finding, extract_found_after, extract_object_claim, extract_intent, extract_wanted, extract_framed_quote, extract_naming_claim, extract_belief, extract_stance, extract_participle, extract_noun_saying, extract_hearsay,
                    extract_naming_participle, extract_found_in, extract_topic)


def is_noun_cue(who: str, cue: str = "") -> bool:
    """True when the words before a cue end in a determiner ('the claims', 'her remarks'), a
    possessive ('Friday's tweets') or a preposition ('a series of tweets'): no verb follows those;
    nor does a verb follow a verb ('studied reports', 'posted tweets', 'making statements')."""
    words = who.split()
    return bool(words) and (words[-1].lower() in fp.DETERMINERS | fp.BEFORE_A_NOUN
                            or bool(fp.POSSESSIVE.match(words[-1]))
                            or (cue.lower() in fp.NOUN_CUES and bool(fp.PAST_VERB.fullmatch(words[-1])
                                                                      or fp.GERUND.fullmatch(words[-1]))))


def subject_before_its_verb(sentence: str, reported: Reported) -> bool:
    """True when the cue is a verb's -s form with a verb of its own right after it ('Early
    reports said the pier held', 'Initial estimates put the cost at ...'): a plural noun,
    the subject of that verb, not a verb of speech."""
    cue = reported.cue
    if not cue.endswith("s") or reported.cue_at < 0:
        return False
    # 'a plan that he believes will fail': after a pronoun the -s form is its verb.
    before = sentence[:reported.cue_at].split()
    if before and before[-1].lower() in fp.PERSON_PRONOUNS | fp.PRONOUNS_BEFORE_A_VERB:
        return False
    after = sentence[reported.cue_at + len(cue):].split(None, 1)
    return bool(after) and after[0].lower() in fp.VERBS_AFTER_A_SUBJECT


def object_claim_end(sentence: str, reported: Reported) -> Reported:
    """An object claim without a clause of the writer's after it ('..., but he has also ...'),
    nor a second predicate of the subject that reports nothing ('... "harbour neglect" and left')."""
    contrast = fp.CONTRAST.search(sentence, reported.start, reported.end)
    predicate = next((m for m in fp.PREDICATE_AFTER_QUOTE.finditer(sentence, reported.start, reported.end)
                      if m.group("verb").lower() not in fp.CUE_WORDS), None)
    ends = [m.start() for m in (contrast, predicate) if m]
    if not ends:
        return reported
    start, end = content_span(sentence, reported.start, min(ends))
    return Reported(reported.who, reported.cue, reported.cue_at, start, end)


def reported_in(sentence: str) -> list[Reported]:
    """The reported speech of one sentence: the first extractor that reads it, and any
    claim joined to it ('..., adding that ...')."""
    # Most sentences hold no verb of speech: a look at their words spares every pattern.
    # A run of words longer than any sentence is page debris, not prose to read.
    if len(sentence) > MAX_SENTENCE_CHARS:
        return []
    words = sentence_words(sentence)
    if fp.CLAIM_WORDS.isdisjoint(words):
        return found_in_alone(sentence, words)
    # A sentence with no verb of speech may still say what a subject means to do or a poll
    # found: only those extractors read it.
    extractors = CLAIM_EXTRACTORS if not fp.CUE_WORDS.isdisjoint(words) else INTENT_EXTRACTORS
    # A verb inside quoted words is the speaker's own ('"I think the plan will fail," Berg told
    # me'): the quotation is what was said, not the words after that verb.
    # The quotations are looked for once, and only when an extractor has read something.
    quoted: list[tuple[int, int]] | None = None
    asked = extract_asked(sentence) + (extract_noun_claim(sentence) if not fp.CLAIM_NOUNS.isdisjoint(words) else [])
    # A rule of a few words runs only where its words are, looked up among the few words of the
    # sentence that any rule looks for rather than among all of them, rule after rule.
    ruled = words & RULE_WORDS
    for extract in extractors:
        if extract in WORDS_OF and WORDS_OF[extract].isdisjoint(ruled):
            continue
        read = extract(sentence)
        if not read:
            continue
        if quoted is None:
            quoted = [(q.text_start, q.text_end) for q in quoted_spans(sentence)] if fp.OPENING.search(sentence) else []
        # 'the reports', 'his remarks': after a determiner the cue is a noun, not a verb.
        # 'X would not say that ...', 'X never said ...': no claim of X's.
        found = [r for r in read if not is_noun_cue(r.who, r.cue)
                 and not subject_before_its_verb(sentence, r)
                 and not any(s <= r.cue_at < e for s, e in quoted)
                 and not fp.DENIED_CUE.search(sentence, 0, r.cue_at)
                 and not fp.CONDITIONAL_CLAUSE.search(sentence, 0, max(r.cue_at, 0))]
        if found:
            break
    else:
        return [r for r in asked if len(fp.WORD.findall(sentence[r.start:r.end])) >= MIN_REPORTED_WORDS]
    if extract in (extract_object_claim, extract_framed_quote, extract_naming_claim):
        found = [object_claim_end(sentence, r) for r in found]
    first = found[0]
    # 'X urged the crews to "stand firm" and said ...': an object claim ends
    # where the subject's next verb of speech begins the next one.
    # '... that the pier is safe and said ...': the subject's next verb of speech begins a claim of
    # its own, after any extractor whose words follow their cue.
    coordinated = fp.COORDINATED.search(sentence, first.start, first.end + 1) \
        if extract not in (extract_according_to, extract_said_inside, extract_said_after) else None
    if coordinated:
        start, end = content_span(sentence, coordinated.start("content"), first.end)
        found = [Reported(first.who, first.cue, first.cue_at, *content_span(sentence, first.start,
                                                                                 coordinated.start())),
                 Reported(first.who, coordinated.group("verb"), coordinated.start("verb"), start, end)]
        first = found[0]
    if not coordinated:
        found = with_coordinated_participle(sentence, found)
        first = found[0]
    # '... they're convinced the count was wrong and the unions accused the board of ...': a
    # subject of its own with its own verb of speech says what follows, not the first speaker.
    second = fp.SECOND_SPEAKER.search(sentence, first.start, first.end + 1) \
        if extract in (extract_said_that, extract_said_colon, extract_said_clause, extract_object_claim,
                       extract_framed_quote) else None
    # 'X said that Jones and Brown accused ...': a reported clause has a verb of its own before
    # the 'and'; a bare name there is one of two subjects, not a clause that ends.
    if second and extract is not extract_object_claim and extract is not extract_framed_quote \
            and not fp.SUBJECT.match(sentence[first.start:second.start()] + " "):
        second = None
    if second and not fp.PRONOUN_SUBJECT.match(second.group("who") + " x"):
        start, end = content_span(sentence, second.start("content"), first.end)
        found = [Reported(first.who, first.cue, first.cue_at, *content_span(sentence, first.start, second.start())),
                 *found[1:], Reported(second.group("who"), second.group("verb"), second.start("verb"), start, end)]
        first = found[0]
    # 'When Lund pointed out the cost, Berg seized on it, repeating ...': a cue inside a clause
    # that opens the sentence reports the clause's words alone; what the main clause goes on
    # to say is its own subject's, or no one's, never the clause's speaker's.
    comma = opening_clause_end(sentence, first)
    subject = first.who
    if comma >= 0:
        found[0] = first = replace(first, end=content_span(sentence, first.start, comma)[1])
        main = fp.MAIN_CLAUSE_SUBJECT.match(sentence, comma + 1)
        subject = main.group("who") if main else ""
    joined = fp.PARTICIPLE.search(sentence, first.start)
    if joined and extract not in (extract_according_to, extract_participle):
        start, end = content_span(sentence, joined.start("content"), len(sentence))
        found.append(Reported(subject, joined.group("verb"), joined.start("verb"), start, end))
    # '..., calling it "absurd"': the subject goes on to name something, in words of its own.
    naming = fp.NAMING_PARTICIPLE.search(sentence, first.start, first.end + 1) \
        if extract is not extract_naming_participle else None
    named_at = (named_end(sentence, naming.start("content"), naming.group("verb"))
                if fp.OPENING.search(sentence, naming.start("content"), first.end + 1)
                else unquoted_name_end(sentence[:first.end + 1], naming.start("content"))) if naming else -1
    if naming and named_at >= 0:
        found = [Reported(first.who, first.cue, first.cue_at, *content_span(sentence, first.start, past_comma_mark(sentence, naming.start()))),
                 *found[1:], Reported(first.who, naming.group("verb"), naming.start("verb"),
                                      naming.start("content"), named_at)]
    found = [named(sentence, r) for r in found]
    # The question put, when the answer reported is other words ('Asked whether ..., Roe said no').
    # 'Berg's repeated vows to ...': a cue word after a possessive is the noun, not a verb.
    found = [r for r in found if not any(a.cue_at == r.cue_at for a in asked)]
    found += [a for a in asked if not any(r.start < a.end and a.start < r.end for r in found)]
    return [r for r in found if len(fp.WORD.findall(sentence[r.start:r.end])) >= MIN_REPORTED_WORDS
            or named_end(sentence, r.start, r.cue) == r.end]


def reported_in_clauses(sentence: str) -> list[Reported]:
    """The reported speech of each clause of a sentence its semicolons join, where the whole
    sentence reads as none ('The pier has cracks, Berg said; his crews found them in May'):
    each clause is a sentence of its own, whose attribution closes or opens it."""
    if ";" not in sentence:
        return []
    found: list[Reported] = []
    at = 0
    for part in sentence.split(";"):
        clause = part.lstrip()
        opens = at + len(part) - len(clause)
        for r in reported_in(clause.rstrip()):
            found.append(Reported(r.who, r.cue, opens + r.cue_at if r.cue_at >= 0 else r.cue_at,
                                  opens + r.start, opens + r.end))
        at += len(part) + 1
    return found


def past_opening_aside(text: str, start: int, end: int) -> int:
    """Where reported words begin past an aside that opens them and the 'that' after it ('Berg
    said, per a translator, that the pier was unsafe'): the claim is the clause, not how
    or where it was said; `start` where they open with no such aside."""
    aside = fp.OPENING_ASIDE.match(text, start, end)
    if not aside or len(fp.WORD.findall(text, aside.end(), end)) < MIN_REPORTED_WORDS:
        return start
    return aside.end()


def with_coordinated_participle(sentence: str, found: list[Reported]) -> list[Reported]:
    """The first reported words cut where a participle of speech joined by 'and' begins words of
    its own ('saying the vote was close and adding, "..."'), said by the name set before the
    participle, if any ('..., Roe calling it "bold" and Lund calling it "a gamble"'), or by
    the first speaker."""
    first = found[0]
    if " and " not in sentence[first.start:first.end]:
        return found
    joined = fp.COORDINATED_PARTICIPLE.search(sentence, first.start, first.end + 1)
    if not joined or len(fp.WORD.findall(sentence[first.start:joined.start()])) < MIN_REPORTED_WORDS:
        return found
    start, end = content_span(sentence, joined.start("content"), first.end)
    who = joined.group("who").strip() if joined.group("who") else first.who
    return [replace(first, end=content_span(sentence, first.start, past_comma_mark(sentence, joined.start()))[1]),
            *found[1:], Reported(who, joined.group("verb"), joined.start("verb"), start, end)]


def opening_clause_end(sentence: str, reported: Reported) -> int:
    """The comma closing a clause that opens the sentence ('When Lund pointed out the cost,')
    when the reported words' cue is inside it and they run past it, or -1."""
    if not fp.OPENING_CLAUSE.match(sentence) or reported.cue_at < 0:
        return -1
    # A comma inside a number ('2,400') or after a day of the month ('Sept. 11, 2001') ends no clause.
    comma = fp.CLAUSE_COMMA.search(sentence, reported.cue_at)
    # 'As the Ledger reported, the pier ...': words that begin after the clause are not bounded by it.
    if not comma or reported.end <= comma.start() or reported.start > comma.start() \
            or fp.OPENING.search(sentence, 0, comma.start()):
        return -1
    return comma.start()


def reported_in_title_case(sentence: str) -> list[Reported]:
    """The reported speech of a sentence written in title case, as a headline is ('Jane Roe
    Says The Pier Will Close'): read in lower case after its first word, where the verb and
    the clause look as they do in a sentence; each speaker in the letters the text gives."""
    # 'Jane Roe Endorses Tom Lund: ...' is a label and its words, read by the label's rule.
    if fp.CUE_WORDS.isdisjoint(sentence_words(sentence)) or ":" in sentence:
        return []
    words = [w for w in fp.WORD.findall(sentence) if len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return []
    first = re.match(r"\W*\w+", sentence)
    lowered = sentence[:first.end()] + sentence[first.end():].lower() if first else sentence.lower()
    found = []
    for reported in reported_in(lowered):
        at = lowered.find(reported.who)
        who = sentence[at:at + len(reported.who)] if at >= 0 else reported.who
        found.append(Reported(who, sentence[reported.cue_at:reported.cue_at + len(reported.cue)], reported.cue_at,
                              reported.start, reported.end))
    return found


def named_end(sentence: str, start: int, cue: str) -> int:
    """Where the object and quoted name after a naming verb end ('called him "a fraud"'), or -1."""
    if " ".join(cue.lower().split()) not in fp.NAMING_CUES:
        return -1
    match = fp.NAMED.match(sentence, start)
    if not match or (fp.NAME_GOES_ON.match(sentence, match.end()) and not name_closed_by_comma(sentence, match.end())):
        return -1
    return match.end()


def name_closed_by_comma(sentence: str, end: int) -> bool:
    """True when a comma closes the quoted name, inside its marks or right after them ('called
    him "a fraud," adding ...', 'called it "a farce", then left'): what follows is another clause."""
    return sentence[end - 2:end - 1] == "," or sentence[end:end + 1] == ","


def named(sentence: str, reported: Reported) -> Reported:
    """Reported words after a naming verb, cut after the quoted name: what follows it is the
    writer's ('called the plan "reckless" and left the hall')."""
    end = named_end(sentence, reported.start, reported.cue)
    if end < 0 or end > reported.end + 1:
        return reported
    return Reported(reported.who, reported.cue, reported.cue_at, reported.start, end)


# --- dates, hedges, statistics ------------------------------------------------------

def dates_in(text: str, reference: date | None) -> list[DateMention]:
    """Printed dates, and weekdays when the article's own date anchors them."""
    found = list(absolute_dates(text)) if fp.DIGIT.search(text) else []
    if reference and fp.DAY_WORD.search(text):
        found += [m for m in relative_dates(text, reference)
                  if not any(a.start <= m.start < a.end for a in found)]
    return sorted(found, key=lambda m: m.start)


def statement_date(sentence: str, offset: int, cue_at: int, content: tuple[int, int],
                   reference: date | None) -> tuple[date | None, str]:
    """The date a statement was made: the date words nearest its cue outside what was said,
    else a date inside it; words too vague for a day are kept without one."""
    mentions = dates_in(sentence, reference)
    outside = [m for m in mentions if not (content[0] <= offset + m.start < content[1])]
    if outside and any(m.relative for m in outside):
        # The tense of what was said ('the council would vote') says nothing of when it was
        # said: a weekday beside the cue ('Berg said on Monday') counts from the words outside it.
        outside = [m for m in dates_in(outside_of(sentence, offset, content), reference)
                   if not (content[0] <= offset + m.start < content[1])]
    pool = outside or mentions
    if pool:
        best = min(pool, key=lambda m: abs(offset + m.start - cue_at))
        return best.date, best.text
    vague = [v for v in vague_dates(sentence) if not (content[0] <= offset + v[0] < content[1])]
    return None, vague[0][2] if vague else ""


def outside_of(sentence: str, offset: int, content: tuple[int, int]) -> str:
    """The sentence with what was said blanked out, every other character where it was."""
    start, end = max(content[0] - offset, 0), min(content[1] - offset, len(sentence))
    if start >= end:
        return sentence
    return sentence[:start] + " " * (end - start) + sentence[end:]


def dated_by_its_article(fact: Fact, article: Article) -> Fact:
    """A statement its article's text left undated, dated once the article's day is known
    after extraction (from its file name): a weekday or 'yesterday' in its sentence counts
    from that day, as statement_date counts it from a printed date."""
    if fact.date is not None or article.published is None or fact.kind == "statistic":
        return fact
    text = next((p.text for p in article.paragraphs if p.number == fact.paragraph), "")
    if not fp.DAY_WORD.search(text) or fact.text not in text:
        return fact
    return dated_in(fact, text, article.published)


# A build with a file-name pattern dates the same facts again at every save while serving:
# the same fact comes back, so what is kept from the last build stays valid.
@lru_cache(maxsize=16384)
def dated_in(fact: Fact, text: str, published: date) -> Fact:
    """The fact dated by the date words of its sentence in its paragraph's text."""
    start = text.find(fact.text)
    end = start + len(fact.text)
    sentence = sentence_of(sentences(text, quoted_spans(text)), start)
    near = (max(sentence[0], start - MAX_CONTEXT_CHARS), min(max(sentence[1], end), end + MAX_CONTEXT_CHARS))
    content = (start, end) if fact.kind != "event" else (-1, -1)
    day, day_text = statement_date(text[near[0]:near[1]], near[0], start, content, published)
    return replace(fact, date=day, date_text=day_text) if day else fact


def hedges_in(text: str) -> tuple[str, ...]:
    """Words that mark a statement as unconfirmed."""
    if not may_match(fp.HEDGES, text):
        return ()
    return tuple(dict.fromkeys(m.group(0) for m in fp.HEDGES.finditer(text)))


def quantity_end(text: str, at: int) -> re.Match | None:
    """Where what a quantity counts stops, from `at`: the full stop of a title or a short form
    ('39 percent for Mr. Berg') is not it."""
    stop = fp.QUANTITY_END.search(text, at)
    while stop and stop.group() == "." and is_short_form(text[text.rfind(" ", 0, stop.start()) + 1:stop.start()]):
        stop = fp.QUANTITY_END.search(text, stop.end())
    return stop


def is_short_form(word: str) -> bool:
    """True for a title, a short form or an initial, whose full stop ends no sentence."""
    return word.lower() in fp.ABBREVIATIONS or (len(word) == 1 and word.isupper())


def statistics_in(text: str) -> list[tuple[int, int]]:
    """Spans of quantities with what they count ('over a third of all farms in Lund')."""
    spans = []
    if not fp.QUANTITY_HINT.search(text):
        return spans
    for match in fp.QUANTITY.finditer(text):
        stop = quantity_end(text, match.end())
        end = stop.start() if stop else len(text)
        if len(text[match.start():end].split()) > 12:
            end = match.end()
        start = match.start()
        if len(text[start:end].split()) < MIN_STATISTIC_WORDS:
            # A bare number ('15 percent') says nothing alone: its clause says what it counts.
            start = max(text.rfind(sep, 0, start) for sep in (", ", "; ", ": ", " — "))
            start = 0 if start < 0 else start + 2
            stop = min([i for i in (text.find(sep, end) for sep in (", ", "; ", " — ")) if i >= 0] + [len(text)])
            end = content_span(text, start, stop)[1]
            if len(text[start:end].split()) > MAX_STATISTIC_WORDS:
                continue
        spans.append(content_span(text, start, end))
    return spans


# --- one paragraph ------------------------------------------------------------------

def paragraph_facts(article: Article, paragraph: Paragraph, quotes: tuple[Quoted, ...], names: Names,
                    carried: tuple[str, ...], earlier: tuple[str, ...]) -> tuple[list[Fact], tuple[str, ...]]:
    """The facts of one paragraph, and the speakers a following paragraph may carry on."""
    text, number = paragraph.text, paragraph.number
    spans = sentences(text, quotes)
    if not spans:
        return [], ()
    facts: list[Fact] = []

    def make(kind: str, start: int, end: int, said: Said | None, sentence: tuple[int, int],
             content: tuple[int, int], words: str = "") -> Fact:
        """The fact of these words (of text[start:end] unless given), dated, hedged and with
        the actors it names."""
        if kind == "claim" and not words:
            start = past_opening_aside(text, start, end)
        words = words or text[start:end]
        # The words around a fact that may date or hedge it: its sentence, within reach.
        near = (max(sentence[0], start - MAX_CONTEXT_CHARS), min(sentence[1], end + MAX_CONTEXT_CHARS))
        day, day_text = statement_date(text[near[0]:near[1]], near[0],
                                       said.cue_at if said else start, content, article.published)
        if kind == "quote" and said and said.cue_at < 0:
            day, day_text = None, ""
        speakers = said.speakers if said else ()
        named = tuple(dict.fromkeys(n for _, _, n in names.named(words, number) if n not in speakers))
        return Fact(fact_id(article.source, words), article.source, number, kind, words, speakers, named,
                    day, day_text, said.cue if said else "", hedges_in(text[near[0]:near[1]]),
                    speaker_note="" if speakers or kind not in ("quote", "claim") else speaker_note(said, text))

    label = fp.LABEL.match(text)
    who = label_speakers(label.group("who"), names, number, earlier) if label else ()
    # 'ROE: ...' is a transcript; 'NEW DELHI: ...' a dateline, which names no one who speaks.
    if who and not quotes:
        said = Said(who, ":", 0)
        facts.append(make("quote", label.start("words"), len(text), said, spans[0], (0, len(text))))
        return facts, who
    quoted = [(quote, said) for quote, said in paragraph_quotes(paragraph, quotes, spans, names, earlier, carried)
              if not (is_title(text[quote.text_start:quote.text_end]) and not is_set_off_speech(text, quote, said)
                      and not is_short_reply(text, quote, said)
                      and not (spoken_right_before(text, quote, said) and is_question_or_cry(text, quote))
                      and not is_spoken_sentence(text, quote, said))
              and (not is_scare_quote(text, quote, spans) or spoken_right_before(text, quote, said))
              and (said is not None or len(fp.WORD.findall(text[quote.text_start:quote.text_end])) >= MIN_UNATTRIBUTED_WORDS)]
    claims, framing = reported_claims(text, number, spans, quoted, names, earlier)
    # A sentence none is found in is read again with its titles as the names they are ('on
    # Lund TV's "Morning Hour," Berg said ...'), not as quotations that break it up.
    unread = tuple(sp for sp in spans if not any(sp[0] <= c.start < sp[1] for c in claims))
    retitled = without_title_marks(text, quotes)
    # Without a title to unmark, the sentences read the same again and give nothing new.
    if unread and retitled != text:
        claims += reported_claims(retitled, number, unread, quoted, names, earlier)[0]
    # 'The talks will go on, Berg said. "The other reason is ..."': a quotation with no
    # verb of its own goes on with the reported words just before it.
    # 'X said the museum would tell their stories -- "the slave, the porter ..."': reported
    # words that are mostly the quotation say whose it is.
    quoted = [(quote, said or next((f.said for f in framing if f.start <= quote.start and quote.end <= f.end + 1), None)
               or claim_before(quote, claims)) for quote, said in quoted]
    quoted = [(quote, said or narrated_before(text, quote, spans, names, number)) for quote, said in quoted]
    attributed = {q for q, s in quoted if s}
    claims += framed_partial_quotes(text, number, quotes, attributed, spans, claims, names, earlier)
    claimed: list[tuple[int, int]] = [(c.start, c.end) for c in claims]
    kept: list[tuple[Quoted, Said | None]] = []
    for quote, said in quoted:
        start, end = quote_text(text, quote)
        # A quotation inside reported words is read with them, unless someone else is
        # named as saying it ('When Roe noted that ..., Lund replied, "..."').
        holders = [c for c in claims if c.start <= quote.start and quote.end <= c.end + 1
                   # Reported words that open with a whole quoted sentence say it ('chanted
                   # "Go home!" and marched on'); a quoted phrase is read with them.
                   and not (c.start == quote.start and c.end > quote.end + 1 and is_whole_sentence(text, quote))]
        if start >= end or any(not (said and said.speakers and said.cue_at >= 0 and said.cue
                                    and set(said.speakers).isdisjoint(c.said.speakers)) for c in holders):
            continue
        kept.append((quote, said))
    for run in interrupted_quotations(text, kept):
        (first, said), (last, _) = run[0], run[-1]
        start, end = quote_text(text, first)[0], quote_text(text, last)[1]
        facts.append(make("quote", start, end, said, sentence_of(spans, first.start), (first.start, last.end),
                          quotation_without_attribution(text, [quote for quote, _ in run])))
        claimed.append((first.start, last.end))
    for claim in claims:
        facts.append(make("claim", claim.start, claim.end, claim.said, claim.sentence, (claim.start, claim.end)))
    for sentence in spans:
        for start, end in statistics_in(text[sentence[0]:sentence[1]]):
            start, end = sentence[0] + start, sentence[0] + end
            holder = next((f for f in facts if f.kind == "claim" and f.text.find(text[start:end]) >= 0), None)
            said = statistic_said(holder)
            facts.append(make("statistic", start, end, said, sentence, (start, end)))
    for sentence in spans:
        if any(s < sentence[1] and sentence[0] < e for s, e in claimed):
            continue
        words = text[sentence[0]:sentence[1]]
        found = dates_in(words, article.published)
        if found:
            start, end = content_span(text, sentence[0], sentence[1])
            facts.append(make("event", start, end, None, sentence, (-1, -1)))
    attributed = [f for f in facts if f.kind in ("quote", "claim") and f.speakers]
    if attributed:
        return facts, attributed[-1].speakers
    # 'Roe made this statement:' hands the next paragraph to its subject.
    if text.rstrip().endswith(":"):
        subject = fp.SUBJECT.match(text[spans[-1][0]:spans[-1][1]])
        if subject and subject.group("who").strip():
            return facts, speakers_of(subject.group("who"), names, number, earlier, spans[-1][0])[0]
    return facts, ()


def narrated_before(text: str, quote: Quoted, spans, names: Names, number: int) -> Said | None:
    """'Berg praised the crews. "We need more people like them."': a quotation that opens its
    sentence with no words attributing it goes on with the one person or body the sentence of
    narration just before it is about, in its paragraph or, opening one, at the end of the
    paragraph before. None where that sentence quotes someone itself or its subject is no one
    person or body the article names."""
    sentence = sentence_of(spans, quote.start)
    # A sentence of speech after it ('... Berg said the ferries would run.'), or a signature
    # below, may be the quotation's own attribution: the text leaves it open.
    if text[sentence[0]:quote.start].strip() or not cue_free(text[sentence[1]:]) \
            or fp.SIGNATURE_LINE.match(names.numbered.get(number + 1, "")):
        return None
    before, at = text[:sentence[0]].rstrip(), number
    if not before:
        before, at = names.numbered.get(number - 1, "").rstrip(), number - 1
    last = sentences(before, quoted_spans(before))[-1:] if before.endswith((".", "!")) else ()
    narration = before[last[0][0]:last[0][1]] if last else ""
    subject = sentence_subject(narration) if narration and not fp.OPENING.search(narration) else None
    if not subject or not subject.group("who").strip():
        return None
    who = speakers_of(subject.group("who"), names, at, (), before.find(subject.group("who").strip(), last[0][0]))[0]
    if len(who) != 1 or names.kind(who[0]) not in ("person", "organisation"):
        return None
    return Said(who, "", -1)


def reported_claims(text: str, number: int, spans: tuple[tuple[int, int], ...],
                    quoted: list[tuple[Quoted, Said | None]], names: Names, earlier: tuple[str, ...]
                    ) -> tuple[list[Claim], list[Claim]]:
    """Reported speech in each sentence; and apart from it, the reported words that are
    mostly a quotation, with who said them, which frame that quotation."""
    quoted_at = [(q.start, q.end) for q, _ in quoted]
    claims: list[Claim] = []
    framing: list[Claim] = []
    # '"...," the harbour master said, adding that ...': the speaker of a quotation goes on to a claim.
    for quote, said in quoted:
        if not said or not said.speakers or said.cue_at < quote.end:
            continue
        sentence = sentence_of(spans, said.cue_at)
        if not sentence[0] <= said.cue_at < sentence[1]:
            continue
        joined = fp.PARTICIPLE.search(text[:sentence[1]].rstrip(), said.cue_at)
        if joined and not any(q.start >= quote.end and q.end <= joined.start() for q, _ in quoted):
            start, end = content_span(text, joined.start("content"), len(text[:sentence[1]].rstrip()))
            if len(fp.WORD.findall(text[start:end])) >= 3:
                claims.append(Claim(start, end, Said(said.speakers, joined.group("verb"), joined.start("verb")),
                                    sentence))
    for sentence in spans:
        # Without the space before the next sentence: '..., X said.' ends the words read.
        words = text[sentence[0]:sentence[1]].rstrip()
        for reported in reported_in(words) or reported_in_clauses(words) or reported_in_title_case(words):
            start, end = sentence[0] + reported.start, sentence[0] + reported.end
            # Reported words that are mostly a quotation are that quotation's; a partial
            # quotation inside reported words is read with them ('has "agreed to that"').
            share = sum(len(fp.WORD.findall(text[max(start, s):min(end, e)])) for s, e in quoted_at
                        if s < end and start < e)
            if share > QUOTED_SHARE * len(fp.WORD.findall(text[start:end])):
                who_at = sentence[0] + max(words.find(reported.who.strip()), 0)
                who, pronoun = speakers_of(reported.who, names, number, earlier, who_at)
                if who:
                    framing.append(Claim(start, end, Said(who, reported.cue, sentence[0] + reported.cue_at, pronoun),
                                         sentence))
                continue
            # '"...," X said': the verb attributes the quotation before it; reported words that
            # run on before a quoted phrase ('Lund will fail by any "sane measure," Roe said') hold it.
            if any(s and s.cue_at == sentence[0] + reported.cue_at and s.cue_at >= q.end
                   and not words_before_quote(text, start, q.start) for q, s in quoted):
                continue
            who_at = sentence[0] + max(words.find(reported.who.strip()), 0)
            who, pronoun = speakers_of(reported.who, names, number, earlier, who_at)
            if not who and reported.cue.lower() in ("according to", "in"):
                who = according_source(reported.who, names)
            inner = [s for q, s in quoted if start <= q.start and q.end <= end + 1 and s and s.speakers]
            if not who and inner:
                who = inner[0].speakers
            claims.append(Claim(start, end, Said(who, reported.cue, sentence[0] + reported.cue_at, pronoun), sentence))
            if who:
                earlier = who
    return claims, framing


def words_before_quote(text: str, start: int, quote_start: int) -> bool:
    """True when reported words hold words of their own before the quotation in them: the
    quotation is a phrase inside what was reported, not all of it. Words with a verb of speech
    of their own ('When Roe noted that ..., "...," Lund replied') are another's, not a frame."""
    before = text[start:quote_start]
    return len(fp.WORD.findall(before)) >= MIN_REPORTED_WORDS and speech_free(before)


def interrupted_quotations(text: str, quoted: list[tuple[Quoted, Said | None]]
                           ) -> list[list[tuple[Quoted, Said | None]]]:
    """The quotations of a paragraph in runs, each run one quotation: a quotation broken by
    its own attribution ('"The port will open," Roe said. "It has to."') goes on in the next
    one, which has no verb of its own, across nothing but that attribution."""
    runs: list[list[tuple[Quoted, Said | None]]] = []
    for quote, said in quoted:
        previous = runs[-1][-1] if runs else None
        if previous and said and previous[1] and not said.cue and previous[1].cue \
                and said.cue_at == previous[1].cue_at and previous[0].end <= said.cue_at < quote.start \
                and fp.ATTRIBUTION_ALONE.fullmatch(text, previous[0].end, quote.start):
            runs[-1].append((quote, said))
        else:
            runs.append([(quote, said)])
    return runs


def quotation_without_attribution(text: str, parts: list[Quoted]) -> str:
    """The words of a quotation broken by its attribution, its parts joined by an ellipsis
    ('"The pier will close," Roe said. "It has to."' is 'The pier will close … It has to.'):
    the quote says what was said, and the attribution is its speaker and cue."""
    words = [text[start:end] for start, end in (quote_text(text, part) for part in parts)]
    return f" {QUOTATION_GAP} ".join(w.rstrip(" ,") for w in words)


def claim_before(quote: Quoted, claims: list[Claim]) -> Said | None:
    """Who said the reported words that end last before a quotation, when someone is named."""
    before = [c for c in claims if c.end <= quote.start and c.said.speakers]
    if not before:
        return None
    return Said(max(before, key=lambda c: c.end).said.speakers, "", -1)


def framed_partial_quotes(text: str, number: int, quotes: tuple[Quoted, ...], attributed: set[Quoted], spans,
                          claims: list[Claim], names: Names, earlier: tuple[str, ...]) -> list[Claim]:
    """'Holm dismissed Vestby as lying in the "suburbs of Lund"': words quoted
    inside a sentence whose named subject says them, read with the rest of its predicate.

    Only where no other reading found reported speech in the sentence, and only when the
    subject is someone the article names: quoted words in narration are often not speech.
    """
    found = []
    for sentence in spans:
        if any(sentence[0] <= c.start < sentence[1] for c in claims):
            continue
        if any(sentence[0] <= q.start < sentence[1] for q in attributed):
            continue
        inside = [q for q in quotes if sentence[0] < q.start and q.end <= sentence[1]
                  and text[sentence[0]:q.start].strip() and not is_title(text[q.text_start:q.text_end])
                  and not is_epithet(text, q)]
        # Most sentences quote nothing: their subject is not read.
        subject = subject_past_aside(text[sentence[0]:sentence[1]]) if inside else None
        if not inside or not subject or not subject.group("who").strip():
            continue
        # 'has dismissed', 'was calling': the verb is the word after the auxiliaries.
        verb = fp.MAIN_VERB.match(text, sentence[0] + subject.end())
        if not verb or verb.start("verb") > inside[0].start or verb.group("verb").lower() in fp.MOVING_VERBS:
            continue
        # A word or two in quotation marks is speech only where the verb says so ('called
        # the plan "reckless"'), not in narration ('opened the "storm centre"').
        if max(len(fp.WORD.findall(text[q.text_start:q.text_end])) for q in inside) < MIN_FRAMED_WORDS \
                and verb.group("verb").lower() not in fp.CUE_WORDS \
                and not any(characterised_as(text, verb.end(), q) for q in inside):
            continue
        # 'X seized on Lund's claim that there were "hundreds of wrecks"': someone else's
        # words, unless the subject reports a clause about them ('X ruled that Lund's claim ...').
        others = fp.SOMEONE_ELSES_WORDS.search(text, verb.end(), inside[0].start)
        if others and not re.search(r"\bthat\b", text[verb.end():others.start()]):
            continue
        who, pronoun = speakers_of(subject.group("who"), names, number, earlier, sentence[0])
        if not who:
            continue
        start, end = content_span(text, verb.end(), sentence[1])
        start = len(text) - len(text[start:].lstrip())
        contrast = fp.CONTRAST.search(text, start, end)
        if contrast:
            end = content_span(text, start, contrast.start())[1]
        named_at = named_end(text, start, verb.group("verb"))
        if 0 <= named_at <= end + 1:
            end = named_at
        if len(fp.WORD.findall(text[start:end])) >= MIN_REPORTED_WORDS or named_at == end:
            found.append(Claim(start, end, Said(who, verb.group("verb"), verb.start("verb"), pronoun), sentence))
    return found


def characterised_as(text: str, verb_end: int, quote: Quoted) -> bool:
    """True for a quoted word or two the subject's verb casts its object as ('hailed the deal as
    a "breakthrough"', 'painted the plan as "reckless"'): whatever the verb, the words are the
    subject's judgement, not the writer's."""
    return bool(fp.CAST_AS.search(text, verb_end, quote.start))


def subject_past_aside(sentence: str) -> re.Match | None:
    """The subject of a sentence, read past an aside set between commas after a name ('Jane
    Roe, for her part, is labeling the plan "a gamble"': Jane Roe). The aside is blanked out
    rather than cut, so the match keeps the sentence's offsets."""
    subject = fp.SUBJECT.match(sentence)
    aside = fp.NAME_AND_ASIDE.match(sentence)
    # A subject read inside the aside ('Roe, touring the docks, ...' read as 'touring the') or
    # none at all: the name before the aside is the subject.
    if not aside or (subject and subject.group("who").strip() and subject.start("who") < aside.end("who")) \
            or aside.group("who").split()[0].lower() in fp.NOT_A_NAME_START:
        return subject
    blanked = sentence[:aside.start("aside")] + " " * len(aside.group("aside")) + sentence[aside.end("aside"):]
    return fp.SUBJECT.match(blanked)


def headline_facts(article: Article, names: Names) -> list[Fact]:
    """What the headline attributes ('..., officials say'; 'Jane Roe: Dock Workers Worried'), cited
    as paragraph 0; a headline's dates and numbers are the body's to give."""
    if not article.headline.strip():
        return []
    found, _ = paragraph_facts(article, Paragraph(0, article.headline), quoted_spans(article.headline), names,
                               (), ())
    found = [f for f in found if f.kind in ("quote", "claim")]
    label = fp.HEADLINE_LABEL.match(article.headline)
    # 'Analysis: ...', 'Opinion: ...': a kind of article is no source.
    if label and label.group("who").strip().lower() in fp.ARTICLE_KINDS:
        label = None
    if label and not found:
        who = headline_label_speakers(label.group("who"), names)
        if who or unnamed_source_label(label.group("who")):
            words = article.headline[label.start("words"):].rstrip()
            found.append(Fact(fact_id(article.source, words), article.source, 0, "claim", words, who,
                              cue=":", hedges=hedges_in(words)))
    return found


def unnamed_source_label(label: str) -> bool:
    """True for a headline's label that names a poll, a report or a group and no one in it
    ('Poll: ...', 'Report: ...', 'Analysts: ...'): what follows is theirs to say. A kind of
    article ('Analysis: ...') is no source."""
    words = label.split()
    return 0 < len(words) <= 4 and words[-1].lower() in (fp.FINDING_HEADS | fp.SOURCE_HEADS) - fp.ARTICLE_KINDS


def headline_label_speakers(label: str, names: Names) -> tuple[str, ...]:
    """Who a headline's label before its colon names: 'Jane Roe' in 'Jane Roe: ...', and in a
    label that is a clause in title case ('Jane Roe Endorses Tom Lund: ...') its subject, the
    first name, not the last one English would put at a noun phrase's head."""
    named = [(start, end, name) for start, end, name in names.named(label, 0)
             if names.kind(name) != "place" and not fp.POSSESSIVE_ENDING.match(label, end)]
    between = label[named[0][1]:named[1][0]] if len(named) > 1 else ""
    if any(word[0].isupper() and word.rstrip(".").lower() not in fp.TITLE_FORMS for word in between.split()):
        return (named[0][2],)
    return speakers_of(label, names, 0, ())[0]


def statistic_said(holder: Fact | None) -> Said | None:
    """Who gives a number: the speaker of the claim it sits in, but never a share of those
    polled ('52 percent of voters said ..., against 41 percent for Roe'): the share is what a
    poll counts, and the other numbers of its sentence are the poll's, not the share's."""
    speakers = tuple(s for s in holder.speakers if not SHARE.fullmatch(s)) if holder else ()
    return Said(speakers, holder.cue, -1) if speakers else None


def caption_facts(article: Article) -> list[Fact]:
    """A dated caption is an event on the timeline, cited as paragraph 0."""
    facts = []
    for caption in article.captions:
        if caption.date and caption.text:
            printed = absolute_dates(caption.text)
            facts.append(Fact(fact_id(article.source, caption.text), article.source, 0, "event",
                              caption.text, date=caption.date,
                              date_text=printed[0].text if printed else ""))
    return facts


def merge_repeats(facts: list[Fact]) -> tuple[Fact, ...]:
    """An article that says the same thing twice yields one fact: the first, dated if either is."""
    kept: dict[str, Fact] = {}
    for fact in facts:
        first = kept.get(fact.id)
        if first is None:
            kept[fact.id] = fact
        elif first.date is None and fact.date is not None:
            kept[fact.id] = Fact(**{**first.__dict__, "date": fact.date, "date_text": fact.date_text})
    return tuple(kept.values())
