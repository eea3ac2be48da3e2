"""Count the office-years the shipped tables leave empty: for each state, office and year,
whether anybody held the office on 1 July of that year.

    PYTHONPATH=src .venv/bin/python bench/actors_gaps.py [--states ISO3,...] [--from 1995]
        [--to 2025] [--list]

States: by default the most reported states in international news (`NEWS_STATES`: the G20,
the Security Council's permanent members, regional powers and conflict states). `--list`
prints each state's empty years per office, the gaps left to fill.
"""

from __future__ import annotations

import argparse
from datetime import date

from bilateral.actors.kb import MILITARY_CHIEF_ROLES, shipped_kb

NEWS_STATES = [
    # G20
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "CAN",
    "ITA", "KOR", "AUS", "MEX", "IDN", "SAU", "TUR", "ARG", "ZAF",
    "IRN", "ISR", "EGY", "PAK", "UKR", "NGA", "ETH", "VEN", "COL", "PHL", "VNM", "PRK",
    "SYR", "IRQ", "AFG", "QAT", "ARE", "POL", "KAZ", "PER", "UZB", "ESP", "NLD", "THA",
    "MYS", "BGD", "KEN", "DZA", "MAR", "LBY", "YEM", "SDN", "LBN", "JOR", "AZE", "ARM",
    "GEO", "BLR", "TWN", "MMR", "CHL",
]

# An office and the roles of the tables that hold it (Mexico's and Germany's trade
# ministers are their economy ministers).
OFFICES = {
    "foreign": ("foreign minister",),
    "defence": ("defence minister",),
    "military": MILITARY_CHIEF_ROLES,
    "finance": ("finance minister",),
    "interior": ("interior minister",),
    "trade": ("trade minister", "economy minister"),
    "central bank": ("central bank governor",),
}


def empty_years(states: list[str], first: int, last: int) -> dict[str, dict[str, list[int]]]:
    """{office: {state: [years with nobody in office on 1 July]}}."""
    kb = shipped_kb()
    gaps: dict[str, dict[str, list[int]]] = {office: {} for office in OFFICES}
    for office, roles in OFFICES.items():
        for state in states:
            tenures = [t for role in roles for t in kb.offices.get((state, role), [])]
            years = [
                year for year in range(first, last + 1)
                if not any(t.covers(date(year, 7, 1)) for t in tenures)
            ]
            if years:
                gaps[office][state] = years
    return gaps


def spans(years: list[int]) -> str:
    """1995-1999,2003 for [1995, 1996, 1997, 1998, 1999, 2003]."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ",".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--states", help="comma-separated ISO3 codes (default: NEWS_STATES)")
    parser.add_argument("--from", dest="first", type=int, default=1995)
    parser.add_argument("--to", dest="last", type=int, default=2025)
    parser.add_argument("--list", action="store_true", help="print each state's empty years")
    args = parser.parse_args()
    states = args.states.split(",") if args.states else list(NEWS_STATES)
    gaps = empty_years(states, args.first, args.last)
    print(f"empty office-years on 1 July, {len(states)} states, {args.first}-{args.last}:")
    for office, per_state in gaps.items():
        total = sum(len(years) for years in per_state.values())
        print(f"  {office:13} {total:5}")
        if args.list:
            for state, years in sorted(per_state.items(), key=lambda kv: -len(kv[1])):
                print(f"      {state} {len(years):3}  {spans(years)}")


if __name__ == "__main__":
    main()
