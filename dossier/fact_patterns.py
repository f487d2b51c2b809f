"""Word lists and patterns that attribution in news text is read with: data, no logic."""

from __future__ import annotations

import re

from . import vocabulary as V
from .gazetteer import gazetteer
from .vocabulary import (WRITING_CUES, ARTICLE_KINDS, BASE_VERBS, BELIEF_VERBS, HEARSAY_PARTICIPLES, CLAIM_NOUNS, DESCRIPTION_HEADS, FINDING_HEADS, FINDING_VERBS, FRAME_VERBS, ISSUED_WRITINGS,
                         INTENT_VERBS, ISSUING_VERBS, TOPIC_VERBS, LISTENER_VERBS, MONTH_NAMES, NAMING_VERBS, NOUN_FORMS,
                         OBJECT_VERBS, PERSON_PRONOUNS as PRONOUN_GENDERS, QUESTION_VERBS, SOURCE_HEADS, SPEECH_VERBS, THAT_VERBS, TITLE_WORDS,
                         TITLES, VOICE_VERBS, WEEKDAY_NAMES)


def alternation(table: tuple[tuple[str, ...], ...], which: slice = slice(None)) -> str:
    """One regex alternative over the chosen forms of every verb, a longer form before a
    shorter one it begins with ('said to' before 'said')."""
    return letter_tree({form for verb in table for form in verb[which]})


def letter_tree(words: set[str]) -> str:
    """Words as a regex that branches letter by letter ('sa(?:id|ys)'), matching what their
    alternation longest first matches: where words part, the engine tries only the branch
    of the letter it sees, not each of a hundred words in turn. A space is any whitespace."""
    ends = "" in words
    branches = {}
    for word in sorted(w for w in words if w):
        branches.setdefault(word[0], set()).add(word[1:])
    parts = [(r"\s+" if letter == " " else re.escape(letter)) + letter_tree(rest)
             for letter, rest in branches.items()]
    if not parts:
        return ""
    if len(parts) == 1 and not ends:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if ends else "")


# Tenses and helpers that may stand between a subject and its verb ('has said').
AUXILIARIES = rf"""(?:{letter_tree({
    "has", "have", "had", "would", "will", "also", "later", "then", "previously", "repeatedly", "again", "once",
    "already", "first", "has already", "have already", "had already",
    "publicly", "recently", "has also", "had also", "has repeatedly", "has long", "had long", "have long", "is", "was", "were",
    "are"})}\s+)*"""


def finite(table: tuple[tuple[str, ...], ...], nouns: frozenset[str] = frozenset()) -> str:
    """The forms of each verb that can follow a subject: 'says', 'said', and safe base forms,
    without the forms given as nouns."""
    chosen = tuple(tuple(form for form in verb[1:3] + ((verb[0],) if verb[0] in BASE_VERBS else ())
                         if form not in nouns) for verb in table)
    return alternation(chosen)


SPEECH = finite(SPEECH_VERBS, NOUN_FORMS)
THAT_SPEECH = finite(THAT_VERBS)
OBJECT_SPEECH = finite(OBJECT_VERBS, NOUN_FORMS)
FRAME_SPEECH = finite(FRAME_VERBS)
PARTICIPLES = alternation(SPEECH_VERBS + OBJECT_VERBS, slice(3, 4))
QUOTE_SPEECH = finite(SPEECH_VERBS + VOICE_VERBS, NOUN_FORMS)
QUOTE_PARTICIPLES = alternation(SPEECH_VERBS + OBJECT_VERBS + VOICE_VERBS, slice(3, 4))

# Words that open an introductory phrase, not reported words ('When he bought the mine, X said ...').
SUBORDINATORS = ("When|If|As|After|Before|While|Although|Though|Because|Since|Until|Once|Back|In|On|At|"
                 "During|For|From|With|Without|Under|Asked|Speaking|Meanwhile|But|And|So|Still|Later|Earlier|"
                 "Alongside|Amid|Despite|Unlike|Beyond|Besides|Against|Throughout|Within|Across|Through|"
                 "Behind|Toward|Towards|By|Beside|Upon")
# The first word of every cue: a sentence without one reports no speech.
CUE_WORDS = frozenset(form.split()[0] for verb in SPEECH_VERBS + THAT_VERBS + OBJECT_VERBS + FRAME_VERBS
                      + VOICE_VERBS + QUESTION_VERBS
                      for form in verb) | {"according"}
# The first words of the forms of the verbs each rule for reported speech needs one of
# ('pointed' of 'pointed out'): a sentence without any is not searched with that rule's pattern.
SPEECH_FORMS = frozenset(form.split()[0] for verb in SPEECH_VERBS for form in verb)
THAT_FORMS = frozenset(form.split()[0] for verb in THAT_VERBS for form in verb)
OBJECT_FORMS = frozenset(form.split()[0] for verb in OBJECT_VERBS for form in verb)
FRAME_FORMS = frozenset(form.split()[0] for verb in FRAME_VERBS for form in verb)
PARTICIPLE_FORMS = frozenset(form.split()[0] for verb in SPEECH_VERBS + OBJECT_VERBS for form in verb[3:4])
NAMING_PARTICIPLE_FORMS = frozenset(form.split()[0] for verb in NAMING_VERBS for form in verb[3:4])
# The first words of the verbs of speaking of a topic after a subject ('talked', 'discusses').
TOPIC_WORDS = frozenset(form.split()[0] for verb in TOPIC_VERBS for form in verb[1:4])
# ... and of every reported claim, with what subjects mean to do and what polls find.
INTENT_WORDS = frozenset(form for verb in INTENT_VERBS for form in verb)
# The words of an attitude to a clause ('are confident', 'made clear', 'made the case').
STANCE_WORDS = V.STANCE_ADJECTIVES | {"clear", "case"}
CLAIM_WORDS = CUE_WORDS | HEARSAY_PARTICIPLES | frozenset(form.split()[0] for verb in INTENT_VERBS + FINDING_VERBS
                                                          + BELIEF_VERBS for form in verb) \
    | CLAIM_NOUNS | TOPIC_WORDS | STANCE_WORDS
# How much someone said, the verb's object, not a clause's subject ('said a lot about the
# vote', 'says a great deal about us'); 'a lot of people were hurt' opens a clause.
AMOUNT_SAID = (r"(?:a\s+(?:lot|great\s+deal|good\s+deal|bit|little)|plenty|quite\s+a\s+bit)(?!\s+of\b)|volumes|"
               r"a\s+word|the\s+same(?=\s+(?:about|of|to|for|as)\b|\s*[.,;]|$)")
# A pronoun that is the verb's object, never a clause's subject ('reported it to the police',
# 'said it again'; 'said it was late' opens a clause).
OBJECT_PRONOUN = r"him|them|us|me|it(?=\s+(?:to|in|on|at|for|with|from|by|again|best|first|and|or|because)\b)"
# Words after 'said' that begin no reported clause ('said in a statement', 'said goodbye').
NOT_A_CLAUSE = (AMOUNT_SAID + "|" + OBJECT_PRONOUN + "|"
                "in|at|on|during|to|after|before|for|with|by|from|about|of|while|when|as|and|but|or|so|"
                "then|also|that|than|goodbye|no|yes|nothing|something|anything|little|much|more|less|"
                "earlier|later|last|repeatedly|recently|previously|again|once|twice|privately|publicly|"
                "so-called|if|whether|what|who|which|how|why|where|through|via|over|under|upon|into|"
                "amid|among|against|without|within")
# Words after which a cue word is a noun ('the report', 'his remarks', 'these claims').
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
               "such", "new", "recent", "latest", "previous", "whose"}
# Prepositions after which a cue word is a noun ('a string of posts', 'with threats').
BEFORE_A_NOUN = {"of", "with", "including", "about", "amid", "against", "by", "from", "in", "on", "for"}
# Cue words that are as often plural nouns ('studied reports', 'posted tweets') ...
NOUN_CUES = {"reports", "claims", "remarks", "tweets", "statements", "notes", "states", "comments", "charges",
             "warnings", "promises", "pledges", "calls", "demands", "answers", "replies", "questions"}
# ... and a lower-case past tense before them, which makes them its object.
PAST_VERB = re.compile(r"[a-z]+ed")
GERUND = re.compile(r"[a-z]{2,}ing")
# A possessive word ('Friday’s', 'voters''), not a contraction ('who’s called for').
POSSESSIVE = re.compile(r"(?!(?:who|it|he|she|that|there|what|here|where|let)['’]s$).*\w['’]s?$", re.IGNORECASE)
THE = re.compile(r"^(?:the|The)\s+")
# 'the', or a word that only sets off the subject ('Even China said'), before a whole subject.
SUBJECT_OPENER = re.compile(r"^(?:(?:the|The|Even|even|Only|only|Also|also)\s+)+")
# Reading a person's gender: a title just before the name, the end of the clause after it.
TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
CLAUSE_END = re.compile(r"[.!?\"“”\n]")
# Punctuation read as space when a sentence's words are looked up.
# A pattern to replace with spaces rather than a str.translate table, which looks up each
# character of a text with curly quotes or dashes in a dict: three times slower.
PUNCTUATION_TO_SPACE = re.compile("[" + re.escape("\"“”‘’'.,;:!?()[]—–-―/") + "]")
# Pronouns that stand for a person already named ('she stressed').
PERSON_PRONOUNS = {"he", "she"}
# Pronouns a clause may open with, its verb right after them ('said they know').
PERSON_SUBJECTS = {"he", "she", "they", "we", "i", "you", "it", "there"}
PERSON_SUBJECTS_WORDS = PERSON_SUBJECTS | {"He", "She", "They", "We", "I", "You", "It", "There"}
# An auxiliary joined to its subject ('they’re', 'he'll', 'we've', 'I'm', 'she'd'; 'it's' ends in '-s').
CONTRACTED_VERB = re.compile(r"\w['’](?:re|ll|ve|m|d)$")
# Pronouns that tell a person's gender, after the person is named.
GENDERED = re.compile(r"\b(?:" + "|".join(PRONOUN_GENDERS) + r")\b", re.IGNORECASE)
GENDER_OF = {pronoun: "he" if gender == "male" else "she" for pronoun, gender in PRONOUN_GENDERS.items()}
# The pronoun a possessive stands for ('his claim' is what he claims).
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# Subjects that name no one: a claim from them keeps no speaker.
GENERIC_SUBJECTS = {"it", "they", "we", "i", "you", "who", "which", "that", "this", "there", "one"}
# Words a speaker's description is made of besides names ('the country's top diplomat').
LOWER_NAME_WORDS = {"of", "for", "the", "and", "de", "van", "von", "al", "bin", "da", "du", "la", "le"}

# Words and phrases that mark a statement as unconfirmed.
# Case matters: 'may' is a hedge, 'May' a month.
HEDGES = re.compile(
    r"\b(?:[Aa]llegedly|alleged|allegations?|[Rr]eportedly|[Pp]urportedly|[Ss]upposedly|[Aa]pparently|"
    r"unconfirmed|unverified|could not (?:be )?(?:independently )?(?:verified|confirmed)|"
    r"no (?:independent )?confirmation(?: of \w+(?: from [A-Z]\w+)?)?|"
    r"not (?:been )?independently (?:verified|confirmed)|"
    r"(?:could|may|might) (?!not\b|be able\b)\w+|possibly|probably|likely|unclear|suspected|believed to)\b")

# Verbs, auxiliaries and copulas: a clause has one, a noun phrase or an adverbial none
# ('said the vote was a mistake that ...' reports a clause that began before 'that').
CLAUSE_VERB = r"(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|" \
              r"do|does|did|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|" \
              r"shouldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|doesn['’]t|didn['’]t|don['’]t)"
