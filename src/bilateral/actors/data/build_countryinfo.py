"""Rebuild office_holders_ci.tsv: earlier heads of state and government from CountryInfo.

    python src/bilateral/actors/data/build_countryinfo.py ../shared/data/actors/countryinfo/office_holders.tsv

Takes presidents, prime ministers, chancellors and kings whose term has ended
(CountryInfo stops in 2011, so an open term's end is unknown) and skips every term
that overlaps one in the hand-written office_holders.tsv for the same country and
role. Names are upper case in the source and are title-cased here; imported people
get no bare-surname entry (old surnames would mostly match other people today), and
single-word names are left out.
Licence of the output: CC BY-SA 3.0, as its source.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "office_holders_ci.tsv"
ROLES = {
    "Presidents": "president",
    "President": "president",
    "Prime ministers": "prime minister",
    "Premiers": "prime minister",
    "Chancellors": "chancellor",
    "Kings": "king",
}
ROMAN = re.compile(r"[IVX]+")
PARTICLES = {
    "ul",
    "ur",
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "del",
    "da",
    "dos",
    "van",
    "von",
    "der",
    "la",
    "le",
}


def title_case(name: str) -> str:
    """``"MOHAMMAD ZIA-UL-HAQ"`` -> ``"Mohammad Zia-ul-Haq"``."""

    def word(part: str) -> str:
        lower = part.lower()
        if lower in PARTICLES:
            return lower
        return part.upper() if ROMAN.fullmatch(part) else lower[:1].upper() + lower[1:]

    return re.sub(r"[^\s\-'.]+", lambda m: word(m.group()), name.strip())


def hand_written() -> tuple[dict[tuple[str, str], list[tuple[str, str]]], dict[str, str]]:
    """Terms by (country, role), and every name and alias -> the person's name."""
    spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for line in (HERE / "office_holders.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t") + ["", ""]
        country, role, start, end, name, aliases = cells[:6]
        spans.setdefault((country, role), []).append((start or "0000", end or "9999"))
        for alias in [name, *aliases.split("|")]:
            if alias.strip():
                names[alias.strip().lower()] = name
    return spans, names


def main(source: str) -> None:
    known, known_names = hand_written()
    rows = []
    with open(source, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            role = ROLES.get(row["role"])
            start, end = row["start"], row["end"]
            if row["source_block"] != "Leaders" or role is None or not start or not end:
                continue
            if any(s <= end and start <= e for s, e in known.get((row["iso3"], role), [])):
                continue
            variants = [title_case(v) for v in row["name_variants"].split("|") if v.strip()]
            name = title_case(row["name"])
            name = known_names.get(name.lower(), name)  # the same person as a hand-written one
            if " " not in name and name.lower() not in known_names:
                continue  # a lone given name ("Hassan", "Khalid") would match too many people
            aliases = "|".join(v for v in dict.fromkeys(variants) if v != name)
            rows.append((row["iso3"], role, start, end, name, aliases, "-"))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Derived from CountryInfo.120116.txt (c) 2012 Philip A. Schrodt, CC BY-SA 3.0;\n"
        )
        handle.write("# rebuilt by build_countryinfo.py. Columns as office_holders.tsv.\n")
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(sorted(rows))


if __name__ == "__main__":
    main(sys.argv[1])
