"""Acts a sentence tells as the content of something else, not as acts done (issue #13:
precision): an infinitive a copula gives as a step or aim, what a text aims at, a backing
told of a group in a relative clause of what one party says of another, a wrong committed,
the topic of a meeting; and a host named after two titles."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events.status import classify_status

from .conftest import Events

QUARREL = "Kenya and Norway have quarrelled for years over fishing rights. "


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("The next step is to call a meeting with Norway.", "call", "planned"),
        ("Kenya's plan is to sign the deal with Norway in May.", "sign", "planned"),
        # with a subject of its own the infinitive opens with "for"
        ("The next step is for Kenya and Norway to call a meeting.", "call", "planned"),
        ("The plan is for Japan to send troops to Kenya in June.", "send", "planned"),
        ("The hope is for Chile to sign the accord with Norway.", "sign", "hoped"),
        ("The aim of the visit is to sign a trade deal with Norway.", "sign", "hoped"),
        ("Kenya said the purpose of the trip was to agree on quotas.", "agree", "hoped"),
        # what the subject did, told as an infinitive: done
        ("Norway's answer was to expel the Kenyan envoy.", "expel", "occurred"),
        # "be to" with a doer: what is arranged, reported as to come
        ("Kenya's foreign minister is to visit Norway next week.", "visit", "planned"),
        ("The Norwegian envoy was to meet Kenyan officials on Friday.", "meet", "planned"),
        # what a text aims at is its content; a party's aim stays its plan
        ("Kenya backed a resolution that aims to tighten sanctions on Norway.", "tighten", "hoped"),
        ("Chile drafted a bill which seeks to ban Norwegian fish.", "ban", "hoped"),
        ("Kenya, which aims to sign a deal with Norway, sent envoys.", "sign", "planned"),
        # an act a copula weighs as an option, now or with a modal, is not done
        ("Kenya said removing the tariffs on Norway is out of the question.", "removing",
         "hypothetical"),
        ("Sending troops to Kenya would be a mistake, Norway said.", "Sending", "hypothetical"),
        ("Kenya said signing the deal with Norway was a mistake.", "signing", "occurred"),
    ],
)
def test_an_act_told_as_a_step_or_aim_is_not_done(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    doc = parse(text)
    assert classify_status(next(t for t in doc if t.text == trigger)) == status


def test_backing_a_group_told_in_a_relative_clause_is_an_accusation(events_of: Events) -> None:
    found = events_of(
        QUARREL + "Kenya said the fires were the work of groups it has labelled terrorist, "
        "one of which it said was backed by Norway."
    )
    said = [(e.type, e.source.country, e.target.country) for e in found if "fires" in e.sentence]
    assert said == [("ACCUSE", "KEN", "NOR")]


def test_a_group_backed_in_the_passive_accuses_the_backer(events_of: Events) -> None:
    found = events_of("Norway said the rebels were armed by Kenya.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("ACCUSE", "NOR", "KEN")]


def test_funding_a_group_is_not_funding_the_other_state(events_of: Events) -> None:
    found = events_of(QUARREL + "Kenya blamed the raids on a group it says is funded by Norway.")
    told = {e.type for e in found if "raids" in e.sentence}
    assert "ACCUSE" in told and not told & {"SUPPORT", "AID", "COOPERATE", "ASSAULT"}


def test_backing_no_armed_group_accuses_nobody(events_of: Events) -> None:
    found = events_of(QUARREL + "Kenya said the new school was funded by Norway.")
    assert [e for e in found if e.type == "ACCUSE" and "school" in e.sentence] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian troops committed crimes against Kenyan civilians.",
        "Kenya said the atrocities committed by Norwegian forces would not be forgotten.",
    ],
)
def test_a_wrong_committed_is_no_pledge(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "AGREE"] == []


def test_committing_to_an_act_is_a_pledge(events_of: Events) -> None:
    found = events_of("Norway committed to lifting tariffs on Kenyan tea.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("AGREE", "NOR", "KEN")]


def test_what_a_meeting_is_for_is_its_topic(events_of: Events) -> None:
    found = events_of("Minister Hansen and President Rojas will meet in Zurich to discuss fishing quotas.")
    assert [(e.type, e.status) for e in found] == [("AGREE", "planned")]


def test_a_talk_with_a_party_the_trip_does_not_name_stays(events_of: Events) -> None:
    found = events_of("The Kenyan minister will fly to Tokyo to negotiate with Norway.")
    assert {frozenset((e.source.country, e.target.country)) for e in found} >= {
        frozenset(("KEN", "NOR"))
    }


def test_the_host_named_after_two_titles_is_the_doer(events_of: Events) -> None:
    found = events_of("Its neighbour, this year's host, Norway, welcomed Kenya's proposals.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("SUPPORT", "NOR", "KEN")]


def test_a_verdict_on_an_act_weighed_as_an_option_blames_no_one(events_of: Events) -> None:
    found = events_of("Japan said attacking Kenya would be a mistake.")
    assert [e for e in found if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text,told",
    [
        # what a named party stands for or does by habit
        ("Kenya, which backs Norway's claim, protested.", set()),
        ("Brazil said Kenya, which supports Norway's bid for a seat, had voted.", set()),
        # an act of the news, or one a time puts on the timetable
        ("Kenya, which imposed tariffs on Norway last week, sent envoys.", {("SANCTION", "KEN", "NOR")}),
        ("Kenya's president, who visits Norway later Monday, spoke.", {("CONSULT", "KEN", "NOR")}),
    ],
)
def test_a_present_relative_clause_on_a_name_tells_a_trait(
    events_of: Events, text: str, told: set[tuple[str, str, str]]
) -> None:
    found = events_of(text)
    clause = {(e.type, e.source.country, e.target.country) for e in found
              if e.source and e.target and "KEN" in {e.source.country, e.target.country}
              and "NOR" in {e.source.country, e.target.country}}
    assert clause == told
