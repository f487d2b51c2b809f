"""The relationship drawings, the who-said-what table and the facts filter in a real browser:
marks link to their actors, the script lights an actor's links, a filter's address shows the
same facts again, hostile names stay text, nothing leaves the site."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import HOSTILE, handmade_dossier
from dossier import facets
from dossier.escape import plain
from dossier.model import Fact
from dossier.render import excerpt
from test_browser import browser, heading, serve, visit, written_site  # noqa: F401  (fixtures)
from test_plugin import project


def linked_dossier():
    """The hand-made dossier with hostile text, its hostile actor quoted naming Olena Koval,
    so that a hostile name is drawn as a mark and a line."""
    dossier = handmade_dossier(hostile=True)
    naming = Fact("f-0000000007", "hostile-text", 1, "quote", "Koval knew", speakers=("hostile-actor",),
                  mentions=("olena-koval",))
    return replace(dossier, facts=(*dossier.facts, naming))


@pytest.fixture(scope="module")
def views_site(tmp_path_factory):
    yield from serve(written_site(project(tmp_path_factory.mktemp("views")), linked_dossier()))


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    """The same dossier with its facts index cut small (at most two facts a page, a key of more than
    one fact paged, a bucket for every few keys, one speaker suggested, a screenful of one fact,
    a word in two facts busy), served under a sub-path as a project site on GitHub Pages is: the
    base address ends in /site/."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(facets, "SUGGESTED", 1)
        patch.setattr(facets, "HEAD", 2)
        patch.setattr(facets, "PAGE", 2)
        patch.setattr(facets, "MOST", 2)
        patch.setattr(facets, "INLINE", 1)
        patch.setattr(facets, "BUCKET_BYTES", 1)
        patch.setattr(facets, "SCREEN", 1)
        patch.setattr(facets, "BUSY", 3)
        site = written_site(project(tmp_path_factory.mktemp("paged")), linked_dossier())
    assert len(list((site / "facts-index" / "keys").glob("*.json"))) > 8
    for base in serve(site.parent):
        yield base + "site/"


def fetched_parts(page) -> list[str]:
    """The parts of the facts index the page fetched, from the index's folder."""
    return sorted(page.evaluate("performance.getEntriesByType('resource').map(r => r.name)"
                                ".filter(n => n.includes('/facts-index/')).map(n => n.split('/facts-index/')[1])"))


def stem(key: str) -> str:
    return facets.stem(key)


def pages_named(page, key: str) -> list[str]:
    """The pages of a key's list, named as the part holding its ranks names them."""
    pages = page.evaluate("name => fetch('../facts-index/' + name).then(r => r.json()).then(r => r[2])",
                          f"lists/{stem(key)}-ranks.json")
    return [f"lists/{stem(key)}{f'-{first}' if n else ''}.json" for n, (first, _) in enumerate(pages)]


def bucket(page, key: str) -> str:
    """The bucket of a key, as the site's manifest numbers them."""
    count = page.evaluate("fetch('../facts-index/index.json').then(r => r.json()).then(m => m[1])")
    return f"keys/{facets.bucket_of(key, count)}.json"


@pytest.mark.parametrize("page, mark, target, title", [
    ("relations/", "olena-koval", "actors/olena-koval/", "Olena Koval"),
    ("relations/", "coastal-monitoring-agency", "actors/coastal-monitoring-agency/", "Coastal Monitoring Agency"),
    # On an actor's page, the actors around it lead to their own pages.
    ("actors/olena-koval/", "coastal-monitoring-agency", "actors/coastal-monitoring-agency/", "Coastal Monitoring Agency"),
    ("actors/olena-koval/", "hostile-actor", "actors/hostile-actor/", plain(HOSTILE)),
])
def test_a_mark_in_a_drawing_leads_to_its_actor(visit, views_site, page, mark, target, title):
    v = visit(views_site)
    opened = v.open(page)
    opened.locator(f".dossier-graph a[data-id='{mark}']").locator("circle, rect, polygon").click()
    opened.wait_for_url(views_site + target)
    assert heading(opened) == title
    v.check_clean()


