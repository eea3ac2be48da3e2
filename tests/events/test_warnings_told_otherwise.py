"""Warnings told as wire copy tells them (issue #13): consequences to be borne, a vow of a
response, an act one "would not hesitate" to take, an answer promised to another's act."""

from __future__ import annotations

import pytest

from .conftest import Events, relations, relations_with_status


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Chile would bear full responsibility for the consequences.",
        "Kenya warned that Chile must bear all the consequences.",
        # no warning verb: the consequences alone get the sentence parsed
        "Kenya said Chile would bear the consequences of its actions.",
        "Kenya said Chile would pay dearly for the raid.",
        "Kenya vowed a tough response to Chile's decision.",
        "Kenya said it would not hesitate to use force against Chile.",
        "Kenya said it would respond firmly to any provocation by Chile.",
        "Kenya said it would react to any Chilean aggression.",
    ],
)
def test_a_warning_is_a_threat_made_when_said(events_of: Events, text: str) -> None:
    assert relations_with_status(events_of(text)) == [("THREATEN", "KEN", "CHL", "occurred")]


def test_responsibility_for_a_harm_done_is_blame_not_a_warning(events_of: Events) -> None:
    assert relations(events_of("Kenya said Chile should bear responsibility for the deaths.")) == [
        ("ACCUSE", "KEN", "CHL")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Chile will bear the costs of the new pipeline.",
        "Kenya said it would respond to Chile's proposal next week.",
    ],
)
def test_no_threat_without_consequences_or_a_wrong_answered(events_of: Events, text: str) -> None:
    assert "THREATEN" not in {t for t, _, _ in relations(events_of(text))}


def test_a_hostile_answer_hinted_at_or_notice_given_is_a_threat(events_of: Events) -> None:
    assert relations(events_of("Kenya hinted at retaliation against Chile.")) == [("THREATEN", "KEN", "CHL")]
    assert relations(events_of("Kenya put Chile on notice over the raids.")) == [("THREATEN", "KEN", "CHL")]
