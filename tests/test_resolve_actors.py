"""Merging each article's mentions into one actor per real-world actor."""

from __future__ import annotations

import pytest

from dossier.model import Article, Extraction, Mention, Paragraph, Role
from dossier.actors import KIND_REASONS
from dossier.resolve import SHAPE_REASON, SPEAKS_REASON, THE_BODY_REASON, THE_NAME_REASON, merge_actors


def extraction(source: str, *mentions: Mention) -> Extraction:
    return Extraction(Article(id=source, source=source, headline=source), tuple(mentions), ())


def merged(*extractions: Extraction):
    ids = {e.article.source: e.article.source.removesuffix(".txt") for e in extractions}
    return merge_actors(tuple(extractions), ids)


@pytest.mark.parametrize("first, second, together", [
    (Mention("Anna Berg", "person"), Mention("Anna Berg", "person"), True),
    (Mention("Anna Berg", "person"), Mention("Berg", "person", roles=("Mayor",)), True),
    (Mention("Anna Berg", "person"), Mention("Anna M. Berg", "person"), True),
    (Mention("Anna Berg", "person"), Mention("Lars Berg", "person"), False),
    (Mention("Institute for Maritime Security", "organisation", aliases=("IMS",)),
     Mention("IMS", "organisation"), True),
    (Mention("Georgia", "place"), Mention("Georgia", "person"), False),
    # An acronym the patterns know is its full name's.
    (Mention("ISIS", "organisation"), Mention("Islamic State", "organisation"), True),
    (Mention("Anna Berg", "person", aliases=("Berg",)), Mention("Tom Berg", "person", aliases=("Berg",)), False),
    (Mention("Anna Berg", "person", gender="female"), Mention("Berg", "person", gender="male"), False),
    (Mention("Anna Berg", "person", gender="female"), Mention("Berg", "person", gender="female"), True),
    (Mention("Sasha Berg", "person"), Mention("Berg", "person", gender="male"), True),
    # A first name states a gender too: 'Mr. Berg' is not Anna Berg.
    (Mention("Anna Berg", "person"), Mention("Berg", "person", gender="male"), False),
    # A familiar form of a first name, a middle initial: one person.
    (Mention("James Hollis", "person"), Mention("Jim Hollis", "person"), True),
    (Mention("Patrick F. Hollis", "person"), Mention("Pat Hollis", "person"), True),
    (Mention("William Hollis Jr.", "person"), Mention("Bill Hollis Jr.", "person"), True),
    # A generation tells a son from his father.
    (Mention("William Hollis Jr.", "person"), Mention("William Hollis", "person"), False),
    (Mention("William Hollis Jr.", "person"), Mention("Bill Hollis", "person"), False),
    (Mention("William Hollis III", "person"), Mention("William Hollis Jr.", "person"), False),
    (Mention("Christopher Hollis", "person"), Mention("Christine Hollis", "person"), False),
    (Mention("James Hollis", "person"), Mention("Jacob Hollis", "person"), False),
    (Mention("George W. Hollis", "person"), Mention("George H. W. Hollis", "person"), False),
    # A group a common noun names in two articles is two groups; one a proper noun names is one.
    (Mention("Police", "organisation", local=True), Mention("Police", "organisation", local=True), False),
    (Mention("Democrats", "organisation"), Mention("Democrats", "organisation"), True),
])
def test_when_mentions_merge(first, second, together):
    actors, _ = merged(extraction("a.txt", first), extraction("b.txt", second))
    assert (len(actors) == 1) == together


def test_bare_surname_stays_apart_when_two_people_share_it():
    actors, actor_of = merged(extraction("a.txt", Mention("Anna Berg", "person")),
                              extraction("b.txt", Mention("Lars Berg", "person")),
                              extraction("c.txt", Mention("Berg", "person", roles=("Mayor",))))
    assert len(actors) == 3
    assert actor_of[("c.txt", "Berg")] not in (actor_of[("a.txt", "Anna Berg")], actor_of[("b.txt", "Lars Berg")])


@pytest.mark.parametrize("others, short, joins", [
    # Two Hollises in the dossier: 'Hollis' is the one its own article names...
    ((("a.txt", "Anna Hollis"), ("b.txt", "Lars Hollis")), ("b.txt", "Hollis", ""), "Lars Hollis"),
    # ... or, where the article names both, the one whose first name fits its 'Mrs.' ...
    ((("a.txt", "Anna Hollis"), ("a.txt", "Tom Hollis")), ("a.txt", "Hollis", "female"), "Anna Hollis"),
    # ... and stays apart where nothing tells them apart.
    ((("a.txt", "Anna Hollis"), ("a.txt", "Lars Hollis")), ("a.txt", "Hollis", ""), None),
    ((("a.txt", "Anna Hollis"), ("b.txt", "Lars Hollis")), ("c.txt", "Hollis", ""), None),
    # 'Jim' and 'Jimmy' are both James: one person, whichever comes first.
    ((("a.txt", "Jim Hollis"), ("b.txt", "Jimmy Hollis")), ("c.txt", "Hollis", ""), "Jim Hollis"),
])
def test_a_surname_joins_the_person_its_article_names(others, short, joins):
    source, name, gender = short
    by_source: dict[str, list[Mention]] = {}
    for where, full in others:
        by_source.setdefault(where, []).append(Mention(full, "person"))
    by_source.setdefault(source, []).append(Mention(name, "person", gender=gender))
    _, actor_of = merged(*(extraction(s, *found) for s, found in sorted(by_source.items())))
    full_ids = {actor_of[(where, full)] for where, full in others}
    if joins is None:
        assert actor_of[(source, name)] not in full_ids
    else:
        assert actor_of[(source, name)] == actor_of[next((w, f) for w, f in others if f == joins)]


