"""Word lists and patterns that tell page furniture from article text: data, no logic."""

from __future__ import annotations

import re

from .vocabulary import MONTH_NAMES, SPEECH_VERBS, VOICE_VERBS, WEEKDAY_NAMES

# Calendar words as the patterns below spell them out.
WEEKDAY = "|".join(WEEKDAY_NAMES)
MONTH = "|".join(names[0] for names in MONTH_NAMES)
MONTH_SHORT = "|".join(short for names in MONTH_NAMES for short in names[1:])

# Whole lines (casefolded, inner spaces collapsed, end punctuation stripped) that are
# page furniture on news sites whatever the site: buttons, menus, ads, share bars.
FURNITURE_LINES = frozenset(phrase for line in """
advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|paid content|promoted
loader|loading|close|close button|menu|main menu|open menu|toggle menu|navigation|search
skip to content|skip to main content|skip to navigation|skip to site index|skip to footer
go to accessibility shortcuts|accessibility help
share|share this|share this article|share on facebook|share on twitter|share on linkedin|share via email
share comments|share close button|comments|comment|leave a comment|leave a reply|post a comment|show comments
view comments|hide comments|print|email|tweet|pin|whatsapp|facebook|twitter|linkedin|reddit|telegram
copy link|link copied|copied
read more|see more|show more|load more|more stories|more news|continue reading
continue reading the main story|continue reading below|continue reading below advertisement
story continues below|story continues below advertisement|article continues below advertisement
subscribe|subscribe now|sign in|sign up|log in|login|log out|register|my account|account
newsletter|newsletters|sign up for our newsletter|get our newsletter
caption|close caption|hide caption|toggle caption|expand|collapse|enlarge this image
image|photo|photos|video|videos|watch|watch now|play|play video|listen|listen to this article
photo gallery|photo galleries|image gallery|video gallery|photos and videos
back to gallery|view gallery|gallery|open gallery|next|previous|prev|back|back to top|top
published|published on|updated|published on updated|updated on
follow|follow us|follow us on|like us on facebook
cookie settings|cookies|accept|accept all|reject all|manage preferences|privacy settings
terms of use|terms of service|privacy policy|privacy notice|contact us|about us|site map|sitemap|help|faq
all rights reserved|home|home page
advertisement scroll to continue with content|scroll to continue with content
most popular|most read|trending|trending now|top stories|latest news|latest stories
recommended|recommended for you|you may also like|you might also like|don't miss|editor's picks
related|related articles|related stories|related content|related topics|topics|tags
more from this author|about the author
""".strip().split("\n") for phrase in line.split("|"))

# Line patterns for furniture that varies a little: counters, galleries, time stamps alone.
FURNITURE = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^(?:\d+\s*)?(?:comments?|shares?|replies|views|likes)(?:\s*\d+)?$",       # 12 Comments
    r"^(?:image|photo|slide|picture)\s*\d+\s*(?:of|/)\s*\d*$",                  # Image 1 of 23
    r"^\d+\s*(?:of|/)\s*\d+$",                                                  # 1 / 23
    r"^(?:share|tweet|email|post|send)(?: (?:on|to|via|this|article|story|page))* ?\w*$",
    r"^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|updates|alerts|free|today|now|here)\b",
    r"^(?:click|tap) here\b",
    r"\b(?:subscribe|sign up|signing up|register)\b.{0,60}\bnewsletters?\b|\bsucce?s+fully subscribed\b",
    r"\bactivation link\b|^stay up to date\b|^(?:get|receive) (?:the latest|our|breaking)\b.{0,60}\b(?:inbox|email)",
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4})?",                              # © 2019 ...
    r"\ball rights reserved\b",
    r"\b(?:we use|this (?:site|website) uses) cookies\b",
    r"^(?:by )?(?:continuing|using this (?:site|website)).{0,40}\bagree\b",
    r"^(?:advertisement|sponsored|ad)\s*[-:|•·]",
    r"^(?:watch|listen)\s*:?\s*\d+:\d\d$",                                      # Watch 2:13
    r"^\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?$",                                       # 9:28 AM
    r"^(?:min|minute)s? read$|^\d+\s*min(?:ute)?s? read$",                      # 4 min read
    r"^(?:published|updated|posted|last updated)\s*(?:on|at)?\s*:?\s*$",
    r"^(?:this (?:article|story|content) (?:is|was) (?:more than|over) \d+ (?:years?|months?) old)",
    r"^(?:enable|please enable) javascript\b|\bjavascript (?:is )?(?:disabled|required)\b",
    r"^(?:your browser does not support)\b",
    r"^you are (?:now )?(?:signed|logged) in\b|^something went wrong\b",
    r"^(?:like|enjoy(?:ed)?|liked) this (?:story|article|post)\b|\bshare it with a friend\b",
    r"\bsubscribe to (?:our|the)\b|\bunsubscribe\b|^no spam\b",
    r"\bregistered trademarks? of\b|\ball rights? reserved\b",
    r"^(?:related|recommended|trending|popular|more)(?: \w+){0,2}:$",
    # A writer's or the site's social account under the story ('Follow Ana Lund on Twitter
    # @analund'): the site's furniture, whose names are not the story's actors.
    r"^follow\b.{0,60}\b(?:on|at) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok)\b"
    r"(?:[\s:]*@\w+)?[.!]?$",
))

