"""The facts index the facts page filters in the browser: every fact with what it can be
filtered by, as compact JSON (actors and articles once each, facts pointing at them)."""

from __future__ import annotations

import json

from .escape import plain
from .model import FACT_KINDS, Dossier

INDEX_PATH = "facts-index.json"
"""Where the index is written, from the site's root."""


def facts_index(dossier: Dossier, when) -> str:
    """The index as JSON text: [kinds, actors as [id, name, kind], articles as [id,
    headline, publisher, date], facts as [id, article, paragraph, kind, text, speakers,
    named, date]], where a fact's article, kind, speakers and named actors are positions
    in those lists, and its date (ISO, or '') is its own or else its article's. `when`
    gives a fact's date."""
    kinds = list(dict.fromkeys((*FACT_KINDS, *sorted({f.kind for f in dossier.facts}))))
    kind_at = {k: n for n, k in enumerate(kinds)}
    article_at = {a.id: n for n, a in enumerate(dossier.articles)}
    named = dict.fromkeys(a for f in dossier.facts for a in (*f.speakers, *f.mentions))
    actors = [a for a in dossier.actors if a.id in named]
    actor_at = {a.id: n for n, a in enumerate(actors)}
    facts = []
    for fact in dossier.facts:
        if fact.article not in article_at:
            continue
        day = when(fact)
        facts.append([fact.id, article_at[fact.article], fact.paragraph, kind_at[fact.kind], plain(fact.text),
                      [actor_at[a] for a in dict.fromkeys(fact.speakers) if a in actor_at],
                      [actor_at[a] for a in dict.fromkeys(fact.mentions) if a in actor_at],
                      day.isoformat() if day else ""])
    text = json.dumps([kinds, [[a.id, plain(a.name), a.kind] for a in actors],
                       [[a.id, plain(a.headline) or a.id, plain(a.publisher),
                         a.published.isoformat() if a.published else ""] for a in dossier.articles],
                       facts], ensure_ascii=False, separators=(",", ":"))
    # An array at the top, so that every brace and angle bracket is inside a string, where
    # it is written as an escape: no reader of the file (a template engine run over the
    # site, a browser sniffing it as HTML) finds markup or a tag in it.
    for char in "<>&{}":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text
