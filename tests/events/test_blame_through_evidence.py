"""Accusations told through evidence and idioms of blame (issue #13): what evidence a speaker
cites or presents shows is said by the speaker; "to blame for", "involved in", "had a hand
in" a harm."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said evidence showed that Chile had armed the rebels.",
        "Kenya said documents proved Chile had spied on its officials.",
        "Kenya said Chile was to blame for the violence.",
        "Kenya said Chilean agents were involved in the plot.",
        "Kenya said Chile had a hand in the coup attempt.",
        "Kenya pointed to evidence that Chile had funded the rebels.",
        "Kenya presented proof that Chile had spied on its officials.",
    ],
)
def test_blame_told_through_evidence_or_idiom_accuses(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == [("ACCUSE", "KEN", "CHL")]


def test_what_cited_reports_show_accuses(events_of: Events) -> None:
    text = "Kenya cited intelligence reports showing that Chile had armed the rebels."
    assert ("ACCUSE", "KEN", "CHL") in relations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said the data showed that trade with Chile had grown.",
        "Kenya said Chile was involved in the peace talks.",
        "Kenya provided information that helped Chile arrest the suspects.",
    ],
)
def test_no_blame_without_a_wrong_or_a_harm(events_of: Events, text: str) -> None:
    assert "ACCUSE" not in {t for t, _, _ in relations(events_of(text))}