@pytest.mark.parametrize("others, short, joins", [
    # Two Hollises in the dossier, one a mayor: 'Mayor Hollis' is she, in any article...
    ((("a.txt", "Anna Hollis", ("Mayor",)), ("b.txt", "Lars Hollis", ())), ("c.txt", ("Mayor",), ""), "Anna Hollis"),
    # ... a title stands for its office ('Sen.' is a senator) ...
    ((("a.txt", "Anna Hollis", ("senator",)), ("b.txt", "Lars Hollis", ("Mayor",))), ("c.txt", ("Sen.",), ""),
     "Anna Hollis"),
    # ... and 'former' leaves the office the same ...
    ((("a.txt", "Anna Hollis", ("former Mayor",)), ("b.txt", "Lars Hollis", ())), ("c.txt", ("Mayor",), ""),
     "Anna Hollis"),
    # ... but a deputy mayor is not the mayor, and two mayors leave it untold.
    ((("a.txt", "Anna Hollis", ("Deputy Mayor",)), ("b.txt", "Lars Hollis", ())), ("c.txt", ("Mayor",), ""), None),
    ((("a.txt", "Anna Hollis", ("Mayor",)), ("b.txt", "Lars Hollis", ("Mayor",))), ("c.txt", ("Mayor",), ""), None),
    # Where the article names both, the office tells them apart there too.
    ((("c.txt", "Anna Hollis", ("Mayor",)), ("c.txt", "Lars Hollis", ("Judge",))), ("c.txt", ("Mayor",), ""),
     "Anna Hollis"),
    # An article whose two Hollises hold no such office cannot tell, whoever holds it elsewhere.
    ((("c.txt", "Anna Hollis", ()), ("c.txt", "Lars Hollis", ()), ("a.txt", "Karin Hollis", ("Mayor",))),
     ("c.txt", ("Mayor",), ""), None),
    # An article whose one Hollis holds another office there cannot be its 'Secretary Hollis':
    # the dossier tells, and leaves it untold where no Hollis holds that office.
    ((("c.txt", "Lars Hollis", ("President",)), ("a.txt", "Anna Hollis", ("Secretary of State",))),
     ("c.txt", ("Secretary",), ""), "Anna Hollis"),
    ((("c.txt", "Lars Hollis", ("President",)), ("a.txt", "Anna Hollis", ("Judge",))),
     ("c.txt", ("Secretary",), ""), None),
    # An article whose one Hollis cannot be its 'Mr. Hollis' leaves the dossier to tell.
    ((("a.txt", "Lars Hollis", ()), ("c.txt", "Anna Hollis", ())), ("c.txt", (), "male"), "Lars Hollis"),
    ((("a.txt", "Lars Hollis", ()), ("b.txt", "Tom Hollis", ()), ("c.txt", "Anna Hollis", ())),
     ("c.txt", (), "male"), None),
])
def test_a_surname_joins_the_one_person_holding_its_office(others, short, joins):
    source, roles, gender = short
    by_source: dict[str, list[Mention]] = {}
    for where, full, held in others:
        by_source.setdefault(where, []).append(Mention(full, "person", roles=held))
    by_source.setdefault(source, []).append(Mention("Hollis", "person", roles=roles, gender=gender))
    _, actor_of = merged(*(extraction(s, *found) for s, found in sorted(by_source.items())))
    full_ids = {actor_of[(where, full)] for where, full, _ in others}
    if joins is None:
        assert actor_of[(source, "Hollis")] not in full_ids
    else:
        assert actor_of[(source, "Hollis")] == actor_of[next((w, f) for w, f, _ in others if f == joins)]



@pytest.mark.parametrize("names, together", [
    # An acronym joins the one name of the dossier it spells, when no article spells it out.
    ((("Lund City Authority", "organisation"), ("LCA", "organisation")), True),
    ((("Daily Ledger Group", "organisation"), ("DLG", "other")), True),
    # Two names spell it, or the kinds differ: it stays apart.
    ((("Lund City Authority", "organisation"), ("Lake Cora Association", "organisation"),
      ("LCA", "organisation")), False),
    ((("Lund City Authority", "organisation"), ("LCA", "place")), False),
    ((("Lund City Authority", "organisation"), ("LC", "organisation")), False),
])
def test_an_acronym_joins_the_name_the_dossier_has(names, together):
    extractions = [extraction(f"{n}.txt", Mention(name, kind)) for n, (name, kind) in enumerate(names)]
    _, actor_of = merged(*extractions)
    acronym = (f"{len(names) - 1}.txt", names[-1][0])
    assert (actor_of[acronym] == actor_of[("0.txt", names[0][0])]) == together


@pytest.mark.parametrize("papers, together", [
    ((("Lund Times", "organisation"),), True),
    ((("Lund Times", "organisation"), ("Oslo Times", "organisation")), False),
    ((("Lund Times", "place"),), False),
])
def test_the_times_is_the_one_times_of_the_dossier(papers, together):
    extractions = [extraction(f"{n}.txt", Mention(name, kind)) for n, (name, kind) in enumerate(papers)]
    _, actor_of = merged(*extractions, extraction("times.txt", Mention("Times", "other")))
    assert (actor_of[("times.txt", "Times")] == actor_of[("0.txt", papers[0][0])]) == together


@pytest.mark.parametrize("article, joins", [
    ((Mention("Anna Hollis", "person"), Mention("Anna", "other")), "Anna Hollis"),
    ((Mention("James Hollis", "person"), Mention("Jim", "person")), "James Hollis"),
    # Two people of the article have that first name; someone there has it as a surname.
    ((Mention("Anna Hollis", "person"), Mention("Anna Berg", "person"), Mention("Anna", "other")), None),
    ((Mention("Anna Hollis", "person"), Mention("Tom Anna", "person"), Mention("Anna", "person")), "Tom Anna"),
])
def test_a_first_name_alone_joins_the_one_person_of_its_article(article, joins):
    _, actor_of = merged(extraction("a.txt", *article), extraction("b.txt", Mention("Anna Lund", "person")))
    first = actor_of[("a.txt", article[-1].name)]
    if joins is None:
        assert first not in {actor_of[("a.txt", m.name)] for m in article[:-1]}
    else:
        assert first == actor_of[("a.txt", joins)]


