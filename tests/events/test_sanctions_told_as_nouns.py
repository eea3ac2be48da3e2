"""Sanctions told as nouns and ordered acts (issue #13): the closure, recall, suspension,
halt or freezing a party announces or orders is the act, with the of-phrase naming what is
closed or stopped; tariffs raised to a level are still raised. Sentences written for them."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya announced the closure of the Japanese consulate in Mombasa.", ("SANCTION", "KEN", "JPN")),
        ("Chile announced the suspension of imports of Norwegian salmon.", ("SANCTION", "CHL", "NOR")),
        ("Norway announced a halt to imports from Chile.", ("SANCTION", "NOR", "CHL")),
        ("The freezing of Chilean assets by Norway angered Rojas.", ("SANCTION", "NOR", "CHL")),
        ("Kenya's recall of its ambassador from Tokyo surprised diplomats.", ("SANCTION", "KEN", "JPN")),
    ],
)
def test_a_measure_told_as_a_noun_is_a_sanction(events_of: Events, text: str, expected: tuple) -> None:
    assert expected in relations(events_of(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the order is the act it orders, read on the noun (not an expulsion of private people)
        ("Japan ordered the expulsion of three Kenyan diplomats.", ("SANCTION", "JPN", "KEN")),
        ("Norway ordered the closure of the Chilean embassy.", ("SANCTION", "NOR", "CHL")),
        # the from-phrase hung on one's own envoy names whom the envoy leaves
        ("Tokyo ordered the withdrawal of its ambassador from Nairobi.", ("SANCTION", "JPN", "KEN")),
    ],
)
def test_an_act_ordered_as_a_noun_is_that_act(events_of: Events, text: str, expected: tuple) -> None:
    assert relations(events_of(text)) == [expected]


def test_who_sends_people_away_may_hang_on_them(events_of: Events) -> None:
    # "from Japan" hangs on the envoys: Japan expels them, not the other way round
    assert relations(events_of("The expulsion of Kenyan envoys from Japan was announced.")) == [
        ("SANCTION", "JPN", "KEN")
    ]


def test_a_measure_raised_to_a_level_is_still_raised(events_of: Events) -> None:
    assert relations(events_of("Norway raised tariffs on Chilean salmon to 30 percent.")) == [
        ("SANCTION", "NOR", "CHL")
    ]
    # a figure that reaches a level strikes no one
    assert relations(events_of("Kenyan exports to Japan hit $5 billion.")) == []


def test_closing_what_belongs_to_no_party_is_no_sanction(events_of: Events) -> None:
    assert relations(events_of("Kenya announced the closure of the factory in Nairobi.")) == []



@pytest.mark.parametrize(
    "text,expected",
    [
        # a measure that hits or targets tells its reach, not a blow
        ("Japanese sanctions hit Kenyan banks.", [("SANCTION", "JPN", "KEN")]),
        ("The new Norwegian tariffs target Chilean salmon.", [("SANCTION", "NOR", "CHL")]),
        ("Kenya was hit by a series of trade measures from Japan.", [("SANCTION", "JPN", "KEN")]),
        ("Japanese shells hit Kenyan posts.", [("ASSAULT", "JPN", "KEN")]),
    ],
)
def test_a_measure_that_strikes_is_a_sanction(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected
