"""Who did what to whom on news nobody tuned on (issue #13): classes of wrong source or
target found on unread world news, each tested on sentences of our own."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # co-doers of an act aimed at another are not each other's receivers
        ("Kenya and Norway accused Japanese troops of looting.", ("ACCUSE", "KEN", "JPN")),
        ("Kenya and Norway urged Japan to return the islands.", ("REQUEST", "KEN", "JPN")),
        ("The Kenyan and Norwegian ministries rejected Japan's proposal.", ("REJECT", "KEN", "JPN")),
    ],
)
def test_co_doers_of_an_aimed_act_share_its_receiver(
    events_of: Events, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = relations(events_of(sentence))
    assert found[:1] == [expected]
    assert ("ACCUSE", "KEN", "NOR") not in found


def test_co_doers_of_a_joint_act_stay_each_others_parties(events_of: Events) -> None:
    assert relations(events_of("Kenya and Norway signed an agreement."))[:1] == [("AGREE", "KEN", "NOR")]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # where a state body sits is no one it acts on
        ("A Kenyan court in Norway sentenced two fishermen to prison.", []),
        ("Kenyan Marshals in Norway have arrested a football player.", []),
        # a party the act's own phrases name still is
        ("A Kenyan court in Nairobi sentenced two Norwegian fishermen.", [("COERCE", "KEN", "NOR")]),
    ],
)
def test_the_seat_of_a_state_body_is_no_receiver(
    events_of: Events, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert relations(events_of(sentence)) == expected


TWO_PARTIES = "Kenya and Norway are old rivals. Kenya and Norway fish the same waters. "


@pytest.mark.parametrize(
    "sentence,absent",
    [
        # what the doer owns is no one it met: the visit is not with the article's other party
        ("Norway visited a Norwegian-owned golf course.", ("CONSULT", "NOR", "KEN")),
    ],
)
def test_the_article_pair_gives_no_counterpart(
    events_of: Events, sentence: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in relations(events_of(TWO_PARTIES + sentence))


def test_the_article_pair_still_answers_a_one_party_act(events_of: Events) -> None:
    assert ("REJECT", "NOR", "KEN") in relations(events_of(TWO_PARTIES + "Norway rejected the invitation."))


def test_the_article_pair_stands_as_a_state_not_the_person_named_first(events_of: Events) -> None:
    text = (
        "Minister Hansen criticised Kenya on Monday. Norway and Kenya are old rivals. "
        "Kenya rejected the invitation."
    )
    rejections = [e for e in events_of(text) if e.type == "REJECT"]
    assert [(e.source.id, e.target.id) for e in rejections] == [("KEN", "NOR")]


def test_a_party_in_the_charge_is_not_the_accuser(events_of: Events) -> None:
    # the accused pressed Chile; no one is said to accuse
    found = relations(events_of("Minister Hansen is accused of pressuring Chile into buying Kenyan fish."))
    assert not [r for r in found if r[0] == "ACCUSE"]


def test_a_party_in_the_act_asked_for_is_not_who_asked(events_of: Events) -> None:
    # a headline with no subject: Kenya is what Chile was urged to investigate
    assert not relations(events_of("Never urged Chile to investigate Kenya"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Norway were criticised for their fishing policy.",
        "Aid was sent to Kenya and Norway.",
        "Kenya and Norway have been accused of blocking the talks.",
    ],
)
def test_receivers_side_by_side_did_nothing_to_each_other(events_of: Events, sentence: str) -> None:
    assert not relations(events_of(sentence))


def test_a_with_clause_of_someone_elses_doing_names_no_receiver(events_of: Events) -> None:
    found = relations(events_of("Kenya criticised the decision, with Norway's minister warning of consequences."))
    assert ("ACCUSE", "KEN", "NOR") not in found
    assert relations(events_of("Kenya signed a deal with Norway.")) == [("AGREE", "KEN", "NOR")]
