"""Accusations told as speech: what the statement says another party did is the blame,
with no accusing verb."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Events


def _accusations(events: list[Any]) -> list[tuple[str, str]]:
    return [(e.source.country, e.target.country) for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Chile had spied on Norwegian diplomats in Oslo.",
        "Minister Hansen said Chile was meddling in the election.",
        "Norway said Chile has been trying to extort higher fees from its fishermen.",
        "Norway said Chile was arming the rebels in the north.",
        "Norway said Chilean trawlers had illegally entered its waters.",
        "Minister Hansen said Chile had broken its promise on quotas.",
        "Norway said Chile failed to honour its obligations under the treaty.",
    ],
)
def test_a_wrong_the_statement_tells_accuses_its_doer(events_of: Events, text: str) -> None:
    assert ("NOR", "CHL") in _accusations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Chile had not spied on its diplomats.",  # denied, not told
        "Norway said Chile might meddle in the election.",  # a fear, not a fact
        "Norway said Chile was supporting the reform.",  # backing no armed group
    ],
)
def test_no_wrong_told_as_fact_no_accusation(events_of: Events, text: str) -> None:
    assert _accusations(events_of(text)) == []


def test_what_threatens_a_partys_security_harms_it(events_of: Events) -> None:
    said = events_of("Norway said the Chilean deployment threatened Norwegian security.")
    assert _accusations(said) == [("NOR", "CHL")]
    assert [e for e in said if e.type == "THREATEN"] == []


def test_a_party_threatened_with_an_act_is_still_threatened(events_of: Events) -> None:
    threats = events_of("Norway threatened Chile with sanctions.")
    assert [(e.type, e.source.country, e.target.country) for e in threats] == [
        ("THREATEN", "NOR", "CHL")
    ]


def test_an_angry_answer_disapproves(events_of: Events) -> None:
    assert _accusations(events_of("Norway reacted angrily to Chile's decision.")) == [("NOR", "CHL")]
    assert _accusations(events_of("Norway responded to Chile's decision on Monday.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway is strongly dissatisfied with Chile's decision, Minister Hansen said.",
        "Norway said the quotas were fair and that Chile's blockade was illegal.",
        "Norway maintains that Chile illegally seized the trawlers.",
        "Norway said Chile's decision had seriously damaged the talks.",
        "Norway said Chile was responsible for the deterioration of relations.",
    ],
)
def test_discontent_and_blame_in_more_forms(events_of: Events, text: str) -> None:
    assert ("NOR", "CHL") in _accusations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway took issue with Chile's remarks on the quotas.",
        "Norway put the blame on Chile for the lost catch.",
        "Minister Hansen railed against the Chilean decision.",
        "Norway said Chile was responsible for the breakdown of the fisheries talks.",
    ],
)
def test_criticism_and_blame_in_idioms(events_of: Events, text: str) -> None:
    assert ("NOR", "CHL") in _accusations(events_of(text))


def test_according_to_a_party_the_clause_is_its_statement(events_of: Events) -> None:
    said = events_of("According to Norway, Chile was responsible for the sinking of the trawler.")
    assert _accusations(said) == [("NOR", "CHL")]
    # a plain act so attributed stays the act, with no accusation
    assert _accusations(events_of("According to Norway, Chile signed the quota deal.")) == []
