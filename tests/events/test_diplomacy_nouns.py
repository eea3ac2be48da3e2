"""Diplomacy told in nouns (issue #13): talks whose parties hang on the verb, meetings a
leader is fresh from, requests, appeals and invitations, agreements named with their parties."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import bilateral

from .conftest import Events, relations


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def _has(found: list[Any], kind: str, countries: set[str]) -> bool:
    return any(e.type == kind and _countries(e) == countries for e in found)


def test_talks_resumed_between_parties_on_the_verb(events_of: Events) -> None:
    found = events_of("Talks resumed in Oslo on Monday between Kenya and Chile.")
    assert _has(found, "CONSULT", {"KEN", "CHL"})


def test_negotiations_opened_with_a_party(events_of: Events) -> None:
    found = events_of("Norway's negotiations opened on Friday with Chile.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_fresh_from_a_meeting_takes_the_subject(events_of: Events) -> None:
    found = events_of("Minister Hansen is fresh from a meeting with President Rojas.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_request_passed_on_to_a_party(events_of: Events) -> None:
    found = events_of("Kenya's request for the extradition of the suspect was sent to Japan.")
    assert _has(found, "REQUEST", {"KEN", "JPN"})


def test_appeal_to_a_party(events_of: Events) -> None:
    found = events_of("Norway's appeal to Chile for calm went unanswered.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})


def test_invitation_is_an_intent_to_meet(events_of: Events) -> None:
    found = events_of("Minister Hansen's invitation to President Rojas came as a surprise.")
    assert _has(found, "AGREE", {"NOR", "CHL"})


def test_consensus_reached(events_of: Events) -> None:
    found = events_of("Kenya and Japan reached a consensus on fishing rights.")
    assert _has(found, "AGREE", {"KEN", "JPN"})


def test_economic_demand_is_no_request(events_of: Events) -> None:
    found = events_of("India's demand for Russian oil rose sharply last year.")
    assert not any(e.type == "REQUEST" for e in found)


def test_owned_offer_was_made_whatever_comes_of_it(events_of: Events) -> None:
    found = events_of("Japan would study Minister Hansen's offer of closer ties with Japan.")
    offers = [e for e in found if e.trigger == "offer"]
    assert offers and all(e.status == "occurred" for e in offers)


def test_offer_to_come_is_planned(events_of: Events) -> None:
    found = events_of("Japan will make an offer to Kenya next week.")
    assert all(e.status == "planned" for e in found if e.trigger == "offer")


def test_person_received_is_a_guest(events_of: Events) -> None:
    found = events_of("President Rojas received Minister Hansen in the palace.")
    assert any(e.type == "CONSULT" and e.cameo == "043" for e in found)


def test_proposal_welcomed_stays_support(events_of: Events) -> None:
    found = events_of("Chile welcomed Minister Hansen's proposal.")
    assert any(e.type == "SUPPORT" for e in found)
    assert not any(e.cameo == "043" for e in found)


def test_flight_to_a_capital_is_a_visit(events_of: Events) -> None:
    found = events_of("Minister Hansen flew to Tokyo for talks on fishing.")
    assert any(e.type == "CONSULT" and e.mode == "visit" and "JPN" in _countries(e) for e in found)


def test_headline_comma_pair_is_both_subjects(events_of: Events) -> None:
    found = events_of("Kenya, Japan hold talks on fishing")
    assert _has(found, "CONSULT", {"KEN", "JPN"})


def test_opening_adverb_is_no_partner(events_of: Events) -> None:
    found = events_of("Meanwhile, Kenya held talks with Japan.")
    assert _has(found, "CONSULT", {"KEN", "JPN"})


def test_verbless_headline_names_the_visitor(events_of: Events) -> None:
    found = events_of("Hansen in Tokyo for talks with President Rojas")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_due_for_talks_is_to_come(events_of: Events) -> None:
    found = events_of("Minister Hansen is due in Tokyo for talks with President Rojas.")
    talks = [e for e in found if e.trigger == "talks"]
    assert talks and all(e.status == "expected" for e in talks)


def test_shuttle_between_capitals_visits_both(events_of: Events) -> None:
    found = events_of("Minister Hansen shuttled between Tokyo and Nairobi.")
    assert any(e.mode == "visit" and {"JPN", "KEN"} <= _countries(e) for e in found)


def test_support_in_set_phrases(events_of: Events) -> None:
    assert _has(events_of("Kenya threw its weight behind Japan's bid."), "SUPPORT", {"KEN", "JPN"})
    assert _has(
        events_of("Norway reaffirmed its commitment to Chile's sovereignty."),
        "SUPPORT",
        {"NOR", "CHL"},
    )


def test_what_is_discussed_is_no_party(events_of: Events) -> None:
    assert not events_of("Minister Hansen met reporters to discuss Japan.")
    found = events_of("Minister Hansen discussed Japan with President Rojas.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_organisation_summit_site_is_no_party() -> None:
    text = "The leaders will meet to discuss immigration and the EU summit in Seville, Spain in June."
    found = bilateral.extract(text).events
    assert not any({"EU", "ESP"} <= _countries(e) for e in found)


def test_call_a_demand_was_made_in_is_a_meeting_too(events_of: Events) -> None:
    found = events_of("In a phone call with President Rojas, Minister Hansen urged a ceasefire.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_taking_part_in_talks_is_one_event(events_of: Events) -> None:
    found = events_of("Kenya took part in talks with Japan.")
    assert [e.type for e in found] == ["CONSULT"]


def test_leaders_at_a_signing_agree(events_of: Events) -> None:
    found = events_of("Minister Hansen and President Rojas oversaw the signing of ten agreements.")
    assert _has(found, "AGREE", {"NOR", "CHL"})


def test_call_for_a_party_to_act_is_a_request_on_it(events_of: Events) -> None:
    found = events_of("Kenya renewed its call for Japan to release the fishermen.")
    assert _has(found, "REQUEST", {"KEN", "JPN"})
    assert not any(e.type == "RETREAT" for e in found)  # the release is only asked for


def test_statement_issued_says_what_its_issuer_says(events_of: Events) -> None:
    found = events_of(
        "Kenya issued a statement on Monday urging Japan to release the fishermen.",
        date(2021, 3, 10),
    )
    requests = [e for e in found if e.type == "REQUEST"]
    assert requests and _countries(requests[0]) == {"KEN", "JPN"}
    assert requests[0].date is not None


def test_infinitive_read_as_adverbial_still_makes_call_on_a_request(events_of: Events) -> None:
    found = events_of("Norway released a statement calling on Chile to free the crew.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})
    assert not any(e.mode == "visit" for e in found)


def test_troops_offered_to_a_force_are_an_intent() -> None:
    found = bilateral.extract("Norway is ready to contribute 300 troops to the UN force.").events
    assert any(e.type == "AGREE" and "NOR" in _countries(e) for e in found)


def test_refuge_sought_abroad_is_a_request(events_of: Events) -> None:
    found = events_of("Thousands of Chilean families sought refuge in Norway last year.")
    assert _has(found, "REQUEST", {"CHL", "NOR"})


def test_protest_received_is_the_senders_accusation(events_of: Events) -> None:
    found = events_of("Chile received a formal protest from Norway on Monday.")
    protests = [e for e in found if e.type == "ACCUSE"]
    assert protests and (protests[0].source.country, protests[0].target.country) == ("NOR", "CHL")


def test_street_protest_stays_a_protest(events_of: Events) -> None:
    found = events_of("Students staged a protest against Chile in Oslo.")
    assert not any(e.type == "ACCUSE" for e in found)


def test_emergency_session_is_a_meeting_of_its_parties(events_of: Events) -> None:
    found = events_of("Kenya and Japan held an emergency session in Nairobi on Monday.")
    assert _has(found, "CONSULT", {"KEN", "JPN"})
    assert not events_of("The Kenyan parliament opened its session on Monday.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Discussions between Chile and Brazil resumed on Monday.", [("CONSULT", "CHL", "BRA")]),
        ("After a briefing with Japan's prime minister, Kenya's envoy left.", [("CONSULT", "KEN", "JPN")]),
        ("Norway and Chile held a videoconference on fishing.", [("CONSULT", "NOR", "CHL")]),
        # a discussion with no party named beside it is no meeting between states
        ("The discussion in Chile's parliament lasted an hour.", []),
    ],
)
def test_talks_named_by_other_nouns(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The agreement between Norway and Chile covers fishing rights.", [("AGREE", "NOR", "CHL")]),
        ("Kenya's pact with Japan lets ships refuel in Mombasa.", [("AGREE", "KEN", "JPN")]),
        # an agreement that names no parties is no event between them
        ("The deal was criticised by analysts in Oslo.", []),
    ],
)
def test_an_agreement_named_with_its_parties_is_theirs(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected
