"""Threats held out on a condition (issue #13): an act done to a party if it fails or
refuses to act, and a measure faced on a condition told through a part of it or in a clause
the parser joined to another."""

from __future__ import annotations

from .conftest import Events, relations


def test_an_act_held_out_if_the_other_fails_is_a_threat(events_of: Events) -> None:
    text = "Kenya said it would take Chile to the International Court of Justice if it failed to pay."
    assert relations(events_of(text)) == [("THREATEN", "KEN", "CHL")]


def test_the_condition_may_hang_on_the_verb_of_the_infinitive(events_of: Events) -> None:
    text = "Norway said Japan had agreed to refer Chile to the Security Council if it refused to cooperate."
    assert ("THREATEN", "JPN", "CHL") in relations(events_of(text))


def test_the_speaker_holds_it_out_when_the_doer_is_no_party(events_of: Events) -> None:
    text = "Norway said the major powers had agreed to deal with Chile at the summit if it failed to reply."
    assert relations(events_of(text)) == [("THREATEN", "NOR", "CHL")]


def test_a_condition_on_someone_else_is_no_threat(events_of: Events) -> None:
    for text in (
        "Japan will sign the trade deal with Chile if Norway declines the offer.",
        "Kenya said it would help Chile if the harvest failed.",
    ):
        assert "THREATEN" not in {t for t, _, _ in relations(events_of(text))}


def test_a_measure_faced_through_a_part_of_it_is_a_threat(events_of: Events) -> None:
    text = "Chile faces some of the harshest sanctions from Kenya if it does not withdraw its troops."
    assert ("THREATEN", "KEN", "CHL") in relations(events_of(text))


def test_the_subject_the_parser_joined_to_an_object_faces_the_measure(events_of: Events) -> None:
    # the parser reads "the deficit and Chile" as one object, and "faces" as having no subject
    text = "Kenya has vowed to cut the deficit and Chile faces one of its highest tariffs if no deal is reached."
    assert ("THREATEN", "KEN", "CHL") in relations(events_of(text))


def test_a_warning_joined_to_a_reported_act_is_the_reporters(events_of: Events) -> None:
    # the parser hangs "warned" on "meant", whose subject is an invitation: it cannot warn
    text = (
        "Kenya said Chile's invitation meant the talks were over, and warned of consequences,"
        " including an end to cooperation with Chile on the Security Council."
    )
    assert relations(events_of(text)) == [("THREATEN", "KEN", "CHL")]


def test_what_cooperation_is_on_is_no_receiver_of_the_threat(events_of: Events) -> None:
    text = "Kenya warned of consequences, including an end to cooperation with Chile on the Japanese proposal."
    assert relations(events_of(text)) == [("THREATEN", "KEN", "CHL")]


def test_a_hostile_measure_on_a_party_holds_out_to_it(events_of: Events) -> None:
    assert relations(events_of("Kenya warned of sanctions on Chile.")) == [("THREATEN", "KEN", "CHL")]