# Lines that say the article has ended: what follows is the site, not the story.
END_OF_ARTICLE = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"^(?:read more|related|related (?:articles|stories|content|coverage)|more on this story|see also|also read|"
    r"you (?:may|might) also like|recommended(?: for you)?|more (?:from|in|stories)\b.{0,40}|"
    r"most (?:read|popular|viewed)|trending(?: now)?|comments?|\d+ comments?|leave a (?:comment|reply)|"
    r"about the author|share this article|tags?:?.{0,80}|topics?:.{0,80}|filed under:?.{0,80})$",
))

# Where readers' comments begin: nothing after such a line, on the same run, is the story.
COMMENTS = re.compile(
    r"^[\[(]?\s*(?:\d+\s*)?(?:reader\s+|top rated\s+|latest\s+)?comments?\s*(?:\(\d+\)|\d+)?\s*[\])]?$"
    r"|^[\[(]?\s*(?:show|view|read|load|see)\s+(?:all\s+)?(?:\d+\s+)?comments?\s*[\])]?$"
    r"|^(?:leave|post|add|write)\s+a\s+(?:comment|reply|response)\b"
    r"|^(?:want to\s+)?join the (?:discussion|conversation)\b"
    r"|^comments? (?:are|is) closed\b|^\d+\s+(?:responses|replies|thoughts) (?:to|on)\b"
    r"|^(?:what do you think|tell us what you think)\b",
    re.IGNORECASE)

# Headings under which a page lists other articles' headlines ('Read more').
RELATED_HEADINGS = re.compile(
    r"^(?:read more|related|related (?:articles|stories|content|coverage|news|links)|more on this (?:story|topic)|"
    r"see also|also read|read also|further reading)\s*:?$", re.IGNORECASE)

# A link to another article printed inside or after the story: 'Read more: Storm hits the coast'.
RELATED_LINK = re.compile(
    r"^(?:read more|related|see also|also read|read also|more)\s*[:>|»–—-]\s*(?P<title>\S.{5,300})$",
    re.IGNORECASE)

# 'By Gavin Blackburn', 'By Jane Doe and John Roe', 'By Jane Doe, Reuters'; also after a date
# ('Tuesday March 2, 2021 8:10 am PST by Anna Berg').
BYLINE = re.compile(
    r"^(?:(?P<before>[^\n]{0,60}?\d[^\n]{0,40}?)\s+)?"
    r"(?:by|written by|words by|posted by|story by|reporting by|author:?)\s+"
    r"(?P<names>[^\s].{0,150})$", re.IGNORECASE)
# A person's name as bylines print it: capitalised words, particles allowed.
NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]*|(?:de|da|van|von|der|del|la|le|bin|al|el|di|du)\b)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|(?:de|da|van|von|der|del|la|le|bin|al|el|di|du)\b)){0,4}$")
BYLINE_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&|\|)\s*")
# Where a byline's names stop: a date, a time, a web address.
BYLINE_END = re.compile(
    rf"\s*(?:\b(?:{WEEKDAY}|{MONTH}|{MONTH_SHORT})"
    rf"\b\.?\s*\d|\b(?:{WEEKDAY})\b|\d|"
    r"\b(?:updated|published|posted)\b|\S+\.(?:com|org|net|co\.uk|in|info)\b|@).*$", re.IGNORECASE)
