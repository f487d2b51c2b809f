"""Which actor a found attribution goes to: speaker rules on small articles of our own."""

from __future__ import annotations

import pytest

from dossier.facts import find_facts
from dossier.model import Article, Mention, Paragraph

MENTIONS = (
    Mention("Ana Petrova", "person", aliases=("Petrova",), roles=("Energy Minister",), paragraphs=(1, 2, 3)),
    Mention("Tomas Berg", "person", aliases=("Berg",), roles=("harbour master",), paragraphs=(1, 2, 3)),
    Mention("Lisbon", "place", paragraphs=(1,)),
)


def speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    """The speakers of every quote and claim of an article of these paragraphs, in order."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [fact.speakers for fact in find_facts(article, MENTIONS) if fact.kind in ("quote", "claim")]


@pytest.mark.parametrize("paragraphs, expected", [
    # A name no actor holds, given in full as a speaker, is the one its surname names after.
    (('"The ferries are late again," Lin Gao said.', '"We wait every single morning," Gao said.'),
     [("Lin Gao",), ("Lin Gao",)]),
    (('"The ferries are late again," Lin Gao said.', '"We wait every single morning," Ms. Gao said.'),
     [("Lin Gao",), ("Lin Gao",)]),
    # A surname that is also a people's word ('Cuban') is a name once the full name spoke.
    (('"The ferries are late again," Mark Cuban said.', '"We wait every single morning," Cuban said.'),
     [("Mark Cuban",), ("Mark Cuban",)]),
    # Two such speakers share the surname: the text does not say which one speaks.
    (('"The ferries are late again," Lin Gao said.', '"The port is shut," Wei Gao said.',
      '"We wait every single morning," Gao said.'),
     [("Lin Gao",), ("Wei Gao",), ()]),
])
def test_a_surname_names_the_unlisted_speaker_given_in_full_before(paragraphs, expected):
    assert speakers(*paragraphs) == expected


def quote_speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    """The speakers of every quote of an article of these paragraphs, in order."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [fact.speakers for fact in find_facts(article, MENTIONS) if fact.kind == "quote"]


@pytest.mark.parametrize("paragraph, expected", [
    # A verb of speech inside a clause that opens the sentence is the clause's, not the quotation's.
    ('After Tomas Berg criticized the harbour board during a debate, Petrova shot back, "The board has '
     'never once set foot on the pier."', [("Ana Petrova",)]),
    ('When Berg suggested that the board would sue, Petrova fired back: "Let them try, because the pier is ours '
     'and will stay ours."', [("Ana Petrova",)]),
    ('As Berg urged the crews to stay calm, Ana Petrova fired back, "Let them try, because the pier is ours and '
     'will stay ours."', [("Ana Petrova",)]),
    # The main clause's subject names no one: the clause's speaker is still not the quotation's.
    ('As Berg urged the crews to stay calm, the crowd fired back, "If the board takes the pier in Lisbon, '
     'it will have to take us too."', [()]),
    # The quotation closes the clause, or the clause has no verb of its own: its speaker speaks.
    ('When Berg said, "We will open the port tomorrow morning," the crews cheered.', [("Tomas Berg",)]),
    ('When asked about the port, Berg said: "We will open it tomorrow morning for everyone."', [("Tomas Berg",)]),
])
def test_a_quotation_after_the_main_clause_is_not_said_by_an_opening_clause(paragraph, expected):
    assert quote_speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A government, the media, the military, traders or investors speak as a group of their own.
    ("The Portuguese government claims the port will reopen next week.", [("The Portuguese government",)]),
    ("Portuguese media reported that the port would reopen next week.", [("Portuguese media",)]),
    ("Lisbon traders also say the port has been closed for too long.", [("Lisbon traders",)]),
    ("Foreign investors said the port was worth far more than the board had paid.", [("Foreign investors",)]),
])
def test_an_institution_or_a_trade_speaks_as_a_group(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A person's name before a plural for people says whose they are: the group speaks, not the person.
    ("Petrova officials were pleased with the count, saying it proved the plan had worked.",
     [("Petrova officials",)]),
    ("Berg supporters walked out of the hall, saying the count had been rigged from the very start.",
     [("Berg supporters",)]),
    # The person alone before the same verb speaks.
    ("Petrova was thrilled with the vote, saying it proved the plan had worked.", [("Ana Petrova",)]),
])
def test_a_group_named_for_a_person_speaks_for_itself(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A sentence that is an attribution alone signs the quotation that closes the sentence before it.
    ('“We will open the gates at dawn and not a minute later.” Petrova said.', [("Ana Petrova",)]),
    ('“We will open the gates at dawn and not a minute later.” Mr. Berg said on Monday.',
     [("Tomas Berg",)]),
    # A sentence that goes on to report words of its own does not.
    ('“We will open the gates at dawn and not a minute later.” Petrova said the board would '
     'meet on Monday.', [(), ("Ana Petrova",)]),
])
def test_an_attribution_standing_alone_signs_the_quotation_before_it(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A transcript's label may give the speaker's party and state in brackets.
    ('Sen. Tomas Berg (D-Lisbon): "The ferry timetable was changed without a single hearing."',
     [("Tomas Berg",)]),
    ('Tomas Berg (D-Lisbon):"The ferry timetable was changed without a single hearing."', [("Tomas Berg",)]),
])
def test_a_label_with_a_party_in_brackets_names_the_speaker(paragraph, expected):
    assert quote_speakers(paragraph) == expected


