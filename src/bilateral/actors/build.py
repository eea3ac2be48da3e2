"""Rebuild the shipped office-holder tables from the public sources and the hand-written table.

    PYTHONPATH=src python -m bilateral.actors.build [--shared ../shared/data/actors]

Inputs (nothing is downloaded):

- ``data/office_holders_manual.tsv``: written for this project (heads of the most reported
  states since independence, ministers, military chiefs, central-bank governors after
  2011), a source note per row. It wins over both imports below.
- CIA World Factbook heads of state and government, deputies and vice-presidents,
  1995 to January 2026 (``cia_factbook/office_holders.tsv``; public domain) ->
  ``data/office_holders_factbook.tsv``.
- CountryInfo (``countryinfo/office_holders.tsv``; CC BY-SA 3.0): heads of state and
  government whose terms ended by 2011, and the cabinet rows 2003-2011 of the offices the
  resolver tracks -> ``data/office_holders_ci.tsv`` (share-alike, kept apart).

A row is dropped when a table earlier in that order already has a term of the same office
in the same country overlapping it; a name that is a known person's (same country, same
surname and first name) is written as that person's, so both tables describe one person.
REIGN is not used (no licence; see the shared README) and Phoenix gives no offices, only
sectors. Imported people get no bare-surname phrase: a surname is read only after a title
("Ghanaian President Mahama"; see ``offices.py``).
"""

from __future__ import annotations

import argparse
import calendar
import csv
import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from bilateral.actors.kb import DEPUTY_ROLES, FAMILY_NAME_FIRST, read_tsv
from bilateral.actors.words import HONORIFICS, consonants, fold

DATA = Path(__file__).with_name("data")
MANUAL = DATA / "office_holders_manual.tsv"
SHARED = Path(__file__).resolve().parents[4] / "shared/data/actors"
COLUMNS = "country\trole\tstart\tend\tname\taliases\tsurnames\tsource\tlicence"

# Factbook titles of a head of state or government -> the KB's role, tried in order.
FACTBOOK_TITLES = (
    ("vice president", "vice president"),
    ("deputy", "deputy prime minister"),
    ("prime minister", "prime minister"),
    ("premier", "prime minister"),
    ("taoiseach", "prime minister"),
    ("president of the government", "prime minister"),
    ("chairman of the council of ministers", "prime minister"),
    ("head of government", "prime minister"),
    ("chancellor", "chancellor"),
    ("supreme leader", "supreme leader"),
    ("chief adviser", "chief adviser"),
    ("king", "king"),  # before "sultan": Malaysia's "King Sultan Abdullah" is its king
    ("paramount ruler", "king"),  # Malaysia's Yang di-Pertuan Agong, as the Factbook had it
    ("queen", "queen"),
    ("sultan", "sultan"),
    ("amir", "emir"),
    ("emir", "emir"),
    ("emperor", "emperor"),
    ("pope", "pope"),
    ("governor", None),  # territories' governors, administrators: not a state's office
    ("administrator", None),
    ("chief minister", None),
    ("president", "president"),
    ("chairman", "chairman"),
    ("chairperson", "chairman"),
)
FACTBOOK_OTHERS = {
    "vice president": "vice president",
    "first vice president": "vice president",
    "deputy president": "vice president",
    "second vice president": "vice president",
    "deputy prime minister": "deputy prime minister",
    "first deputy prime minister": "deputy prime minister",
    "second deputy prime minister": "deputy prime minister",
    "vice premier": "deputy prime minister",
    "executive vice premier": "deputy prime minister",
    "deputy premier": "deputy prime minister",
    "vice prime minister": "deputy prime minister",
    "vice chancellor": "deputy prime minister",
    "heir apparent crown prince": "crown prince",
    "crown prince": "crown prince",
    "foreign_minister": "foreign minister",
    "defence_minister": "defence minister",
    "interior_minister": "interior minister",
    "army_chief": "army chief",
}
ACTING = re.compile(r"\b(acting|interim|caretaker|transition(al)?)\b", re.IGNORECASE)
TITLE_IN_NAME = re.compile(r"\b(minister|president|secretary|governor|chairman)\b", re.IGNORECASE)
CI_LEADERS = {
    "Presidents": "president",
    "President": "president",
    "Prime ministers": "prime minister",
    "Premiers": "prime minister",
    "Chancellors": "chancellor",
    "Kings": "king",
    "Vice-Presidents": "vice president",
}
# A CountryInfo cabinet title (one office only: "A & B" lists every office a person held
# over the years, so it cannot say which one a row's dates belong to) -> the KB's role.
CI_CABINET = (
    (
        r"(minister|secretary) (of|for) (the )?(foreign|external) (affairs|relations)( and .*)?",
        "foreign minister",
    ),
    (r"secretary of state", "foreign minister", "USA"),
    (r"(minister|secretary) (of|for) (the )?(national )?defen[cs]e( and .*)?", "defence minister"),
    (r"secretary of state for defen[cs]e", "defence minister"),
    (
        r"(minister|secretary) (of|for) (the )?(finance|economy and finance|finance and .*|treasury)",
        "finance minister",
    ),
    (r"chancellor of the exchequer|secretary of the treasury", "finance minister"),
    (
        r"(minister|secretary) (of|for) (the )?(interior|internal affairs|home affairs)( and .*)?",
        "interior minister",
    ),
    (r"secretary of state for the home department", "interior minister"),
    (r"minister of public security", "interior minister", "CHN"),
    (r"minister of government admin(\.|istration) and home affairs", "interior minister", "KOR"),
    (r"director general, defen[cs]e agency", "defence minister", "JPN"),
    (r"cdr\., armed forces|chief of staff, armed forces", "chief of defence"),
    (
        r"(minister|secretary) (of|for) (foreign )?(trade|commerce)( and (industry|tourism))?",
        "trade minister",
    ),
    (r"(minister|secretary) (of|for) industry and (trade|commerce)", "trade minister"),
    # the ministries that hold trade under other names (France's minister delegate, Japan's
    # METI, Brazil's MDIC, Russia's MEDT, Malaysia's MITI, Spain's and Colombia's ministries)
    (
        (
            r"(minister|secretary of state)( delegate)? (of|for) (foreign|external|international) "
            r"(trade|commerce)( and (industry|investment|economic cooperation))?"
        ),
        "trade minister",
    ),
    (r"secretary of state for (industry and )?(foreign )?trade", "trade minister"),
    (r"minister of economy, trade,? and industry", "trade minister", "JPN"),
    (r"minister of development, industry,? and (foreign )?trade", "trade minister", "BRA"),
    (r"minister of (economic development and trade|trade and economic development)",
     "trade minister"),
    (r"minister of (industry, (commerce|trade),? and tourism|industry, tourism,? and commerce)",
     "trade minister"),
    (r"minister of commerce, industry,? and tourism", "trade minister"),
    (r"minister of economy and (foreign )?(trade|commerce)", "trade minister"),
    (r"minister of (supply and trade|external commerce|integration and foreign trade)",
     "trade minister"),
    (r"minister (of|for) economics( and (technology|labou?r))?", "economy minister", "DEU"),
    (
        r"(governor|president|chairman|chairperson), (the )?(central|reserve|national) bank( of .*)?",
        "central bank governor",
    ),
    (
        r"(governor|president|chairman), (the )?(bank of .*|bundesbank|federal reserve.*)",
        "central bank governor",
    ),
    (r"(first )?vice president", "vice president"),
    (r"(first )?deputy prime minister", "deputy prime minister"),
    (r"chief of (the )?(army staff|general staff)|commander of the army", "army chief"),
    (
        r"chief of (the )?defen[cs]e (staff|forces)|chairman, joint chiefs of staff",
        "chief of defence",
    ),
)
FACTBOOK_LICENCE = "public domain (CIA World Factbook)"
CI_LICENCE = "CC BY-SA 3.0 (CountryInfo, (c) 2012 Philip A. Schrodt)"
ROMAN = re.compile(r"[IVX]+")
PARTICLES = frozenset(
    [
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
        "wa",
    ]
)


