"""Classes of coding error found on held-out wire sentences (PETRARCH-2 validation, the half
read for error classes), each tested here on sentences written for it."""

from __future__ import annotations

from .conftest import Coded, Events, relations_with_status


def test_prepared_as_the_verb_is_getting_ready_not_an_offer(events_of: Events) -> None:
    # the visit being got ready for is the event; "is prepared to" stays an offer
    assert relations_with_status(events_of("The Kenyan president prepared to visit Norway.")) == [
        ("CONSULT", "KEN", "NOR", "planned")
    ]
    assert relations_with_status(events_of("Kenya was prepared to send aid to Norway.")) == [
        ("AGREE", "KEN", "NOR", "occurred")
    ]


def test_a_verb_the_curated_list_stops_is_not_read_by_the_fallback(coded: Coded) -> None:
    # "take part" is an event only through what is taken part in
    assert coded("Chilean officers took part in the looting of the port.", "took") is None
    found = coded("Chilean officers took part in talks with Norway.", "took")
    assert found is not None and found.type == "CONSULT"


def test_an_unnamed_doers_act_on_two_parties_is_not_between_them(events_of: Events) -> None:
    assert events_of("The gunmen seized villages in Kenya and Brazil.") == []
    assert events_of("Rebels attacked Norwegian and Chilean ships overnight.") == []


def test_a_hostile_act_named_between_two_parties_still_is(events_of: Events) -> None:
    events = events_of("The border between Norway and Chile has been closed since 1994.")
    assert [(e.type, {e.source.country, e.target.country}) for e in events] == [
        ("COERCE", {"NOR", "CHL"})
    ]


def test_a_state_body_named_by_where_it_sits_acts_for_that_country(events_of: Events) -> None:
    events = events_of("Police in Nairobi arrested two Brazilian sailors on Monday.")
    assert relations_with_status(events) == [("COERCE", "KEN", "BRA", "occurred")]
    # troops abroad are not the host country's
    assert events_of("Troops in Kenya attacked Brazilian sailors.") == []


def test_withholding_a_permission_asked_for_is_a_refusal(events_of: Events) -> None:
    events = events_of("Minister Hansen said Norway would not give permission to Chile to fish there.")
    assert relations_with_status(events) == [("REJECT", "NOR", "CHL", "occurred")]


def test_force_used_by_protesters_is_a_violent_protest(events_of: Events) -> None:
    events = events_of("Kenyan rioters attacked the Brazilian consulate.")
    events += events_of("The Norwegian trade office was stormed by Chilean protesters.")
    assert [(e.type, e.cameo, e.source.country, e.target.country) for e in events] == [
        ("PROTEST", "145", "KEN", "BRA"),
        ("PROTEST", "145", "CHL", "NOR"),
    ]


def test_heading_without_an_object_is_going_not_managing(coded: Coded) -> None:
    assert coded("The Kenyan envoy headed back from Brazil on Friday.", "headed") is None
    found = coded("The Kenyan envoy headed to Brazil on Friday.", "headed")
    assert found is not None and found.mode == "visit"
