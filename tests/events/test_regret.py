"""Regret (issue #13): for one's own act an apology (CONCEDE 055), for another's act a
disapproval (ACCUSE 110)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Events

# Names both parties twice, so an act whose sentence names only its doer is with the other.
BACKGROUND = "Chile protested to Norway over the incursion. Chile and Norway disagree. "


def _regret(found: list[Any]) -> Any:
    return next(e for e in found if e.trigger == "regretted")


@pytest.mark.parametrize(
    "text",
    [
        BACKGROUND + "Norway regretted that soldiers had to enter the valley.",
        BACKGROUND + "Norway said it regretted that its patrol boats had to cross into the fjord.",
        "Norway regretted its remarks about Chile.",
    ],
)
def test_regret_for_own_act_is_an_apology(events_of: Events, text: str) -> None:
    event = _regret(events_of(text))
    assert (event.type, event.cameo) == ("CONCEDE", "055")
    assert event.source.country == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        "Norway regretted that Chile had imposed new tariffs.",
        "Norway regretted Chile's decision.",
        BACKGROUND + "Norway regretted the decision.",
    ],
)
def test_regret_for_another_act_is_a_disapproval(events_of: Events, text: str) -> None:
    assert _regret(events_of(text)).type == "ACCUSE"
