"""Who a pronoun or a description stands for, and the gender and roles a text gives a person.

Both stages read people through here: the actor stage states a person's gender
(Mention.gender, from stated_genders_of), and the fact stage gives a 'he said' or 'the
Oregon senator said' the person it stands for. Rules about what an earlier name, pronoun or
description refers to belong in this module; the words they are made of (pronouns, titles,
role nouns) belong in the vocabulary.
"""

from __future__ import annotations

import re

from . import fact_patterns as fp
from . import vocabulary as V
from .model import Article, Mention
from .words import in_text, word_spans

# The short forms of titles, by the role noun a later description uses ('Sen. Jane Roe'
# ... 'the Oregon senator').
ROLE_ABBREVIATIONS = {role: tuple(title.lower() + "." for title, roles in V.TITLES.items() if role in roles)
                      for role in dict.fromkeys(role for roles in V.TITLES.values() for role in roles)}


def resolve_pronoun(article: Article, mentions: tuple[Mention, ...], paragraph: int, position: int
                    ) -> Mention | None:
    """The person a 'he' or 'she' at position in a body paragraph stands for, or None.

    Only where the text makes it plain: among the people named earlier in the same paragraph
    (or, when it names none, in the nearest of the two before that names someone), exactly one
    is left once those the text shows to be of the other gender ('Mr', 'spokeswoman') are set aside.
    """
    texts = {p.number: p.text for p in article.paragraphs}
    text = texts.get(paragraph, "")
    match = re.match(r"\w+", text[position:]) if 0 <= position < len(text) else None
    gender = V.PERSON_PRONOUNS.get(match.group().casefold()) if match else None
    if gender is None:
        return None
    named = people_named_before(article, mentions, paragraph, position)
    fitting = [m for m in named if m.gender in ("", gender)]
    return fitting[0] if len(fitting) == 1 else None


def resolve_description(article: Article, mentions: tuple[Mention, ...], paragraph: int, position: int,
                        head: str, words: tuple[str, ...] = ()) -> Mention | None:
    """The person a definite description at position stands for ('the Oregon senator'), or None.

    As for a pronoun, only where the text makes it plain: of the people named just before,
    the one whose stated role is the description's head noun ('Sen. Jane Roe').
    """
    named = people_named_before(article, mentions, paragraph, position)
    forms = {head, *ROLE_ABBREVIATIONS.get(head, ())}
    fitting = [m for m in named if any(w in forms for role in m.roles for w in role.casefold().split())]
    if fitting or not words:
        described = {w.casefold() for w in words}
        # 'Vice President Jane Roe ... the president said': her role is another one.
        one = fitting[0] if len(fitting) == 1 else None
        return one if one and any(role_fits(role, forms, described) for role in one.roles) else None
    # 'Republican presidential nominee Jane Roe' ... 'the Republican nominee said': the one
    # person the article itself gives every word of the description, named before it.
    modifiers = {w.casefold() for w in words} - {head, "the"}
    earlier = [m for m in mentions if m.kind == "person" and m.paragraphs and min(m.paragraphs) <= paragraph]
    if not modifiers:
        # 'Lund, a film star, ... the actor said': someone just named whom the text gives no
        # office may be the one described, in words it gives them nowhere else; a mayor just
        # named is no 'the senator'.
        if any(not any(offices_named([" ".join(stated)]) for stated in stated_roles(article, m)) for m in named):
            return None
        return only_holder(article, earlier, forms)
    # 'Green vice presidential nominee Tom Lund' is no 'Green presidential nominee'.
    fitting = [m for m in earlier if any(modifiers <= stated and stated & forms and not (stated - modifiers) & V.ROLE_CHANGERS
                                         for stated in stated_roles(article, m))]
    return fitting[0] if len(fitting) == 1 else None


def role_fits(role: str, forms: set[str], described: set[str]) -> bool:
    """True when a person's role has the description's noun and no word that makes it another
    role ('Vice President' is no 'the president') which the description lacks."""
    words = set(role.casefold().split())
    return bool(words & forms) and not (words - described) & V.ROLE_CHANGERS


def only_holder(article: Article, earlier: list[Mention], forms: set[str]) -> Mention | None:
    """The one person named before whom the article gives the role a bare description names
    ('Sen. Jane Roe' ... 'the senator said'), with no word that makes it another ('vice'), or None."""
    holders = [m for m in earlier if any(stated & forms and not stated & V.ROLE_CHANGERS
                                         for stated in stated_roles(article, m))]
    return holders[0] if len(holders) == 1 else None


def role_changed(article: Article, mention: Mention, head: str, words: tuple[str, ...]) -> bool:
    """True when every role the text sets by the person's name with the description's head
    noun has a word that makes it another role ('vice', 'former') the description lacks."""
    forms = {head, *ROLE_ABBREVIATIONS.get(head, ())}
    described = {w.casefold() for w in words}
    roles = [stated for stated in stated_roles(article, mention) if stated & forms]
    return bool(roles) and all((stated - described) & V.ROLE_CHANGERS for stated in roles)


