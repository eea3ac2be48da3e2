"""Where a sentence names the other party of an act: phrases inside the act's object, and
the places of the act. Invented sentences, read with the stand-in resolver of conftest."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Events

pytestmark = pytest.mark.usefixtures("nlp")  # skips without the spaCy model



def _pairs(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    ]


def test_a_lifted_measure_is_lifted_from_whom_it_was_on(events_of: Events) -> None:
    events = events_of("The Norwegian navy lifted on Sunday a month-long blockade on Chilean trawlers.")
    assert _pairs(events) == [("RETREAT", "NOR", "CHL")]


def test_a_party_in_the_objects_phrases_is_the_receiver(events_of: Events) -> None:
    events = events_of("Japan has suspended part of a large fisheries aid programme for Kenya.")
    assert _pairs(events) == [("SANCTION", "JPN", "KEN")]


def test_a_topic_named_after_on_is_no_party(events_of: Events) -> None:
    events = events_of("Norway held talks with Chile on Brazil last week.")
    assert {c for e in events for c in (e.source.country, e.target.country)} == {"NOR", "CHL"}
    assert all(a.country != "BRA" for e in events for a in e.participants)


def test_a_party_deep_in_the_acts_own_phrases_is_its_counterpart(events_of: Events) -> None:
    events = events_of("Japan provided food aid to refugees fleeing the fighting in Kenya.")
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("AID", "JPN", "KEN")]


def test_the_place_of_a_site_is_where_the_act_was(events_of: Events) -> None:
    events = events_of("Chilean prisoners rioted on Monday at a jail in northern Norway.")
    assert _pairs(events) == [("PROTEST", "CHL", "NOR")]


def test_a_place_in_a_subject_without_a_doer_did_the_act(events_of: Events) -> None:
    events = events_of("A roadside bombing near Nairobi killed two Japanese engineers.")
    assert _pairs(events) == [("ASSAULT", "KEN", "JPN")]


@pytest.mark.parametrize(
    "text",
    [
        # a topic discussed is no party
        "Norway discussed the crisis in Chile on Monday.",
        # nor the party of another act a time phrase refers to
        "After the collision with a Chilean trawler, Norway recalled its fishing fleet.",
    ],
)
def test_parties_of_other_statements_are_not_counterparts(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.source and e.target] == []


def test_a_passive_subject_put_under_an_act_underwent_it(events_of: Events) -> None:
    # the place it happened in did it, as for any act whose one named party received it
    events = events_of("Two Kenyan sailors were placed under arrest in Norway on Monday.")
    assert _pairs(events) == [("COERCE", "NOR", "KEN")]


def test_a_party_named_with_a_receiver_of_a_subjectless_act_did_it(events_of: Events) -> None:
    events = events_of("Two Japanese engineers were kidnapped by gunmen loyal to a Kenyan warlord.")
    assert [(e.source.country, e.target.country) for e in events if e.source and e.target] == [
        ("KEN", "JPN")
    ]


def test_a_subject_the_resolver_cannot_name_is_still_the_doer(events_of: Events) -> None:
    # "the government" did it; Chile, named in the circumstances, did not
    events = events_of(
        "In light of past worries about the Chilean alliance, the government has recognised"
        " the limits of its ties with Norway."
    )
    assert all(e.source is None or e.source.country != "CHL" for e in events)
