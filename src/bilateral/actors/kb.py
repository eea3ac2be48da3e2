"""The actor knowledge base: states, their parts, organisations and office holders with tenures.

The shipped tables (``data/*.tsv``, sources in ``data/README.md``) are read once per
process (``shipped_kb``); a user's YAML file (format in ``README.md``) extends a copy
(``extra.py``); ``load.load_kb`` gives the one a run reads.
Everything a text can name is indexed by its phrase (see ``words.phrase_key``) so the
resolver finds mentions with one pass of dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from bilateral.actors.words import APOSTROPHES, WORD, phrase_key, spelling_keys
from bilateral.types import Actor

DATA = Path(__file__).with_name("data")

# Sector codes (CAMEO/PLOVER) and how an actor of that sector is named.
SECTOR_NAMES = {
    "GOV": "government",
    "MIL": "military",
    "DIP": "diplomats",
    "LEG": "legislature",
    "SPY": "intelligence",
    "COP": "police",
    "JUD": "judiciary",
    "BUS": "business",
    "CVL": "civilians",
    "MED": "media",
    "EDU": "academics",
    "OPP": "opposition",
    "INS": "insurgents",
    "REB": "rebels",
    "ELI": "former officials",
}

# Deputies of a head: "the vice-president" while acting as president is still named so.
DEPUTY_ROLES = frozenset(["vice president", "deputy prime minister"])
# Roles by importance: a bare surname shared by several office holders means the first.
ROLE_RANK = {"president": 0, "prime minister": 0, "king": 0, "supreme leader": 0, "chancellor": 0,
             "alternate prime minister": 0,
             "foreign minister": 1, "defence minister": 2, "army chief": 3}  # fmt: skip

# Governments of their own that the country table does not mark independent, whose seats
# news names for them as for any state's ("Taipei's top diplomat", "Ramallah", "Pristina").
SELF_GOVERNED = frozenset(["TWN", "PSE", "XKX"])
# Capitals that are also common names or words ("Male", "Victoria", "Kingston"): not metonyms.
RISKY_CAPITALS = frozenset(
    [
        "Male",
        "Victoria",
        "Kingston",
        "Georgetown",
        "Hamilton",
        "Douglas",
        "The Valley",
        "Plymouth",
        "Jamestown",
        "Saint John's",
        "Road Town",
        "Adamstown",
        "Avarua",
        "Alofi",
    ]
)

# Who "the leader" of a country is, in the order tried; the default suits presidential states.
LEADER_ROLES = (
    "leader",  # a de facto ruler without the usual title (Deng Xiaoping)
    "junta leader",  # rules whoever holds the titles (Myanmar's acting president in 2022)
    "supreme leader",  # over the president where a state has one (North Korea's Kim Jong Un)
    "president",
    "general secretary",
    "chairman",
    "king",
    "emir",
    "sultan",
    "prime minister",
    "chancellor",
)
PARLIAMENTARY_LEADER_ROLES = (
    "leader",
    "junta leader",
    "prime minister",
    "chancellor",
    "chief adviser",
    "president",
)
PARLIAMENTARY = frozenset(
    [
        "PAK",
        "IND",
        "GBR",
        "JPN",
        "ISR",
        "BGD",
        "DEU",
        "ITA",
        "CAN",
        "AUS",
        "ESP",
        "NLD",
        "NPL",
        "IRQ",
        "THA",
        "MYS",
        "ETH",
        "ARM",
        "GEO",
        "NZL",
        # parliamentary republics whose president is ceremonial, and monarchies whose
        # king or queen reigns without ruling: "the Irish leader" is the Taoiseach
        "IRL", "AUT", "GRC", "HUN", "CZE", "SVK", "SVN", "HRV", "BGR", "EST", "LVA",
        "MLT", "ALB", "MKD", "MNE", "ISL", "SGP", "TTO", "MUS", "SWE", "NOR", "DNK",
        "BEL", "LUX", "KHM", "JAM", "BHS", "BRB", "LSO", "PNG", "FJI", "SLB", "VUT",
    ]
)
THEOCRATIC_LEADER_ROLES = ("supreme leader", "leader", "president")
# "the head of government" is the prime minister (or chancellor, or Bangladesh's chief
# adviser) where the state has one at the date, else the president who heads it (the US).
HEAD_OF_GOVERNMENT_ROLES = ("prime minister", "chancellor", "chief adviser", "president")
# "the military chief" is the head of the armed forces as a whole where the KB knows one
# (Britain's chief of the defence staff, Indonesia's TNI commander), else the army's head
# (Pakistan's chief of army staff).
MILITARY_CHIEF_ROLES = ("chief of defence", "army chief")
# The offices an officer named by rank alone may hold ("General Buratai", "Colonel
# Goita"): a rank is no office, but these are the officers news names by it.
OFFICER_OFFICES = (
    "junta leader", "chief of defence", "army chief", "navy chief", "air force chief",
    "chairman of the joint chiefs", "revolutionary guards commander", "defence minister",
)
# Offices whose holders the press titles by another office's name: "President Juncker"
# headed the European Commission, "President Costa" the European Council.
ADDRESSED_AS = {
    "commission president": "president", "council president": "president",
    "bank president": "president",
}
# The role of a military rank ("General", "Col."): a title, not an office.
RANK_ROLE = "military officer"
# "the UN chief", "the World Bank chief": an organisation's head, by the office it has.
ORG_HEAD_ROLES = (
    "secretary-general", "director-general", "managing director", "commission chairperson",
    "bank president", "commission president", "high commissioner", "executive director",
    "executive secretary", "administrator", "president",
)
# "the president-elect": the office whose next holder is meant, and how long before his
# term begins he is so called (an election to an inauguration: Mexico's, five months).
ELECT_ROLES = {"president-elect": "president", "prime minister-elect": "prime minister"}
ELECT_WAIT = timedelta(days=160)
# Roles that stand for one of several offices (``roles_meant``): held by nobody as such.
GENERIC_ROLES = frozenset(["leader", "military chief", "military leader", "head of government"])
# Offices several people hold at once in one state (a premier per province): held by the
# one a title and a surname name, never by "the" holder.
SHARED_OFFICES = frozenset(["provincial premier"])


@dataclass(frozen=True, slots=True)
class Entry:
    """What one phrase can denote.

    kind: ``state`` (a country's name or demonym), ``part`` (a capital, seat of power or
    national body: ``sector`` says which), ``org``, ``person``, ``surname``, ``title``,
    ``institution`` (a noun that names a sector after a nationality), ``group`` (stands
    for ``size`` actors named before it), ``half`` ("the North": ref ``north`` or ``south``,
    a half of a divided state the text names) or ``ignore`` (must not be read as an actor).
    ref: the ISO3 code, org id, person id or role the phrase refers to.
    surface: the phrase as written in the KB; capitalised words must be capitalised in text.
    """

    kind: str
    ref: str
    surface: str
    sector: str | None = None
    place: bool = False  # a capital or seat: a location after "in", "at", "to" ...
    size: int = 0
    needs_name: bool = False
    country: str | None = None  # for titles: the only country where it means this role
    office: str | None = None  # for seats: the office held there ("Pentagon": defence minister)


@dataclass(frozen=True, slots=True)
class Tenure:
    person_id: str
    country: str
    role: str
    start: date | None
    end: date | None
    sector: str | None = None  # when the role's usual sector does not apply

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class Person:
    id: str
    name: str
    country: str
    tenures: list[Tenure] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OrgSpell:
    """An organisation as it was between ``start`` and ``end`` (None: open)."""

    actor: Actor
    start: date | None
    end: date | None


@dataclass
class KnowledgeBase:
    """Everything the resolver knows; built by ``load_kb``."""

    states: dict[str, Actor] = field(default_factory=dict)
    orgs: dict[str, list[OrgSpell]] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    role_sectors: dict[str, str] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[Tenure]] = field(default_factory=dict)
    office_roles: set[str] = field(default_factory=set)  # the roles of ``offices``
    # ``words.spelling_keys`` of every office holder's name and alias -> those people: the
    # holders a text spells in another romanisation ("Berdymukhamedov", "Fayez al-Sarraj").
    spellings: dict[str, list[str]] = field(default_factory=dict)
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    # Every key that is the start of a longer phrase's key, word by word ("united",
    # "united arab"): the phrase finder extends a match only while it is one.
    prefixes: set[str] = field(default_factory=set)
    # The first word of every key: the only words the phrase finder looks further at.
    first_words: set[str] = field(default_factory=set)
    # (key, the words as written, states in lower case?) -> the entries of the key those
    # words may name by the case rules, and their kinds (``phrases._agreeing``); emptied
    # when a phrase is added.
    agreeing_entries: dict[tuple[str, str, bool], tuple[tuple[Entry, ...], frozenset[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The first words of the keys whose KB form starts with a word not capitalised ("the
    # two", "al-Qaeda"): a word a text writes in lower case can start only these, as the
    # capitals of a KB form must be written (``phrases.case_agrees``).
    uncapitalised_starts: set[str] = field(default_factory=set)
    # The first words of titles of two words or more ("top" of "top diplomat"): a word
    # before a nationality may start a title the nationality splits ("the top US
    # diplomat", ``reading.DocumentReading._split_title``).
    title_starts: set[str] = field(default_factory=set)
    # A folded word of an office holder's name or alias -> (person id, that name's words):
    # "Banda" after "Malawian President" finds the Bandas (see ``offices.py``).
    name_words: dict[str, dict[tuple[str, tuple[str, ...]], None]] = field(default_factory=dict)
    user_entries_first: bool = False
    # Each half of a divided state -> (its northern half, its southern half): PRK and KOR,
    # SDN and SSD, for "the North" and "the South" of a text on either (``divided_halves``).
    halves: dict[str, tuple[str, str]] = field(default_factory=dict)

    # --- building -----------------------------------------------------------------

    def add_title(self, title: str, role: str, sector: str, *, needs_name: bool,
                  country: str | None) -> None:
        """Index a title ("Foreign Minister", "COAS") naming ``role`` in ``sector``."""
        self.role_sectors.setdefault(role, sector)
        self.add_phrase(title, Entry("title", role, title, sector=sector,
                                     needs_name=needs_name, country=country))
        words = phrase_key(title).split(" ")
        if len(words) > 1:
            self.title_starts.add(words[0])

    def add_phrase(self, phrase: str, entry: Entry) -> None:
        """Index ``phrase``; the first entry of a phrase is preferred (a user's, once
        ``user_entries_first`` is set, come before the shipped ones)."""
        key = phrase_key(phrase)
        if not key:
            return
        entries = self.phrases.setdefault(key, [])
        if entry in entries:
            return
        self.agreeing_entries.clear()
        if self.user_entries_first:
            entries.insert(0, entry)
        else:
            entries.append(entry)
        words = key.split(" ")
        self.first_words.add(words[0])
        for size in range(1, len(words)):
            self.prefixes.add(" ".join(words[:size]))
        first_written = WORD.search(entry.surface.translate(APOSTROPHES))
        if first_written is None or not first_written.group()[:1].isupper():
            self.uncapitalised_starts.add(words[0])

    def add_state(self, actor: Actor, names: Iterable[str]) -> None:
        self.states.setdefault(actor.id, actor)
        for name in names:
            self.add_phrase(name, Entry("state", actor.id, name))

    def add_tenure(
        self, tenure: Tenure, name: str, aliases: Iterable[str], surnames: Iterable[str]
    ) -> None:
        known = tenure.person_id in self.persons
        person = self.persons.setdefault(
            tenure.person_id, Person(tenure.person_id, name, tenure.country)
        )
        person.tenures.append(tenure)
        self.offices.setdefault((tenure.country, tenure.role), []).append(tenure)
        self.office_roles.add(tenure.role)
        for alias in aliases if known else (name, *aliases):  # the name: with the first term
            self.add_phrase(alias, Entry("person", person.id, alias))
            words = tuple(phrase_key(alias).split())
            for word in words:
                if word[:1].isalnum():  # an ordered set: the same people in every run
                    self.name_words.setdefault(word, {})[(person.id, words)] = None
            for key in spelling_keys(alias):
                alike = self.spellings.setdefault(key, [])
                if person.id not in alike:
                    alike.append(person.id)
        for surname in surnames:
            self.add_phrase(surname, Entry("surname", person.id, surname))

    def add_org(self, org_id: str, spell: OrgSpell, aliases: Iterable[str]) -> None:
        self.orgs.setdefault(org_id, []).append(spell)
        for alias in aliases:
            self.add_phrase(alias, Entry("org", org_id, alias))

    # --- look-ups -----------------------------------------------------------------

    def starts_phrase(self, key: str) -> bool:
        """Whether a phrase's key starts with the word (or words) ``key``."""
        return key in self.phrases or key in self.prefixes

    def state(self, code: str) -> Actor | None:
        """The state (or historical state) with this code, as a whole."""
        return self.states.get(code)

    def part(self, code: str, sector: str | None) -> Actor | None:
        """A sector of a state or organisation (``PAK`` + ``MIL`` -> Pakistan's military)."""
        whole = self.states.get(code) or self.org(code, None)
        if whole is None:
            return None
        if not sector:
            return whole
        return Actor(
            id=f"{whole.id}.{sector}",
            name=f"{whole.name} ({SECTOR_NAMES.get(sector, sector.lower())})",
            country=whole.country,
            sector=sector,
            kind=whole.kind,
        )

    def org(self, org_id: str, on: date | None) -> Actor | None:
        """The organisation as it was on ``on``: its dated form covering that day, else
        its undated one (a party is in opposition unless a dated row says it governs).
        With ``on`` None, its current form."""
        spells = self.orgs.get(org_id)
        if not spells:
            return None
        dated = [s for s in spells if s.start or s.end]
        undated = [s for s in spells if not (s.start or s.end)]
        if on is None:
            current = [s for s in dated if s.end is None]
            current.sort(key=lambda s: s.start or date.min)
            chosen = (current[-1:] or undated[:1] or spells[-1:])[0]
            return chosen.actor
        for spell in dated:
            if (spell.start is None or spell.start <= on) and (
                spell.end is None or on <= spell.end
            ):
                return spell.actor
        return (undated or spells)[0].actor

    def holders(self, role: str, country: str, on: date | None) -> list[Person]:
        """Who held ``role`` in ``country`` on ``on`` (today's holders when ``on`` is None)."""
        tenures = self.offices.get((country, role), [])
        if on is None:
            chosen = [t for t in tenures if t.end is None]
        else:
            chosen = [t for t in tenures if t.covers(on)]
        chosen.sort(key=lambda t: t.start or date.min, reverse=True)
        return [self.persons[t.person_id] for t in chosen]

    def holding(
        self, roles: tuple[str, ...], country: str | None, on: date | None, among: Iterable[str]
    ) -> list[Person]:
        """Those of the people ``among`` who held one of ``roles`` on ``on`` (an open term
        when None), in ``country`` or (None) anywhere."""
        return [
            person
            for person in (self.persons[person_id] for person_id in among)
            if any(
                t.role in roles
                and country in (None, t.country)
                and (t.end is None if on is None else t.covers(on))
                for t in person.tenures
            )
        ]

    def spelt_alike(self, written: str) -> list[str]:
        """The office holders whose surname ``written`` spells in another romanisation."""
        alike = (p for key in spelling_keys(written) for p in self.spellings.get(key, []))
        return list(dict.fromkeys(alike))

    def holds_office(self, role: str) -> bool:
        """Whether the KB lists holders of ``role`` anywhere (or it is a generic role)."""
        return role in GENERIC_ROLES or role in ELECT_ROLES or role in self.office_roles

    def previous_holder(self, role: str, country: str, on: date) -> Person | None:
        """Who last left ``role`` in ``country`` before ``on``: not its holder then, whose
        term the tables may split in two (acting, then confirmed)."""
        terms = self.offices.get((country, role), [])
        holding = {t.person_id for t in terms if t.covers(on)}
        ended = [
            t for t in terms
            if t.end is not None and t.end < on and t.person_id not in holding
        ]
        if not ended:
            return None
        return self.persons[max(ended, key=lambda t: t.end or date.min).person_id]

    def holder(self, role: str, country: str, on: date | None) -> Actor | None:
        """The person in ``role`` for ``country`` at ``on``, as an Actor; "leader" is the
        country's head of government or state; "the president-elect" the one whose term
        begins next."""
        if role in ELECT_ROLES:
            return self._elect(role, country, on)
        meant = self.holders_meant(role, country, on)
        if meant is None:
            return None
        office, people, ruling = meant
        if ruling:
            return self.person_actor(people[0].id, on, role=office)
        return self._holder_actor(people[0].id, office, role, on)

    def _elect(self, role: str, country: str, on: date | None) -> Actor | None:
        term = self.elect_term(role, country, on)
        if term is None:
            return None
        return replace(self.person_actor(term.person_id, on), role=role, sector="GOV")

    def elect_term(self, role: str, country: str, on: date | None) -> Tenure | None:
        """The term of the office an "-elect" role names that begins after ``on``, within
        the months between an election and the term (Lula's, Brazil's president-elect in
        November 2022)."""
        if on is None or role not in ELECT_ROLES:
            return None
        office = ELECT_ROLES[role]
        sitting = {person.id for person in self.holders(office, country, on)}
        coming = [
            t for t in self.offices.get((country, office), [])
            if t.start is not None and on < t.start <= on + ELECT_WAIT
            and t.person_id not in sitting  # a re-elected holder is no president-elect
        ]
        return min(coming, key=lambda t: t.start or date.max) if coming else None

    def holders_meant(
        self, role: str, country: str, on: date | None
    ) -> tuple[str, list[Person], bool] | None:
        """The first office ``role`` means in ``country`` (``roles_meant``) that somebody
        held on ``on``, its holders, and whether they are a military ruler found by
        ``ruling_officer``: a junta leader with no junta row is the head who commands the
        forces then, named in the head's office."""
        for candidate in self.roles_meant(role, country):
            people = self.holders(candidate, country, on)
            if len(people) > 1 and candidate in SHARED_OFFICES:
                return None  # "Ontario's premier": which province's, the tables do not say
            if people:
                return candidate, people, False
            ruler = self.ruling_officer(country, on) if candidate == "junta leader" else None
            if ruler is not None:
                person, office = ruler
                return office, [person], True
        return None

    def ruling_officer(self, country: str, on: date | None) -> tuple[Person, str] | None:
        """The military ruler the tables name by his offices, not as a junta's leader, and
        the head's office he holds: a head of state or government who commands the forces
        then (Nigeria's Abacha, chairman and army chief; Myanmar's Than Shwe; Pakistan's
        Musharraf, chief executive, then president, and army chief to 2007). A civilian
        head is not one."""
        commanders = {
            person.id
            for office in MILITARY_CHIEF_ROLES
            for person in self.holders(office, country, on)
        }
        for office in (*LEADER_ROLES, "chief executive"):
            for person in self.holders(office, country, on):
                if person.id in commanders:
                    return person, office
        return None

    def _holder_actor(self, person_id: str, office: str, asked: str, on: date | None) -> Actor:
        """The holder of ``office`` named in it, not in another office held at once
        (Poland's defence minister, also deputy prime minister), unless that one is more
        senior (a junta leader who is also president) or a generic role was asked for."""
        own = self.person_actor(person_id, on)
        if asked in GENERIC_ROLES:
            return own
        # a deputy acting for the head is still the deputy the text names (Nigeria's
        # vice-president Osinbajo, acting president in 2017)
        if asked not in DEPUTY_ROLES and ROLE_RANK.get(own.role or "", 9) < ROLE_RANK.get(office, 9):
            return own
        return self.person_actor(person_id, on, role=office)

    def roles_meant(self, role: str, country: str) -> tuple[str, ...]:
        if role == "military chief":
            return MILITARY_CHIEF_ROLES
        if role == "chief of defence" and (country, role) not in self.offices:
            # a state whose top soldier the tables know as its army's head ("Israel's armed
            # forces chief" is the IDF's chief of staff); not the other way: an army's
            # commander is an office of his own under a chief of defence (Iran, Colombia)
            return ("chief of defence", "army chief")
        if role == "military leader":  # the junta's (Mali's Goita), else the military chief
            return ("junta leader", *MILITARY_CHIEF_ROLES)
        if role == "head of government":
            return HEAD_OF_GOVERNMENT_ROLES
        if role == "chief" and country in self.orgs and country not in self.states:
            return ORG_HEAD_ROLES
        if role == "president" and country in self.orgs and country not in self.states:
            # "the president of the World Bank": its own president, else its head's office
            return ("president", *ORG_HEAD_ROLES)
        if role != "leader":
            return (role,)
        if country in PARLIAMENTARY:
            return PARLIAMENTARY_LEADER_ROLES
        if country == "IRN" or country == "AFG":
            return THEOCRATIC_LEADER_ROLES
        return LEADER_ROLES

    def person_actor(
        self, person_id: str, on: date | None, sector: str | None = None, role: str | None = None
    ) -> Actor:
        """A known person as an Actor whose role is the one held on ``on``.

        After the last office ended the role is "former <role>" and the sector ``ELI``
        (former officials); before the first office began, role and sector are None.
        With ``on`` None the person's latest office is used. Of two offices held at once,
        prefer the one named ``role``, else one in ``sector`` ("General Musharraf" is the
        army chief, "Crown Prince Mohammed bin Salman" the crown prince).
        """
        person = self.persons[person_id]
        tenures = person.tenures
        if sector:
            tenures = [t for t in tenures if self.tenure_sector(t) == sector] or tenures
        titled = [t for t in tenures if t.role == role]
        current, former = _tenure_at(titled, on)
        if current is not None and not former:
            tenures = titled
        tenure, former = _tenure_at(tenures, on)
        role = sector = None
        country = person.country
        if tenure is not None:
            country = tenure.country
            role = f"former {tenure.role}" if former else tenure.role
            sector = "ELI" if former else self.tenure_sector(tenure)
        return Actor(
            id=person.id, name=person.name, country=country, sector=sector, role=role, kind="person"
        )

    def tenure_sector(self, tenure: Tenure) -> str:
        return tenure.sector or self.role_sectors.get(tenure.role, "GOV")

    def entry_actor(self, entry: Entry, on: date | None) -> Actor | None:
        """The actor a state, part, organisation or person entry denotes on ``on``."""
        if entry.kind == "state":
            return self.state(entry.ref)
        if entry.kind == "part":
            return self.part(entry.ref, entry.sector)
        if entry.kind == "org":
            return self.org(entry.ref, on)
        if entry.kind == "person":
            return self.person_actor(entry.ref, on)
        return None

    def person_for_surname(
        self, person_ids: list[str], role: str | None, sector: str | None, on: date | None
    ) -> Person | None:
        """The person a surname means on ``on``: one in office then (the most senior
        office), else, when the text gives a title (``role`` or ``sector``), the one who
        held it most recently."""
        best: tuple[int, int, int] | None = None
        chosen: Person | None = None
        for person_id in dict.fromkeys(person_ids):
            person = self.persons[person_id]
            tenures = [
                t
                for t in person.tenures
                if (role is None or t.role == role)
                and (sector is None or self.role_sectors.get(t.role) == sector)
            ]
            for tenure in tenures or ([] if role or sector else person.tenures):
                status, recency = _status_at(tenure, on)
                score = (status, -ROLE_RANK.get(tenure.role, 9), recency)
                if best is None or score > best:
                    best, chosen = score, person
        if chosen is None and (role or sector):  # nobody held that title: the name decides
            return self.person_for_surname(person_ids, None, None, on)
        return chosen


