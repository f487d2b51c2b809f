"""Reusing pages and export lines while serving: after any edit, a render with the memo gives
exactly the pages a fresh render gives, and an edit that touches little re-renders little."""

from __future__ import annotations

import copy
import os
from dataclasses import replace
from datetime import date

import pytest
from markupsafe import Markup

from conftest import handmade_dossier
from dossier.export import ExportMemo, export_json
from dossier.memo import PageMemo
from dossier.model import Actor, Article, Dossier, DossierError, Fact, Paragraph, Role
from dossier.render import environment, make_index, render

FIRST, SECOND = "ministry-answers-on-drones", "grid-attacks-continue"


def changed_actor(dossier: Dossier, actor_id: str, **fields) -> Dossier:
    return replace(dossier, actors=tuple(replace(a, **fields) if a.id == actor_id else a for a in dossier.actors))


def changed_article(dossier: Dossier, article_id: str, **fields) -> Dossier:
    return replace(dossier, articles=tuple(replace(a, **fields) if a.id == article_id else a
                                           for a in dossier.articles))


def changed_fact(dossier: Dossier, fact_id: str, **fields) -> Dossier:
    return replace(dossier, facts=tuple(replace(f, **fields) if f.id == fact_id else f for f in dossier.facts))


def without_article(dossier: Dossier, article_id: str) -> Dossier:
    return Dossier(tuple(a for a in dossier.articles if a.id != article_id),
                   tuple(replace(a, articles=tuple(x for x in a.articles if x != article_id))
                         for a in dossier.actors if set(a.articles) - {article_id}),
                   tuple(f for f in dossier.facts if f.article != article_id))


def with_article(dossier: Dossier) -> Dossier:
    added = Article(id="koval-visits-harbour-town", source="c/visit.txt", headline="Koval visits Harbour Town",
                    published=date(2026, 2, 2), paragraphs=(Paragraph(1, "Koval toured Harbour Town on Monday."),))
    actors = tuple(replace(a, articles=a.articles + (added.id,)) if a.id in ("olena-koval", "harbour-town") else a
                   for a in dossier.actors)
    fact = Fact("f-0000000009", added.id, 1, "event", "Koval toured Harbour Town", mentions=("olena-koval",),
                date=date(2026, 2, 2), date_text="on Monday")
    return Dossier(dossier.articles + (added,), actors, dossier.facts + (fact,))


def with_actor(dossier: Dossier) -> Dossier:
    added = Actor("daily-wire-service", "Daily Wire Service", "organisation", articles=(SECOND,))
    return replace(dossier, actors=dossier.actors + (added,))