def test_hostile_names_in_the_drawing_and_its_table_stay_text(visit, views_site):
    v = visit(views_site)
    page = v.open("relations/")
    graph = page.locator(".dossier-graph")
    mark = graph.locator("a[data-id='hostile-actor']")
    assert mark.locator("text").text_content() == excerpt(HOSTILE, 32)
    assert mark.locator("title").text_content().startswith(plain(HOSTILE) + " · other · ")
    assert graph.locator("script, iframe, img, foreignObject").count() == 0
    # The table names the same link, the hostile name as text.
    table = page.locator("article table")
    assert plain(HOSTILE) in table.inner_text()
    assert page.locator("article").locator("script, iframe, img").count() == 0
    v.check_clean()


def test_pointing_at_an_actor_lights_its_links(visit, views_site):
    v = visit(views_site)
    page = v.open("relations/")
    graph = page.locator(".dossier-graph")
    lines = graph.locator("line")
    assert lines.count() == 2 and graph.locator("line.lit").count() == 0
    graph.locator("a[data-id='hostile-actor'] polygon").hover()
    assert "lit" in graph.get_attribute("class").split()
    lit = graph.locator("line.lit")
    assert lit.count() == 1
    assert {lit.get_attribute("data-a"), lit.get_attribute("data-b")} == {"hostile-actor", "olena-koval"}
    page.mouse.move(1, 1)
    assert graph.locator("line.lit").count() == 0
    v.check_clean()


def test_a_count_in_the_who_said_what_table_leads_to_those_statements(visit, views_site):
    v = visit(views_site)
    page = v.open("said-about/")
    cells = page.locator("table a[href*='#about-']")
    assert sorted(cells.all_inner_texts()) == ["1", "1"]     # Koval on the agency; the hostile actor on Koval
    cells.first.click()
    page.wait_for_url(lambda url: "#about-" in url)
    group = page.locator(":target")
    assert group.count() == 1 and "1 statement" in group.inner_text()
    v.check_clean()


def shown_facts(page) -> list[str]:
    """The ids of the facts the filter lists, once it has answered and listed every one."""
    page.locator(".dossier-filter-count", has_text="match").wait_for()
    page.locator(".dossier-filter[data-state=answered]").wait_for()
    return page.locator(".dossier-filter-results li").evaluate_all("items => items.map(i => i.dataset.fact)")


def test_a_filter_by_speaker_shows_their_facts_alone_and_its_address_shows_them_again(visit, views_site):
    v = visit(views_site)
    page = v.open("facts/")
    assert len(shown_facts(page)) == 7
    page.locator(".dossier-filter input[name=speaker]").fill("Olena Koval")
    page.wait_for_url("**/facts/?speaker=olena-koval")
    assert sorted(shown_facts(page)) == ["f-0000000001", "f-0000000004"]
    # The address reproduces the view, on a page opened afresh.
    again = visit(views_site)
    page = again.open("facts/?speaker=olena-koval&kind=claim")
    assert shown_facts(page) == ["f-0000000004"]
    assert page.locator(".dossier-filter input[name=speaker]").input_value() == "Olena Koval"
    # Each fact links to its place on its article's page.
    page.locator(".dossier-filter-results a").click()
    page.wait_for_url("**/articles/grid-attacks-continue/#f-0000000004")
    v.check_clean()
    again.check_clean()


@pytest.mark.parametrize("address, expected", [
    ("named=olena-koval", ["f-0000000007"]),
    ("named=coastal-monitoring-agency&speaker=olena-koval", ["f-0000000004"]),
    ("from=2026-01-29&to=2026-01-29", ["f-0000000001", "f-0000000002"]),
    ("publisher=Daily%20Wire%20Service", ["f-0000000004", "f-0000000006"]),
    ("words=DRONES", ["f-0000000002", "f-0000000006"]),
    # A word typed is the start of a word of the fact, never its middle.
    ("words=dron", ["f-0000000002", "f-0000000006"]),
    ("words=rones", []),
    # Each of several words, wherever it stands.
    ("words=hit%20grid", ["f-0000000004"]),
    ("words=drones&speaker=coastal-monitoring-agency&from=2026-01-30", ["f-0000000006"]),
    ("kind=quote&words=drones", ["f-0000000006"]),
    ("kind=quote&publisher=The%20Courier", ["f-0000000001"]),
    ("kind=event", ["f-0000000003"]),
    ("speaker=nobody-at-all", []),
])
@pytest.mark.parametrize("site", ["views_site", "paged_site"])
def test_each_filter_keeps_the_facts_that_match_it(visit, request, site, address, expected):
    v = visit(request.getfixturevalue(site))
    assert sorted(shown_facts(v.open(f"facts/?{address}"))) == expected
    v.check_clean()


