"""Offers: what a party says it is willing, ready or prepared to do is an expressed intent
(AGREE, CAMEO 03) made when it is said; a hostile act held ready is a threat."""

from __future__ import annotations

import pytest

from .conftest import Events, relations_with_status


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it is willing to withdraw its trawlers from Chilean waters.",
        "Norway is ready to pay Chile for the damaged nets.",
        "Minister Hansen said Norway was prepared to hold talks with Chile.",
    ],
)
def test_a_declared_willingness_is_an_offer_made_now(events_of: Events, text: str) -> None:
    assert relations_with_status(events_of(text)) == [("AGREE", "NOR", "CHL", "occurred")]


def test_a_hostile_act_held_ready_is_a_threat(events_of: Events) -> None:
    assert relations_with_status(events_of("Norway is prepared to expel Chilean diplomats.")) == [
        ("THREATEN", "NOR", "CHL", "occurred")
    ]


def test_the_act_offered_is_part_of_the_offer(events_of: Events) -> None:
    # one event: the offer, not also a planned mediation
    events = events_of("Kenya offered to mediate between Norway and Chile.")
    assert [e.type for e in events] == ["AGREE"]


def test_an_unwillingness_is_no_offer(events_of: Events) -> None:
    assert [e.type for e in events_of("Norway is not willing to pay Chile.")] != ["AGREE"]


def test_a_stance_held_as_speculation_is_no_offer(events_of: Events) -> None:
    """"could be willing to" guesses at a stance; "said it would be willing to" reports one."""
    assert not events_of("Diplomats said Norway could be willing to pay Chile for the nets.")
    offered = events_of("Norway said it would be willing to pay Chile for the nets.")
    assert relations_with_status(offered) == [("AGREE", "NOR", "CHL", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway vowed not to return the islands to Chile.",
        "Norway pledged not to hold talks with Chile.",
    ],
)
def test_a_vow_to_withhold_cooperation_is_a_refusal(events_of: Events, text: str) -> None:
    found = events_of(text)
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("REJECT", "NOR", "CHL")]


def test_a_vow_to_cooperate_is_an_agreement(events_of: Events) -> None:
    found = events_of("Norway vowed to return the islands to Chile.")
    assert [e.type for e in found] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    ["Norway promised not to attack Chile.", "Norway pledged never to use force against Chile."],
)
def test_a_vow_of_restraint_is_a_commitment_not_a_threat(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["AGREE"]