# Words that open a clause's subject: after the verb, they begin what is reported, not an
# adverbial ('said he ...', 'said the vote ...', 'said Lund ...').
SUBJECT_PRONOUNS = r"(?:he|she|they|we|I|it|there)"
SUBJECT_DETERMINERS = r"(?:the|a|an|his|her|their|its|our|my|your|these|those|some|many|most|all|no|every|each|" \
                      r"both|several|few|such)"
# Weekdays as a sentence writes them ('said Tuesday').
WEEKDAY = "|".join(name.capitalize() for name in WEEKDAY_NAMES)
# Capitalised words that are time, not a subject ('said Tuesday that').
TIME_NAMES = "(?:" + WEEKDAY + "|" + "|".join(names[0].capitalize() for names in MONTH_NAMES) + ")"
# Adverbials that may stand between a verb and 'that' ('said on Thursday that', 'said in a
# statement that', 'told reporters that'): a few words, no punctuation or quotation marks,
# no verb of their own; a listener may open them only after a verb that takes one.
BRIDGE = (rf"(?!\s+{SUBJECT_PRONOUNS}\b)"
          rf"(?(listener)|(?!\s+(?:{SUBJECT_DETERMINERS}\b|(?!{TIME_NAMES}\b)[A-Z])))"
          rf"(?:\s+(?!{CLAUSE_VERB}\b)[^\s.,;:!?\"“”]+){{0,12}}?")

# Quantities, and the words that say what they count ('over a third of all farms in Lund').
QUANTITY = re.compile(
    r"(?:\b(?:over|more than|less than|fewer than|nearly|almost|about|around|some|up to|at least|"
    r"roughly|approximately|an estimated)\s+)?"
    r"(?:\$|€|£)?(?<![\w-])(?:"
    r"\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b|(?:million|billion|trillion|thousand|hundred)\b)"
    r"|\d[\d,.]*(?=\s+(?:[a-z]+\s+){0,2}?(?:people|homes|houses|soldiers|troops|civilians|deaths|"
    r"voters|votes|jobs|residents|children|women|men|workers|cases|dollars|euros|pounds|points|"
    r"drones|missiles|attacks|strikes|buildings|households|families|refugees|casualties|seats|"
    r"delegates|states|countries|members|users|students|patients|migrants|years|days)\b)"
    r"|(?:half|a third|two thirds|a quarter|three quarters|the majority|a majority)\s+of\b"
    r")")
QUANTITY_HINT = re.compile(r"\d|half|third|quarter|majority")
# Where the phrase a quantity begins stops: a verb, a clause break.
QUANTITY_END = re.compile(
    r"[,.](?=\s|$)|[;:!?\"“”()]|\s[-—–]\s|\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"said|says|and|but|which|who|while|with|as|after|before|since|because|than)\b")

# Titles and short forms that are no part of a sentence's end ('Mr. Smith said').
ABBREVIATIONS = frozenset(t.lower() for t in (*TITLES, *V.NAME_SUFFIXES) if " " not in t) | V.ABBREVIATIONS \
    | frozenset(short for names in MONTH_NAMES for short in names[1:])

# Quotation marks, each opening mark with the marks that may close it (pages mix
# straight and curly marks, so each closes the other's quotation).
QUOTE_PAIRS = {"“": ("”", '"'), '"': ('"', "”"), "''": ("''",), "«": ("»",), "„": ("“", "”"), "”": ("”", '"')}
OPENING = re.compile(r"“|''|\"|«|„")
CLOSING = ("”", '"', "''", "»")


# --- The patterns facts.py reads sentences with, built from the lists above ---------

# Text before a quotation mark that attributes it: 'X said: "', 'X said that Lund has "'.
_VERBS = rf"(?P<verb>{QUOTE_SPEECH}|{THAT_SPEECH}|{OBJECT_SPEECH})"
BEFORE_QUOTE = re.compile(
    rf"\s*(?P<who>(?:[^;!?\"“”\s]+\s+){{1,40}}?){AUXILIARIES}{_VERBS}\b(?P<rest>[^\"“”]{{0,90}})$")
# '..., saying, "...': the sentence's subject is the speaker; so after a preposition of time or
# means ('drew boos upon saying, "', 'closed by saying "'), or after what the subject put out
# ('sent an email saying, "').
BEFORE_PARTICIPLE = re.compile(rf"(?:,|\bwhile|\bafter|\bbefore|\bupon|\bon|\bby|\b(?:{letter_tree(set(ISSUED_WRITINGS))}))\s+(?P<verb>{QUOTE_PARTICIPLES})(?:\s+that)?[\s,:]*$")
# 'Lund laughed and said, "', 'Lund said no, though he said, "': a verb of speech joined to the
# subject's first verb, or after a pronoun that goes on with that subject, just before the quotation.
COORDINATED_SPEECH = re.compile(
    rf"(?:\band\s+(?:then\s+)?|,\s+(?:though|but|and)\s+(?:he|she)\s+)(?P<verb>{QUOTE_SPEECH})[\s,:]*$")
# A verb of speech that the quotation follows at once ('Roe said “', 'Lund replied: "').
SPEECH_RIGHT_BEFORE = re.compile(rf"\b(?:{QUOTE_SPEECH})[\s,:]*$")
# 'told' is never set before its speaker: in '..., told the Ledger' the name after it is
# whom the words were told ('..., Jane Roe, told the Ledger').
INVERTED_NEVER = "told|tells|tell"
# Text after a closing quotation mark: '," Roe said', '," said Lund'.
# A speaker's words: no clause break, though a title's or initial's full stop may stand inside
# (looked for only at a full stop: the looks back are many, and each costs).
TITLE_DOT = r"(?=\.)(?:" + "|".join(rf"(?<=\b{re.escape(t)})" for t in (*TITLES, *V.NAME_SUFFIXES)) + r"|(?<=\b[A-Z]))\."
WHO = rf"(?:[^.,;:!?\"“”()]|{TITLE_DOT}|\([^()\"“”]{{1,30}}\))"
AFTER_QUOTE = (
    re.compile(rf"^[\s,—–-]*(?!(?:{INVERTED_NEVER})\b)(?P<verb>{QUOTE_SPEECH})\s+(?P<who>{WHO}{{1,80}})\s*(?=[.,;:!?\"“”]|$)"),
    re.compile(rf"^[\s,—–-]*(?P<who>{WHO}{{1,80}}?)\s+{AUXILIARIES}(?P<verb>{QUOTE_SPEECH})\b"),
    # '," Anna Berg, the attorney general of Vestby, said.'
    re.compile(rf"^[\s,—–-]*(?P<who>[A-Z]{WHO}{{1,60}}?),\s+[^\"“”]{{1,120}}?,\s+{AUXILIARIES}"
               rf"(?P<verb>{SPEECH})\b[^\"“”]{{0,200}}$"),
    # '" ― Jane Roe', '"  - Jane Roe.': a signature, its dash long or short.
    re.compile(rf"^\s*(?P<verb>[―—–]|-(?=\s*[A-Z]))\s*(?P<who>[A-Z](?:[^.,;:!?\"“”]|{TITLE_DOT}){{1,60}})\s*(?=[.,;:!?]|$)"),
    # '," the harbour master, Jane Roe, told the Ledger.'
    re.compile(rf"^[\s,—–-]*[a-z][^\"“”,.;:]{{1,60}},\s+(?P<who>[A-Z]{WHO}{{1,60}}?),\s+{AUXILIARIES}"
               rf"(?P<verb>{SPEECH})\b"),
)
# What is said of a described speaker after it ('one official who asked not to be named').
RELATIVE_TAIL = re.compile(r"\s+(?:who|whom|whose)\b.*$", re.DOTALL)
# '," said one official who asked not to be named.': a description, then what is said of it.
SAID_BY_DESCRIBED = re.compile(rf"^[\s,—–-]*(?!(?:{INVERTED_NEVER})\b)(?P<verb>{QUOTE_SPEECH})\s+"
                               r"(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:\s+[\w’'-]+){1,5}?)\s+(?:who|whom|whose)\b")
# '," said one source who ... ': a verb of speech right after the quotation gives it a
# speaker of its own, however long or unreadable its words.
OWN_ATTRIBUTION = re.compile(rf"^[\s,—–-]*(?!(?:{INVERTED_NEVER})\b)(?:{QUOTE_SPEECH})\s+\w")
# '"..." that the pier opens, said Lin Gao, a captain.': later in the quotation's sentence, a
# verb of speech set off by a comma next to a name gives it a speaker of its own.
LATER_OWN_ATTRIBUTION = re.compile(
    rf",\s+(?:(?!(?:{INVERTED_NEVER})\b)(?P<verb>{QUOTE_SPEECH})\s+(?P<after>[A-Z][^,;.!?\"“”]*)"
    rf"|(?P<before>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(?P<verb2>{QUOTE_SPEECH})\b)")
# A subject a condition opens ('But if the files show that ...', 'unless the board says ...'):
# what it would say is supposed, not reported.
# Read on the words before the verb: the clause they end opens with the condition.
CONDITIONAL_CLAUSE = re.compile(r"(?:^|[,;:])\W*(?:(?:and|but|or|yet|so|even)\s+)*(?:if|unless|whether)\b[^,;:]*$",
                                re.IGNORECASE)
# The dashes a signature after a quotation opens ('― Jane Roe', '- Jane Roe').
SIGNATURE_DASHES = ("―", "—", "–", "-")
SIGNATURE = re.compile(r"\s*[―—–-]\s*[A-Z]")
# A paragraph that is a signature alone, perhaps with what the signer was doing ('- Jane Roe.',
# '—Sen. Tom Lund, speaking after the vote.'): it signs the quotation of the paragraph before.
SIGNATURE_LINE = re.compile(rf"^\s*[―—–-]\s*(?P<who>[A-Z](?:[^.,;:!?\"“”]|{TITLE_DOT}){{1,60}}?)\s*(?:,[^\"“”]{{0,120}})?\.?\s*$")
# An attribution and nothing more between two quotations ('," Roe said. "', '," said Lund,
# the mayor. "'): no second clause ('..., pointing to the pier.', '... and left.'), no other
# sentence, no quotation; the quotation goes on after it. The attribution closes with its stop,
# comma or colon: a quotation after a word ('..., who waited in an "endless line"') is a phrase
# of the attribution's, not the quotation going on.
ATTRIBUTION_ALONE = re.compile(r"[\s,]*(?:[^\s,.!?;:\"“”—–]++|\s++|,\s++(?!(?:and|but|then|while|as|adding|saying|pointing)\b)"
                               rf"|{TITLE_DOT}){{1,40}}[.,:]\s*")
# 'Said Lund: "..."': the verb first, the speaker after it, then the quotation.
BEFORE_INVERTED = re.compile(rf"(?:^|[.!?]\s+)(?P<verb>{SPEECH})\s+(?P<who>{WHO}{{1,60}}?)\s*[:,]\s*$",
                             re.IGNORECASE)
# '..., Lund replied, "...': a named speaker just before the quotation, after a clause break.
LATER_ATTRIBUTION = re.compile(
    rf"(?:,|―|—)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+{AUXILIARIES}(?P<verb>{SPEECH})"
    r"\b[,:]?\s*$")
# An attribution that closes a clause before a participle ('..., Lund said, adding, "'): its
# speaker, not the sentence's subject, goes on to speak.
ATTRIBUTION_END = re.compile(
    rf"(?:,|―|—)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+{AUXILIARIES}(?P<verb>{SPEECH})\s*$")
