"""A party's wish for another's act is a demand on it, and a legislature passing a text
does what the text does (issue #13)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Events


def _relations(events: list[Any]) -> list[tuple[str, str, str, str | None]]:
    return [(e.type, e.source.country, e.target.country, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya wants Japan to provide debt relief.", ("REQUEST", "KEN", "JPN", "wants")),
        ("Norway would like Chile to release the fishermen.", ("REQUEST", "NOR", "CHL", "like")),
        ("Brazil expects China to lift the ban on Brazilian beef.", ("REQUEST", "BRA", "CHN", "expects")),
        ("President Rojas wants Norway to withdraw its trawlers.", ("REQUEST", "CHL", "NOR", "wants")),
    ],
)
def test_a_wish_for_another_partys_act_is_a_demand_on_it(
    events_of: Events, text: str, expected: tuple[str, str, str, str]
) -> None:
    # the act wished for is what is demanded, not an act done, planned or expected
    assert _relations(events_of(text)) == [expected]


def test_the_wish_is_told_now_whatever_its_modal(events_of: Events) -> None:
    [request] = events_of("Norway would like Chile to release the fishermen.")
    assert (request.source.country, request.target.country, request.status) == ("NOR", "CHL", "occurred")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya does not want Japan to provide debt relief.",
        "Japan expects China's economy to grow this year.",
        "Kenya wants to provide aid to Japan.",
    ],
)
def test_no_demand_without_another_partys_act_wished(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "REQUEST"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia's parliament passed a bill imposing sanctions on Japan.", ("SANCTION", "RUS", "JPN")),
        ("The Japanese parliament passed a motion criticising China.", ("ACCUSE", "JPN", "CHN")),
        ("The Kenyan parliament approved a law easing restrictions on Japanese investment.",
         ("CONCEDE", "KEN", "JPN")),
        ("The Brazilian senate adopted a bill imposing tariffs on Chile.", ("SANCTION", "BRA", "CHL")),
        ("The Kenyan parliament approved a bill to grant amnesty to Japanese fishermen.",
         ("CONCEDE", "KEN", "JPN")),
    ],
)
def test_a_text_passed_does_what_it_says(events_of: Events, text: str, expected: tuple[str, str, str]) -> None:
    relations = _relations(events_of(text))
    assert [r[:3] for r in relations] == [expected]
    assert relations[0][3] not in ("passed", "approved", "adopted")


def test_passing_a_text_is_no_concession(events_of: Events) -> None:
    assert events_of("Russia's parliament passed a bill on trade with Japan.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia's parliament passed a sanctions bill against Japan.",
        "Russia's parliament passed a new sanctions bill targeting Japan.",
    ],
)
def test_a_text_named_by_its_content_is_that_act(events_of: Events, text: str) -> None:
    # a bill aimed at a party does not attack it
    assert _relations(events_of(text)) == [("SANCTION", "RUS", "JPN", "passed")]
