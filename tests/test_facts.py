"""Quotes, claims, statistics and dated events read from small articles of our own."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier import fact_patterns as fp, vocabulary as V
from dossier.actors import find_actors
from dossier.fact_patterns import letter_tree
from dossier import facts as F
from dossier.facts import described_speakers, find_facts, sentence_words
from dossier.model import Article, Caption, Mention, Paragraph

MENTIONS = (
    Mention("Ana Petrova", "person", aliases=("Petrova",), roles=("Energy Minister",), paragraphs=(1, 2, 3)),
    Mention("Tomas Berg", "person", aliases=("Berg",), roles=("harbour master",), paragraphs=(2, 4)),
    Mention("Northern Grid Authority", "organisation", aliases=("NGA",), paragraphs=(1, 5)),
    Mention("Institute for Coastal Studies", "organisation", paragraphs=(6,)),
    Mention("Lisbon", "place", paragraphs=(1,)),
    Mention("Sean O’Neill", "person", paragraphs=(1,)),
    Mention("Rui M. Costa", "person", paragraphs=(9,)),
)
THURSDAY = date(2031, 3, 13)


def article(*paragraphs: str, published: date | None = THURSDAY, captions=(), headline="Headline") -> Article:
    return Article("a", "a.txt", headline, published=published, captions=captions,
                   paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))


def facts_of(*paragraphs: str, **kwargs):
    return find_facts(article(*paragraphs, **kwargs), MENTIONS)


@pytest.mark.parametrize("paragraph, text, speakers", [
    ('"The lines will be repaired before the storm season starts," Petrova said in a radio interview.',
     "The lines will be repaired before the storm season starts", ("Ana Petrova",)),
    ('"We counted every ship in the bay twice," said Tomas Berg.',
     "We counted every ship in the bay twice", ("Tomas Berg",)),
    ('The harbour master Tomas Berg said: "Nobody was hurt in the fire."',
     "Nobody was hurt in the fire.", ("Tomas Berg",)),
    ('“Prices will fall by winter,” the NGA wrote in a statement.',
     "Prices will fall by winter", ("Northern Grid Authority",)),
    ("''The pumps are running again,'' Mr. Berg said.", "The pumps are running again", ("Tomas Berg",)),
    ("''The pumps are running again,'' said Mr. Berg.", "The pumps are running again", ("Tomas Berg",)),
    ('"The pumps are running," Tomas Berg, who runs the harbour, said.', "The pumps are running", ("Tomas Berg",)),
    ('Said Petrova: "The pumps are running."', "The pumps are running.", ("Ana Petrova",)),
    ('“Who would have thought the pier would hold?” Berg said, looking at the bay.',
     "Who would have thought the pier would hold?", ("Tomas Berg",)),
    ('"The pier held up," Tomas Berg (Harbour Board) said.', "The pier held up", ("Tomas Berg",)),
    ("''The pier held up,'' Tomas Berg, the harbour master, said of the storm.", "The pier held up",
     ("Tomas Berg",)),
    ("Asked about the damage, O'Neill said, \"No comment on the cause.\"", "No comment on the cause.",
     ("Sean O’Neill",)),
    ('”Nobody told us about the closure of the port.” ― Tomas Berg', "Nobody told us about the closure of the port.",
     ("Tomas Berg",)),
    ('"BERG: We watched “Storm Watch.” Then we closed the port for the night.',
     "We watched “Storm Watch.” Then we closed the port for the night.", ("Tomas Berg",)),
    ('"BERG: We kept the harbour open all night."', "We kept the harbour open all night.", ("Tomas Berg",)),
    ('During the storm, Berg praised the crews, saying, "They worked without a break."',
     "They worked without a break.", ("Tomas Berg",)),
    ('“Nobody told us about the closure of the port.” ― Tomas Berg.',
     "Nobody told us about the closure of the port.", ("Tomas Berg",)),
    # A cue inside an opening phrase is no verb of the sentence: the one after the phrase is.
    ('In a series of Harbour Radio posts on Sunday, Mr. Berg, a former pilot, wrote: "The pier held up."',
     "The pier held up.", ("Tomas Berg",)),
    ('During the storm, Mr. Berg said, the crews never believed "the pier would hold for another hour."',
     "the pier would hold for another hour.", ("Tomas Berg",)),
    # A clause nearest the quotation with its own subject and verb of speech attributes it ...
    ('Berg tweeted after Petrova argued that “the pier would never have been rebuilt without us.”',
     "the pier would never have been rebuilt without us.", ("Ana Petrova",)),
    # ... and an attribution that closes a clause hands the participle after it to its speaker.
    ('Petrova left as soon as the ferry docked, Berg said, adding, "She was never one to linger."',
     "She was never one to linger.", ("Tomas Berg",)),
    # An adverbial 'as' opens no clause of its own.
    ('Berg, who sees the pier and the port as one, said in a statement: "The pier will be rebuilt."',
     "The pier will be rebuilt.", ("Tomas Berg",)),
    # A question or a cry right after its verb of speech is no title.
    ('Co-host Ana Petrova then loudly asked, “Really?”', "Really?", ("Ana Petrova",)),
    # A short sentence of speech whose first word alone is capitalised is no title.
    ('"Thank you, son," Berg replied.', "Thank you, son", ("Tomas Berg",)),
    # A word or two answered by a pronoun no one is named for is speech still, with no speaker.
    ('"Never," she said.', "Never", ()),
])
def test_quote_and_its_speaker(paragraph, text, speakers):
    quotes = [f for f in facts_of(paragraph) if f.kind == "quote"]
    assert [(f.text, f.speakers) for f in quotes] == [(text, speakers)]


@pytest.mark.parametrize("paragraph, quote, speakers", [
    # The source leads the quotation.
    ('According to Petrova, "the lines will be repaired before the storm season starts."',
     "the lines will be repaired before the storm season starts.", ("Ana Petrova",)),
    # A quotation with no verb goes on with the reported words just before it.
    ('The pier will stay shut until May, Berg said. "We cannot risk another collapse in the spring storms."',
     "We cannot risk another collapse in the spring storms.", ("Tomas Berg",)),
    # A speaker signed with a dash, initials and all.
    ('"We counted every ship in the bay twice." ― Rui M. Costa', "We counted every ship in the bay twice.",
     ("Rui M. Costa",)),
    # A speaker described at length after the quotation.
    ('"We counted every ship in the bay twice," Tomas Berg, 58, said as he and the other pilots '
     'walked along the harbour wall early on Sunday morning.', "We counted every ship in the bay twice",
     ("Tomas Berg",)),
])
def test_quote_speaker_from_the_words_around(paragraph, quote, speakers):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "quote"] == [(quote, speakers)]


@pytest.mark.parametrize("paragraph, quote, speakers, cue", [
    # A participle of speech after a preposition is the sentence subject's.
    ('Petrova drew boos upon saying, "The harbour will stay open all winter."',
     "The harbour will stay open all winter.", ("Ana Petrova",), "saying"),
    ('Berg closed his list of wrecks by saying "Too many."', "Too many.", ("Tomas Berg",), "saying"),
    # ... and so is one after what the subject put out.
    ('Petrova sent an email saying, "The pier is closed for the winter."', "The pier is closed for the winter.",
     ("Ana Petrova",), "saying"),
    # A verb of speech joined to the subject's first verb, or after a pronoun going on with that
    # subject, introduces a short answer.
    ('Berg laughed and said, "We will see."', "We will see.", ("Tomas Berg",), "said"),
    ('Berg said no to the pier, though he said, "We will see."', "We will see.", ("Tomas Berg",), "said"),
    # A verb after a quotation set straight after a verb of speech is the sentence going on.
    ('Petrova said "it makes me angry" every time she thinks about the flooded streets.',
     "it makes me angry", ("Ana Petrova",), "said"),
])
def test_verb_of_speech_right_before_a_quotation_is_its_cue(paragraph, quote, speakers, cue):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "quote"] == [(quote, speakers, cue)]


@pytest.mark.parametrize("paragraph, fact", [
    # A couple of words right after a verb of speech are speech, not a scare quote.
    ('Berg and the crews chanted "No closure!" on the pier.', ("quote", "No closure!", ("Tomas Berg",), "chanted")),
    # A title in quotation marks before the speaker does not hide the reported words.
    ('In an interview on "Morning Harbour Radio," Berg said the pier would stay shut all winter.',
     ("claim", "the pier would stay shut all winter", ("Tomas Berg",), "said")),
    # A participle after 'while' hands the quotation to the sentence's subject.
    ('Tomas Berg walked along the pier while chanting, "Nobody leaves the harbour tonight."',
     ("quote", "Nobody leaves the harbour tonight.", ("Tomas Berg",), "chanting")),
    # Reported words may open with a few quoted ones.
    ('Berg said "storm damage" and the cost of repairs would keep the pier shut.',
     ("claim", '"storm damage" and the cost of repairs would keep the pier shut', ("Tomas Berg",), "said")),
    # 'by saying' gives what the subject said.
    ("Berg opened the meeting by saying the pier would stay shut all winter.",
     ("claim", "the pier would stay shut all winter", ("Tomas Berg",), "saying")),
])
def test_speech_verbs_read_in_more_places(paragraph, fact):
    assert fact in [(f.kind, f.text, f.speakers, f.cue) for f in facts_of(paragraph)]


def test_speaker_of_a_quote_goes_on_to_a_claim():
    found = facts_of('"Nobody was hurt," Berg said, adding that the pier would stay shut "for weeks."')
    assert [(f.kind, f.text, f.speakers, f.cue) for f in found if f.kind in ("quote", "claim")] == [
        ("quote", "Nobody was hurt", ("Tomas Berg",), "said"),
        ("claim", 'the pier would stay shut "for weeks."', ("Tomas Berg",), "adding")]


def test_named_speaker_nearest_the_quote_says_it():
    found = facts_of('When Petrova noted that the pier had failed twice ― as it had in 1990 ― Berg replied, '
                     '"We rebuilt it every time."')
    assert [(f.text, f.speakers, f.cue) for f in found if f.kind == "quote"] == [
        ("We rebuilt it every time.", ("Tomas Berg",), "replied")]


def test_quote_closed_by_its_full_stop_is_not_the_next_sentences():
    found = facts_of('Petrova spoke first. "The pier will close in May and stay closed." Berg said the ferries would run.')
    assert [(f.kind, f.speakers) for f in found if "pier will close" in f.text] == [("quote", ())]


def test_quote_paragraph_without_attribution_carries_on_the_speaker_before():
    found = facts_of('"The first repairs are done," Petrova said on Thursday.',
                     '"The rest of the network will follow within a month."')
    assert [(f.paragraph, f.speakers) for f in found if f.kind == "quote"] == [
        (1, ("Ana Petrova",)), (2, ("Ana Petrova",))]


@pytest.mark.parametrize("paragraph, quotes", [
    # One quotation broken by its attribution is one quote, its parts joined by an ellipsis
    # where the attribution stood: the attribution is its speaker, not its words.
    ('"The pier will close in May," Petrova said. "It will stay closed all summer."',
     [("The pier will close in May … It will stay closed all summer.", ("Ana Petrova",))]),
    ("''The cranes are gone,'' said Mr. Berg, the harbour master. ''We start again.''",
     [("The cranes are gone … We start again.", ("Tomas Berg",))]),
    ('“Why now?” Petrova asked. “The pier held.”', [("Why now? … The pier held.", ("Ana Petrova",))]),
    # A second clause or sentence between them ends the first quotation.
    ('"The pier will close in May," Petrova said, pointing to the gate. "It will stay closed."',
     [("The pier will close in May", ("Ana Petrova",)), ("It will stay closed.", ("Ana Petrova",))]),
    ('"The pier will close," Petrova said. Berg nodded. "It will stay closed all summer."',
     [("The pier will close", ("Ana Petrova",)), ("It will stay closed all summer.", ("Ana Petrova",))]),
])
def test_quotation_broken_by_its_attribution_is_one_quote(paragraph, quotes):
    found = facts_of(paragraph)
    assert [(f.text, f.speakers) for f in found if f.kind == "quote"] == quotes


def test_quote_left_open_goes_on_in_the_next_paragraph():
    found = facts_of('After the storm, Berg said, "We lost two cranes and a warehouse.',
                     'We will rebuild all of it by the spring." Petrova said that the state would pay.')
    assert [(f.kind, f.paragraph, f.text, f.speakers) for f in found if f.kind in ("quote", "claim")] == [
        ("quote", 1, "We lost two cranes and a warehouse.", ("Tomas Berg",)),
        ("quote", 2, "We will rebuild all of it by the spring.", ("Tomas Berg",)),
        ("claim", 2, "the state would pay", ("Ana Petrova",))]


def test_paragraph_ending_in_a_colon_hands_the_quote_to_its_subject():
    found = facts_of("Berg made the following remarks:", '"The harbour will be open again by the end of the month."')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Tomas Berg",)]


def test_unattributed_quote_paragraph_after_narration_has_no_speaker():
    found = facts_of("The storm closed the port for three days.",
                     '"Ships waited in the bay for the wind to drop before they could dock."')
    assert [f.speakers for f in found if f.kind == "quote"] == [()]


def test_partial_quote_is_read_with_its_reported_clause():
    found = facts_of('Berg added that the pier has "held up well," but there was no confirmation from the NGA.')
    assert [(f.kind, f.speakers) for f in found if f.kind in ("quote", "claim")] == [("claim", ("Tomas Berg",))]
    claim = next(f for f in found if f.kind == "claim")
    assert '"held up well,"' in claim.text
    assert "no confirmation" in claim.hedges


@pytest.mark.parametrize("paragraph, text, speakers, cue", [
    ("Energy Minister Ana Petrova said on Thursday that the grid was stable again.",
     "the grid was stable again", ("Ana Petrova",), "said"),
    ("Petrova and the Northern Grid Authority said earlier this week that demand had doubled.",
     "demand had doubled", ("Ana Petrova", "Northern Grid Authority"), "said"),
    ("Repairs could cost 40 million euros, according to a study published by the Institute for Coastal Studies.",
     "Repairs could cost 40 million euros", ("Institute for Coastal Studies",), "according to"),
    ("According to the NGA, the outage began at the Lisbon substation.",
     "the outage began at the Lisbon substation", ("Northern Grid Authority",), "according to"),
    ("The harbour master accused the operators on Thursday of ignoring the warnings.",
     "the operators on Thursday of ignoring the warnings", ("Tomas Berg",), "accused"),
    ("The ferries will run on the old timetable until May, Berg said.",
     "The ferries will run on the old timetable until May", ("Tomas Berg",), "said"),
    ("Petrova said she expects the network to recover before the summer.",
     "she expects the network to recover before the summer", ("Ana Petrova",), "said"),
    ("People who know Petrova said that she would resign.", "she would resign", (), "said"),
    ("Berg said repairs to the pier would take a month.", "repairs to the pier would take a month",
     ("Tomas Berg",), "said"),
    ("Port closures: Berg says ferries will run again by Friday.", "ferries will run again by Friday",
     ("Tomas Berg",), "says"),
    ("Berg said in a statement.", None, None, None),
    ("The Lisbon harbour pilot said that the channel was clear.", "the channel was clear", (), "said"),
    ("Lisbon said that the channel was clear.", "the channel was clear", ("Lisbon",), "said"),
    ("Petrova dismissed the reports that the pier had collapsed.", None, None, None),
    ("On a grey morning under a sky that promised rain, Mr. Berg warned that the pier would not hold.",
     "the pier would not hold", ("Tomas Berg",), "warned"),
    ("Crews had worked through the night on the pier, shortly after Berg said the storm was over.",
     "the storm was over", ("Tomas Berg",), "said"),
    ("Berg told the council: the pier will hold until spring.", "the pier will hold until spring", ("Tomas Berg",),
     "told"),
    ("The pier will hold, says Tomas Berg for the Harbour Board.", "The pier will hold", ("Tomas Berg",), "says"),
    ("In Lisbon, the harbour master said that the port was closed.", "the port was closed", ("Tomas Berg",),
     "said"),
    ("Tomas Berg spoke to the crews for an hour, adding that the port would stay shut.",
     "the port would stay shut", ("Tomas Berg",), "adding"),
    # The attribution set inside the sentence it reports.
    ("Closing the pier, Berg said, was the only safe choice that night.",
     "Closing the pier, Berg said, was the only safe choice that night", ("Tomas Berg",), "said"),
    # A clause before it may be the writer's: the main clause after it is the speaker's.
    ("When the storm came, Berg said, the crews left the pier at once.", "the crews left the pier at once",
     ("Tomas Berg",), "said"),
    # A phrase with no verb before the attribution is part of what was said; so are words an
    # unnamed group, in lower case, is set inside.
    ("Still, Berg said, the crews have to decide who repairs the pier.",
     "Still, Berg said, the crews have to decide who repairs the pier", ("Tomas Berg",), "said"),
    ("In the end, Petrova said, the dock workers almost always vote for the mayor.",
     "In the end, Petrova said, the dock workers almost always vote for the mayor", ("Ana Petrova",), "said"),
    ("The new pier, critics said, is too short for the ferries.",
     "The new pier, critics said, is too short for the ferries", ("critics",), "said"),
    # A word or three quoted after the attribution are a phrase of what was said, no quotation of its own.
    ('In both cases, Berg said, the donations paid for "repairs" at the pier.',
     'In both cases, Berg said, the donations paid for "repairs" at the pier', ("Tomas Berg",), "said"),
    # After a conjunction, a clause before the attribution is part of what was said; a
    # participle after it is what the speaker did, not said.
    ("But the years that followed, Berg said, brought the pier new trade.",
     "But the years that followed, Berg said, brought the pier new trade", ("Tomas Berg",), "said"),
    ("Trade was slow, Berg said, wiping the rain off his face.", "Trade was slow", ("Tomas Berg",), "said"),
    # Whom the words were told, named, closes the attribution.
    ("The pier is safe for the ferries, Petrova told The Harbour Post on Friday.",
     "The pier is safe for the ferries", ("Ana Petrova",), "told"),
    # Acts of speech whose object is what they report.
    ("Petrova defended the new timetable at the meeting.", "the new timetable at the meeting", ("Ana Petrova",),
     "defended"),
    ("Berg questioned whether the pier could hold another winter.", "whether the pier could hold another winter",
     ("Tomas Berg",), "questioned"),
    ("The NGA pointed to the storm as the cause of the outage.", "the storm as the cause of the outage",
     ("Northern Grid Authority",), "pointed to"),
    # ... but 'questions' and 'attacks' after a subject are nouns far more often than verbs.
    ("The council took questions from the crews about the pier.", None, None, None),
    # A title's full stop ends no name: the clause after it is what was said.
    ("Most voters said Mrs. Petrova would be better at running the port.",
     "Mrs. Petrova would be better at running the port", ("Most voters",), "said"),
    ("Tomas Berg toured the pier. All of the damage, he said, could be repaired by May.",
     "All of the damage, he said, could be repaired by May", ("Tomas Berg",), "said"),
    # The subject of an object relative clause speaks, not the noun it describes.
    ("Crews repaired the old pier, which Berg says he wants to keep open all winter.",
     "he wants to keep open all winter", ("Tomas Berg",), "says"),
    # ... and so does the subject after 'when' or 'since'.
    ("The pier has been shut since the storm, when Berg cited the damage to the harbour wall.",
     "the damage to the harbour wall", ("Tomas Berg",), "cited"),
    ("The video shows the pier, which the crews say they repaired in May.",
     "they repaired in May", (), "say"),
    # A pronoun subject of a relative clause stands for the one named before.
    ("Berg listed the problems at the port that he blamed on the Northern Grid Authority.",
     "on the Northern Grid Authority", ("Tomas Berg",), "blamed"),
    # A name after 'like' or 'for a' is no subject.
    ("Ana Petrova, like Berg, has said that the pier must close.", "the pier must close", ("Ana Petrova",), "said"),
    # A possessive name begins the reported words; it is not whom they were told to.
    ("Petrova says Berg’s flurry of late-night letters to the council was reckless.",
     "Berg’s flurry of late-night letters to the council was reckless", ("Ana Petrova",), "says"),
    ("Tomas Berg is speaking out about the storm, and why he believes the pier must close this winter.",
     "the pier must close this winter", ("Tomas Berg",), "believes"),
    ("Lisbon, Berg's oldest partner in the trade, said that the port must close.", "the port must close",
     ("Lisbon",), "said"),
    ("Writing for a Lisbon newspaper that Berg owns, Petrova noted that the pier was unsafe.",
     "the pier was unsafe", ("Ana Petrova",), "noted"),
    # A 'that' after a verb of the reported clause is inside it, not the one that opens it.
    ("Petrova, a member of the council, said the vote was a mistake that the town would regret for years.",
     "the vote was a mistake that the town would regret for years", ("Ana Petrova",), "said"),
    ("Berg said it was clear that the pier would need new piles.",
     "it was clear that the pier would need new piles", ("Tomas Berg",), "said"),
    ("Petrova said Lisbon was a port that the river had shaped.", "Lisbon was a port that the river had shaped",
     ("Ana Petrova",), "said"),
    ("Berg said the survey showed that the pier was sinking.", "the survey showed that the pier was sinking",
     ("Tomas Berg",), "said"),
    # ... while a listener or an adverbial may stand before the 'that'.
    ("Berg told the council on Monday that the pier was sinking.", "the pier was sinking", ("Tomas Berg",), "told"),
    ("Berg said in a letter sent on Friday that the pier was sinking.", "the pier was sinking", ("Tomas Berg",),
     "said"),
    # A plural noun that is also a verb of speech reports nothing when a verb follows it.
    ("Ferries from several northern states could be late all winter.", None, None, None),
    ("The interests of the northern states trump every other concern at the port.", None, None, None),
    ("In its letter, the NGA states that the pier is unsafe.", "the pier is unsafe", ("Northern Grid Authority",),
     "states"),
    # ... but a clause whose subject a relative stands for opens with its verb.
    ("Berg fined the crews, which he said were late every day of the week.", "were late every day of the week",
     ("Tomas Berg",), "said"),
    # A name and an aside between commas are the subject of the verb after them: the words
    # after it are what was said, not a speaker set after the verb.
    ("Tomas Berg, who runs the harbour, said the town should have rebuilt the pier instead.",
     "the town should have rebuilt the pier instead", ("Tomas Berg",), "said"),
    ("Tomas Berg, who runs the harbour, said the old pier failed.", "the old pier failed", ("Tomas Berg",), "said"),
    ("Tomas Berg, 54, said the old pier failed.", "the old pier failed", ("Tomas Berg",), "said"),
    ("The harbour master, who runs the port, said the town should have rebuilt the pier.",
     "the town should have rebuilt the pier", ("Tomas Berg",), "said"),
    # ... while a speaker after the verb may have an aside or a relative clause of its own.
    ("The pier will close in May, said Tomas Berg, who runs the harbour.", "The pier will close in May",
     ("Tomas Berg",), "said"),
    ("The ferries will run again, said a pilot who was on the pier.", "The ferries will run again", (), "said"),
    # A name that ends in the letters of a preposition ('Rab-at') opens a clause all the same.
    ("Petrova said Rabat was a busy port in the storm.", "Rabat was a busy port in the storm", ("Ana Petrova",),
     "said"),
    # A listener and a day after 'told' are no reported clause.
    ("Tomas Berg told The Harbour Gazette on Monday.", None, None, None),
    ("The NGA vowed Tuesday to keep the lights on all winter.", None, None, None),
    # Nor is what follows 'what X says': the 'what' is what was said.
    ("The gap between what Berg says the pier can hold and what it holds is wide.", None, None, None),
    # After the verb, a preposition or a pronoun opens no speaker's name: the subject before
    # the comma says what follows.
    ("The harbour master, Tomas Berg, says despite the storm, the pier will open in May.",
     "despite the storm, the pier will open in May", ("Tomas Berg",), "says"),
    ("Economists in Lisbon, like their peers elsewhere, say taxing fuel cuts traffic.",
     "taxing fuel cuts traffic", ("Economists in Lisbon",), "say"),
    ("The pier will close in May, said acting harbour master Tomas Berg.", "The pier will close in May",
     ("Tomas Berg",), "said"),
    # ... and an object pronoun opens no clause.
    ("The crew found the leak, reported it to the harbour master and sailed on.", None, None, None),
    # A verb inside quoted words is the speaker's, not the writer's attribution.
    ("''I think the pier will hold,'' Tomas Berg told me in a long interview at the harbour office on Monday.",
     None, None, None),
    ("''I think the pier will hold all winter,'' Tomas Berg, the harbour master, told me this week.",
     None, None, None),
    # How much was said is the verb's object, not a clause ('said a lot about').
    ("The vote, which passed easily, said a lot about the council and its priorities.", None, None, None),
    ("The storm says a great deal about how the port is run.", None, None, None),
    ("Berg said a lot of ships were lost in the storm.", "a lot of ships were lost in the storm", ("Tomas Berg",),
     "said"),
    # A verb's object and a second verb of its subject are no clause it reports ...
    ("Berg noted the delay in the meeting and left early.", None, None, None),
    ("Berg stressed the danger at the meeting and went home.", None, None, None),
    # ... but a clause with a verb of its own before 'and' is one.
    ("Berg said the pier failed and the crews left.", "the pier failed and the crews left", ("Tomas Berg",), "said"),
    ("Berg said the harbour meets the rules and stayed calm.", "the harbour meets the rules and stayed calm",
     ("Tomas Berg",), "said"),
    ("Berg warned the wind and unsettled weather could close the pier.",
     "the wind and unsettled weather could close the pier", ("Tomas Berg",), "warned"),
    # Words with no verb are the verb's object, not a clause it reports ...
    ("Berg noted the delay in the meeting.", None, None, None),
    ("Berg stressed the danger at the meeting.", None, None, None),
    # ... while a verb after a pronoun, a contracted auxiliary or 'to' makes them one.
    ("Berg said they know the risk.", "they know the risk", ("Tomas Berg",), "said"),
    ("Berg said they’re fixing the pier.", "they’re fixing the pier", ("Tomas Berg",), "said"),
    # A reported clause may open with a quoted word or three it goes on past.
    ('Berg said "zero" crews would stay at the pier.', '"zero" crews would stay at the pier', ("Tomas Berg",), "said"),
    ("Berg asked the council to close the pier.", "the council to close the pier", ("Tomas Berg",), "asked"),
    ("Berg said it’s a bad time for the pier.", "it’s a bad time for the pier", ("Tomas Berg",), "said"),
    # With no verb after it, 'that' is what was said, not the start of a clause.
    ("Berg said that in the interview last week.", None, None, None),
    # Whom it was told to, in lower case, is no part of what was told.
    ("Berg told the council his crews would fix the pier.", "his crews would fix the pier", ("Tomas Berg",), "told"),
    # A quotation closed and at once attributed to someone named: the words that hold it are
    # that speaker's, not those of the verb they follow.
    ("Petrova cannot say that “from her point,” Berg added.", "Petrova cannot say that “from her point,”",
     ("Tomas Berg",), "added"),
    # A claim joined after the attribution is no part of the words before it.
    ("The pier will close in May, Berg added, saying it was “up to the board.”", "The pier will close in May",
     ("Tomas Berg",), "added"),
    # A long description set after the speaker is no part of what was said.
    ("The pier will reopen in May, said Tomas Berg, executive director of the harbour board of the northern coast.",
     "The pier will reopen in May", ("Tomas Berg",), "said"),
])
def test_reported_claim_and_its_speaker(paragraph, text, speakers, cue):
    claims = [f for f in facts_of(paragraph) if f.kind == "claim"]
    assert [(f.text, f.speakers, f.cue) for f in claims] == ([(text, speakers, cue)] if text else [])


@pytest.mark.parametrize("paragraph, text, speakers", [
    ("The pier has cracks in two places, Berg said; his crews found them in May.",
     "The pier has cracks in two places", ("Tomas Berg",)),
    ("The ferry runs late again; Petrova said the crews were tired after the storm.",
     "the crews were tired after the storm", ("Ana Petrova",)),
])
def test_each_clause_a_semicolon_joins_reports_its_own_words(paragraph, text, speakers):
    claims = [f for f in facts_of(paragraph) if f.kind == "claim"]
    assert [(f.text, f.speakers) for f in claims] == [(text, speakers)]


@pytest.mark.parametrize("paragraph, text, cue", [
    ("Berg is confident that the pier will hold through the winter.",
     "the pier will hold through the winter", "is confident"),
    ("Berg was hopeful the crews would stay after the storm.", "the crews would stay after the storm",
     "was hopeful"),
    ("Berg made clear that the ferries would run on Sunday.", "the ferries would run on Sunday", "made clear"),
    ("Berg has made it clear the board will not pay for the pier.", "the board will not pay for the pier",
     "made it clear"),
    ("Berg made the case that the pier costs too much to keep.", "the pier costs too much to keep",
     "made the case"),
    # A negation says the subject holds no such thing; a thing, not a clause, is no claim.
    ("Berg is not sure that the pier will hold through the winter.", None, None),
    ("Berg was worried about the pier and the crews.", None, None),
])
def test_an_attitude_to_a_clause_is_its_subjects_claim(paragraph, text, cue):
    claims = [f for f in facts_of(paragraph) if f.kind == "claim"]
    assert [(f.text, f.speakers, f.cue) for f in claims] == ([(text, ("Tomas Berg",), cue)] if text else [])


def test_attribution_with_a_time_and_a_joined_claim_closes_the_words_before_it():
    found = facts_of('The port’s "excesses" are a disgrace, Berg said on Tuesday, adding that the plan '
                     '"makes no sense."')
    assert [(f.text, f.speakers, f.cue) for f in found if f.kind == "claim"] == [
        ('The port’s "excesses" are a disgrace', ("Tomas Berg",), "said"),
        ('the plan "makes no sense."', ("Tomas Berg",), "adding")]


def test_group_with_a_verb_of_its_own_after_and_says_what_follows():
    paragraph = ("Berg called the plan “rigged” in a radio interview on Tuesday, and a few harbour officials "
                 "have called for a new inquiry into the port.")
    claims = [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"]
    assert claims == [("the plan “rigged”", ("Tomas Berg",)),
                      ("a new inquiry into the port", ("a few harbour officials",))]


def test_words_before_a_closed_quotation_and_a_pronoun_are_the_pronouns():
    paragraphs = ('"We will rebuild it," Petrova said.', 'The pier’s failure was "heartbreaking," she said.')
    claims = [(f.text, f.speakers) for f in facts_of(*paragraphs) if f.kind == "claim"]
    assert claims == [('The pier’s failure was "heartbreaking,"', ("Ana Petrova",))]


def test_pronoun_after_a_closed_quotation_speaks_on_for_the_subject():
    paragraph = "Petrova said she kept the pier because “most people need that pier,” she said."
    claims = [f for f in facts_of(paragraph) if f.kind == "claim" and "she kept the pier" in f.text]
    assert [f.speakers for f in claims] == [("Ana Petrova",)]


def test_pronoun_subject_is_the_speaker_of_the_paragraph_before():
    found = facts_of('"The work is urgent," Ana Petrova said.', "She stressed that the budget must grow.")
    assert next(f for f in found if f.kind == "claim").speakers == ("Ana Petrova",)


@pytest.mark.parametrize("paragraph, speakers", [
    # The subject who spoke in the sentence just before the quotation goes on speaking ...
    ("Tomas Berg turned down the plan of Ana Petrova. Ivo Marsh said the hearing will start with Berg. "
     "“There is no reason to wait,” he said.", ("Ivo Marsh",)),
    ("Tomas Berg met Ivo Marsh on Monday. Marsh was just as blunt, claiming the crews had left. "
     "“There is no reason to wait,” he said.", ("Ivo Marsh",)),
    # ... not someone the sentence names who does not speak in it.
    ("Tomas Berg and Ivo Marsh toured the pier on Monday. The crews cheered. "
     "“There is no reason to wait,” he said.", ()),
])
def test_pronoun_after_a_quotation_is_who_spoke_just_before(paragraph, speakers):
    mentions = (Mention("Tomas Berg", "person", aliases=("Berg",), paragraphs=(1,)),
                Mention("Ivo Marsh", "person", aliases=("Marsh",), paragraphs=(1,)),
                Mention("Ana Petrova", "person", aliases=("Petrova",), paragraphs=(1,)))
    quotes = [f for f in find_facts(article(paragraph), mentions) if f.kind == "quote"]
    assert [f.speakers for f in quotes] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # A name and any verb closing the sentence of a quotation set off by a comma: that one said it.
    ("“You have called the crews lazy and careless,” Tomas Berg charged in his opening question.",
     ("Tomas Berg",)),
    ("“The new pier is safe for every ship,” Petrova shot back.", ("Ana Petrova",)),
    ("“The new pier is safe for every ship,” Mr. Berg barked.", ("Tomas Berg",)),
    # A quotation closed by its full stop, and a word that is no name, say nothing of who spoke.
    ("“The new pier is safe for every ship in the bay.” Tomas Berg nodded.", ()),
    ("“The new pier is safe for every ship in the bay,” Then Berg walked out.", ()),
])
def test_a_name_and_any_verb_after_a_quotation_speak(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # The subject after an opening phrase says what the participle joins ('press' is no verb).
    ("In an incendiary press conference, Tomas Berg attacked the board, saying it had failed the crews.",
     ("Tomas Berg",)),
    ("In two radio interviews, Petrova defended the plan, arguing that the pier would be safe by May.",
     ("Ana Petrova",)),
])
def test_participle_after_an_opening_phrase_is_its_subjects(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, text, speakers", [
    # Of three marks after a quotation inside a quotation, the first closes the inner one.
    ("''I would use the word 'careful,''' said Tomas Berg, who runs the harbour.",
     "I would use the word 'careful,'", ("Tomas Berg",)),
    ("''She would turn to me and say, 'Why did he say that?''' Mr. Berg said.",
     "She would turn to me and say, 'Why did he say that?'", ("Tomas Berg",)),
])
def test_quotation_closing_one_inside_it_ends_at_its_own_mark(paragraph, text, speakers):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "quote"] == [(text, speakers)]


@pytest.mark.parametrize("paragraph, speakers", [
    # A dateline opening the first paragraph says where, not who.
    ("KENT ― Tomas Berg’s campaign said it is looking for a new pilot for the harbour.",
     ("Tomas Berg’s campaign",)),
    ("LISBON (Reuters) - The harbour board said the pier would reopen in May.", ("The harbour board",)),
    ("KENT, Ohio — Tomas Berg said the pier would reopen in May.", ("Tomas Berg",)),
])
def test_a_dateline_is_no_part_of_the_subject(paragraph, speakers):
    text = article(paragraph)
    assert [f.speakers for f in find_facts(text, find_actors(text)) if f.kind == "claim"] == [speakers]


def test_pronoun_after_narration_is_the_one_person_named():
    found = facts_of("Ana Petrova visited the flooded port on Monday.", "She said that repairs would start soon.")
    assert next(f for f in found if f.kind == "claim").speakers == ("Ana Petrova",)


def test_pronoun_of_the_other_gender_stays_unresolved():
    found = facts_of('"The work is urgent," Tomas Berg said as he left.', "She stressed that the budget must grow.")
    assert next(f for f in found if f.kind == "claim").speakers == ()


def test_pronoun_with_two_earlier_speakers_stays_unresolved():
    found = facts_of("Petrova and Berg said that talks had stalled.", "She stressed that the budget must grow.")
    assert [f.speakers for f in found if f.kind == "claim"] == [("Ana Petrova", "Tomas Berg"), ()]


@pytest.mark.parametrize("paragraph, day, day_text", [
    ("Petrova said on Thursday that the grid was stable.", date(2031, 3, 13), "on Thursday"),
    ("Petrova said on Monday that the grid was stable.", date(2031, 3, 10), "on Monday"),
    ("Petrova said last week that the grid was stable.", None, "last week"),
    ("Petrova said on Monday that the grid would hold.", date(2031, 3, 10), "on Monday"),
    ("Petrova said Monday that the council will vote on the grid.", date(2031, 3, 10), "Monday"),
    ("On 2 March, 2031, Petrova said that the grid was stable.", date(2031, 3, 2), "2 March, 2031"),
])
def test_claim_dates_resolve_against_the_article_date(paragraph, day, day_text):
    claim = next(f for f in facts_of(paragraph) if f.kind == "claim")
    assert (claim.date, claim.date_text) == (day, day_text)


def test_weekday_without_article_date_gives_no_date():
    claim = next(f for f in facts_of("Petrova said on Thursday that the grid was stable.", published=None)
                 if f.kind == "claim")
    assert claim.date is None


def test_future_event_on_a_weekday_is_an_event_ahead_of_the_article_date():
    found = facts_of("Talks on the new grid are set to resume on Sunday in Lisbon.")
    assert [(f.kind, f.date) for f in found] == [("event", date(2031, 3, 16))]


def test_dated_caption_is_an_event_at_paragraph_zero():
    caption = Caption("Workers repair a power line near Lisbon, 11 March, 2031", date=date(2031, 3, 11))
    found = facts_of("The storm closed the port.", captions=(caption,))
    assert [(f.kind, f.paragraph, f.date) for f in found] == [("event", 0, date(2031, 3, 11))]


@pytest.mark.parametrize("paragraph, statistic", [
    ("Petrova said that over a third of all farms in the region were without power.",
     "over a third of all farms in the region"),
    ("The number of damaged pylons could reach 3 million by autumn.", "3 million by autumn"),
    ("In the north, unemployment rose to 15 percent, the highest in a decade.", "unemployment rose to 15 percent"),
    # A title's full stop ends no count.
    ("Of those asked, 48 percent backed Ms. Lund, against 39 percent for Mr. Berg.", "39 percent for Mr. Berg"),
    ("Of those asked, 48 percent backed Ms. Lund, against 39 percent for Mr. Berg.", "48 percent backed Ms. Lund"),
])
def test_statistic_with_what_it_counts(paragraph, statistic):
    assert statistic in [f.text for f in facts_of(paragraph) if f.kind == "statistic"]


@pytest.mark.parametrize("paragraph, statistic, speakers", [
    # A share of those polled speaks its claim, but the other numbers of its sentence are
    # what the poll counted, not the share's.
    ("Fifty-two percent of voters said the ferry should stay, against 41 percent for the bridge.",
     "41 percent for the bridge", ()),
    ("A strong majority of harbour residents said they backed the plan, compared with 30 percent last year.",
     "30 percent last year", ()),
    # A named speaker gives the numbers of what they say.
    ("Tomas Berg said the harbour had lost 12 percent of its trade.", "12 percent of its trade", ("Tomas Berg",)),
])
def test_a_statistic_is_never_spoken_by_a_share_of_those_polled(paragraph, statistic, speakers):
    found = [f for f in facts_of(paragraph) if f.kind == "statistic" and f.text == statistic]
    assert found and found[0].speakers == speakers


@pytest.mark.parametrize("paragraph, hedge", [
    ("Berg said that the drones were allegedly launched from a ship.", "allegedly"),
    ("Berg said that losses could reach a record this year.", "could reach"),
])
def test_hedges_are_marked(paragraph, hedge):
    assert hedge in next(f for f in facts_of(paragraph) if f.kind == "claim").hedges


@pytest.mark.parametrize("headline, text, speakers, hedges", [
    ("Ferries allegedly ran without permits, harbour officials say", "Ferries allegedly ran without permits",
     ("harbour officials",), ("allegedly",)),
    ("Tomas Berg: The Port Will Reopen Before Summer", "The Port Will Reopen Before Summer", ("Tomas Berg",), ()),
    ("Analysis: The Port Will Reopen Before Summer", None, None, None),
    # A poll, a report or a group as the label, with no one named in it, says what follows: an
    # unnamed source of its own.
    ("Poll: Petrova Leads Berg In The North", "Petrova Leads Berg In The North", ("Poll",), ()),
    ("Analysts: The Port Was Never Closed Before", "The Port Was Never Closed Before", ("Analysts",), ()),
    # A label in title case that is a clause names its subject first.
    ("Tomas Berg Endorses Ana Petrova: The Port Will Reopen Before Summer", "The Port Will Reopen Before Summer",
     ("Tomas Berg",), ()),
    ("Energy Minister Ana Petrova: The Port Will Reopen Before Summer", "The Port Will Reopen Before Summer",
     ("Ana Petrova",), ()),
    # A headline in title case attributes as a sentence does, its verb capitalised.
    ("Tomas Berg Says The Harbour Will Not Allow Ferries To Dock", "The Harbour Will Not Allow Ferries To Dock",
     ("Tomas Berg",), ()),
])
def test_headline_attributions_are_paragraph_zero(headline, text, speakers, hedges):
    found = [f for f in facts_of("The port is closed.", headline=headline) if f.kind in ("quote", "claim")]
    expected = [(0, text, speakers, hedges)] if text else []
    assert [(f.paragraph, f.text, f.speakers, f.hedges) for f in found] == expected


def test_transcript_label_makes_a_quote():
    found = facts_of("BERG: We kept the harbour open through the night.")
    assert [(f.kind, f.text, f.speakers) for f in found] == [
        ("quote", "We kept the harbour open through the night.", ("Tomas Berg",))]


@pytest.mark.parametrize("label, speakers", [
    ("PETROVA", ("Ana Petrova",)),        # the surname in capitals
    ("KOVAL", ("KOVAL",)),                # a label the article names only as a label
])
def test_transcript_label_names_its_speaker(label, speakers):
    mentions = MENTIONS + (Mention("KOVAL", "other", paragraphs=(1,)),)
    found = find_facts(article(f"{label}: The grid held up through the whole storm last night."), mentions)
    assert [f.speakers for f in found if f.kind == "quote"] == [speakers]


def test_partial_quote_framed_by_a_named_subject_is_a_claim():
    found = facts_of('Petrova dismissed the report as "a fairy tale for tourists" on Monday.')
    assert [(f.kind, f.text, f.speakers) for f in found] == [
        ("claim", 'the report as "a fairy tale for tourists" on Monday', ("Ana Petrova",))]


def test_framed_quote_cue_is_the_main_verb_after_auxiliaries():
    claim = next(f for f in facts_of('Berg has dismissed the plan as "a waste of public money."') if f.kind == "claim")
    assert (claim.cue, claim.text, claim.speakers) == (
        "dismissed", 'the plan as "a waste of public money."', ("Tomas Berg",))


@pytest.mark.parametrize("paragraph, claims", [
    # A word or two quoted after a verb of speech is what the subject said.
    # A naming verb reports its object and the quoted name; the rest is the writer's.
    ('Petrova described the new pier as "reckless" in her speech.',
     [('the new pier as "reckless"', ("Ana Petrova",), "described")]),
    ('Berg called the plan "a disaster" and "a fraud" before he left the hall.',
     [('the plan "a disaster" and "a fraud"', ("Tomas Berg",), "called")]),
    ('Petrova called it "absurd."', [('it "absurd."', ("Ana Petrova",), "called")]),
    # Where the words after the quoted name give a reason or go on with the noun, they stay.
    ('Berg called the plan "a disgrace" because the pier was never built.',
     [('the plan "a disgrace" because the pier was never built', ("Tomas Berg",), "called")]),
    ('Petrova called the council\'s "reckless" budget plan a mistake.',
     [('the council\'s "reckless" budget plan a mistake', ("Ana Petrova",), "called")]),
    # A call for something is no name for it: the words after the quotation stay.
    ('Berg called for "a full inquiry" into the fire at the pier.',
     [('"a full inquiry" into the fire at the pier', ("Tomas Berg",), "called for")]),
    # A naming verb joined to a sentence names in its subject's words.
    ('Speaking at the pier, Berg went after the minister, calling her "a tourist."',
     [('her "a tourist."', ("Tomas Berg",), "calling")]),
    ('Petrova said the pier would not hold, calling the repairs "a scandal" in a late post.',
     [("the pier would not hold", ("Ana Petrova",), "said"),
      ('the repairs "a scandal"', ("Ana Petrova",), "calling")]),
    # A second verb of the same subject begins a claim of its own.
    ('Petrova urged the crews to "stay calm" and said the pier would hold until the spring.',
     [('the crews to "stay calm"', ("Ana Petrova",), "urged"),
      ("the pier would hold until the spring", ("Ana Petrova",), "said")]),
    # What a speaker cites is a claim of its own.
    ('Berg called Petrova a "champion of the port", citing her work after the storm.',
     [('Petrova a "champion of the port"', ("Tomas Berg",), "called"),
      ("her work after the storm", ("Tomas Berg",), "citing")]),
    # A clause of the writer's after the quoted words is no part of them.
    ('Berg is promising calm seas and "ferries, ferries, ferries," but he has also warned the crews.',
     [('calm seas and "ferries, ferries, ferries,"', ("Tomas Berg",), "promising")]),
])
def test_short_partial_quotes_and_joined_claims(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A comma set inside the closing mark still ends the words before a participle.
    ('Petrova called the vote "a farce," saying the council had ignored the town.',
     [('the vote "a farce,"', ("Ana Petrova",), "called"),
      ("the council had ignored the town", ("Ana Petrova",), "saying")]),
    ('Petrova said the count was "rigged," calling it "a farce."',
     [('the count was "rigged,"', ("Ana Petrova",), "said"), ('it "a farce."', ("Ana Petrova",), "calling")]),
    # A quoted name closed by a comma ends there, whatever word follows.
    ('Berg called Petrova the "ultimate tourist," linking to a story about her trip.',
     [('Petrova the "ultimate tourist,"', ("Tomas Berg",), "called")]),
    # Verbs of judging and characterizing frame the quoted words after them.
    ('Petrova denounced the ruling as "shameful" and left the hall.',
     [('the ruling as "shameful"', ("Ana Petrova",), "denounced")]),
    ('Berg portrayed the new pier as "a gift to the town" in his speech.',
     [('the new pier as "a gift to the town"', ("Tomas Berg",), "portrayed")]),
    # A second predicate after the quoted words is the writer's.
    ('Petrova has decried the neglect of the “harbour front” and highlighted her plans.',
     [("the neglect of the “harbour front”", ("Ana Petrova",), "decried")]),
])
def test_partial_quotes_framed_and_closed(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A poll, a study or records report what they found without a 'that'.
    ("Polls show Petrova ahead by ten points in the north.",
     [("Petrova ahead by ten points in the north", ("Polls",), "show")]),
    ("The audit by the Northern Grid Authority found gaps in the books of the harbour.",
     [("gaps in the books of the harbour", ("Northern Grid Authority",), "found")]),
    # The question someone was asked is reported beside the answer.
    ("Asked whether the pier would hold, Berg said he was sure of it.",
     [("he was sure of it", ("Tomas Berg",), "said"), ("whether the pier would hold", (), "Asked")]),
    ("When asked by the Northern Grid Authority if the lines were safe, Berg said nothing.",
     [("if the lines were safe", ("Northern Grid Authority",), "asked")]),
    # A verb of speech closing the sentence as an infinitive attributes nothing before it.
    ("Asked about the cost of the pier, Berg said it was too early to tell.",
     [("it was too early to tell", ("Tomas Berg",), "said"), ("about the cost of the pier", (), "Asked")]),
    # An adverb may stand between 'Asked' and the question.
    ("Asked repeatedly whether the pier would hold, Berg smiled at the crowd.",
     [("whether the pier would hold", (), "Asked")]),
    # A group named in lower case closes the words before it, after an opening phrase too.
    ("With the storm over, the ferries have resumed their routes, harbour officials said.",
     [("With the storm over, the ferries have resumed their routes", ("harbour officials",), "said")]),
    # A long description after the speaker is no part of the words.
    ("Prices are unlikely to fall this winter, said Tomas Berg, a professor of economics at the coastal "
     "college, who is one of the country's leading experts on the gains and losses of harbour trade.",
     [("Prices are unlikely to fall this winter", ("Tomas Berg",), "said")]),
])
def test_findings_questions_and_groups_report_words(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # What a speaker put out says what follows its participle, in the speaker's name.
    ("Petrova issued a statement saying the pier would reopen in the spring.",
     [("the pier would reopen in the spring", ("Ana Petrova",), "saying")]),
    ("The Northern Grid Authority sent a letter to the council on Monday arguing that the fees were unfair.",
     [("the fees were unfair", ("Northern Grid Authority",), "arguing")]),
    # A verb of intending reports the act its subject commits to or means to do.
    ("Berg vowed to fight the closure of the harbour in court.",
     [("to fight the closure of the harbour in court", ("Tomas Berg",), "vowed")]),
    ("Petrova wants to rebuild the old pier before the storms.",
     [("to rebuild the old pier before the storms", ("Ana Petrova",), "wants")]),
    ("The Northern Grid Authority declined to attend the hearing on the buried lines.",
     [("to attend the hearing on the buried lines", ("Northern Grid Authority",), "declined")]),
    # ... an act, not a thing agreed to.
    ("Berg agreed to the terms of the lease on Monday.", []),
    # Reported words that run on before a quoted phrase hold it, with the attribution after them.
    ('The plan will close the harbour by any "measure a sane skipper would use," Berg said on Monday.',
     [('The plan will close the harbour by any "measure a sane skipper would use,"', ("Tomas Berg",), "said")]),
])
def test_statements_and_intentions_report_words(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A noun of speech or intent with its owner reports what the owner said or means.
    ("The council never tested Petrova's claim that the lines carry twice the load.",
     [("that the lines carry twice the load", ("Ana Petrova",), "claim")]),
    ("The crews cheered Berg's repeated vows to rebuild the pier before the storms.",
     [("to rebuild the pier before the storms", ("Tomas Berg",), "vows")]),
    # ... not a thing owned ('his plan' with no clause says nothing).
    ("Berg's plan was approved by the council on Monday.", []),
    # An attribution set inside the sentence: with whom it was told, and before quoted words.
    ("The new pier, Petrova told the Northern Grid Authority, is a gift to the town.",
     [("The new pier, Petrova told the Northern Grid Authority, is a gift to the town", ("Ana Petrova",), "told")]),
    ("These and other records, Berg said, “all point the same way” on the pier.",
     [("These and other records, Berg said, “all point the same way” on the pier", ("Tomas Berg",), "said")]),
    ("The crews laid 50,000 feet of cable downtown, Petrova said, to bring power to the pier.",
     [("The crews laid 50,000 feet of cable downtown, Petrova said, to bring power to the pier", ("Ana Petrova",),
       "said")]),
])
def test_noun_claims_and_attributions_inside_the_sentence(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, facts", [
    # The subject's next verb of speech after reported words begins a claim of its own.
    ("Petrova told the Northern Grid Authority that the lines were safe and said the crews would stay on.",
     [("claim", "the lines were safe", ("Ana Petrova",), "told"),
      ("claim", "the crews would stay on", ("Ana Petrova",), "said")]),
    # A quotation followed by 'and said' is the subject's, who goes on speaking.
    ("Petrova declared “What a night for the harbour!” and said the crews would stay on.",
     [("quote", "What a night for the harbour!", ("Ana Petrova",), "declared"),
      ("claim", "the crews would stay on", ("Ana Petrova",), "said")]),
    # A word or two set off before a verb of speech is an answer or a cry, not a title ...
    ('"Absolutely," Berg said when the council met.', [("quote", "Absolutely", ("Tomas Berg",), "said")]),
    ('"Never!" Petrova shouted back at the crowd.', [("quote", "Never!", ("Ana Petrova",), "shouted")]),
    # ... which what was written may be.
    ('"Harbour Lights," Berg wrote.', []),
])
def test_coordinated_speech_and_short_replies(paragraph, facts):
    assert [(f.kind, f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind in ("quote", "claim")] == facts


def test_quotation_in_a_speakers_description_does_not_go_on_the_quote():
    found = facts_of('"It was shameful," said Tomas Berg, a skipper who waited in an "extremely long line '
                     'snaking around the harbour for hours."')
    assert [f.text for f in found if f.kind == "quote"][0] == "It was shameful"


def test_quote_someone_else_says_inside_a_claim_is_kept():
    found = facts_of('When Petrova noted that the pier had failed twice, "we rebuilt it every time," Berg replied.')
    assert [(f.text, f.speakers) for f in found if f.kind == "quote"] == [
        ("we rebuilt it every time", ("Tomas Berg",))]


def test_two_quoted_words_in_narration_are_no_claim():
    assert facts_of('Petrova opened the "storm centre" in the old port.') == ()


def test_dateline_is_no_speaker():
    found = facts_of("LISBON: Ferries returned to the harbour after the storm.")
    assert [f for f in found if f.kind in ("quote", "claim")] == []


def test_scare_quotes_are_no_quote():
    assert facts_of('The so-called "smart meters" arrived in the spring.') == ()


SPEAKERS = st.sampled_from(["Petrova said", "said Berg", "the NGA wrote", "she added", "Berg told reporters"])
WORDS = st.lists(st.sampled_from(["the", "grid", "storm", "Lisbon", "port", "will", "never", "close", "again",
                                  "2", "million", "homes", "on", "Thursday", "that", "said", "half", "of"]),
                 min_size=1, max_size=12).map(" ".join)
PIECES = st.one_of(
    st.tuples(WORDS, SPEAKERS).map(lambda p: f'"{p[0]}," {p[1]}.'),
    st.tuples(SPEAKERS, WORDS).map(lambda p: f"{p[0]}: “{p[1]}.”"),
    st.tuples(SPEAKERS, WORDS).map(lambda p: f"{p[0]} that {p[1]}."),
    st.tuples(WORDS, WORDS).map(lambda p: f"{p[0].capitalize()}, according to {p[1]}."),
    st.tuples(WORDS, st.sampled_from(['"', "''", "“", "”", "«", "»", "―", ", ", ": "])).map("".join),
)
PARAGRAPHS = st.lists(st.lists(PIECES, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(PARAGRAPHS, st.lists(PIECES, min_size=1, max_size=2).map(" ".join))
def test_every_fact_is_the_articles_own_words(paragraphs, headline):
    source = article(*paragraphs, headline=headline)
    for fact in find_facts(source, MENTIONS):
        where = headline if fact.paragraph == 0 else paragraphs[fact.paragraph - 1]
        # A quotation broken by its attribution is its parts, each the article's words.
        assert fact.text and all(part in where for part in fact.text.split(" … "))


PAPERS = (
    Mention("Coastal Evening Times", "organisation", paragraphs=(1,)),
    Mention("Harbour Post", "organisation", paragraphs=(1,)),
    Mention("Valley Post", "organisation", paragraphs=(1,)),
    Mention("Ana Petrova", "person", aliases=("Petrova",), roles=("Energy Minister",), paragraphs=(1,)),
    Mention("Lena Holt", "person", aliases=("Holt",), roles=("Sen.",), paragraphs=(3,)),
    Mention("Ivo Marsh", "person", aliases=("Marsh",), roles=("Deputy Minister",), paragraphs=(3,)),
)


@pytest.mark.parametrize("paragraphs, text, speakers", [
    # A paper named in full is then called by the last word of its title.
    (("The Coastal Evening Times, the Harbour Post and the Valley Post all covered the storm.",
      "The Times said the harbour would stay closed until May."),
     "the harbour would stay closed until May", ("Coastal Evening Times",)),
    # Two papers end in 'Post': 'the Post' is neither.
    (("The Coastal Evening Times, the Harbour Post and the Valley Post all covered the storm.",
      "The Post said the harbour would stay closed until May."),
     "the harbour would stay closed until May", ()),
    # A description of the one person just named whose role it is.
    (("Energy Minister Ana Petrova toured the flooded substation on Monday.",
      "The visiting minister said the lines would be repaired by May."),
     "the lines would be repaired by May", ("Ana Petrova",)),
    # The title's short form ('Sen.') is the description's noun ('senator').
    (("The storm closed the port.", "Nobody was hurt.", "Sen. Lena Holt met Ana Petrova on Monday.",
      "The northern senator said the port would reopen in May."),
     "the port would reopen in May", ("Lena Holt",)),
    # Two ministers named just before: the description stays unresolved.
    (("The storm closed the port.", "Nobody was hurt.", "Ivo Marsh met Ana Petrova on Monday.",
      "The northern minister said the port would reopen in May."),
     "the port would reopen in May", ()),
    # No one named just before has that role.
    (("Energy Minister Ana Petrova toured the flooded substation on Monday.",
      "The northern senator said the lines would be repaired by May."),
     "the lines would be repaired by May", ()),
])
def test_short_forms_and_descriptions_name_the_speaker(paragraphs, text, speakers):
    facts = find_facts(article(*paragraphs), PAPERS)
    claim = next(f for f in facts if f.kind == "claim" and f.text == text)
    assert claim.speakers == speakers


@pytest.mark.parametrize("paragraph", [
    # Quoted words after a verb of moving someone say where, not what was said.
    'The Northern Grid Authority sent its engineers into "a flooded substation near the river" on Monday.',
    # Quoted words between a possessive and a name are a label.
    'Ana Petrova thanked her "tireless harbour master" Tomas Berg at the ceremony.',
])
def test_quoted_places_and_labels_in_narration_are_no_claim(paragraph):
    assert not [f for f in facts_of(paragraph) if f.kind in ("claim", "quote")]


@pytest.mark.parametrize("paragraph, speakers", [
    # Someone new to the text, described, speaks.
    ('One man wrote, "The pier was never safe and everyone on the coast knew it."', ("One man",)),
    ('Another pilot said: "The pier was never safe and everyone on the coast knew it."', ("Another pilot",)),
    # A party's member is written capitalised.
    ('"The pier was never safe and everyone on the coast knew it," said one Lisbon Democrat.',
     ("one Lisbon Democrat",)),
    # A definite description may be someone named before: it is left to the description rules.
    ('The pilot said: "The pier was never safe and everyone on the coast knew it."', ()),
])
def test_someone_described_beside_a_quotation_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


def test_title_set_before_its_singer_is_no_quote():
    assert not [f for f in facts_of('"Harbour Lights Tonight," Berg sang.') if f.kind == "quote"]


@pytest.mark.parametrize("paragraph, text, speakers", [
    ('"Keep the lights on for the fishermen," Petrova sang to the crowd.',
     "Keep the lights on for the fishermen", ("Ana Petrova",)),
    ('"Get away from the water now," Tomas Berg shouted.', "Get away from the water now", ("Tomas Berg",)),
    ('Tomas Berg yelled, "Get away from the water now!"', "Get away from the water now!", ("Tomas Berg",)),
    ('As Tomas Berg put it last year, "the sea always wins in the end."', "the sea always wins in the end.",
     ("Tomas Berg",)),
    ('The new advert uses footage of Tomas Berg asking, "Who will pay for the wall?"',
     "Who will pay for the wall?", ("Tomas Berg",)),
    ('Berg, a former harbour master, mocked the plan on Monday, tweeting, "Who will pay for the wall?"',
     "Who will pay for the wall?", ("Tomas Berg",)),
    ('"Who will pay for the wall?" Petrova demanded.', "Who will pay for the wall?", ("Ana Petrova",)),
    ('The port needs "a wall twice as high as the old one," as Petrova put it.',
     "a wall twice as high as the old one", ("Ana Petrova",)),
])
def test_quote_carried_by_a_verb_of_voice(paragraph, text, speakers):
    quote = next(f for f in facts_of(paragraph) if f.kind == "quote")
    assert (quote.text, quote.speakers) == (text, speakers)


@pytest.mark.parametrize("paragraph", [
    "Petrova sang the national anthem before the harbour reopened.",
    "Tomas Berg shouted orders to the crews as the water rose.",
])
def test_verb_of_voice_without_a_quotation_reports_no_words(paragraph):
    assert not [f for f in facts_of(paragraph) if f.kind in ("claim", "quote")]


@pytest.mark.parametrize("paragraph, text, speakers", [
    # Initials run together end no sentence.
    ('"The wall is too low," said Harbour Master T.J. Berg, who has run the port since 2020.',
     "The wall is too low", ("T.J. Berg",)),
])
def test_speaker_with_run_together_initials(paragraph, text, speakers):
    mentions = (Mention("T.J. Berg", "person", paragraphs=(1,)),)
    quote = next(f for f in find_facts(article(paragraph), mentions) if f.kind == "quote")
    assert (quote.text, quote.speakers) == (text, speakers)


def test_place_initials_may_end_a_sentence():
    facts = facts_of("Tomas Berg moved the fleet to the U.S. Petrova said the port would close in May.")
    claim = next(f for f in facts if f.kind == "claim")
    assert (claim.text, claim.speakers) == ("the port would close in May", ("Ana Petrova",))


@pytest.mark.parametrize("paragraph, quotes", [
    # Reported words that open with a whole quoted sentence say it.
    ('Tomas Berg told them "Stay off the pier!" and ran back to the harbour office.', ["Stay off the pier!"]),
    # A quoted phrase inside reported words is read with them ...
    ('The crowd chanted that "more light for the harbour" was owed to them.', []),
    # ... but a verb's quoted object with a second verb of its subject after it is a quote of its own.
    ('The crowd chanted "more light for the harbour" and kept marching until midnight.',
     ["more light for the harbour"]),
])
def test_quoted_sentence_opening_reported_words_is_a_quote(paragraph, quotes):
    assert [f.text for f in facts_of(paragraph) if f.kind == "quote"] == quotes


@pytest.mark.parametrize("paragraph, text, speakers", [
    # The relative's antecedent speaks: an unnamed architect, not the name before it.
    ("Tomas Berg was defensive when asked about the unpaid builder who said he was never paid for the pier.",
     "he was never paid for the pier", ()),
    ("The storm came early, said Tomas Berg, who added that the pier would hold until May.",
     "the pier would hold until May", ("Tomas Berg",)),
])
def test_speaker_of_a_relative_clause_is_its_antecedent(paragraph, text, speakers):
    claim = next(f for f in facts_of(paragraph) if f.kind == "claim" and f.text == text)
    assert claim.speakers == speakers


SHARED_SURNAME = (
    Mention("Ilse Varga", "person", aliases=("Varga",), paragraphs=(1, 3)),
    Mention("Carl Varga", "person", aliases=("Varga",), roles=("former mayor",), paragraphs=(1, 2, 3)),
    Mention("Tomas Berg", "person", aliases=("Berg",), paragraphs=(1,)),
    Mention("Ana Petrova", "person", aliases=("Petrova",), paragraphs=(1, 2)),
)


@pytest.mark.parametrize("paragraphs, text, speakers", [
    # Two people share the surname: the one who has just spoken is meant.
    (("Former mayor Carl Varga opened the pier on Monday with his wife Ilse Varga.",
      '"The pier will outlast us all," Carl Varga said.', '"It took ten years," Varga said.'),
     "It took ten years", ("Carl Varga",)),
    # Nobody has just spoken: the surname stays unresolved.
    (("Former mayor Carl Varga opened the pier on Monday with his wife Ilse Varga.",
      "The crowd cheered.", '"It took ten years," Varga said.'),
     "It took ten years", ()),
])
def test_shared_surname_is_the_one_who_has_just_spoken(paragraphs, text, speakers):
    quote = next(f for f in find_facts(article(*paragraphs), SHARED_SURNAME) if f.text == text)
    assert quote.speakers == speakers


@pytest.mark.parametrize("paragraphs, text, speakers", [
    # The one person the paragraph names before the pronoun, not the speaker before.
    (('"The port is closed," Tomas Berg said.',
      'Ana Petrova disagreed: "The port will open in May," she said.'),
     "The port will open in May", ("Ana Petrova",)),
    # A name after a preposition, or joined to one, is no subject: the speaker before goes on.
    (('"The port is closed," Tomas Berg said.',
      'The crowd turned to Ana Petrova and Carl Varga. "It stays closed," he said.'),
     "It stays closed", ("Tomas Berg",)),
    # A name inside the quotation does not speak it.
    (('"The port is closed," Tomas Berg said.', '"Ana Petrova is wrong," he said.'),
     "Ana Petrova is wrong", ("Tomas Berg",)),
    # Two people named, neither the speaker before: nobody is guessed.
    (('"The port is closed," Tomas Berg said.',
      'Ana Petrova and Carl Varga met on Monday. "It stays closed," he said.'),
     "It stays closed", ()),
    # A name just after a verb is its object.
    (('"The port is closed," Tomas Berg said.',
      'Carl Varga met Ana Petrova on Monday. "It stays closed," he said.'),
     "It stays closed", ("Carl Varga",)),
    # The paragraph spoke of a 'he' before naming anyone: the pronoun goes on with the speaker before.
    (('"The port is closed," Tomas Berg said.',
      'He joked about leaving if Carl Varga wins the vote. "It stays closed," he said.'),
     "It stays closed", ("Tomas Berg",)),
])
def test_pronoun_is_the_person_just_named(paragraphs, text, speakers):
    quote = next(f for f in find_facts(article(*paragraphs), SHARED_SURNAME) if f.text == text)
    assert quote.speakers == speakers


ROLES = (
    Mention("Ana Petrova", "person", aliases=("Petrova",), roles=("Energy Minister",), paragraphs=(1,)),
    Mention("Mira Holm", "person", aliases=("Holm",), roles=("spokeswoman",), paragraphs=(1,)),
    Mention("Lisbon", "place", paragraphs=(1, 2)),
)


@pytest.mark.parametrize("paragraphs, text, speakers", [
    # The spokeswoman the article has named.
    (('"We will reopen," said Mira Holm, a spokeswoman for the port.',
      "The spokeswoman said the ferries would run again in May."),
     "the ferries would run again in May", ("Mira Holm",)),
    # 'A spokeswoman for X' is someone else: the one described speaks, not the one named.
    (('"We will reopen," said Mira Holm, a spokeswoman for the port.',
      "A spokeswoman for Ana Petrova said the ferries would run again in May."),
     "the ferries would run again in May", ("A spokeswoman for Ana Petrova",)),
    # A place is the whole subject behind a word that only sets it off.
    (("The storm hit Lisbon on Monday.", "Even Lisbon said the ferries would run again in May."),
     "the ferries would run again in May", ("Lisbon",)),
    # A group after an opening phrase speaks as one at the head of the sentence does.
    (("On Wednesday, some Petrova aides said the ferries would run again in May.",),
     "the ferries would run again in May", ("some Petrova aides",)),
    # The members of a party and the people of a nation speak as a group.
    (("Some Democrats said the ferries would run again in May.",),
     "the ferries would run again in May", ("Some Democrats",)),
    (("The Norwegians insisted that the ferries would run again in May.",),
     "the ferries would run again in May", ("The Norwegians",)),
])
def test_descriptions_and_set_off_subjects(paragraphs, text, speakers):
    claim = next(f for f in find_facts(article(*paragraphs), ROLES) if f.text == text)
    assert claim.speakers == speakers


def test_paragraph_ending_in_a_colon_after_a_dated_opening_hands_the_quote_to_its_subject():
    found = facts_of("On March 3, 2030, Berg made the following remarks:",
                     '"The harbour will be open again by the end of the month."')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Tomas Berg",)]


@pytest.mark.parametrize("paragraphs, quotes", [
    # Left open, the quotation goes on in the next paragraph up to its closing mark.
    (('Berg said: "The harbour will be open again by the end of the month.',
      'The cranes will be back by June." The board agreed.'),
     [(1, "The harbour will be open again by the end of the month."),
      (2, "The cranes will be back by June.")]),
])
def test_stray_marks_at_a_paragraph_end(paragraphs, quotes):
    assert [(f.paragraph, f.text) for f in facts_of(*paragraphs) if f.kind == "quote"] == quotes


@pytest.mark.parametrize("paragraph, text, speakers", [
    # Reported words that are mostly a quotation give it their speaker.
    ("Opening the new pier, Petrova said the harbour would for many years honour the memory of its builders -- \"the divers, the welders, "
     "the crane drivers and every one of the families who waited for them on the shore through the long winter nights while the storms closed the port and the town.\"",
     "the divers, the welders, the crane drivers and every one of the families who waited for them on the shore through the long winter nights while the storms closed the port and the town.",
     ("Ana Petrova",)),
    # No one named for the reported words: the quotation keeps no speaker.
    ("Opening the new pier, the crowd said the harbour would for many years honour the memory of its builders -- \"the divers, the welders, "
     "the crane drivers and every one of the families who waited for them on the shore through the long winter nights while the storms closed the port and the town.\"",
     "the divers, the welders, the crane drivers and every one of the families who waited for them on the shore through the long winter nights while the storms closed the port and the town.",
     ()),
])
def test_quotation_framed_by_reported_words_is_their_speakers(paragraph, text, speakers):
    quote = next(f for f in facts_of(paragraph) if f.kind == "quote")
    assert (quote.text, quote.speakers) == (text, speakers)


@pytest.mark.parametrize("paragraph, speakers", [
    ('As Ms. Petrova put it in a letter to the harbour board in the first week of May, the harbour is '
     '"older than the town and just as stubborn."', ("Ana Petrova",)),
    ('As Berg said to the harbour board at its meeting in the first week of May, the pier is '
     '"the one thing that held in the storm."', ("Tomas Berg",)),
    # The verb after the opening phrase has its own subject.
    ('As Berg said goodbye, Petrova said: "the one thing that held in the storm is the pier."', ("Ana Petrova",)),
])
def test_as_someone_put_it_names_the_speaker(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # A signature closing the paragraph signs every quotation in it.
    ('“The pier held. We slept there for two nights.” And then: “The town owes the divers.” ― Tomas Berg',
     [("Tomas Berg",), ("Tomas Berg",)]),
    # A quotation with a verb of its own keeps its own speaker.
    ('“The pier held,” Petrova said. “The town owes the divers.” ― Tomas Berg',
     [("Ana Petrova",), ("Tomas Berg",)]),
])
def test_signature_signs_its_paragraph(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == speakers


@pytest.mark.parametrize("paragraph, claims", [
    # After a possessive or a preposition a cue word is a noun: no claim.
    ("Tomas Berg has responded with attacks on the board, including Monday’s tweets about the pier.", []),
    ("Petrova spoke on Monday after the storm, in which a series of reports criticizing the harbour board appeared.",
     []),
    # A contraction is no possessive: 'who’s called for' is a verb.
    ("It became an issue, with Tomas Berg — who’s called for a new pier.", ["a new pier"]),
    ("Tomas Berg tweets that the harbour board should resign.", ["the harbour board should resign"]),
])
def test_cue_word_as_a_noun_is_no_claim(paragraph, claims):
    assert [f.text for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, text, speakers", [
    # An attribution closing a sentence that opens with a phrase reports all of it.
    ("But the pier was never meant to carry trucks, a harbour official said.",
     "But the pier was never meant to carry trucks", ("a harbour official",)),
    ("After the storm, the pier will be rebuilt in stone, Berg said on Monday.",
     "After the storm, the pier will be rebuilt in stone", ("Tomas Berg",)),
    # A long description may follow the speaker's name.
    ("The ferries will run again by May, said Tomas Berg, a harbour master who has run the port for the "
     "Northern Grid Authority since the first storms of the decade closed it.",
     "The ferries will run again by May", ("Tomas Berg",)),
    # What closes such a sentence is no attribution unless it names a speaker.
    ("But in May, the pier failed as predicted.", None, None),
])
def test_closing_attribution_after_an_opening_phrase(paragraph, text, speakers):
    claims = [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"]
    assert claims == ([(text, speakers)] if text else [])


@pytest.mark.parametrize("paragraph, claims", [
    # A pronoun closing a sentence that opens with a conjunction reports all of it.
    ("Berg inspected the harbour on Monday. But the pier was never meant to carry trucks, he said.",
     [("But the pier was never meant to carry trucks", ("Tomas Berg",))]),
    ("Berg inspected the harbour on Monday. And the crews will stay until May, he said on Tuesday.",
     [("And the crews will stay until May", ("Tomas Berg",))]),
    # A pronoun set inside the sentence leaves an opening clause the writer's.
    ("Berg inspected the harbour on Monday. When the storm came, he said, the crews left the pier.",
     [("the crews left the pier", ("Tomas Berg",))]),
])
def test_pronoun_closing_a_sentence_after_an_opening_phrase(paragraph, claims):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, speakers", [
    # A person's name before the people who work for them says whose they are, not who spoke:
    # those people speak, described as the text describes them.
    ("The Petrova campaign said the port would reopen in May.", ("The Petrova campaign",)),
    ("Berg aides said the port would reopen in May.", ("Berg aides",)),
    ("A Berg family spokesman said the port would reopen in May.", ("A Berg family spokesman",)),
    # An organisation speaks through its officials.
    ("A Northern Grid Authority official said the port would reopen in May.", ("Northern Grid Authority",)),
    ("Berg said the port would reopen in May.", ("Tomas Berg",)),
])
def test_people_named_by_whose_they_are_are_not_that_person(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


def test_subject_after_a_colon_speaks():
    found = facts_of("The news that the harbour board had ignored two warnings set off another bitter row in the town on "
                     "Friday: Petrova said the port had been warned twice.")
    assert [(f.text, f.speakers) for f in found if f.kind == "claim"] == [
        ("the port had been warned twice", ("Ana Petrova",))]


@pytest.mark.parametrize("paragraph, speakers", [
    # A pronoun subject: the name after its verb is an object, not the speaker.
    ("They checked the Northern Grid Authority–which keeps a tally of outages–and found there had been "
     "“forty outages in two months” between May and June.", ()),
    ("The Northern Grid Authority checked its logs–which go back to 1990–and found there had been "
     "“forty outages in two months” between May and June.", ("Northern Grid Authority",)),
])
def test_names_after_a_pronoun_subject_are_objects(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind in ("quote", "claim")] == [speakers]


@pytest.mark.parametrize("paragraph, claims", [
    # Quoted words the sentence gives to someone else are not its subject's: they are that one's.
    ("The Northern Grid Authority seized on Berg’s claim that there had been “forty outages in two months” "
     "in the north.", [("that there had been “forty outages in two months” in the north", ("Tomas Berg",))]),
    ("Petrova mocked the pier as sitting in the “suburbs of the old harbour”.",
     [("the pier as sitting in the “suburbs of the old harbour”", ("Ana Petrova",))]),
])
def test_framed_quote_of_someone_elses_words(paragraph, claims):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # An aside between commas after the name is no part of the subject.
    ("Tomas Berg, for his part, is labeling the ferry plan “a reckless gamble with public money.”",
     [("the ferry plan “a reckless gamble with public money.”", ("Tomas Berg",), "labeling")]),
    ("Ana Petrova, touring the docks after the storm, is pledging to “rebuild every pier” by the summer.",
     [("to “rebuild every pier” by the summer", ("Ana Petrova",), "pledging")]),
    # An opening phrase and a clause set between commas are no name and its aside.
    ("In June, after the storm, Berg opened the “new pier” to boats.", []),
])
def test_framed_quote_of_a_subject_with_an_aside(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A word or two the subject casts its object as is the subject's, whatever the verb.
    ("Petrova greeted the ferry deal as a “breakthrough.”",
     [("the ferry deal as a “breakthrough.”", ("Ana Petrova",), "greeted")]),
    ("Berg painted the new budget as “reckless” in his speech.",
     [("the new budget as “reckless” in his speech", ("Tomas Berg",), "painted")]),
    # Without 'as', a word or two in quotation marks after such a verb is the writer's.
    ("Petrova opened the “storm centre” on Monday.", []),
])
def test_framed_quote_of_a_word_the_object_is_cast_as(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("opening", ["But", "And", "Then", "Yet", "And then"])
def test_pronoun_subject_after_a_joining_word_speaks(opening):
    found = facts_of("Ana Petrova spoke for an hour.", f"{opening} she said the pier would hold until the spring.")
    assert [(f.text, f.speakers) for f in found if f.kind == "claim"] == [
        ("the pier would hold until the spring", ("Ana Petrova",))]


@pytest.mark.parametrize("paragraph", [
    "Petrova spoke for an hour, before insisting that the pier would hold until the spring.",
    "Petrova spoke for an hour, while adding that the pier would hold until the spring.",
    "Petrova spoke for an hour before insisting that the pier would hold until the spring.",
    "Petrova left the hall after saying that the pier would hold until the spring.",
])
def test_participle_of_speech_after_a_word_of_time_is_the_subjects(paragraph):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"] == [
        ("the pier would hold until the spring", ("Ana Petrova",))]


def test_participle_after_a_quotations_attribution_goes_on_with_its_speaker():
    found = facts_of("“The port is in danger,” Petrova told reporters, before insisting she had a “good "
                     "relationship” with the crews.")
    assert [(f.kind, f.text, f.speakers) for f in found if f.kind in ("quote", "claim")] == [
        ("quote", "The port is in danger", ("Ana Petrova",)),
        ("claim", "she had a “good relationship” with the crews", ("Ana Petrova",))]


def test_clause_about_someone_elses_words_is_the_subjects():
    found = facts_of("The Northern Grid Authority ruled that Berg’s claim of “forty outages in two months” was wrong.")
    assert [f.speakers for f in found if f.kind == "claim"] == [("Northern Grid Authority",)]


@pytest.mark.parametrize("paragraph, speakers", [
    # A verb after 'and' shares the clause's subject, not the name nearest to it.
    ("Tomas Berg visited Ana Petrova on Monday and said the harbour would stay closed.", ("Tomas Berg",)),
    ("The Northern Grid Authority on Friday made a strong statement about the storm damage along the whole "
     "northern coast and pledged to restore power to what it called “every home in the region.”",
     ("Northern Grid Authority",)),
    # ... but inside a relative clause it is the relative's.
    ("Petrova explained how important it is to calm the town by pushing a new plan which helps the fishermen "
     "and demands respect and patience.", ()),
    # A name after a preposition and a title is no subject ('a spokesman for Mayor X').
    ("A spokesman for Mayor Ana Petrova defended the plan and said the harbour would stay closed.",
     ("A spokesman for Mayor Ana Petrova",)),
])
def test_coordinated_verb_shares_the_subject(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind in ("quote", "claim")][-1:] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # An adverb between the subject and the verb is no part of the subject.
    ("At the meeting in Lisbon on Monday, Tomas Berg, the harbour master of the northern port, firmly told a "
     "fisherman who asked about the storm that “the pier will be open again before the first of May.”",
     ("Tomas Berg",)),
    # A name ending in -ly is a name.
    ("Her colleague, Anne Kelly, told the fishermen that “the pier will be open again before May.”",
     ("Anne Kelly",)),
])
def test_adverb_before_the_verb_is_no_part_of_the_subject(paragraph, speakers):
    mentions = MENTIONS + (Mention("Anne Kelly", "person", aliases=("Kelly",), paragraphs=(1,)),)
    found = find_facts(article(paragraph), mentions)
    assert [f.speakers for f in found if f.kind == "quote"] == [speakers]


def test_quote_of_an_unnamed_source_does_not_carry_on_the_speaker_before():
    found = facts_of('"The port is closed," Tomas Berg said.',
                     '"The board has been hiding the permits for years," said one harbour official.')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Tomas Berg",), ("one harbour official",)]


def test_pronoun_after_an_inverted_attribution_is_its_speaker():
    found = facts_of('"The port is closed," Tomas Berg said.',
                     'The storm is over, said Ana Petrova, the minister. "We will reopen in May," she said.')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Tomas Berg",), ("Ana Petrova",)]


@pytest.mark.parametrize("paragraph, claims", [
    # A plural noun after a verb is its object, not a verb of speech.
    ("Petrova scrutinized reports like the 2030 harbour survey, which tied the storms to the warm sea.", []),
    ("The NGA aired a film showing Berg making remarks seen by many as unkind to the harbour crews.", []),
    # A preposition before a gerund belongs to the verb: no attribution closes the sentence.
    ("The board learned again that no matter the storm, Tomas Berg will insist on being Tomas Berg.", []),
    ("The board will meet again in May, Tomas Berg said on Monday.",
     [("The board will meet again in May", ("Tomas Berg",))]),
    ("The board will meet again in May, a spokesman for the port announced Monday morning.",
     [("The board will meet again in May", ("a spokesman for the port",))]),
])
def test_objects_and_complements_are_no_cues(paragraph, claims):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"] == claims


def test_pronoun_goes_on_with_a_person_not_a_body():
    found = facts_of('"The port is closed," the Northern Grid Authority said.', '"It stays closed," he said.')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Northern Grid Authority",), ()]


@pytest.mark.parametrize("paragraph, fact, speakers", [
    # A group that speaks as its sentence's subject is the speaker of what it says.
    ("Police say the driver had fled before the crash.", "the driver had fled before the crash", ("Police",)),
    ("Protesters chanted \"We will not go home tonight!\" outside the hall.", "We will not go home tonight!",
     ("Protesters",)),
    ("Republicans have said the budget will pass by the end of the month.",
     "the budget will pass by the end of the month", ("Republicans",)),
    ("Ada Kwan toured the port on Monday. The Kwan campaign says the tour will go on all week.",
     "the tour will go on all week", ("Kwan campaign",)),
])
def test_group_speaks_as_the_subject(paragraph, fact, speakers):
    text = article(paragraph)
    found = find_facts(text, find_actors(text))
    assert [f.speakers for f in found if f.text == fact] == [speakers]


@pytest.mark.parametrize("paragraph, claims", [
    # A second subject with its own verb of speech says what follows it, not the first speaker.
    ("Petrova said the grid held through the storm and Berg accused the NGA of cutting corners.",
     [("the grid held through the storm", ("Ana Petrova",)),
      ("the NGA of cutting corners", ("Tomas Berg",))]),
    # ... and the subject after 'but' is the one who speaks, not the one before the comma.
    ("Berg urged the crews to stay in port, but Petrova told reporters the storm had passed.",
     [("the storm had passed", ("Ana Petrova",))]),
    ("The harbour stayed shut for a week, while Petrova insisted the grid had held.",
     [("the grid had held", ("Ana Petrova",))]),
    # Two subjects of one reported clause are not a clause that ends at 'and'.
    ("Petrova said that the harbour master and Berg accused the NGA of cutting corners.",
     [("the harbour master and Berg accused the NGA of cutting corners", ("Ana Petrova",))]),
    # The same subject's words joined by 'and' stay one claim.
    ("Petrova said the grid held and the lines were repaired by Friday.",
     [("the grid held and the lines were repaired by Friday", ("Ana Petrova",))]),
])
def test_second_subject_says_its_own_words(paragraph, claims):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraphs, fact, speakers", [
    # A description whose every word the article gives one person before names that person.
    (("Republican presidential nominee Ada Kwan spoke in Leeds on Monday.", "Tom Berg, the mayor, said little.",
      "The Republican nominee said the port would stay open all winter."),
     "the port would stay open all winter", ("Ada Kwan",)),
    (("Crowds met Indiana Gov. Ada Kwan at the pier.", "Tom Berg, the mayor, said little.",
      "The Indiana governor said the port would stay open all winter."),
     "the port would stay open all winter", ("Ada Kwan",)),
    # ... also as the subject of a second verb, an adverb set aside ('also toured ... and warned').
    (("Crowds met Indiana Gov. Ada Kwan at the pier.", "Tom Berg, the mayor, said little.",
      "The Indiana governor also toured the docks and warned that the port would stay open all winter."),
     "the port would stay open all winter", ("Ada Kwan",)),
    # A role with a word that makes it another ('vice') is not the description's.
    (("Democratic vice presidential nominee Ada Kwan spoke in Leeds on Monday.", "Tom Berg, the mayor, said little.",
      "The Democratic presidential nominee said the port would stay open all winter."),
     "the port would stay open all winter", ()),
    # Two people the description fits: neither is named.
    (("Republican nominee Ada Kwan met Republican nominee Ivo Marsh in Leeds.", "Tom Berg, the mayor, said little.",
      "The Republican nominee said the port would stay open all winter."),
     "the port would stay open all winter", ()),
])
def test_description_stated_for_one_person(paragraphs, fact, speakers):
    text = article(*paragraphs)
    found = find_facts(text, find_actors(text))
    assert [f.speakers for f in found if f.text == fact] == [speakers]


@pytest.mark.parametrize("paragraphs, speakers", [
    # A bare description names the one person the article gives that role, named before it ...
    (("Sen. Lena Holt spoke in Leeds on Monday.", "Tom Berg, the mayor, said little.", "Nobody was hurt.",
      "The senator said the port would stay open all winter."), ("Lena Holt",)),
    # ... not when two hold it, nor when someone just named holds no office the text states.
    (("Sen. Lena Holt met Sen. Ivo Marsh in Leeds.", "Nobody was hurt.",
      "The senator said the port would stay open all winter."), ()),
    (("Sen. Lena Holt spoke in Leeds on Monday.", "Tom Berg opened the pier.",
      "The senator said the port would stay open all winter."), ()),
    (("Sen. Lena Holt spoke in Leeds on Monday.", "Tom Berg, the actor, opened the pier.",
      "The senator said the port would stay open all winter."), ()),
    # A role with a word that makes it another is not the bare description's.
    (("Vice President Lena Holt spoke in Leeds on Monday.", "Nobody was hurt.",
      "The president said the port would stay open all winter."), ()),
])
def test_bare_description_names_the_one_holder_of_its_role(paragraphs, speakers):
    text = article(*paragraphs)
    found = find_facts(text, find_actors(text))
    assert [f.speakers for f in found if f.text == "the port would stay open all winter"] == [speakers]


@pytest.mark.parametrize("paragraphs, note", [
    (("Sen. Lena Holt met Sen. Ivo Marsh in Leeds.", "The senator said the port would stay open all winter."),
     "the description 'The senator' is tied to no one person the article names"),
    (("Lena Holt spoke in Leeds.", "The Democratic front-runner said on Monday that the port would stay open all winter."),
     "the description 'The Democratic front-runner' is tied to no one person the article names"),
    (("Lena Holt spoke in Leeds.", "In the hall they said the port would stay open all winter."),
     "the words naming the speaker name no actor of the article"),
])
def test_a_description_left_without_a_speaker_says_so(paragraphs, note):
    text = article(*paragraphs)
    found = find_facts(text, find_actors(text))
    assert [f.speaker_note for f in found if f.text == "the port would stay open all winter"] == [note]


VERB_FORMS = st.lists(st.text(alphabet="ais", min_size=1, max_size=3), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=1000)
@given(st.sets(VERB_FORMS, min_size=1, max_size=8), st.text(alphabet="ais \n", max_size=16))
def test_a_letter_tree_matches_what_the_words_longest_first_match(words, text):
    tree = re.compile(letter_tree(words))
    plain = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)))
    for at in range(len(text) + 1):
        mine, theirs = tree.match(text, at), plain.match(text, at)
        assert (mine and mine.group()) == (theirs and theirs.group())


@pytest.mark.parametrize("paragraphs, kind, text, speakers", [
    # A reporting verb of the lexicons, with a 'that' clause.
    (("Tomas Berg lamented that the harbour would stay closed all winter.",),
     "claim", "the harbour would stay closed all winter", ("Tomas Berg",)),
    # A manner-of-speaking verb after a quotation, and a verb of two words.
    (('"The cranes are twenty years old," Tomas Berg fumed.',), "quote", "The cranes are twenty years old",
     ("Tomas Berg",)),
    (('"And nobody asked the crews," Ana Petrova chimed in.',), "quote", "And nobody asked the crews",
     ("Ana Petrova",)),
    # What a notice says, read out.
    (('"The port will stay shut until May, and the crews will go home," Tomas Berg read.',), "quote",
     "The port will stay shut until May, and the crews will go home", ("Tomas Berg",)),
])
def test_verbs_of_speech_from_the_lexicons(paragraphs, kind, text, speakers):
    found = [f for f in facts_of(*paragraphs) if f.kind == kind and f.text == text]
    assert [f.speakers for f in found] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    ("Aides to Ana Petrova said the ferries would run again in May.", ("Aides to Ana Petrova",)),
    ("People familiar with the talks said the ferries would run again in May.",
     ("People familiar with the talks",)),
    ("A new harbour board poll showed that most residents want the ferries back.", ("A new harbour board poll",)),
    ("Rival harbour candidates argued that the ferries cost too much.", ("Rival harbour candidates",)),
    ("A court filing released on Monday says that the ferries ran without permits.",
     ("A court filing released on Monday",)),
    # Those around someone speak for themselves, not as that person.
    ("Petrova's team said the ferries would run again in May.", ("Petrova's team",)),
    ("The Berg camp said the ferries would run again in May.", ("The Berg camp",)),
    # A share of a group speaks for its part.
    ("Two-thirds of the harbour workers said the ferries would run again in May.",
     ("Two-thirds of the harbour workers",)),
    ("Sixty percent of voters said the ferries would run again in May.", ("Sixty percent of voters",)),
    ("Most of the harbour workers have already said the ferries would run again in May.",
     ("Most of the harbour workers",)),
    # A phrase that opens the sentence, or a clause, is no description of a source.
    ("While critics waited, Berg said the ferries would run again in May.", ("Tomas Berg",)),
    ("He met with officials and said the ferries would run again in May.", ()),
])
def test_a_described_source_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # Someone a named actor has speaks for themselves, whatever the noun.
    ("Tomas Berg’s campaign manager says the ferries will run again in May.", ("Tomas Berg’s campaign manager",)),
    ("Minutes after the vote, Lisbon’s delegation chairman announced that the ferries would run again.",
     ("Lisbon’s delegation chairman",)),
    ("The Northern Grid Authority's chief engineer warned that the lines would fail.",
     ("Northern Grid Authority's chief engineer",)),
    # A helper of the verb is no part of the source; an owner the article does not name is none.
    ("Berg’s younger sister has said the ferries will run again in May.", ("Berg’s younger sister",)),
    ("Harbour’s younger sister said the ferries will run again in May.", ()),
])
def test_someone_a_named_actor_has_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # Someone or something new to the text, described, speaks as the text describes it.
    ("A producer for Harbour Studios told the Ledger on Tuesday that Berg canceled an interview.",
     ("A producer for Harbour Studios",)),
    ("One columnist at the Ledger wrote that the pier was unsafe for every ship.",
     ("One columnist at the Ledger",)),
    ("A projection from the harbour board shows that the pier will be full by May.",
     ("A projection from the harbour board",)),
    # A plan, a time or a clause is no one who speaks.
    ("A plan from the harbour board says the pier will close in May.", ()),
    ("A week later the crews said the pier was unsafe for every ship.", ()),
])
def test_someone_new_to_the_text_described_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # When or how a described source spoke, set before its verb, is no part of it.
    ("The Berg campaign on Tuesday responded that the ferries would run again in May.", ("The Berg campaign",)),
    ("The harbour board in a statement said that the ferries would run again in May.", ("The harbour board",)),
    ("Tomas Berg’s spokeswoman last week said that the ferries would run again in May.",
     ("Tomas Berg’s spokeswoman",)),
])
def test_a_described_source_speaks_before_when_it_spoke(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # A share of those asked speaks for its part, with or without what it is a share of.
    ("Sixty-six percent said the ferries made no difference to them.", ("Sixty-six percent",)),
    ("Nearly half said they would take the ferry again in May.", ("Nearly half",)),
    ("About four in 10 harbour pilots say that the pier is unsafe.", ("About four in 10 harbour pilots",)),
    ("Thirty-four percent of those surveyed say the pier is unsafe.", ("Thirty-four percent of those surveyed",)),
    ("Less than a quarter agreed with the board that the pier should close.", ("Less than a quarter",)),
    # A share that is the subject of another clause says nothing.
    ("Half the crew left early and the rest said the pier was unsafe.", ()),
])
def test_a_share_of_those_asked_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # 'According to' names its source, an actor of the article or not.
    ("The pier will reopen in May, according to a survey of Lisbon harbour pilots.",
     ("a survey of Lisbon harbour pilots",)),
    ("According to a new survey, the pier will reopen in May.", ("a new survey",)),
    ("According to the NGA, the pier will reopen in May.", ("Northern Grid Authority",)),
    # A pronoun stands for a source the phrase does not name.
    ("The pier will reopen in May, according to him.", ()),
    # A clause after it is no source.
    ("The pier will reopen in May, according to what the pilots were told.", ()),
])
def test_according_to_names_its_source(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"] == [speakers]


@pytest.mark.parametrize("paragraphs, speakers", [
    # A name no actor holds, given as the subject, speaks.
    (("''The pier should close,'' Ms. Lind said by telephone.",), ("Ms. Lind",)),
    (("The pier should close, said Lars Eck, a pilot.",), ("Lars Eck",)),
    # One word must be written as a name inside a sentence somewhere in the article.
    (("Eckhart said the pier should close.", "The pilots met Eckhart on Monday."), ("Eckhart",)),
    (("Harbours said the pier should close.",), ()),
    # ... or after a first name.
    (("Eckhart said the pier should close.", "Anna Eckhart runs the ferry."), ("Eckhart",)),
    # A word that opens a phrase, a pronoun or a people's adjective is no name.
    (("In Lisbonne, officials said the pier should close.",), ("officials",)),
    (("Danish said the pier should close.", "The Danish crews left."), ()),
    # Where two people share the surname, the text does not say which one spoke.
    (("Anna Berg met Ola Berg.", "Mr. Berg said the pier should close."), ()),
])
def test_a_name_no_actor_holds_speaks(paragraphs, speakers):
    mentions = (Mention("Anna Berg", "person", aliases=(), paragraphs=(1,)),
                Mention("Ola Berg", "person", aliases=(), paragraphs=(1,)))
    claims = [f for f in find_facts(article(*paragraphs), mentions) if f.kind in ("claim", "quote")]
    assert [f.speakers for f in claims if "close" in f.text] == [speakers]


def test_a_source_according_to_is_an_actor_of_its_own():
    source = article("The pier will reopen in May, according to a survey of harbour pilots.")
    mentions = (Mention("Tomas Berg", "person", aliases=("Berg",)),)
    described = described_speakers(find_facts(source, mentions), mentions)
    assert [(m.name, m.kind, m.affiliations, m.local) for m in described] == [
        ("a survey of harbour pilots", "other", (), True)]


@pytest.mark.parametrize("paragraph, name, of_its_article", [
    # A group named by whom it belongs to is one group in every article ...
    ("Berg aides said the port would reopen in May.", "Berg aides", False),
    ("The Berg campaign said the port would reopen in May.", "The Berg campaign", False),
    # ... one of its people, or a description, is someone of this article alone.
    ("A Berg aide said the port would reopen in May.", "A Berg aide", True),
    ("Two Berg aides said the port would reopen in May.", "Two Berg aides", True),
])
def test_a_described_source_is_an_actor_linked_to_the_names_it_holds(paragraph, name, of_its_article):
    mentions = (Mention("Tomas Berg", "person", aliases=("Berg",)),)
    described = described_speakers(find_facts(article(paragraph), mentions), mentions)
    assert [(m.name, m.kind, m.affiliations, m.local) for m in described] == [
        (name, "other", ("Tomas Berg",), of_its_article)]


@pytest.mark.parametrize("paragraph, name, of_its_article", [
    # A name no actor holds is the same speaker in every article that gives it ...
    ("As reported by Western Courier, the port will reopen in May.", "Western Courier", False),
    ("As reported by Friends of the Harbour, the port will reopen in May.", "Friends of the Harbour", False),
    # ... a description, a person by a title alone, is someone of this article.
    ("As reported by the local paper, the port will reopen in May.", "the local paper", True),
    ("As reported by Ms. Quill, the port will reopen in May.", "Ms. Quill", True),
])
def test_a_speaker_by_a_name_no_actor_holds_is_one_speaker_across_articles(paragraph, name, of_its_article):
    mentions = (Mention("Tomas Berg", "person", aliases=("Berg",)),)
    described = described_speakers(find_facts(article(paragraph), mentions), mentions)
    assert [(m.name, m.local) for m in described] == [(name, of_its_article)]


@pytest.mark.parametrize("paragraph, speakers", [
    ('The board met on Monday, with Tomas Berg saying, "The port will stay closed until May."', ("Tomas Berg",)),
    ('The board met on Monday, Ana Petrova adding: "The port will stay closed until May."', ("Ana Petrova",)),
])
def test_absolute_phrase_names_who_speaks(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    ('Petrova, on the radio: "The port will stay shut until May."', [("Ana Petrova",)]),
    ('Tomas Berg: "The port will stay shut until May."', [("Tomas Berg",)]),
    # A place labels no quotation.
    ('Lisbon: "The port will stay shut until May."', []),
])
def test_a_name_and_a_colon_label_a_quotation(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote" and f.speakers] == speakers


@pytest.mark.parametrize("paragraphs, note", [
    (('The cranes stood idle. "The port will stay shut until May, and the crews will go home."',),
     "no speaker named in the sentence"),
    (('"The port will stay shut until May," he said.',), "a pronoun no one named before resolves"),
    (('"The port will stay shut until May," Ivo Brand’s cousin said.',),
     "the words naming the speaker name no actor of the article"),
    (('"The port will stay shut until May," Tomas Berg said.',), ""),
])
def test_why_a_quote_has_no_speaker(paragraphs, note):
    assert [f.speaker_note for f in facts_of(*paragraphs) if f.kind == "quote"] == [note]


def test_have_long_stands_between_a_subject_and_its_verb():
    found = facts_of("Harbour officials have long argued that the ferries run too fast.")
    assert [(f.text, f.speakers) for f in found if f.kind == "claim"] == [
        ("the ferries run too fast", ("Harbour officials",))]


def test_names_joined_by_and_label_a_quotation_after_a_dash():
    found = facts_of('PORT NEWS - Tomas Berg and Ana Petrova: "The port will stay shut until May."')
    assert [f.speakers for f in found if f.kind == "quote"] == [("Tomas Berg", "Ana Petrova")]


@pytest.mark.parametrize("paragraph, speakers", [
    ('"The port will stay shut until May," the ferry captain said.', ("the ferry captain",)),
    ('"The port will stay shut until May," said a woman in the crowd.', ("a woman in the crowd",)),
    # A named speaker comes first; a pronoun is no description.
    ('"The port will stay shut until May," the harbour master said.', ("Tomas Berg",)),
])
def test_a_quotation_attributed_to_a_description(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # Whom the words were told is never their speaker.
    ('"The port will reopen in May," the harbour master, Tomas Berg, told the Northern Grid Authority.',
     [("Tomas Berg",)]),
    ("The port will reopen in May, the harbour master, Tomas Berg, told the Northern Grid Authority.", []),
])
def test_the_listener_after_told_does_not_speak(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind in ("quote", "claim")] == speakers


@pytest.mark.parametrize("paragraph", [
    "Tomas Berg would not say that the port was safe.",
    "Berg never said that the pier had been sold.",
    "Berg declined to say whether the council had been told.",
    "Tomas Berg refused to say that the fire was started on purpose.",
    "Berg didn't say that the ferry would stop.",
    "Petrova cannot say that the lines were repaired in time.",
])
def test_words_someone_would_not_say_are_no_claim_of_theirs(paragraph):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "claim"
            and {"Tomas Berg", "Ana Petrova"} & set(f.speakers)] == []


def test_a_denial_reported_by_another_is_theirs():
    found = facts_of("Berg never said that the pier had been sold, his lawyer told reporters.")
    assert [(f.kind, f.speakers) for f in found if f.kind == "claim"] == [("claim", ("his lawyer",))]


def test_a_surname_is_read_as_a_son_s_as_well_as_his_father_s():
    text = article("Tom Berg Jr. said on Monday that the fees would rise.", '"We have no choice," Berg said.')
    mentions = (Mention("Tom Berg Jr.", "person", paragraphs=(1,)),)
    quotes = [f for f in find_facts(text, mentions) if f.kind == "quote"]
    assert [f.speakers for f in quotes] == [("Tom Berg Jr.",)]



@pytest.mark.parametrize("text", [
    "But if the letters show that she lied, the mayor could face an inquiry.",
    "Unless the board says that the pier is safe, it stays shut.",
    "Even if Anna Berg says that the pier is safe, it stays shut.",
])
def test_what_a_condition_supposes_someone_would_say_is_no_claim(text):
    page = article(text)
    assert not find_facts(page, tuple(find_actors(page)))


def test_a_quotation_with_an_attribution_of_its_own_carries_on_no_earlier_speaker():
    page = article("Anna Berg said that the pier was unsafe.",
                   "\u201cI can only tell you that the account sent a number of messages,\u201d said one source who "
                   "spoke on the condition of anonymity because of the nature of the inquiry.")
    quotes = [f for f in find_facts(page, tuple(find_actors(page))) if f.kind == "quote"]
    assert len(quotes) == 1 and "Anna Berg" not in quotes[0].speakers


@pytest.mark.parametrize("after, speaker", [
    # A described speaker and what is said of it: the description speaks.
    ("said one official who spoke on the condition of anonymity because of the nature of the inquiry.",
     "one official"),
    ("said a harbour official who asked not to be named because she was not allowed to speak.",
     "a harbour official"),
    # Whom the relative clause names is someone else.
    ("said a lawyer who represents Tom Lund.", "a lawyer"),
    ("said Tom Lund, who represents the crews.", "Tom Lund"),
])
def test_a_relative_clause_after_a_speaker_describes_it_and_names_no_speaker(after, speaker):
    page = article("Anna Berg said that the pier was unsafe.", f"\u201cThe pier is unsafe,\u201d {after}")
    quotes = [f for f in find_facts(page, tuple(find_actors(page))) if f.kind == "quote"]
    assert [f.speakers for f in quotes] == [(speaker,)]


# The plain forms the quicker patterns were written from: each must read every sentence as it did.
LAZY_SAID_INSIDE = re.compile(re.sub(r"\^\(\?P<head>.*?\) ,\\s\+",
                                     lambda _: r"^(?P<head> (?:[^,;:\"“”]|(?<=\d),(?=\d{3})){2,}? ) ,\s+",
                                     fp.SAID_INSIDE.pattern, count=1, flags=re.DOTALL), fp.SAID_INSIDE.flags)
_VERB_AT = fp.SUBJECT.pattern.index("(?= (?: is|was")
_VERB_LIKE = fp.SUBJECT.pattern[_VERB_AT:]
_VERB_LIKE = _VERB_LIKE[:_VERB_LIKE.index(")\\b )") + len(")\\b )")]
PLAIN_ORDER_SUBJECT = re.compile(
    fp.SUBJECT.pattern[:_VERB_AT]
    + "(?!(?:" + "|".join(sorted(V.PEOPLE_PLURALS)) + ")\\b)" + _VERB_LIKE, fp.SUBJECT.flags)
SENTENCE_PIECES = ["The pier", ", ", "1,200", " jobs", "Roe said", "she told the Ledger", " is safe", "; ", ": ",
                   "“all", "\"", "Lund aides said", " officials", " aidess", "On May 6", "A", " ", ",", "5", "400"]
SENTENCES = st.lists(st.sampled_from(SENTENCE_PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
@example("The 1,200 jobs, Roe said, are gone.")
@example("The pier, she told the Ledger, is safe.")
def test_said_inside_reads_its_head_in_runs_as_the_lazy_form_does(sentence):
    quick, plain = fp.SAID_INSIDE.match(sentence), LAZY_SAID_INSIDE.match(sentence)
    assert (quick and quick.groupdict()) == (plain and plain.groupdict())


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
@example("Lund aides said the pier is safe.")
@example("Lund aidess said the pier is safe.")
@example("On May 6, 2015, the harbour officials warned of storms.")
def test_subject_checks_for_a_plural_only_where_a_verb_like_word_stands_and_reads_as_before(sentence):
    quick, plain = fp.SUBJECT.match(sentence), PLAIN_ORDER_SUBJECT.match(sentence)
    assert (quick and quick.groupdict()) == (plain and plain.groupdict())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a source", " who", " that", "who", "that", " ", "\n", "s", "told him"]),
                max_size=10).map("".join))
@example("he had a source who")
@example("the clerk said that\n")
def test_every_text_ends_in_relative_matches_ends_as_relative_ends_say(words):
    assert not fp.ENDS_IN_RELATIVE.search(words) or words.endswith(fp.RELATIVE_ENDS)


@pytest.mark.parametrize("sentence, words", [
    ("The Mayor said: “No.”", {"the", "mayor", "said", "no"}),
    ("Roe, 41, vowed to stay.", {"roe", "41", "vowed", "to", "stay"}),
])
def test_sentence_words_are_its_lower_case_words_without_punctuation(sentence, words):
    assert sentence_words(sentence) == words
    assert sentence_words(sentence.upper()) == words


@pytest.mark.parametrize("paragraph, claims", [
    # A verb's -s form with a verb of its own after it is a plural noun, that verb's subject.
    ("Initial estimates put the cost of the new pier at about 5 million.",
     [("the cost of the new pier at about 5 million", ("Initial estimates",), "put")]),
    ("Early reports said the pier had held.", []),
    # After a pronoun the -s form is its verb.
    ("Berg backs a plan that he believes will keep the pier open all winter.",
     [("will keep the pier open all winter", ("Tomas Berg",), "believes")]),
])
def test_plural_noun_before_its_verb_is_no_cue(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A poll, a study or records that close the words before them report those words ...
    ("The ferry was sold to the town in 2010, harbour records show.",
     [("The ferry was sold to the town in 2010", ("harbour records",), "show")]),
    ("Prices fell by half, a new poll by the Northern Grid Authority finds.",
     [("Prices fell by half", ("Northern Grid Authority",), "finds")]),
    # ... and so does one that opens a clause inside the sentence.
    ("The vote is close, and recent polls show Berg with a narrow lead.",
     [("Berg with a narrow lead", ("recent polls",), "show")]),
    ("Petrova pressed on as a new survey of dock workers showed Berg ahead by ten points.",
     [("Berg ahead by ten points", ("a new survey of dock workers",), "showed")]),
    # Polls that close report nothing.
    ("The council met on Monday and the polls closed at eight.", []),
])
def test_findings_that_close_or_open_a_clause_report_words(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


def test_a_name_holding_a_cue_word_leaves_the_words_before_a_quotation_reported():
    # 'States' in a name is no verb of speech: the words before the quotation are Berg's too.
    paragraph = 'Ships from the United States will dock at the pier under "the new fair trade rule," Berg said.'
    assert [(f.kind, f.text) for f in facts_of(paragraph) if f.kind in ("quote", "claim")] == [
        ("claim", 'Ships from the United States will dock at the pier under "the new fair trade rule,"')]


@pytest.mark.parametrize("paragraph, claims", [
    # A verb that puts a question reports the question, past whom it was put to.
    ("Berg also asked how it is fair to add a new fee for the ferries.",
     [("how it is fair to add a new fee for the ferries", ("Tomas Berg",), "asked")]),
    ("Petrova asked the council whether the pier would hold.",
     [("whether the pier would hold", ("Ana Petrova",), "asked")]),
    ("The mayor wondered aloud why the lines were down for a week.",
     [("why the lines were down for a week", (), "wondered")]),
    # A request for something is no question.
    ("Berg asked for a new vote on the pier.", []),
])
def test_a_question_put_is_reported(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, quotes", [
    # A short quoted sentence right after a verb of speech is an answer, however capitalised ...
    ('Asked about the pier, Berg said, "We Will See."', [("We Will See.", ("Tomas Berg",))]),
    # ... what was written may be a title.
    ('Berg wrote "Harbour Lights."', []),
])
def test_short_sentence_spoken_right_after_its_verb_is_a_quote(paragraph, quotes):
    assert [(f.text, f.speakers) for f in facts_of(paragraph) if f.kind == "quote"] == quotes


@pytest.mark.parametrize("paragraph, claims", [
    # A verb of holding a belief reports the clause after it, with or without 'that' ...
    ("Most dock workers still feel the harbour is run for the ferries.",
     [("the harbour is run for the ferries", ("Most dock workers",), "feel")]),
    ("Petrova knew the pier would not hold.", [("the pier would not hold", ("Ana Petrova",), "knew")]),
    # ... not an object or the way someone felt.
    ("Berg knew Petrova well, and after the storm they met.", []),
    ("Berg felt like a stranger in the town.", []),
])
def test_a_belief_held_is_reported_as_a_claim(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A verb of hoping or worrying in its base form, after a plural subject, reports the clause.
    ("Harbour workers hope the pier will reopen by May.",
     [("the pier will reopen by May", ("Harbour workers",), "hope")]),
    ("Harbour workers worry the pier will close for good.",
     [("the pier will close for good", ("Harbour workers",), "worry")]),
    # The same word after a determiner is a noun.
    ("Their hope is that the pier will reopen by May.", []),
])
def test_a_base_form_of_hoping_reports_a_belief(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A verb that takes an object or an intent, in '-ing' after a form of 'be', is the sentence's verb.
    ("Berg is accusing the harbour board of hiding its debts.",
     [("the harbour board of hiding its debts", ("Tomas Berg",), "accusing")]),
    ("Berg was calling for a new vote on the pier.", [("a new vote on the pier", ("Tomas Berg",), "calling for")]),
    ("Petrova is seeking to close the pier by May.", [("to close the pier by May", ("Ana Petrova",), "seeking")]),
    # ... as is one of a topic spoken of or of a belief held.
    ("Berg is talking about the harbour debts again.", [("the harbour debts again", ("Tomas Berg",), "talking about")]),
    ("Petrova is hoping the pier will reopen by May.", [("the pier will reopen by May", ("Ana Petrova",), "hoping")]),
    # The same form with no 'be' before it describes a noun.
    ("The people calling for a new pier met on Monday.", []),
])
def test_a_progressive_verb_of_intent_or_accusation_reports_a_claim(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A verb of intent in its base form, after a plural subject, reports the act meant.
    ("Across the coast, dock workers want to limit the tolls.", [("to limit the tolls", ("dock workers",), "want")]),
    ("Ferry crews refuse to sail before the pier is repaired.",
     [("to sail before the pier is repaired", (), "refuse")]),
    # A question asks the intent of no one.
    ("Why would anyone want to buy the pier?", []),
])
def test_a_base_form_of_intent_reports_the_act_meant(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # What a subject wants, an object and what follows it, is reported as the subject's.
    ("Most dock workers want a switch to other tolls.", [("a switch to other tolls", ("Most dock workers",), "want")]),
    ("Berg wants the harbour board to resign by May.",
     [("the harbour board to resign by May", ("Tomas Berg",), "wants")]),
    # A share of a group names no one; a question asks, and a pronoun is no object of substance.
    ("About a third of dock workers want a switch to other tolls.", []),
    ("Why would Berg want a new pier for the town?", []),
    ("Berg got what he wanted.", []),
])
def test_what_a_subject_wants_is_reported(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # Where it was said may stand between the verb and a clause that opens with a pronoun.
    ("Berg said in a statement on Thursday night they had closed the pier.",
     [("they had closed the pier", ("Tomas Berg",), "said")]),
    ("Berg told reporters in Lisbon he would close the pier.", [("he would close the pier", ("Tomas Berg",), "told")]),
    # ... and a longer one before 'that'.
    ("Berg said in a long interview with The Harbour Post last week that the pier would close.",
     [("the pier would close", ("Tomas Berg",), "said")]),
    # A relative clause after a noun is no such phrase: the noun is no verb of speech.
    ("Berg defended his late-night posts in which he called the pier unsafe.",
     [("his late-night posts in which he called the pier unsafe", ("Tomas Berg",), "defended")]),
])
def test_where_it_was_said_stands_before_the_reported_clause(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A source a sentence opens with after 'As' reports the words after its comma ...
    ("As the Northern Grid Authority reported, even if Berg wins the vote, the pier will close in May.",
     [("even if Berg wins the vote, the pier will close in May", ("Northern Grid Authority",), "reported")]),
    ("But as Petrova noted on Monday, the ferries have not run since the storm.",
     [("the ferries have not run since the storm", ("Ana Petrova",), "noted")]),
    ("As reported by the Northern Grid Authority, the pier will close in May.",
     [("the pier will close in May", ("Northern Grid Authority",), "reported")]),
    # ... not a clause of time whose verb takes an object.
    ("As he said goodbye, the ferry left the pier.", []),
])
def test_as_a_source_said_reports_the_words_after_it(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A verb of speech in '-ing' after a form of 'be' is the sentence's verb ...
    ("The dock workers were arguing the fees are too high.",
     [("the fees are too high", ("The dock workers",), "arguing")]),
    ("Petrova is declaring that she is close to a deal on the pier.",
     [("she is close to a deal on the pier", ("Ana Petrova",), "declaring")]),
    # ... and one right after those it names gives their words, which have a verb of their own.
    ("The storm left 62 percent of dock workers saying the harbour is run badly.",
     [("the harbour is run badly", ("62 percent of dock workers",), "saying")]),
    ("Berg won the vote with a letter saying Petrova had sold the pier.",
     [("Petrova had sold the pier", (), "saying")]),
    # A verb that goes on ('kept saying') or a preposition ('by saying') is no one's name.
    ("Berg kept saying the pier would hold.", []),
    ("Berg, despite saying he would fix the pier, left the town.", []),
    ("The saying goes that the pier will hold.", []),
])
def test_verbs_of_speech_in_ing_report_words(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # 'is expected to', 'was said to': what no one named holds of the subject, read whole.
    ("The harbour master is expected to resign by Friday.",
     [("The harbour master is expected to resign by Friday", (), "expected")]),
    ("Berg was said to be furious about the new fees.", [("Berg was said to be furious about the new fees", (), "said")]),
    # A plan is no one's hearsay.
    ("The pier is set to open in May.", []),
])
def test_hearsay_about_a_subject_is_a_claim_of_no_one_named(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # An opening phrase before the subject leaves its act to the subject.
    ("Ultimately, Berg hopes to offset the fees with new ferries.",
     [("to offset the fees with new ferries", ("Tomas Berg",), "hopes")]),
    # A hope with a clause whose plural subject has a helper after it.
    ("Petrova hoped electric ferries would cross the bay by May.",
     [("electric ferries would cross the bay by May", ("Ana Petrova",), "hoped")]),
])
def test_hopes_after_an_opening_phrase_or_with_a_bare_clause_are_reported(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A participle of speech joined by 'and' ends the first reported words and reports its own.
    ('Petrova posted that the pier was "a ruin" and asking when the crews would be paid.',
     [('the pier was "a ruin"', ("Ana Petrova",), "posted"),
      ("when the crews would be paid", ("Ana Petrova",), "asking")]),
])
def test_participle_joined_by_and_reports_words_of_its_own(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


def test_name_before_a_participle_joined_by_and_says_what_follows():
    claims = [(f.text, f.cue) for f in facts_of(
        'The talks ended with Petrova saying the port was "safe again" and Berg calling it "a mirage."')
        if f.kind == "claim"]
    assert claims == [('the port was "safe again"', "saying"), ('it "a mirage."', "calling")]
    assert [f.speakers for f in facts_of('Petrova wrote that the port was "safe again" and Berg calling it'
                                         ' "a mirage."') if f.cue == "calling"] == [("Tomas Berg",)]


@pytest.mark.parametrize("paragraph, claims", [
    # A verb of naming reports what its object is named, quoted or not.
    ("Berg called the new tariffs unfair to the fishing crews.",
     [("the new tariffs unfair to the fishing crews", ("Tomas Berg",), "called")]),
    ("Petrova has described the harbour deal as a gift to the shipping firms.",
     [("the harbour deal as a gift to the shipping firms", ("Ana Petrova",), "described")]),
    # So does a verb of judging: what it judges, and why.
    ("Petrova praised the crews for their work during the storm.",
     [("the crews for their work during the storm", ("Ana Petrova",), "praised")]),
    ("Berg has repeatedly denounced the new tariffs as a tax on fishermen.",
     [("the new tariffs as a tax on fishermen", ("Tomas Berg",), "denounced")]),
    # A passive or a verb with a particle names nothing said.
    ("The harbour deal was called a gift to the shipping firms.", []),
    ("Berg called off the strike at the pier after the vote.", []),
])
def test_naming_or_judging_verb_without_quotation_marks_reports_its_object(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # A poll, a study or a report given as where a finding stands says it.
    ("In a new Harbour Post poll released Sunday, most pilots backed the ferry plan.",
     [("most pilots backed the ferry plan", ("a new Harbour Post poll released Sunday",), "In")]),
    ("Petrova leads Berg by six points in the latest polls of harbour workers.",
     [("Petrova leads Berg by six points", ("the latest polls of harbour workers",), "in")]),
    # Where a finding stands is not a clause about it ('In the study, he ...').
    ("In the study, he wrote about the fish stocks of the bay.", []),
    ("Petrova stayed in polls of her own making for years.", []),
])
def test_finding_given_as_where_it_stands_is_the_findings(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


def test_second_verb_of_speech_after_but_begins_a_claim_of_its_own():
    claims = [(f.text, f.cue) for f in facts_of("Berg said the pier was safe but warned the ferries would"
                                                 " be late.") if f.kind == "claim"]
    assert claims == [("the pier was safe", "said"), ("the ferries would be late", "warned")]


@pytest.mark.parametrize("paragraph, claims", [
    # A naming participle without quotation marks names to the end of its clause.
    ("Berg left the hall, calling the harbour plan reckless and costly.",
     [("the harbour plan reckless and costly", ("Tomas Berg",), "calling")]),
    ("Petrova said the pier would hold, calling the repairs a scandal.",
     [("the pier would hold", ("Ana Petrova",), "said"), ("the repairs a scandal", ("Ana Petrova",), "calling")]),
])
def test_naming_participle_without_quotation_marks_names_to_the_end_of_its_clause(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, claims", [
    # What a subject spoke of is reported, as what it said is.
    ("Berg talked about the harbour debts at length on Monday.",
     [("the harbour debts at length on Monday", ("Tomas Berg",), "talked about")]),
    ("Petrova discussed a new tax on ferries with the council.",
     [("a new tax on ferries with the council", ("Ana Petrova",), "discussed")]),
    # A passive names no one who spoke.
    ("A new tax on ferries was discussed at the meeting.", []),
])
def test_verb_of_speaking_of_a_topic_reports_the_topic(paragraph, claims):
    assert [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"] == claims


@pytest.mark.parametrize("paragraph, text", [
    ("Lawyers for Berg opposed the request, saying in court files that his ledger was private.",
     "his ledger was private"),
    ('Petrova erred in saying that the "nine in ten" figure came from the harbour board.',
     'the "nine in ten" figure came from the harbour board'),
    ("Berg said, per a translator, that the pumps were broken and that the quay was “like an open door to thieves.”",
     "the pumps were broken and that the quay was “like an open door to thieves.”"),
    # After whom the words were told.
    ("Berg told the council, while testifying on Monday, that the pumps had failed twice.",
     "the pumps had failed twice"),
    ("Berg told reporters, in a rare interview, that the pumps had failed twice.", "the pumps had failed twice"),
])
def test_claim_begins_after_an_aside_and_its_that(paragraph, text):
    assert text in {f.text for f in facts_of(paragraph) if f.kind == "claim"}


@pytest.mark.parametrize("paragraph, speakers", [
    # Someone new set off after the name says the words that go on from it.
    ("Petrova, a senior aide said, “is very confident in the plan for the harbour.”", ("a senior aide",)),
    ("Petrova, one of her aides said, “is very confident in the plan for the harbour.”", ("one of her aides",)),
    # A description between commas is the name's own: the name speaks.
    ("Tomas Berg, a harbour pilot, said, “The plan for the harbour is sound.”", ("Tomas Berg",)),
    ("Berg, a senior aide, said: “The plan for the harbour is sound.”", ("Tomas Berg",)),
])
def test_description_set_off_after_a_name_says_the_quotation(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind == "quote"] == [speakers]


@pytest.mark.parametrize("paragraph, speakers", [
    # A clause after an opening phrase has a subject of its own; the main clause's speaks.
    ("In June, after Petrova fell ill, Berg emailed her his wishes, telling her, “you are the best minister we had.”",
     ("Tomas Berg",)),
    ("In June, when Petrova fell ill, Berg sent flowers, adding that the harbour would miss her this winter.",
     ("Tomas Berg",)),
    ("On Monday, Berg sent flowers, adding that the harbour would miss Petrova this winter.", ("Tomas Berg",)),
])
def test_participle_is_said_by_the_main_clause_past_an_opening_clause(paragraph, speakers):
    assert [f.speakers for f in facts_of(paragraph) if f.kind in ("quote", "claim")] == [speakers]


@pytest.mark.parametrize("paragraph, claim", [
    # Each sentence is read by one rule that looks only where one of its verbs stands.
    ("Berg pointed out that the ferries would run late all winter.",
     ("the ferries would run late all winter", ("Tomas Berg",), "pointed out")),
    ("Polls show that the harbour plan has lost support among dock workers.",
     ("the harbour plan has lost support among dock workers", ("Polls",), "show")),
    ("The ferries will run late all winter, Berg warned.",
     ("The ferries will run late all winter", ("Tomas Berg",), "warned")),
    ("Berg insisted the ferries would run late all winter.",
     ("the ferries would run late all winter", ("Tomas Berg",), "insisted")),
    ("The ferries, Berg warned, will run late all winter.",
     ("The ferries, Berg warned, will run late all winter", ("Tomas Berg",), "warned")),
    ("According to Berg, the ferries will run late all winter.",
     ("the ferries will run late all winter", ("Tomas Berg",), "according to")),
    ("Berg accused the council of hiding the cost of the new pier.",
     ("the council of hiding the cost of the new pier", ("Tomas Berg",), "accused")),
    ('Berg dubbed the harbour plan "a gift to the ferry owners" on Monday.',
     ('the harbour plan "a gift to the ferry owners"', ("Tomas Berg",), "dubbed")),
    ("Berg spoke for an hour, adding that the ferries would run late all winter.",
     ("the ferries would run late all winter", ("Tomas Berg",), "adding")),
    ('Berg left the hall, calling the harbour plan "a gift to the ferry owners".',
     ('the harbour plan "a gift to the ferry owners"', ("Tomas Berg",), "calling")),
])
def test_rules_that_look_for_their_verbs_first_still_read_them(paragraph, claim):
    assert claim in [(f.text, f.speakers, f.cue) for f in facts_of(paragraph) if f.kind == "claim"]


# Sentences that put each form of every verb table where one of the rules reads its verb.
GATE_SENTENCES = ("The harbour board {} that the pier is safe.", "Berg {} on Friday that the pier is safe.",
                  "Berg {} the pier is safe.", "The pier is safe, Berg {}.", "The pier is safe, {} Berg.",
                  "The pier, Berg {}, is safe.", "Berg {} the council of lying about the pier.",
                  'Berg {} the plan "a reckless gamble by the council".',
                  "Berg spoke for an hour, {} that the pier is safe.", 'Berg left the hall, {} the plan "a disaster".',
                  "{} to Berg, the pier is safe.")
VERB_FORMS = sorted({form for table in (V.SPEECH_VERBS, V.THAT_VERBS, V.OBJECT_VERBS, V.FRAME_VERBS, V.VOICE_VERBS,
                                        V.NAMING_VERBS, V.QUESTION_VERBS) for verb in table for form in verb}
                    | {"according", "According"})


def test_a_rule_that_reads_a_sentence_finds_one_of_the_words_it_looks_for_first():
    missed = [(extract.__name__, sentence)
              for sentence in (template.format(form) for template in GATE_SENTENCES for form in VERB_FORMS)
              for extract, words in F.WORDS_OF.items()
              if words.isdisjoint(sentence_words(sentence)) and extract(sentence)]
    assert missed == []
