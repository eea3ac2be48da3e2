"""Meetings, talks and visits told as the setting of another act (issue #13): the meeting
is an event of its own, between the parties of the act done in it."""

from __future__ import annotations

from typing import Any

import bilateral

from .conftest import Events


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def _has(found: list[Any], kind: str, countries: set[str], status: str = "occurred") -> bool:
    return any(
        e.type == kind and _countries(e) == countries and e.status == status for e in found
    )


def test_visit_a_demand_was_made_during_is_a_visit(events_of: Events) -> None:
    found = events_of("Minister Hansen urged Chile during a visit to Chile to lift the quotas.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_talks_a_demand_was_made_after_are_talks(events_of: Events) -> None:
    found = events_of("Minister Hansen pressed President Rojas after their talks to open the port.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_meeting_asked_for_stays_the_content_of_the_request(events_of: Events) -> None:
    found = events_of("Norway urged Chile to hold talks on the quotas.")
    assert not _has(found, "CONSULT", {"NOR", "CHL"})


def test_topic_of_a_meeting_is_no_party(events_of: Events) -> None:
    found = events_of(
        "Minister Hansen raised the quotas in a meeting with President Rojas on Japan's fishing plans."
    )
    assert _has(found, "CONSULT", {"NOR", "CHL"})
    assert not any(e.type == "CONSULT" and "JPN" in _countries(e) for e in found)


def test_setting_hung_on_the_object_is_the_verbs() -> None:
    # the parser hangs "at a UN meeting" on "ties": the restoring was done at the meeting
    found = bilateral.extract("Norway and Chile restored ties at a UN meeting in Geneva.").events
    assert _has(found, "CONSULT", {"UN", "NOR", "CHL"})


def test_topic_discussed_in_talks_does_not_plan_them() -> None:
    # "in talks" hangs on "the war", which "discussed" governs: the talks were held
    found = bilateral.extract(
        "Norway's foreign minister discussed the war in talks on Ukraine with his Chilean "
        "counterpart."
    ).events
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_talks_with_his_counterpart_are_the_speakers(events_of: Events) -> None:
    found = events_of("Minister Hansen said the talks with his Chilean counterpart were useful.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_in_a_country_on_a_visit_visits_it(events_of: Events) -> None:
    found = events_of("Minister Hansen is in Chile on a two-day visit.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_leaving_for_a_country_on_a_visit_visits_it(events_of: Events) -> None:
    found = events_of("President Rojas left for Norway on Monday on a state visit.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_meeting_that_tells_when_a_demand_was_made_is_a_meeting(events_of: Events) -> None:
    found = events_of("Minister Hansen urged Chile to lift the quotas when he met President Rojas.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_ministers_their_own_meet_for_their_countries(events_of: Events) -> None:
    found = events_of("Norway and Chile agreed on the quotas after their ministers met in Oslo.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_summit_an_agreed_act_is_set_at_is_the_agreeing_parties(events_of: Events) -> None:
    found = events_of("Norway and Chile agreed to set up a fund at a summit in Tokyo.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})
