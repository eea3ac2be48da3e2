"""Resolve every 1995-2025 term of the tables' offices, written in the forms news uses.

    PYTHONPATH=src .venv/bin/python bench/actors_forms.py [--form NAME] [--misses FILE]

For each term of at least 60 days (an open one counts 400 days), a sentence names the
holder the way news does and is resolved at the term's middle: "Malaysian Foreign Minister
Abdullah" (demonym), "Malaysia's foreign minister" (possessive), "Foreign Minister Abdullah
of Malaysia" (of), "Prime Minister Kenny" with no state (bare: presidents and prime
ministers), "Malaysia's top diplomat" (diplomat), "Nigerian military chief General Musa"
(rank), "the head of Kenya's central bank" (central bank), and for presidents and prime
ministers sharing a surname in one state, at any date, "President Aquino" (namesakes). A
term is right when the mention resolves to its holder. The demonyms and country names are
the shared ``world_countries`` table's; prints ``skipped: …`` when it is missing.

Unlike ``bench/actors_cases.py``, whose cases were written by hand, this reads the tables
back: it measures the reading of titles, surnames and dates, not the tables' coverage.
Misses that remain are mostly namesakes in office at once, and one holder the imports
list under two spellings.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from actors_cases import actor_over  # bench/ is the script's directory

from bilateral.actors.kb import KnowledgeBase, Tenure, default_surnames, shipped_kb

COUNTRIES = (
    Path(__file__).resolve().parents[2] / "shared/data/actors/world_countries/countries.tsv"
)
TITLES = {
    "president": "President",
    "prime minister": "Prime Minister",
    "foreign minister": "Foreign Minister",
    "defence minister": "Defence Minister",
    "finance minister": "Finance Minister",
    "interior minister": "Interior Minister",
    "trade minister": "Trade Minister",
}
HEADS = ("president", "prime minister")
CHIEFS = {"army chief": "army chief", "chief of defence": "military chief"}


def mid_term(tenure: Tenure) -> date | None:
    """The middle of a term of 60 days or more begun 1995-2025 (None: not such a term)."""
    if tenure.start is None or not 1995 <= tenure.start.year <= 2025:
        return None
    end = tenure.end or tenure.start + timedelta(days=400)
    if (end - tenure.start).days < 60:
        return None
    middle: date = tenure.start + (end - tenure.start) / 2
    return middle


Sentence = tuple[str, Tenure, date, str, str]


def sentences(
    kb: KnowledgeBase, names: dict[str, tuple[str, str]], form: str
) -> Iterator[Sentence]:
    """(office, term, date, text, mention) for each term the form can write."""
    for (country, role), tenures in kb.offices.items():
        if country not in names:
            continue
        state, demonym = names[country]
        for tenure in tenures:
            on = mid_term(tenure)
            surnames = default_surnames(kb.persons[tenure.person_id].name, country)
            if on is None or not surnames:
                continue
            surname = surnames[0]
            mention = None
            if form == "demonym" and role in TITLES:
                mention = f"{demonym} {TITLES[role]} {surname}"
            elif form == "possessive" and role in TITLES:
                mention = f"{state}'s {role}"
            elif form == "of" and role in TITLES:
                mention = f"{TITLES[role]} {surname} of {state}"
            elif form == "bare" and role in HEADS:
                mention = f"{TITLES[role]} {surname}"
            elif form == "diplomat" and role == "foreign minister":
                mention = f"{state}'s top diplomat"
            elif form == "rank" and role in CHIEFS:
                mention = f"{demonym} {CHIEFS[role]} General {surname}"
            elif form == "central bank" and role == "central bank governor":
                mention = f"the head of {state}'s central bank"
            if mention is not None:
                yield role, tenure, on, f"{mention} said the talks would go on.", mention


def namesake_sentences(
    kb: KnowledgeBase, names: dict[str, tuple[str, str]]
) -> Iterator[Sentence]:
    """Presidents and prime ministers of one state who share a surname, at any date."""
    bearers: dict[tuple[str, str, str], list[Tenure]] = {}
    for (country, role), tenures in kb.offices.items():
        if role not in HEADS or country not in names:
            continue
        for tenure in tenures:
            for surname in default_surnames(kb.persons[tenure.person_id].name, country):
                bearers.setdefault((country, role, surname), []).append(tenure)
    for (_, role, surname), tenures in bearers.items():
        if len({t.person_id for t in tenures}) < 2:
            continue
        for tenure in tenures:
            if tenure.start is None:
                continue
            end = tenure.end or tenure.start + timedelta(days=400)
            if (end - tenure.start).days >= 60:
                mention = f"{TITLES[role]} {surname}"
                on = tenure.start + (end - tenure.start) / 2
                yield role, tenure, on, f"{mention} said the talks would go on.", mention


def resolved_id(text: str, mention: str, on: date) -> tuple[str | None, str]:
    """The id of the actor resolved over ``mention``, and what it was."""
    actor = actor_over(text, mention, on.isoformat())
    if actor is None:
        return None, "nothing"
    return actor.id, f"{actor.country} | {actor.name} | {actor.role}"


FORMS = ("demonym", "possessive", "of", "bare", "diplomat", "rank", "central bank", "namesakes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--form", choices=FORMS, action="append", help="only these forms")
    parser.add_argument("--misses", type=Path, help="write the wrong ones here (TSV)")
    args = parser.parse_args()
    if not COUNTRIES.is_file():
        print(f"skipped: {COUNTRIES} is missing")
        return
    with COUNTRIES.open(encoding="utf-8") as handle:
        names = {
            row["iso3"]: (row["name_common"], row["demonym_m"])
            for row in csv.DictReader(handle, delimiter="\t")
        }
    kb = shipped_kb()
    misses = []
    for form in args.form or FORMS:
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        rows = namesake_sentences(kb, names) if form == "namesakes" else sentences(kb, names, form)
        for role, tenure, on, text, mention in rows:
            got, what = resolved_id(text, mention, on)
            total[role] += 1
            if got == tenure.person_id:
                right[role] += 1
            else:
                misses.append((form, on.isoformat(), text, kb.persons[tenure.person_id].name, what))
        for role in sorted(total):
            print(f"{form:13} {role:22} {right[role]:5}/{total[role]:<5} {right[role] / total[role]:.3f}")
        print(f"{form:13} {'all':22} {sum(right.values()):5}/{sum(total.values()):<5} "
              f"{sum(right.values()) / sum(total.values()):.3f}")
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as handle:
            for miss in misses:
                print(*miss, sep="\t", file=handle)


if __name__ == "__main__":
    main()
