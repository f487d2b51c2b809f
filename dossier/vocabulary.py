"""The words news is read with, as data: verbs of speech, titles, roles, calendar words, gendered words.

Both stages build their patterns from these tables: actor_patterns.py (who an article
names) and fact_patterns.py (who said what). A verb of speech, a title or a role noun
added here is one line, and both stages know it. Only words belong here; the patterns
made of them live in the *_patterns modules, the rules that read them in actors.py,
facts.py and coreference.py.
"""

from __future__ import annotations


# --- Verbs of speech ------------------------------------------------------------------

def forms(base: str, third: str, past: str, gerund: str) -> tuple[str, ...]:
    """A verb's written forms, so the lists below stay readable."""
    return (base, third, past, gerund)


# Verbs of speech that can carry a quote or a reported clause on their own:
# 'X said: "..."', '"...," X said', 'X said he ...', 'X said that ...'.
SPEECH_VERBS = (
    forms("say", "says", "said", "saying"),
    forms("tell", "tells", "told", "telling"),
    forms("add", "adds", "added", "adding"),
    forms("write", "writes", "wrote", "writing"),
    forms("state", "states", "stated", "stating"),
    forms("note", "notes", "noted", "noting"),
    forms("explain", "explains", "explained", "explaining"),
    forms("argue", "argues", "argued", "arguing"),
    forms("claim", "claims", "claimed", "claiming"),
    forms("insist", "insists", "insisted", "insisting"),
    forms("stress", "stresses", "stressed", "stressing"),
    forms("warn", "warns", "warned", "warning"),
    forms("announce", "announces", "announced", "announcing"),
    forms("declare", "declares", "declared", "declaring"),
    forms("assert", "asserts", "asserted", "asserting"),
    forms("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    forms("admit", "admits", "admitted", "admitting"),
    forms("suggest", "suggests", "suggested", "suggesting"),
    forms("continue", "continues", "continued", "continuing"),
    forms("reply", "replies", "replied", "replying"),
    forms("respond", "responds", "responded", "responding"),
    forms("ask", "asks", "asked", "asking"),
    forms("tweet", "tweets", "tweeted", "tweeting"),
    forms("post", "posts", "posted", "posting"),
    forms("recall", "recalls", "recalled", "recalling"),
    forms("emphasize", "emphasizes", "emphasized", "emphasizing"),
    forms("emphasise", "emphasises", "emphasised", "emphasising"),
    forms("predict", "predicts", "predicted", "predicting"),
    forms("estimate", "estimates", "estimated", "estimating"),
    forms("report", "reports", "reported", "reporting"),
    forms("confirm", "confirms", "confirmed", "confirming"),
    forms("deny", "denies", "denied", "denying"),
    forms("complain", "complains", "complained", "complaining"),
    forms("concede", "concedes", "conceded", "conceding"),
    forms("counter", "counters", "countered", "countering"),
    forms("contend", "contends", "contended", "contending"),
    forms("maintain", "maintains", "maintained", "maintaining"),
    forms("observe", "observes", "observed", "observing"),
    forms("remark", "remarks", "remarked", "remarking"),
    forms("allege", "alleges", "alleged", "alleging"),
    forms("joke", "jokes", "joked", "joking"),
    forms("boast", "boasts", "boasted", "boasting"),
    forms("promise", "promises", "promised", "promising"),
    forms("believe", "believes", "believed", "believing"),
    forms("think", "thinks", "thought", "thinking"),
    forms("vow", "vows", "vowed", "vowing"),
    forms("pledge", "pledges", "pledged", "pledging"),
    forms("point out", "points out", "pointed out", "pointing out"),
    forms("chant", "chants", "chanted", "chanting"),
    # The reporting verbs of English lexicons that take a 'that' clause or a quotation
    # (VerbNet's say-37.7, complain-37.8, advise-37.9 and transfer_mesg-37.1, with the
    # reporting verbs of style guides): 'X lamented that ...', '"...," X cautioned'.
    *(forms(base, third, past, gerund) for base, third, past, gerund in (
        ("lament", "laments", "lamented", "lamenting"), ("caution", "cautions", "cautioned", "cautioning"),
        ("reiterate", "reiterates", "reiterated", "reiterating"), ("mention", "mentions", "mentioned", "mentioning"),
        ("opine", "opines", "opined", "opining"), ("testify", "testifies", "testified", "testifying"),
        ("speculate", "speculates", "speculated", "speculating"), ("surmise", "surmises", "surmised", "surmising"),
        ("reason", "reasons", "reasoned", "reasoning"), ("posit", "posits", "posited", "positing"),
        ("theorize", "theorizes", "theorized", "theorizing"), ("assure", "assures", "assured", "assuring"),
        ("remind", "reminds", "reminded", "reminding"), ("inform", "informs", "informed", "informing"),
        ("protest", "protests", "protested", "protesting"), ("object", "objects", "objected", "objecting"),
        ("confide", "confides", "confided", "confiding"), ("disclose", "discloses", "disclosed", "disclosing"),
        ("divulge", "divulges", "divulged", "divulging"), ("recount", "recounts", "recounted", "recounting"),
        ("brag", "brags", "bragged", "bragging"), ("grumble", "grumbles", "grumbled", "grumbling"),
        ("grouse", "grouses", "groused", "grousing"), ("gripe", "gripes", "griped", "griping"),
        ("fret", "frets", "fretted", "fretting"), ("bemoan", "bemoans", "bemoaned", "bemoaning"),
        ("affirm", "affirms", "affirmed", "affirming"), ("aver", "avers", "averred", "averring"),
        ("profess", "professes", "professed", "professing"), ("swear", "swears", "swore", "swearing"),
        ("repeat", "repeats", "repeated", "repeating"), ("relate", "relates", "related", "relating"),
        ("confess", "confesses", "confessed", "confessing"), ("concur", "concurs", "concurred", "concurring"),
        ("advise", "advises", "advised", "advising"), ("clarify", "clarifies", "clarified", "clarifying"),
        ("elaborate", "elaborates", "elaborated", "elaborating"),
    )),
)
# Verbs that carry a quotation but are not read as reporting a clause: '"...," she sang',
# '"...?" he demanded', while 'she sang the anthem' or 'he shouted orders' report no words.
VOICE_VERBS = (
    forms("sing", "sings", "sang", "singing"),
    forms("shout", "shouts", "shouted", "shouting"),
    forms("yell", "yells", "yelled", "yelling"),
    forms("scream", "screams", "screamed", "screaming"),
    forms("whisper", "whispers", "whispered", "whispering"),
    forms("exclaim", "exclaims", "exclaimed", "exclaiming"),
    forms("quip", "quips", "quipped", "quipping"),
    forms("mutter", "mutters", "muttered", "muttering"),
    forms("demand", "demands", "demanded", "demanding"),
    forms("wonder", "wonders", "wondered", "wondering"),
    # 'As Ms. Ruiz put it, "..."'
    forms("put it", "puts it", "put it", "putting it"),
    # The manner-of-speaking verbs of English lexicons (VerbNet's manner_speaking-37.3 and
    # the reporting verbs of style guides): each tells how words were said, so after or
    # before a quotation it is its cue; alone ('she sighed') it reports nothing.
    *(forms(base, third, past, gerund) for base, third, past, gerund in (
        ("fume", "fumes", "fumed", "fuming"), ("gush", "gushes", "gushed", "gushing"),
        ("sigh", "sighs", "sighed", "sighing"), ("snap", "snaps", "snapped", "snapping"),
        ("scoff", "scoffs", "scoffed", "scoffing"), ("sneer", "sneers", "sneered", "sneering"),
        ("laugh", "laughs", "laughed", "laughing"), ("chuckle", "chuckles", "chuckled", "chuckling"),
        ("cry", "cries", "cried", "crying"), ("bellow", "bellows", "bellowed", "bellowing"),
        ("roar", "roars", "roared", "roaring"), ("growl", "growls", "growled", "growling"),
        ("snarl", "snarls", "snarled", "snarling"), ("murmur", "murmurs", "murmured", "murmuring"),
        ("mumble", "mumbles", "mumbled", "mumbling"), ("stammer", "stammers", "stammered", "stammering"),
        ("groan", "groans", "groaned", "groaning"), ("moan", "moans", "moaned", "moaning"),
        ("whine", "whines", "whined", "whining"), ("wail", "wails", "wailed", "wailing"),
        ("shriek", "shrieks", "shrieked", "shrieking"), ("hiss", "hisses", "hissed", "hissing"),
        ("drawl", "drawls", "drawled", "drawling"), ("rasp", "rasps", "rasped", "rasping"),
        ("crow", "crows", "crowed", "crowing"), ("rave", "raves", "raved", "raving"),
        ("rant", "rants", "ranted", "ranting"), ("marvel", "marvels", "marveled", "marveling"),
        ("marvel", "marvels", "marvelled", "marvelling"), ("exult", "exults", "exulted", "exulting"),
        ("taunt", "taunts", "taunted", "taunting"), ("tease", "teases", "teased", "teasing"),
        ("jeer", "jeers", "jeered", "jeering"), ("chide", "chides", "chided", "chiding"),
        ("scold", "scolds", "scolded", "scolding"), ("retort", "retorts", "retorted", "retorting"),
        ("rejoin", "rejoins", "rejoined", "rejoining"), ("muse", "muses", "mused", "musing"),
        ("interject", "interjects", "interjected", "interjecting"),
        ("chime in", "chimes in", "chimed in", "chiming in"),
        ("pipe up", "pipes up", "piped up", "piping up"), ("cut in", "cuts in", "cut in", "cutting in"),
        ("plead", "pleads", "pleaded", "pleading"), ("beg", "begs", "begged", "begging"),
        ("implore", "implores", "implored", "imploring"), ("riff", "riffs", "riffed", "riffing"),
        # What a letter, a sign or an advertisement says ('"...," the email read').
        ("read", "reads", "read", "reading"),
    )),
)
# Verbs that put a question, whose object is the question asked ('asked whether the pier would
# hold', 'wondered how it could'): VerbNet's inquire-37.1.2 class and its kin.
QUESTION_VERBS = (
    forms("ask", "asks", "asked", "asking"),
    forms("wonder", "wonders", "wondered", "wondering"),
    forms("question", "questions", "questioned", "questioning"),
    forms("inquire", "inquires", "inquired", "inquiring"),
    forms("enquire", "enquires", "enquired", "enquiring"),
)
# The verbs of holding a belief that take a clause with or without 'that' (VerbNet's
# conjecture-29.5 class, with its kin in 'know' and 'realize'): news reports what people
# believe as it reports what they say ('most voters feel the city is headed the wrong way'),
# though never a quotation.
BELIEF_VERBS = (
    forms("feel", "feels", "felt", "feeling"), forms("expect", "expects", "expected", "expecting"),
    forms("suspect", "suspects", "suspected", "suspecting"), forms("assume", "assumes", "assumed", "assuming"),
    forms("suppose", "supposes", "supposed", "supposing"), forms("presume", "presumes", "presumed", "presuming"),
    forms("reckon", "reckons", "reckoned", "reckoning"), forms("imagine", "imagines", "imagined", "imagining"),
    forms("guess", "guesses", "guessed", "guessing"), forms("figure", "figures", "figured", "figuring"),
    forms("doubt", "doubts", "doubted", "doubting"), forms("know", "knows", "knew", "knowing"),
    forms("realize", "realizes", "realized", "realizing"), forms("realise", "realises", "realised", "realising"),
    forms("recognize", "recognizes", "recognized", "recognizing"),
    forms("understand", "understands", "understood", "understanding"),
    # The verbs of hoping and fearing take a clause without 'that' as well ('hoped utilities would').
    forms("hope", "hopes", "hoped", "hoping"), forms("fear", "fears", "feared", "fearing"),
    forms("worry", "worries", "worried", "worrying"),
)
# Past participles that, after 'be' and before 'to', report what unnamed others hold or say of
# the subject ('is expected to win', 'was said to be furious', 'are believed to have fled').
# Adjectives of certainty and worry that take a clause after a copula, as the verbs of belief
# do ('the crews are confident the pier will hold', 'Roe was worried that ...'): news reports
# the attitude of its subject to what the clause says.
STANCE_ADJECTIVES = frozenset("""confident convinced sure certain optimistic hopeful pessimistic worried
concerned afraid fearful skeptical sceptical adamant insistent""".split())
HEARSAY_PARTICIPLES = frozenset("""expected projected predicted forecast believed thought said reported rumored
rumoured alleged understood estimated""".split())
# Verbs that report a finding only when a 'that' clause follows ('a poll shows that').
THAT_VERBS = (
    forms("show", "shows", "showed", "showing"),
    forms("find", "finds", "found", "finding"),
    forms("indicate", "indicates", "indicated", "indicating"),
    forms("conclude", "concludes", "concluded", "concluding"),
    forms("reveal", "reveals", "revealed", "revealing"),
    forms("agree", "agrees", "agreed", "agreeing"),
    forms("hope", "hopes", "hoped", "hoping"),
    forms("fear", "fears", "feared", "fearing"),
    forms("know", "knows", "knew", "knowing"),
    forms("worry", "worries", "worried", "worrying"),
    forms("hint", "hints", "hinted", "hinting"),
    forms("imply", "implies", "implied", "implying"),
    forms("signal", "signals", "signalled", "signaling"),
    # 'The report states that ...'; without 'that', 'states' is the noun (see NOUN_FORMS).
    forms("state", "states", "stated", "stating"),
)
# Verbs whose reported content is an object and what follows it
# ('accused Norland of stalling the talks', 'called for more pressure').
OBJECT_VERBS = (
    forms("accuse", "accuses", "accused", "accusing"),
    forms("blame", "blames", "blamed", "blaming"),
    forms("criticize", "criticizes", "criticized", "criticizing"),
    forms("criticise", "criticises", "criticised", "criticising"),
    forms("urge", "urges", "urged", "urging"),
    forms("exhort", "exhorts", "exhorted", "exhorting"),
    forms("cite", "cites", "cited", "citing"),
    forms("call for", "calls for", "called for", "calling for"),
    forms("call on", "calls on", "called on", "calling on"),
    forms("demand", "demands", "demanded", "demanding"),
    # Acts of speech whose object is what they report ('defended the plan', 'questioned
    # whether ...', 'rejected the claim that ...'): the communication verbs of English
    # lexicons (VerbNet's judgement and advise classes) that news uses most for attribution.
    forms("endorse", "endorses", "endorsed", "endorsing"),
    forms("defend", "defends", "defended", "defending"),
    forms("question", "questions", "questioned", "questioning"),
    forms("reject", "rejects", "rejected", "rejecting"),
    forms("propose", "proposes", "proposed", "proposing"),
    forms("attack", "attacks", "attacked", "attacking"),
    forms("point to", "points to", "pointed to", "pointing to"),
    forms("express", "expresses", "expressed", "expressing"),
)
# Verbs that frame a partial quotation ('called the mayor a "sore loser"'): read as
# reported speech only when what follows them holds quoted words.
FRAME_VERBS = (
    forms("call", "calls", "called", "calling"),
    forms("describe", "describes", "described", "describing"),
    forms("dub", "dubs", "dubbed", "dubbing"),
    forms("label", "labels", "labeled", "labeling"),
    forms("label", "labels", "labelled", "labelling"),
    forms("brand", "brands", "branded", "branding"),
    forms("blast", "blasts", "blasted", "blasting"),
    forms("slam", "slams", "slammed", "slamming"),
    forms("praise", "praises", "praised", "praising"),
    forms("liken", "likens", "likened", "likening"),
    forms("dismiss", "dismisses", "dismissed", "dismissing"),
    forms("deride", "derides", "derided", "deriding"),
    forms("mock", "mocks", "mocked", "mocking"),
    forms("hail", "hails", "hailed", "hailing"),
    forms("tout", "touts", "touted", "touting"),
    forms("refer to", "refers to", "referred to", "referring to"),
    forms("proclaim", "proclaims", "proclaimed", "proclaiming"),
    forms("condemn", "condemns", "condemned", "condemning"),
    forms("reference", "references", "referenced", "referencing"),
    # The verbs of judging and characterizing of English lexicons (VerbNet's judgement-33 and
    # characterize-29.2 classes): with quoted words after them they report those words
    # ('denounced the ruling as "shameful"', 'portrayed the deal as "a giveaway"').
    *(forms(base, third, past, gerund) for base, third, past, gerund in (
        ("denounce", "denounces", "denounced", "denouncing"), ("decry", "decries", "decried", "decrying"),
        ("applaud", "applauds", "applauded", "applauding"), ("assail", "assails", "assailed", "assailing"),
        ("berate", "berates", "berated", "berating"), ("castigate", "castigates", "castigated", "castigating"),
        ("censure", "censures", "censured", "censuring"), ("chastise", "chastises", "chastised", "chastising"),
        ("commend", "commends", "commended", "commending"), ("compliment", "compliments", "complimented",
                                                                  "complimenting"),
        ("denigrate", "denigrates", "denigrated", "denigrating"),
        ("disparage", "disparages", "disparaged", "disparaging"), ("extol", "extols", "extolled", "extolling"),
        ("fault", "faults", "faulted", "faulting"), ("lambaste", "lambastes", "lambasted", "lambasting"),
        ("laud", "lauds", "lauded", "lauding"), ("rebuke", "rebukes", "rebuked", "rebuking"),
        ("ridicule", "ridicules", "ridiculed", "ridiculing"), ("vilify", "vilifies", "vilified", "vilifying"),
        ("thank", "thanks", "thanked", "thanking"), ("characterize", "characterizes", "characterized",
                                                        "characterizing"),
        ("characterise", "characterises", "characterised", "characterising"),
        ("portray", "portrays", "portrayed", "portraying"), ("depict", "depicts", "depicted", "depicting"),
    )),
)

# Frame verbs that name what their object is ('called the plan "a disaster"', 'described
# the vote as "a farce"'): what they report is the object and the quoted name, no more.
NAMING_VERBS = (
    forms("call", "calls", "called", "calling"),
    forms("describe", "describes", "described", "describing"),
    forms("dub", "dubs", "dubbed", "dubbing"),
    forms("label", "labels", "labeled", "labeling"),
    forms("label", "labels", "labelled", "labelling"),
    forms("brand", "brands", "branded", "branding"),
    forms("term", "terms", "termed", "terming"),
    forms("refer to", "refers to", "referred to", "referring to"),
    forms("characterize", "characterizes", "characterized", "characterizing"),
    forms("characterise", "characterises", "characterised", "characterising"),
    forms("portray", "portrays", "portrayed", "portraying"),
    forms("depict", "depicts", "depicted", "depicting"),
    forms("denounce", "denounces", "denounced", "denouncing"),
)

# Verbs that give what was written, whose quoted words may be a title ('"Harbour Lights," Roe wrote').
WRITING_CUES = frozenset({"wrote", "writes", "write", "titled", "read", "reads", "posted", "tweeted", "published"})

# Verbs of speech that take a listener before what they report ('told the council that').
LISTENER_VERBS = ("tell", "warn", "ask", "promise")
# A base form is read as a verb only where it is seldom a noun ('officials say', not 'the report').
BASE_VERBS = {"say", "tell", "write", "argue", "insist", "warn", "believe", "think", "agree", "show",
              "find", "know", "fear", "suggest", "predict", "acknowledge", "admit", "explain",
              "feel", "expect", "assume", "suppose", "imagine", "realize", "realise", "recognize", "understand",
              "hope", "worry"}


# Verbs that follow a plural noun as the verb of its sentence: a verb's -s form right before
# one of them, or before a verb of speech in the past, is that noun ('Early counts put
# the total at ...', 'Early reports said ...'), not a verb of speech.
FINITE_AFTER_NOUN = frozenset("""
is are was were has have had will would could can may might must should do did put
""".split())


# Forms far more often a plural noun than a verb of speech ('battleground states could be
# decisive', 'member states decide'): read as a verb only before 'that'.
NOUN_FORMS = frozenset({"states", "attacks", "questions"})


# --- Titles ---------------------------------------------------------------------------

# Titles written short before a name ('Mr. Lund', 'Sen. Roe', 'Lt. Gen. Jane Roe'), with
# the role nouns each stands for: none for a courtesy title or a part of a name ('Mr.', 'Jr.',
# 'St.'). Neither stage reads a title's full stop as a sentence's end; a title that stands for
# a role is the person's role ('Gov. Jane Roe'), and a later 'the governor' is that person.
TITLES = {
    "Mr": (), "Mrs": (), "Ms": (), "Dr": (), "Prof": (), "Rev": (), "Fr": (), "Hon": (),
    "Sen": ("senator",), "Rep": ("representative", "congressman", "congresswoman"), "Gov": ("governor",),
    "Pres": ("president",), "Sec": ("secretary",), "Amb": ("ambassador",), "Atty": ("attorney",),
    "Supt": ("superintendent",), "Insp": ("inspector",), "Det": ("detective",),
    "Gen": ("general",), "Lt": ("lieutenant",), "Col": ("colonel",), "Maj": ("major",), "Capt": ("captain",),
    "Sgt": ("sergeant",), "Adm": ("admiral",), "Cmdr": ("commander",), "Lt. Gen": (), "Sgt. Maj": (),
    "Del": (),      # a delegate, but 'del' is also a name's particle ('Guillermo del Toro')
    "St": (), "Mt": (), "Ft": (),
}
# Particles written in lower case inside a name ('Osama bin Laden', 'Ursula von der Leyen').
NAME_PARTICLES = frozenset("bin ibn al el de del der di da du van von la le".split())
# Short forms written after a name ('Martin Luther King Jr.').
NAME_SUFFIXES = ("Jr", "Sr")
# What follows a name to tell a son from his father ('Tom Berg Jr.', 'Tom Berg III'), casefolded.
GENERATIONS = frozenset(s.casefold() for s in NAME_SUFFIXES) | frozenset("ii iii iv".split())
# Other short forms whose full stop ends no sentence ('Acme Inc. said', 'No. 10', 'the U.S. said').
ABBREVIATIONS = frozenset("""
inc ltd corp co no vs etc approx dept univ cpl pvt u.s u.k u.n d.c a.m p.m gop e.g i.e
""".split())
# Honorifics and titles that stand before a person's name; the value is the gender
# the title states, or "" when it states none.
# ('Miss' and 'Saint' are left out: 'Miss Universe' and 'St Lucie' name no person.)
HONORIFICS = {
    "mr": "male", "mister": "male", "sir": "male", "lord": "male", "king": "male",
    "prince": "male", "mrs": "female", "ms": "female", "madam": "female",
    "dame": "female", "lady": "female", "queen": "female", "princess": "female",
    "dr": "", "prof": "", "professor": "", "rev": "", "reverend": "", "fr": "",
}
# Titles written in full before a name ('Mayor Jane Roe', 'for Secretary of State Roe').
TITLE_WORDS = ("Mayor", "President", "Vice President", "Senator", "Governor", "Secretary", "Minister",
               "Prime Minister", "Judge", "Justice", "Chancellor", "Representative", "Speaker", "Chairman",
               "Chairwoman", "Director", "Attorney General", "Secretary of State", "Sheriff", "Chief", "King",
               "Queen", "Prince", "Pope")


# --- Roles ----------------------------------------------------------------------------

# Nouns that name a role; a phrase ending in one of them is a role ("foreign policy
# chief", "Defence Minister", "team member"). A title's short form (TITLES) is one too.
ROLE_HEADS = frozenset("""
lady president vice-president minister secretary chancellor premier chief head leader
spokesman spokeswoman spokesperson ambassador envoy director ceo cfo coo chairman
chairwoman chairperson chair governor mayor senator congressman congresswoman
representative lawmaker legislator mp mep judge justice prosecutor attorney lawyer
commander general admiral colonel major captain lieutenant sergeant officer
coach manager founder co-founder owner executive administrator commissioner
king queen prince princess emperor pope cardinal bishop archbishop imam rabbi
professor lecturer researcher scientist analyst economist historian author editor
correspondent reporter journalist columnist photographer spokesman member
president-elect chair-elect deputy adviser advisor aide official diplomat
striker midfielder defender goalkeeper forward player skipper captain
director-general secretary-general ombudsman treasurer auditor registrar
candidate nominee challenger incumbent
speaker whip
inspector counsel surgeon solicitor
activist artist actor actress singer musician rapper writer novelist poet comedian host
anchor presenter pastor priest nurse teacher businessman businesswoman billionaire
entrepreneur investor strategist consultant pollster lobbyist donor spokesperson
councillor councilor councilman councilwoman alderman alderwoman sheriff
employee worker staffer
""".split())
# Words that may stand inside a role phrase before its head ("Defence", "foreign policy").
ROLE_MODIFIERS = frozenset("""
former acting interim deputy vice prime foreign defence defense interior home
finance economy health education justice energy trade labour labor transport
culture environment agriculture security policy national state federal regional
general executive chief senior junior assistant associate managing principal
press communications public affairs team club party opposition majority minority
lead head supreme high top military intelligence police fire army navy
attorney district circuit appeals supreme court house senate
first second third grand news sports political science staff
homeland treasury commerce veterans housing immigration transportation
special investigative editorial legislative diplomatic congressional
operating petty
""".split())
# Adjectives a role phrase holds besides those ('Labour mayoral candidate').
ROLE_ADJECTIVES = frozenset("""
presidential vice-presidential gubernatorial congressional senatorial mayoral parliamentary
""".split())
# Words that make a role another one ('vice president', 'former governor').
ROLE_CHANGERS = frozenset("vice deputy assistant associate former acting interim lieutenant ex under".split())
# A definite description of a person as a whole subject ('the Oregon senator', 'The New
# York businessman'): 'the', up to four modifiers, and a noun that only a person can be.
DESCRIPTION_HEADS = tuple("""
senator governor congressman congresswoman representative lawmaker businessman
businesswoman billionaire mogul nominee candidate mayor president secretary minister
premier chancellor ambassador general actor actress singer star host entrepreneur
investor executive ceo chief founder author economist lawyer attorney activist politician
leader chairman chairwoman spokesman spokeswoman veteran reporter journalist columnist
commentator coach player striker manager officer front-runner frontrunner
""".split())


# Nouns that head a description of those who speak for themselves unnamed ('a senior aide',
# 'Lund aides', 'people briefed on the talks', 'a Ledger poll'): the speaker is the group or
# the one described, not the person or body named inside the description.
SOURCE_HEADS = frozenset("""
people person official officials aide aides adviser advisers advisor advisors ally allies
supporter supporters source sources expert experts analyst analysts economist economists
critic critics resident residents voter voters witness witnesses lawmaker lawmakers leader
leaders organizer organizers organiser organisers advocate advocates observer observers
strategist strategists operative operatives member members associate associates friend friends
staff staffer staffers spokesman spokeswoman spokesperson spokespeople representative
representatives investigator investigators prosecutor prosecutors authorities officer officers
agent agents diplomat diplomats insider insiders donor donors activist activists protester
protesters protestors delegate delegates researcher researchers scientist scientists
campaign administration poll polls survey surveys analysis study studies report reports data
research figures documents records estimates memo lawsuit filing complaint ruling
worker workers employee employees executive executives negotiators lawyers lawyer attorneys
attorney doctors doctor teachers students parents relatives neighbors neighbours
candidates candidate respondents opponents rivals challengers backers loyalists surrogates
insurgents rebels militants troops soldiers veterans
movement group groups organization organizations organisation organisations coalition union unions
committee panel commission council board agency department ministry office company firm website
newspaper paper network outlet
document letter statement release email emails memo findings polling
team camp confidant confidants booster boosters faction spokesmen spokeswomen pollster pollsters
commentator commentators columnist columnists reporters correspondents
police government governments media military regulators investors traders bankers scholars
historians pundits
city town county municipality outlets networks newspapers websites forums users hackers files footage
results companies firms mourners projections investigations
""".split())
# Plural nouns for people who speak together that no verb is spelt like ('Lund aides said'):
# the subject goes on through them to the verb.
PEOPLE_PLURALS = frozenset("""
officials aides advisers advisors allies supporters sources experts analysts economists critics
residents voters lawmakers leaders organizers organisers observers strategists operatives friends
staffers spokespeople representatives investigators prosecutors officers agents diplomats insiders
donors activists protesters protestors researchers scientists workers employees executives
negotiators lawyers attorneys doctors teachers students parents relatives neighbors neighbours
candidates respondents opponents challengers backers loyalists surrogates insurgents rebels
militants troops soldiers veterans confidants boosters spokesmen spokeswomen pollsters
commentators columnists reporters correspondents regulators investors traders bankers scholars
historians pundits
""".split())
# What is counted or written down and reports a finding as its subject, with no 'that' after its
# verb ('Polls show Lund ahead', 'The audit found gaps in the books'); FINDING_VERBS are its verbs.
FINDING_HEADS = frozenset("""
poll polls polling survey surveys study studies data figures numbers records statistics analysis
analyses report reports results research review audit count tally findings estimates documents
census projections forecast forecasts
""".split())
# Kinds of article a headline's label may name ('Analysis: ...', 'Review: ...'): no source.
ARTICLE_KINDS = frozenset("analysis analyses review reviews opinion commentary editorial explainer update".split())
FINDING_VERBS = (
    forms("show", "shows", "showed", "showing"),
    forms("find", "finds", "found", "finding"),
    forms("indicate", "indicates", "indicated", "indicating"),
    forms("suggest", "suggests", "suggested", "suggesting"),
    forms("reveal", "reveals", "revealed", "revealing"),
    forms("put", "puts", "put", "putting"),
    forms("give", "gives", "gave", "giving"),
)
# Verbs that commit their subject to an act or say what it means to do, with the act as a
# to-infinitive ('vowed to fight on', 'declined to say whether ...', 'wants to close the port'):
# the commissive verbs of speech-act lexicons (VerbNet's promise-37.13 and its kin) and the
# verbs of intending (want-32.1, wish-62).
# Verbs of speaking of a topic, whose object is what was spoken of ('talked about the
# harbour's debts', 'discussed a new tax'): VerbNet's talk and discuss classes.
TOPIC_VERBS = (
    forms("talk about", "talks about", "talked about", "talking about"),
    forms("speak about", "speaks about", "spoke about", "speaking about"),
    forms("speak of", "speaks of", "spoke of", "speaking of"),
    forms("discuss", "discusses", "discussed", "discussing"),
    forms("highlight", "highlights", "highlighted", "highlighting"),
)
INTENT_VERBS = (
    forms("vow", "vows", "vowed", "vowing"),
    forms("pledge", "pledges", "pledged", "pledging"),
    forms("promise", "promises", "promised", "promising"),
    forms("swear", "swears", "swore", "swearing"),
    forms("threaten", "threatens", "threatened", "threatening"),
    forms("offer", "offers", "offered", "offering"),
    forms("agree", "agrees", "agreed", "agreeing"),
    forms("refuse", "refuses", "refused", "refusing"),
    forms("decline", "declines", "declined", "declining"),
    forms("want", "wants", "wanted", "wanting"),
    forms("plan", "plans", "planned", "planning"),
    forms("seek", "seeks", "sought", "seeking"),
    forms("hope", "hopes", "hoped", "hoping"),
    forms("intend", "intends", "intended", "intending"),
    forms("aim", "aims", "aimed", "aiming"),
    forms("wish", "wishes", "wished", "wishing"),
)
# The nouns of the verbs of speech and intent above, which report what their owner said or means
# with a 'that' clause or a to-infinitive ('Lund's claim that ...', 'her plan to close the pier').
CLAIM_NOUNS = frozenset("""claim claims assertion assertions allegation allegations accusation accusations
argument arguments contention insistence suggestion suggestions warning warnings promise promises pledge
pledges vow vows threat threats plan plans proposal proposals call calls demand demands criticism complaint
complaints belief beliefs admission remark remarks statement prediction predictions charge charges hope hopes
fear fears decision announcement assurance assurances declaration view views""".split())
# What a speaker puts out that says something in its name ('issued a statement saying ...'), and
# the verbs of putting it out.
ISSUED_WRITINGS = frozenset("""statement letter tweet email e-mail post message memo release video ad
advertisement note op-ed editorial filing brief report""".split())
ISSUING_VERBS = (
    forms("issue", "issues", "issued", "issuing"),
    forms("release", "releases", "released", "releasing"),
    forms("send", "sends", "sent", "sending"),
    forms("post", "posts", "posted", "posting"),
    forms("publish", "publishes", "published", "publishing"),
    forms("put out", "puts out", "put out", "putting out"),
    forms("file", "files", "filed", "filing"),
    forms("write", "writes", "wrote", "writing"),
    forms("air", "airs", "aired", "airing"),
    forms("run", "runs", "ran", "running"),
)
# Members of a party or a political camp, who speak as a group in the plural ('Some Democrats say').
PARTY_MEMBERS = frozenset("""
Democrat Republican Conservative Liberal Progressive Libertarian Socialist Moderate Centrist Tory Labourite
""".split())


# --- Calendar -------------------------------------------------------------------------

# The months in order, each with the short forms a date may print it in.
MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"))
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Days of the year a text puts things in as it does places ('in a Christmas video', 'in Ramadan').
HOLIDAYS = frozenset("""christmas easter thanksgiving halloween hanukkah passover ramadan eid diwali
advent lent""".split())


# --- Gendered words -------------------------------------------------------------------

# Pronouns that stand for one person, with the gender they state.
PERSON_PRONOUNS = {"he": "male", "his": "male", "him": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
# Role words that state a gender.
GENDERED_ROLES = {"spokesman": "male", "spokeswoman": "female", "chairman": "male",
                  "chairwoman": "female", "congressman": "male", "congresswoman": "female",
                  "king": "male", "queen": "female", "prince": "male", "princess": "female",
                  "lady": "female", "businessman": "male", "businesswoman": "female"}


# --- First names ----------------------------------------------------------------------

# Common English first names with the short or familiar forms news prints them in
# ('Jim Lund' is the 'James Lund' of another article). A short form may stand for
# two names ('Pat': Patrick or Patricia); the names it stands for are told apart by the
# rest of the name and by gender.
FIRST_NAME_FORMS = {
    "james": ("jim", "jimmy", "jamie"), "william": ("bill", "billy", "will", "willie", "liam"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"), "patrick": ("pat", "paddy"),
    "patricia": ("pat", "patty", "trish"), "thomas": ("tom", "tommy"), "jacob": ("jake",),
    "michael": ("mike", "mick", "mickey"), "richard": ("rick", "dick", "rich", "richie"),
    "david": ("dave", "davey"), "daniel": ("dan", "danny"), "joseph": ("joe", "joey"),
    "christopher": ("chris",), "christine": ("chris", "chrissy"), "edward": ("ed", "eddie", "ted", "ned"),
    "theodore": ("ted", "teddy", "theo"), "kenneth": ("ken", "kenny"), "stephen": ("steve",),
    "steven": ("steve",), "anthony": ("tony",), "andrew": ("andy", "drew"), "samuel": ("sam", "sammy"),
    "samantha": ("sam",), "benjamin": ("ben", "benny"), "nicholas": ("nick", "nicky"),
    "matthew": ("matt",), "gregory": ("greg",), "jeffrey": ("jeff",), "lawrence": ("larry",),
    "timothy": ("tim", "timmy"), "charles": ("chuck", "charlie", "chas"), "henry": ("hank", "harry"),
    "harold": ("harry", "hal"), "john": ("jack", "johnny"), "frederick": ("fred", "freddie"),
    "alexander": ("alex", "sandy"), "alexandra": ("alex", "sandra"), "donald": ("don", "donnie"),
    "ronald": ("ron", "ronnie"), "gerald": ("gerry", "jerry"), "jerome": ("jerry",),
    "leonard": ("len", "lenny", "leo"), "bernard": ("bernie",), "douglas": ("doug",),
    "raymond": ("ray",), "peter": ("pete",), "philip": ("phil",), "phillip": ("phil",),
    "frank": ("frankie",), "francis": ("frank",), "eugene": ("gene",), "nathaniel": ("nate", "nat"),
    "zachary": ("zach", "zack"), "joshua": ("josh",), "jonathan": ("jon",), "vincent": ("vince",),
    "albert": ("al", "bert"), "alan": ("al",), "walter": ("walt",), "terence": ("terry",),
    "elizabeth": ("liz", "beth", "betty", "lisa", "libby", "eliza"),
    "katherine": ("kate", "katie", "kathy", "kat"), "catherine": ("cathy", "kate", "katie", "cat"),
    "margaret": ("maggie", "peggy", "meg", "marge"), "susan": ("sue", "susie"),
    "jennifer": ("jen", "jenny"), "rebecca": ("becky", "becca"), "deborah": ("debbie", "deb"),
    "victoria": ("vicky", "tori"), "barbara": ("barb",), "jacqueline": ("jackie",),
    "kimberly": ("kim",), "pamela": ("pam",), "cynthia": ("cindy",), "judith": ("judy",),
    "abigail": ("abby",), "dorothy": ("dot", "dottie"), "theresa": ("terri", "tess"),
    "valerie": ("val",), "madeleine": ("maddie",),
}

# The gender a first name states, for telling apart two people a surname names
# ('Mrs. Berg' in an article that names Anna and Lars Berg). Names given to both
# sexes in English are left out.
FEMALE_FIRST_NAMES = frozenset("""
    patricia christine samantha alexandra elizabeth katherine catherine margaret susan jennifer
    rebecca deborah victoria barbara jacqueline kimberly pamela cynthia judith abigail dorothy
    theresa valerie madeleine madeline mary anna anne ann hillary hilary michelle nancy karen
    linda sarah sara emily emma laura lisa helen carol sharon donna ruth maria julia julie
    diane dianne jane janet joan lois loretta cheryl chelsea
    hannah olivia sophia grace alice amy angela melissa stephanie nicole heather rachel
    christina kathleen martha ellen eleanor claire caroline jessica ashley amanda megan lauren
    wendy elaine gloria teresa rose marie irene evelyn louise carolyn frances denise kristen
""".split())
MALE_FIRST_NAMES = frozenset("""
    james william robert patrick thomas jacob michael richard david daniel joseph christopher
    edward theodore kenneth stephen steven anthony andrew samuel benjamin nicholas matthew
    gregory jeffrey lawrence timothy charles henry harold john frederick alexander donald
    ronald gerald jerome leonard bernard douglas raymond peter philip phillip frank francis
    eugene nathaniel zachary joshua jonathan vincent albert alan walter terence george paul
    mark ted marco mike bill bob jim tom joe dave dan ben nick
    steve tony larry tim chuck hank harry jack fred ron doug ray pete phil bernie al jake
    brian kevin jason eric scott gary jose juan carlos luis colin
    jeremy adam aaron kyle ryan sean keith roger gordon howard arthur louis
""".split())
# Every first name above, formal or familiar.
FIRST_NAMES = (frozenset(FIRST_NAME_FORMS) | frozenset(f for forms in FIRST_NAME_FORMS.values() for f in forms)
               | FEMALE_FIRST_NAMES | MALE_FIRST_NAMES)


# --- Names of newspapers --------------------------------------------------------------

# Last words of a newspaper's name, by which news calls it once named ('the Times' for
# the Lund Times).
MASTHEAD_WORDS = frozenset("""
    times post herald gazette journal tribune telegraph chronicle globe guardian observer
    examiner inquirer courier ledger sentinel bulletin register dispatch mirror express
""".split())


# --- Names of bodies ------------------------------------------------------------------

# Last words a body's name may be printed with or without ('ABC' and 'ABC News', 'Lund
# Media' and 'Lund Media Group'): a name and the same name with one of these are one body.
BODY_NAME_SUFFIXES = frozenset("news channel network inc corp co ltd llc plc group company".split())
