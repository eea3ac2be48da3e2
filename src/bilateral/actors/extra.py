"""Extend the knowledge base with a user's YAML file (format: ``actors/README.md``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from bilateral.actors.kb import (
    Entry,
    KnowledgeBase,
    OrgSpell,
    Person,
    Tenure,
    default_surnames,
    parse_date,
    slug,
)
from bilateral.errors import ConfigError
from bilateral.types import Actor

SECTIONS = ("states", "places", "orgs", "persons", "titles", "ignore")


def extended(kb: KnowledgeBase, path: Path) -> KnowledgeBase:
    """A copy of ``kb`` extended by the user's YAML file at ``path``; ``kb`` is left alone."""
    copy = KnowledgeBase(
        states=dict(kb.states),
        orgs={k: list(v) for k, v in kb.orgs.items()},
        persons={k: replace(v, tenures=list(v.tenures)) for k, v in kb.persons.items()},
        role_sectors=dict(kb.role_sectors),
        offices={k: list(v) for k, v in kb.offices.items()},
        office_roles=set(kb.office_roles),
        spellings={k: list(v) for k, v in kb.spellings.items()},
        phrases={k: list(v) for k, v in kb.phrases.items()},
        prefixes=set(kb.prefixes),
        first_words=set(kb.first_words),
        uncapitalised_starts=set(kb.uncapitalised_starts),
        title_starts=set(kb.title_starts),
        name_words={k: dict(v) for k, v in kb.name_words.items()},
        user_entries_first=True,
        halves=dict(kb.halves),
    )
    apply_extra(copy, path)
    return copy


def apply_extra(kb: KnowledgeBase, path: Path) -> None:
    """Add the states, places, organisations, persons, titles and ignored phrases of ``path``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read actors file {path}: {exc}") from exc
    if not isinstance(data, dict) or set(data) - set(SECTIONS):
        raise ConfigError(f"actors file {path}: top-level keys must be among {', '.join(SECTIONS)}")
    try:
        for item in data.get("states") or []:
            _add_state(kb, item)
        for item in data.get("places") or []:
            _add_place(kb, item)
        for item in data.get("orgs") or []:
            _add_org(kb, item)
        for item in data.get("persons") or []:
            _add_person(kb, item)
        for item in data.get("titles") or []:
            _add_title(kb, item)
        for phrase in data.get("ignore") or []:
            kb.add_phrase(str(phrase), Entry("ignore", "", str(phrase)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"actors file {path}: bad entry ({exc})") from exc


def _names(item: dict[str, Any], key: str) -> list[str]:
    return [str(n) for n in item.get(key) or []]


def _add_state(kb: KnowledgeBase, item: dict[str, Any]) -> None:
    code = str(item["code"]).upper()
    existing = kb.state(code)
    actor = existing or Actor(
        id=code, name=str(item.get("name") or code), country=str(item.get("country") or code)
    )
    kb.add_state(actor, [actor.name, *_names(item, "names")])


def _add_place(kb: KnowledgeBase, item: dict[str, Any]) -> None:
    phrase = str(item["phrase"])
    sector, office = item.get("sector"), item.get("office")
    kb.add_phrase(
        phrase,
        Entry(
            "part",
            str(item["country"]).upper(),
            phrase,
            sector=str(sector) if sector else None,
            place=bool(item.get("place", True)),
            office=str(office) if office else None,
        ),
    )


def _add_org(kb: KnowledgeBase, item: dict[str, Any]) -> None:
    org_id = str(item["id"])
    name = str(item.get("name") or org_id)
    sector = item.get("sector")
    actor = Actor(
        id=org_id,
        name=name,
        country=str(item.get("country") or org_id),
        sector=str(sector) if sector else None,
        kind="group" if item.get("kind") == "group" else "org",
    )
    spell = OrgSpell(
        actor, parse_date(str(item.get("start") or "")), parse_date(str(item.get("end") or ""))
    )
    kb.add_org(org_id, spell, [org_id, name, *_names(item, "aliases")])


def _add_person(kb: KnowledgeBase, item: dict[str, Any]) -> None:
    name = str(item["name"])
    country = str(item.get("country") or "") or None
    person_id = str(item.get("id") or f"person:{slug(name)}")
    surnames = _names(item, "surnames") or default_surnames(name, country or "")
    offices = item.get("offices") or []
    if not offices:
        kb.persons.setdefault(person_id, Person(person_id, name, country or ""))
        for alias in (name, *_names(item, "aliases")):
            kb.add_phrase(alias, Entry("person", person_id, alias))
        for surname in surnames:
            kb.add_phrase(surname, Entry("surname", person_id, surname))
    for office in offices:
        sector = office.get("sector")
        tenure = Tenure(
            person_id,
            str(office.get("country") or country),
            str(office["role"]),
            parse_date(str(office.get("start") or "")),
            parse_date(str(office.get("end") or "")),
            str(sector) if sector else None,
        )
        kb.add_tenure(tenure, name, _names(item, "aliases"), surnames)
    kb.persons[person_id].country = country or kb.persons[person_id].country


def _add_title(kb: KnowledgeBase, item: dict[str, Any]) -> None:
    title = str(item["title"])
    role = str(item.get("role") or title)
    sector = str(item.get("sector") or "GOV")
    country = item.get("country")
    kb.add_title(title, role, sector, needs_name=bool(item.get("needs_name", False)),
                 country=str(country) if country else None)