def test_a_filter_by_speaker_fetches_only_that_speakers_part_of_the_index(visit, paged_site):
    v = visit(paged_site)
    page = v.open("facts/")
    # Opened, the page fetches the manifest, which says how many facts there are; as the
    # first page of every fact's list holds fewer than a screenful, the part that says
    # where its later pages are; and the pages holding the first SHOWN, here every page.
    assert len(shown_facts(page)) == 7
    opened = fetched_parts(page)
    assert opened == sorted(["index.json", f"lists/{stem('all:')}-ranks.json", *pages_named(page, "all:")])
    # A name the form does not suggest, typed in another case.
    page.locator(".dossier-filter input[name=speaker]").fill("olena KOVAL")
    page.wait_for_url("**/site/facts/?speaker=olena-koval")
    assert sorted(shown_facts(page)) == ["f-0000000001", "f-0000000004"]
    # Then only: the bucket of the name as typed, the bucket of the speaker's key, and its one page.
    needed = {bucket(page, "name:olena koval"), bucket(page, "speaker:olena-koval"),
              f"lists/{stem('speaker:olena-koval')}.json"}
    asked = set(fetched_parts(page)) - set(opened)
    assert f"lists/{stem('speaker:olena-koval')}.json" in asked and asked <= needed
    # The address reproduces the view afresh, fetching no other list.
    again = visit(paged_site)
    page = again.open("facts/?speaker=olena-koval")
    assert sorted(shown_facts(page)) == ["f-0000000001", "f-0000000004"]
    assert page.locator(".dossier-filter input[name=speaker]").input_value() == "Olena Koval"
    assert [p for p in fetched_parts(page) if p.startswith("lists/")] == [f"lists/{stem('speaker:olena-koval')}.json"]
    # A speaker the form suggests: the manifest counts its facts, its pages are named from its
    # key, and nothing else is fetched.
    third = visit(paged_site)
    page = third.open("facts/?speaker=coastal-monitoring-agency")
    assert sorted(shown_facts(page)) == ["f-0000000002", "f-0000000006"]
    assert page.locator(".dossier-filter input[name=speaker]").input_value() == "Coastal Monitoring Agency"
    assert fetched_parts(page) == ["index.json", f"lists/{stem('speaker:coastal-monitoring-agency')}.json"]
    third.check_clean()
    v.check_clean()
    again.check_clean()


def fetched_lists_hold(page, wanted: list[str], lists: list[str] | None = None) -> bool:
    """Whether each page of a list the page fetched (or of `lists`) holds one of the wanted facts."""
    if lists is None:
        lists = [p for p in fetched_parts(page) if p.startswith("lists/") and not p.endswith("-ranks.json")]
    held = page.evaluate("names => Promise.all(names.map(n => fetch('../facts-index/' + n).then(r => r.json())"
                         ".then(page => page[2].map(f => f[1]))))", lists)
    return bool(lists) and all(set(ids) & set(wanted) for ids in held)