# A clause set before a quotation with a subject and a verb of its own ('... after Roe argued
# that "'): its verb, nearest the quotation, attributes it.
SUBORDINATE_START = re.compile(r"\b(?:after|when|as|while|before|because|since|until|once)\s+")
# A clause of the writer's that opens a sentence ('When Roe criticized the plan,'): a verb
# of speech inside it is not the verb of the main clause that follows.
OPENING_CLAUSE = re.compile(r"\s*(?:When|After|As|While|Before|Although|Though|Even\s+as|Even\s+after|Even\s+though"
                            r"|Once|Until|Since)\s")
# The subject that opens a main clause ('Lund shot back,', 'Sen. Jane Roe fired back:', 'she
# replied'): a name, or a person's pronoun, and the lowercase word after it.
MAIN_CLAUSE_SUBJECT = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w.’'-]*\s+){1,5}|(?:he|she|He|She)\s+)(?P<verb>[a-z][\w’'-]*)\b")
# A verb of speech and nothing else up to a quotation ('chanted "', 'said: "').
JUST_THE_VERB = re.compile(r"\w+(?:\s+out)?[\s,:]*$")
# The forms of the verbs of speech and voice, which say that words were spoken ('said',
# 'replied', 'shouted'); not those of finding or writing ('show', 'wrote').
SPOKEN_FORMS = frozenset(form for verb in SPEECH_VERBS + VOICE_VERBS for form in verb) - WRITING_CUES
# 'As Ms. Roe put it in a statement, the port is "...': the source leads the sentence.
AS_PUT = re.compile(rf"(?:^|[.!?;]\s+|,\s+)[Aa]s\s+(?P<who>{WHO}{{1,60}}?)\s+(?P<verb>put it|{SPEECH})\b"
                    r"[^,;:\"“”]{0,80},\s+(?P<rest>[^\"“”]{0,90})$")
# 'According to Roe, "...': the source leads the quotation.
BEFORE_ACCORDING = re.compile(r"(?:^|[.!?]\s+)(?P<verb>[Aa]ccording to)\s+(?P<who>[^,;:\"“”]{1,80}?)\s*,\s*$")
# What follows a verb that reports a clause of its own ('said that ...', 'said he ...').
REPORTED_CLAUSE = re.compile(r"\s+(?:[^\s,.]+\s+){0,3}?(?:that|he|she|they|it|we|I|there)\b")
# The main verb after a subject, past its auxiliaries: a lowercase word that is no auxiliary.
MAIN_VERB = re.compile(rf"{AUXILIARIES}(?P<verb>(?!(?:is|was|are|were|has|have|had|will|would)\b)[a-z]+)\b")
# A transcript's speaker label: 'ROE: But, Minister ...'.
LABEL = re.compile(r"^(?P<who>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}):\s+(?P<words>\S.*)$")
# A headline that gives its speaker first: 'Jane Roe: Dock Workers Worried ...'.
HEADLINE_LABEL = re.compile(r"^(?P<who>[A-Z][^:\"“”]{1,40}):\s+(?P<words>\S.{10,})$")
# A form of 'be' just before a verb in '-ing' makes it the sentence's verb ('is saying that',
# 'were arguing the vote ...'), where elsewhere it may be a noun or a modifier ('the saying').
PROGRESSIVE = r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=['’]s\s)|(?<=['’]re\s))"
# The subject a reported clause opens with: a pronoun, a determiner or a name.
CLAUSE_SUBJECT_START = re.compile(rf"(?:{SUBJECT_PRONOUNS}|{SUBJECT_DETERMINERS}|[A-Z][\w.’'-]*)\s")
LISTENER_SPEECH = (finite(tuple(verb for verb in SPEECH_VERBS if verb[0] in LISTENER_VERBS)) + "|" + PROGRESSIVE
                   + alternation(tuple(verb for verb in SPEECH_VERBS if verb[0] in LISTENER_VERBS), slice(3, 4)))
OTHER_SPEECH = (finite(tuple(verb for verb in SPEECH_VERBS if verb[0] not in LISTENER_VERBS), NOUN_FORMS) + "|"
                + PROGRESSIVE + alternation(tuple(verb for verb in SPEECH_VERBS if verb[0] not in LISTENER_VERBS),
                                            slice(3, 4)))
# A pattern that never matches: the listener group of verbs that take none.
NEVER = r"(?!x)x"
# Words that deny or withhold the speech of the verb after them ('would not say that ...',
# 'never said', 'declined to say whether ...'): what follows is not what the subject said.
DENIED_CUE = re.compile(r"""
    (?: \b(?: not | never | cannot | no\s+longer | declined\s+to | refused\s+to | refuses\s+to
             | declines\s+to ) | n[’']t )
    \s+ (?:[a-z]+\s+){0,2} $""", re.VERBOSE | re.IGNORECASE)
# Reported speech within one sentence.
# Verbs of speech are tried before verbs of finding: in 'People who know her said that',
# 'said' is the cue.
SAID_THAT = tuple(re.compile(rf"""
    (?P<who> (?:[^;:\"“”\s]+\s+){{1,40}}? ) {AUXILIARIES} (?P<verb>{verbs})\b
    (?P<bridge>{BRIDGE}) \s+ that,?\s+
    (?P<content>.+)$""", re.VERBOSE)
    for verbs in (rf"(?P<listener>{LISTENER_SPEECH})|{OTHER_SPEECH}", rf"(?P<listener>{NEVER})|{THAT_SPEECH}"))
# A quotation closed and at once attributed ('... that “in part,” Roe added'): the words that
# hold it are that speaker's, not those of a verb before them.
QUOTE_THEN_SPEAKER = re.compile(rf"[,.?!]?[”\"]\s*,?\s+[A-Z]{WHO}{{0,40}}?\s+{AUXILIARIES}(?:{SPEECH})\b\s*[,.]")
# A verb of speech anywhere: one before a verb of finding is the sentence's cue.
SPEECH_WORD = re.compile(rf"\b(?:{SPEECH})\b")
# A pronoun subject just before the verb: in 'the tax, which he said was unfair' or 'a rule
# they say could hurt', the clause's subject is the noun before it, and the clause opens with its verb.
GAP_SUBJECT = r"(?P<gap>(?<=[eyI]\s)(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bwe\s)|(?<=\bI\s)))?"
# Whom a verb that takes a listener told ('told reporters', 'told The Post'); after 'said', a
# name opens the clause instead.
TOLD_WHOM = rf"""(?: \s+
    (?: reporters | journalists | him | her | them | us | me
      | (?:the\s+)? [A-Z][\w.’'-]+ (?:\s+[A-Z][\w.’'-]+)* (?<!['’]s) (?!\s+[A-Z])
      # ... or a body in lower case, when a clause's subject follows ('told the council their homes ...')
      | the\s+[a-z]+ (?=\s+(?:{SUBJECT_PRONOUNS}|{SUBJECT_DETERMINERS})\s)
    ))"""
# When it was said, between the verb and the clause ('said Tuesday', 'said on Monday').
SAID_WHEN = r"""(?: \s+ (?:on\s+)? (?:""" + WEEKDAY + r"""|yesterday|today|last\s+week|this\s+week) )"""
# All that may follow the verb of an attribution that closes its sentence ('..., she said on
# Tuesday.'): a time and the sentence's end, no object ('she wrote about the bay').
CLOSING_REST = re.compile(rf"(?x) {SAID_WHEN}? \s* [.!?]? [”\"’']? \s* $")
# Where or how it was said, between the verb and a clause that opens with a pronoun ('said in
# a statement on Monday they ...', 'told reporters in Lisbon he ...'): a phrase of a few words
# that opens with a preposition and holds no punctuation; not a relative clause ('posts in which he').
SAID_SETTING = rf"""(?: \s+ (?:in|on|at|during|to|from|with|after|before|over|via|through) \s+ (?!(?:which|whom|whose)\b)
    (?:[^\s.,;:!?\"“”]+\s+){{0,7}}? [^\s.,;:!?\"“”]+ (?=\s+{SUBJECT_PRONOUNS}\s) )"""
# Words after the verb that name the speaker (', said Mr. Lund, the lawyer.') or the listener
# ('told The Post on Monday'), and open no clause: capitalised words, then a break or a preposition.
NAME_ALONE = rf"""(?: [A-Z][\w.’'-]* (?:\s+[A-Z][\w.’'-]*)*
    (?: \s*(?:[,(]|(?!{TITLE_DOT})\.|$) | \s+(?:for|of|from|at|with|on|in|during|to|last|this|yesterday|today)\s ) )"""
SAID_CLAUSE = re.compile(rf"""
    (?P<who> (?:[^;\"“”\s]+\s+){{1,40}}? )
    {GAP_SUBJECT} {AUXILIARIES}
    (?P<verb> (?P<listener>{LISTENER_SPEECH}) | {OTHER_SPEECH} )
    (?P<bridge> (?(listener) {TOLD_WHOM}? | ) {SAID_WHEN}? {SAID_SETTING}? )
    \s+
    (?P<content>
        (?!(?:{NOT_A_CLAUSE})\b)
        # A reported clause opens with its subject, not a verb ('coastal states could be ...').
        (?(gap) | (?!{CLAUSE_VERB}\b) )
        (?!{NAME_ALONE})
        # ... or opens with quoted words joined to more ('said "harbour fees" and the ... would'),
        # or with a quoted word or three the clause goes on past ('said "zero" crews would stay').
        (?: [\w$] | [\"“][^\"“”]{{1,60}}[\"”],?\s+(?:and|or)\s | [\"“][^\"“”,.!?\s]+(?:\s[^\"“”,.!?\s]+){{0,2}}[\"”]\s+(?=[a-z]) )
        .+
    )$""", re.VERBOSE)
# Past forms that end in no '-ed' ('knew', 'left'): a word that may be a clause's verb.
IRREGULAR_PAST = frozenset("""left went took made gave came got kept held sent spent met won lost ran sat stood
began brought bought found felt heard paid became drove flew fled rode threw knew saw grew fell rose broke chose
did drew led meant sold sought taught understood wore shot struck stole hid hung shut said told wrote
spoke""".split())
# 'what Lund says his plan would do': the verb's object is the 'what' before it, so the
# words after it are no clause it reports.
FREE_RELATIVE_END = re.compile(r"\b[Ww]hat\s+(?:\S+\s+){1,3}$")
# Words that open an adverbial after '..., X said' ('on Thursday', 'in a statement'), not a clause.
# ('insist on staying', 'spoke about leaving': a preposition before a gerund is the verb's own.)
ADVERBIAL_START = ("on|in|at|during|to|after|before|for|with|by|from|about|while|when|as|last|this|earlier|"
                   "later|yesterday|today|" + WEEKDAY + "|"
                   "reporters|journalists|recently|again|also|repeatedly|privately|publicly")
# '..., X said.' / '..., said X.': read from a comma near the end, the words before it reported.
# Words that open a speaker's noun phrase ('a source', 'one official') ...
SPEAKER_DETERMINERS = {"the", "a", "an", "one", "two", "three", "several", "some", "many", "other", "another"}
# ... and words no subject ends in ('fell as expected', 'they never knew').
FUNCTION_ENDS = {"as", "never", "not", "also", "than", "so", "just", "only", "ever", "then", "and", "or", "but",
                 "they", "we", "it", "he", "she", "i", "you", "who", "which", "that"}
