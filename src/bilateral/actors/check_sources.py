"""Check the hand-written office holders against the shared second sources.

    PYTHONPATH=src python -m bilateral.actors.check_sources [--shared ../shared/data/actors]
        [--list] [--write]

Every row of ``data/office_holders_manual.tsv`` is compared, on person and dates, with the
sources that cover its office at its dates (nothing is downloaded; standard library only):

- **CIA World Factbook** heads of state and government, deputies, vice-presidents,
  1995 to January 2026 (an office with its dates);
- **CountryInfo** heads (rulers.org, to about 2011) and cabinets (CIA lists 2003-2011);
  a cabinet row's dates are the first and last list that names the person, so the term
  must contain them and may start or end up to half a year beyond them;
- **REIGN** de facto leaders to March 2021 (a leader, not an office: it can confirm a head's
  term, never contradict one; REIGN states no licence, so it is only read here, not shipped);
- **Phoenix** dictionaries to 2015 (a sector, not an office: "PAKGOV" from a date; it can
  confirm the person and the start of a term, never contradict one).

A date agrees within ``TOLERANCE`` days (a source's "YYYY-MM" or "YYYY" is its whole month
or year). A row is *confirmed* when a source has the same person in it with agreeing dates,
*contradicted* when an office source covering it has another person or other dates and no
source confirms it, *disputed* when sources disagree, else *uncheckable*. ``--list`` prints
every contradicted and disputed row; ``--write`` records the confirming sources in the
manual table's ``checked`` column, followed by the addresses of the public pages the row
was checked on by hand, which it keeps.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher
from pathlib import Path

from bilateral.actors.build import (
    MANUAL,
    PARTICLES,
    SHARED,
    Row,
    ci_roles,
    day,
    factbook_role,
    name_words,
    read_rows,
)

TOLERANCE = timedelta(days=31)
LIST_GAP = timedelta(days=183)  # CountryInfo's cabinet lists are months apart
OPEN = date(9000, 1, 1)  # still in office (far enough from date.max to add a tolerance)
EARLY = date(1000, 1, 1)  # began at an unknown date
HEAD_ROLES = frozenset(
    ["president", "prime minister", "chancellor", "king", "queen", "emir", "sultan",
     "supreme leader", "general secretary", "junta leader", "leader", "chairman",
     "chief adviser"]
)  # fmt: skip
# Offices held by several people at once: another holder contradicts nothing.
CONCURRENT = frozenset(["vice president", "deputy prime minister"])
MILITARY_ROLES = frozenset(["army chief", "chief of defence", "navy chief", "air force chief",
                            "chairman of the joint chiefs", "junta leader"])  # fmt: skip


@dataclass
class Spell:
    """One person's term in a source. ``start_span``: the days the source's start may mean
    (a month, a year; for an observation, from when it may have begun); ``end_span`` alike.
    ``kind``: ``office`` (can contradict), ``leader`` or ``sector`` (can only confirm)."""

    source: str
    kind: str
    country: str
    role: str
    person: str
    start_span: tuple[date, date]
    end_span: tuple[date, date]


def _span(text: str, *, before: timedelta = timedelta(0), after: timedelta = timedelta(0),
          open_end: bool = False) -> tuple[date, date]:
    """The days a source date may mean: its whole month or year, widened by ``before``
    and ``after``; an empty date is open (with ``open_end``: still in office)."""
    if not text:
        return (OPEN, OPEN) if open_end else (EARLY, EARLY)
    first = date.fromisoformat(day(text, last=False))
    last = date.fromisoformat(day(text, last=True))
    return first - before, min(last + after, OPEN)


def factbook_spells(path: Path) -> Iterator[Spell]:
    with path.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    heads = {(c["iso3"], c["person"]) for c in table if c["office"] == "head_of_state"}
    for cells in table:
        role = factbook_role(cells["office"], cells["title"])
        if role is None and cells["office"] == "head_of_government" and not cells["title"]:
            role = None if (cells["iso3"], cells["person"]) in heads else "prime minister"
        if role is None:
            continue
        # "first_seen": the first edition that names the person, who may have begun a year
        # before (or any time since 2017 for the first weekly snapshot, of November 2020);
        # "last_seen": the last one, after which the term may have gone on until the next.
        before = timedelta(0)
        if cells["start_basis"] == "first_seen":
            before = timedelta(days=1400 if cells["start"].startswith("2020") else 366)
        start = _span(cells["start"], before=before)
        if cells["end_basis"] == "last_seen" and cells["next_snapshot"]:
            end = (_span(cells["end"])[0], _span(cells["next_snapshot"])[1])
        else:
            end = _span(cells["end"], open_end=True)
        yield Spell("CIA World Factbook", "office", cells["iso3"], role, cells["person"],
                    start, end)


def countryinfo_spells(path: Path) -> Iterator[Spell]:
    with path.open(encoding="utf-8") as handle:
        for cells in csv.DictReader(handle, delimiter="\t"):
            if not cells["iso3"] or not all(_is_date(cells[k]) for k in ("start", "end")):
                continue  # a few dates are malformed in the source ("1990101")
            if "&" in cells["title"]:
                continue  # every office the person held over the years (see build.py)
            listed = cells["source_block"] == "Government"
            gap = LIST_GAP if listed else timedelta(0)
            # An open start or end of a cabinet list: in office before Jan 2003 or after
            # Feb 2011, when the lists begin and end.
            # The lists were published late and seldom: a term began and ended up to
            # ``LIST_GAP`` before or after the first and last list that names the person.
            start = (EARLY, date(2003, 1, 31)) if "(<)" in cells["start_note"] or not cells[
                "start"] else _span(cells["start"], before=gap, after=gap)
            # In office at the last update: of the cabinet lists, Feb 2011; of a leaders'
            # block, whenever it was last updated (some in 2008): known only from the start.
            last_update = date(2011, 2, 1) if listed else start[1]
            end = (last_update, OPEN) if "(>)" in cells["end_note"] or not cells[
                "end"] else _span(cells["end"], before=gap, after=gap)
            for role in ci_roles(cells):
                yield Spell("CountryInfo", "office", cells["iso3"], role, cells["name"], start, end)


def _is_date(text: str) -> bool:
    return not text or bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", text))


def reign_spells(path: Path) -> Iterator[Spell]:
    with path.open(encoding="utf-8") as handle:
        for cells in csv.DictReader(handle, delimiter="\t"):
            end = (date(2021, 3, 1), OPEN) if cells["in_office_2021_03"] == "yes" else _span(cells["end"])
            yield Spell("REIGN", "leader", cells["iso3"] or cells["successor_iso3"], "leader",
                        cells["leader"], _span(cells["start"]), end)


def phoenix_spells(path: Path) -> Iterator[Spell]:
    with path.open(encoding="utf-8") as handle:
        for cells in csv.DictReader(handle, delimiter="\t"):
            code = cells["code"]
            if not cells["start"] or len(code) < 6 or code[3:6] not in ("GOV", "MIL"):
                continue
            yield Spell("Phoenix", "sector", code[:3], code[3:6], cells["name"],
                        _span(cells["start"]), _span(cells["end"], open_end=True))


def same_person(known_words: set[str], known_surnames: set[str], source_name: str) -> bool:
    """Whether a source's name may be the hand row's person: the source's surname (its last
    word, or the last two written as one: "Ahmadi-Nejad") is one of the person's words, or
    one of the person's surnames is among the source's words ("Vicente Fox Quesada"), each
    also in another spelling of a long word ("Hroysman", "Groysman"). Given names are not
    compared (Richard and Dick Cheney); namesakes are told apart by their dates."""
    words = [w for w in name_words(source_name) if w not in PARTICLES]
    if not words:
        return False
    return _spelled_among({words[-1], "".join(words[-2:])}, known_words) or _spelled_among(
        known_surnames, set(words)
    )


def _spelled_among(names: set[str], words: set[str]) -> bool:
    return any(
        name == word
        or (min(len(name), len(word)) >= 6 and SequenceMatcher(None, name, word).ratio() >= 0.7)
        for name in names
        for word in words
    )


def _overlap(start: date, end: date, other_start: date, other_end: date) -> bool:
    """Whether two terms share more than two ``TOLERANCE``s (a hand-over a month late
    in one source and a month early in the other is no overlap)."""
    return min(end, other_end) - max(start, other_start) > 2 * TOLERANCE


def _within(when: date, span: tuple[date, date]) -> bool:
    return span[0] - TOLERANCE <= when <= span[1] + TOLERANCE


@dataclass
class Verdict:
    confirmed_by: list[str]
    contradicted_by: list[str]  # "source: what it says"

    @property
    def status(self) -> str:
        if self.confirmed_by and self.contradicted_by:
            return "disputed"
        if self.confirmed_by:
            return "confirmed"
        return "contradicted" if self.contradicted_by else "uncheckable"


def check_row(row: Row, words: set[str], surnames: set[str],
              spells: dict[tuple[str, str], list[Spell]]) -> Verdict:
    start = date.fromisoformat(day(row.start, last=False)) if row.start else EARLY
    end = date.fromisoformat(day(row.end, last=True)) if row.end else OPEN
    verdict = Verdict([], [])
    sector = "MIL" if row.role in MILITARY_ROLES else "GOV"
    candidates = [*spells.get((row.country, row.role), [])]
    if row.role in HEAD_ROLES:
        candidates += spells.get((row.country, "leader"), [])
    candidates += spells.get((row.country, sector), [])
    seen_office: dict[str, list[str]] = {}
    for spell in candidates:
        mine = same_person(words, surnames, spell.person)
        surely = _overlap(start, end, spell.start_span[1], spell.end_span[0])
        if mine:
            if not _overlap(start, end, spell.start_span[0], spell.end_span[1]):
                continue  # another term of the person's
            starts = _within(start, spell.start_span)
            ends = _within(end, spell.end_span) if end != OPEN else spell.end_span[1] == OPEN
            if starts and (ends or spell.kind == "sector"):
                verdict.confirmed_by.append(spell.source)
                continue
            if not surely:
                continue  # a term the source saw only in part
        elif spell.role in CONCURRENT or not surely:
            continue  # somebody else, but not surely in office during the row's term
        if spell.kind == "office":
            said = f"{spell.person} {spell.start_span[0]}..{spell.end_span[1]}".replace(
                str(OPEN), "open").replace(str(EARLY), "?")
            seen_office.setdefault(spell.source, []).append(
                ("dates " if mine else "person ") + said)
    verdict.confirmed_by = list(dict.fromkeys(verdict.confirmed_by))
    for source, claims in seen_office.items():
        if source not in verdict.confirmed_by:
            verdict.contradicted_by.append(f"{source}: {'; '.join(claims[:3])}")
    return verdict


def check(shared: Path) -> list[tuple[Row, Verdict]]:
    """Every hand row with the verdict of the second sources."""
    spells: dict[tuple[str, str], list[Spell]] = {}
    for spell in [
        *factbook_spells(shared / "cia_factbook/office_holders.tsv"),
        *countryinfo_spells(shared / "countryinfo/office_holders.tsv"),
        *reign_spells(shared / "reign/leaders_reign.tsv"),
        *phoenix_spells(shared / "phoenix/phoenix_actors.tsv"),
    ]:
        spells.setdefault((spell.country, spell.role), []).append(spell)
    rows = read_rows(MANUAL)
    words: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for row in rows:  # a person's aliases may be given on any of the person's rows
        for alias in [row.name, *row.aliases.split("|"), *row.surnames.split("|")]:
            folded = [w for w in name_words(alias) if w not in PARTICLES]
            words.setdefault(row.name, set()).update(folded)
            surnames.setdefault(row.name, set()).update(folded[-1:])
    joined = _joined(spells)
    return [(row, check_row(row, words[row.name], surnames[row.name], joined)) for row in rows]


def _joined(spells: dict[tuple[str, str], list[Spell]]) -> dict[tuple[str, str], list[Spell]]:
    """One spell for each person's continuous term in a source (the Factbook starts a new
    one when the title's wording changes)."""
    out: dict[tuple[str, str], list[Spell]] = {}
    for key, group in spells.items():
        group = sorted(group, key=lambda s: (s.source, s.person, s.start_span))
        kept: list[Spell] = []
        for spell in group:
            last = kept[-1] if kept else None
            if (last is not None and (last.source, last.person) == (spell.source, spell.person)
                    and spell.start_span[0] <= last.end_span[1] + TOLERANCE):
                last.end_span = max(last.end_span, spell.end_span)
            else:
                kept.append(Spell(**vars(spell)))
        out[key] = kept
    return out