def test_words_fetch_their_shard_and_only_the_pages_holding_their_facts(visit, paged_site):
    v = visit(paged_site)
    page = v.open("facts/")
    shown_facts(page)
    opened = set(fetched_parts(page))
    page.locator(".dossier-filter input[name=words]").fill("Drones")
    page.wait_for_url("**/site/facts/?words=Drones")
    assert sorted(shown_facts(page)) == ["f-0000000002", "f-0000000006"]
    shards = [p for p in set(fetched_parts(page)) - opened if p.startswith("words/")]
    assert len(shards) == 1
    # The address reproduces the view afresh: the word's shard, the part saying where
    # every fact's pages are, and only the pages holding the two facts.
    again = visit(paged_site)
    page = again.open("facts/?words=Drones")
    assert sorted(shown_facts(page)) == ["f-0000000002", "f-0000000006"]
    assert page.locator(".dossier-filter-count").inner_text() == "2 facts match."
    assert page.locator(".dossier-filter input[name=words]").input_value() == "Drones"
    fetched = fetched_parts(page)
    ranks = f"lists/{stem('all:')}-ranks.json"
    assert {p for p in fetched if not p.startswith("lists/")} == {"index.json", shards[0]}
    assert ranks in fetched and fetched_lists_hold(page, ["f-0000000002", "f-0000000006"])
    assert len([p for p in fetched if p.startswith("lists/") and p != ranks]) < len(pages_named(page, "all:"))
    v.check_clean()
    again.check_clean()


# Records what the filter lists each time it paints, and which parts of the facts index had
# arrived by then.
RECORD_PAINTS = """for (const name of ["dossier-filter-shown", "dossier-filter-answered"]) {
  document.addEventListener(name, event => (window.painted = window.painted || []).push({name,
    facts: [...event.target.querySelectorAll(".dossier-filter-results li")].map(li => li.dataset.fact),
    parts: performance.getEntriesByType("resource").map(r => r.name).filter(n => n.includes("/facts-index/"))
      .map(n => n.split("/facts-index/")[1])}), true);
}"""


def painted_in_turn(page, first: list[str], then: list[str]) -> tuple[list[str], list[str]]:
    """The pages of lists fetched by the first screenful, and after it, once the filter has
    shown `first` and then listed `then`."""
    assert shown_facts(page) == then
    shown, answered = page.evaluate("window.painted")
    assert (shown["name"], shown["facts"], answered["name"], answered["facts"]) == \
        ("dossier-filter-shown", first, "dossier-filter-answered", then)
    pages = [p for p in shown["parts"] if p.startswith("lists/") and not p.endswith("-ranks.json")]
    return pages, [p for p in set(answered["parts"]) - set(shown["parts"]) if p.startswith("lists/")]


def test_words_show_a_screenful_from_the_pages_holding_it_then_every_match(visit, paged_site):
    v = visit(paged_site)
    v.context.add_init_script(RECORD_PAINTS)
    # 'in' is in the first fact of every fact's list and in a later one.
    page = v.open("facts/?words=in")
    # A screenful (here one fact) shown with the count, from the one page of every fact's
    # list that holds it; then the page holding the other match, and both listed.
    first, later = painted_in_turn(page, ["f-0000000003"], ["f-0000000003", "f-0000000006"])
    assert page.locator(".dossier-filter-count").inner_text() == "2 facts match."
    assert len(first) == 1 and fetched_lists_hold(page, ["f-0000000003"], first)
    assert len(later) == 1 and fetched_lists_hold(page, ["f-0000000006"], later)
    v.check_clean()


def test_a_busy_words_first_screenful_comes_with_its_shard(visit, paged_site):
    v = visit(paged_site)
    v.context.add_init_script(RECORD_PAINTS)
    # 'drones' is in two of the seven facts, both past the first page of every fact's list.
    page = v.open("facts/?words=drones")
    first, later = painted_in_turn(page, ["f-0000000002"], ["f-0000000002", "f-0000000006"])
    assert first == [] and len(later) == 1 and fetched_lists_hold(page, ["f-0000000006"], later)
    v.check_clean()


def test_a_key_and_a_kind_fetch_the_keys_first_page_with_its_ranks_not_after_them(visit, paged_site):
    v = visit(paged_site)
    page = v.open("facts/?speaker=coastal-monitoring-agency&kind=quote")
    assert shown_facts(page) == ["f-0000000006"]
    speaker = stem("speaker:coastal-monitoring-agency")
    timing = page.evaluate("names => names.map(n => performance.getEntriesByType('resource')"
                           ".find(r => r.name.endsWith('/facts-index/' + n)))", 
                           [f"lists/{speaker}-ranks.json", f"lists/{speaker}.json"])
    ranks, first_page = timing
    # Asked while the ranks were on their way: the manifest says the speaker's first page
    # likely holds a screenful of their quotes.
    assert first_page["startTime"] < ranks["responseEnd"]
    v.check_clean()