# Pronouns that speak for a person or a group named before them ('..., she said.').
SPEAKING_PRONOUNS = {"he", "she", "they", "we", "i"}
# Words that join a clause of its own to a sentence ('..., but X said ...').
CLAUSE_CONJUNCTIONS = {"and", "but", "while", "whereas", "yet"}
# The subject of a clause joined after a comma by a word that never joins a list's items.
CLAUSE_AFTER_CONJUNCTION = re.compile(r"[,;]\s*(?:but|while|whereas|yet)\s+(?P<subject>[^,;]+)$")
# Whom words were told, named or a pronoun, after the verb that closes them ('..., Roe told The
# Harbour Post.', '..., Roe told him on Friday.').
LISTENER_NAMED = r"(?:him|her|them|us|me|(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})(?=[\s,.!?]|$)"
# A description set after the speaker may be long ('said Jane Roe, a senior official with ...').
SAID_AFTER = re.compile(rf"""
    (?: ,\s+ | ,[”"]\s+ )                    # '..., Roe said' and '... “in part,” Roe said'
    (?: (?P<who>{WHO}{{1,80}}?) \s+ {AUXILIARIES} (?P<verb>{SPEECH})       # ', Jane Roe said'
      | (?!(?:{INVERTED_NEVER})\b) (?P<verb2>{SPEECH}) \s+ (?P<who2>{WHO}{{1,80}})   # ', said Jane Roe'
    )
    # After the speaker: a description set off by a comma, or a claim joined to it ...
    (?: ,\s* (?: (?:the|a|an|who|whose)\s[^\"“”]{{0,200}}
               | (?:{PARTICIPLES})\b .*
               | (?!(?:that|he|she|they|it|we|I|there)\b) [^\"“”]{{0,100}} )
      # ... or whom it was told ('told The Post', 'told him'), and an adverbial after it ...
      | \s+ {LISTENER_NAMED} (?: \s+ (?:{ADVERBIAL_START})\b [^\"“”]{{0,50}} )?
      # ... or an adverbial ('on Thursday'), unless a preposition is the verb's own ('insist on staying').
      | \s+ (?!(?:on|about|for|to|with|into|at|of|by|from|in)\s+\w+ing\b) (?:{ADVERBIAL_START})\b [^\"“”]{{0,50}}
      # ... or both ('..., Roe said on Tuesday, adding that "...").
        (?: ,\s* (?:{PARTICIPLES})\b .* )?
    )?
    [.!?]?$""", re.VERBOSE)
# Words no speaker set after its verb opens with ('says despite being ...', 'reported it to
# the police', 'said when he was asked'): a preposition, a conjunction or a pronoun.
NOT_A_SPEAKER_START = re.compile(
    r"(?:despite|when|while|after|before|because|if|although|though|as|since|until|unless|whether|once|like|"
    r"unlike|in|on|at|to|for|with|from|by|about|into|over|under|it|him|them|us|me|he|she|they|we|I|you|that|"
    r"what|how|why|where|so|then|not|never|no)\b"
    # ... nor with a gerund unless a name follows ('say taxing fuel cuts traffic'; 'said
    # acting director Jane Roe').
    r"|[a-z]{2,}ing\s+(?![^.,;:!?]*[A-Z])")
# '..., said the man who was there': a speaker set after the verb has no verb of its own
# outside a relative clause; 'Lind, 54, said the vote was a mistake' reports a clause.
VERB_OF_A_CLAUSE = re.compile(rf"\b{CLAUSE_VERB}\b")
# 'Erik Lind, who leads the opposition, said ...', 'Lind, 54, said ...': a name and what is
# set after it between commas are the subject of the verb that follows them, not reported
# words. The aside is a relative clause, an age, an appositive or an adverb.
ASIDE = re.compile(r"(?:who|whose|which|a|an|the|his|her|its|their|\d{1,3}|however|too|meanwhile|though|also|"
                   r"for\s+(?:his|her|its|their)\s+part)\b[^,]*")
# A relative clause about a person is an aside after any subject.
RELATIVE_ASIDE = re.compile(r"(?:who|whose)\s[^,]*")
# A subject an aside may follow: a name with a few words before it ('economist Jane Roe'), or
# a short noun phrase ('The vote'); a past tense in it makes it a clause ('Roe visited Lund').
NAMED_SUBJECT = re.compile(r"(?:(?![a-z]+ed\b)[\w’'-]+\s+){0,3}?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
                           r"|(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+(?![a-z]+ed\b)[\w’'-]+){1,4}")
# Those who speak as a group, unnamed, in lower case ('critics', 'senior officials', 'the report').
UNNAMED_GROUP = rf"(?:(?:the|some|many|most|other|several|two|three|four)\s+)?(?:[a-z]+\s+)??(?:{letter_tree(set(SOURCE_HEADS))})"
UNNAMED_GROUP_WHOLE = re.compile(UNNAMED_GROUP)
# 'The new bridge, Ms. Roe said, is a gift to the town': the attribution set inside the
# reported sentence, which goes on in lower case after it; its speaker may be a pronoun
# ('All of this, he said, could be undone').
SAID_INSIDE = re.compile(rf"""
    # The words up to the first comma that is not a thousands separator ('1,200'), read in runs
    # and never given back: no shorter head can be followed by a comma and a space.
    ^(?P<head> (?=(?:[^,;:\"“”]|(?<=\d),(?=\d{{3}})){{2}}) [^,;:\"“”]*+ (?:(?<=\d),(?=\d{{3}})[^,;:\"“”]*+)*+ ) ,\s+
    (?P<who> [A-Z]{WHO}{{1,50}}? | {SUBJECT_PRONOUNS} | {UNNAMED_GROUP} ) \s+ {AUXILIARIES} (?P<verb>{SPEECH})
    (?:\s+{LISTENER_NAMED})? ,\s+           # 'The pier, Roe told the Ledger, is safe'
    (?!(?:{PARTICIPLES})\b|[a-z]+ing\b)     # '..., Roe added, saying ...', '..., Roe said, wiping his face' close it
    (?P<rest> [a-z“\"][^\"“”]*.* )$""", re.VERBOSE)   # the words go on, perhaps quoted ('..., X said, “all ...')
# 'As the Ledger reported, the pier ...', 'But as Roe noted on Monday, ...', 'As reported by the
# Ledger, ...': the source a sentence opens with, set off by a comma, and the words after it.
AS_SAID = re.compile(rf"""
    ^(?:(?:But|And|Yet|So)\s+)? [Aa]s \s+
    (?: (?P<who> (?!(?:{SUBJECT_PRONOUNS}|you|one)\s)[A-Za-z][^,;:\"“”\s]*(?:\s+[^,;:\"“”\s]+){{0,7}}? ) \s+ {AUXILIARIES}
        (?P<verb>{SPEECH}|{THAT_SPEECH})
      | (?P<verb2>reported|noted|stated|revealed|shown|found) \s+ (?:by|in) \s+ (?P<who2>[^,;:\"“”]{{1,60}}?) )
    (?: \s+ (?:{ADVERBIAL_START})\b [^,;:\"“”]{{0,40}} )?
    ,\s+ (?P<content> [^\s,].+ )$""", re.VERBOSE)
# 'Roe said: A docker who ...': what follows the colon, not in quotation marks.
SAID_COLON = re.compile(rf"""
    (?P<who> (?:[^;:\"“”\s]+\s+){{1,14}}? ) {AUXILIARIES} (?P<verb>{SPEECH})\b
    [^:\"“”]{{0,40}} :\s+                     # a few words may stand before the colon
    (?P<content> [^\"“”'‘\s].+ )$""", re.VERBOSE)
OPENS_PHRASE = re.compile(rf"(?:{SUBORDINATORS})\b")
# A phrase of place, time or manner opening a subject, by a preposition or a participle, up to its
# comma ('In a statement defending Lund, ', 'Speaking in Kent, '); not a conjunction, after which a
# name may be the subject ('But Lund, the nominee, said', 'As Lund, the nominee, noted'), nor a name
# in '-ing' ('Playing Field Promotions') or 'According to', which names a source.
OPENING_PHRASE = re.compile(r"(?:(?:In|On|At|During|For|From|With|Without|Under|Asked|Back|Alongside|Amid|Despite|"
                            r"Unlike|Beyond|Besides|Against|Throughout|Within|Across|Through|Behind|Toward|"
                            r"Towards|By|Beside|Upon)\s|(?!According)[A-Z][a-z]+ing\s(?=[a-z]))"
                            r"[^,;:\"“”]{1,100},\s+(?P<rest>\S.*)$", re.DOTALL)
# A word that joins a sentence to the one before it, opening its subject ('But she said ...',
# 'And then he vowed ...'): no part of who speaks.
OPENING_CONJUNCTION = re.compile(r"(?:(?:And|But|Yet|So|Or|Then|Still|Now|Instead|Meanwhile|Later|Also)(?:\s+then|\s+now|\s+later)?,?\s+)"
                                 r"(?=\S)")
# A clause of condition, time or concession opening a subject ('If Lund loses in Kent, critics').
OPENING_SUBORDINATE_CLAUSE = re.compile(r"(?:Even\s+(?:if|when|while|though|after|before|as|because)|If|When|While|"
                                        r"Although|Though|Because|Unless|Once|After|Before|Since|Until|Whether)"
                                        r"\s[^,;:\"“”]{1,150},\s+(?P<rest>\S.*)$", re.DOTALL)
# A name set off by a comma opening a text ('Ohio, the nominee').
NAME_AND_COMMA = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}),\s+(?=\S)")
# Words that open a clause of the writer's before an attribution ('When the storm came, X said, ...').
OPENS_CLAUSE = re.compile(r"(?:When|If|As|After|Before|While|Although|Though|Because|Since|Until|Once|Asked|Speaking)\b")
# Words after 'according to' that stand for a source named elsewhere ('according to him', 'according to those').
PRONOUN_START = re.compile(r"(?:him|her|them|us|me|it|you|this|that|these|those)\b", re.IGNORECASE)
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+", re.IGNORECASE)
# 'Polls show Lund ahead', 'A new survey of harbour workers found most of them undecided': a
# poll, a study or records as the whole subject, a verb of finding, and what was found, with no
# 'that' (SAID_THAT reads it with one).
FINDING = re.compile(rf"""
    ^(?P<who> (?:[^;:\"“”\s]+\s+){{0,6}}? (?i:{letter_tree(set(FINDING_HEADS))}) \b
        (?: \s+ (?:of|by|from|for|in|conducted|released|published|taken|commissioned)\s+[^,;:\"“”]{{1,60}}? )? )
    \s+ {AUXILIARIES} (?P<verb>{alternation(FINDING_VERBS, slice(0, 3))}) \s+
    (?!(?:{NOT_A_CLAUSE})\b) (?P<content>[\w“\"$].+)$""", re.VERBOSE)
# A poll, a study or records as a subject in the middle of a sentence ('..., and recent polls
# show Lund ahead', '... as a new survey found most of them undecided'): after a conjunction
# that opens a clause of its own, the finding runs to the sentence's end.
FINDING_SUBJECT = rf"""(?: (?:[^,;:\"“”\s]+\s+){{0,5}}? (?i:{letter_tree(set(FINDING_HEADS))}) \b
        (?: \s+ (?:of|by|from|for|in|conducted|released|published|taken|commissioned)\s+[^,;:\"“”]{{1,60}}? )? )"""
FINDING_INSIDE = re.compile(rf"""
    (?:,\s+(?:and|but|while|as)|\s(?:as|after|while|since|because|though|although|when|and|but|with))
    \s+ (?P<who> {FINDING_SUBJECT} ) \s+ {AUXILIARIES} (?P<verb>{alternation(FINDING_VERBS, slice(0, 3))}) \s+
    (?!(?:{NOT_A_CLAUSE})\b) (?P<content>[\w“\"$].+)$""", re.VERBOSE)
# '..., records show.', '..., a new poll of harbour workers finds.': what was found, before
# the finding that closes the sentence.
FOUND_AFTER = re.compile(rf"""
    ,[”\"]?\s+ (?P<who> {FINDING_SUBJECT} ) \s+ {AUXILIARIES}
    (?P<verb>{alternation(FINDING_VERBS, slice(0, 3))}) \s* [.!?]? $""", re.VERBOSE)