# A role in a byline ('Staff Writer', 'AP Auto Writer'): the words before it belong to the role.
BYLINE_ROLE = re.compile(r"\b(?:writer|reporter|editor|correspondent|columnist|contributor|staff|"
                         r"photographer|producer|analyst|intern)s?\b", re.IGNORECASE)

# A line that gives a date and little else: 'Published 28 January 2026', 'Mar. 3, 2021, 4:15 PM UTC'.
DATELINE_WORDS = re.compile(
    r"^(?:published|updated|posted|first published|last updated|last modified|modified|date)\b"
    r"|\b(?:updated|published|posted)\s*(?:on|at)?\s*:", re.IGNORECASE)
UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)

# Picture agencies and desks: a short line crediting one, with no sentence in it, is a photo credit
# ('Jane Doe | Bloomberg | Getty Images', 'Per Holm/Getty Images'); 'Reuters' alone signs off a story.
PICTURE_AGENCIES = re.compile(
    r"(?:[|/]\s*(?:getty images|ap photo|ap|afp|reuters|shutterstock|epa|associated press|pa images|pa wire|"
    r"alamy|istock(?:photo)?|bloomberg|anadolu|xinhua|sipa|imago|dpa|efe|ansa)\b|"
    r"\b(?:getty images|ap photo|shutterstock|alamy|istockphoto)\b)(?:[^|/]{0,30})$", re.IGNORECASE)
# A breadcrumb trail: 'Blog > Gardening > Seed Lists'.
BREADCRUMB = re.compile(r"^[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40})+$")

# A credit line printed under an image: 'Copyright AP Photo', 'Photo: Anna Berg, AP', 'Credit...'
CREDIT_LINE = re.compile(
    r"^\(?(?:copyright|©|photo(?:graph)?s?|image|picture|credit|source|foto|illustration)"
    r"(?:\s*(?:by|credit|courtesy of))?\s*(?:[:.…]+|\s)\s*(?P<credit>[^()]*)\)?$", re.IGNORECASE)
# A credit printed at the end of a caption: '... (AP Photo/Efrem Lukatsky)', '... Photo: Jane Doe'.
INLINE_CREDIT = re.compile(
    r"(?:\s*\((?P<paren>(?:AP|AFP|Reuters|Getty|EPA|PA|Photo|Image|Credit)\b[^()]{0,80})\)"
    r"|\s+(?:Photo|Image|Picture|Credit|Photograph)\s*(?:by|:)\s*(?P<tail>[^.]{1,60}?)\.?"
    r"|(?<=[.!?])\s*(?P<agency>(?:[A-Z][\w'’-]+\s){1,3}/\s*(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|"
    r"Shutterstock|Alamy|PA)(?:\s+file)?)"
    r"|(?<=[.!?])\s*©\s*(?P<copyright>[^.©\d]{2,60}))$")     # a year after © marks a site's footer instead
# A credit glued onto a caption's repeat: a credit word, an agency, a slash, or a name of two words or more
# ('... 2024 Copyright  AP Photo', '... 2024 AP/Norland Coast Guard'); 'Review' alone is a title's end.
GLUED_CREDIT = re.compile(r"^\s*(?:(?:copyright|©|photo|image|credit|picture)\b|\S*/|\S+\s+\S+)", re.IGNORECASE)
# Words that open a credit glued onto a caption's repeat ('... 2024 Copyright  AP Photo').
CREDIT_PREFIX = re.compile(r"^(?:(?:copyright|©|photo|image|credit|picture)s?\s*(?:by|:)?\s*){1,3}", re.IGNORECASE)

# The place a caption names just before its date: 'in Vestby, 3 March, 2024'.
CAPTION_PLACE = re.compile(
    r"\b(?:in|near|outside|at|on|off|over|from)\s+(?:the\s+)?"
    rf"(?!(?i:{WEEKDAY})\b)"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|am|an|upon|region|province|district|"
    r"county|city|state|oblast|area))*)"
    r"(?:,\s*(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?\s*,?\s*"
    rf"(?:(?i:on\s+)?(?i:{WEEKDAY}),?\s*)?(?:(?i:on)\s*)?$")

# 'Additional sources • AP, AFP', 'Additional reporting by Reuters'
ADDITIONAL_SOURCES = re.compile(
    r"^(?:additional|with additional)\s+(?:sources?|reporting)(?:\s+(?:by|from))?\s*[•·:|–—-]?\s*"
    r"(?P<sources>.+)$",
    re.IGNORECASE)