def test_two_keys_meet_on_their_ranks_and_fetch_only_the_pages_holding_their_facts(visit, paged_site):
    v = visit(paged_site)
    page = v.open("facts/?speaker=coastal-monitoring-agency&kind=quote")
    assert shown_facts(page) == ["f-0000000006"]
    assert page.locator(".dossier-filter-count").inner_text() == "1 fact matches."
    # The speaker's ranks, with the kind of each of its facts, and of its list the page
    # holding the fact: nothing of the kind's, nor of every fact's.
    speaker = stem("speaker:coastal-monitoring-agency")
    assert set(fetched_parts(page)) == {"index.json", f"lists/{speaker}-ranks.json", f"lists/{speaker}.json"}
    # Two keys that both have their ranks: a speaker and an actor named.
    again = visit(paged_site)
    page = again.open("facts/?speaker=coastal-monitoring-agency&named=olena-koval")
    assert shown_facts(page) == []
    page = again.open("facts/?named=coastal-monitoring-agency&speaker=olena-koval")
    assert shown_facts(page) == ["f-0000000004"]
    again.check_clean()
    v.check_clean()


def test_a_date_range_reads_only_the_pages_it_spans(visit, paged_site):
    v = visit(paged_site)
    page = v.open("facts/?from=2026-01-31&to=2026-01-31")
    assert sorted(shown_facts(page)) == ["f-0000000005", "f-0000000007"]
    assert page.locator(".dossier-filter-count").inner_text() == "2 facts match."
    lists = [p for p in fetched_parts(page) if p.startswith("lists/")]
    assert lists and f"lists/{stem('all:')}.json" not in lists
    v.check_clean()


def test_hostile_names_in_the_filter_stay_text(visit, views_site):
    v = visit(views_site)
    page = v.open("facts/?speaker=hostile-actor")
    assert shown_facts(page) == ["f-0000000005", "f-0000000007"]
    assert page.locator(".dossier-filter input[name=speaker]").input_value() == plain(HOSTILE)
    options = page.locator("#dossier-filter-speakers option").evaluate_all("items => items.map(i => i.value)")
    assert plain(HOSTILE) in options
    results = page.locator(".dossier-filter-results")
    assert results.locator("script, iframe, img").count() == 0
    assert (plain(HOSTILE) + ": " + plain(HOSTILE)) in results.inner_text()
    v.check_clean()


def test_a_mark_of_the_timeline_picture_leads_to_its_fact(visit, views_site):
    v = visit(views_site)
    page = v.open("timeline/")
    page.locator(".dossier-timeline a[href$='#f-0000000003'] rect").click()
    page.wait_for_url("**/timeline/2026-01/#f-0000000003")
    assert "A crater in Harbour Town" in page.locator(":target").inner_text()
    v.check_clean()


def test_an_actors_filter_keeps_its_facts_and_its_address_shows_them_again(visit, views_site):
    v = visit(views_site)
    page = v.open("actors/coastal-monitoring-agency/")
    loaded = "() => performance.getEntriesByType('resource').some(r => r.name.includes('facts-index'))"
    # The index is loaded only once a reader turns to the filter.
    page.locator(".dossier-filter-count", has_text="filter this actor's facts").wait_for()
    assert page.evaluate(loaded) is False
    page.locator(".dossier-filter select[name=kind]").focus()
    assert sorted(shown_facts(page)) == ["f-0000000002", "f-0000000004", "f-0000000006"]
    page.locator(".dossier-filter select[name=kind]").select_option("quote")
    page.wait_for_url("**/actors/coastal-monitoring-agency/?kind=quote")
    assert shown_facts(page) == ["f-0000000006"]
    page.locator(".dossier-filter input[name=words]").fill("drones")
    page.wait_for_url("**/actors/coastal-monitoring-agency/?kind=quote&words=drones")
    # The address reproduces the view, on a page opened afresh.
    again = visit(views_site)
    opened = again.open("actors/coastal-monitoring-agency/?kind=quote&words=drones")
    assert shown_facts(opened) == ["f-0000000006"]
    assert opened.locator(".dossier-filter select[name=kind]").input_value() == "quote"
    assert "1 of the 3 facts said by or naming Coastal Monitoring Agency matches" in \
        opened.locator(".dossier-filter-count").inner_text()
    v.check_clean()
    again.check_clean()


