"""Word lists and patterns that find actors: data only, the logic lives in actors.py."""

from __future__ import annotations

import re

from . import vocabulary as V
# Words both stages read (vocabulary.py), here for actors.py to read as P.HONORIFICS and so on.
from .vocabulary import HONORIFICS, MONTH_NAMES, NAME_PARTICLES, ROLE_MODIFIERS, WEEKDAY_NAMES  # noqa: F401

# Role nouns, and the short form of every title that stands for a role ('Gov.' in 'Gov. Jane Roe').
ROLE_HEADS = V.ROLE_HEADS | frozenset(title.lower() for title, roles in V.TITLES.items()
                                     if roles and " " not in title)

# A token: initials with dots ("U.S.", "D.C."), a word (hyphens, ampersands and inner
# apostrophes kept: "Udvar-Hazy", "A&M", "O'Brien"), a possessive, or one other mark. Only
# a capital is tried as a title or an initial: one initial before a name's word, or each of
# several in a row before one ("Marta R. L. Lindqvist").
# (A title that is also a name's particle, 'Del.' and 'del Toro', is left to the full stop's own token.)
TOKEN_TITLES = "|".join(t for t in V.TITLES if " " not in t and t.lower() not in V.NAME_PARTICLES)
TOKEN = re.compile(r"(?=[A-Z])(?:(?:" + TOKEN_TITLES + r")\.(?= )"
                   r"|(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z][a-z]|(?: [A-Z]\.)+ [A-Z][a-z]))|\w+(?:[-&]\w+|['’](?!s\b)\w+)*|['’]s\b|\S")

# Capitalised words that are grammar, never a name or the start of one.
FUNCTION_WORDS = frozenset("""
a an the this that these those there here then than and or but nor so yet if
when where while whether though although because since unless until after before
as at by for from in into of off on onto out over to up upon with within without
about above across against along among around behind below beneath beside between
beyond during except inside near outside through throughout toward towards under
i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs who whom whose which what whatever whoever one ones some any many much
most more few several both all each every either neither other others another such
no not nothing none nobody noone someone somebody anyone everyone everything
something anything also only even still just already again however meanwhile
moreover furthermore instead therefore thus hence indeed perhaps maybe yes
according despite including following given amid amidst via per unlike like besides
whereas whilst once
is are was were be been being am has have had do does did will would shall should
can could may might must let
today tonight yesterday tomorrow now later earlier soon
mr mrs ms dr
""".split())

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(t.lower() for t in (*V.TITLES, *V.NAME_SUFFIXES) if " " not in t) | V.ABBREVIATIONS \
    | frozenset(short for names in MONTH_NAMES for short in names[1:])