def _status_at(tenure: Tenure, on: date | None) -> tuple[int, int]:
    """How well a tenure fits a date: (2 in office, 1 ended, 0 not begun; then recency)."""
    start = (tenure.start or date.min).toordinal()
    if on is None:
        return (2 if tenure.end is None else 1), start
    if tenure.covers(on):
        return 2, start
    if tenure.end is not None and tenure.end < on:
        return 1, tenure.end.toordinal()
    return 0, -start  # not yet in office: the soonest to be


def _tenure_at(tenures: list[Tenure], on: date | None) -> tuple[Tenure | None, bool]:
    """The tenure that tells a person's role on ``on`` and whether it is a former one."""
    if not tenures:
        return None, False
    if on is None:
        current = [t for t in tenures if t.end is None]
        if current:
            return max(current, key=lambda t: t.start or date.min), False
        return max(tenures, key=lambda t: t.end or date.max), True
    current = [t for t in tenures if t.covers(on)]
    if current:
        return max(current, key=lambda t: t.start or date.min), False
    ended = [t for t in tenures if t.end is not None and t.end < on]
    if ended:
        return max(ended, key=lambda t: t.end or date.min), True
    return None, False


# --- loading the shipped tables -------------------------------------------------------


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV file without comment lines, padded to the header-less column count."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` (or ``YYYY``/``YYYY-MM``, read as their first day); empty -> None."""
    text = text.strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def slug(name: str) -> str:
    """``"Imran Khan"`` -> ``"imran-khan"``: the person part of a person's id."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def _country_rows() -> list[list[str]]:
    """countries.tsv, independent states first: "American" is the USA, not the Northern
    Mariana Islands."""
    rows = [row for row in read_tsv(DATA / "countries.tsv") if row[0] != "iso3"]
    rows.sort(key=lambda row: cell(row, 4) != "True")
    return rows


def _load_countries(kb: KnowledgeBase) -> None:
    """Countries: names and demonyms are the state; the capital is its government."""
    for row in _country_rows():
        iso3, name, names, capital, independent = (cell(row, i) for i in range(5))
        spellings = [name, *split_list(names)]
        kb.add_state(Actor(id=iso3, name=name, country=iso3), spellings + _plurals(spellings))
        governs = independent == "True" or iso3 in SELF_GOVERNED
        if capital and governs and capital not in RISKY_CAPITALS:
            kb.add_phrase(capital, Entry("part", iso3, capital, sector="GOV", place=True))
    divided_halves(kb)


# A state's central bank by the names that can mean no other bank ("Bank of X" and
# "National Bank of X" are commercial banks as often: Bank of America, National Bank of
# Egypt); the other central banks' names are titles in roles.tsv ("Bank of Japan governor").
CENTRAL_BANK_NAMES = (
    "Central Bank of {}", "Central Bank of the {}", "{} Central Bank",
    "Reserve Bank of {}", "{} Reserve Bank",
)


def _load_central_banks(kb: KnowledgeBase) -> None:
    """Each state's central bank as a seat whose chief, governor or president is its
    governor ("the Central Bank of Nigeria governor", "the South African Reserve Bank
    chief"); a name the curated tables already hold keeps their sense (Russia's central
    bank is an organisation of orgs.tsv)."""
    spellings = [
        (cell(row, 0), spelling)
        for row in _country_rows()
        if cell(row, 4) == "True"
        for spelling in [cell(row, 1), *split_list(cell(row, 2))]
    ]
    spellings += [  # "UAE", "Britain"
        (cell(row, 1), cell(row, 0))
        for row in read_tsv(DATA / "aliases.tsv")
        if cell(row, 3) == "alias" and cell(row, 1) in kb.states
    ]
    for iso3, spelling in dict.fromkeys(spellings):
        for form in CENTRAL_BANK_NAMES:
            bank = form.format(spelling)
            if phrase_key(bank) not in kb.phrases:
                kb.add_phrase(
                    bank, Entry("part", iso3, bank, sector="GOV", office="central bank governor")
                )


def divided_halves(kb: KnowledgeBase) -> None:
    """Pair the states named "North X" or "South X" with their other half ("South X",
    "North X" or plain "X": North and South Korea, Sudan and South Sudan); a name with no
    such state beside it ("South Africa") is no half."""
    by_name = {actor.name: code for code, actor in kb.states.items()}
    for code, actor in kb.states.items():
        side, _, rest = actor.name.partition(" ")
        if side not in ("North", "South"):
            continue
        other_side = "South" if side == "North" else "North"
        other = by_name.get(f"{other_side} {rest}") or by_name.get(rest)
        if other is not None and other != code:
            kb.halves[code] = (code, other) if side == "North" else (other, code)


def _plurals(demonyms: list[str]) -> list[str]:
    """The people of a country stand for it too: "thousands of Nigerians rallied",
    "Afghans", "Czechs", "two South Koreans", "New Zealanders" ("Chinese" and "Swiss" are
    their own plurals). A name that takes the ending too ("Puerto Ricos") is never written."""
    return [d + "s" for d in demonyms if re.search(r"(?:an|i|o|ch|er)$", d)]


def _load_aliases(kb: KnowledgeBase) -> None:
    for row in read_tsv(DATA / "aliases.tsv"):
        phrase, country, sector, kind, own_id, name, office = (cell(row, i) for i in range(7))
        if kind == "ignore":
            kb.add_phrase(phrase, Entry("ignore", "", phrase))
        elif kind == "historical":
            kb.add_state(Actor(id=own_id, name=name, country=country), [phrase])
        elif kind == "alias":
            kb.add_phrase(phrase, Entry("state", country, phrase))
        elif kind == "half":
            kb.add_phrase(phrase, Entry("half", phrase.split()[-1].lower(), phrase))
        else:
            place = kind in ("capital", "seat", "region")
            entry = Entry(
                "part", country, phrase, sector=sector or None, place=place, office=office or None
            )
            kb.add_phrase(phrase, entry)


def _load_orgs(kb: KnowledgeBase) -> None:
    for row in read_tsv(DATA / "orgs.tsv"):
        org_id, country, sector, kind, start, end, name, aliases = (cell(row, i) for i in range(8))
        actor_id = org_id if org_id.isupper() else f"org:{org_id}"
        actor = Actor(
            id=actor_id,
            name=name,
            country=country,
            sector=sector or None,
            kind="group" if kind == "group" else "org",
        )
        spellings = [
            spelt for alias in (name, *split_list(aliases)) for spelt in british_spellings(alias)
        ]
        kb.add_org(actor_id, OrgSpell(actor, parse_date(start), parse_date(end)), spellings)
        if org_id.isupper() and kind == "org":  # an international organisation or agency
            for spelt in spellings:
                # "the head of the IAEA", "NATO head": its chief (a title naming its
                # country); not "the UN head", which would make "the" start a title
                heads = [f"head of the {spelt}", f"head of {spelt}"]
                if spelt[:1].isupper():
                    heads.append(f"{spelt} head")
                for head in heads:
                    kb.add_title(head, "chief", "GOV", needs_name=False, country=actor_id)


def british_spellings(name: str) -> list[str]:
    """``name`` and its British spelling where one differs: "Gulf Co-operation Council",
    as British and Gulf outlets write it, next to the table's "Gulf Cooperation Council"."""
    british = re.sub(r"\b([Cc])ooperation", r"\1o-operation", name)
    return [name] if british == name else [name, british]