def test_an_actors_filter_sits_under_a_heading_that_names_it(visit, views_site):
    v = visit(views_site)
    page = v.open("actors/coastal-monitoring-agency/")
    # Under the line that says what the actor is, before its first section.
    box = page.get_by_role("region", name="Filter this actor's facts")
    assert box.get_by_role("heading", level=2).inner_text() == "Filter this actor's facts"
    assert box.get_by_role("search").count() == 1
    assert page.evaluate("document.querySelector('.dossier-filter-at').nextElementSibling.className") == "dossier-filter"
    v.check_clean()


@pytest.mark.parametrize("actor, address, expected", [
    ("coastal-monitoring-agency", "words=DRONES", ["f-0000000002", "f-0000000006"]),
    ("coastal-monitoring-agency", "kind=claim", ["f-0000000004"]),
    ("olena-koval", "kind=quote", ["f-0000000001", "f-0000000007"]),
    ("olena-koval", "words=knew", ["f-0000000007"]),
    ("olena-koval", "speaker=olena-koval", ["f-0000000001", "f-0000000004"]),
    ("olena-koval", "named=coastal-monitoring-agency", ["f-0000000004"]),
    ("olena-koval", "kind=statistic", []),
    ("hostile-actor", "kind=quote", ["f-0000000005", "f-0000000007"]),
])
def test_an_actors_filter_keeps_its_facts_that_match(visit, views_site, actor, address, expected):
    v = visit(views_site)
    assert sorted(shown_facts(v.open(f"actors/{actor}/?{address}"))) == expected
    v.check_clean()


def test_hostile_names_in_an_actors_filter_stay_text(visit, views_site):
    v = visit(views_site)
    page = v.open("actors/hostile-actor/?kind=quote")
    assert sorted(shown_facts(page)) == ["f-0000000005", "f-0000000007"]
    box = page.locator(".dossier-filter")
    assert box.locator("script, iframe, img").count() == 0
    assert plain(HOSTILE) in page.locator(".dossier-filter-count").inner_text()
    assert (plain(HOSTILE) + ": " + plain(HOSTILE)) in box.locator(".dossier-filter-results").inner_text()
    v.check_clean()


def test_the_timeline_picture_keeps_one_actors_facts_and_its_address_shows_them_again(visit, views_site):
    v = visit(views_site)
    page = v.open("timeline/")
    marks = page.locator(".dossier-timeline a[data-actors]")
    shown = "marks => marks.filter(m => m.getBoundingClientRect().width > 0).map(m => m.getAttribute('href').split('#')[1])"
    assert sorted(marks.evaluate_all(shown)) == ["f-0000000001", "f-0000000003"]
    page.locator(".dossier-timeline-filter select").select_option("olena-koval")
    page.wait_for_url("**/timeline/?actor=olena-koval")
    assert marks.evaluate_all(shown) == ["f-0000000001"]
    again = visit(views_site)
    opened = again.open("timeline/?actor=harbour-town")
    assert opened.locator(".dossier-timeline a[data-actors]").evaluate_all(shown) == ["f-0000000003"]
    assert opened.locator(".dossier-timeline-filter output").inner_text() == "1 of the 2 facts drawn"
    # The mark left links to its fact.
    opened.locator(".dossier-timeline a[href$='#f-0000000003'] rect").click()
    opened.wait_for_url("**/timeline/2026-01/#f-0000000003")
    v.check_clean()
    again.check_clean()