@pytest.mark.parametrize("named, joins", [
    # Anna Berg is called 'Berg' alone in two articles, Tom Berg in none: 'Berg' is she.
    ((("Anna Berg", True), ("Anna Berg", True), ("Tom Berg", False)), "Anna Berg"),
    # Once is not enough; and where Tom Berg is called so too, 'Berg' is no one's.
    ((("Anna Berg", True), ("Tom Berg", False)), None),
    ((("Anna Berg", True), ("Anna Berg", True), ("Tom Berg", True)), None),
])
def test_a_surname_its_article_cannot_tell_joins_the_person_it_has_always_meant(named, joins):
    extractions = [extraction(f"{n}.txt", Mention(name, "person", aliases=("Berg",) if alone else ()))
                   for n, (name, alone) in enumerate(named)]
    _, actor_of = merged(*extractions, extraction("x.txt", Mention("Berg", "person")))
    people = {actor_of[(f"{n}.txt", name)] for n, (name, _) in enumerate(named)}
    if joins is None:
        assert actor_of[("x.txt", "Berg")] not in people
    else:
        assert actor_of[("x.txt", "Berg")] == actor_of[(f"{[n for n, _ in named].index(joins)}.txt", joins)]


@pytest.mark.parametrize("article, joins", [
    ((Mention("Anna Maria Berg", "person"), Mention("Anna Maria", "person")), "Anna Maria Berg"),
    ((Mention("Honest Tom Lund", "person", aliases=("Tom Lund",)), Mention("Honest Tom", "person")),
     "Honest Tom Lund"),
    # A fuller name that only adds a generation is someone else: his son.
    ((Mention("Anna Maria Berg Jr.", "person"), Mention("Anna Maria Berg", "person")), None),
    # Two fuller names of the article begin so: it stays apart.
    ((Mention("Anna Maria Berg", "person"), Mention("Anna Maria Lund", "person"), Mention("Anna Maria", "person")),
     None),
])
def test_a_name_joins_the_one_fuller_name_of_its_article_that_begins_with_it(article, joins):
    _, actor_of = merged(extraction("a.txt", *article), extraction("b.txt", Mention("Anna Maria Holm", "person")))
    short = actor_of[("a.txt", article[-1].name)]
    if joins is None:
        assert short not in {actor_of[("a.txt", m.name)] for m in article[:-1]}
    else:
        assert short == actor_of[("a.txt", joins)]


@pytest.mark.parametrize("elsewhere, article, joins", [
    # The article names Tom Berg and 'Anna'; the dossier's one Anna Berg is she.
    (("Anna Berg", "Anna Lund"), (Mention("Tom Berg", "person"), Mention("Anna", "person")), "Anna Berg"),
    (("Anna Berg",), (Mention("Tom Berg", "person", aliases=("Berg",)), Mention("Anna", "other")), "Anna Berg"),
    # No surname of hers in the article, or two Anna Bergs: she stays apart.
    (("Anna Berg",), (Mention("Tom Lund", "person"), Mention("Anna", "person")), None),
    (("Anna B. Berg", "Anna C. Berg"), (Mention("Tom Berg", "person"), Mention("Anna", "person")), None),
])
def test_a_first_name_alone_joins_the_person_of_the_dossier_whose_surname_its_article_prints(
        elsewhere, article, joins):
    others = [extraction(f"{n}.txt", Mention(name, "person")) for n, name in enumerate(elsewhere)]
    _, actor_of = merged(*others, extraction("x.txt", *article))
    first = actor_of[("x.txt", "Anna")]
    if joins is None:
        assert first not in {actor_of[(f"{n}.txt", name)] for n, name in enumerate(elsewhere)}
    else:
        assert first == actor_of[(f"{elsewhere.index(joins)}.txt", joins)]


@pytest.mark.parametrize("names, together", [
    ((("LTV News", "organisation"), ("LTV", "organisation")), True),
    ((("Lund Media Group", "organisation"), ("Lund Media", "other")), True),
    ((("Varden Chemical", "organisation"), ("Varden", "other")), True),
    ((("LTV News", "organisation"), ("LTV Network", "organisation"), ("LTV", "organisation")), False),
    ((("Lund Harbour Group", "organisation"), ("Lund Harbour", "place")), False),
])
def test_a_body_is_one_with_or_without_its_last_word(names, together):
    extractions = [extraction(f"{n}.txt", Mention(name, kind)) for n, (name, kind) in enumerate(names)]
    _, actor_of = merged(*extractions)
    short = (f"{len(names) - 1}.txt", names[-1][0])
    assert (actor_of[short] == actor_of[("0.txt", names[0][0])]) == together


@pytest.mark.parametrize("names, together", [
    # Printed without its country, its body or its chamber: the one body of the dossier.
    ((("Danish Air Force", "organisation"), ("Air Force", "organisation")), True),
    ((("U.S. Senate", "organisation"), ("Senate", "organisation")), True),
    ((("United Nations", "organisation"), ("United Nations Trade Council", "organisation"),
      ("Trade Council", "other")), True),
    ((("House Harbour Committee", "organisation"), ("Harbour Committee", "organisation")), True),
    # Two bodies of two countries end so, or the first word is no country nor body: apart.
    ((("Danish Air Force", "organisation"), ("Swedish Air Force", "organisation"), ("Air Force", "organisation")),
     False),
    ((("National Trade Council", "organisation"), ("Trade Council", "organisation")), False),
    ((("Lund Harbour Committee", "organisation"), ("Harbour Committee", "organisation")), False),
])
def test_a_body_printed_without_its_country_or_body_joins_the_one_the_dossier_has(names, together):
    extractions = [extraction(f"{n}.txt", Mention(name, kind)) for n, (name, kind) in enumerate(names)]
    _, actor_of = merged(*extractions)
    short = (f"{len(names) - 1}.txt", names[-1][0])
    longer = len(names) - 2
    assert (actor_of[short] == actor_of[(f"{longer}.txt", names[longer][0])]) == together


@pytest.mark.parametrize("first, second, together", [
    (Mention("Lund campaign", "organisation"), Mention("Lund's campaign", "other"), True),
    (Mention("Lund Foundation", "organisation"), Mention("Lund\u2019s foundation", "other"), True),
    # Another owner's campaign stays apart.
    (Mention("Lund campaign", "organisation"), Mention("Lund Harbour campaign", "other"), False),
])
def test_a_body_is_one_with_or_without_the_possessive_of_its_owner(first, second, together):
    actors, _ = merged(extraction("a.txt", first), extraction("b.txt", second))
    assert (len(actors) == 1) == together