TITLED = (Mention("Kent", "place", paragraphs=(1,)), Mention("Jane Kent", "person", aliases=("Kent",), paragraphs=(1,)))


@pytest.mark.parametrize("paragraph, expected", [
    # A title only a person holds says the person is meant, not the place of the same name.
    ('"The port will reopen next week for everyone," Ms. Kent said.', [("Jane Kent",)]),
    ('"The port will reopen next week for everyone," said Senator Kent.', [("Jane Kent",)]),
])
def test_a_titled_name_is_the_person_not_the_place(paragraph, expected):
    article = Article("a", "a.txt", "Headline", paragraphs=(Paragraph(1, paragraph),))
    assert [fact.speakers for fact in find_facts(article, TITLED)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("Lisbon police say the crowd left the square before midnight.", [("Lisbon police",)]),
    # A description the article names as an actor in other capitals is that actor.
    ("The crowd left the square before midnight, police said.", [("Police",)]),
])
def test_the_police_speak_as_the_actor_the_article_names(paragraph, expected):
    article = Article("a", "a.txt", "Headline", paragraphs=(Paragraph(1, paragraph),))
    mentions = MENTIONS + (Mention("Police", "organisation", paragraphs=(1,)),)
    assert [fact.speakers for fact in find_facts(article, mentions)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # Towns, outlets, forums, users, hackers and files speak as what they are.
    ("In a statement, the city of Lisbon urged people to seek shelter.", [("the city of Lisbon",)]),
    ("Several outlets reported that the ferry would stop in May.", [("Several outlets",)]),
    ("Portuguese hackers claimed the port systems were open.", [("Portuguese hackers",)]),
    ("Audit files from the harbour board show that the gate was opened twice at night.",
     [("Audit files from the harbour board",)]),
])
def test_a_town_an_outlet_or_a_file_speaks_as_itself(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A participle and a preposition may follow the head of a described source.
    ("Exit polls taken in Porto found that the ferry fare was the main worry.", [("Exit polls taken in Porto",)]),
    ("Officials based in Lisbon said the port would close.", [("Officials based in Lisbon",)]),
])
def test_a_source_described_by_a_participle_speaks_whole(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A source 'according to' names at length is a source when it is a description of one.
    ("Most voters back the port, according to first results of a survey of pilots conducted for the Lisbon "
     "Ledger by Harbour Research.",
     [("first results of a survey of pilots conducted for the Lisbon Ledger by Harbour Research",)]),
    ("Most voters back the port, according to the first results of the survey by Harbour Research for the "
     "Ledger and the two Lisbon radio networks.",
     [("the first results of the survey by Harbour Research for the Ledger and the two Lisbon radio networks",)]),
    # A longer phrase that is no description names no source.
    ("Most voters back the port, according to what was heard again and again on the pier at dawn.", [()]),
])
def test_a_long_source_according_to_is_read_when_it_is_a_description(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("Shipping companies say the new fees would drive trade from the port.", [("Shipping companies",)]),
    ("Mourners said the harbour master had saved many lives.", [("Mourners",)]),
    ("Projections suggest the port would earn far more next year.", [("Projections",)]),
])
def test_companies_mourners_and_projections_speak_as_themselves(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A possessive pronoun ending in 's' is no verb: the subject follows the opening phrase.
    ("In his speech, Petrova praised the crews of the harbour and said the pier would open soon.",
     [("Ana Petrova",)]),
    ("At this point, Berg thanked the crews of the harbour and said the pier would open soon.",
     [("Tomas Berg",)]),
    # A past tense in no '-ed' ends the subject as one in '-ed' does.
    ("During the storm, Tomas Berg largely stood by Petrova at the pier and said it would hold.",
     [("Tomas Berg",)]),
    ("On Sunday, Tomas Berg ran beside Petrova to the pier and warned that it would not hold.",
     [("Tomas Berg",)]),
])
def test_the_subject_of_a_coordinated_verb_ends_at_its_first_verb(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # An aside between dashes comes between the opening phrase and the subject.
    ("In an interview with the radio - held on Friday at the pier in Lisbon - Berg said the pier "
     "would open soon.", [("Tomas Berg",)]),
    ("In a speech from Lisbon -- which hosts the fleet -- Berg argued that the pier would open soon.",
     [("Tomas Berg",)]),
    ("For much of the long night on the pier — with the lights out and the crews soaked — Petrova "
     "assured the crowd that the pier would hold.", [("Ana Petrova",)]),
])
def test_a_subject_after_an_aside_between_dashes_speaks(paragraph, expected):
    assert speakers(paragraph) == expected