# 'In a new Ledger poll, Lund leads by six points', 'Lund leads by six points in the latest
# polls': what a poll, a study or a report found, given as where it stands; a few words may
# follow ('in a Ledger poll last month', 'in polls of likely voters').
FINDING_HEAD = rf"(?i:{letter_tree(set(FINDING_HEADS))})"
FOUND_IN = re.compile(rf"""
    ^(?P<verb>In)\s+ (?P<who> (?:a|an|the|its|their|his|her|recent|new|several|two|three|many)\s+
                             (?:[^\s,;:\"“”]+\s+){{0,6}}? {FINDING_HEAD} \b [^,;:\"“”]{{0,60}}? )
    ,\s+ (?P<content>(?!(?:{SUBJECT_PRONOUNS})\b)\S.+)$""", re.VERBOSE)
FOUND_IN_AFTER = re.compile(rf"""
    ,?\s+ (?P<verb>in)\s+ (?P<who> (?:(?:a|an|the|recent|new|latest|national|several|most|many|two|three|its|their)\s+)+
                                   (?:[^\s,;:\"“”]+\s+){{0,6}}? (?i:polls?|surveys?|stud(?:y|ies)|polling) \b
                                   [^,;:\"“”.]{{0,40}}? ) \s*[.!?]?$""", re.VERBOSE)
# 'Roe issued a statement saying the pier is safe', 'The board released a letter on Monday
# arguing that ...': what the subject put out says what follows the participle, in its name.
ISSUED_SAYING = re.compile(rf"""
    ^(?P<who> (?:[^;:\"“”\s]+\s+){{1,14}}? ) {AUXILIARIES}
    (?:{alternation(ISSUING_VERBS, slice(0, 3))}) \s+ (?:a|an|the|his|her|its|their)\s+ (?:[\w-]+\s+){{0,2}}?
    (?:{letter_tree(set(ISSUED_WRITINGS))}) (?:\s+[^,;:\"“”]{{0,40}}?)? ,?\s+
    (?P<verb>{QUOTE_PARTICIPLES}) \s+ (?:that\s+)? (?P<content>\S.+)$""", re.VERBOSE)
# Acts of speech a subject may refuse or put off ('declined to say whether ...', 'refused to
# comment'): what follows them was not said, so they are no act it means to do.
UNSAID = alternation(SPEECH_VERBS, slice(0, 1)) + "|comment|speak|discuss|elaborate|specify|detail|respond"
# 'Roe vowed to fight on', 'The board declined to attend': a subject of a few words, a
# verb of intending, and the act it means, a to-infinitive ('agreed to the deal' names a thing).
# The base forms of the verbs of intent seldom written as nouns ('crews want to ...'; not 'plan').
INTENT_BASES = "want|hope|intend|seek|refuse|decline|vow|pledge|threaten|agree"
INTENT = re.compile(rf"""
    ^(?:[^,;:\"“”]{{1,60}},\s+)??           # an opening phrase ('Ultimately, Roe hopes to ...')
    (?P<who> (?:[^,;:\"“”\s]+\s+){{1,10}}? ) {AUXILIARIES}
    (?P<verb>{alternation(INTENT_VERBS, slice(1, 3))}|(?<!\bto\s){INTENT_BASES}|{PROGRESSIVE}{alternation(INTENT_VERBS, slice(3, 4))}) \s+
    (?P<content> to\s+ (?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|be\s+\w+ed)\b)
                 (?!(?:{UNSAID})\b) [a-z]\w+ \s+\S.* )$""",
    re.VERBOSE)
# 'Most dock workers want a new pier', 'Roe wants the board to resign': what a subject
# wants, an object and what follows, not a to-infinitive (INTENT reads those).
WANT_FORMS = frozenset({"want", "wants", "wanted"})
WANTED = re.compile(rf"""
    ^(?:[^,;:\"“”]{{1,60}},\s+)??
    # a share of a group or none of it names no one who wants ('a third of the crews', 'No crew')
    (?!(?i:about|only|nearly|almost|some|neither|none|no|fewer|more|less|half|a\s+third|\d)\b)
    (?P<who> (?:[^,;:\"“”\s]+\s+){{1,10}}? ) {AUXILIARIES}
    (?<!\bto\s) (?P<verb>want|wants|wanted) \s+
    (?P<content> (?!(?:to|it|this|that|them|him|her|me|us|you|more|less|nothing|something|anything)\b) [\w$].* )$""",
    re.VERBOSE)
# 'Lund's claim that the pier is safe', 'her plan to close the port', 'the board's repeated warnings
# that ...': an owner named or a possessive pronoun, a noun of speech or intent, and what it says.
NOUN_CLAIM = re.compile(rf"""
    (?<![\w’'-]) (?P<who> [Hh]is | [Hh]er | [Tt]heir | [A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}['’]s? )
    \s+ (?:(?!(?:that|to)\b)[a-z-]+\s+){{0,2}}? (?P<verb>{letter_tree(set(CLAIM_NOUNS))})
    \s+ (?:(?:on|in|last|this|earlier)\s+\w+\s+)?
    (?P<content> (?:that\s+(?!(?:is|was|are|were|has|have|had|will|would)\b)\S | to\s+(?!(?:the|a|an)\b)[a-z]\w+\s) .+ )$""",
    re.VERBOSE)
OBJECT_CLAIM = re.compile(
    rf"(?P<who>(?:[^;:\"“”\s]+\s+){{1,40}}?){AUXILIARIES}"
    rf"(?P<verb>{OBJECT_SPEECH}|{PROGRESSIVE}{alternation(OBJECT_VERBS, slice(3, 4))})\s+(?P<content>.+)$")
FRAMED = re.compile(
    rf"(?P<who>(?:[^;:\"“”\s]+\s+){{1,40}}?){AUXILIARIES}(?P<verb>{FRAME_SPEECH})\s+(?P<content>[^\"“”]*[\"“].+)$")
# 'X called the plan reckless', 'X described the talks as a farce', 'X praised the crews for ...':
# a verb of naming or judging after its subject, with no quoted words, reports what it names or
# judges its object, and the object with it. Not
# a verb with a particle ('called off', 'called for'), a passive ('was called') or a reflexive
# name ('calls himself Joe'), which name nothing said.
NAMING_CLAIM_WORDS = frozenset(form.split()[0] for verb in NAMING_VERBS + FRAME_VERBS for form in verb[1:3])
NAMING_CLAIM = re.compile(
    rf"(?P<who>(?:[^;:\"“”\s]+\s+){{1,12}}?){AUXILIARIES}"
    rf"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?P<verb>{finite(NAMING_VERBS + FRAME_VERBS)})\s+(?!(?:for|on|off|up|out|in|back|into|upon|to|it\s+quits)\b)"
    rf"(?P<content>[^\"“”]+)$")
# 'Lund talked about the harbour's debts', 'Roe discussed a new tax': what the subject spoke of;
# not a passive ('was discussed').
TOPIC_CLAIM = re.compile(
    rf"(?P<who>(?:[^;:\"“”\s]+\s+){{1,12}}?){AUXILIARIES}"
    rf"(?P<verb>(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    rf"{alternation(TOPIC_VERBS, slice(1, 3))}|{PROGRESSIVE}{alternation(TOPIC_VERBS, slice(3, 4))})"
    rf"\s+(?P<content>[^\"“”]+)$")
# An object that is others' words ('dismissed the reports that ...', 'mocked Roe's claim'): what
# a verb of judging says of them is not those words.
OTHERS_WORDS_OBJECT = re.compile(
    r"(?:the|these|those|such|any|his|her|their|its|[A-Z][\w’'-]*['’]s?)\s+(?:[a-z-]+\s+)?(?:reports?|claims?|"
    r"remarks?|allegations?|accusations?|charges?|rumou?rs?|suggestions?|comments?|criticism|idea|notion|"
    r"assertions?|statements?|stories|story|speculation)\b")
# A closing mark a comma may stand inside, as American style sets it ('called it "a farce,"
# saying ...'): the comma still ends the clause before the participle.
COMMA_QUOTE = r"[”\"]?"
# 'Asked whether the port would close, Roe said ...', '... when asked by reporters if it would':
# the question put to someone, which the writer reports as asked. The question ends at the
# first comma; who asked, when the sentence says.
ASKED_QUESTION = re.compile(r"""
    (?:^|,\s+|\b(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Oo]nce|[Ii]f)\s+)
    (?:(?:he|she|they|I|we)\s+(?:was|were)\s+)?
    (?P<verb>[Aa]sked)
    (?:\s+by\s+(?P<who>[^,;:\"“”]{1,60}?))?
    \s+(?:[a-z]+ly\s+)?                 # 'Asked specifically whether ...'
    (?P<content>(?:whether|if|about|how|what|why|which|who|when|where)\b[^,;:\"“”]+)""", re.VERBOSE)
# The forms of the verbs that put a question ('asked', 'wonders').
QUESTION_FORMS = frozenset(form for verb in QUESTION_VERBS for form in verb)
# Words before a verb in '-ing' that make it no noun's modifier.
NOT_BEFORE_A_GERUND = ("by|after|before|while|without|of|in|for|on|from|about|with|like|as|to|than|upon|despite|"
                       "through|into|over|under|against|toward|towards|via|at|around|besides|including|since|"
                       "then|and|or|but|also|even|again|not|never|just|still|now|is|are|was|were|be|been|being|am|"
                       "keep|keeps|kept|start|starts|started|stop|stops|stopped|begin|begins|began|begun|"
                       "continue|continues|continued|end|ends|ending|went|go|goes|going|come|comes|came|"
                       "spend|spends|spent|avoid|avoids|avoided|quit|risk|risks|mind|recall|recalls|"
                       "recalled|heard|hear|hears|see|saw|seen|sees|caught|left|remember|remembered|"
                       "he|she|they|we|I|you|it|him|her|them|us|me|who|which|that|this|those|these|its|their|his|my|our|your")
# 'Roe asked whether the pier would hold', 'Lund wondered aloud how it could': a subject, a verb
# that puts a question, perhaps whom it was put to, and the question, which runs to the end.
ASKED_WHETHER = re.compile(rf"""
    ^(?P<who> (?:[^,;:\"“”\s]+\s+){{1,10}}? ) {AUXILIARIES}
    (?P<verb>{alternation(QUESTION_VERBS, slice(1, 3))})
    (?:\s+(?:aloud|him|her|them|us|me|reporters|the\s+[a-z]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}}))?
    \s+ (?P<content>(?:whether|if|how|why|what|when|where|who)\s+\S.+)$""", re.VERBOSE)
# 'Most voters feel the city is headed the wrong way', 'Roe knew that the pier would fail': a
# subject, a verb of holding a belief, and a clause, which opens with its own subject (a pronoun,
# a determiner or a name), not an object ('knew the town well', 'felt like a stranger').
BELIEF_FORMS = frozenset(form for verb in BELIEF_VERBS for form in verb)
BELIEF = re.compile(rf"""
    ^(?P<who> (?:[^;:\"“”\s]+\s+){{1,40}}? ) {AUXILIARIES}
    (?P<verb>{finite(BELIEF_VERBS)}|{PROGRESSIVE}{alternation(BELIEF_VERBS, slice(3, 4))}) \s+ (?:that\s+)?
    (?P<content> (?:{SUBJECT_PRONOUNS}|{SUBJECT_DETERMINERS}|(?!{TIME_NAMES}\b)[A-Z][\w.’'-]*)\s+\S.*
               # ... or a plural with a helper after it ('hoped utilities would ...')
               | [a-z][\w’'-]*(?:\s+[\w’'-]+){{0,2}}\s+{CLAUSE_VERB}\s.* )$""", re.VERBOSE)