@pytest.mark.parametrize("elsewhere, joins", [
    # The dossier's one Berg, or its one body of that name, is the name the text gave no kind.
    ((Mention("Anna Berg", "person"),), "Anna Berg"),
    ((Mention("Berg", "organisation"),), "Berg"),
    # Two Bergs, or a Berg and a body of that name: the name is no one's, and no actor.
    ((Mention("Anna Berg", "person"), Mention("Tom Berg", "person")), None),
    ((Mention("Anna Berg", "person"), Mention("Berg", "organisation")), None),
    ((), None),
])
def test_a_name_with_no_kind_joins_the_one_actor_of_the_dossier_it_names_or_none(elsewhere, joins):
    others = [extraction(f"{n}.txt", mention) for n, mention in enumerate(elsewhere)]
    actors, actor_of = merged(*others, extraction("x.txt", Mention("Berg", "")))
    if joins is None:
        assert ("x.txt", "Berg") not in actor_of and len(actors) == len(elsewhere)
    else:
        n = [m.name for m in elsewhere].index(joins)
        assert actor_of[("x.txt", "Berg")] == actor_of[(f"{n}.txt", joins)]
        assert "x" in next(a for a in actors if a.id == actor_of[("x.txt", "Berg")]).articles


@pytest.mark.parametrize("unkinded, joins", [
    # 'told LUNDAIR' in one article, 'fares at Lundair' in another: an outlet's name.
    ((Mention("Lundair", "", aliases=("LUNDAIR",)), Mention("Lundair", "")), True),
    ((Mention("LUNDAIR", ""),), True),
    # Never printed in capitals: a party's adjective, a family's plural, as like as a name.
    ((Mention("Lundair", ""), Mention("Lundair", "")), False),
])
def test_a_name_with_no_kind_in_capitals_joins_the_one_word_name_that_speaks_elsewhere(unkinded, joins):
    spoke = [extraction(f"{n}.txt", Mention("Lundair", "other", kind_reason=SPEAKS_REASON)) for n in (1, 2)]
    quiet = [extraction(f"x{n}.txt", mention) for n, mention in enumerate(unkinded)]
    actors, actor_of = merged(*spoke, *quiet)
    assert len(actors) == 1
    assert (set(actors[0].articles) == {"1", "2", *(f"x{n}" for n in range(len(unkinded)))}) == joins


def test_merged_actor_carries_roles_with_their_article_aliases_and_articles():
    actors, actor_of = merged(
        extraction("a.txt", Mention("Anna Berg", "person", ("Berg",), ("Mayor",), ("Oslo",), (1, 2))),
        extraction("b.txt", Mention("Berg", "person", (), ("former Mayor",), (), (3,))),
    )
    (actor,) = actors
    assert actor.name == "Anna Berg" and actor.kind == "person"
    assert actor.aliases == ("Berg",)
    assert actor.roles == (Role("Mayor", "a"), Role("former Mayor", "b"))
    assert actor.affiliations == ("Oslo",)
    assert actor.articles == ("a", "b")
    assert actor_of[("a.txt", "Anna Berg")] == actor_of[("b.txt", "Berg")] == actor.id
    assert actor_of[("a.txt", "Berg")] == actor.id


def test_ids_are_unique_and_stable():
    one = extraction("a.txt", Mention("Anna Berg", "person"), Mention("Oslo", "place"))
    two = extraction("b.txt", Mention("Anna-Berg", "organisation"))
    first, _ = merged(one, two)
    again, _ = merged(two, one)
    assert len({a.id for a in first}) == len(first) == 3
    assert {a.id for a in first} == {a.id for a in again}


def test_local_groups_get_ids_of_their_own_that_facts_resolve_to():
    actors, actor_of = merged(extraction("a.txt", Mention("Police", "organisation", local=True)),
                              extraction("b.txt", Mention("Police", "organisation", local=True)))
    assert len({a.id for a in actors}) == 2
    assert actor_of[("a.txt", "Police")] != actor_of[("b.txt", "Police")]


def test_an_actor_keeps_the_reason_most_of_its_mentions_give_for_its_kind():
    actors, _ = merged(extraction("a.txt", Mention("Anna Berg", "person", kind_reason="a title or role beside it")),
                       extraction("b.txt", Mention("Anna Berg", "person", kind_reason="the shape of its name")),
                       extraction("c.txt", Mention("Anna Berg", "person", kind_reason="a title or role beside it")))
    assert [a.kind_reason for a in actors] == ["a title or role beside it"]


@pytest.mark.parametrize("kinds, kind", [
    # A kind an article could tell beats 'other', which says only that it could not.
    (("other", "other", "organisation"), "organisation"),
    (("other", "organisation"), "organisation"),
    (("other", "other"), "other"),
    # Between kinds an article could tell, the most mentions decide.
    (("organisation", "place", "place"), "place"),
])
def test_an_actor_takes_the_kind_an_article_could_tell_over_other(kinds, kind):
    found = [extraction(f"{n}.txt", Mention("Lund Harbour Trust", k)) for n, k in enumerate(kinds)]
    actors, _ = merged(*found)
    assert [a.kind for a in actors] == [kind]


@pytest.mark.parametrize("elsewhere, pages", [
    # A full name that only speaks in some articles is the person another article names.
    ((Mention("Anna Berg", "other", kind_reason=SPEAKS_REASON),
      Mention("Anna Berg", "other", kind_reason=SPEAKS_REASON)), [("Anna Berg", "person", 3)]),
    # Not where a body of the dossier has that name: the kind is left open.
    ((Mention("Anna Berg", "other", kind_reason=SPEAKS_REASON), Mention("Anna Berg", "organisation")),
     [("Anna Berg", "organisation", 2), ("Anna Berg", "person", 1)]),
])
def test_a_full_name_that_only_speaks_joins_the_person_of_that_name(elsewhere, pages):
    found = [extraction("a.txt", Mention("Anna Berg", "person", roles=("Sen.",))),
             *(extraction(f"{n}.txt", m) for n, m in enumerate(elsewhere))]
    actors, _ = merged(*found)
    assert sorted((a.name, a.kind, len(a.articles)) for a in actors) == pages


