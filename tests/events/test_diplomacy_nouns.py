"""Diplomacy told in nouns (issue #13): talks whose parties hang on the verb, meetings a
leader is fresh from, requests, appeals and invitations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Events = Callable[..., list[Any]]


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def _has(found: list[Any], kind: str, countries: set[str]) -> bool:
    return any(e.type == kind and _countries(e) == countries for e in found)


def test_talks_resumed_between_parties_on_the_verb(events_of: Events) -> None:
    found = events_of("Talks resumed in Oslo on Monday between Kenya and Chile.")
    assert _has(found, "CONSULT", {"KEN", "CHL"})


def test_negotiations_opened_with_a_party(events_of: Events) -> None:
    found = events_of("Norway's negotiations opened on Friday with Chile.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_fresh_from_a_meeting_takes_the_subject(events_of: Events) -> None:
    found = events_of("Minister Hansen is fresh from a meeting with President Rojas.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_request_passed_on_to_a_party(events_of: Events) -> None:
    found = events_of("Kenya's request for the extradition of the suspect was sent to Japan.")
    assert _has(found, "REQUEST", {"KEN", "JPN"})


def test_appeal_to_a_party(events_of: Events) -> None:
    found = events_of("Norway's appeal to Chile for calm went unanswered.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})


def test_invitation_is_an_intent_to_meet(events_of: Events) -> None:
    found = events_of("Minister Hansen's invitation to President Rojas came as a surprise.")
    assert _has(found, "AGREE", {"NOR", "CHL"})


def test_consensus_reached(events_of: Events) -> None:
    found = events_of("Kenya and Japan reached a consensus on fishing rights.")
    assert _has(found, "AGREE", {"KEN", "JPN"})


def test_economic_demand_is_no_request(events_of: Events) -> None:
    found = events_of("India's demand for Russian oil rose sharply last year.")
    assert not any(e.type == "REQUEST" for e in found)