# First words that make a name a company's: 'Air Norland' is an airline.
COMPANY_LEADS = frozenset({"air"})
# Last words that make a name an organisation.
ORG_HEADS = frozenset("""
institute institution university college school academy council ministry department
departments agency authority party corporation corp company co inc ltd llc plc group
foundation association society union federation league committee commission initiative caucus forum
board bureau office service services army navy force forces guard police
court parliament senate congress assembly cabinet government administration
bank fund trust exchange network channel times post herald gazette news journal today
magazine tribune press telegraph chronicle review daily weekly
radio television tv studios studio records airlines airways motors industries
laboratory laboratories lab labs systems technologies solutions partners consortium alliance
coalition movement front brigade brigades regiment battalion legion church
organisation organization organisations organizations club team studies corps
holdings bancorp bancshares bros spa ag gmbh bhd tbk pty newsroom desk
united international zeitung courier observer examiner inquirer dispatch bulletin sentinel
orchestra philharmonic choir ensemble sports comics pictures publishing productions entertainment
communion lines observatory
""".split())
# Last words of a company's name that say its trade ('Norvik Chemical', 'Lundby Electric
# Power'): a company's where the first word is no first name ('Samantha Power').
TRADE_HEADS = frozenset("""
chemical chemicals pharmaceutical pharmaceuticals electric electronics power energy petroleum
steel cement mining foods beverages textiles semiconductor semiconductors software
insurance securities investments financial telecom telecommunications shipping logistics
construction engineering brewery breweries airline aviation aerospace
networks healthcare strategies
""".split())
# Words for a state or a people before 'of' and a country's name, which are one name with it
# ('Kingdom of Norland', 'People of Norland').
STATE_WORDS = frozenset("""
kingdom state states republic commonwealth principality emirate sultanate duchy grand isle
people peoples government federation union confederation dominion realm crown
""".split())
# First words of a sports club's name ("Real Norvik", "Dynamo Lundby").
CLUB_LEADS = frozenset("""
real inter dynamo dinamo spartak lokomotiv torpedo olympique olympiacos sporting atletico
deportivo borussia racing
""".split())
# A company's legal form at the end of its name ('Norvik Corp'): the name without it is the
# company too ('Norvik').
LEGAL_SUFFIXES = frozenset("inc corp co ltd llc plc spa ag gmbh bhd tbk pty nv bv lp llp".split())
# First words that make "<Head> of/for ..." an organisation.
ORG_LEADS = frozenset("""
institute university college school academy council ministry department agency
bank board bureau centre center office commission committee federation league
society association union church house organisation organization
""".split())
# Last words that make a name a place.
PLACE_HEADS = frozenset("""
city town village county district province region territory island islands
river lake sea ocean bay gulf strait mountain mountains mount hills valley desert
peninsula coast street avenue road square park bridge airport station port harbour
harbor stadium arena hall centre center museum palace castle mosque church cathedral
temple tower building base camp prison hospital planetarium complex facility gallery
republic hotel restaurant casino resort mall theater theatre room
cemetery graveyard grounds springs falls canyon glacier beach plaza boulevard
highway motorway pier monument terrace gardens zoo ranch quay wharf dam canal tunnel
oblast voivodship voivodeship prefecture canton governorate
ave blvd st rd expressway turnpike freeway parkway plateau minster abbey priory empire
area plains quarter archipelago shelf trail swamp lagoon reef cove creek
heights neighborhood neighbourhood theaters theatres
auditorium inn lodge lighthouse
""".split())
# Fields of study or advocacy before 'Center' or 'Centre', which make it a body, not a
# building ("Norvik Policy Center", "Lundby Law Centre").
CENTRE_FIELDS = frozenset("research policy legal law rights studies justice progress advocacy".split())
# Words for a part of a place before its name ("Northern Norland", "Upper Lundby").
PLACE_PARTS = frozenset("""
north south east west northeast northwest southeast southwest northern southern eastern western
central upper lower greater inner outer old
""".split())
# Words that may join the words of one name ("Institute for the Study of Tides").
CONNECTORS = frozenset("of for the and de del della da di du von van der den la le al bin ibn y & on".split())

# Heads of a body that stands in one place, which news writing places with 'on' ('Lund
# University on Norvik Island'), where another body's 'on' begins its matter ('Council on Trade').
PLACED_HEADS = frozenset("university college hospital museum airport".split())

# A party's own word, which names the party before 'party' in lower case ('the Republican party').
PARTY_WORDS = frozenset("""
Republican Democratic Conservative Liberal Labour Libertarian Socialist Communist Green Progressive Reform
""".split())

# Words that are never a name however they are written: calendar words and the
# furniture of news pages.
NEVER_NAMES = frozenset(WEEKDAY_NAMES) | frozenset(names[0] for names in MONTH_NAMES) | frozenset("""
copyright share button loader advertisement newsletter newsletters subscribe
comments comment menu search login sign home skip click photo photos image images
video videos podcast podcasts related read watch follow update updated published
clarification clarifications correction corrections note transcript excerpt breaking
""".split())