def _load_roles(kb: KnowledgeBase) -> None:
    for row in read_tsv(DATA / "roles.tsv"):
        title, role, sector, needs_name, country = (cell(row, i) for i in range(5))
        kb.add_title(title, role, sector, needs_name=needs_name == "1", country=country or None)
        if title.startswith("chief of ") and title != "chief of staff":
            # "the head of Russia's general staff" is its chief (a chief of staff is no head)
            kb.add_title(f"head{title[5:]}", role, sector, needs_name=needs_name == "1",
                         country=country or None)
    for row in read_tsv(DATA / "institutions.tsv"):
        kb.add_phrase(
            cell(row, 0), Entry("institution", "", cell(row, 0), sector=cell(row, 1) or None)
        )
    for row in read_tsv(DATA / "groups.tsv"):
        phrase, size, sector, members = (cell(row, i) for i in range(4))
        kb.add_phrase(
            phrase,
            Entry("group", members or "states", phrase, sector=sector or None, size=int(size)),
        )


# States whose names put the family name first ("Kim Kwan-jin", "Li Keqiang").
FAMILY_NAME_FIRST = frozenset(["CHN", "KOR", "PRK", "TWN"])


def default_surnames(name: str, country: str) -> list[str]:
    """A person's surname as the press shortens it: the last word of the name (the first
    for Chinese and Korean names, which put the family name first)."""
    words = [w for w in re.split(r"\s+", name) if w and not w.endswith(".")]
    if len(words) < 2:
        return []
    return [words[0] if country in FAMILY_NAME_FIRST else words[-1]]


