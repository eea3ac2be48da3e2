"""Fixtures for event tests: the spaCy model, and a tiny stand-in for the actor resolver.

The stand-in knows a handful of names so the event patterns are tested on their
own, whatever the real resolver does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bilateral.errors import MissingExtra
from bilateral.types import Actor, Document, Mention

# Types of the fixtures below, for the tests' signatures.
Coded = Callable[[str, str], Any]
Events = Callable[..., list[Any]]


def relations(events: list[Any]) -> list[tuple[str, str, str]]:
    """Each event's type, source country and target country, in order."""
    return [(e.type, e.source.country, e.target.country) for e in events]


def relations_with_status(events: list[Any]) -> list[tuple[str, str, str, str]]:
    """``relations`` with each event's status."""
    return [(e.type, e.source.country, e.target.country, e.status) for e in events]


ACTORS = {
    "Pakistan": ("PAK", False),
    "Russia": ("RUS", False),
    "India": ("IND", False),
    "China": ("CHN", False),
    "Japan": ("JPN", False),
    "Brazil": ("BRA", False),
    "Kenya": ("KEN", False),
    "Norway": ("NOR", False),
    "Chile": ("CHL", False),
    "Moscow": ("RUS", True),
    "Tokyo": ("JPN", True),
    "Nairobi": ("KEN", True),
    "Oslo": ("NOR", True),
    "Japanese": ("JPN", False),
    "Kenyan": ("KEN", False),
    "Norwegian": ("NOR", False),
    "Chilean": ("CHL", False),
    "Brazilian": ("BRA", False),
}
GROUPS = {"the two countries": ("NOR", "CHL"), "both countries": ("NOR", "CHL")}
PERSONS = {"Minister Hansen": "NOR", "President Rojas": "CHL", "Hansen": "NOR", "Rojas": "CHL"}


def _actor(code: str) -> Actor:
    return Actor(id=code, name=code, country=code)


def stand_in_mentions(text: str) -> list[Mention]:
    """Mentions of the names above; places are marked after 'in'/'to'/'at' or as cities."""
    found: list[Mention] = []
    names = sorted({**ACTORS, **GROUPS, **PERSONS}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    taken: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        name = m.group()
        if name in GROUPS:
            found.append(
                Mention(
                    name, m.start(), m.end(), None, group=tuple(_actor(c) for c in GROUPS[name])
                )
            )
        elif name in PERSONS:
            surname = name.split()[-1]
            person = Actor(
                id=f"person:{surname.lower()}", name=surname, country=PERSONS[name], kind="person"
            )
            found.append(Mention(name, m.start(), m.end(), person))
        else:
            code, city = ACTORS[name]
            found.append(Mention(name, m.start(), m.end(), _actor(code), is_place=city))
    return found


@pytest.fixture(scope="session")
def nlp() -> Any:
    from bilateral.nlp.pipeline import load_nlp

    try:
        return load_nlp()
    except MissingExtra as exc:  # the model is an extra
        pytest.skip(f"spaCy English model not installed: {exc}")


@pytest.fixture(scope="session")
def mentions_of() -> Callable[[str], list[Mention]]:
    return stand_in_mentions


@pytest.fixture(scope="session")
def parse(nlp: Any) -> Callable[[str], Any]:
    return nlp


@pytest.fixture(scope="session")
def coded(nlp: Any) -> Callable[[str, str], Any]:
    """The coding of the first word of ``text`` written ``trigger`` (a Coding or None)."""
    from bilateral.events.plover import code_token

    def run(text: str, trigger: str) -> Any:
        return code_token(next(t for t in nlp(text) if t.text == trigger))

    return run


@pytest.fixture(scope="session")
def events_of(nlp: Any) -> Callable[..., list[Any]]:
    """Run extract_events on a text with the stand-in resolver: the events between parties
    (one-party events are tested through ``bilateral.extract`` in test_one_party_events)."""
    from bilateral.events import extract_events
    from bilateral.nlp.pipeline import parse_sentences, split_sentences

    def run(text: str, published: date | None = None, title: str | None = None) -> list[Any]:
        document = Document(text=text, source="test", title=title, published=published)
        sentences = parse_sentences(split_sentences(text), nlp)
        events = extract_events(document, sentences, stand_in_mentions(text), None)
        return [e for e in events if e.between_parties]

    return run