TEAM = "a town's name that plays a match or has players"
GAZETTEER = "a place or short form the gazetteer knows"


def test_a_town_an_article_makes_a_club_is_an_organisation_in_that_article():
    actors, actor_of = merged(extraction("a.txt", Mention("Norvik", "place", kind_reason=GAZETTEER)),
                              extraction("b.txt", Mention("Norvik", "place", kind_reason=GAZETTEER)),
                              extraction("c.txt", Mention("Norvik", "organisation", kind_reason=TEAM)))
    kind_of = {a.id: a.kind for a in actors}
    assert kind_of[actor_of[("c.txt", "Norvik")]] == "organisation"
    assert kind_of[actor_of[("a.txt", "Norvik")]] == "place"
    assert actor_of[("a.txt", "Norvik")] == actor_of[("b.txt", "Norvik")]


def test_a_body_one_article_reads_as_a_place_stays_one_body():
    actors, actor_of = merged(extraction("a.txt", Mention("Storting", "organisation", kind_reason=GAZETTEER)),
                              extraction("b.txt", Mention("Storting", "organisation", kind_reason=GAZETTEER)),
                              extraction("c.txt", Mention("Storting", "place", kind_reason="the words around it")))
    assert [a.kind for a in actors] == ["organisation"]


@pytest.mark.parametrize("first, second, together", [
    # A department or ministry is printed with its head first or last.
    (Mention("Department of Lund Affairs", "organisation"), Mention("Lund Affairs Department", "organisation"), True),
    (Mention("Ministry of Coastal Works", "organisation"), Mention("Coastal Works Ministry", "organisation"), True),
    # ... and with or without its country before it.
    (Mention("U.S. Department of Lund Affairs", "organisation"), Mention("Lund Affairs Department", "organisation"),
     True),
    # So is a committee or commission 'on' its matter, with or without the sort of committee.
    (Mention("Select Committee on Harbour Safety", "organisation"),
     Mention("Harbour Safety Committee", "organisation"), True),
    (Mention("Commission on Coastal Works", "organisation"), Mention("Coastal Works Commission", "organisation"), True),
    (Mention("Joint Committee on Harbour Safety", "organisation"),
     Mention("Harbour Safety Committee", "organisation"), False),
    # A committee named for two matters is printed with the first alone, and without its chamber.
    (Mention("Harbour and Fisheries Committee", "organisation"), Mention("Harbour Committee", "organisation"), True),
    (Mention("House Harbour and Fisheries Committee", "organisation"), Mention("Harbour Committee", "organisation"),
     True),
    (Mention("Harbour and Fisheries Committee", "organisation"), Mention("Fisheries Committee", "organisation"), False),
    # A university is not: 'University of Lund' and 'Lund University' may be two.
    (Mention("University of Lund", "organisation"), Mention("Lund University", "organisation"), False),
    # The first words of a name printed as their initials.
    (Mention("Northern Alliance Trade Council", "organisation"), Mention("N.A. Trade Council", "organisation"), True),
    (Mention("Northern Alliance Trade Council", "organisation"), Mention("NA Trade Council", "organisation"), True),
    # A short form the patterns know is its full name, for the kind it names.
    (Mention("Britain", "place"), Mention("United Kingdom", "place"), True),
    (Mention("Britain", "organisation"), Mention("United Kingdom", "place"), False),
    # Two names spelt out in full are not one body for sharing initials.
    (Mention("Northern Alliance Trade Council", "organisation"), Mention("New Atlantic Trade Council", "organisation"),
     False),
])
def test_when_a_body_printed_two_ways_merges(first, second, together):
    actors, _ = merged(extraction("a.txt", first), extraction("b.txt", second))
    assert (len(actors) == 1) == together


def test_initials_stay_apart_where_two_names_spell_them():
    actors, actor_of = merged(extraction("a.txt", Mention("Northern Alliance Trade Council", "organisation")),
                              extraction("b.txt", Mention("New Atlantic Trade Council", "organisation")),
                              extraction("c.txt", Mention("N.A. Trade Council", "organisation")))
    assert len(actors) == 3


@pytest.mark.parametrize("once, often, together", [
    # A first name misspelt in one article: a letter changed, left out, added or swapped.
    ("Rosalnd Hollis", "Rosalind Hollis", True),
    ("Rosalind Hollis", "Rosalinde Hollis", True),
    ("Rosailnd Hollis", "Rosalind Hollis", True),
    ("Rosland Hollis", "Rosalind Hollis", False),     # two letters
    ("Marie Hollis", "Maria Hollis", False),          # short names a letter apart are two names
    ("Rosalind Hollis", "Rosalind Hollins", False),   # the surname differs
])
def test_a_first_name_misspelt_once_joins_the_person_named_so_elsewhere(once, often, together):
    actors, actor_of = merged(extraction("a.txt", Mention(often, "person")),
                              extraction("b.txt", Mention(often, "person")),
                              extraction("c.txt", Mention(once, "person")))
    assert (actor_of[("c.txt", once)] == actor_of[("a.txt", often)]) == together


def test_two_first_names_a_letter_apart_each_named_once_stay_two():
    actors, _ = merged(extraction("a.txt", Mention("Rosalnd Hollis", "person")),
                       extraction("b.txt", Mention("Rosalind Hollis", "person")))
    assert len(actors) == 2


def test_two_first_names_a_letter_apart_each_named_once_with_one_office_are_one_person():
    actors, _ = merged(extraction("a.txt", Mention("Rosalnd Hollis", "person", roles=("Harbour Minister",))),
                       extraction("b.txt", Mention("Rosalind Hollis", "person", roles=("former Harbour Minister",))),
                       extraction("c.txt", Mention("Rosaline Hollis", "person", roles=("Mayor",))))
    assert sorted(a.name for a in actors) == ["Rosalind Hollis", "Rosaline Hollis"]