# Ends of lines that close a sentence: prose ends so, menus and headings do not.
SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$|["”»]$""")

# Common English function words: prose is full of them, menus and lists of names are not.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its just me more most my no nor not now of
off on once only or other our out over own said says same she should so some such than that the
their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your
""".split())

# Markdown front matter keys, and the Article field each one fills.
FRONT_MATTER_KEYS = {
    "title": "headline", "headline": "headline",
    "author": "authors", "authors": "authors", "byline": "authors",
    "publisher": "publisher", "site": "publisher", "site_name": "publisher", "source": "publisher",
    "date": "published", "published": "published", "pubdate": "published",
    "summary": "summary", "description": "summary", "standfirst": "summary", "dek": "summary",
    "url": "url", "link": "url", "canonical": "url",
}

# The notice that names who publishes the page: '© 2021 The Lund Courier Company'.
PUBLISHER = re.compile(
    r"^(?i:copyright\s*)?(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*(?i:copyright\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|the|and)){0,6})")

# A page's own address printed on a line of its own.
URL = re.compile(r"^https?://[^\s/]+\.[^\s]{1,2000}$")
# Markup left in copied text by an embed or a broken page ('<a href="...">the report</a>',
# '<tweet tweet-id="..."><tweet/>'): the tags go, the words they hold stay.
MARKUP = re.compile(r"</?(?:a|b|i|u|em|strong|span|font|small|sup|sub|br|p|div|img|iframe|script|figure|"
                    r"blockquote|tweet|embed|video)\b(?:\s[^<>]*)?/?>", re.IGNORECASE)

# Words a line of date and time may hold besides numbers ('3 days ago at 09:41 am', '14:53 GMT').
DATE_WORDS = frozenset(name for names in MONTH_NAMES for name in names) | frozenset(WEEKDAY_NAMES) | frozenset(
    "am pm a.m p.m utc gmt bst cet cest est edt cst cdt mst mdt pst pdt ist ago at on by "
    "second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years "
    "published updated posted modified last first".split())

# Lines of speech, part of the story however short: a quotation with its verb of speech
# ('“Not yet,” she said.'), or a speaker and a verb of speech that introduce the quotation
# below ('The minister added:', 'Said the mayor:'). Verbs that are also plural nouns
# ('notes', 'claims') are used in the past only, where a list's heading never has them.
# 'read' and 'related' are left out: 'Read more:', 'Related stories:'.
SPOKEN_PAST = frozenset(verb[2] for verb in SPEECH_VERBS + VOICE_VERBS if " " not in verb[2]) - {"read", "related"}
SPOKEN_WORDS = SPOKEN_PAST | frozenset(verb[1] for verb in SPEECH_VERBS + VOICE_VERBS if " " not in verb[1])
SPOKEN_PRESENT = frozenset("says tells adds writes explains continues asks recalls insists argues".split())
# The verbs a speaker may follow at a line's start ('Said the mayor:').
SPOKEN_FIRST = frozenset("""said added wrote asked explained continued noted replied recalled declared
tweeted quipped insisted countered warned remarked observed responded says adds writes asks""".split())
_SPOKEN = "|".join(sorted(SPOKEN_PAST | SPOKEN_PRESENT, key=len, reverse=True))
_SPOKEN_FIRST = "|".join(sorted((w.capitalize() for w in SPOKEN_FIRST), key=len, reverse=True))
# A quotation that ends on its own mark ('“Not yet,”', '‘Go.’'): what the words around it are read without.
QUOTATION = re.compile(r"[“\"‘'](?=\S).*?[,.!?…—–-][”\"’']")
SPEECH_INTRO = re.compile(
    # 'Berg continued:', 'In a statement, the company said on Monday:' -- but not 'Originally posted:'
    rf"^(?:(?![A-Z][a-z]+ly\s|(?:First|Last)\s)[A-Z][^\s:]*(?:\s+[^\s:]+){{0,5}}?\s+(?:{_SPOKEN})"
    # 'Said the mayor:', 'Added Smith:' -- but not 'Posted by:'
    rf"|(?:{_SPOKEN_FIRST})\s+(?!by\b)[^\s:]+(?:\s+[^\s:]+){{0,4}}?)"
    r"(?:\s+[^\s:]+){0,6}?\s*:$")
