"""The PLOVER types the gold sentences found weakest (issue #13): aid, coercion, retreat and
assault told in the forms wire copy uses, each on sentences written for them."""

from __future__ import annotations

import pytest

from .conftest import Coded, Events, relations


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The ministry gave the province 20 million euros in aid.", "gave"),
        ("The bank extended $50 million in credit to the farmers.", "extended"),
        ("The donors provided $5 million in emergency assistance.", "provided"),
    ],
)
def test_an_amount_given_in_aid_is_aid(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "AID"


def test_an_amount_given_in_aid_names_its_receiver(events_of: Events) -> None:
    assert relations(events_of("Japan gave Kenya 20 million dollars in aid.")) == [
        ("AID", "JPN", "KEN")
    ]


def test_a_count_is_not_read_as_what_its_in_phrase_names(coded: Coded) -> None:
    # "in Nairobi" says where the people were held, and is no content of the count
    found = coded("Police detained 20 people in Nairobi.", "detained")
    assert found is not None and found.type == "COERCE"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The agency flew blankets to the flood victims.", "flew"),
        ("Air force planes airdropped food to the villagers.", "airdropped"),
    ],
)
def test_relief_flown_or_dropped_is_aid_not_a_visit(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "AID"


def test_a_flight_to_a_capital_is_still_a_visit(coded: Coded) -> None:
    found = coded("The minister flew to Nairobi for talks.", "flew")
    assert found is not None and found.type == "CONSULT"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Police rounded up 300 traders at the market.", "rounded"),
        ("The authorities took three activists into custody.", "took"),
        ("The authorities put seven sailors on trial.", "put"),
        ("Coast guards impounded the tanker.", "impounded"),
    ],
)
def test_custody_in_the_verbs_wire_copy_uses_is_coercion(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "COERCE"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Bulldozers demolished the houses on Sunday.", "demolished"),
        ("Gunmen set fire to the shop.", "set"),
        ("The militia torched the warehouses.", "torched"),
    ],
)
def test_destroyed_property_is_coercion(coded: Coded, text: str, trigger: str) -> None:
    # PLOVER's gold sentences code destruction of property as COERCE (mode destroy)
    found = coded(text, trigger)
    assert found is not None and found.type == "COERCE" and found.mode == "destroy"


def test_set_alone_is_no_event(coded: Coded) -> None:
    assert coded("The ministers set a date for the vote.", "set") is None


def test_an_ambush_is_an_attack(events_of: Events) -> None:
    assert relations(events_of("Kenyan troops ambushed a Norwegian convoy.")) == [
        ("ASSAULT", "KEN", "NOR")
    ]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The army handed back three villages.", "handed"),
        ("The occupying force returned the islands.", "returned"),
        ("The troops evacuated the town.", "evacuated"),
    ],
)
def test_ground_handed_back_or_left_is_a_retreat(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "RETREAT"
