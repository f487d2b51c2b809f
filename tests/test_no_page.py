"""A share of those polled or a document that speaks keeps its facts but gets no page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import handmade_dossier
from dossier.export import export_json
from dossier.model import Actor, Fact, Mention
from dossier.no_page import DESCRIPTION_REASON, DOCUMENT_REASON, KIND_OF_BODY_REASON, SHARE_REASON, no_page_reason
from dossier.render import render
from dossier.resolve import actor_from


@pytest.mark.parametrize("name, kind, reason", [
    # Shares of those polled, in figures or in words, with what they are a share of.
    ("61 percent", "other", SHARE_REASON),
    ("44 per cent of farmers", "other", SHARE_REASON),
    ("Only 12% of respondents", "other", SHARE_REASON),
    ("Thirty-one percent of Harbour Town residents", "other", SHARE_REASON),
    ("nearly two-thirds of likely voters", "other", SHARE_REASON),
    ("Almost half", "other", SHARE_REASON),
    ("More than six in 10", "other", SHARE_REASON),
    ("one in five of those asked", "other", SHARE_REASON),
    ("A strong majority of ferry users", "other", SHARE_REASON),
    ("About four in 10 Westport ferry users", "other", SHARE_REASON),
    ("More than 6 in 10 Harbour Party voters", "other", SHARE_REASON),
    ("a narrow minority", "other", SHARE_REASON),
    # Documents and polls named by a determiner or an owner before their head noun.
    ("the report", "other", DOCUMENT_REASON),
    ("its website", "other", DOCUMENT_REASON),
    ("The leaked memo", "other", DOCUMENT_REASON),
    ("a new Coastal Institute poll", "other", DOCUMENT_REASON),
    ("an analysis of ministry filings", "other", DOCUMENT_REASON),
    ("the agency's annual report", "other", DOCUMENT_REASON),
    ("Exit polls", "other", DOCUMENT_REASON),
    ("several recent surveys", "other", DOCUMENT_REASON),
    ("Polls", "other", DOCUMENT_REASON),
    # A poll by its own name, capitalised as a name is, whatever kind its shape suggested.
    ("Harbour Poll", "other", DOCUMENT_REASON),
    ("Lund-Acme Poll", "other", DOCUMENT_REASON),
    ("Coastal University Survey", "other", DOCUMENT_REASON),
    # ... and by the head noun before what says which one it is.
    ("a memo released Tuesday by the harbour board's auditor", "other", DOCUMENT_REASON),
    ("An email from Ana Lund", "other", DOCUMENT_REASON),
    ("a ferry survey in June", "other", DOCUMENT_REASON),
    ("Documents from the harbour board", "other", DOCUMENT_REASON),
    ("Berg's memoir", "other", DOCUMENT_REASON),
    ("Initial estimates", "other", DOCUMENT_REASON),
    # An acronym for a kind of body ('a super PAC'), not for one body.
    ("PAC", "other", KIND_OF_BODY_REASON),
    ("NGO", "other", KIND_OF_BODY_REASON),
    # A description that names no one: someone of one article a reader cannot look up.
    ("a senior aide", "other", DESCRIPTION_REASON),
    ("critics", "other", DESCRIPTION_REASON),
    ("Two harbour officials", "other", DESCRIPTION_REASON),
    ("the ministry's lawyers", "other", DESCRIPTION_REASON),
    ("409 dock workers", "other", DESCRIPTION_REASON),
    # Actors a reader looks up keep their page, a description tied to a name among them.
    ("Harbour Action PAC", "other", ""),
    ("a spokesman for the Lund Poll", "other", ""),
    ("a Lund campaign aide", "other", ""),
    ("Lund aides", "other", ""),
    ("Majority Leader", "other", ""),
    ("Westport", "other", ""),
    ("a spokesman for the Harbour Report", "other", ""),
    ("Members of the ferry press", "other", ""),
    ("Officials in the Statement Office", "other", ""),
    ("a spokeswoman", "other", DESCRIPTION_REASON),
    ("Harbour Town residents", "other", ""),
    ("Percival Centre for Research", "organisation", ""),
    ("Half Moon Bay", "other", ""),
    ("The Report", "other", ""),          # a title in capitals is a publication's name
    ("Post", "other", ""),                # a paper called by its masthead's last word
    ("61 percent", "organisation", ""),   # only a speaker no rule gave a kind
])
def test_a_poll_share_or_a_document_has_no_page(name, kind, reason):
    assert no_page_reason(name, kind) == reason


def with_a_poll_share():
    """The hand-made dossier with a share of those polled quoted in its first article."""
    dossier = handmade_dossier()
    article = dossier.articles[0].id
    share = Actor("forty-two-percent", "42 percent of residents", "other", articles=(article,),
                  kind_reason=SHARE_REASON)
    fact = Fact("f-0000000009", article, 3, "claim", "the drones came from the sea",
                speakers=(share.id,), cue="said")
    return replace(dossier, actors=(*dossier.actors, share), facts=(*dossier.facts, fact)), share


def test_a_speaker_with_no_page_keeps_its_facts_but_has_no_page_no_list_entry_and_no_link():
    dossier, share = with_a_poll_share()
    pages = render(dossier)
    assert f"actors/{share.id}.md" not in pages
    lists = "".join(text for path, text in pages.items() if path.startswith("actors/") or path == "index.md")
    assert share.name not in lists
    assert not any(f"actors/{share.id}" in text for text in pages.values())
    article_page = pages[f"articles/{share.articles[0]}.md"]
    assert f"by {share.name}: the drones came from the sea" in article_page


def test_the_export_keeps_a_speaker_with_no_page_and_says_why():
    dossier, share = with_a_poll_share()
    text = export_json(dossier)
    assert '"speakers": ["forty-two-percent"]' in text
    assert f'"kind": "other", "kind_reason": "{SHARE_REASON}"' in text


def test_a_merged_actor_named_as_a_share_gets_the_reason():
    found = [("a/poll.txt", Mention("57 percent of drivers", "other"))]
    actor = actor_from("s", found, {"a/poll.txt": "poll"})
    assert (actor.kind, actor.kind_reason) == ("other", SHARE_REASON)


@pytest.mark.parametrize("name, kind, reason", [
    # A poll by its own name, or a kind of body's acronym, that an article's shapes made a
    # person or a body has no page all the same.
    ("Lund-Acme Poll", "person", DOCUMENT_REASON),
    ("Harbour University Survey", "organisation", DOCUMENT_REASON),
    ("PAC", "organisation", KIND_OF_BODY_REASON),
    ("Harbour Action PAC", "organisation", None),
])
def test_a_merged_poll_or_kind_of_body_has_no_page_whatever_its_articles_kind(name, kind, reason):
    actor = actor_from("s", [("a/poll.txt", Mention(name, kind))], {"a/poll.txt": "poll"})
    if reason is None:
        assert actor.kind == kind
    else:
        assert (actor.kind, actor.kind_reason) == ("other", reason)
