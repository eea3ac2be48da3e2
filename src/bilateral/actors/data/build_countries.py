"""Rebuild countries.tsv from mledoze/countries and pycountry (run by hand, not at import).

    python src/bilateral/actors/data/build_countries.py ../shared/data/actors/world_countries/countries.tsv

Keeps English and Latin-script names only: short codes, comma-inverted names
("Korea, Republic of") and non-Latin scripts never occur as such in English news.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).with_name("countries.tsv")
# mledoze's user-assigned code for Kosovo; XKX is the one in common use.
CODE_FIXES = {"UNK": "XKX"}


# Native names that are common English words once accents are dropped (Icelandic
# "Ísland"): "Jeju Island" is no mention of Iceland.
ENGLISH_WORDS = {"island"}


def is_usable_name(name: str) -> bool:
    if len(name) <= 3 or "," in name or "(" in name:
        return False
    if _unaccented(name).lower() in ENGLISH_WORDS:
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def pycountry_names(iso3: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    return [
        getattr(country, f) for f in ("name", "common_name", "official_name") if hasattr(country, f)
    ]


def main(source: str) -> None:
    rows = []
    with open(source, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            iso3 = CODE_FIXES.get(row["iso3"], row["iso3"])
            names = [
                row["name_common"],
                row["name_official"],
                *row["alt_spellings"].split("|"),
                *pycountry_names(iso3),
                row["demonym_m"],
                row["demonym_f"],
            ]
            unique = list(dict.fromkeys(n.strip() for n in names if is_usable_name(n.strip())))
            capital = row["capital"].split("|")[0]
            rows.append((iso3, row["name_common"], "|".join(unique), capital, row["independent"]))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(("iso3", "name", "names", "capital", "independent"))
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main(sys.argv[1])
