"""Nominal event patterns and merging of repeated mentions."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .conftest import Events, relations


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def test_nominal_possessive_visit(events_of: Events) -> None:
    [event] = events_of("Hansen's two-day visit to Chile ended in 2019.")
    assert event.type == "CONSULT" and event.mode == "visit"
    assert _countries(event) == {"NOR", "CHL"} and event.date == "2019"


def test_nominal_meeting_between(events_of: Events) -> None:
    [event] = events_of(
        "Tuesday's meeting between Minister Hansen and President Rojas was cordial.",
        date(2020, 2, 20),
    )
    assert event.type == "CONSULT" and _countries(event) == {"NOR", "CHL"}
    assert event.date == "2020-02-18"


def test_nominal_agreement_signed_participle(events_of: Events) -> None:
    found = events_of("The defence agreement signed between Norway and Chile in 2014 expired.")
    assert any(
        e.type == "AGREE" and _countries(e) == {"NOR", "CHL"} and e.date == "2014" for e in found
    )


def test_nominal_drills_take_the_governing_subject(events_of: Events) -> None:
    [event] = events_of("Kenya and Japan conducted frequent naval drills in 2016.")
    assert event.type == "COOPERATE" and _countries(event) == {"KEN", "JPN"}


def test_nominal_expected_visit_keeps_its_status(events_of: Events) -> None:
    [event] = events_of("Chile is awaiting the long overdue visit of Minister Hansen.")
    assert event.status == "expected"


def test_merge_repeated_mentions_are_one_event(events_of: Events) -> None:
    text = (
        "Minister Hansen met President Rojas in Oslo on Monday. During the meeting, they "
        "discussed fisheries. Hansen and Rojas also met the press."
    )
    events = events_of(text, date(2022, 9, 7))
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert len(consult[0].evidence) >= 2
    assert consult[0].date == "2022-09-05"
    assert consult[0].location is not None and consult[0].location.name == "Oslo"


def test_nominal_joint_act_takes_the_article_partner(events_of: Events) -> None:
    text = (
        "Norway and Chile have close ties. Chile buys Norwegian salmon. "
        "Joint naval exercises were held in Chile in 2015."
    )
    found = [e for e in events_of(text) if e.type == "COOPERATE" and e.date == "2015"]
    assert found and _countries(found[0]) == {"NOR", "CHL"}


def test_nominal_postponed_visit_is_negated(events_of: Events) -> None:
    [event] = events_of("Minister Hansen's visit to Chile was postponed.")
    assert (event.type, event.status) == ("CONSULT", "negated")


def test_talks_that_set_the_time_of_another_act_are_an_event(events_of: Events) -> None:
    events = events_of("The loans were agreed during bilateral talks between Kenya and Japan.")
    assert "CONSULT" in [e.type for e in events]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Japan's condemnation of the Kenyan raid was swift.", "ACCUSE"),
        ("Chile's accusations against Norway surprised Japan.", "ACCUSE"),
        ("Norway's rejection of the Chilean offer surprised Santiago.", "REJECT"),
        ("Japan's warning to Kenya came on Friday.", "THREATEN"),
    ],
)
def test_nominal_appraisals_refusals_and_warnings(events_of: Events, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text)}


def test_a_party_facing_measures_receives_them(events_of: Events) -> None:
    [event] = events_of("Kenya faces Japanese tariffs on its tea from 2021.")
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "JPN", "KEN")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Attacks launched by Russia against Japan killed 12.", ("ASSAULT", "RUS", "JPN")),
        ("The raids conducted by India on Pakistan were condemned.", ("ASSAULT", "IND", "PAK")),
    ],
)
def test_the_participle_saying_the_act_was_done_holds_its_parties(
    events_of: Events, text: str, expected: tuple
) -> None:
    assert expected in relations(events_of(text))


def test_people_sent_away_are_named_by_the_of_phrase(events_of: Events) -> None:
    # "of" names the deported, "from" the state that sends them away
    found = relations(events_of("The deportation of Kenyan workers from Japan angered Nairobi."))
    assert ("COERCE", "JPN", "KEN") in found and ("COERCE", "KEN", "JPN") not in found
