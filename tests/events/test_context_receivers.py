"""Receivers an act's own clause does not name, read from the text around it.

Invented texts read with the stand-in resolver of conftest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("nlp")  # skips without the spaCy model

Events = Callable[..., list[Any]]

# An article about Kenya and Norway, so the article's pair is no help for other parties.
FISHING = (
    "Kenya and Norway have argued over fishing rights for years. "
    "Kenyan and Norwegian officials met in Nairobi in May. "
    "Kenya wants Norway to pay for access to its waters. "
)


def _pairs(events: list[Any], event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.type == event_type
    ]


def test_an_answer_is_aimed_at_the_other_party_of_the_act_just_told(events_of: Events) -> None:
    text = FISHING + (
        "Separately, China recalled its ambassador from Japan on Monday. "
        "Meanwhile Japan has rejected any change to the wording of the treaty."
    )
    assert _pairs(events_of(text), "REJECT") == [("JPN", "CHN")]


def test_an_answer_by_a_party_the_act_before_left_out_stays_one_party(
    events_of: Events,
) -> None:
    text = "China recalled its ambassador from Japan on Monday. Brazil rejected the plan."
    assert _pairs(events_of(text), "REJECT") == []


def test_a_sentence_naming_one_other_party_names_the_receiver(events_of: Events) -> None:
    """The receiver in the passive subject's for-phrase, outside the doer's reach."""
    text = "A camp for Kenyan refugees was attacked by Norwegian troops, the agency reported."
    assert _pairs(events_of(text), "ASSAULT") == [("NOR", "KEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said that Norway had rejected the plan.",  # the speaker
        "Norway, which buys most of its tea from Kenya, rejected the plan.",  # about the doer
        "Norway rejected the plan after talks with Kenyan envoys.",  # a time phrase
        "Norway rejected the envoy, a friend of Kenya, on Monday.",  # who the object is
    ],
)
def test_a_party_the_sentence_names_elsewhere_is_no_receiver(events_of: Events, text: str) -> None:
    assert _pairs(events_of(text), "REJECT") == []
