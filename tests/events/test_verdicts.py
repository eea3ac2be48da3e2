"""A statement that another party's act broke the law or was an aggression is an accusation."""

from __future__ import annotations

import pytest

from .conftest import Events


@pytest.mark.parametrize(
    "text",
    [
        "Norway said the Chilean decision violated international law.",
        "Minister Hansen said Chile's seizure of the trawlers was an aggression.",
        "Norway insisted that the Chilean blockade breached the fisheries treaty.",
    ],
)
def test_a_verdict_on_the_others_act_accuses_it(events_of: Events, text: str) -> None:
    accusations = [(e.source.country, e.target.country) for e in events_of(text)
                   if e.type == "ACCUSE"]
    assert accusations == [("NOR", "CHL")]


def test_a_verdict_on_no_act_is_no_accusation(events_of: Events) -> None:
    assert [e for e in events_of("Norway said the weather was a violation of the forecast.")
            if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Chile's seizure of the trawlers constituted an act of aggression.",
        "Norway said Chile's decision to close the port was deeply regrettable.",
    ],
)
def test_what_the_statement_calls_the_act_accuses_its_party(events_of: Events, text: str) -> None:
    accusations = [(e.source.country, e.target.country) for e in events_of(text)
                   if e.type == "ACCUSE"]
    assert accusations == [("NOR", "CHL")]


def test_victims_of_a_verdict_are_not_its_doers(events_of: Events) -> None:
    accusations = [e for e in events_of("Norway said the Chilean fishermen were victims of aggression.")
                   if e.type == "ACCUSE"]
    assert accusations == []