def spoken_forms(*tables: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The forms of these verbs (vocabulary.py) that follow a subject ('said', 'says'), one
    word each ('pointed' of 'pointed out')."""
    return frozenset(form.split()[0] for table in tables for verb in table for form in verb[1:3])


# Verbs that make their subject a speaker: a person, or an organisation that talks.
SPEECH_VERBS = spoken_forms(V.SPEECH_VERBS, V.OBJECT_VERBS)
# Verbs of speech whose subject (before them, or after them at a sentence's end) is
# someone speaking: 'Lynch said', '..., said Husted.' Forms as often plural nouns as verbs
# ('states') are left out: they are verbs only before 'that'.
SUBJECT_SPEECH_VERBS = (SPEECH_VERBS | spoken_forms(V.FRAME_VERBS)) - V.NOUN_FORMS
# Verbs whose subject speaks only when 'that' follows ('Lund states that', 'a poll shows that').
THAT_SPEECH_VERBS = spoken_forms(V.THAT_VERBS) | V.NOUN_FORMS
# Endings of adjectives, participles and adverbs that first names seldom have ('Longtime',
# 'Continued', 'Understated', 'Reportedly').
MODIFIER_ENDINGS = ("ed", "ing", "ly", "ful", "ous", "ive", "less", "ness", "ment", "time", "wide", "able", "ible")
FINITE_AFTER_NOUN = V.FINITE_AFTER_NOUN
# Words that may stand between a speaker and the verb ('Lynch also said', 'X has said').
BEFORE_SPEECH_VERB = frozenset("also then later again previously repeatedly has have had".split())
# Nouns for people in the mass, which speak as a sentence's first word ('Police say').
COLLECTIVE_NOUNS = frozenset("""
police staff everyone everybody someone somebody nobody crowd audience management
leadership media press public clergy military personnel family congregation
""".split())
# Groups that speak as a sentence's subject ('Police say', 'Democrats argued'), with the kind
# each is listed as: bodies and parties that act as one, and crowds at an event. Vaguer
# groups ('Officials', 'Experts', 'Critics') are left out: an actor page for them says nothing.
COLLECTIVE_SPEAKERS = {
    "Police": "organisation", "Authorities": "organisation", "Prosecutors": "organisation",
    "Investigators": "organisation", "Democrats": "organisation", "Republicans": "organisation",
    "Protesters": "other", "Protestors": "other", "Demonstrators": "other",
}
# Of those, the groups a proper noun names: one group in every article that names it.
NAMED_GROUPS = frozenset({"Democrats", "Republicans"})
# Nouns for those who speak for such a group ('Police officials said').
SPEAK_FOR_GROUPS = frozenset("officials spokesman spokeswoman spokesperson spokespeople".split())
# Verbs that make such a group a speaker, on top of SPEECH_VERBS and SUBJECT_SPEECH_VERBS:
# a plural's verb ('Police say'), and verbs a crowd speaks with ('Protesters chanted').
COLLECTIVE_SPEECH_VERBS = frozenset(verb[0] for table in (V.SPEECH_VERBS, V.OBJECT_VERBS, V.VOICE_VERBS, V.FRAME_VERBS)
                                    for verb in table if " " not in verb[0]) \
    | spoken_forms(V.VOICE_VERBS, V.FRAME_VERBS)
# Nouns for the body that works for a person ('the Clinton campaign', 'the Obama administration').
BODIES_OF_PEOPLE = frozenset("campaign administration team camp government".split())
# Verbs after which a name is whom the words were said to ('she told Harvey').
ADDRESSING_VERBS = spoken_forms(tuple(verb for verb in V.SPEECH_VERBS if verb[0] in V.LISTENER_VERBS))
# Pronouns that, as the subject after a speech verb, show the speaker is a person ('said she').
SUBJECT_PRONOUNS = frozenset("he she I".split())
# Legislatures and a finance ministry, which news writing names by one word: a body where
# the name stands alone ('the bill goes to Congress'), not before a noun ('a Senate seat').
ONE_WORD_BODIES = ("Congress", "Senate", "House", "Parliament", "Treasury")
# English nouns of the news, which a name that runs 'news' into a word ('Euronews') is not.
NEWS_NOUNS = frozenset("""
newspaper newspapers newsletter newsletters newsroom newsrooms newsreel newsreels newsstand
newsstands newscast newscasts newscaster newscasters newsprint newsagent newsagents newsman
newsmen newswoman newsworthy newsgroup newsgroups newsfeed newsfeeds newsflash newsy
""".split())
# A party's adjective before a chamber says who holds it ('a Democratic Senate', 'the
# Republican Congress'): no part of the chamber's name.
PARTY_ADJECTIVES = frozenset("democratic republican gop conservative labour liberal tory".split())
# A chamber's word and a party's plural name the party's members in it ('Senate Republicans').
CHAMBER_WORDS = frozenset("house senate congressional parliamentary assembly".split())
PARTY_PLURALS = frozenset((m[:-1] + "ies" if m.endswith("y") else m + "s").casefold() for m in V.PARTY_MEMBERS)
# Of those, a chamber that is a body only after 'the' ('the House voted'): without it the word
# is as often a common noun that begins a sentence ('House prices rose').
AFTER_THE_BODIES = frozenset({"House"})
# Short forms of countries, unions and news agencies, for texts that never spell them out.
SHORT_FORMS = {
    "US": ("United States", "place"), "USA": ("United States", "place"),
    "America": ("United States", "place"), "UK": ("United Kingdom", "place"),
    "UAE": ("United Arab Emirates", "place"),
    # Common English names of a country that neither package lists: pycountry knows the
    # United Kingdom and its official name only.
    "Britain": ("United Kingdom", "place"), "Great Britain": ("United Kingdom", "place"),
    "Bosnia": ("Bosnia and Herzegovina", "place"), "Holland": ("Netherlands", "place"),
    "Burma": ("Myanmar", "place"), "Macedonia": ("North Macedonia", "place"),
    "Republic of Korea": ("South Korea", "place"), "Korea Republic": ("South Korea", "place"),
    "EU": ("European Union", "organisation"), "UN": ("United Nations", "organisation"),
    "NATO": ("NATO", "organisation"), "AP": ("Associated Press", "organisation"),
    "AFP": ("Agence France-Presse", "organisation"),
    "GOP": ("Republican Party", "organisation"),
    # An armed group that news writing names by its acronyms as often as by its name.
    "ISIS": ("Islamic State", "organisation"), "ISIL": ("Islamic State", "organisation"),
    "Daesh": ("Islamic State", "organisation"),
    # Wire agencies, which a dateline or a credit names by one word.
    "Reuters": ("Reuters", "organisation"),
    **{agency: (agency, "organisation") for agency in (
        "Interfax", "Itar-Tass", "TASS", "Tass", "Xinhua", "Kyodo", "Yonhap", "Bernama", "Antara",
        "ANSA", "DPA", "EFE", "UPI", "PTI", "IRNA", "Anadolu", "Tanjug", "Ukrinform", "Notimex")},
    # (Not 'Bloomberg', which as often is Michael Bloomberg.)
    # Seats of government that news writing makes speak for it ('the White House said').
    "White House": ("White House", "organisation"), "Pentagon": ("Pentagon", "organisation"),
    "Kremlin": ("Kremlin", "organisation"),
    **{body: (body, "organisation") for body in ONE_WORD_BODIES},
    # Central banks that news writing names by a short name.
    "Fed": ("Federal Reserve", "organisation"), "Federal Reserve": ("Federal Reserve", "organisation"),
    "Bundesbank": ("Bundesbank", "organisation"),
}
# Country adjectives that no spelling rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "American": "United States", "British": "United Kingdom", "English": "United Kingdom",
    "Scottish": "United Kingdom", "Welsh": "United Kingdom", "French": "France",
    "Dutch": "Netherlands", "Swiss": "Switzerland", "Greek": "Greece", "Irish": "Ireland",
    "Polish": "Poland", "Danish": "Denmark", "Finnish": "Finland", "Swedish": "Sweden",
    "Spanish": "Spain", "Turkish": "Turkey", "Norwegian": "Norway", "Icelandic": "Iceland",
    "Filipino": "Philippines", "Thai": "Thailand", "Kuwaiti": "Kuwait", "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates", "Belgian": "Belgium", "Peruvian": "Peru",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Portuguese": "Portugal",
    "Lebanese": "Lebanon", "Sudanese": "Sudan", "Vietnamese": "Vietnam",
    "Congolese": "Democratic Republic of the Congo", "Malagasy": "Madagascar",
    "Israeli": "Israel", "Palestinian": "Palestine", "Korean": "South Korea",
    "Czech": "Czechia", "Slovak": "Slovakia", "Croatian": "Croatia", "Serbian": "Serbia",
    "Chinese": "China", "Japanese": "Japan", "Taiwanese": "Taiwan", "Ukrainian": "Ukraine",
    "Russian": "Russia", "German": "Germany", "Afghan": "Afghanistan", "Pakistani": "Pakistan",
    "Iraqi": "Iraq", "Iranian": "Iran", "Syrian": "Syria", "Yemeni": "Yemen",
    "Australian": "Australia", "Canadian": "Canada", "Mexican": "Mexico", "Indian": "India",
    "European": "Europe", "Chilean": "Chile", "Zimbabwean": "Zimbabwe", "Bosnian": "Bosnia and Herzegovina",
    "Yugoslav": "Yugoslavia", "Soviet": "Soviet Union", "Czechoslovak": "Czechoslovakia",
    "Zairean": "Democratic Republic of the Congo", "Burmese": "Myanmar", "Cambodian": "Cambodia",
    "Moroccan": "Morocco", "Tunisian": "Tunisia", "Nepalese": "Nepal", "Nepali": "Nepal",
    "Azerbaijani": "Azerbaijan", "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan", "Tajik": "Tajikistan",
    "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan", "Cypriot": "Cyprus", "Maltese": "Malta",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "New Zealander": "New Zealand",
    "South African": "South Africa", "North Korean": "North Korea", "South Korean": "South Korea",
}
# Places larger than a country that no package lists by name.
REGIONS = ("Europe", "Africa", "Asia", "North America", "South America", "Latin America",
           "Oceania", "Antarctica", "Arctic", "Middle East", "Balkans", "Caribbean",
           "Scandinavia", "Central Asia", "Southeast Asia", "East Asia", "West Africa",
           "East Africa", "Pacific Northwest", "Gaza", "West Bank", "Crimea", "Donbas",
           "Siberia", "Kashmir", "Sahel", "Caucasus",
           # Regions that pycountry files under another name ('Xizang', 'Catalunya') or not at all.
           "Chechnya", "Dagestan", "Tibet", "Kurdistan", "Darfur", "Catalonia", "Bavaria", "Flanders",
           "Wallonia", "Nagorno-Karabakh", "South Ossetia", "Transnistria", "Midwest", "Far East",
           # Regions with no administration of their own, which history and travel writing name.
           "Yorkshire", "Tyneside", "East Anglia", "Cornwall", "Bohemia", "Moravia", "Silesia", "Galicia",
           "Dalmatia", "Transylvania", "Prussia", "East Prussia", "Anatolia", "Mesopotamia", "Patagonia",
           "Lapland", "Iberia", "Polynesia", "Melanesia", "Indochina", "Palestine",
           # States that are no more, which news of their time names as places.
           "Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Persia",
           "Ottoman Empire", "Holy Roman Empire",
           # Seas, oceans, mountain ranges and deserts.
           "Mediterranean", "Pacific", "Atlantic", "Adriatic", "Aegean", "Baltic", "Caspian",
           "Alps", "Andes", "Himalayas", "Pyrenees", "Urals", "Sahara", "Gobi")
# Words that follow a place name in lower case and name a part of it ("Odesa region").
PLACE_SUFFIXES = frozenset("region province oblast state county district city area".split())
# First words that make a name a place ("Cape Canaveral", "Mount Everest").
PLACE_LEADS = frozenset("cape mount mt lake fort port isle gulf kibbutz river rue".split())
# An office's acronym ('POTUS' for the President of the United States): a role that stands
# for whoever holds it, no name of its own.
ROLE_ACRONYMS = frozenset({"POTUS", "FLOTUS", "VPOTUS"})
# A street numbered by an ordinal ('51st Street', 'West 12th Ave'): the number, in no capitals,
# opens the street's name, and a point of the compass may open it before the number.
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
STREET_WORDS = frozenset("street st avenue ave road rd place boulevard blvd drive lane way terrace parkway".split())
COMPASS_POINTS = frozenset("n s e w north south east west".split())
# Capitals that are not organisations: letters after a name, measures, common terms, the
# codes of the world's main currencies.
COMMON_ACRONYMS = frozenset("""
QC KC SC MP MEP PhD MD MBA OBE MBE CBE IQ TV CEO CFO GDP AI DNA HIV AIDS OK PM AM BC AD
UK US FBI ID PC VR RIP FAQ PR VIP MVP EDT EST PDT PST CST CDT MDT MST GMT UTC BST CET
SUV HVAC ISSN ISBN IPO USB LED LCD GPS PDF HTML URL API ATM DIY DVD CD HD UHD OLED RAM CPU GPU
SSD AR IT LGBT LGBTQ COVID CEO CTO COO EV
GNP BCE CE POV ROV RBI ERA VHF UHF ICT R&D S&M Q&A
USD EUR GBP JPY CHF CNY RMB HKD SGD AUD NZD CAD MXN BRL ARS INR RUB ZAR SEK NOK DKK PLN CZK HUF TRY KRW
""".split()) - frozenset({"UK", "US", "FBI"})
# Last words that make a name an event or an award: neither person, organisation nor place.
EVENT_HEADS = frozenset("""
prize award awards cup championship championships tournament festival expo conference
summit games olympics war wars revolution election elections program programme series
classic open marathon trophy bowl derby rally
agreement treaty pact accord act bill deal partnership initiative project show
amendment amendments recession depression
""".split())
# A day of the year named for what happens on it ('Election Day', 'Signing Day'), where the word
# before it is no first name ('Sandra Day' is a person).
DAY_NAME_HEADS = frozenset({"day"})
# Places of belief, capitalised by some writers, that no map holds ('a special place in Hell').
BEYOND_MAPS = frozenset("heaven hell purgatory limbo hades".split())
# Words that describe people or places but are never part of a person's name.
NOT_IN_PERSON_NAMES = frozenset("""
north south east west central northern southern eastern western
republican republicans democrat democrats democratic conservative conservatives liberal
liberals libertarian libertarians socialist socialists communist communists labour tory tories green greens
christian christians muslim muslims jewish jews catholic catholics protestant protestants
sunni shia shiite islamic islamist arab arabs african africans asian asians latino latinos
hispanic hispanics miss god allah
buddhist buddhists hindu hindus sikh sikhs evangelical evangelicals orthodox mormon mormons baptist baptists
methodist methodists anglican anglicans lutheran lutherans presbyterian pentecostal jesuit jesuits indians
pro max lite mini plus ultra tv hd xl edition version model series man woman
""".split())
# Words for peoples the gazetteer's country adjectives leave out, as they stand in a joined
# origin ('African-American', 'Anglo-Irish', 'Sino-Norlandic').
PEOPLES_PREFIXES = frozenset("african arab asian latino hispanic anglo franco sino indo afro".split())
# Common nouns that, next to a name, say it is an organisation ("the band Duran Duran",
# "Jambula, a charity") or a place ("the town of Herat").
ORG_NOUNS = frozenset("""
company firm group agency organisation organization charity nonprofit non-profit newspaper
broadcaster network bank startup start-up retailer manufacturer airline carrier union party
club team band label publisher website magazine broadcaster insurer lender conglomerate
subsidiary brand chain outlet studio developer maker operator
carmaker automaker drugmaker chipmaker steelmaker
""".split())
# Of those, the nouns that say so written right after the name too ("the Kestrel news agency",
# "the Norvik carmaker"): not 'company', 'firm', 'network', 'team' or 'party', which follow a
# person's name as often ('Roe company losses', 'the Lund team').
ORG_NOUNS_AFTER = frozenset("""
agency newspaper daily weekly broadcaster bank retailer manufacturer airline carrier insurer lender
conglomerate subsidiary carmaker automaker drugmaker chipmaker steelmaker publisher
""".split())
# What one holds on a platform, which right after a name makes it the platform's ("her Norvik
# account", "Lundgram users"): no person's name takes these after it.
PLATFORM_NOUNS = frozenset("account accounts user users feed feeds page".split())
# Those who report for a paper or an agency, right after its name ("a Kestrel reporter", "a Norvik
# correspondent"); not 'spokesman', which a person's name takes too ('a Lund spokesman').
REPORTERS = frozenset("reporter reporters correspondent correspondents".split())
# Verbs of a side's result, which in a match report make a town's name before them its club
# ('Norvik won for the seventh time'); outside one, a town or a candidate wins as often.
SIDE_VERBS = frozenset("won lost tied rallied trailed".split())
# Verbs after which 'for' names the side a player plays for ('played for Norvik').
PLAYED = frozenset("play plays played playing".split())
# Words after which 'their' is no longer the name's own: another owner or another clause.
OTHER_OWNERS = frozenset("he she his her they it its and but which who that while when".split())
# Nouns that only a company has: "Norvik shares", "Norvik's shareholders", "shares of Norvik".
COMPANY_NOUNS = frozenset("shares stock shareholders stockholders subsidiary subsidiaries".split())
# The plurals of those nouns, which before 'including', 'such as' or 'like' make each name of
# the list after them one ("carmakers including Norvik, Lundby and Vesta").
ORG_PLURALS = frozenset(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in ORG_NOUNS) \
    | frozenset("companies firms groups engines publications papers".split())
# Jobs held at a body, after which 'at' names it ("an analyst at Norvik", "a professor at the
# Lundby Conservatory").
EMPLOYED_AT = frozenset("""
analyst analysts economist economists strategist strategists professor professors lecturer
researcher researchers scientist scientists editor correspondent reporter journalist columnist
executive executives director manager employee employees worker workers staffer engineer
engineers trader traders dealer dealers student students fellow
""".split())

PLACE_NOUNS = frozenset("city town village province region state county district island".split())
# The nouns before 'of' that put what follows on the map ('the town of Herat', 'the outskirts of
# Lundby', 'off the coast of Norland').
PLACE_OF_NOUNS = PLACE_NOUNS | frozenset("""coast desert peninsula valley suburb suburbs outskirts neighbourhood
neighborhood municipality""".split())
# Ranks of the nobility, which are held of a place ('the Earl of Lundby', 'Duke of Norvik'): the
# rank is no part of a name, and what follows 'of' is the place.
NOBLE_RANKS = frozenset("""duke duchess earl count countess marquess marquis marchioness viscount viscountess
baron baroness archduke archduchess""".split())
# Nouns for a place that, in apposition or after 'is a', say what a name is ('Lundby, a
# neighbourhood east of the river', 'Norvik is a town in the north').
PLACE_APPOSITIONS = PLACE_NOUNS | frozenset("neighbourhood neighborhood suburb municipality island islands".split())
# Nouns for a place written right after a name, which say the name is the place's ('the
# southern Lundo island', 'Norvik airport', 'the Lunda river').
PLACE_NOUNS_AFTER = frozenset("island airport river province region district county valley peninsula".split())
# Points of the compass before 'of', which put what follows on the map ('ten miles north of Lundby').
COMPASS_WORDS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
south-east south-west""".split())
# Points of the compass that, as one word after 'the', name a region ('the South', 'the Midwest').
REGION_WORDS = COMPASS_WORDS | {"midwest"}
# Bodies a text names by one capitalised word after 'the' ('the Government decided', 'joined
# the Navy'): the capital marks the one body the text has in mind, which in lower case is any.
INSTITUTION_WORDS = frozenset("""
government cabinet army navy academy assembly church court
""".split())
# Words before such a body's word that point at the one body the text has in mind ('the Navy',
# 'this Assembly', 'our Government').
INSTITUTION_DETERMINERS = frozenset("the this our their its his her your".split())
# Plurals that end in no 's', which a body's or a country's name puts before "'s" ("People's Party").
IRREGULAR_PLURALS = frozenset("people children women men".split())
# Titles of those a body or a building is named for, before "'s" ("Queen's College", "King's
# Academy"), and a saint's word before the saint's name ("St Anne's Hospital").
NAMESAKE_TITLES = frozenset("king queen prince princess".split())
SAINTS = frozenset("st saint".split())
# Words for one who belongs to a body, which before 'of' are no part of its name ("a Fellow
# of the Norland Society").
MEMBERS = frozenset("fellow fellows member members".split())
# Words for a relative or a companion, which before a name make it a person's ("his father,
# Anton", "her sister Ana").
KIN_NOUNS = frozenset("""
father mother son daughter brother sister brothers sisters sons daughters wife husband uncle aunt
nephew niece cousin grandfather grandmother grandson granddaughter stepfather stepmother stepson
stepdaughter fiancé fiancée fiance fiancee widow widower boyfriend girlfriend friend
""".split())
# Words that open a sentence before a name or a role and are no part of the name ("Former
# Norvik captain ...").
FORMER = frozenset("former ex late then veteran rookie retired outgoing incoming".split())
# Roles in a sports side, which after a town's name make it the town's club ("Norvik striker
# Jo Lind", "a former Lundby captain").
TEAM_ROLES = frozenset("""
coach striker forward midfielder defender goalkeeper keeper captain skipper playmaker winger
fullback quarterback pitcher batsman bowler
""".split())
# Verbs of a match, after a club (a town's name) that plays it: "Lundby beat Norvik 2-1".
MATCH_VERBS = frozenset("beat beats defeated thrashed routed edged blanked trounced drew".split())
# Words before the side a club played: "a win over Norvik", "a defeat to Norvik".
MATCH_OBJECTS = frozenset("beat beating defeated over against to".split())
# Words between two sides of a fixture: "Norvik v Lundby", "Norvik vs. Lundby".
VERSUS = frozenset("v vs versus".split())
MATCH_NOUNS = frozenset("win victory defeat loss draw match game winners".split())
# A match's score as one token ('2-1', '92-90'), and the units a winning margin is counted in
# ('beat Norvik by six wickets'): a sentence with either reports a match.
SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
MARGIN_UNITS = frozenset("runs wickets innings goals points strokes shots lengths seconds frames sets".split())
# A results line's score beside a side's name: 'Norvik 2 Lundby 0'.
SIDE_SCORE = re.compile(r"^\d{1,3}$")
# Nations that play as sides of their own though no state: their name is the nation still.
HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
# Nouns for a country's people, which stand before a name as a title does ("Briton Jo Lind",
# "Welshman Ian Roe"): the country, never part of the name.
DEMONYM_NOUNS = {
    "Briton": "United Kingdom", "Englishman": "United Kingdom", "Englishwoman": "United Kingdom",
    "Welshman": "United Kingdom", "Welshwoman": "United Kingdom", "Scotsman": "United Kingdom",
    "Scotswoman": "United Kingdom", "Scot": "United Kingdom", "Irishman": "Ireland",
    "Irishwoman": "Ireland", "Frenchman": "France", "Frenchwoman": "France", "Dutchman": "Netherlands",
    "Dutchwoman": "Netherlands", "Spaniard": "Spain", "Swede": "Sweden", "Turk": "Turkey",
    "Kiwi": "New Zealand",
}
# A ruler's number after the name ('Henry VIII', 'Louis XIV'); not 'I', the pronoun as often
# ('Sometimes I').
REGNAL_NUMBER = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$")
# Words that after 'the' end a ruler's or a saint's name ('Peter the Great', 'Pliny the Elder').
EPITHETS = frozenset("""
great elder younger wise bold pious conqueror confessor terrible magnificent lionheart fair good
just sanctified apostate martyr navigator lawgiver liberator venerable bald fat tall short unready
""".split())
# Words of travel, after which 'to' and 'from' name a place ('the road to Lund', 'flights from
# Lund', 'moved to Lund'); after other words they as often name a person ('a letter to Lund').
TRAVEL_WORDS = frozenset("""
go goes went gone going travel travels travelled traveled travelling traveling drive drives drove
driving driven fly flies flew flown flying move moves moved moving head heads headed heading return
returns returned returning sail sails sailed sailing walk walks walked walking ride rides rode
trip trips journey journeys road roads route routes train trains bus buses flight flights ferry
ferries boat boats minutes hours km miles mile kilometres kilometers emigrated fled came come
comes coming arrive arrives arrived arriving relocated exiled
""".split())

# Verbs of a person's life, which make their subject a person ('Lund died', 'Lund married');
# 'born' after 'was' ('Lund was born').
LIFE_VERBS = frozenset("died married divorced graduated retired".split())
BORN = frozenset({"born"})
# Words that may stand between a name and such a verb ('Lund later married').
BEFORE_LIFE_VERB = frozenset("later then also eventually finally".split())