def test_an_agency_in_brackets_opening_the_first_paragraph_is_a_dateline():
    # The place's own full stop ('Ore.') ended the sentence before the agency.
    assert speakers("KENT, Ore. (Reuters) - Energy Minister Ana Petrova met the crews of the harbour on "
                    "Thursday and said the pier would open soon.") == [("Ana Petrova",)]


@pytest.mark.parametrize("paragraph, expected", [
    # Whom an opening phrase names is where, whom or what, never who.
    ("In a statement defending Berg, the Petrova campaign said the pier would hold.",
     [("the Petrova campaign",)]),
    ("Asked about the fees at the pier, Petrova's office said the fees would fall and suggested that the "
     "board would pay.", [("Petrova's office",)]),
    ("Alongside Berg calls for change, even a top harbour official said the pier would hold.",
     [("a top harbour official",)]),
    # A place's state goes with the phrase.
    ("During a stop in Braga, Lisbon, the harbour master said the pier would hold.", [("Tomas Berg",)]),
    # A name in '-ing' is no opening phrase: the name speaks, not its description.
    ("Harbour Game Promotions, a sports agency, says that the pier has lost money.", [("Harbour Game Promotions",)]),
])
def test_an_opening_phrase_names_no_speaker(paragraph, expected):
    assert [s for s in speakers(paragraph) if s != ()] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A finding that is the whole subject speaks as an unnamed source of its own.
    ("Polls show Petrova ahead in the north.", [("Polls",)]),
    ("Reports say the pier was closed for a week.", [("Reports",)]),
    ("The survey found that most pilots want the pier rebuilt.", [("The survey",)]),
    ("Data show that the pier has lost money for years.", [("Data",)]),
])
def test_a_finding_alone_speaks_as_itself(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A long subject with no comma, no clause of the writer's before it, is read whole.
    ("Former Lisbon harbour master Tomas Berg and Lundby Ledger senior energy policy editor Ana Petrova both "
     "said the plan to close the pier at night was a mistake.", [("Tomas Berg", "Ana Petrova")]),
    # After a clause set off by a comma, only the words after the comma are the subject.
    ("Almost a week after Tomas Berg brought supplies to the flooded pier in the north of the city, a local "
     "newspaper called on Petrova to visit the pier.", [("a local newspaper",)]),
])
def test_a_long_subject_is_read_when_no_comma_breaks_it(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A party and state in brackets after a name is part of the subject, not its end.
    ("Sen. Tomas Berg (D-Lisbon) on Wednesday praised the harbour crews and said the pier would hold.",
     [("Tomas Berg",)]),
    ("In a statement released Thursday, Sen. Tomas Berg (D-Lisbon) reacted to the news, saying: “The pier "
     "will hold for many years to come.”", [("Tomas Berg",)]),
    # A quotation after a participle is the subject's past an opening phrase.
    ("In a statement released Thursday, Tomas Berg reacted to the news, saying: “The pier will hold for "
     "many years to come.”", [("Tomas Berg",)]),
])
def test_a_party_in_brackets_and_an_opening_phrase_leave_the_subject_whole(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # A signature after a quotation signs it, its dash long or short, in its paragraph or alone in the next.
    (('"The pier will hold for many more years, whatever the board says."  - Tomas Berg.',), [("Tomas Berg",)]),
    (('"The pier will hold for many more years, whatever the board says." – Petrova.',), [("Ana Petrova",)]),
    (('"The pier will hold for many more years, whatever the board says."', "- Tomas Berg."), [("Tomas Berg",)]),
    (('"The pier will hold for many more years, whatever the board says."',
      "—Ana Petrova, speaking after the vote."), [("Ana Petrova",)]),
    # A paragraph that goes on after its dash is no signature.
    (('"The pier will hold for many more years, whatever the board says."', "- and then the storm came."), [()]),
])
def test_a_signature_after_a_quotation_signs_it(paragraphs, expected):
    assert quote_speakers(*paragraphs) == expected


