"""Metadata from file names: what a pattern fills, what it leaves, and what it warns about."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from dossier.cache import Cache
from dossier.cli import main
from dossier.export import export_json
from dossier.file_names import FileNaming, name_from_files
from dossier.model import Article, Dossier, Paragraph
from dossier.overrides import apply_overrides, load_overrides
from dossier.pipeline import build
from dossier.render import render

BODY = (Paragraph(1, "The council approved the harbour plan."),)


def article(source: str, **fields) -> Article:
    return Article("harbour", source, fields.pop("headline", "Harbour plan approved"), paragraphs=BODY, **fields)


@pytest.mark.parametrize("pattern, source, given, expected", [
    # What the text left out is filled, and marked.
    ("{publisher}_{date}_{title}", "daily-news_2024-05-01_harbour-plan.txt", {},
     {"publisher": "Daily News", "published": date(2024, 5, 1), "from_file_name": ("publisher", "published")}),
    # A short one-word slug is an acronym; a mapped slug takes its name.
    ("{publisher}_{date}_{title}", "dnt_2024-05-01_harbour-plan.txt", {},
     {"publisher": "DNT", "published": date(2024, 5, 1), "from_file_name": ("publisher", "published")}),
    ("{publisher}_{date}_{title}", "port-gaz_2024-05-01_x.txt", {},
     {"publisher": "The Port Gazette", "from_file_name": ("publisher", "published")}),
    # The text wins: a printed date and a publisher stay.
    ("{publisher}_{date}_{title}", "daily-news_2024-05-01_harbour-plan.txt",
     {"publisher": "The Daily News", "published": date(2024, 4, 30)},
     {"publisher": "The Daily News", "published": date(2024, 4, 30), "from_file_name": ()}),
    # A date worked out from the text gives way to the one the name states.
    ("{publisher}_{date}_{title}", "daily-news_2024-05-01_harbour-plan.txt",
     {"publisher": "The Daily News", "published": date(2024, 4, 29), "published_inferred": True},
     {"published": date(2024, 5, 1), "published_inferred": False, "from_file_name": ("published",)}),
    # A headline that is only the start of the first paragraph is no headline the text printed.
    ("{date}-{title}", "20240501-harbour-plan-approved-by-council.md",
     {"headline": "The council approved"},
     {"headline": "Harbour plan approved by council", "published": date(2024, 5, 1),
      "from_file_name": ("headline", "published")}),
    ("{date}-{title}", "20240501-harbour-plan.md", {},
     {"headline": "Harbour plan approved", "from_file_name": ("published",)}),
    # Authors are split at '+'; a part passed over with {_}; the title may hold the separator.
    ("{_}_{authors}_{title}", "0042_ann-lee+bo-chan_harbour_plan.html", {},
     {"authors": ("Ann Lee", "Bo Chan"), "from_file_name": ("authors",)}),
    # A file in a folder is matched by its own name.
    ("{publisher}_{date}_{title}", "may/daily-news_2024-05-01_harbour-plan.txt", {},
     {"publisher": "Daily News", "published": date(2024, 5, 1)}),
])
def test_a_pattern_fills_what_the_text_did_not_give(pattern, source, given, expected):
    naming = FileNaming(pattern, (("port-gaz", "The Port Gazette"),))
    dossier, problems = name_from_files(Dossier(articles=(article(source, **given),)), naming)
    assert problems == ()
    assert {key: getattr(dossier.articles[0], key) for key in expected} == expected


@pytest.mark.parametrize("source, message", [
    ("harbour-plan.txt", "harbour-plan.txt: the file name does not fit the pattern '{publisher}_{date}_{title}'; "
                         "its article keeps what its text gives\n"
                         "  hint: rename the file to fit, e.g. 'daily-news_2024-05-01_talks-in-kyiv.txt', "
                         "or set its publisher and date in overrides.yml"),
    ("daily-news_2024-02-30_harbour-plan.txt",
     "daily-news_2024-02-30_harbour-plan.txt: '2024-02-30' in the file name is no day of the calendar; "
     "the article keeps the date its text gives\n  hint: write the day as YYYY-MM-DD"),
])
def test_a_name_that_does_not_fit_is_left_alone_with_a_warning_naming_the_file(source, message):
    dossier, problems = name_from_files(Dossier(articles=(article(source),)), FileNaming("{publisher}_{date}_{title}"))
    assert [str(p) for p in problems] == [message]
    assert [p.severity for p in problems] == ["warning"]
    assert dossier.articles[0].published is None
    assert dossier.articles[0].publisher == ("" if "2024" not in source else "Daily News")


@pytest.mark.parametrize("pattern, messages", [
    ("{publisher}_{dat}_{title}", ["mkdocs.yml: unknown field '{dat}' in the file-name pattern '{publisher}_{dat}_{title}'"
                                   "\n  hint: the fields are {publisher}, {date}, {title}, {authors}, {_}"]),
    ("{date}_{date}", ["mkdocs.yml: the field '{date}' is twice in the file-name pattern '{date}_{date}'"
                       "\n  hint: each field may be given once"]),
    ("notes_{_}", ["mkdocs.yml: the file-name pattern 'notes_{_}' has no field to fill\n"
                   "  hint: name at least one of {publisher}, {date}, {title}, {authors}, {_}, "
                   "e.g. '{publisher}_{date}_{title}'"]),
])
def test_a_pattern_that_cannot_work_is_an_error_saying_why(pattern, messages):
    dossier, problems = name_from_files(Dossier(articles=(article("a_2024-05-01_b.txt"),)), FileNaming(pattern))
    assert [str(p) for p in problems] == messages
    assert {p.severity for p in problems} == {"error"}


def test_overrides_win_over_the_file_name_and_take_its_mark_off(tmp_path):
    dossier, _ = name_from_files(Dossier(articles=(article("daily-news_2024-05-01_x.txt"),)),
                                 FileNaming("{publisher}_{date}_{title}"))
    (tmp_path / "overrides.yml").write_text("articles:\n  daily-news_2024-05-01_x.txt:\n    publisher: Harbour Times\n",
                                            encoding="utf-8")
    corrected, problems = apply_overrides(dossier, load_overrides(tmp_path / "overrides.yml")[0])
    assert problems == ()
    assert (corrected.articles[0].publisher, corrected.articles[0].from_file_name) == ("Harbour Times", ("published",))


SEED = "Harbour plan wins council vote\n\nThe city council approved the new harbour plan, Mayor Ada Kowalski said.\n"


@pytest.fixture
def seeds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)    # no overrides.yml here
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "daily-news_2024-05-01_harbour-plan.txt").write_text(SEED, encoding="utf-8")
    return folder


def test_a_changed_pattern_changes_a_cached_build(seeds, tmp_path):
    cache = Cache(tmp_path / "cache")
    first = build(seeds, cache=cache, naming=FileNaming("{publisher}_{date}_{title}"))
    second = build(seeds, cache=cache, naming=FileNaming("{_}_{date}_{title}"))
    third = build(seeds, cache=cache)
    assert [(a.publisher, a.published) for a in (first.articles[0], second.articles[0], third.articles[0])] == [
        ("Daily News", date(2024, 5, 1)), ("", date(2024, 5, 1)), ("", None)]


def test_the_export_and_the_article_page_say_what_came_from_the_file_name(seeds):
    dossier = build(seeds, naming=FileNaming("{publisher}_{date}_{title}"))
    assert '"from_file_name": ["publisher", "published"]' in export_json(dossier)
    page = render(dossier)[f"articles/{dossier.articles[0].id}.md"]
    assert "No byline · Daily News · 1 May 2024 · *publisher, date from the file name*" in page


def test_the_command_line_takes_a_pattern_and_publishers_names(seeds, tmp_path, capsys):
    output = tmp_path / "dossier.json"
    assert main(["export", str(seeds), "--no-cache", "--output", str(output), "--filename-pattern",
                 "{publisher}_{date}_{title}", "--publisher", "daily-news=The Daily News"]) == 0
    assert '"publisher": "The Daily News", "published": "2024-05-01"' in output.read_text(encoding="utf-8")


@pytest.mark.parametrize("arguments, message", [
    (["--filename-pattern", "{publisher}_{when}"],
     "error: --filename-pattern: unknown field '{when}' in the file-name pattern '{publisher}_{when}'\n"
     "  hint: the fields are {publisher}, {date}, {title}, {authors}, {_}\n1 error\n"),
    (["--filename-pattern", "{publisher}_{date}", "--publisher", "daily-news"],
     "error: --publisher: 'daily-news' is not SLUG=NAME\n  hint: e.g. --publisher 'wash-post=The Washington Post'\n1 error\n"),
    (["--publisher", "daily-news=The Daily News"],
     "error: --publisher: publishers' names are for file names, but no pattern is given\n"
     "  hint: add --filename-pattern, e.g. '{publisher}_{date}_{title}'\n1 error\n"),
])
def test_the_command_line_says_what_is_wrong_with_a_pattern(seeds, capsys, arguments, message):
    assert main(["check", str(seeds), "--no-cache", *arguments]) == 1
    assert capsys.readouterr().err == message


def test_the_plugin_reads_the_pattern_and_publishers_from_mkdocs_yml(seeds, tmp_path):
    from test_plugin import mkdocs_build
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Harbour\nplugins:\n  - dossier:\n      filename: '{publisher}_{date}_{title}'\n"
        "      publishers:\n        daily-news: The Daily News\n", encoding="utf-8")
    result = mkdocs_build(tmp_path)
    assert result.returncode == 0, result.stderr
    article = json.loads((tmp_path / "site" / "dossier.json").read_text(encoding="utf-8"))["articles"][0]
    assert (article["publisher"], article["published"], article["from_file_name"]) == \
        ("The Daily News", "2024-05-01", ["publisher", "published"])


@pytest.mark.parametrize("paragraph, kind, day", [
    # A weekday in a statement's sentence counts from the day the file name gives ...
    ("Anna Berg said on Monday that the port had closed.", "claim", date(2024, 4, 29)),
    ('"The port has closed," Berg said Tuesday.', "quote", date(2024, 4, 30)),
    ("Berg said yesterday that the port had closed.", "claim", date(2024, 4, 30)),
    # ... and a statement that says nothing of when stays undated.
    ("Anna Berg said that the port had closed.", "claim", None),
])
def test_a_file_names_date_dates_the_statements_as_a_printed_date_would(paragraph, kind, day):
    from dossier.facts import find_facts
    from dossier.model import Mention
    mentions = (Mention("Anna Berg", "person", aliases=("Berg",)),)
    undated = Article("harbour", "daily-news_2024-05-01_harbour-plan.txt", "Harbour plan",
                      paragraphs=(Paragraph(1, paragraph),))
    facts = tuple(replace(f, article=undated.id) for f in find_facts(undated, mentions) if f.kind == kind)
    assert facts and all(f.date is None for f in facts)
    dossier, _ = name_from_files(Dossier(articles=(undated,), facts=facts), FileNaming("{publisher}_{date}_{title}"))
    printed = find_facts(replace(undated, published=date(2024, 5, 1)), mentions)
    assert [f.date for f in dossier.facts] == [day] == [f.date for f in printed if f.kind == kind]