def load_office_holders(kb: KnowledgeBase, path: Path) -> None:
    """Rows ``country, role, start, end, name, aliases, surnames[, source, licence]``
    (see office_holders_manual.tsv)."""
    for row in read_tsv(path):
        country, role, start, end, name, aliases, surnames = (cell(row, i) for i in range(7))
        person_id = f"person:{slug(name)}"
        if surnames == "-":
            names = []
        elif surnames or person_id in kb.persons:  # the default only once, with the first row
            names = split_list(surnames)
        else:
            names = default_surnames(name, country)
        tenure = Tenure(person_id, country, role, parse_date(start), parse_date(end))
        kb.add_tenure(tenure, name, split_list(aliases), names)
        kb.role_sectors.setdefault(role, "GOV")


# The hand-written table first: its names, aliases and surnames are the people's own;
# the derived tables (``bilateral.actors.build``) only add what it lacks.
OFFICE_HOLDER_TABLES = (
    "office_holders_manual.tsv",
    "office_holders_factbook.tsv",
    "office_holders_ci.tsv",
)


@lru_cache(maxsize=1)
def shipped_kb() -> KnowledgeBase:
    """The knowledge base of the tables shipped in ``data/``, read once per process."""
    kb = KnowledgeBase()
    _load_aliases(kb)  # curated names first: they win over generated ones for the same phrase
    _load_countries(kb)
    _load_orgs(kb)
    _load_central_banks(kb)
    _load_roles(kb)
    for name in OFFICE_HOLDER_TABLES:
        load_office_holders(kb, DATA / name)
    return kb
