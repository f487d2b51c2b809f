"""The optional statistical actor backend: spaCy's named entities, alone or with the built-in rules."""

from __future__ import annotations

import os
from functools import lru_cache

from .model import Article, DossierError, Mention, Problem

MODEL_SETTING = "DOSSIER_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm"
KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
                 "FAC": "place"}


def missing(message: str) -> DossierError:
    """The error a user sees when the backend they asked for cannot run here."""
    return DossierError((Problem(
        "DOSSIER_ACTORS", None, message, severity="error",
        hint="pip install 'dossier[spacy]' and python -m spacy download en_core_web_sm, "
             "or unset DOSSIER_ACTORS to use the built-in extractor"),))


@lru_cache(maxsize=2)
def load_model(name: str):
    """The spaCy pipeline, loaded once per process; a clear error when spaCy or the model is absent."""
    try:
        import spacy
    except ImportError:
        raise missing("the 'spacy' actor backend needs spaCy, which is not installed") from None
    try:
        return spacy.load(name, disable=["lemmatizer"])
    except OSError:
        raise missing(f"the 'spacy' actor backend needs the spaCy model {name!r}, "
                      "which is not installed") from None


def find_actors_spacy(article: Article, builtin: tuple[Mention, ...] | None = None) -> tuple[Mention, ...]:
    """Actors from spaCy's entities; given the built-in rules' actors, those come first and
    spaCy adds only what they missed."""
    nlp = load_model(os.environ.get(MODEL_SETTING, DEFAULT_MODEL))
    found = spacy_mentions(article, nlp)
    if builtin is None:
        return found
    known = {form.casefold() for m in builtin for form in (m.name, *m.aliases)}
    known |= {form.split()[-1].casefold() for m in builtin if m.kind == "person"
              for form in (m.name, *m.aliases)}
    extra = tuple(m for m in found if not {f.casefold() for f in (m.name, *m.aliases)} & known)
    return builtin + extra


def spacy_mentions(article: Article, nlp) -> tuple[Mention, ...]:
    """spaCy's PERSON, ORG and place entities, one Mention per name; a surname joins the one
    fuller name in the article that ends with it."""
    units = [(p.number, p.text) for p in article.paragraphs] + [(0, c.text) for c in article.captions]
    seen: dict[str, tuple[str, list[int]]] = {}
    for (number, _), doc in zip(units, nlp.pipe(text for _, text in units)):
        for entity in doc.ents:
            kind = KIND_OF_LABEL.get(entity.label_)
            name = entity.text.strip()
            if kind and name:
                if name.lower().startswith("the "):
                    name = name[4:]
                seen.setdefault(name, (kind, []))[1].append(number)
    fuller: dict[str, list[str]] = {}
    for name, (kind, _) in seen.items():
        if kind == "person" and len(name.split()) > 1:
            fuller.setdefault(name.split()[-1], []).append(name)
    merged: dict[str, tuple[str, list[str], list[int]]] = {}
    for name, (kind, numbers) in seen.items():
        target = name
        if kind == "person" and len(name.split()) == 1 and len(fuller.get(name, [])) == 1:
            target = fuller[name][0]
        entry = merged.setdefault(target, (seen.get(target, (kind,))[0], [], []))
        if target != name:
            entry[1].append(name)
        entry[2].extend(numbers)
    return tuple(Mention(name, kind, tuple(aliases), paragraphs=tuple(sorted(set(numbers))))
                 for name, (kind, aliases, numbers) in merged.items())