@dataclass
class Row:
    country: str
    role: str
    start: str
    end: str
    name: str
    aliases: str = ""
    surnames: str = "-"
    source: str = ""
    licence: str = ""

    def cells(self) -> list[str]:
        return [
            self.country,
            self.role,
            self.start,
            self.end,
            self.name,
            self.aliases,
            self.surnames,
            self.source,
            self.licence,
        ]


def read_rows(path: Path) -> list[Row]:
    """The rows of an office-holder table."""
    return [Row(*(cells + [""] * 9)[:9]) for cells in read_tsv(path)]


def day(text: str, last: bool) -> str:
    """``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` (CountryInfo's "2009-09-31" too) as a valid
    day: the first of the period, or with ``last`` its last day."""
    parts = [int(p) for p in text.split("-")] if text else []
    if not parts:
        return ""
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if last else 1)
    days = calendar.monthrange(year, month)[1]
    dom = min(parts[2], days) if len(parts) > 2 else (days if last else 1)
    return f"{year:04d}-{month:02d}-{dom:02d}"


def overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether two terms share more than a hand-over day (one ends the day the next starts)."""
    return (a_start or "0000") < (b_end or "9999") and (b_start or "0000") < (a_end or "9999")


# Days of a derived term a known term may cover when the two only disagree on the
# date the office changed hands (as ``check_sources`` tolerates).
HAND_OVER_DAYS = 31
# Days a derived term must run alone before a known term of its office begins, for the
# build to keep them (``Known.uncovered``).
OWN_DAYS = 365


def _days(first: str, last: str) -> int:
    """Days from ``first`` to ``last`` (``""``: open, the distant past or today)."""
    begin = date.fromisoformat(first) if first else date.min
    end = date.fromisoformat(last) if last else date.today()
    return (end - begin).days


def name_words(name: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_]+", name)]


class Known:
    """Terms and people of the tables built so far, to drop overlaps and merge names."""

    def __init__(self) -> None:
        self.places = country_codes()
        self.states = independent_states()
        self.spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.terms: dict[str, list[Row]] = {}  # a person's name -> the terms known
        self.names: dict[str, str] = {}  # a folded name or alias -> the person's name
        self.by_surname: dict[tuple[str, str], list[str]] = {}
        self.by_office: dict[tuple[str, str], list[Row]] = {}

    def add(self, row: Row) -> None:
        # A hand row's month ("2010-07") is its first day, so its span compares and
        # counts days like the derived rows' full dates.
        span = (day(row.start, last=False), day(row.end, last=False))
        self.spans.setdefault((row.country, row.role), []).append(span)
        self.terms.setdefault(row.name, []).append(row)
        self.by_office.setdefault((row.country, row.role), []).append(row)
        for alias in [row.name, *row.aliases.split("|")]:
            words = name_words(alias)
            if words:
                self.names.setdefault(" ".join(words), row.name)
                # a state's holder is matched by a first name and a surname in that state
                # only; an organisation's in every state ("*"): its officials came from one
                for where in (row.country,) if row.country in self.places else ("*",):
                    key = (where, _family_name(words, row.country))
                    people = self.by_surname.setdefault(key, [])
                    if row.name not in people:
                        people.append(row.name)

    def uncovered(self, row: Row) -> list[Row]:
        """``row``'s term without the days a known term of its office covers, when
        those are at most ``HAND_OVER_DAYS``: the sources disagree on a hand-over date
        (Greece's hand row for Papandreou ends the day after the Factbook starts
        Papademos's), and the term moves its start or end. A term covered longer keeps
        only its days before the first known term, when that is another person's and
        they last over ``OWN_DAYS``: the known terms are the better account of that
        office then (a Factbook term often runs on to the next one it lists, over
        caretakers, vacancies and juntas: Fiji's Qarase to 2014, Honduras's Zelaya to
        2010), and the source's start is its own, unless it is a designation or a year
        ("since 2001": Thaksin, sworn in on 9 February) before a term the tables spell
        otherwise."""
        spans = sorted(
            (s, e) for s, e in self.spans.get((row.country, row.role), [])
            if overlaps(s, e, row.start, row.end)
        )
        parts: list[tuple[str, str]] = []
        start: str | None = row.start  # of the part not yet covered; None: none is left
        for span_start, span_end in spans:
            if start is None:
                break
            if (start or "0000") < (span_start or "0000"):
                parts.append((start, span_start))
            start = None if not span_end else max(start, span_end)
        if start is not None and (not row.end or start <= row.end):  # one day is a term
            parts.append((start, row.end))
        if _days(row.start, row.end) - sum(_days(*part) for part in parts) > HAND_OVER_DAYS:
            parts = parts[:1] if parts and parts[0][0] == row.start else []
            if not parts or _days(*parts[0]) <= OWN_DAYS or self._holds(row):
                return []
        return [replace(row, start=first, end=last) for first, last in parts]

    def _holds(self, row: Row) -> bool:
        """Whether a known term gives ``row``'s person ``row``'s office."""
        return any(
            (t.country, t.role) == (row.country, row.role) for t in self.terms.get(row.name, [])
        )

    def misplaced(self, row: Row, batch: dict[str, list[Row]]) -> bool:
        """Whether ``row`` is a term a source filed under the wrong state: its person held
        an office of another state over the same days, a state where the tables know him
        or her longer (or that is independent and ``row``'s is not). One person governs
        one state at a time; the extracts misfile rows between neighbouring entries
        (Albania's prime minister Meksi under Afghanistan, Congo's Makosso under DR Congo,
        Kiribati's heads under Kosovo, the British cabinet under Jersey). Sovereigns of
        several realms at once are not misfiled."""
        if row.role in SOVEREIGNS:
            return False
        terms = [
            t
            for t in [*self.terms.get(row.name, []), *batch.get(row.name, [])]
            if t.role not in SOVEREIGNS and t.country in self.places
        ]
        here = self._weight(row.country, terms)
        return any(
            other.country != row.country
            and overlaps(*_widened(other), row.start, row.end)
            and self._weight(other.country, terms) > here
            for other in terms
        )

    def _weight(self, country: str, terms: list[Row]) -> tuple[bool, int]:
        days = sum(
            _days(day(t.start, last=False), day(t.end, last=True))
            for t in terms
            if t.country == country
        )
        return country in self.states, days

    def person(self, name: str, country: str) -> str:
        """The known name of ``name`` (an alias, or the same surname and first name, and
        no other generation: "Ferdinand Marcos" is not "Ferdinand Marcos Jr.")."""
        words = name_words(name)
        if not words:
            return name
        known = self.names.get(" ".join(words))
        if known:
            return known
        surname = _family_name(words, country)
        same = [
            candidate
            for candidate in self.by_surname.get((country, surname), [])
            if _same_given_name(name_words(candidate), words, country)
            and _generation(name_words(candidate)) == _generation(words)
        ]
        if not same:  # known from an organisation's office: Guterres, Portugal's and the UN's
            same = [
                candidate
                for candidate in self.by_surname.get(("*", surname), [])
                if name_words(candidate)[0] == words[0]
                and (country not in FAMILY_NAME_FIRST or name_words(candidate) == words)
                and _same_lineage(name_words(candidate), words)
                and _generation(name_words(candidate)) == _generation(words)
            ]
        return same[0] if len(same) == 1 else name  # two Georges Bush: neither


def _widened(row: Row) -> tuple[str, str]:
    """``row``'s term and ``HAND_OVER_DAYS`` either side: a misfiled month between two
    terms at home (Solomon Islands' central-bank governor under Slovenia in December
    2003) is the same misfiling."""
    start, end = day(row.start, last=False), day(row.end, last=True)
    margin = timedelta(days=HAND_OVER_DAYS)
    return (
        str(date.fromisoformat(start) - margin) if start else "",
        str(date.fromisoformat(end) + margin) if end else "",
    )


GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])
# Words of an Arabic name that join a given name to a father's ("bin", "ibn") or to a
# family ("Al Khalifa", "al-Sabah"): what follows the first name is ancestry, not more
# given names ("Salman bin Hamad Al Khalifa" is the son of "Hamad bin Isa Al Khalifa").
LINEAGE_JOINERS = frozenset(["bin", "ibn", "bint", "al", "el"])


def _family_name(words: list[str], country: str) -> str:
    """The word of a name that is the family's: the first in Chinese and Korean names."""
    return words[0] if country in FAMILY_NAME_FIRST else _without_generation(words)[-1]


def _same_given_name(known: list[str], words: list[str], country: str) -> bool:
    """Whether two names of one family may be one person: a first name of one among the
    other's given names ("Vecdi Gonul", "Mehmet Vecdi Gonul"); in Korean and Chinese
    names, the whole given name, however it is split ("Kim Kwan Jin", "Kim Kwan-jin"),
    which a Korean given name's last syllable alone does not make ("Kim Jang Soo" is not
    "Kim Myung-soo")."""
    if country in FAMILY_NAME_FIRST:
        return known[1:] == words[1:]
    if _is_lineage(known) and _is_lineage(words):
        return known[0] == words[0] and _same_lineage(known, words)
    return known[0] in _given_names(words) or words[0] in _given_names(known)


def _given_names(words: list[str]) -> list[str]:
    """The words that may be a person's given names: all but the family name, or in a
    chain of ancestors those before the first joiner ("Mohamed Najib" of "Mohamed Najib
    bin Abdul Razak")."""
    for i, word in enumerate(words[1:], 1):
        if word in LINEAGE_JOINERS:
            return words[:i]
    return words[:-1]


def _is_lineage(words: list[str]) -> bool:
    """Whether a name is a chain of ancestors' names: a joiner after its first word."""
    return any(word in LINEAGE_JOINERS for word in words[1:])


def _father(words: list[str]) -> str:
    """The father's name in a chain of ancestors ("ahmad" of "Khalid bin Ahmad Al
    Khalifa", of "Sabah Al-Ahmad Al-Jaber Al-Sabah"); "" when the name gives none
    ("Salman Al Khalifa": a family name only)."""
    if not _is_lineage(words):
        return ""
    ancestors = [w for w in words[1:] if w not in LINEAGE_JOINERS]
    if len(words) > 1 and words[-2] in ("al", "el"):
        ancestors = ancestors[:-1]  # the family's name, not a father's
    return ancestors[0] if ancestors else ""


def _same_lineage(known: list[str], words: list[str]) -> bool:
    """Whether two names may be one person's as chains of ancestors: not when they name
    two fathers ("Sabah Al-Ahmad Al-Jaber Al-Sabah" and "Sabah Al-Khalid Al-Hamad
    Al-Sabah"); later ancestors may be spelt or left out differently ("Al-Jaber",
    "al-Jabir"). Names that are no chain always may."""
    if not (_is_lineage(known) or _is_lineage(words)):
        return True
    fathers = _father(known), _father(words)
    return not all(fathers) or fathers[0] == fathers[1]


def without_honorific(name: str) -> str:
    """An Arabic name without the courtesy title before it ("Sheikh Ahmad Nawaf Al-Ahmad
    al-Sabah" -> "Ahmad Nawaf Al-Ahmad al-Sabah"); a title that is part of how a person is
    named stays ("Sheikh Hasina", "Sheikh Sharif Sheikh Ahmed")."""
    first, _, rest = name.partition(" ")
    if fold(first) in HONORIFICS and _is_lineage(name_words(rest)):
        return rest
    return name


def _generation(words: list[str]) -> str:
    """"jr" of "Ferdinand Marcos Jr.", "" of a name without such a suffix."""
    return words[-1] if words and words[-1] in GENERATIONS else ""


def _without_generation(words: list[str]) -> list[str]:
    return words[:-1] if _generation(words) and len(words) > 1 else words


def title_case(name: str) -> str:
    """``"MOHAMMAD ZIA-UL-HAQ"`` -> ``"Mohammad Zia-ul-Haq"``."""

    def word(part: str) -> str:
        lower = part.lower()
        if lower in PARTICLES:
            return lower
        return part.upper() if ROMAN.fullmatch(part) else lower[:1].upper() + lower[1:]

    return re.sub(r"[^\s\-'.]+", lambda m: word(m.group()), name.strip())


REGNAL = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")  # I to XXXIX


# Sovereigns the Factbook names by one word, named with the title as news does: a lone
# "Francis" or "Naruhito" is no name to read.
ONE_NAME_TITLES = {
    "emperor": "Emperor", "pope": "Pope", "queen": "Queen", "king": "King",
    "crown prince": "Crown Prince",
}


def news_names(raw: str, name: str) -> list[str]:
    """How news names someone the Factbook writes with the surname in capitals and another
    name after it ("Rafael CORREA Delgado", "Salva KIIR Mayardit", "Oscar Jose Rafael
    BERGER Perdomo"): the given names and that surname, and the first given name and that
    surname ("Rafael Correa", "Salva Kiir", "Oscar Berger"), without the name after it (a
    mother's or a father's). ``name`` is ``raw`` as the tables write it, word for word."""
    raw_words, words = raw.split(), name.split()
    surname = [i for i, word in enumerate(raw_words) if _in_capitals(word)]
    if (
        len(raw_words) != len(words)
        or not surname
        or surname[0] == 0
        or surname[-1] == len(words) - 1
        or surname != list(range(surname[0], surname[-1] + 1))
        or not all(word[:1].isalpha() for word in words)
        or fold(words[0].rstrip(".")) in COURTESY_TITLES  # "Sir HASSANAL Bolkiah"
    ):
        return []
    family = words[surname[0] : surname[-1] + 1]
    return list(dict.fromkeys([" ".join(words[: surname[0]] + family), " ".join([words[0], *family])]))


COURTESY_TITLES = frozenset(["sir", "dr", "ratu", "sheikh", "shaikh", "prince", "princess", "general"])


def _in_capitals(word: str) -> bool:
    return word.isupper() and sum(ch.isalpha() for ch in word) > 1  # not an initial ("H.")


def regnal_numbers(name: str) -> str:
    """A regnal number in capitals, as the extract's title-casing lost it ("Carl Xvi
    Gustaf" -> "Carl XVI Gustaf", "Benedict Xvi")."""
    return re.sub(
        r"\b[IVXivx]{2,}\b",
        lambda m: m.group().upper() if REGNAL.fullmatch(m.group().upper()) else m.group(),
        name,
    )


def factbook_role(office: str, title: str) -> str | None:
    """The KB role of a Factbook office and title; an untitled head of state is a
    president (untitled heads of government are settled in ``factbook_rows``)."""
    if office.startswith("other:") or office in FACTBOOK_OTHERS:
        other = office.removeprefix("other:").lower()
        if other.startswith("crown prince and "):  # "... and First Deputy Prime Minister"
            return "crown prince"  # (other "and" titles run the next words into a name)
        return FACTBOOK_OTHERS.get(other)
    lowered = title.lower()
    if not lowered:
        return "president" if office == "head_of_state" else None
    for words, role in FACTBOOK_TITLES:
        if words in lowered:
            return role
    return None


def factbook_rows(
    path: Path, known: Known, states: frozenset[str], embedded: Iterable[Row] = ()
) -> list[Row]:
    """Heads, deputies and vice-presidents of the states (not of dependencies, whose
    heads are another state's) from the CIA World Factbook table.

    A head of government without a title is the head of state himself when he is one
    then (Laurent-Désiré Kabila), else a prime minister (France's in 2024-2026)."""
    with path.open(encoding="utf-8") as handle:
        table = [c for c in csv.DictReader(handle, delimiter="\t") if c["iso3"] in states]
    heads = {(c["iso3"], c["person"]) for c in table if c["office"] == "head_of_state"}
    rows = []
    last_seen: list[tuple[Row, str, bool]] = []  # a term that ended by then; a state's head
    heads_at: dict[tuple[str, str], list[tuple[Row, bool]]] = {}  # rows of a head office
    latest: dict[tuple[str, str], tuple[dict[str, str], Row]] = {}  # an office's last row
    for cells in table:
        role = factbook_role(cells["office"], cells["title"])
        if role is None and cells["office"] == "head_of_government" and not cells["title"]:
            role = None if (cells["iso3"], cells["person"]) in heads else "prime minister"
        name = regnal_numbers(without_honorific(cells["person"].strip()))
        if role in ONE_NAME_TITLES and len(name_words(name)) == 1:
            name = f"{ONE_NAME_TITLES[role]} {name}"  # "Pope Francis", "Emperor Naruhito"
        if role is not None and len(name_words(name)) >= 2:
            end = "" if cells["end_basis"] == "open" else day(cells["end"], last=True)
            note = " (acting)" if ACTING.search(cells["title"]) else ""
            row = Row(
                cells["iso3"],
                role,
                day(cells["start"], last=False),
                end,
                name,
                "|".join(news_names(cells["person_raw"], name)),
                source=f"CIA World Factbook {cells['source_row']}{note}",
                licence=FACTBOOK_LICENCE,
            )
            before = latest.get((row.country, cells["office"]))
            if before and respelt(before[0], cells):
                earlier = before[1]
                earlier.aliases = "|".join(a for a in (earlier.aliases, earlier.name) if a)
                earlier.name, row.start = row.name, earlier.start
            latest[(row.country, cells["office"])] = (cells, row)
            rows.append(row)
            if cells["office"].startswith("head_of"):
                heads_at.setdefault((row.country, cells["office"]), []).append(
                    (row, cells["end_basis"] == "successor_since")
                )
            if cells["office"].startswith("head_of") and cells["end_basis"] == "last_seen":
                by = day(cells["next_snapshot"], last=False)
                last_seen.append((row, by, cells["office"] == "head_of_state"))
    for office_rows in heads_at.values():
        past_deputies(office_rows)
    for row, by, of_state in last_seen:
        row.end = (
            _return_start(row, by, rows) or _successor_start(row, by, known, of_state) or row.end
        )
    return _merged([*rows, *_named_as_listed(embedded, rows)], known)


# "...; Prime Minister Raila Amolo ODINGA (since 17 April 2008)" inside a head-of-government
# entry that opens with the president: the shared extract reads an entry's first office
# only, so the prime ministers of presidential states (Kenya 2008-2013, Peru, Tanzania,
# Uganda, South Korea 2021-2025...) are read here from the Factbook's own text.
EMBEDDED_PRIME_MINISTER = re.compile(
    r"Prime Minister ([^();:]{3,60}?) \((?:acting )?since "
    r"(?:(\d{1,2}) )?([A-Z][a-z]+) (\d{4})"
)
# The next prime minister named this many days after the last sighting of one: the
# next edition's (a yearly edition may come out in the following autumn).
NEXT_NAMED_DAYS = 500
QUALIFIERS = re.compile(r"\b(Acting|Interim|Caretaker|Transitional)\b")
# A deputy, a past holder, or the head's second title ("King and Prime Minister").
NOT_THE_HEAD = re.compile(r"\b(Deputy|Vice|Assistant|Former|former|and)\s*$")
NAME = re.compile(r"[A-Z][^\d\s]*(?: [^\d\s]+){0,6}")
ENDED_CLAUSE = re.compile(
    r"\b(stepped down|resigned|dismissed|died|voted out|removed|ousted|replaced|was|were)\b"
)
MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
# Ranks and courtesy titles the Factbook writes before a name ("Lt. Gen THEIN SEIN").
NAME_PREFIX = re.compile(r"^(?:(?:Dr\.?|Sir|Tan Sri|Lt\.? Gen\.?|Gen\.?|General)\s+)+")


@dataclass(frozen=True, slots=True)
class Sighting:
    """A prime minister named in a head-of-government entry of one snapshot."""

    country: str
    start: str
    name: str
    seen: str  # the snapshot's day (an archive edition: the middle of its year)
    source: str


def embedded_prime_ministers(folder: Path, states: frozenset[str]) -> list[Row]:
    """Prime ministers the Factbook names after the president in a head-of-government
    entry, one row per term: from the day given after "since" to the next one's start when
    the next is named in the editions that follow, else to the last snapshot naming them (a
    lower bound, as the shared extract's) unless that is the state's last snapshot."""
    codes = _iso3_of_factbook_code(folder / "office_holders.tsv")
    sightings, latest = _embedded_sightings(folder, codes)
    terms: dict[str, dict[str, list[Sighting]]] = {}
    for sighting in sightings:
        if sighting.country in states:
            terms.setdefault(sighting.country, {}).setdefault(sighting.start, []).append(sighting)
    rows = []
    for country, by_start in terms.items():
        spans = [by_start[start] for start in sorted(by_start)]
        for seen, following in zip(spans, [*spans[1:], None], strict=True):
            last = max(s.seen for s in seen)
            if following and _days(last, min(s.seen for s in following)) <= NEXT_NAMED_DAYS:
                end = following[0].start
            else:
                end = "" if last == latest[country] else last
            if end == seen[0].start:
                continue  # named once, on the day it began: no term to tell
            first = min(seen, key=lambda s: s.seen)
            rows.append(
                Row(
                    country,
                    "prime minister",
                    first.start,
                    end,
                    first.name,
                    source=f"CIA World Factbook {first.source} (in the head-of-government entry)",
                    licence=FACTBOOK_LICENCE,
                )
            )
    return rows


def _embedded_sightings(
    folder: Path, codes: dict[str, str]
) -> tuple[list[Sighting], dict[str, str]]:
    """The sightings, and each state's last snapshot day."""
    sightings: list[Sighting] = []
    latest: dict[str, str] = {}
    archive = folder / "factbook_archive_executive_branch.tsv.gz"
    for number, cells in _gz_rows(archive):
        if len(cells) > 8 and cells[0].isdigit() and cells[2] in codes:
            country, seen = codes[cells[2]], f"{cells[0]}-06-30"
            latest[country] = max(latest.get(country, ""), seen)
            entry = cells[8].partition("head of government:")[2].partition("cabinet:")[0]
            sightings += sightings_in_entry(entry, country, seen, f"{archive.name}:{number}")
    snapshots = folder / "factbook_json_executive_branch.tsv.gz"
    for number, cells in _gz_rows(snapshots):
        if len(cells) > 6 and cells[3].lower() in codes:
            country, seen = codes[cells[3].lower()], cells[0]
            latest[country] = max(latest.get(country, ""), seen)
            if cells[5] == "head of government":
                sightings += sightings_in_entry(cells[6], country, seen, f"{snapshots.name}:{number}")
    return sightings, latest


def sightings_in_entry(text: str, country: str, seen: str, source: str) -> list[Sighting]:
    """The prime ministers a head-of-government entry names after its first office."""
    text = re.sub(r"<[^>]*>", " ", text)  # the snapshots' HTML paragraphs
    found = []
    for match in EMBEDDED_PRIME_MINISTER.finditer(text):
        raw, dom, month, year = match.groups()
        before = text[: match.start()]
        if not QUALIFIERS.sub("", before).strip(" ;,.-"):
            continue  # the entry's first office: the shared extract has it
        if NOT_THE_HEAD.search(before) or month not in MONTHS or not NAME.fullmatch(raw):
            continue
        if ENDED_CLAUSE.search(text[match.end() :].partition(";")[0]):
            continue  # "note - Prime Minister X (since ...) stepped down on ...": a past one
        if not any(word.isupper() and len(word) > 1 for word in raw.split()):
            continue  # a surname in capitals is the Factbook's mark of a name
        start = f"{year}-{MONTHS[month]:02d}" + (f"-{int(dom):02d}" if dom else "")
        # the surname in capitals made a name, the given names as written ("Chong-p'il")
        written = NAME_PREFIX.sub("", raw.strip()).split()
        name = without_honorific(" ".join(title_case(w) if w.isupper() else w for w in written))
        begun = day(start, last=False)
        # an edition's middle, or the later start it already gives that year
        found.append(Sighting(country, begun, name, max(seen, begun), source))
    return found


def _gz_rows(path: Path) -> Iterable[tuple[int, list[str]]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            yield number, line.rstrip("\n").split("\t")


def _iso3_of_factbook_code(path: Path) -> dict[str, str]:
    """The Factbook's country codes ("ca": Cape Verde's) as ISO3, from the shared extract
    (the archive's own iso2 column is not always right)."""
    with path.open(encoding="utf-8") as handle:
        return {c["factbook_code"].lower(): c["iso3"] for c in csv.DictReader(handle, delimiter="\t")}


def _named_as_listed(embedded: Iterable[Row], listed: list[Row]) -> list[Row]:
    """The embedded terms under the name the extract gives a holder of that office at the
    same time with the same surname ("Galab Donev" is its "Gulub Donev"), each ended by the
    extract's next holder."""
    named = []
    for row in embedded:
        words = name_words(row.name)
        same = [
            other.name
            for other in listed
            if (other.country, other.role) == (row.country, row.role)
            and overlaps(other.start, other.end, row.start, row.end)
            and _first_and_last_alike(name_words(other.name), words)
        ]
        name = same[0] if same else row.name
        # ends where the extract's next holder of the office begins
        later = [
            other.start
            for other in listed
            if (other.country, other.role) == (row.country, row.role)
            and other.name != name
            and row.start < other.start
            and (not row.end or other.start < row.end)
        ]
        named.append(replace(row, name=name, end=min(later) if later else row.end))
    return named


def _first_and_last_alike(first: list[str], second: list[str]) -> bool:
    """The same surname and a first name of the same consonants ("Gulub"/"Galab")."""
    return (
        len(first) > 1
        and len(second) > 1
        and first[-1] == second[-1]
        and consonants(first[0]) == consonants(second[0])
    )


def past_deputies(office_rows: list[tuple[Row, bool]]) -> None:
    """Ends a head's term at the next head's start where the extract took a deputy listed
    first for the successor (``True``: the row ends at its successor's start). Spain's
    vice-president Sáenz de Santamaría, listed first from 2015, had ended Rajoy's
    premiership on 2011-12-22 instead of 2018-06-02."""
    deputies = {row.start for row, _ in office_rows if row.role in DEPUTY_ROLES}
    heads = sorted(row.start for row, _ in office_rows if row.role not in DEPUTY_ROLES)
    for row, ends_at_successor in office_rows:
        if not ends_at_successor or row.role in DEPUTY_ROLES or row.end not in deputies:
            continue
        later = [start for start in heads if start > row.end]
        if later:
            row.end = later[0]


def _return_start(row: Row, by: str, rows: list[Row]) -> str | None:
    """When ``row``'s person is listed again in that office, if by ``by`` (the first
    snapshot without them): the gap is the source's, not the term's (Obiang, Equatorial
    Guinea's president since 1979, spelt "Mgasogo" in 2014-2015 and listed again from
    November 2016)."""
    again = [
        other.start
        for other in rows
        if (other.country, other.role) == (row.country, row.role)
        and row.end < other.start <= by
        and spelt_alike(other.name, row.name)
    ]
    return min(again) if again else None


def respelt(before: dict[str, str], after: dict[str, str]) -> bool:
    """The Factbook's next snapshot spells the holder anew ("LI Teng-hui" to 1997, "LEE
    Teng-hui" from 1998; Guinea-Bissau's Koumba Yalla/Kumba Yala): the new name is first
    seen, with no date of taking office, in the snapshot after the old one's last, and
    their words have the same consonants. A successor of another name comes with his
    date; the later spelling is the source's correction, so it names the whole term."""
    return (
        before["end_basis"] == "last_seen"
        and after["start_basis"] == "first_seen"
        and after["first_seen"] == before["next_snapshot"]
        and before["person"] != after["person"]
        and _consonant_words(before["person"]) == _consonant_words(after["person"])
    )


def _consonant_words(name: str) -> list[str]:
    return [consonants(word) for word in name_words(name)]


def spelt_alike(first: str, second: str) -> bool:
    """The same words, but for one letter of a long last word ("Mbasogo", "Mgasogo")."""
    a, b = name_words(first), name_words(second)
    if len(a) != len(b) or a[:-1] != b[:-1]:
        return False
    return a[-1] == b[-1] or _one_letter_apart(a[-1], b[-1])


def _one_letter_apart(first: str, second: str) -> bool:
    """Two words of five letters or more that differ by one letter replaced, added or
    dropped ("Mbasogo", "Mgasogo"; "Iotova", "Yotova" is too short to tell from a
    namesake's)."""
    if min(len(first), len(second)) < 5 or abs(len(first) - len(second)) > 1:
        return False
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) == len(longer):  # one letter replaced
        return sum(x != y for x, y in zip(shorter, longer)) == 1
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def spelt_otherwise(first: str, second: str) -> bool:
    """The same words but for one letter in some of them ("Sai Mauk Kham", "Sai Mouk
    Kham"; "Wissanu Kruea-ngam", "Witsanu Kruea-ngam")."""
    a, b = name_words(first), name_words(second)
    return (
        len(a) == len(b)
        and a != b
        and all(x == y or _one_letter_apart(x, y) for x, y in zip(a, b))
    )


def _shared_days(first: Row, second: Row) -> int:
    """Days two terms share (0 when they do not meet)."""
    start = max(day(first.start, last=False), day(second.start, last=False))
    ends = [e for e in (day(first.end, last=True), day(second.end, last=True)) if e]
    end = min(ends) if ends else ""
    return max(0, _days(start, end)) if not end or start <= end else 0


def unify_spellings(rows: list[Row], known: Known) -> None:
    """Gives one name to a person a source spells two ways in two terms of the same
    office that run side by side for over ``HAND_OVER_DAYS`` (two snapshots or sources
    listing the same holder: Bulgaria's vice-president Iotova/Yotova, Myanmar's Sai Mauk
    Kham/Sai Mouk Kham, Luxembourg's Juncker/Junker): a known name wins, else the one
    of the longer term (a slip lasts a snapshot or two), and the other stays an alias. Terms that only follow one another are left apart, since
    namesakes succeed each other in an office (the Marshall Islands' presidents Amata
    and Imata Kabua)."""
    by_office: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        by_office.setdefault((row.country, row.role), []).append(row)
    for office, batch in by_office.items():
        batch.sort(key=lambda r: -_days(day(r.start, last=False), day(r.end, last=True)))
        named = [*known.by_office.get(office, []), *batch]
        for row in batch:
            for other in named:
                if other is row:
                    break
                if (
                    spelt_otherwise(other.name, row.name)
                    and _shared_days(other, row) > HAND_OVER_DAYS
                ):
                    row.aliases = "|".join(a for a in (row.aliases, row.name) if a)
                    row.name = other.name
                    break


def _successor_start(row: Row, by: str, known: Known, of_state: bool) -> str | None:
    """When a hand-written successor took ``row``'s office (or, ``of_state``, the power a
    junta takes from a head of state), if by ``by``, the first snapshot without ``row``'s
    person. A head's term ends at its
    last snapshot, a lower bound; between the archive's last (2017) and factbook.json's
    first (November 2020) that is years early: Bashir was Sudan's president until the
    junta of 2019-04-11, Keïta Mali's until that of 2020-08-18. The Factbook's own next
    holder is no such bound: someone it never listed may have come between (Switzerland's
    presidents of 2018 and 2019)."""
    offices = [(row.country, row.role)]
    if of_state:  # a junta ends a head of state's term, not a prime minister's
        offices.append((row.country, "junta leader"))
    starts = [
        day(start, last=False) for office in offices for start, _ in known.spans.get(office, [])
    ]
    later = [start for start in starts if row.end < start <= by]
    return min(later) if later else None


# Roles one person holds in several states at once (the Commonwealth realms' sovereign).
SOVEREIGNS = frozenset(["king", "queen"])
# Not flagged independent in countries.tsv, yet with heads of their own.
SELF_GOVERNED = frozenset(["PSE", "TWN", "XKX"])


def _countries() -> list[list[str]]:
    lines = (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


def independent_states() -> frozenset[str]:
    """ISO3 codes of the independent states in ``data/countries.tsv`` (and SELF_GOVERNED)."""
    return SELF_GOVERNED | {
        cells[0] for cells in _countries() if len(cells) > 4 and cells[4] == "True"
    }


def country_codes() -> frozenset[str]:
    """ISO3 codes of every state and territory in ``data/countries.tsv`` (and SELF_GOVERNED):
    an office-holder row of any other code is an organisation's (UN, EU, NATO...)."""
    return SELF_GOVERNED | {cells[0] for cells in _countries()}


# "Minister of State for Foreign Affairs": in the states of the French "ministre d'État" its
# senior minister, the foreign minister (elsewhere a junior one); an office only when the
# cabinet lists nobody else in it then (as a title "A & B", below).
MINISTER_OF_STATE = re.compile(r"^minister of state (for|of) ")
MINISTRE_D_ETAT = frozenset(
    [
        "BDI", "BEN", "BFA", "CAF", "CIV", "CMR", "COD", "COG", "COM", "DJI", "DZA", "FRA",
        "GAB", "GIN", "HTI", "MAR", "MDG", "MLI", "MRT", "NER", "RWA", "SEN", "TCD", "TGO",
        "TUN",
    ]
)


def _senior_minister_of_state(iso3: str, title: str) -> bool:
    return iso3 in MINISTRE_D_ETAT and MINISTER_OF_STATE.search(title) is not None


def ci_roles(cells: dict[str, str]) -> list[str]:
    """The KB roles a CountryInfo row's title names (a "Leaders" row's sub-heading)."""
    if cells["source_block"] == "Leaders":
        role = CI_LEADERS.get(cells["role"])
        return [role] if role else []
    roles = []
    for part in cells["title"].lower().split("&"):
        office = part.strip()
        if cells["iso3"] in MINISTRE_D_ETAT:
            # "... for Foreign Affairs, Cooperation, and Francophonie Affairs": its office
            # is the first named
            office = MINISTER_OF_STATE.sub("minister of ", office)
            if office.startswith("minister "):
                office = office.partition(",")[0]
        for pattern, role, *country in CI_CABINET:
            if re.fullmatch(pattern, office) and country in ([], [cells["iso3"]]):
                roles.append(role)
                break
    return list(dict.fromkeys(roles))


def countryinfo_rows(path: Path, known: Known) -> list[Row]:
    """Ended terms of heads, and cabinet terms 2003-2011, from CountryInfo.

    A term still open in the source (2011) ends at its last observation: what came after
    is not known here. A cabinet term open at the start began before Jan 2003: it starts
    at the first observation. A cabinet title "A & B" lists every office the person held
    over the years, not the offices of that row's dates: such rows count for an office
    only when nobody else is listed in it from the first to the last of them, and so does
    a "Minister of State for" an office."""
    rows: list[Row] = []
    several: list[Row] = []
    of_state: list[Row] = []
    with path.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    mixed = mixed_cabinets(table, path.with_name("countries.tsv"), known)
    for cells in table:
        roles = ci_roles(cells)
        if not roles or cells["iso3"] not in known.places:
            continue  # no code, or one no state bears (Kosovo's "KSV" holds Kiribati's)
        leader = cells["source_block"] == "Leaders"
        if not leader and cells["iso3"] in mixed and not _known_in(known, cells, cells["iso3"]):
            continue
        start, end = cells["start"], cells["end"]
        if leader and not (start and end):
            continue
        name = without_honorific(title_case(cells["name"]))
        if len(name_words(name)) < 2 or TITLE_IN_NAME.search(name):
            continue  # a bare name, or a title written as one ("FOREIGN MINISTER ABDULLAH")
        variants = [title_case(v) for v in cells["name_variants"].split("|") if v.strip()]
        for role in roles:
            row = Row(
                cells["iso3"],
                role,
                day(start or "2003-01", last=False),
                day(end or "2011-02", last=True),
                name,
                "|".join(v for v in dict.fromkeys(variants) if v != name),
                source=f"CountryInfo.120116 {cells['source_block']}: "
                f"{cells['title'] or cells['role']}",
                licence=CI_LICENCE,
            )
            if _senior_minister_of_state(cells["iso3"], cells["title"].lower()):
                of_state.append(row)
            else:
                (several if "&" in cells["title"] else rows).append(row)
    listed: dict[tuple[str, str], list[Row]] = {}
    for row in rows + several:
        listed.setdefault((row.country, row.role), []).append(row)
    rows.extend(_alone_in_office(several, listed))
    rows.extend(_alone_in_office(of_state, listed))
    return _merged(rows, known)


def _alone_in_office(candidates: list[Row], listed: dict[tuple[str, str], list[Row]]) -> list[Row]:
    """The rows of a person listed without a break in an office nobody else is listed in
    over those months."""
    kept: list[Row] = []
    by_person: dict[tuple[str, str, str], list[Row]] = {}
    for row in candidates:
        by_person.setdefault((row.country, row.role, row.name), []).append(row)
    for (country, role, name), own in by_person.items():
        own.sort(key=lambda r: r.start)
        if any(_gap_days(a.end, b.start) > 45 for a, b in pairwise(own)):
            continue  # in and out of the cabinet list: the offices changed in between
        first, last = own[0].start, max(r.end for r in own)
        if not any(
            other.name != name and overlaps(other.start, other.end, first, last)
            for other in listed.get((country, role), [])
        ):
            kept.extend(own)
    return kept


def mixed_cabinets(table: list[dict[str, str]], countries: Path, known: Known) -> set[str]:
    """States whose CountryInfo cabinet lists another state's too: one whose name holds
    the other's or is held in it, whose own cabinet is empty, and two or more of whose
    office holders (in the Factbook or the hand table) the cabinet lists. CountryInfo
    files Guinea-Bissau's ministers under Guinea, José Mário Vaz (Guinea-Bissau's finance
    minister, then president) and Baciro Djá among them, in one alphabetical list with
    Guinea's: a row of such a cabinet counts only for a person the other tables already
    know in that state."""
    with countries.open(encoding="utf-8", errors="replace") as handle:
        names = {c["iso3"]: c["name"].lower() for c in csv.DictReader(handle, delimiter="\t")}
    cabinets: dict[str, set[str]] = {}
    for cells in table:
        if cells["source_block"] == "Government":
            cabinets.setdefault(cells["iso3"], set()).add(cells["name"])
    mixed = set()
    for state, people in cabinets.items():
        for other, name in names.items():
            if other in cabinets or other == state or not name:
                continue
            if name in names.get(state, "") or names.get(state, "\0") in name:
                others = sum(
                    1
                    for person in people
                    if _known_in(known, {"name": person}, other)
                    and not _known_in(known, {"name": person}, state)
                )
                if others >= 2:
                    mixed.add(state)
    return mixed


def _known_in(known: Known, cells: dict[str, str], state: str) -> bool:
    """Whether the tables built so far know the person of a CountryInfo row in ``state``."""
    name = known.person(without_honorific(title_case(cells["name"])), state)
    return any(term.country == state for term in known.terms.get(name, []))


def _gap_days(end: str, start: str) -> int:
    return (date.fromisoformat(start) - date.fromisoformat(end)).days


def _merged(rows: Iterable[Row], known: Known) -> list[Row]:
    """Rows not covered by ``known`` nor misfiled (``Known.misplaced``), under known names,
    one per continuous term."""
    batch = list(rows)
    for row in batch:
        named = known.person(row.name, row.country)
        if named == row.name and row.aliases:
            # "Rafael Correa Delgado" is the "Rafael Correa" the hand table knows in that
            # state: by the news form with every given name (a first name and a surname
            # alone may be a father's: José Figueres Ferrer, José María Figueres Olsen)
            news = known.names.get(" ".join(name_words(row.aliases.split("|")[0])))
            if news and any(t.country == row.country for t in known.terms.get(news, [])):
                named = news
        row.name = named
    unify_spellings(batch, known)
    by_term: dict[tuple[str, str, str], list[Row]] = {}
    for row in batch:
        by_term.setdefault((row.country, row.role, row.name), []).append(row)
    terms: list[Row] = []
    for spells in by_term.values():
        spells.sort(key=lambda r: r.start)
        merged = [spells[0]]
        for row in spells[1:]:
            last = merged[-1]
            if row.start <= (last.end or "9999"):  # touching or overlapping: one term
                last.end = "" if not (last.end and row.end) else max(last.end, row.end)
                last.aliases = "|".join(
                    dict.fromkeys(
                        a for a in [*last.aliases.split("|"), *row.aliases.split("|")] if a
                    )
                )
            else:
                merged.append(row)
        terms.extend(merged)
    by_name: dict[str, list[Row]] = {}
    for row in terms:
        by_name.setdefault(row.name, []).append(row)
    kept: list[Row] = []
    for row in terms:
        if not known.misplaced(row, by_name):
            kept.extend(known.uncovered(row))
    for row in kept:
        known.add(row)
    return sorted(kept, key=lambda r: (r.country, r.role, r.start, r.name))


def write(path: Path, rows: list[Row], header: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        handle.write(f"# {COLUMNS}\n")
        for row in rows:
            handle.write("\t".join(c.replace("\t", " ") for c in row.cells()) + "\n")


def build(shared: Path, out: Path = DATA) -> dict[str, int]:
    """Write the two derived tables into ``out``; returns their row counts."""
    known = Known()
    for row in read_rows(MANUAL):
        known.add(row)
    states = independent_states()
    embedded = embedded_prime_ministers(shared / "cia_factbook", states)
    factbook = factbook_rows(shared / "cia_factbook/office_holders.tsv", known, states, embedded)
    write(
        out / "office_holders_factbook.tsv",
        factbook,
        "# Derived by bilateral.actors.build from the CIA World Factbook (public domain):\n"
        "# heads of state and government, deputies, vice-presidents 1995 - Jan 2026.\n",
    )
    ci = countryinfo_rows(shared / "countryinfo/office_holders.tsv", known)
    write(
        out / "office_holders_ci.tsv",
        ci,
        "# Derived by bilateral.actors.build from CountryInfo.120116.txt\n"
        "# (c) 2012 Philip A. Schrodt, CC BY-SA 3.0 (share-alike): heads of state and\n"
        "# government (terms ended by 2011) and cabinet terms 2003-2011.\n",
    )
    return {"factbook": len(factbook), "countryinfo": len(ci)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=SHARED,
        help="the shared actors folder (default: ../shared/data/actors)",
    )
    args = parser.parse_args()
    if not (args.shared / "cia_factbook/office_holders.tsv").is_file():
        raise SystemExit(f"not found: {args.shared}/cia_factbook/office_holders.tsv")
    for table, count in build(args.shared).items():
        print(f"{table}: {count} rows")


if __name__ == "__main__":
    main()