@pytest.mark.parametrize("others, shouted, joins", [
    # A surname in capitals that nothing gave a kind ('HOLLIS:' before a transcript's lines)
    # is the one Hollis of the dossier...
    ((("a.txt", "Anna Hollis", "person"),), "HOLLIS", "Anna Hollis"),
    # ... not one of two ...
    ((("a.txt", "Anna Hollis", "person"), ("b.txt", "Lars Hollis", "person")), "HOLLIS", None),
    # ... and capitals too short to tell from an acronym are left alone.
    ((("a.txt", "Bo Hale", "person"),), "HALE", None),
    # Capitals of no surname are the same name in other letters.
    ((("a.txt", "Hollisport", "other"),), "HOLLISPORT", "Hollisport"),
])
def test_a_name_in_capitals_joins_the_one_person_of_that_surname(others, shouted, joins):
    found = [extraction(source, Mention(name, kind)) for source, name, kind in others]
    _, actor_of = merged(*found, extraction("c.txt", Mention(shouted, "other")))
    ids = {actor_of[(source, name)] for source, name, _ in others}
    if joins is None:
        assert actor_of[("c.txt", shouted)] not in ids
    else:
        assert actor_of[("c.txt", shouted)] == actor_of[next((s, n) for s, n, _ in others if n == joins)]


def test_a_person_is_named_in_full_though_most_articles_give_the_surname():
    actors, _ = merged(extraction("a.txt", Mention("Anna Hollis", "person")),
                       extraction("b.txt", Mention("Hollis", "person")),
                       extraction("c.txt", Mention("Hollis", "person")))
    assert [a.name for a in actors] == ["Anna Hollis"]


@pytest.mark.parametrize("joined, alone, split", [
    # Two names the dossier gives alone, strung together by 'and': two actors.
    ("Jo Lund and Harbour News", ("Jo Lund", "Harbour News"), True),
    ("Jo Lund & Harbour News", ("Jo Lund", "Harbour News"), True),
    # One body's name with 'and' in it: one actor, though a part is named alone.
    ("Harbour and Coastal Works Agency", ("Harbour",), False),
])
def test_a_name_stringing_two_names_of_the_dossier_together_is_two_actors(joined, alone, split):
    kinds = {"Jo Lund": "person"}
    others = [extraction(f"{n}.txt", Mention(name, kinds.get(name, "organisation"))) for n, name in enumerate(alone)]
    actors, actor_of = merged(*others, extraction("z.txt", Mention(joined, "organisation")))
    assert (joined not in {a.name for a in actors}) == split
    if split:
        assert {actor_of[("z.txt", name)] for name in alone} == {actor_of[(f"{n}.txt", name)]
                                                                 for n, name in enumerate(alone)}
        assert {a.kind for a in actors} == {"person", "organisation"}


def speakers_across(*texts: str) -> list[tuple[str, int]]:
    from dossier.model import Document
    from dossier.pipeline import extract
    from dossier.resolve import resolve
    story = "Tomas Berg, the mayor of Lund, spoke on Monday.\n\n"
    dossier = resolve(tuple(extract(Document(f"{n}.txt", f"Headline {n}\n\n{story}{text}\n", "text", str(n)))
                            for n, text in enumerate(texts)))
    return sorted((a.name.replace("’", "'"), len(a.articles)) for a in dossier.actors if a.kind == "other")


@pytest.mark.parametrize("texts, expected", [
    # A group named by whom it belongs to is one actor across articles ...
    (("Berg aides said the port would reopen in May.", "Berg aides said the ferry across the river would stop in June."),
     [("Berg aides", 2)]),
    # ... the words written with either apostrophe.
    (("Berg's campaign said the port would reopen in May.", "Berg’s campaign said the ferry across the river would stop in June."),
     [("Berg's campaign", 2)]),
    # One of its people is someone of one article: two articles, perhaps two aides.
    (("A Berg aide said the port would reopen in May.", "A Berg aide said the ferry across the river would stop in June."),
     [("A Berg aide", 1), ("A Berg aide", 1)]),
])
def test_a_group_that_speaks_is_one_actor_across_articles_and_one_of_its_people_is_not(texts, expected):
    assert speakers_across(*texts) == expected


def test_a_surname_joins_the_person_it_has_always_meant_after_an_earlier_join():
    # The first 'Berg' joins Anna Berg and becomes the first of her mentions; the last must
    # still find her as the one the dossier calls 'Berg'.
    extractions = [extraction("0.txt", Mention("Berg", "person")),
                   extraction("1.txt", Mention("Anna Berg", "person", aliases=("Berg",))),
                   extraction("2.txt", Mention("Anna Berg", "person", aliases=("Berg",))),
                   extraction("3.txt", Mention("Tom Berg", "person")),
                   extraction("4.txt", Mention("Berg", "person"))]
    _, actor_of = merged(*extractions)
    anna = actor_of[("1.txt", "Anna Berg")]
    assert actor_of[("0.txt", "Berg")] == anna
    assert actor_of[("4.txt", "Berg")] == anna


@pytest.mark.parametrize("tom, anna, alone, joins", [
    # 'Tom Berg said ... Berg added ... his wife, Anna Berg': the surname is the man just named.
    ((1,), (5,), (2, 6), "Tom Berg"),
    ((1, 4), (3,), (2, 3), "Tom Berg"),
    # Both named before the surname is used alone, or in the same paragraph as it: untold.
    ((1,), (2,), (3,), None),
    ((2,), (2,), (3,), None),
    # Only a headline uses it alone: the headline tells no order.
    ((1,), (5,), (0,), None),
])
def test_a_surname_is_the_person_its_article_named_in_full_just_before(tom, anna, alone, joins):
    _, actor_of = merged(extraction("a.txt", Mention("Tom Berg", "person", paragraphs=tom),
                                    Mention("Anna Berg", "person", paragraphs=anna),
                                    Mention("Berg", "person", paragraphs=alone)))
    people = {name: actor_of[("a.txt", name)] for name in ("Tom Berg", "Anna Berg")}
    if joins is None:
        assert actor_of[("a.txt", "Berg")] not in people.values()
    else:
        assert actor_of[("a.txt", "Berg")] == people[joins]