def test_the_words_after_the_last_conjunction_of_a_long_subject_speak():
    # The clause before 'and' has a subject of its own; the name after it speaks.
    assert speakers("Berg said if the port closes in the spring, Lisbon will lose many of its best jobs and most of "
                    "its ships to the ports of the north and Petrova warns that the board knows it.")[-1] == ("Ana Petrova",)


def test_the_subject_after_an_object_relative_that_speaks():
    # 'an event that Berg says ...': the name after 'that' is the subject of the verb, not the sentence's.
    assert speakers("Petrova also mocked Berg's story about the storm, an event that Berg says changed the "
                    "harbour for ever.") == [("Tomas Berg",)]


SAID_BEFORE = '"The harbour is full of boats this morning," Petrova said. '


@pytest.mark.parametrize("paragraph, expected", [
    # The clause before the colon names its own speaker, whatever its verb: not the one before.
    (SAID_BEFORE + 'Berg pushed back: "We will open the second pier on Monday and the crews know it."',
     [("Ana Petrova",), ("Tomas Berg",)]),
    (SAID_BEFORE + 'When the board met, Berg went further: "We will open the second pier on Monday and the crews '
     'know it."', [("Ana Petrova",), ("Tomas Berg",)]),
    # Its subject names no actor of the article: no speaker, never the one before.
    (SAID_BEFORE + 'The crowd pushed back: "We will open the second pier on Monday and you know it."',
     [("Ana Petrova",), ()]),
])
def test_a_quotation_after_a_colon_is_said_by_the_subject_of_the_clause_before_it(paragraph, expected):
    assert quote_speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A few words closing the quotation's sentence name one actor: that actor said it.
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," agrees Berg.',
     [("Ana Petrova",), ("Tomas Berg",)]),
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," an angry Berg retaliated.',
     [("Ana Petrova",), ("Tomas Berg",)]),
    # They name someone who is no actor, or two actors: no speaker, never the one before.
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," a smiling Lin Gao agreed.',
     [("Ana Petrova",), ()]),
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," went the reply from Berg to '
     'Petrova.', [("Ana Petrova",), ()]),
])
def test_a_quotation_closed_by_a_short_clause_naming_someone_is_not_the_speaker_before(paragraph, expected):
    assert quote_speakers(paragraph) == expected


def speaker_notes(*paragraphs: str) -> list[str]:
    """The speaker note of every quote of an article of these paragraphs, in order."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [fact.speaker_note for fact in find_facts(article, MENTIONS) if fact.kind == "quote"]


@pytest.mark.parametrize("paragraph, expected", [
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," went the reply from Berg to '
     'Petrova.', ["", "the words naming the speaker name more than one actor"]),
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it," a smiling Lin Gao agreed.',
     ["", "the words naming the speaker name no actor of the article"]),
])
def test_a_quotation_left_without_a_speaker_says_why(paragraph, expected):
    assert speaker_notes(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('The pier was shut, though people close to the harbour board said it would open next year.',
     [("people close to the harbour board",)]),
    ('The pier reopened on Friday, where local party leaders said the vote had been fair.',
     [("local party leaders",)]),
    # 'as many as' is a quantity, not a conjunction.
    ('The pier was shut, although as many as forty harbour workers said it would open next year.',
     [("as many as forty harbour workers",)]),
])
def test_a_conjunction_opening_a_clause_is_no_part_of_its_speaker(paragraph, expected):
    assert speakers(paragraph) == expected


def claims(*paragraphs: str) -> list[tuple[tuple[str, ...], str]]:
    """The speakers and words of every claim of an article of these paragraphs, in order."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [(fact.speakers, fact.text) for fact in find_facts(article, MENTIONS) if fact.kind == "claim"]


