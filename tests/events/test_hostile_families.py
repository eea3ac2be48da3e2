"""Hostile acts by lemma family and syntactic form (issue #13): measures imposed in the many
verbs news uses for it, threats, accusations and refusals, each on sentences written for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Coded = Callable[[str, str], Any]
Events = Callable[..., list[Any]]


def _summary(events: list[Any]) -> list[tuple[str, str, str]]:
    return [(e.type, e.source.country, e.target.country) for e in events]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The ministry reimposed sanctions on the exporters.", "reimposed"),
        ("The council adopted a fresh package of sanctions.", "adopted"),
        ("The government unveiled new tariffs on steel.", "unveiled"),
        ("The cabinet widened the embargo to cover fuel.", "widened"),
        ("Officials toughened the import restrictions.", "toughened"),
        ("The ministry hiked duties on almonds.", "hiked"),
        ("Customs restricted imports of wine.", "restricted"),
        ("The regulator banned the fruit products.", "banned"),
        ("The company halted gas deliveries.", "halted"),
        ("The ministry ordered the diplomats to leave within a week.", "ordered"),
    ],
)
def test_measures_in_the_verbs_news_uses_are_sanctions(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "SANCTION"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The company introduced a new smartphone.", "introduced"),  # no measure introduced
        ("The party adopted a new platform.", "adopted"),
        ("The court banned the opposition party.", "banned"),  # a party banned is coercion
    ],
)
def test_the_same_verbs_without_a_measure_are_no_sanction(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is None or found.type != "SANCTION"


def test_hit_with_measures_is_a_sanction_not_a_blow(events_of: Events) -> None:
    assert _summary(events_of("Japan hit Kenya with new tariffs.")) == [("SANCTION", "JPN", "KEN")]
    # the passive's by-phrase hangs on the measure, and still names who imposed it
    assert _summary(events_of("Kenya was hit with sanctions by Japan.")) == [
        ("SANCTION", "JPN", "KEN")
    ]
    assert _summary(events_of("Kenya was hit by Japanese trade restrictions.")) == [
        ("SANCTION", "JPN", "KEN")
    ]
