"""Structure recovery: a page in, a clean article out, or NotAnArticle saying why."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.captions import make_caption
from dossier.model import Caption, Document, Paragraph
from dossier.page import Line, Page, byline_names, line_kind
from dossier.structure import NotAnArticle, inferred_date, read_article

CASES = Path(__file__).parent / "cases"


def article(name: str):
    path = CASES / name
    fmt = {".txt": "text", ".html": "html", ".md": "markdown"}[path.suffix]
    return read_article(Document(name, path.read_text(encoding="utf-8"), fmt, "0"))


COPIED = article("page_copied.txt")


@pytest.mark.parametrize("field, expected", [
    ("headline", "Harbour bridge in Gdansk reopens after two years of repairs, city says"),
    ("id", "harbour-bridge-in-gdansk-reopens-after-two-years"),
    ("authors", ("Anna Kowalska", "Piotr Nowak")),
    ("publisher", ""),
    ("url", "https://news.example.org/europe/gdansk-bridge-reopens"),
    ("published", date(2025, 3, 11)),          # 'on Tuesday' and the newest caption, a Tuesday
    ("published_inferred", True),
    ("summary", "The city of Gdansk reopened its old harbour bridge to traffic after a repair "
                "that took two years and cost more than planned."),
    ("subheadings", ("Trams to return in April",)),
    ("additional_sources", ("PAP", "Reuters")),
    ("related", ("Gdansk shipyard cranes listed as monuments", "Warsaw opens new metro line to the airport",
                 "Storm damages coastal defences along the Baltic shore")),
    ("captions", (
        Caption("Cyclists cross the renovated bridge during its opening in Gdansk, 11 March, 2025",
                "Example Press", date(2025, 3, 11), "Gdansk"),
        Caption("Workers lay new tram tracks near the old town, 7 March, 2025",
                "Example Press/City of Gdansk", date(2025, 3, 7), ""))),
])
def test_copied_page_metadata(field, expected):
    assert getattr(COPIED, field) == expected


def test_copied_page_body_is_the_story_alone():
    texts = [p.text for p in COPIED.paragraphs]
    assert len(texts) == 6
    assert texts[0].startswith("The city of Gdansk reopened")
    assert texts[-1].startswith("Local businesses near the bridge")
    assert COPIED.paragraphs[4].subheading == "Trams to return in April"


@pytest.mark.parametrize("furniture", [
    "Menu Home World Business Sport Culture Weather", "Loading", "Advertisement", "Copyright Example Press",
    "Published on Updated", "Share Comments", "Share Close Button", "Go to accessibility shortcuts", "Read more",
])
def test_no_furniture_anywhere_in_the_article(furniture):
    strings = [COPIED.headline, COPIED.summary, *COPIED.related, *COPIED.additional_sources,
               *(p.text for p in COPIED.paragraphs), *(p.subheading for p in COPIED.paragraphs),
               *(c.text for c in COPIED.captions), *(c.credit for c in COPIED.captions)]
    assert furniture not in strings


def test_markdown_front_matter_supplies_metadata():
    md = article("article_front_matter.md")
    assert (md.headline, md.authors, md.publisher, md.published, md.summary) == (
        "Library in Leeds lends out tools as well as books", ("Jane Doe", "John Roe"), "Example Gazette",
        date(2024, 5, 2), "A public library now lends drills and ladders to its members.")
    assert [p.text for p in md.paragraphs] == [
        "The central library in Leeds has started to lend tools to its members, a spokesperson said on Thursday.",
        "Members book a drill or a ladder online.", "They collect it at the desk for up to a week."]
    assert md.subheadings == ("How it works",)
    assert md.captions == (Caption("Shelves of tools at the library in Leeds, 2 May, 2024", "", date(2024, 5, 2),
                                   "Leeds"),)


def test_saved_html_page():
    html = article("page_saved.html")
    assert (html.headline, html.authors, html.publisher, html.published) == (
        "Rain brings relief to farmers in Andalusia", ("Maria Lopez",), "Example News", date(2023, 9, 14))
    assert html.subheadings == ("Reservoirs still low",)
    assert [p.text[:20] for p in html.paragraphs] == [
        "Heavy rain fell acro", "Farmers in the provi", "The regional water a", "Meteorologists expec"]
    assert html.captions == (
        Caption("The reservoir at Iznajar, near Cordoba, 13 September, 2023", "AP Photo/Ana Ruiz", date(2023, 9, 13),
                "Cordoba"),
        Caption("Farmers harvest olives after the storm near Jaen.", "Luis Gomez"))
    assert html.additional_sources == ("Reuters",)


@pytest.mark.parametrize("text, expected", [
    ("Headline of a clean article\n\nThe first paragraph says what happened on a Monday morning in town.\n\n"
     "A second paragraph gives the background that a reader needs to follow it.\n",
     ("Headline of a clean article", 2)),
    ("Stealth over health: a headline that ends with a full stop and runs long.\n\n"
     "The first paragraph says what happened on a Monday morning in the town centre.\n",
     ("Stealth over health: a headline that ends with a full stop and runs long.", 1)),
])
def test_clean_text_headline_is_the_first_line(text, expected):
    found = read_article(Document("a.txt", text, "text", "0"))
    assert (found.headline, len(found.paragraphs)) == expected


@pytest.mark.parametrize("text, fmt", [
    ("Home\nNews\nSport\nWeather\nContact us\n", "text"),
    ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "html"),
    ("<html><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav><footer>Contact</footer></body></html>", "html"),
    ("---\ntitle: Only a title\n---\n", "markdown"),
])
def test_pages_without_an_article_say_so(text, fmt):
    with pytest.raises(NotAnArticle, match="^no article text found: no paragraph of prose in the page$"):
        read_article(Document("p", text, fmt, "0"))


def test_one_enormous_line_is_data_not_an_article():
    with pytest.raises(NotAnArticle, match="^no article text found: a line of 200,000 characters is data"):
        read_article(Document("p", "word " * 40_000, "text", "0"))


@pytest.mark.parametrize("text, credit, day, place", [
    ("Workers clear a road after an attack in Kharkiv, 28 January, 2026", "", date(2026, 1, 28), "Kharkiv"),
    ("Firefighters work after a strike in Dnipro region, 3 February, 2026", "", date(2026, 2, 3), "Dnipro region"),
    ("A dish stands on a house near Siena, 6 May, 2021", "", date(2021, 5, 6), "Siena"),
    ("A man walks past a shop in Lyon, France, Jan. 5, 2024. (AP Photo/Jane Roe)", "AP Photo/Jane Roe",
     date(2024, 1, 5), "Lyon"),
    ("A view of the harbour at dawn", "", None, ""),
    ("Satellites show fires burning in Punjab on November 3, 2019.", "", date(2019, 11, 3), "Punjab"),
    ("A cyclist rides past a closed mill near La Paz, Bolivia, March 4, 2021. © Reuters / Jane Roe",
     "Reuters / Jane Roe", date(2021, 3, 4), "La Paz"),
    ("A jet passes at the air show in Lisbon, Portugal, on Tuesday, Mar. 2, 2021.", "",
     date(2021, 3, 2), "Lisbon"),
])
def test_caption_date_place_and_credit(text, credit, day, place):
    caption = make_caption(text)
    assert (caption.credit, caption.date, caption.place) == (credit, day, place)


@pytest.mark.parametrize("byline, names", [
    ("By Gavin Blackburn", ("Gavin Blackburn",)),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe, Reuters", ("Jane Doe", "Reuters")),
    ("By Jean-Luc de la Tour | Updated 5 May 2024", ("Jean-Luc de la Tour",)),
    ("by the time the storm passed, the town was flooded", ()),
])
def test_byline_names(byline, names):
    assert byline_names(byline) == names


@pytest.mark.parametrize("text, kind", [
    ("Advertisement", "furniture"),
    ("Share on Facebook", "furniture"),
    ("12 Comments", "comments"),
    ("Leave a Reply", "comments"),
    ("Image 3 of 23", "furniture"),
    ("© 2024 Example Media Group. All rights reserved.", "furniture"),
    ("Read more", "related"),
    ("Additional sources • AP, AFP", "sources"),
    ("Published 12 March 2024, 10:15 GMT", "dateline"),
    ("The minister said the plan would be ready before the end of the year.", "prose"),
    ("Trains to run again", "short"),
    # A writer's social account under the story, whatever the network.
    ("Follow Ana Lund on Twitter @analund.", "furniture"),
    ("Follow Tomas Berg on X: @tberg", "furniture"),
    ("Follow us on Instagram", "furniture"),
    ("Follow the harbour board's vote on Twitter, the mayor told residents at the meeting.", "prose"),
])
def test_line_kinds(text, kind):
    assert line_kind(Line(1, text, len(text.split()), ""), english=True) == kind


@pytest.mark.parametrize("text, kind", [
    # A short line of speech is part of the story: a quotation with its verb of speech ...
    ("“Ask the voters,” she said.", "prose"),
    ('"Not yet," Lund told reporters.', "prose"),
    ("‘Go home,’ shouted the crowd.", "prose"),
    ("The plan was “reckless,” he said.", "prose"),
    ("The mayor asked: “Who pays?”", "prose"),
    # ... or a speaker and a verb of speech that introduce the quotation below.
    ("Lund continued:", "prose"),
    ("Said the harbour master:", "prose"),
    ("The ferry company added on Monday:", "prose"),
    # Lines shaped alike that are no speech keep their kind.
    ("Harbour board vows ‘no retreat,’ cuts budget.", "sentence"),
    ("“Tidewater” opens at the city theatre.", "sentence"),
    ("What we know so far:", "short"),
    ("Originally posted:", "short"),
    ("Production notes:", "short"),
    ("Key points:", "short"),
])
def test_short_lines_of_speech_are_prose(text, kind):
    assert line_kind(Line(1, text, len(text.split()), ""), english=True) == kind


SPOKEN_PAGE = """Menu
Home World Business Sport
Ferry fares to rise in spring, harbour board says
By Ana Lund
The harbour board voted on Tuesday to raise ferry fares by a tenth from April, the first rise in six years.
Board members said the money would pay for two new boats and longer evening sailings on the island routes.
Fares for children and pensioners stay as they are, and season tickets bought before March keep their price.
The chair of the board, Tomas Berg, defended the rise at a packed meeting in the town hall on Tuesday evening.
Berg continued:
“Nobody likes paying more, but the boats we run today are older than most of the people who sail on them.”
Asked whether fares would rise again next year, he smiled.
“Ask the voters,” he said.
Share this article
Advertisement
"""


@pytest.mark.parametrize("line", ["Berg continued:", "“Ask the voters,” he said."])
def test_a_page_keeps_its_short_lines_of_speech(line):
    page = read_article(Document("ferry.txt", SPOKEN_PAGE, "text", "0"))
    assert line in [p.text for p in page.paragraphs]
    assert not {"Share this article", "Advertisement", "Menu"} & {p.text for p in page.paragraphs}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000),
       st.sampled_from(["text", "html", "markdown"]))
def test_any_text_gives_an_article_or_says_there_is_none(text, fmt):
    try:
        found = read_article(Document("p", text, fmt, "0"))
    except NotAnArticle:
        return
    assert found.paragraphs and found.headline and found.id


@pytest.mark.parametrize("text", [
    "[a](" * 20_000, "*a" * 20_000, "**a " * 20_000, "_a " * 20_000, "# " * 20_000,
    "---\n" + "key: [" * 5_000, "<p>" * 20_000, "Photo: " * 20_000, "By " * 20_000,
    "12 January 2024 " * 5_000, "\n".join(["Share"] * 20_000),
])
@pytest.mark.parametrize("fmt", ["text", "html", "markdown"])
def test_hostile_input_gives_an_article_or_says_there_is_none(text, fmt):
    try:
        found = read_article(Document("p", text, fmt, "0"))
    except NotAnArticle:
        return
    assert found.paragraphs and found.headline


THURSDAY, WEDNESDAY, OLD_MONDAY = date(2026, 1, 29), date(2026, 1, 28), date(2017, 11, 13)


@pytest.mark.parametrize("caption_dates, text, expected", [
    ((THURSDAY, WEDNESDAY), "The minister said on Thursday that talks would go on.", THURSDAY),
    ((THURSDAY, WEDNESDAY), "The minister said on Friday that talks would go on.", None),     # weekday differs
    ((THURSDAY,), "The minister said on Thursday that talks would go on.", None),              # one photo only
    ((OLD_MONDAY, date(2016, 5, 2)), "The airline said on Monday it had placed an order.", None),  # archive photos
    ((THURSDAY, WEDNESDAY), "The minister spoke to reporters.", None),                          # no weekday
])
def test_inferred_date_needs_corroboration(caption_dates, text, expected):
    page = Page(paragraphs=(Paragraph(1, text),), captions=tuple(Caption(f"Photo {d}", date=d) for d in caption_dates))
    assert inferred_date(page) == expected


def test_hard_wrapped_text_reads_like_the_same_text_unwrapped():
    import textwrap
    text = (CASES / "page_copied.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(line, 60) if len(line.split()) > 12 else line for line in text.split("\n"))
    assert wrapped.count("\n") > text.count("\n") + 5
    assert read_article(Document("w.txt", wrapped, "text", "0")) == replace(COPIED, source="w.txt")


@pytest.mark.parametrize("header, headline, summary", [
    (["Home", "World", "Storm floods the old harbour in Porto overnight",
      "Residents of the riverside district were woken by sirens as the water rose past the quay",
      "By Rui Costa"],
     "Storm floods the old harbour in Porto overnight",
     "Residents of the riverside district were woken by sirens as the water rose past the quay"),
    (["Home", "Most read", "Storm floods the old harbour in Porto overnight", "By Rui Costa", "Share"],
     "Storm floods the old harbour in Porto overnight", "The river burst its banks"),
])
def test_headline_and_standfirst_above_the_byline(header, headline, summary):
    body = ["The river burst its banks shortly after midnight, and the water reached the first floors of houses.",
            "Firefighters said on Monday that nobody had been hurt, although dozens of cars were swept away.",
            "The city council said it would ask the government for emergency funds to repair the quay."]
    found = read_article(Document("p.txt", "\n".join(header + body), "text", "0"))
    assert (found.headline, found.summary[:len(summary)], [p.text for p in found.paragraphs]) == (
        headline, summary, body)


def test_a_line_printed_twice_without_credit_or_date_is_not_a_caption():
    body = ["The river burst its banks shortly after midnight, and the water reached the first floors of houses.",
            "Firefighters said on Monday that nobody had been hurt, although dozens of cars were swept away."]
    text = "\n\n".join(["Storm floods the old harbour", "The faces of the flood.", "The faces of the flood.", *body])
    found = read_article(Document("p.txt", text, "text", "0"))
    assert found.captions == ()
    assert [p.text for p in found.paragraphs].count("The faces of the flood.") <= 1


@pytest.mark.parametrize("name, fmt", [("page_saved.html", "text"), ("page_copied.txt", "html")])
def test_a_file_is_read_by_what_it_holds_not_its_extension(name, fmt):
    text = (CASES / name).read_text(encoding="utf-8")
    right = article(name)
    assert read_article(Document(name, text, fmt, "0")).paragraphs == right.paragraphs


@pytest.mark.parametrize("dateline, published", [
    ("Published 28/01/2026 - 14:05 GMT+1 • Updated 29/01/2026 - 09:00", date(2026, 1, 28)),
    ("Updated 2:14 am EST, Tuesday, March 2, 2021", date(2021, 3, 2)),
    ("Published 03/04/2026", None),                 # day and month could be either way round
    ("Published on Updated", None),
])
def test_printed_date_under_the_headline(dateline, published):
    text = "\n".join(["Storm floods the old harbour in Porto overnight", "By Rui Costa", dateline,
                      "The river burst its banks shortly after midnight, and the water reached the first floors.",
                      "Firefighters said nobody had been hurt, although dozens of cars were swept away."])
    found = read_article(Document("p.txt", text, "text", "0"))
    assert (found.published, found.published_inferred) == (published, False)


@pytest.mark.parametrize("markdown, headline, authors, subheadings", [
    ("Storm floods Porto\n==================\n\nBy Rui Costa\n\n"
     "The river burst its banks at midnight, and water reached the houses.\n",
     "Storm floods Porto", ("Rui Costa",), ()),
    ("Storm floods Porto\n\nThe river burst its banks at midnight, and water reached the houses.\n\n"
     "Damage\n------\n\nDozens of cars were swept away by the water in the lower town.\n",
     "Storm floods Porto", (), ("Damage",)),
    ("# Storm floods Porto\n\n*By Rui Costa and Ana Lima*\n\nThe river burst its banks at midnight, and water reached "
     "the houses.\n", "Storm floods Porto", ("Rui Costa", "Ana Lima"), ()),
    ("---\ntitle: Storm floods Porto\n---\nThe river burst its banks at midnight, and water reached the houses\n\n"
     "Dozens of cars were swept away by the water in the lower town.\n", "Storm floods Porto", (), ()),
])
def test_markdown_headline_byline_and_subheadings(markdown, headline, authors, subheadings):
    found = read_article(Document("a.md", markdown, "markdown", "0"))
    assert (found.headline, found.authors, found.subheadings) == (headline, authors, subheadings)
    assert found.paragraphs[0].text.startswith("The river burst its banks")


BODY = ["The river burst its banks shortly after midnight, and the water reached the first floors of houses.",
        "Firefighters said on Monday that nobody had been hurt, although dozens of cars were swept away.",
        "The city council said it would ask the government for emergency funds to repair the quay."]


@pytest.mark.parametrize("lines", [
    ["Porto floods: the verdict", "Porto floods: the verdict Review"],                   # a title, then the title again
    ["Photo Gallery", "Readers' pictures of the flood"],
    ["We take part in affiliate programmes and earn fees from links. ©Example Blog 2011-2019"],
    ["By Rui Costa | November 18, 2019", "Jane Roe / Getty Images"],
])
def test_page_furniture_is_never_a_caption(lines):
    text = "\n".join(["Storm floods the old harbour in Porto overnight", *BODY, *lines])
    assert read_article(Document("p.txt", text, "text", "0")).captions == ()


@pytest.mark.parametrize("notice, publisher", [
    ("© 2021 The Lund Courier Company", "The Lund Courier Company"),
    ("Copyright © 2019 Example Media Limited. All rights reserved.", "Example Media"),
    ("© 2018 Copyright Example Harbour Media Pvt. Ltd.", "Example Harbour Media"),
    ("Copyright AP Photo", ""),                    # a photo credit names no year: not the publisher
])
def test_publisher_from_the_copyright_notice(notice, publisher):
    text = "\n".join(["Storm floods the old harbour in Porto overnight", *BODY, notice])
    assert read_article(Document("p.txt", text, "text", "0")).publisher == publisher


def test_a_long_paragraph_above_a_photo_credit_stays_text():
    paragraph = " ".join(["The keyboard is nearly the same as the one the company sold years ago, the teardown shows."] * 6)
    text = "\n".join(["Storm floods the old harbour in Porto overnight", *BODY, paragraph, "Photo: Example Labs", *BODY])
    found = read_article(Document("p.txt", text, "text", "0"))
    assert found.captions == () and paragraph in [p.text for p in found.paragraphs]


BROKEN = ("Harbour bank holds its rate\n\nOSLO 2024-05-01\n\n"
          "The Harbour Bank of Norland\n\nleft its main rate where it was on Friday, the\n\n"
          "bank said.\n\nIt will meet again in June, when traders expect a cut.\n")


def test_a_file_with_sentences_broken_over_lines_reads_them_whole():
    found = read_article(Document("a.txt", BROKEN, "text", "0"))
    assert [p.text for p in found.paragraphs] == [
        "The Harbour Bank of Norland left its main rate where it was on Friday, the bank said.",
        "It will meet again in June, when traders expect a cut."]


def test_a_web_page_line_that_stops_mid_phrase_stays_apart():
    page = ("Home | World | Sport\n\nSubscribe\n\nHarbour bank holds its rate\n\nFollow Harbour News on\n\n"
            "The Harbour Bank of Norland left its main rate where it was on Friday, the bank said.\n\n"
            "It will meet again in June, when traders expect a cut.\n")
    found = read_article(Document("a.txt", page, "text", "0"))
    assert not any("Follow" in p.text for p in found.paragraphs)


@pytest.mark.parametrize("line, paragraphs", [
    # A link an embed left in copied text keeps its words, without its tags.
    ('The board found 30 more faults, <a href="http://example.org/report">the report</a> says.',
     ["The board found 30 more faults, the report says."]),
    # A tag that holds no words is no paragraph.
    ('<tweet tweet-id="123"><tweet/>.', []),
    # Signs that are no tag stay.
    ("The pier holds if the load is < 5 tonnes and > 2 tonnes, the board said.",
     ["The pier holds if the load is < 5 tonnes and > 2 tonnes, the board said."]),
])
def test_markup_in_copied_text(line, paragraphs):
    text = ("Harbour report out\n\nThe mayor said the pier would close in May and the ferries would run "
            f"from the old quay instead.\n\n{line}\n")
    found = article_of_text(text)
    assert [p.text for p in found.paragraphs[1:]] == paragraphs


def article_of_text(text: str):
    return read_article(Document("a.txt", text, "text", "0"))