@pytest.mark.parametrize("paragraph, expected", [
    # What the main clause goes on to say is its subject's, not the opening clause's speaker's.
    ('When Berg pointed out the cost of the new pier, Petrova seized on it, repeating her line that the pier '
     'would never pay for itself.',
     [(("Tomas Berg",), "the cost of the new pier"),
      (("Ana Petrova",), "her line that the pier would never pay for itself")]),
    # The main clause has no subject that names anyone: no speaker, never the clause's.
    ('When Berg pointed out the cost of the new pier, the crowd cheered, repeating the line that the pier '
     'would never pay for itself.',
     [(("Tomas Berg",), "the cost of the new pier"), ((), "the line that the pier would never pay for itself")]),
    # A comma inside a number ends no clause.
    ('When Berg said that more than 2,400 boats would come to the port, Petrova left the hall.',
     [(("Tomas Berg",), "more than 2,400 boats would come to the port")]),
])
def test_a_cue_in_an_opening_clause_reports_the_clause_alone(paragraph, expected):
    assert claims(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # The quotation's sentence goes on to a speaker of its own: not the one of the quotation before.
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it" before the storm comes, said '
     'Berg, the harbour master.', [("Ana Petrova",), ("Tomas Berg",)]),
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it" before the storm comes, Berg '
     'said on Friday.', [("Ana Petrova",), ("Tomas Berg",)]),
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it" before the storm comes, said '
     'Lin Gao, a captain.', [("Ana Petrova",), ("Lin Gao",)]),
    # The same speaker again: the quotation goes on with the one before.
    (SAID_BEFORE + '"We will open the second pier on Monday and the crews know it" before the storm comes, Petrova '
     'said again.', [("Ana Petrova",)]),
])
def test_a_quotation_whose_sentence_names_its_own_speaker_later_is_not_the_speaker_before(paragraph, expected):
    assert quote_speakers(paragraph) == expected


NAMESAKES = (
    Mention("Ingrid Holm", "person", aliases=("Holm",), paragraphs=(1, 3)),
    Mention("Erik Holm", "person", aliases=("Holm",), paragraphs=(2, 3)),
)


def namesake_speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    """The speakers of every quote and claim of an article naming two people called Holm."""
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return [fact.speakers for fact in find_facts(article, NAMESAKES) if fact.kind in ("quote", "claim")]


@pytest.mark.parametrize("paragraphs, expected", [
    # The story introduces one Holm and meets the other later: the bare surname is the first.
    (("Ingrid Holm, 61, has run the ferry to the island since it opened.",
      "Her husband, Erik Holm, mends the nets.",
      "The crowd cheered. Holm said the ferry would run until the ice came."), [("Ingrid Holm",)]),
    # Both are introduced together: the text does not say which one spoke.
    (("Ingrid Holm and Erik Holm have run the ferry to the island since it opened.",
      "The crowd cheered.",
      "The crowd cheered. Holm said the ferry would run until the ice came."), [()]),
])
def test_a_shared_surname_is_the_namesake_introduced_first(paragraphs, expected):
    assert namesake_speakers(*paragraphs) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # One person who works for, backs or stands with a named one speaks for themselves.
    ("One former Berg employee said the pier was sold twice last winter.", [("One former Berg employee",)]),
    ("A Petrova supporter said the pier was sold twice last winter.", [("A Petrova supporter",)]),
    ("A longtime Berg ally said the pier was sold twice last winter.", [("A longtime Berg ally",)]),
    ("A Petrova staffer said the pier was sold twice last winter.", [("A Petrova staffer",)]),
])
def test_one_who_belongs_to_a_named_person_speaks_for_themselves(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A place and a day before the comma say where and when; the words after it speak.
    ('At a meeting in Porto, Lisbon Monday, the Berg supporter retorted: "The pier was sold twice and we all know it."',
     [("the Berg supporter",)]),
    # A place with its day and no comma is the whole subject.
    ("Lisbon on Monday said the pier was sold twice last winter.", [("Lisbon",)]),
])
def test_a_place_before_the_subject_says_where(paragraph, expected):
    assert speakers(paragraph) == expected


SPOKE_BEFORE = '"The port is shut for the winter," Petrova said.'
QUOTED_BELOW = '"You look at the pier and you see what the board has done to it."'


@pytest.mark.parametrize("introduction, expected", [
    # A paragraph ending in a colon introduces the speaker of the quotation below it.
    ("Berg released the following statement:", ("Tomas Berg",)),
    ("Stated Berg:", ("Tomas Berg",)),
    ("The harbour master Tomas Berg, in a statement:", ("Tomas Berg",)),
    ("A fisherman posted this note on the pier:", ("A fisherman",)),
    # It names no one who speaks: the quotation is no one's, not the earlier speaker's.
    ("The ferry timetable, pinned to the pier, has this line:", ()),
])
def test_a_paragraph_ending_in_a_colon_introduces_the_speaker_below(introduction, expected):
    assert quote_speakers(SPOKE_BEFORE, introduction, QUOTED_BELOW) == [("Ana Petrova",), expected]