# 'The crews are confident the pier will hold', 'Roe made clear that ...', 'Lund made the case
# that ...': an attitude to a clause, or a light verb that states it, read as the verbs of belief
# are; a negation before the adjective says no such thing ('is not sure that').
STANCE = re.compile(rf"""
    ^(?P<who> (?:[^;:\"“”\s]+\s+){{1,40}}? ) {AUXILIARIES}
    (?P<verb> (?:made|makes|make|making)\s+(?:it\s+)?clear | (?:made|makes|make|making)\s+the\s+case
            | (?:is|are|was|were|am|remains?|remained|seems?|seemed)\s+(?:(?:[a-z]+ly|so|very|also|still|now|more)\s+){{0,2}}?
              {letter_tree(set(V.STANCE_ADJECTIVES))} ) \s+ (?:that\s+)?
    (?P<content> (?:{SUBJECT_PRONOUNS}|{SUBJECT_DETERMINERS}|(?!{TIME_NAMES}\b)[A-Z][\w.’'-]*)\s+\S.* )$""", re.VERBOSE)
# Those said to speak, named just before a verb of speech in '-ing' with no comma between ('62
# percent of voters saying the economy is worse', 'emails suggesting the pier was sold'): the
# words they say, a clause with its own subject. The word before the verb is a noun's, not a
# preposition's, a helper's or an adverb's ('by saying', 'kept saying', 'quietly saying').
SPEECH_GERUNDS = frozenset(verb[3] for verb in SPEECH_VERBS if " " not in verb[3])
# A verb of speech in '-ing' after a word, looked for first: the names before it are read only then.
GERUND_AFTER_A_WORD = re.compile(rf"\w\s+(?:{letter_tree(set(SPEECH_GERUNDS))})\s")
NOUN_SAYING = re.compile(rf"""
    (?<![\w’'%.-])
    (?P<who> (?:[\w.’'%-]+\s+){{0,4}}? (?!(?:{NOT_BEFORE_A_GERUND})\b)(?![a-z]+(?:ly|ed)\b)[\w’'%-]*\w )
    \s+ (?P<verb>{letter_tree(set(SPEECH_GERUNDS))}) \s+ (?:that\s+)?
    (?P<content> (?:{SUBJECT_PRONOUNS}|{SUBJECT_DETERMINERS}|[A-Z][\w.’'-]*)\s+ \S.* )$""", re.VERBOSE)
# The heart of hearsay, looked for first: most sentences have none, and the subject is then
# looked for only in the words before it.
HEARSAY_CORE = re.compile(rf"\s(?:is|are|was|were|be|been)\s+(?:[a-z]+\s+)?(?:{letter_tree(set(HEARSAY_PARTICIPLES))})\s+to\s")
# 'The mayor is expected to resign', '..., where Lund is widely believed to have won': a subject
# after the start of its clause, a form of 'be', a participle of hearsay and a to-infinitive:
# what no one named holds of the subject, the subject and what follows read whole.
HEARSAY = re.compile(rf"""
    (?:^|(?<=,\s)|(?<=\swhere\s)|(?<=\swhen\s)|(?<=\sand\s)|(?<=\sbut\s)|(?<=\swhile\s)|(?<=\sbecause\s)|(?<=\ssince\s)|(?<=\sthough\s)|(?<=\salthough\s)|(?<=\swho\s)|(?<=\swhich\s)|(?<=\sthat\s))
    (?P<who> (?:[^,;:\"“”\s]+\s+){{1,12}}? )
    (?:is|are|was|were|(?:will|would|could|might|may)\s+be|(?:has|have|had)\s+been)\s+
    (?:(?:not|also|still|now|widely|generally|largely|broadly|long|initially|originally)\s+)?
    (?P<verb>{letter_tree(set(HEARSAY_PARTICIPLES))}) \s+ to \s+ (?P<rest>[a-z]\w*\s+\S.*)$""", re.VERBOSE)
# The naming verbs' forms, as a cue is written ('called', 'referred to').
NAMING_CUES = frozenset(form for verb in NAMING_VERBS for form in verb)
# What a naming verb reports: a short object, then the quoted name, and any joined to it
# ('him a "liar" and "a fraud"', 'the vote as "a farce"'); not 'called for', 'called on'.
NAMED = re.compile(r"""(?!(?:for|on|off|out|up|in|back|to|at)\b)(?:[^\s"“”.;:!?]+\s+){0,8}?(?:as\s+)?(?:being\s+)?"""
                   r"""(?:(?:a|an|the)\s+)?["“][^"“”]+["”]"""
                   r"""(?:(?:,?\s+(?:and|or)|,)\s+(?:(?:a|an|the)\s+)?["“][^"“”]+["”])*""")
# Words after a quoted name that still give the speaker's reason or who is meant ('called
# the vote "a farce" because ...', '"a disgrace" for the town'): the name does not end there.
# A plain word right after it makes the quotation part of a longer noun phrase (called the
# city's "reckless" budget plan ...), which is no name either.
NAME_GOES_ON = re.compile(r"[,\s]*(?:because|since|for|over|who|which|that|given)\b"
                          r"|\s+(?!(?:and|or|but|in|on|at|during|to|while|after|before|as|when|with|from|by|last|this|"
                          r"earlier|later|then|amid|ahead|until|through|about|against|among|across|yet|even)\b)[a-z]")
# A naming verb joined to a sentence: '..., calling him "a fraud"'.
NAMING_PARTICIPLE = re.compile(rf",{COMMA_QUOTE}\s+(?:also\s+|then\s+|even\s+)?(?P<verb>{alternation(NAMING_VERBS, slice(3, 4))})\s+(?P<content>\S)")
# A second verb of speech of the same subject: '... and said he ...', '... and called for ...',
# '... but lamented that ...'.
COORDINATED = re.compile(
    rf",?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>{SPEECH}|{OBJECT_SPEECH}|{FRAME_SPEECH})\s+(?:that\s+)?(?P<content>\S.*)$")
# A participle of speech joined on by 'and', perhaps with a subject of its own ('tweeting that
# the vote was rigged and asking, "..."', 'Roe calling the plan "bold" and Lund calling it "a
# gamble"'): the first reported words end there, and the participle reports words of its own.
COORDINATED_PARTICIPLE = re.compile(
    rf",?\s+and\s+(?:also\s+|then\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+){{1,4}})?"
    rf"(?P<verb>{alternation(SPEECH_VERBS + OBJECT_VERBS + VOICE_VERBS + NAMING_VERBS, slice(3, 4))})\b"
    rf"[,:]?\s+(?:that\s+)?(?P<content>\S.*)$")
# Another subject's own verb of speech joined on ('X said the count was late and the unions
# accused the clerk of ...'): the first reported words end there, the rest are the other's.
SECOND_SPEAKER = re.compile(
    rf",?\s+(?:and|but|while|whereas)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}"
    # '..., and a few harbour officials have called for ...': a group has its own verb.
    rf"|(?:[Tt]he|[Aa]|[Aa]\s+few|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost)\s+(?:[\w’'.-]+\s+){{0,3}}?"
    rf"(?:{letter_tree(set(SOURCE_HEADS))}))\s+"
    rf"{AUXILIARIES}(?P<verb>{SPEECH}|{OBJECT_SPEECH})\s+(?:that\s+)?(?P<content>\S.*)$")
# A second predicate of the subject after the quoted words it framed ('decried "harbour neglect"
# and highlighted his plans'): the writer's, not said; the match starts after the closing mark.
PREDICATE_AFTER_QUOTE = re.compile(r"(?<=[”\"])(?=,?\s+and\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+ed|[a-z]+s)\b)")
# A clause of the writer's after an object claim: '..., but he has also ...'.
CONTRAST = re.compile(r",?\s+but\s+(?:he|she|they|it|we|I|[A-Z][\w’'-]+)\s+[a-z]")
# A second claim joined to the first: ', adding that ...', ', calling for ...'.
# A word of time between the comma and the participle ('..., before insisting that ...') or a
# preposition of time without a comma ('... after saying that ...') joins it all the same.
PARTICIPLE = re.compile(rf"(?:,{COMMA_QUOTE}\s+(?:(?:before|after|while|then|later)\s+)?|\s+(?:by|before|after|while|upon)\s+)"
                        rf"(?P<verb>{PARTICIPLES})\s+(?:that\s+)?(?P<content>.+)$")
CLAUSE_BREAK = re.compile(rf",(?P<mark>{COMMA_QUOTE})\s+(?:{PARTICIPLES})\b")
SENTENCE_END = re.compile(r"([.!?])((?:[”\"’'»)])*)\s+(?=[A-Z0-9“\"‘'(«])")
# Titles and honorifics as words of a name run ('Ms', 'Sen', 'President'): no name by themselves.
TITLE_FORMS = frozenset(word.lower() for title in (*TITLES, *V.HONORIFICS, *TITLE_WORDS) for word in title.split())
# Capitalised words that open a sentence or a phrase and begin no name ('In Vermont', 'But I',
# 'The', 'Friday'): a run of capitalised words that starts with one is no speaker's name.
NOT_A_NAME_START = frozenset(
    word.lower() for word in SUBORDINATORS.split("|")) | DETERMINERS | SPEAKER_DETERMINERS | PERSON_SUBJECTS \
    | GENERIC_SUBJECTS | {"what", "who", "how", "why", "where", "yes", "no", "not", "if", "then", "here", "latest"} \
    | {name.lower() for name in WEEKDAY_NAMES} | {names[0].lower() for names in MONTH_NAMES}
# Conjunctions a subject may follow ('But Lund said').
LEADING_CONJUNCTION = re.compile(r"^(?:(?:But|And|So|Yet|Still|Also|Even|Now)\s+)+")
# A title only a person holds, just before a name ('Mr. Roe', 'Senator Roe'): no place is meant.
PERSONAL_TITLE_BEFORE = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sgt|Lt|Col|Capt|Prof)\.|Senator|Governor"
                                   r"|President|Representative|Judge|Mayor)\s+$")
NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|the|and|de|van|von|al|bin)\s+)*[A-Z][\w’'.-]*)*")
APPOSITIVE = re.compile(r",\s*(?:the|a|an|who|whose|[a-z]\w*|[A-Z][\w.-]*['’]s)\s[^,]*,?\s*$")
# A subject that is a name and a description of it set off by commas, an article opening the
# description ('Harbour Watch, a group of ferry owners,').
NAME_BEFORE_DESCRIPTION = re.compile(r"^(?P<name>[A-Z][^,]*),\s+(?:the|a|an)\s[^,]+$")
# A name after a preposition is where or whom, not who ('In Lisbon, ...', 'a spokesman for X').
# A title may stand between ('a spokesman for Mr. Lund', 'for Mayor Jane Roe').
NAME_TITLES = "|".join([re.escape(t) + r"\.?" for t in (*TITLES, *V.NAME_SUFFIXES)] + list(TITLE_WORDS))
AFTER_PREPOSITION = re.compile(r"\b(?:of|for|in|from|at|with|to|on|near|outside|inside|like|unlike|than|"
                               r"including|against|about|besides|among|between)\s+(?:(?:the|a|an)\s+)?"
                               r"(?:(?:" + NAME_TITLES + r")\s+)?$", re.IGNORECASE)
# Words that open an indefinite noun phrase: someone not named before ('a spokesman').
INDEFINITE = re.compile(r"(?:a|an|one|another|some|several)\s", re.IGNORECASE)
# People or bodies named by whose they are ('a Roe campaign official', 'Lund aides'): a
# name before them, with at most one word between, is no speaker.
AFFILIATE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:campaign|camp|team|aides?|advis[eo]rs?|officials?|spokes(?:man|woman|person)|"
    r"administration|supporters?|all(?:y|ies)|staff|staffers?|surrogates?|lawyers?|attorneys?|loyalists?|"
    r"backers?|representatives?|officers?|employees?|family|relatives?)\b")
