"""Support that several parties give together (issue #13): each gives it, and they do not
give it to each other; the clause after a conjunction is no receiver of the verb before."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Norway backed the proposal, diplomats said.",
        "Japan and India welcomed the agreement on Monday.",
        "Brazil and Chile praised the outcome of the summit.",
    ],
)
def test_co_backers_of_a_thing_are_not_each_others_receivers(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "SUPPORT" and e.target is not None] == []


def test_support_given_together_to_a_party_is_each_givers(events_of: Events) -> None:
    found = relations(events_of("Kenya and Norway backed Chile's bid for a seat on the council."))
    assert found == [("SUPPORT", "KEN", "CHL"), ("SUPPORT", "NOR", "CHL")]


def test_support_told_as_mutual_stays_between_the_givers(events_of: Events) -> None:
    found = relations(events_of("Japan and India praised each other's efforts on Monday."))
    assert found == [("SUPPORT", "JPN", "IND")]


def test_restored_ties_stay_between_the_two(events_of: Events) -> None:
    found = relations(events_of("Brazil and Chile restored diplomatic relations in 2010."))
    assert [t for t, *_ in found] == ["SUPPORT"]
    assert {found[0][1], found[0][2]} == {"BRA", "CHL"}


def test_a_party_opening_the_next_clause_is_no_receiver(events_of: Events) -> None:
    # "but Norway opposed it": Norway neither received the backing nor is a co-backer
    found = relations(events_of("Officials said Kenya backed this but Norway opposed the idea."))
    assert ("SUPPORT", "KEN", "NOR") not in found