def checked_cell(confirmed_by: str, written: str) -> str:
    """A row's ``checked`` column: the confirming sources, then the addresses of the public
    pages the row was checked on by hand, kept from what the column has (``written``)."""
    pages = [part for part in written.split(", ") if part.startswith("http")]
    return ", ".join(filter(None, [confirmed_by, *pages]))


def write_checked(results: list[tuple[Row, Verdict]]) -> None:
    """Put the confirming sources of each row in the manual table's ``checked`` column."""
    checked = iter(", ".join(v.confirmed_by) for _, v in results)
    lines = MANUAL.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = (line.split("\t") + [""] * 10)[:10]
        cells[9] = checked_cell(next(checked), cells[9])
        out.append("\t".join(cells))
    MANUAL.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--list", action="store_true", help="print contradicted and disputed rows")
    parser.add_argument("--write", action="store_true", help="fill the manual table's checked column")
    args = parser.parse_args()
    if not (args.shared / "cia_factbook/office_holders.tsv").is_file():
        raise SystemExit(f"not found: {args.shared}/cia_factbook/office_holders.tsv")
    results = check(args.shared)
    if args.write:  # first: a reader of the printout that stops early loses nothing
        write_checked(results)
    counts = Counter(v.status for _, v in results)
    by_source = Counter(s for _, v in results for s in v.confirmed_by)
    print(f"{len(results)} hand rows: " + ", ".join(f"{counts[s]} {s}" for s in
          ("confirmed", "contradicted", "disputed", "uncheckable")))
    print("confirmed by: " + ", ".join(f"{s} {n}" for s, n in by_source.most_common()))
    if args.list:
        for row, verdict in results:
            if verdict.status in ("contradicted", "disputed"):
                print(f"{verdict.status}: {row.country} {row.role} {row.start}..{row.end or 'open'} "
                      f"{row.name} | confirmed by {verdict.confirmed_by or '-'} | "
                      + " | ".join(verdict.contradicted_by))


if __name__ == "__main__":
    main()