# Capitalised words opening a clause, up to its first word in lower case ('Sen. Tom Lund hit').
OPENING_NAME_RUN = re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s+){1,6})(?=[a-z])")
# A colon's clause with its verb first ('Said Berg', 'Added the minister'): the speaker follows.
INVERTED_INTRODUCTION = re.compile(r"(?:[A-Z][a-z]+ed|Says|Writes|Asks|Adds)\s+(?P<who>.+)$")
# A clause whose subject is a pronoun: the names after it are its objects.
PRONOUN_SUBJECT = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t|I|[Yy]ou)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)?\s+\S")
# Quoted words said to be another's ('Lund’s claim that', 'her remarks about'), not the subject's.
SOMEONE_ELSES_WORDS = re.compile(
    r"(?:\b\w+['’]s?|\b(?:his|her|their|its))\s+(?:[a-z-]+\s+)?(?:claims?|remarks?|words|statements?|comments?|"
    r"assertions?|descriptions?|promises?|pledges?|tweets?|suggestions?|charges?|accusations?|warnings?|"
    r"predictions?|boasts?)\b")
# A comma that may close a clause: not one inside a number or a date ('2,400', 'May 6, 2015').
CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\s*\d)")
# A conjunction that opens a clause inside a sentence ('..., though people close to the
# board said', '... as many voters said'): it joins the clause, it is no word of its subject.
LEADING_SUBORDINATOR = re.compile(r"^(?:though|although|as(?!\s+(?:many|much|few|little|well|long|far)\s+as\b)|"
                                  r"when|whenever|while|whereas|where|because|since|unless|until|once|if)\s+(?=\S)")
# Adverbs that may stand between a subject and its verb ('X, the chief, forcefully told'),
# among them those that tie the sentence to the one before ('Harbour pilots, however, say'),
# with the auxiliary they part from its verb ('the board has, however, said').
# Nouns in '-ly' ('a Lund ally', 'the Roe family') end a subject as no adverb does.
TRAILING_ADVERBS = re.compile(r"(?:\s+(?:has|have|had|will|would|did|does|do)(?=,?\s+\w+,?$))?"
                              r"(?:,?\s+(?:(?!(?:ally|family|assembly)\b)[a-z]+ly|also|then|later|again|once|often|still|never|now|already|first"
                              r"|however|meanwhile|though|too|instead|nonetheless|nevertheless|moreover|likewise"
                              r"|in\s+turn|in\s+fact|for\s+(?:his|her|its|their)\s+part))+$")
# When or how a subject spoke, set between it and its verb ('The board on Tuesday said', 'the
# Lund campaign in a statement responded').
TRAILING_TIME = re.compile(
    rf"(?:,?\s+(?:(?:on|late|early)\s+)?(?:{WEEKDAY}|{TIME_NAMES}\s+\d{{1,2}})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|,?\s+(?:last|this|earlier|later)\s+(?:week|month|year|spring|summer|fall|autumn|winter)"
    r"|,?\s+(?:today|yesterday|tonight)"
    r"|,?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|interview|email|e-mail|letter|tweet|post|release))+,?$")
# A subject phrase that is a predicate ending in 'and': the verb after it is coordinated.
COORDINATED_VERB_END = re.compile(r"\s(?:and|but)$")
# A verb, and a few words of title or description, just before a name: the name is its object;
# not after a comma or quotation mark, where the verb is an attribution ('," said Jane Roe').
AFTER_VERB = re.compile(r"(?<![,”\"'] )\b(?:[a-z]+ed|met|told|said|says|saw|hit|took|gave|left|beat|won|lost|made|sent|"
                        r"thanks|calls|attacks|praises|blames|mocks|meets|tells|asks)"
                        r"\s+(?:(?!(?:that|is|was|are|and|but|when|because|as|if|once)\s)[\w.’'-]+\s+){0,3}$")
# What joins a name to the one before it in a list ('Roe and Lund', 'Roe, Lund').
JOINED_NAME = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)")
# A pronoun subject of a relative clause ('problems that he blamed on ...').
RELATIVE_PRONOUN_SUBJECT = re.compile(r"\b(?:that|which|whom|why|how|when|where|because|as|but|so|while|after|"
                                      r"before|since|if|although|though|until|once)\s+(?P<pronoun>he|she)$")
RELATIVE = re.compile(r"\s(?:who|which|that|whose|whom)\s")
# An object relative or a subordinate clause, whose subject follows it ('the pier, which
# Mr. Clarke says ...', 'an event that Roe says ...', 'in the spotlight since the debate, when Roe cited ...').
OBJECT_RELATIVE = re.compile(r"(?:^|\s)(?:which|whom|that|when|as|after|since|because|while|before|until|where|"
                             r"though|although|if)\s+(?P<subject>(?:[A-Z][\w.’'-]*\s*){1,4})$")
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
# A word of letters ('Harbour', 'O’Neill', 'well-known'), a number aside: what is read for capitals.
LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# The possessive ending right after a name ('Lund’s', 'the Roes'').
POSSESSIVE_ENDING = re.compile(r"['’]s?\b")
# What joins the conjuncts of a subject ('Roe and Lund', 'Roe & Lund').
CONJUNCTION_AND = re.compile(r"\s+(?:and|&)\s+")
# Marks a subject never runs across.
SUBJECT_BREAK = re.compile(r"[,:;]")
DAY_WORD = re.compile(r"day\b|tomorrow", re.IGNORECASE)

# A sentence's subject: the words before its first verb-like word ('The mayor spoke', 'Lund stood').
# An opening phrase may end in a date's year ('On May 6, 2015, Lund said').
# A plural for people is a noun ('Lund aides said' is said by the aides), not a verb in '-s';
# nor is a pronoun or a function word that ends in one ('In his speech, Lund praised').
NOT_VERBS_IN_S = frozenset("his its hers this ours yours theirs as us thus plus across perhaps always unless "
                           "whereas besides".split())
SUBJECT = re.compile(rf"""
    ^(?: [^,\"“”]{{0,100}},\s+ (?:\d{{4}},\s+)? )??         # an opening phrase ('On May 6, 2015,')
    (?P<who> (?:(?:[\w.’'-]+|\([A-Z][\w.,' -]{{0,14}}\))\s+){{0,9}}? )   # a party in brackets ('(D-Ore.)')
    (?!(?:{letter_tree(set(NOT_VERBS_IN_S))})\b)
    (?= (?: is|was|are|were|has|have|had|will|would|{letter_tree(set(IRREGULAR_PAST))}
          | says|[a-z]+ed|[a-z]+s )\b )
    (?!{letter_tree(set(V.PEOPLE_PLURALS))}\b)   # looked for only where a verb-like word stands""", re.VERBOSE)
# A definite description of a person as a whole subject ('the Oregon senator', 'The New
# York businessman'): 'the', up to four modifiers, and a noun that only a person can be.
# The nouns: every role noun and every title's role (vocabulary.py), and a few more.
PERSON_HEADS = sorted({*DESCRIPTION_HEADS, *V.ROLE_HEADS, *(role for roles in TITLES.values() for role in roles)})
DESCRIPTION = re.compile(r"^(?:the|The)\s+(?:[\w.’'-]+\s+){0,4}(?P<head>" + "|".join(PERSON_HEADS) + r")$")
# Papers are called by the last word of their title once named in full ('The New York
# Times' ... 'the Times said'), when no other paper named in the article ends with it.
PUBLICATION_HEADS = {"Times", "Post", "Journal", "Guardian", "Telegraph", "Herald", "Tribune", "Globe",
                     "Gazette", "Examiner", "Chronicle", "Inquirer"}
# A label in quotation marks between a possessive and a name ('its "chief strategist" Jane Doe').
POSSESSIVE_END = re.compile(r"\b(?:its|his|her|their|our)\s+$", re.IGNORECASE)
NAME_START = re.compile(r"\s+[A-Z][a-z]")
# Verbs of moving someone or something: what follows them is where, not what was said
# ('The paper sent its reporter into "a kitchen in Lund"').
MOVING_VERBS = {"sent", "sends", "brought", "brings", "took", "takes", "moved", "moves", "carried", "carries",
                "drove", "drives", "flew", "flies", "led", "leads", "walked", "walks", "dispatched"}
# 'footage of Jane Roe asking, "..."', 'a video showing Mr. Ruiz saying: "...': the
# person a recording shows speaking, named just before the participle; so is the one an
# absolute phrase gives ('..., with Lund saying, "..."', '..., Lund adding: "...').
SHOWN_SPEAKING = re.compile(
    rf"(?:\b(?:of|showing|shows|featuring|features|with)|,)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+"
    rf"(?P<verb>{QUOTE_PARTICIPLES})\b[^\"“”.;]{{0,60}}?[,:]?\s*$")
# Initials run together before a surname ('J.R. Lund'): their full stops end no
# sentence; a place's initials may end one ('moved to the U.S. Then ...').
RUN_OF_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
PLACE_INITIALS = {"U.S", "U.K", "D.C", "U.N", "E.U", "L.A", "N.Y", "U.A.E"}
# A named subject with its description set between commas before the verb ('Lund, a former
# party chairman, poked fun at ...').
APPOSITIVE_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:a|an|the)\s+[^,;\"“”]{1,100},\s+"
    r"(?:has\s+|had\s+|also\s+|then\s+)?(?:[a-z]+ed|[a-z]+s|spoke|told|said|wrote|took|made|gave)\b")
# A name and an aside set between commas after it, before the rest of the clause ('Jane Roe,
# for her part, is ...', 'Roe, touring the docks on Monday, called ...'): the aside is no part
# of the subject, and the verb after it is the name's.
NAME_AND_ASIDE = re.compile(r"^(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?P<aside>,\s+[^,;:\"“”()]{2,80},)\s+\S")
# An object and the words a verb casts it as, right before a quotation ('hailed the deal as a
# "breakthrough"'): a few words of object, then 'as' and perhaps an article.
CAST_AS = re.compile(r"\s(?:[^\s\"“”,;]+\s+){1,8}as\s+(?:(?:a|an|the)\s+)?$")
# A subject that ends in a relative pronoun ('a source who told him'): the words just
# before the pronoun are who speaks.
ENDS_IN_RELATIVE = re.compile(r"(?P<antecedent>(?:\S+\s+){1,4}?)(?:who|that)$")
# How every text it matches ends ('$' matches before a closing newline too): the rest are not searched.
RELATIVE_ENDS = ("who", "that", "who\n", "that\n")

# The people of a nation or the members of a party, who speak as a group ('the Russians
# insisted', 'many Democrats believe'): plurals of the gazetteer's demonyms and of party nouns.
PEOPLES_WORDS = frozenset(gazetteer().demonyms) | V.PARTY_MEMBERS
GROUP_HEADS = frozenset(word.lower() + ("" if word.endswith("ese") else "s")
                        for word in PEOPLES_WORDS
                        if word.endswith(("an", "i", "ese")) or word in V.PARTY_MEMBERS)
# A share of a group, which speaks for its part ('Two-thirds of the delegates', '61 percent of
# voters', 'a majority of residents', 'Nine in 10 voters').
SHARE_OF = r"""(?:(?:[\w.%-]+\s+){0,3}?(?:\w+-)?(?i:percent|per\s+cent|half|thirds?|quarters?|majority|majorities|minority|
                  number|dozens|hundreds|thousands|share|most|many|some|all|several|both|few)\s+of\s+|
                  [\w-]+\s+(?:in|out\s+of)\s+(?:10|ten)\s+)"""