EDITS = {
    "nothing": lambda d: d,
    "rename an actor": lambda d: changed_actor(d, "olena-koval", name="Olena Koval-Shevchenko"),
    "new alias, so article text links differently": lambda d: changed_actor(
        d, "coastal-monitoring-agency", aliases=("the agency", "CMA", "Monitoring Agency")),
    "new alias found in a fact's text": lambda d: changed_actor(
        d, "coastal-monitoring-agency", aliases=("the agency", "CMA", "grid")),
    "role in one article": lambda d: changed_actor(
        d, "olena-koval", roles=(Role("Defence Minister", FIRST), Role("Minister", ""), Role("Spokeswoman", SECOND))),
    "actor changes kind": lambda d: changed_actor(d, "coastal-monitoring-agency", kind="place"),
    "actor named in one more article": lambda d: changed_actor(d, "harbour-town", articles=(FIRST, SECOND)),
    "new headline": lambda d: changed_article(d, FIRST, headline="Ministry explains drone response"),
    "article loses its captions": lambda d: changed_article(d, FIRST, captions=()),
    "new date": lambda d: changed_article(d, SECOND, published=date(2026, 3, 1)),
    "paragraph edited": lambda d: changed_article(
        d, SECOND, paragraphs=(Paragraph(1, "Koval said the grid was hit twice."),) + d.articles[1].paragraphs[1:]),
    "fact reported by one more article": lambda d: changed_fact(d, "f-0000000001", also_in=((SECOND, 1),)),
    "fact gets another speaker": lambda d: changed_fact(
        d, "f-0000000004", speakers=("olena-koval", "coastal-monitoring-agency")),
    "fact loses its date": lambda d: changed_fact(d, "f-0000000001", date=None, date_text=""),
    "fact names one more actor": lambda d: changed_fact(d, "f-0000000001", mentions=("harbour-town",)),
    "article removed": lambda d: without_article(d, SECOND),
    "article added": with_article,
    "actor added": with_actor,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_the_memo_gives_the_pages_a_fresh_render_gives(edit):
    before = handmade_dossier(hostile=True)
    memo = PageMemo()
    assert render(before, memo=memo) == render(before)
    after = edit(before)
    assert render(after, memo=memo) == render(after)


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_the_export_with_kept_lines_is_a_fresh_export(edit):
    before = handmade_dossier(hostile=True)
    lines = ExportMemo()
    assert export_json(before, lines) == export_json(before)
    after = edit(before)
    assert export_json(after, lines) == export_json(after)


def test_an_export_of_equal_items_made_anew_reuses_their_lines_and_gives_a_fresh_export():
    lines = ExportMemo()
    export_json(handmade_dossier(hostile=True), lines)
    made_anew = copy.deepcopy(EDITS["new headline"](handmade_dossier(hostile=True)))
    assert export_json(made_anew, lines) == export_json(made_anew)


def test_a_chain_of_edits_never_serves_a_stale_page():
    memo = PageMemo()
    dossier = handmade_dossier(hostile=True)
    for edit in EDITS.values():
        dossier = edit(dossier)
        assert render(dossier, memo=memo) == render(dossier)


@pytest.mark.parametrize("edit, rerendered", [
    (EDITS["nothing"], set()),
    # The agency's page lists the fact; the paragraph's article and the month's facts page show it.
    (EDITS["fact gets another speaker"], {"actors/coastal-monitoring-agency.md", f"articles/{SECOND}.md",
                                          "actors/olena-koval.md", "facts/2026-01.md"}),
    # Harbour Town's own page; the second article's page, which now names it, and the facts
    # page, which links names in that article's facts; the pages of the actors it now
    # appears with; the list of places by name, which counts its articles.
    (EDITS["actor named in one more article"], {"actors/harbour-town.md", f"articles/{SECOND}.md", "facts/2026-01.md",
                                                "actors/olena-koval.md", "actors/coastal-monitoring-agency.md",
                                                "actors/all/places.md"}),
])
def test_pin_an_edit_re_renders_only_the_pages_it_touches(edit, rerendered):
    """Pins an implementation detail, no behaviour: which pages the memo makes again.
    That every page is right after an edit is test_a_chain_of_edits_never_serves_a_stale_page's."""
    memo = PageMemo()
    before = handmade_dossier()
    render(before, memo=memo)
    render(edit(before), memo=memo)
    assert set(memo.rendered) == rerendered
    assert memo.reused > 0


def test_text_made_once_for_many_pages_is_made_again_on_each_when_what_it_read_changes():
    # The claim "the grid was hit again" shows on its article's page, the month's facts,
    # and the pages of its speaker and of the actor it names: its linked text is made once
    # for all of them, and each must notice that a new alias now links a word of it.
    memo = PageMemo()
    before = handmade_dossier()
    render(before, memo=memo)
    after = EDITS["new alias found in a fact's text"](before)
    pages = render(after, memo=memo)
    assert pages == render(after)
    for path in (f"articles/{SECOND}.md", "facts/2026-01.md", "actors/olena-koval.md",
                 "actors/coastal-monitoring-agency.md"):
        assert "the [grid](../actors/coastal-monitoring-agency.md) was hit again" in pages[path]
        assert path in memo.rendered


def test_a_user_template_that_reads_the_whole_dossier_is_rendered_again_when_it_changes(tmp_path):
    (tmp_path / "article.md.j2").write_text("# {{ article.headline }} (one of {{ dossier.articles|length }})\n",
                                            encoding="utf-8")
    memo = PageMemo()
    before = handmade_dossier()
    render(before, tmp_path, memo=memo)
    after = with_article(before)
    pages = render(after, tmp_path, memo=memo)
    assert pages[f"articles/{FIRST}.md"] == "# Ministry answers on drones (one of 3)\n"
    assert pages == render(after, tmp_path)


def test_a_user_template_of_a_list_entry_sees_the_page_it_is_on_and_is_rendered_again(tmp_path):
    # Our entry templates are rendered once for many pages; one of the user's may read
    # anything of the page, so it is rendered on each, and its reads noted there.
    (tmp_path / "fact.md.j2").write_text(
        "- {{ fact.id }} of {{ dossier.facts|length }}{% if actor is defined %} on {{ actor.id }}'s page{% endif %}.\n",
        encoding="utf-8")
    memo = PageMemo()
    before = handmade_dossier()
    render(before, tmp_path, memo=memo)
    after = with_article(before)
    pages = render(after, tmp_path, memo=memo)
    assert "- f-0000000001 of 6 on olena-koval's page.\n" in pages["actors/olena-koval.md"]
    assert "- f-0000000001 of 6.\n" in pages[f"articles/{FIRST}.md"]
    assert pages == render(after, tmp_path)


def test_editing_a_user_template_renders_its_pages_again(tmp_path):
    template = tmp_path / "actor.md.j2"
    template.write_text("# {{ actor.name }}\n", encoding="utf-8")
    memo = PageMemo()
    dossier = handmade_dossier()
    render(dossier, tmp_path, memo=memo)
    template.write_text("# {{ actor.name }} (edited)\n", encoding="utf-8")
    # A new modification time, whatever the file system's clock resolution.
    stat = template.stat()
    os.utime(template, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert render(dossier, tmp_path, memo=memo)["actors/harbour-town.md"] == "# Harbour Town (edited)\n"


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_and_its_undoing_the_memo_gives_the_pages_a_fresh_render_gives(edit):
    # Each answer back as it was two renders ago: a page kept from then is current again,
    # and one made in between is not.
    before = handmade_dossier(hostile=True)
    memo = PageMemo()
    render(before, memo=memo)
    render(edit(before), memo=memo)
    assert render(before, memo=memo) == render(before)


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_edit_after_an_untouched_render_is_still_seen(edit):
    # The edit's changes are noted against the render just before it, not the one the
    # pages were made in.
    before = handmade_dossier(hostile=True)
    memo = PageMemo()
    render(before, memo=memo)
    render(before, memo=memo)
    assert render(edit(before), memo=memo) == render(edit(before))


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_a_failed_render_the_memo_gives_the_pages_a_fresh_render_gives(edit, tmp_path):
    # A render that stops half-way has found some pages current and made others anew.
    # The actors' pages come last, so the articles' pages are all done when it stops.
    (tmp_path / "actor.md.j2").write_text(
        "{% if actor.name == 'Broken' %}{{ no_such_name }}{% endif %}# {{ actor.name }}\n"
        "{% for fact in quotes %}{{ entry('fact.md.j2', fact=fact) }}{% endfor %}", encoding="utf-8")
    before = handmade_dossier(hostile=True)
    memo = PageMemo()
    render(before, tmp_path, memo=memo)
    broken = changed_actor(edit(before), edit(before).actors[-1].id, name="Broken")
    with pytest.raises(DossierError):
        render(broken, tmp_path, memo=memo)
    assert render(before, tmp_path, memo=memo) == render(before, tmp_path)


@pytest.mark.parametrize("edit, fact", [
    (EDITS["fact gets another speaker"], "f-0000000004"),
    (EDITS["fact loses its date"], "f-0000000001"),
    (EDITS["fact reported by one more article"], "f-0000000001"),
])
def test_pin_a_page_rendered_again_makes_again_only_the_entries_that_changed(edit, fact):
    """The pages are a fresh render's; and, pinning an implementation detail, no behaviour:
    which list entries the memo makes again."""
    memo = PageMemo()
    before = handmade_dossier()
    render(before, memo=memo)
    pages = render(edit(before), memo=memo)
    assert pages == render(edit(before))
    entries = [key for key in memo.made if key[0] == "entry"]
    assert entries and all(fact in key for key in entries)


def test_an_entry_kept_across_renders_is_made_again_when_a_link_in_it_changes():
    # The fact naming Harbour Town is listed on pages rendered again for another reason;
    # its entry, kept from the last render, links to the actor by its old name.
    memo = PageMemo()
    before = handmade_dossier()
    render(before, memo=memo)
    after = changed_actor(EDITS["fact gets another speaker"](before), "harbour-town", name="Harbour City")
    pages = render(after, memo=memo)
    assert pages == render(after)
    assert any("[Harbour City]" in text for text in pages.values())


@pytest.mark.parametrize("template, edit, expected", [
    ("{{ index.actors|length }} actors", with_actor, "4 actors"),
    ("{{ index.articles_by_date|length }} articles", with_article, "3 articles"),
    ("{{ index.articles_by_date[0].headline }} is newest", EDITS["new date"], "Grid attacks continue is newest"),
])
def test_a_user_template_that_reads_the_index_whole_is_rendered_again_when_it_changes(tmp_path, template, edit,
                                                                                       expected):
    (tmp_path / "article.md.j2").write_text(template + "\n", encoding="utf-8")
    memo = PageMemo()
    before = handmade_dossier()
    render(before, tmp_path, memo=memo)
    render(before, tmp_path, memo=memo)
    pages = render(edit(before), tmp_path, memo=memo)
    assert pages[f"articles/{FIRST}.md"] == expected + "\n"
    assert pages == render(edit(before), tmp_path)


def three_in_one_article(first_name: str = "Bob Ash", named: tuple[str, ...] = ("carl",),
                         apart: bool = False) -> Dossier:
    """Ana, Bob and Carl named together in two articles (or Bob in one, Carl in the other),
    a fact naming Ana and `named`."""
    articles = tuple(Article(id=f"story-{n}", source=f"s/{n}.txt", headline=f"Story {n}", published=date(2026, 1, n),
                             paragraphs=(Paragraph(1, "Ana, Bob and Carl met."),)) for n in (1, 2))
    both = tuple(a.id for a in articles)
    actors = (Actor("ana", "Ana Ash", "person", articles=both),
              Actor("bob", first_name, "person", articles=both[:1] if apart else both),
              Actor("carl", "Carl Ash", "person", articles=both[1:] if apart else both))
    return Dossier(articles, actors, (Fact("f-0000000001", "story-1", 1, "event", "Ana met them",
                                           mentions=("ana", *named)),))


@pytest.mark.parametrize("before, after, first, second", [
    # Companions sharing as many articles are ordered by the facts they share, then by name.
    (three_in_one_article(), three_in_one_article(named=("bob",)), "Bob Ash", "Carl Ash"),
    (three_in_one_article(), three_in_one_article(named=()), "Bob Ash", "Carl Ash"),
    (three_in_one_article(named=()), three_in_one_article("Zoe Ash", named=()), "Carl Ash", "Zoe Ash"),
    (three_in_one_article(named=(), apart=True), three_in_one_article("Zoe Ash", named=(), apart=True),
     "Carl Ash", "Zoe Ash"),
])
def test_an_actors_companions_follow_the_facts_and_names_that_order_them(before, after, first, second):
    memo = PageMemo()
    render(before, memo=memo)
    render(before, memo=memo)
    pages = render(after, memo=memo)
    assert pages == render(after)
    companions = pages["actors/ana.md"].split("## Appears most with")[1]
    assert companions.index(first) < companions.index(second)


def test_a_value_equal_but_of_another_type_renders_the_page_again():
    # Markup('a & <b>') equals 'a & <b>', yet one is written as it is and the other escaped.
    dossier = handmade_dossier()
    template = environment().from_string("{{ x }}")
    memo = PageMemo()
    for value in (Markup("a & <b>"), "a & <b>", Markup("a & <b>")):
        memo.start(make_index(dossier), dossier)
        assert memo.render("page.md", template, {"x": value}) == template.render(x=value)
    assert memo.rendered == ["page.md"]


def test_a_page_given_again_is_given_finished_without_finishing_it_again():
    dossier = handmade_dossier()
    template = environment().from_string("# {{ x }}")
    memo = PageMemo()
    finished = []

    def finish(text: str) -> str:
        finished.append(text)
        return text.upper()

    for _ in range(3):
        memo.start(make_index(dossier), dossier)
        assert memo.render("page.md", template, {"x": "a title"}, finish=finish) == "# A TITLE"
    assert finished == ["# a title"]
