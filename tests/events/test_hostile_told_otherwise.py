"""Conflict and crisis acts told other ways (issue #13): as nouns, idioms, passives, verdicts
said of another, and strikes on groups located in another state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Coded = Callable[[str, str], Any]
Events = Callable[..., list[Any]]


def _pairs(events: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        ("Navy ships carried out strikes against the depots.", "strikes", "ASSAULT"),
        ("The strikes on the port went on all night.", "strikes", "ASSAULT"),
        ("The ban on salmon imports hurt the fishermen.", "ban", "SANCTION"),
        ("The ministry imposed export controls on the chips.", "imposed", "SANCTION"),
        ("The new export controls took effect.", "controls", "SANCTION"),
        ("The minister pointed the finger at the neighbours.", "pointed", "ACCUSE"),
    ],
)
def test_hostile_acts_told_as_nouns_and_idioms(coded: Coded, text: str, trigger: str, kind: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


def test_a_strike_on_a_day_is_no_attack(coded: Coded) -> None:
    found = coded("The dockers' strike on Monday shut the port.", "strike")  # "on Monday" says when
    assert found is None or found.type != "ASSAULT"


def test_a_strike_staged_by_workers_is_a_protest(coded: Coded) -> None:
    found = coded("The teachers staged a strike against the pay cuts.", "staged")
    assert found is not None and found.type == "PROTEST"


def test_a_ban_on_imports_from_a_state_sanctions_it(events_of: Events) -> None:
    events = events_of("Japan's ban on imports from Kenya took effect in May.")
    assert ("SANCTION", "JPN", "KEN") in _pairs(events)


def test_strikes_against_a_state_carried_by_a_light_verb(events_of: Events) -> None:
    events = events_of("Chilean jets carried out strikes against Norway on Monday.")
    assert ("ASSAULT", "CHL", "NOR") in _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Chile will pay a heavy price for the raid.",
        "Chile will pay a high price, the Norwegian minister said.",
        "Norway said Chile would face serious consequences.",
    ],
)
def test_a_price_promised_to_another_is_a_threat(events_of: Events, text: str) -> None:
    assert ("THREATEN", "NOR", "CHL") in _pairs(events_of(text))


def test_a_price_paid_is_no_threat(events_of: Events) -> None:
    events = events_of("Chile has paid a heavy price for the war, Norway said.")
    assert not any(e.type == "THREATEN" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Japan was behind the attack on its embassy.",
        "Kenya believes Japan was behind the hacking of its ministries.",
    ],
)
def test_naming_who_was_behind_a_harmful_act_accuses(events_of: Events, text: str) -> None:
    assert ("ACCUSE", "KEN", "JPN") in _pairs(events_of(text))


def test_credit_for_a_proposal_is_no_accusation(events_of: Events) -> None:
    events = events_of("Kenya said Japan was behind the proposal.")
    assert not any(e.type == "ACCUSE" for e in events)