SPEAKS = "it speaks in the text"


@pytest.mark.parametrize("elsewhere, joins", [
    # 'Berg said', of no kind the text tells, is the one Berg of the dossier ...
    ((Mention("Anna Berg", "person"),), "Anna Berg"),
    # ... and no one where two Bergs may be meant ...
    ((Mention("Anna Berg", "person"), Mention("Tom Berg", "person")), None),
    # ... and the body of the dossier of that name, where one has it.
    ((Mention("Berg", "organisation"), Mention("Anna Berg", "person")), "Berg"),
])
def test_a_name_that_speaks_of_no_kind_is_read_as_a_surname_too(elsewhere, joins):
    extractions = [extraction(f"{n}.txt", mention) for n, mention in enumerate(elsewhere)]
    _, actor_of = merged(*extractions, extraction("x.txt", Mention("Berg", "other", kind_reason=SPEAKS)))
    others = {actor_of[(f"{n}.txt", m.name)]: m.name for n, m in enumerate(elsewhere)}
    assert others.get(actor_of[("x.txt", "Berg")]) == joins


@pytest.mark.parametrize("places, dateline, joins", [
    # 'LUNDBY -' opening a story names the city the dossier calls 'Lundby City' ...
    (("Lundby City",), Mention("LUNDBY", "place", paragraphs=(1,)), "Lundby City"),
    (("Lundby, N.D.",), Mention("LUNDBY", "place", paragraphs=(1, 4)), "Lundby, N.D."),
    # ... not where the dossier names two places so, nor 'Lundby' in a story's text, which
    # may be the state.
    (("Lundby City", "Lundby, N.D."), Mention("LUNDBY", "place", paragraphs=(1,)), None),
    (("Lundby City",), Mention("Lundby", "place", paragraphs=(1,)), None),
    (("Lundby City",), Mention("LUNDBY", "place", paragraphs=(3,)), None),
])
def test_a_dateline_names_the_city_of_its_name(places, dateline, joins):
    extractions = [extraction(f"{n}.txt", Mention(name, "place")) for n, name in enumerate(places)]
    _, actor_of = merged(*extractions, extraction("x.txt", dateline))
    cities = {actor_of[(f"{n}.txt", name)]: name for n, name in enumerate(places)}
    assert cities.get(actor_of[("x.txt", dateline.name)]) == joins


@pytest.mark.parametrize("forms, name", [
    # A place named only in capitals, as a dateline names it, is spelt as the gazetteer does.
    (("OSLO",), "Oslo"),
    (("OSLO", "OSLO"), "Oslo"),
    # An acronym that stands for a place stays as it is, and so does a place no one knows.
    (("USA",), "USA"),
    (("LUNDBYHAVN",), "LUNDBYHAVN"),
])
def test_a_place_named_only_in_capitals_is_spelt_as_the_gazetteer_spells_it(forms, name):
    actors, _ = merged(*(extraction(f"{n}.txt", Mention(form, "place")) for n, form in enumerate(forms)))
    assert [actor.name for actor in actors] == [name]


@pytest.mark.parametrize("roles, shown", [
    # A title before a name and the same role after it are one role, spelt as most write it.
    ((("Director",), ("director",), ("director",)), ("director",)),
    ((("General Counsel",), ("general counsel",), ("General Counsel",)), ("General Counsel",)),
    ((("Mayor",), ("former Mayor",)), ("Mayor", "former Mayor")),
    # A title written short is the role it stands for, shown written out where one is.
    ((("Sen.",), ("Sen.",), ("Senator",)), ("Senator",)),
    ((("Gov.",), ("governor",)), ("governor",)),
    ((("Sen.",), ("Sen.",)), ("Sen.",)),
])
def test_a_role_in_other_capitals_is_one_role(roles, shown):
    actors, _ = merged(*(extraction(f"{n}.txt", Mention("Anna Berg", "person", roles=r)) for n, r in enumerate(roles)))
    (actor,) = actors
    assert tuple(dict.fromkeys(role.text for role in actor.roles)) == shown


@pytest.mark.parametrize("kind, keeps", [("person", True), ("other", True), ("place", False), ("organisation", False)])
def test_only_a_person_holds_the_roles_read_beside_its_name(kind, keeps):
    # 'the leader of a major Ruritanian party': a role word read before a name is an
    # adjective when the name is a place or a body.
    actors, _ = merged(extraction("a.txt", Mention("Ruritania", kind, roles=("major",))),
                       extraction("b.txt", Mention("Ruritania", kind)))
    (actor,) = actors
    assert actor.roles == ((Role("major", "a"),) if keeps else ())


@pytest.mark.parametrize("told, printed", [
    (Mention("New York State", "place", aliases=("New York",)), Mention("New York", "place")),
    (Mention("United Nations General Assembly", "organisation", aliases=("General Assembly",)),
     Mention("General Assembly", "organisation")),
])
def test_a_shared_name_one_article_told_apart_ties_no_other_article_to_it(told, printed):
    _, actor_of = merged(extraction("a.txt", told), extraction("b.txt", printed))
    assert actor_of[("a.txt", told.name)] != actor_of[("b.txt", printed.name)]


def test_an_office_no_one_of_the_surname_holds_leaves_the_person_named_first():
    # 'Hollis, a top aide said, ...' gives the surname an office no Hollis of the dossier holds:
    # it tells neither Hollis apart, and the one named in full first is meant.
    found = (Mention("Anna Hollis", "person", paragraphs=(1,)), Mention("Lars Hollis", "person", paragraphs=(9,)),
             Mention("Hollis", "person", roles=("top aide",), paragraphs=(2, 5)))
    _, actor_of = merged(extraction("a.txt", *found))
    assert actor_of[("a.txt", "Hollis")] == actor_of[("a.txt", "Anna Hollis")]


def test_a_body_printed_with_its_owner_before_or_after_is_one_actor():
    _, actor_of = merged(extraction("a.txt", Mention("General Assembly of the United Nations", "organisation")),
                         extraction("b.txt", Mention("United Nations General Assembly", "organisation")))
    assert actor_of[("a.txt", "General Assembly of the United Nations")] == \
        actor_of[("b.txt", "United Nations General Assembly")]


