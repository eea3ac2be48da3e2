"""Blame told through a cause (issue #13): a statement that a harm came from a party's act
accuses that party."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said the clashes broke out because of Chile's attempt to seize the island.",
        "Kenya said the violence erupted due to provocations by Chilean troops.",
        "Kenya said the crisis was caused by Chile's decision.",
        (
            "The violent face-off happened as a result of an attempt by Chilean troops to change"
            " the status quo, Kenya said on Tuesday."
        ),
    ],
)
def test_a_harm_said_to_come_from_a_partys_act_accuses_it(events_of: Events, text: str) -> None:
    assert ("ACCUSE", "KEN", "CHL") in relations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said trade grew as a result of Chile's investment.",
        "Kenya said the talks were held because of Chile's request.",
    ],
)
def test_what_comes_of_an_act_that_harms_no_one_is_no_blame(events_of: Events, text: str) -> None:
    assert "ACCUSE" not in {t for t, _, _ in relations(events_of(text))}