def stated_roles(article: Article, mention: Mention) -> list[set[str]]:
    """The words of each role the text sets right before a person's name ('Kent Gov. Tom
    Lund') or after it as an apposition ('Jane Roe, the Republican nominee,'), casefolded."""
    found = []
    for paragraph in article.paragraphs:
        for form in (mention.name, *mention.aliases):
            # Most paragraphs do not hold the name: a plain look spares them the pattern.
            if form not in paragraph.text:
                continue
            for match in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", paragraph.text):
                before = []
                for word in reversed(paragraph.text[:match.start()].rsplit(None, 6)[-6:]):
                    if not role_word(word):
                        break
                    before.append(word.casefold())
                after = re.match(r",\s+(?:the\s+)?([^,.;:()\"“”]{1,80})", paragraph.text[match.end():])
                behind = []
                for word in (after.group(1).split() if after else []):
                    if not role_word(word):
                        break
                    behind.append(word.casefold())
                found += [set(words) for words in (before, behind) if words]
    return found


def role_word(word: str) -> bool:
    """A word that may stand in a role set by a name: a capitalised one ('Indiana', 'Gov.'), not
    possessive, or a role's own lower-case word ('presidential', 'nominee')."""
    if word.endswith(("'s", "’s")) or not word.strip(".").isalpha() and "-" not in word and "." not in word:
        return False
    if word[:1].isupper():
        return True
    lower = word.casefold()
    return lower in V.ROLE_HEADS or lower in V.ROLE_MODIFIERS or lower in V.ROLE_ADJECTIVES


def people_named_before(article: Article, mentions: tuple[Mention, ...], paragraph: int, position: int
                        ) -> list[Mention]:
    """The people named earlier in a paragraph, or, when it names none before position, in the
    nearest of the two paragraphs before that names someone."""
    texts = {p.number: p.text for p in article.paragraphs}
    text = texts.get(paragraph, "")
    people = [m for m in mentions if m.kind == "person"]

    def named_in(window: str) -> list[Mention]:
        return [m for m in people if any(in_text(form, window) for form in (m.name, *m.aliases))]

    named = named_in(text[:max(position, 0)])
    if not named:
        # The paragraph before; past it only when it names nobody (a caption between).
        for number in (paragraph - 1, paragraph - 2):
            named = named_in(texts.get(number, ""))
            if named:
                break
    return named


# Offices a person is named by one at a time: in one article, 'Secretary Berg' beside
# 'President Tom Berg' and no other Berg is someone else, as 'Mr. Berg' beside 'Anna Berg' is.
OFFICES = frozenset("president secretary senator governor mayor representative minister chancellor premier "
                    "judge justice speaker sheriff".split())
# A title's office ('sen' is 'senator'), and the words that make an office another one;
# 'former' and 'acting' leave it the same.
SHORT_OFFICES = {title.casefold(): roles[0] for title, roles in V.TITLES.items() if roles and " " not in title}
OTHER_OFFICE = V.ROLE_CHANGERS - {"former", "acting", "interim", "ex"}


def surname(name: str) -> str:
    """The word a person's name is shortened to: its last, or the one before a generation
    ('Berg' in 'Tom Berg Jr.')."""
    words = name.split()
    if len(words) > 2 and words[-1].strip(".").casefold() in V.GENERATIONS:
        words.pop()
    return words[-1] if words else ""


def offices_named(roles) -> set[tuple[str, ...]]:
    """The offices among roles ('Sen.', 'former Secretary of State', 'Vice President'), each
    as its head with the words that make it another office: ('secretary',), ('vice', 'president')."""
    found = set()
    for role in roles:
        words = [SHORT_OFFICES.get(w, w) for w in (w.strip(".,").casefold() for w in role.split())]
        heads = [w for w in words if w in OFFICES]
        if heads:
            found.add((*sorted({w for w in words if w in OTHER_OFFICE}), heads[0]))
    return found


def stated_genders_of(honorifics: tuple[str, ...], roles: tuple[str, ...]) -> set[str]:
    """The genders a person's honorifics ('male' for 'Mr.', '' for 'Dr.') and role words
    ('spokeswoman') state."""
    return {gender for gender in honorifics if gender} | {
        V.GENDERED_ROLES[w] for role in roles for w in role.casefold().split() if w in V.GENDERED_ROLES}


def referred_gender(text: str, forms: tuple[str, ...]) -> str:
    """'he' or 'she' as a text refers to a person named by these forms ('Mrs. Roe', 'Berg
    said he'), or '': a title just before a name counts twice, a pronoun in its clause once."""
    votes = {"he": 0, "she": 0}
    for start, end in word_spans(text, forms):
        title = fp.TITLE_BEFORE.search(text, max(0, start - 6), start)
        after = fp.CLAUSE_END.split(text[end:end + 120], 1)[0]
        pronoun = fp.GENDERED.search(after)
        if title:
            votes["he" if title.group(1) == "Mr" else "she"] += 2
        elif pronoun:
            votes[fp.GENDER_OF[pronoun.group(0).lower()]] += 1
    return max(votes, key=votes.get) if votes["he"] != votes["she"] else ""