@pytest.mark.parametrize("names, kind, name", [
    # A group that speaks is named as the sentence it opens writes it ('Experts said ...').
    (("harbour pilots", "harbour pilots", "Harbour pilots"), "other", "Harbour pilots"),
    (("experts", "Experts"), "other", "Experts"),
    # Written in lower case everywhere, it stays so.
    (("experts", "experts"), "other", "experts"),
    # A name keeps the spelling most mentions give it.
    (("van Berg", "van Berg", "Van Berg"), "person", "van Berg"),
])
def test_a_speaking_group_is_named_as_it_opens_a_sentence(names, kind, name):
    actors, _ = merged(extraction("a.txt", *(Mention(n, kind, local=True) for n in names)))
    assert [a.name for a in actors] == [name]


ANNA = Mention("Anna Berg", "person", aliases=("Berg", "Anna"), roles=("Mayor",))


@pytest.mark.parametrize("nickname, joined", [
    # A word that is no first name before the first name Anna Berg is called by alone.
    (Mention("Sleepy Anna", "person", kind_reason=SHAPE_REASON), True),
    (Mention("Crooked Anna", "person", kind_reason=SHAPE_REASON), True),
    # A first name before it: another person's full name ('Maria Anna').
    (Mention("Maria Anna", "person", kind_reason=SHAPE_REASON), False),
    # A role or a title beside it: someone of her own.
    (Mention("Lindqvist Anna", "person", roles=("skipper",), kind_reason="a title or role beside it"), False),
    # A surname alone is no first name the dossier calls her by.
    (Mention("Sleepy Berg", "person", kind_reason=SHAPE_REASON), False),
])
def test_nickname_before_a_first_name_is_an_alias_of_its_one_person(nickname, joined):
    actors, _ = merged(extraction("a.txt", ANNA), extraction("b.txt", ANNA), extraction("c.txt", nickname))
    anna = next(a for a in actors if a.name == "Anna Berg")
    assert (nickname.name in anna.aliases) == joined
    assert (len(actors) == 1) == joined


def test_nickname_stays_apart_when_two_people_go_by_its_first_name():
    other = Mention("Anna Lund", "person", aliases=("Lund", "Anna"), roles=("skipper",))
    actors, _ = merged(extraction("a.txt", ANNA), extraction("b.txt", other),
                       extraction("c.txt", Mention("Sleepy Anna", "person", kind_reason=SHAPE_REASON)))
    assert len(actors) == 3


def written(source: str, text: str, *mentions: Mention) -> Extraction:
    return Extraction(Article(id=source, source=source, headline=source, paragraphs=(Paragraph(1, text),)),
                      tuple(mentions), ())


@pytest.mark.parametrize("name, text, kind, reason", [
    # 'the' before a name of two capitalised words: no person's name.
    ("Harbour Gazette", "Readers of the Harbour Gazette, which is printed in Lund, wrote in.", "organisation",
     THE_NAME_REASON),
    ("Quay Gazette", "The Quay Gazette reported that the pier would close.", "organisation", THE_BODY_REASON),
    ("Lund Ledger", "Ferry fares rose, the Lund Ledger said on Monday.", "organisation", THE_BODY_REASON),
    # A person's name qualifying a noun after 'the' is still a person's.
    ("Anna Lindqvist", "Police reopened the Anna Lindqvist case on Monday.", "person", SHAPE_REASON),
    ("Anna Lindqvist", "Anna Lindqvist walked to the pier.", "person", SHAPE_REASON),
])
def test_name_written_after_the_is_no_person(name, text, kind, reason):
    actors, _ = merged(written("a.txt", text, Mention(name, "person", kind_reason=SHAPE_REASON)))
    assert (actors[0].kind, actors[0].kind_reason) == (kind, reason)


def test_name_after_the_stays_a_person_with_a_title_in_another_article():
    actors, _ = merged(written("a.txt", "Readers of the Harbour Gazette, which is printed in Lund, wrote in.",
                               Mention("Harbour Gazette", "person", kind_reason=SHAPE_REASON)),
                       written("b.txt", "Mayor Harbour Gazette spoke.",
                               Mention("Harbour Gazette", "person", roles=("Mayor",), kind_reason="a title or role beside it")))
    assert actors[0].kind == "person"


@pytest.mark.parametrize("surname, people, one_actor", [
    # 'Lund led Berg by 20 points': a team's reading of the surname of the article's Anna Berg.
    (Mention("Berg", "organisation", kind_reason=KIND_REASONS["kind_from_team"]), ("Anna Berg",), True),
    (Mention("Berg", "organisation", kind_reason="the names it is listed with"), ("Anna Berg",), True),
    (Mention("Berg", "place", kind_reason=KIND_REASONS["kind_from_preposition"]), ("Anna Berg",), True),
    # Two people of the surname: the article does not tell which.
    (Mention("Berg", "organisation", kind_reason=KIND_REASONS["kind_from_team"]), ("Anna Berg", "Tom Berg"), False),
    # A place the gazetteer knows is read as the text gives it.
    (Mention("Berg", "place", kind_reason=KIND_REASONS["kind_from_gazetteer"]), ("Anna Berg",), False),
])
def test_surname_read_as_a_body_joins_the_person_its_article_names_in_full(surname, people, one_actor):
    actors, _ = merged(extraction("a.txt", *(Mention(p, "person") for p in people), surname))
    bergs = [a for a in actors if a.name.endswith("Berg")]
    assert (len(bergs) == len(people)) == one_actor


def test_surname_the_gazetteer_knows_by_another_spelling_joins_the_person_named_in_full():
    # The gazetteer files a town 'Būsh': 'Bush' in an article that names Anna Bush is hers.
    actors, _ = merged(extraction("a.txt", Mention("Anna Bush", "person"),
                                  Mention("Bush", "place", kind_reason=KIND_REASONS["kind_from_gazetteer"])))
    assert [(a.name, a.kind) for a in actors] == [("Anna Bush", "person")]
