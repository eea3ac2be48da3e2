"""Diplomatic and cooperative acts in the everyday forms news tells them (issue #13): calls
and dinners with a counterpart, topics discussed, a party in a capital for talks, talks
after which a speaker spoke, support stood by, joint undertakings, aid disbursed."""

from __future__ import annotations

from typing import Any

import pytest

import bilateral

from .conftest import Events, relations, relations_with_status


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def _has(found: list[Any], kind: str, countries: set[str]) -> bool:
    return any(e.type == kind and _countries(e) == countries for e in found)


def test_call_between_leaders_is_a_phone_call(events_of: Events) -> None:
    found = events_of("A call between the Kenyan and Japanese leaders lasted an hour.")
    assert any(e.type == "CONSULT" and e.cameo == "041" for e in found)
    assert _has(found, "CONSULT", {"KEN", "JPN"})


def test_call_received_from_a_leader(events_of: Events) -> None:
    found = events_of("Minister Hansen received a call from President Rojas on Monday.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_dinner_with_a_counterpart_is_a_meeting(events_of: Events) -> None:
    found = events_of("Minister Hansen had dinner with President Rojas in Oslo.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_topic_that_names_the_relationship_is_still_discussed(events_of: Events) -> None:
    found = events_of("Kenya and Japan discussed trade and cooperation in Nairobi.")
    assert _has(found, "CONSULT", {"KEN", "JPN"})


def test_partner_hung_on_the_topic_of_a_discussion(events_of: Events) -> None:
    found = events_of("Norway discussed fishing quotas with Chile.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_in_a_capital_for_talks_visits_it(events_of: Events) -> None:
    found = events_of("The Kenyan trade minister is in Tokyo for talks.")
    assert _has(found, "CONSULT", {"KEN", "JPN"})


def test_verbless_headline_in_a_capital_for_talks(events_of: Events) -> None:
    found = events_of("Norwegian minister in Nairobi for talks")
    assert _has(found, "CONSULT", {"NOR", "KEN"})


def test_talks_a_speaker_spoke_after_are_the_speakers(events_of: Events) -> None:
    found = events_of(
        "Speaking after talks with President Rojas, Minister Hansen said the deal was close."
    )
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_what_the_speaker_adds_to_is_no_act_of_theirs(events_of: Events) -> None:
    found = events_of("Adding to the talks with Chile, Norway said it would open a consulate.")
    assert not _has(found, "CONSULT", {"NOR", "CHL"})


def test_standing_with_a_party_is_support(events_of: Events) -> None:
    found = events_of("Pakistan stands with China, the minister told parliament.")
    assert _has(found, "SUPPORT", {"PAK", "CHN"})


def test_standing_by_a_decision_is_no_support(events_of: Events) -> None:
    found = events_of("China stands by its decision on imports from Japan.")
    assert not any(e.type == "SUPPORT" for e in found)


def test_joint_venture_launched_is_cooperation(events_of: Events) -> None:
    found = events_of("Brazil and Chile launched a joint venture to mine lithium.")
    assert _has(found, "COOPERATE", {"BRA", "CHL"})


def test_forces_joined_with_a_party(events_of: Events) -> None:
    found = events_of("Kenya joined forces with Japan to clear the mines.")
    assert _has(found, "COOPERATE", {"KEN", "JPN"})


def test_aid_disbursed_or_dispatched(events_of: Events) -> None:
    assert _has(events_of("Japan disbursed a grant of $5 million to Kenya."), "AID", {"JPN", "KEN"})
    assert _has(events_of("Norway dispatched medical supplies to Chile."), "AID", {"NOR", "CHL"})


def test_weapons_sought_are_an_appeal_for_military_aid(events_of: Events) -> None:
    found = events_of("Kenya sought more weapons from Japan.")
    assert any(e.type == "REQUEST" and e.cameo == "0232" for e in found)


def test_treaty_renewed_is_an_agreement(events_of: Events) -> None:
    found = events_of("Norway and Chile renewed their fisheries treaty.")
    assert _has(found, "AGREE", {"NOR", "CHL"})


def test_address_to_a_council_meets_it(events_of: Events) -> None:
    found = events_of("Minister Hansen's address to the Chilean parliament was applauded.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_relations_normalised(events_of: Events) -> None:
    found = events_of("Kenya and Chile normalised relations in March.")
    assert _has(found, "SUPPORT", {"KEN", "CHL"})


def test_headline_infinitive_is_a_visit_to_come(events_of: Events) -> None:
    found = events_of("Kenyan minister to visit Japan next week")
    visits = [e for e in found if e.type == "CONSULT" and _countries(e) == {"KEN", "JPN"}]
    assert visits and all(e.status == "planned" for e in visits)


def test_infinitive_on_an_event_noun_says_what_it_is_for(events_of: Events) -> None:
    found = events_of("Kenyan-Japanese summit to boost trade between the two countries")
    assert all(e.status != "planned" for e in found if e.type == "CONSULT")


def test_negated_description_of_a_call_is_no_negated_call(events_of: Events) -> None:
    found = events_of("The call between Kenya and Japan was not easy, officials said.")
    calls = [e for e in found if e.type == "CONSULT" and _countries(e) == {"KEN", "JPN"}]
    assert calls and all(e.status == "occurred" for e in calls)


def test_agreement_signed_by_named_parties(events_of: Events) -> None:
    found = events_of("The accord signed by Kenya and Japan opens their ports to each other.")
    assert _has(found, "AGREE", {"KEN", "JPN"})


def test_discussed_in_a_call_with_a_partner(events_of: Events) -> None:
    found = events_of("In a phone call with President Rojas, Minister Hansen discussed salmon exports.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_told_a_leader_in_a_call(events_of: Events) -> None:
    found = events_of("Minister Hansen told President Rojas in a phone call that Norway would help.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_told_a_party_to_act_is_a_demand(events_of: Events) -> None:
    found = events_of("Norway told Chile to lift the ban on salmon.")
    assert _has(found, "REQUEST", {"NOR", "CHL"})


def test_told_a_party_a_statement_is_no_demand(events_of: Events) -> None:
    found = events_of("Norway told Chile that the ban was regrettable.")
    assert not any(e.type == "REQUEST" for e in found)


def test_came_to_an_agreement(events_of: Events) -> None:
    found = events_of("Kenya and Japan came to an agreement on fishing rights.")
    assert _has(found, "AGREE", {"KEN", "JPN"})


def test_joining_a_pact_is_an_agreement_not_a_concession(events_of: Events) -> None:
    found = events_of("Chile acceded to the fisheries convention with Norway.")
    assert _has(found, "AGREE", {"CHL", "NOR"})
    assert not any(e.type == "CONCEDE" for e in found)


def test_played_host_to_a_visitor(events_of: Events) -> None:
    found = events_of("Norway played host to President Rojas last week.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})


def test_arrival_in_a_capital_is_a_visit(events_of: Events) -> None:
    found = events_of("Minister Hansen's arrival in Nairobi was delayed by a storm.")
    assert _has(found, "CONSULT", {"NOR", "KEN"})


def test_settlement_sought_by_talks_is_no_agreement(events_of: Events) -> None:
    found = events_of("Norway and Chile held talks in Oslo to resolve their fishing dispute.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})
    assert not any(e.type in ("AGREE", "CONCEDE") for e in found)


def test_signing_a_meeting_is_held_for_is_still_an_agreement(events_of: Events) -> None:
    found = events_of("Norway and Chile met in Oslo to sign a fisheries accord.")
    assert _has(found, "CONSULT", {"NOR", "CHL"})
    assert _has(found, "AGREE", {"NOR", "CHL"})


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile agreed to share information on missing fishermen.",
        "Norway agreed to provide aid to Chile.",
        "Norway committed to share intelligence with Chile.",
    ],
)
def test_cooperation_agreed_to_is_the_agreement(events_of: Events, text: str) -> None:
    found = events_of(text)
    assert _has(found, "AGREE", {"NOR", "CHL"})
    assert not any(e.type in ("COOPERATE", "AID") for e in found)


def test_talks_agreed_to_are_still_planned_talks(events_of: Events) -> None:
    found = events_of("Norway and Chile agreed to hold talks next month.")
    assert any(e.type == "CONSULT" and e.status == "planned" for e in found)


def test_meeting_parties_named_by_a_clause_of_taking_part(events_of: Events) -> None:
    # who took part, told in a clause on the meeting noun: attended, involving, brought together
    for text in (
        "A summit attended by the leaders of Japan and China ended on Friday.",
        "Talks involving Japan and China resumed on Monday.",
        "The summit, which Japan and China attended, ended on Friday.",
        "The accord was announced at a meeting that brought together officials of Japan and China.",
    ):
        assert {("CONSULT", "JPN", "CHN"), ("CONSULT", "CHN", "JPN")} & set(
            relations(events_of(text))
        ), text


def test_meeting_host_and_the_one_party_a_clause_names(events_of: Events) -> None:
    # the parser cuts the list after its first name: that one met in the host's country
    found = events_of(
        "The plan was announced at a meeting in Kenya that brought together envoys from Japan,"
        " the Arab League, the European Union and a dozen African countries."
    )
    assert {("CONSULT", "KEN", "JPN"), ("CONSULT", "JPN", "KEN")} & set(relations(found))


def test_party_expected_somewhere_for_talks_goes_there(events_of: Events) -> None:
    # as "is due in Ankara for talks": the one awaited takes part, the place's state hosts
    found = relations_with_status(
        events_of("Kenya's foreign minister is expected in Tokyo next week for talks.")
    )
    assert {("CONSULT", "KEN", "JPN", "expected"), ("CONSULT", "JPN", "KEN", "expected")} & set(found)
    found = relations_with_status(
        events_of("Kenya's president is awaited in Oslo for talks with Minister Hansen.")
    )
    assert {("CONSULT", "KEN", "NOR", "expected"), ("CONSULT", "NOR", "KEN", "expected")} & set(found)


def test_what_a_charter_guarantees_is_no_act() -> None:
    # the text's content, not an act of the body it is named after
    found = bilateral.extract("Kenya's president said the UN Charter guarantees Kenya's sovereignty.")
    assert not [e for e in found.events if e.type == "AGREE"]


def test_address_to_a_council_named_before_by_its_head_word() -> None:
    found = bilateral.extract(
        "The Security Council discussed Kosovo on Tuesday. In his address to the Council,"
        " the Serbian president rejected independence."
    )
    assert any(
        e.type == "CONSULT" and {e.source.country, e.target.country} == {"SRB", "UN"}
        for e in found.events
        if e.source and e.target
    )


def test_round_of_talks_held_is_one_event(events_of: Events) -> None:
    # the verb's object is the round, which holds the talks: one act, not the verb's and the noun's
    found = events_of("Kenya and Norway will hold their next round of talks in Oslo.")
    assert len(found) == 1


def test_visit_an_act_is_part_of_stays_its_own_event(events_of: Events) -> None:
    # a container in a setting phrase is no object of the act
    found = events_of("As part of his visit to Japan, Kenya's president signed a trade deal.")
    assert "CONSULT" in {e.type for e in found}


def test_goal_or_deadline_met_is_no_meeting(events_of: Events) -> None:
    assert events_of("India met its target for Russian oil imports.") == []
    assert events_of("Kenya met the deadline set by Japan.") == []
    assert relations(events_of("Kenya met the Japanese envoy in Nairobi.")) == [("CONSULT", "KEN", "JPN")]


def test_what_a_call_is_about_is_no_party_of_it(events_of: Events) -> None:
    found = events_of("Kenya's tea board held a conference call with analysts about its Japan sales.")
    assert not [e for e in found if e.type == "CONSULT"]
