"""A statement that another party must act is a demand (REQUEST) on that party."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Events


def _relations(events: list[Any]) -> list[tuple[str, str, str, str | None]]:
    return [(e.type, e.source.country, e.target.country, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Norway said on Monday that Chile must withdraw its trawlers.", "said"),
        ("Minister Hansen reiterated that Chile should pay for the damage.", "reiterated"),
        ("Oslo declared that Chile must release the fishermen.", "declared"),
        ("Norway said Chile had to withdraw its trawlers.", "said"),
        ("Minister Hansen said Chile needed to release the fishermen.", "said"),
        ("Norway said Chile ought to pay for the damage.", "said"),
    ],
)
def test_a_statement_of_what_another_party_must_do_is_a_demand(
    events_of: Events, text: str, trigger: str
) -> None:
    # the act demanded is part of the demand, not an event of its own
    assert _relations(events_of(text)) == [("REQUEST", "NOR", "CHL", trigger)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it must protect its fishing grounds.",
        "Norway said that Chile will withdraw its trawlers.",
        "Norway said Chile did not have to withdraw its trawlers.",
    ],
)
def test_no_demand_without_another_party_under_an_obligation(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "REQUEST"] == []


@pytest.mark.usefixtures("nlp")
def test_a_sentence_with_an_obligation_is_parsed_for_its_demand() -> None:
    # no trigger word but "must": the cheap pass must still send it to the parser
    import bilateral

    records = bilateral.extract("Peru said that Chile must return the boats.", published="2020-01-08")
    assert [(e.type, e.source.country, e.target.country) for e in records.relations] == [
        ("REQUEST", "PER", "CHL")
    ]