NEED_SOMEONE = '"We need someone who is going to cut through the noise and bring people together."'


@pytest.mark.parametrize("paragraphs, expected", [
    # A quotation no words attribute goes on with the one person the narration before it is about.
    (("Berg toured the harbour with the board on Friday. " + NEED_SOMEONE,), [("Tomas Berg",)]),
    ((SPOKE_BEFORE, "Berg toured the harbour with the board on Friday.", NEED_SOMEONE),
     [("Ana Petrova",), ("Tomas Berg",)]),
    (("Ana Petrova runs the ferry.", "She toured the harbour with the board on Friday. " + NEED_SOMEONE),
     [("Ana Petrova",)]),
    # A body the article names speaks as a person would.
    ((SPOKE_BEFORE, "The Harbour Board issued a statement on Friday. " + NEED_SOMEONE),
     [("Ana Petrova",), ("Harbour Board",)]),
    # The narration is about no one person, or a sentence of speech after it may attribute it.
    (("The crowd toured the harbour with the board on Friday. " + NEED_SOMEONE,), [()]),
    (("Berg toured the harbour with the board on Friday. " + NEED_SOMEONE + " Petrova said the ferries would run.",),
     [()]),
])
def test_an_unattributed_quotation_goes_on_with_the_person_the_narration_is_about(paragraphs, expected):
    article = Article("a", "a.txt", "Headline", paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    mentions = (*MENTIONS, Mention("Harbour Board", "organisation", paragraphs=(2,)))
    assert [fact.speakers for fact in find_facts(article, mentions) if fact.kind == "quote"] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # The clause a participle is joined to has the speaker, not the name the participle reports on.
    ("Petrova hit back again, saying Berg was too busy with his campaign to mind the storm.",
     [("Ana Petrova",)]),
    ("Energy Minister Ana Petrova hit back, saying Berg was too busy with his campaign to mind the storm.",
     [("Ana Petrova",)]),
])
def test_a_participle_reports_for_the_subject_of_its_clause(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # Whom a clause of condition, time or concession opening the sentence names does not speak.
    ("Even if Petrova cannot win over Berg in Lisbon, insiders in the harbour board said it is important "
     "that she close the gap.", [("insiders in the harbour board",)]),
    ("Although Petrova thanked Berg, harbour officials said the pier must close before the winter.",
     [("harbour officials",)]),
])
def test_an_opening_clause_of_condition_or_time_names_no_speaker(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # A signature below a quotation names its speaker over the one a paragraph before carried on.
    ((SPOKE_BEFORE, '"The ferries and the cranes pay no harbour dues at all."', "- Berg"),
     [("Ana Petrova",), ("Tomas Berg",)]),
    # A quotation its own words attribute keeps its speaker.
    ((SPOKE_BEFORE, '"The ferries and the cranes pay no harbour dues at all," Petrova added.', "- Berg"),
     [("Ana Petrova",), ("Ana Petrova",)]),
])
def test_a_signature_signs_over_a_carried_speaker(paragraphs, expected):
    assert quote_speakers(*paragraphs) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # A name no actor holds, before a description of it set off by commas, speaks as that name.
    ('Harbour Watch, a group of ferry owners, said the pier "must stay open for the crews."', [("Harbour Watch",)]),
    ('Kvarn Mining, the largest employer in the valley, said it would close two shafts next year.',
     [("Kvarn Mining",)]),
    # With no name before it, the description speaks.
    ('A group of ferry owners said the pier "must stay open for the crews."', [("A group of ferry owners",)]),
])
def test_a_name_before_its_description_speaks(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # An adverb that ties the sentence to the one before stands between the subject and its verb.
    ("Harbour experts and port officials, however, said they believed the board sold the pier.",
     [("Harbour experts and port officials",)]),
    ("The two port officials, meanwhile, argue that the pier must stay open.", [("The two port officials",)]),
    # With the auxiliary it parts from its verb.
    ("A Ledger poll of harbour workers has, however, found that most of them want the pier to stay open.",
     [("A Ledger poll of harbour workers",)]),
])
def test_a_linking_adverb_after_the_subject_is_no_part_of_it(paragraph, expected):
    assert speakers(paragraph) == expected