# A description that is itself the source ('a senior aide', 'Lund aides', 'Roe's campaign
# strategists', 'people familiar with the talks', 'a new Ledger poll'): a few modifiers, a
# head that names those who speak (SOURCE_HEADS), and what may follow it ('for Mayor Jane Roe').
# No modifier may be a pronoun, a preposition or a verb: 'He met with officials' is a clause.
DESCRIBED_SOURCE = re.compile(rf"""
    ^(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Nn]ow|[Ee]ven|[Aa]lso)\s+)*
    (?!(?:{SUBORDINATORS})\b)                # 'While critics ...', 'In court documents' open a phrase
    (?P<words>
        (?: {SHARE_OF} )?
        (?: (?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Aa]nother|
               [Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.’'-]*['’]s?|[Cc]urrent|[Ff]ormer)\s+ )?
        (?: (?!(?:{"|".join(sorted(PERSON_SUBJECTS_WORDS))}|of|for|to|with|at|from|in|on|by|that|who|which|
                 is|was|are|were|has|have|had|will|would|met|told|said|says|asked)\b)
            [\w.’'-]+\s+ ){{0,5}}?
        (?i: (?P<head> {letter_tree(SOURCE_HEADS | GROUP_HEADS)} ) ) \b
        (?: \s+ (?:for|of|to|with|at|from|in|inside|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|
                  knowledgeable\s+about|with\s+(?:direct\s+)?knowledge\s+of|speaking\s+to|
                  (?:released|published|conducted|filed|issued|obtained|commissioned)(?:\s+(?:by|for|on|in|last))?|
                  [a-z]+(?:ed|en)\s+(?:by|in|at|from|for))
            \s+ [^,;:()\"“”]{{1,90}}? (?<!\band)(?<!\bor) )?
    )$""", re.VERBOSE)
# Someone or something a named actor has, as the whole subject ('Tom Lund's campaign manager',
# 'the Harbour Board's lawyers', 'As Kent's delegation chairman announced'): the one it
# belongs to, up to five capitalised words, and up to four lower-case words ending in a noun.
POSSESSED_SOURCE = re.compile(rf"""
    ^(?:(?:[Bb]ut|[Aa]nd|[Aa]s|[Ss]o|[Yy]et)\s+)?(?:[Tt]he\s+)?
    (?!(?:{SUBORDINATORS})\b)                # 'In Lund's favour ...' opens a phrase
    (?P<words> (?P<owner> [A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.’'-]*){{0,4}} ) ['’]s?
               (?:\s+[a-z][\w-]*){{1,4}} )$""", re.VERBOSE)
# Words a possessed source does not end in or hold: a helper of the verb after it ('Lund's
# campaign has said'), a word that opens a clause or an adverb.
NOT_IN_A_POSSESSED_SOURCE = frozenset("""has have had is was are were will would can could may might must
should also then later again already first once now still even never not only just
who which that when where while and or but""".split())
# A share of those asked, standing for them as the subject ('Sixty percent said', 'Nearly half
# said', 'Six in 10 voters say', '58 percent of harbour workers polled said'): a hedge, a
# quantity, and what it is a share of, if the sentence says.
NUMBER = (r"(?:\d[\d.,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
          r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          r"fifteen|sixteen|seventeen|eighteen|nineteen)")
SHARE_SOURCE = re.compile(rf"""(?ix)
    ^(?P<words>
        (?: (?:about|nearly|almost|roughly|some|only|just|more\s+than|less\s+than|fewer\s+than|over|under|
               at\s+least|at\s+most|barely|well\s+over)\s+ )?
        (?: {NUMBER}\s*(?:%|percent\b|per\s+cent\b|in\s+(?:10|ten)\b|out\s+of\s+(?:10|ten)\b)
          | half\b | a\s+(?:third|quarter|fifth)\b | (?:two|three|four)[-\s](?:thirds|quarters|fifths)\b
          | a\s+majority\b )
        (?: \s+ [^,;:()\"“”]{{1,60}} )?
    )$""")
JOINS_CLAUSES = re.compile(r"\b(?:and|but|or|while|who|which|that)\b")
# A quotation set off by its own comma, question or exclamation mark and closed by a name and
# a verb in the past that no list holds ('," Roe barked.', '?" Lund shot back in a statement.'):
# the name speaks. The verb ends the sentence, perhaps with a few words after it.
NAME_CLOSING_QUOTE = re.compile(r"""
    ^\s*(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})
    \s+(?P<verb>[a-z]{3,}ed(?:\s+(?:back|in|on|up))?|(?:shot|hit|struck|fired)\s+back|cut\s+in|broke\s+in|went\s+on)
    (?:\s+[^\s\"“”'’.!?]+){0,6}[.!?]?\s*$""", re.VERBOSE)
# A sentence that is an attribution and nothing else ('Roe said.', 'said Mr. Lund on Monday.'):
# it has no words of its own to report, so it signs the quotation just before it.
SIGNING_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
SIGNING_SENTENCE = re.compile(
    rf"""^\s*(?:(?P<who>{SIGNING_NAME})\s+(?P<verb>{SPEECH})|(?P<verb2>said|says|wrote|added)\s+(?P<who2>{SIGNING_NAME}))
    {SAID_WHEN}?\s*[.!]\s*$""", re.VERBOSE)
# Someone or something new to the text, described as the subject ('A producer for Harbour
# Studios', 'one columnist at the Ledger', 'a projection from the Lund campaign'): a word that
# makes it indefinite, a few words ending in a noun, and what it is of or for.
INDEFINITE_SOURCE = re.compile(r"""
    ^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?
    (?P<words> (?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+
               (?P<noun> (?:[\w’'-]+\s+){0,3}? [a-z][\w-]* )
               (?: \s+ (?:of|for|at|from|with|in|on|close\s+to|familiar\s+with) \s+ [^,;:()\"“”]{1,60} )? )$""",
    re.VERBOSE)
# The nouns of a described newcomer that speaks: those who speak (a role, a source, a word for a
# person: 'producer', 'columnist', 'woman'), and what is written or counted ('email', 'poll').
SPEAKING_NOUNS = frozenset({*SOURCE_HEADS, *PERSON_HEADS, *"""email e-mail letter message statement post tweet
blog website account ad advertisement video memo note projection review version estimate count tally
article editorial column story paper book textbook transcript recording audio filing brief""".split()})
SPEAKING_SUFFIXES = ("er", "or", "ist", "ant", "ent", "man", "woman", "person", "ian", "ee")
# Words a described newcomer does not hold before its preposition: a time ('A week later the
# board'), an article that opens another phrase, a verb's helper.
NOT_IN_AN_INDEFINITE_SOURCE = frozenset("""the a an this that these those his her its their who which when
week weeks month months year years day days time times moment hour hours minute minutes decade while later
earlier ago after before then also has have had is was are were will would""".split())
# A dateline opening an article's first paragraph ('KENT, Ohio — ', 'LISBON (Reuters) - '), no
# part of the subject after it; its agency alone ('(Reuters) - ') where a full stop in the place
# ('KENT, Ohio.') ended the sentence before it.
LEADING_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                              r"(?:\s+\([^()]{1,30}\))?|\([A-Z][^()]{0,29}\))\s*[―—–-]+\s+")
# A spaced dash, or a long one, that opens or closes an aside ('In an interview - held on Friday - Lund').
ASIDE_DASH = re.compile(r"\s[-–—―]{1,2}\s|[—―]")
# A conjunction that joins two clauses or two subjects.
JOINING_CONJUNCTION = re.compile(r"\s(?:and|but)\s")
# Heads too general to stand as a source with nothing else said of them. A finding is not one:
# 'Polls show Lund ahead', 'Poll: Lund Leads' are what the polls say, an unnamed source of its own.
TOO_GENERAL_SOURCES = {"people", "person", "members", "friends", "campaign", "staff"}
# 'Roe, on the radio: "..."', 'Jane Roe, Harbour News: "...': a name, perhaps an aside, and a
# colon just before the quotation label who speaks, with no verb.
# A party and state in brackets may follow the name ('Sen. Jane Roe (D-Ore.): "...').
COLON_LABEL = re.compile(
    r"(?:^|[.!?]\s+|\s[-—–]\s+)(?P<who>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,5})"
    r"(?:\s*\([^()\"“”]{1,20}\))?(?:,\s+[^,;:\"“”]{1,40})?(?P<verb>:)\s*$")
# Why a quote or claim has no speaker, as the export says it.
NOTE_NO_SPEAKER = "no speaker named in the sentence"
NOTE_PRONOUN = "a pronoun no one named before resolves"
NOTE_NOT_AN_ACTOR = "the words naming the speaker name no actor of the article"
NOTE_SEVERAL_NAMED = "the words naming the speaker name more than one actor"
NOTE_UNTIED_DESCRIPTION = "the description '{}' is tied to no one person the article names"
# A definite description of a person next to a cue ('the Oregon senator said', '," said the
# nominee'), for saying why it was left without a speaker.
PERSON_HEAD = "(?:" + "|".join(re.escape(head) for head in PERSON_HEADS) + ")"
DESCRIPTION_BEFORE_CUE = re.compile(
    rf"(?<![\w’'-])(?P<words>(?:the|The)\s+(?:[\w.’'-]+\s+){{0,4}}{PERSON_HEAD})"
    rf"(?:,?\s+(?:[a-z]+ly|also|then|later|again|once|has|had|have|was|is|would|will|on\s+{WEEKDAY}))*,?\s*$")
DESCRIPTION_AFTER_CUE = re.compile(rf"^(?:said|says|added|adds|wrote|writes)\s+(?P<words>the\s+(?:[\w.’'-]+\s+){{0,4}}{PERSON_HEAD})\b")
# Who a quotation's own attribution describes without a name ('," the ferry captain said',
# '," said a woman in the crowd'): a determiner, a few words and a noun, no verb.
DESCRIBED_SPEAKER = re.compile(
    r"^(?P<words>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:who|which|that|is|was|are|were|has|have|had|will|"
    r"would|can|could)\b)[\w’'-]+\s+){0,4}(?!(?:who|which|that)\b)(?:[a-z][\w’'-]*|"
    # '," said a Norland Democrat': a party's member or a nation's man is written capitalised.
    + letter_tree(set(PEOPLES_WORDS)) + r")"
    r"(?:\s+(?:of|for|at|from|in|with)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})?)$")

# The words after a verb's -s form that make it a plural noun, the subject of a verb of its
# own ('Early reports said ...', 'Initial estimates put ...'): finite verbs and the past of
# the verbs of speech.
VERBS_AFTER_A_SUBJECT = V.FINITE_AFTER_NOUN | frozenset(verb[2].split()[0] for verb in SPEECH_VERBS)
# Pronouns a verb's -s form follows as its subject ('a plan that he believes will fail').
PRONOUNS_BEFORE_A_VERB = frozenset("it who which that one".split())

# An aside between a verb of speech and the 'that' of its clause (', per a translator, that
# ...', 'in saying that ...', 'in court papers that ...', ', while testifying on Monday,
# that ...'), perhaps after whom the words were told ('told the council, while testifying,
# that'): where the reported words begin, it says how or where they were said, and the
# claim begins after its 'that'.
OPENING_ASIDE = re.compile(
    r"(?:(?:(?:the|a|an|his|her|their|its)\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?=,))?"
    r",?\s*(?:(?:per|according to)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+"
    r"|(?:while|when|after|before|in|by)\s+[a-z]+ing(?:\s+[\w.’'-]+){0,8}?"
    r"|(?:in|during|at|under)\s+(?:a|an|the|his|her|its|their|court|sworn|written)(?:\s+[a-z][\w’'-]*){1,3}?)"
    r",?\s+that\s+(?=\S)")

# Someone new set off after a name, speaking of it ('Lund, a senior aide said, "is confident
# ..."'): the quotation goes on from the name, and the one it is said by is the description;
# with a comma after the description ('Lund, a senior aide, said') it is the name's own.
SET_OFF_SPEAKER = re.compile(
    r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+(?P<words>(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+)$")
