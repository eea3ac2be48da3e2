"""Who did what to whom on news nobody tuned on (issue #13): classes of wrong source or
target found on unread world news, each tested on sentences of our own."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # co-doers of an act aimed at another are not each other's receivers
        ("Kenya and Norway accused Japanese troops of looting.", ("ACCUSE", "KEN", "JPN")),
        ("Kenya and Norway urged Japan to return the islands.", ("REQUEST", "KEN", "JPN")),
        ("The Kenyan and Norwegian ministries rejected Japan's proposal.", ("REJECT", "KEN", "JPN")),
    ],
)
def test_co_doers_of_an_aimed_act_share_its_receiver(
    events_of: Events, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = relations(events_of(sentence))
    assert found[:1] == [expected]
    assert ("ACCUSE", "KEN", "NOR") not in found


def test_co_doers_of_a_joint_act_stay_each_others_parties(events_of: Events) -> None:
    assert relations(events_of("Kenya and Norway signed an agreement."))[:1] == [("AGREE", "KEN", "NOR")]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # where a state body sits is no one it acts on
        ("A Kenyan court in Norway sentenced two fishermen to prison.", []),
        ("Kenyan Marshals in Norway have arrested a football player.", []),
        # a party the act's own phrases name still is
        ("A Kenyan court in Nairobi sentenced two Norwegian fishermen.", [("COERCE", "KEN", "NOR")]),
    ],
)
def test_the_seat_of_a_state_body_is_no_receiver(
    events_of: Events, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert relations(events_of(sentence)) == expected
