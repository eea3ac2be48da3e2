"""Accusations and consultations in forms news uses (issue #13, ACCUSE and CONSULT recall):
a speech act the parser joins to a reported clause, verdicts on a party or its act, a phone
call told with "called X", and calls held over video."""

from __future__ import annotations

from .conftest import Events, relations


def test_an_accusation_joined_to_a_reported_claim_is_the_reporters(events_of: Events) -> None:
    # the parser hangs "accused" on "were", whose subject is the claims
    text = "Kenya said the claims were baseless and accused Chile of spreading rumours."
    assert ("ACCUSE", "KEN", "CHL") in relations(events_of(text))


def test_a_demand_joined_to_a_reported_act_is_the_reporters(events_of: Events) -> None:
    text = "Minister Hansen said the talks were useful and urged Chile to lift the tariffs."
    assert ("REQUEST", "NOR", "CHL") in relations(events_of(text))


def test_a_claim_called_lies_is_rejected(events_of: Events) -> None:
    text = "Norway said the Chilean claims were lies."
    assert relations(events_of(text)) == [("REJECT", "NOR", "CHL")]


def test_a_party_called_a_name_of_blame_is_accused(events_of: Events) -> None:
    for text in ("Kenya called Chile a bully.", "Norway called President Rojas a liar."):
        assert [t for t, _, _ in relations(events_of(text))] == ["ACCUSE"], text


def test_an_act_called_terrorism_or_reckless_is_blamed(events_of: Events) -> None:
    for text in (
        "Kenya described the Chilean sanctions as economic terrorism.",
        "Norway said the Chilean move was reckless.",
    ):
        assert [(t, target) for t, _, target in relations(events_of(text))] == [("ACCUSE", "CHL")], text


def test_calling_a_leader_is_a_phone_call(events_of: Events) -> None:
    # the parser reads "called Rojas" as a naming ("a man called John") without the one named
    for text in ("Hansen called Rojas on Monday.", "Minister Hansen called President Rojas later that day."):
        assert relations(events_of(text)) == [("CONSULT", "NOR", "CHL")], text


def test_a_day_after_called_is_no_one_called(events_of: Events) -> None:
    text = "A Kenyan newspaper called Thursday on Norway to act."
    assert "CONSULT" not in {t for t, _, _ in relations(events_of(text))}


def test_a_video_call_is_a_call(events_of: Events) -> None:
    for text in (
        "Hansen told Rojas in a video call that ties were strong.",
        "Norway and Chile held a videoconference on Thursday.",
    ):
        assert [t for t, _, _ in relations(events_of(text))] == ["CONSULT"], text


def test_criticism_aimed_at_a_party_names_it_not_the_topic(events_of: Events) -> None:
    for text in (
        "Kenya lashed out at Chile over the Norwegian bill.",
        "Kenya Lashes Out At Chile Over Norwegian Bill",
        "Kenya hit out at Chile over its Brazilian policy.",
    ):
        assert relations(events_of(text))[:1] == [("ACCUSE", "KEN", "CHL")], text


def test_a_headline_pair_before_an_infinitive_both_act(events_of: Events) -> None:
    assert relations(events_of("Kenya, Chile to resume trade talks")) == [("CONSULT", "KEN", "CHL")]


def test_a_subject_listed_with_the_opening_phrase_is_the_subject(events_of: Events) -> None:
    # the parser reads "Oslo, Kenya and Chile" as one list in the opening phrase
    text = "Following talks in Oslo, Kenya and Chile agreed to exchange prisoners."
    assert ("AGREE", "KEN", "CHL") in relations(events_of(text))


def test_a_relative_clause_on_a_party_tells_an_act_done_to_it(events_of: Events) -> None:
    for text in (
        "Chile, which Kenya accuses of backing the rebels, denied the report.",
        "Chile, whom Kenya blamed for the crisis, rejected the charge.",
    ):
        assert ("ACCUSE", "KEN", "CHL") in relations(events_of(text)), text


def test_the_of_phrase_of_a_condemnation_is_whom_it_blames(events_of: Events) -> None:
    for text in ("Kenya issued a strong condemnation of Chile's actions.", "Kenya voiced criticism of Chile."):
        assert relations(events_of(text)) == [("ACCUSE", "KEN", "CHL")], text


def test_an_attack_in_words_is_criticism(events_of: Events) -> None:
    for text in (
        "In a scathing attack on Chile, the Kenyan president said it had lied.",
        "Kenya launched a blistering attack on Chile over the dam.",
    ):
        types = {t for t, _, _ in relations(events_of(text))}
        assert "ACCUSE" in types and "ASSAULT" not in types, text
    assert [t for t, _, _ in relations(events_of("Kenya launched an attack on Chilean positions."))] == ["ASSAULT"]


def test_a_feeling_expressed_about_an_act_is_about_its_doer(events_of: Events) -> None:
    text = "Norway has expressed strong reservations about a possible Kenyan strike on Chile."
    assert ("ACCUSE", "NOR", "KEN") in relations(events_of(text))


def test_regret_over_another_partys_act_blames_it(events_of: Events) -> None:
    assert relations(events_of("Norway expressed regret over Chile's decision.")) == [("ACCUSE", "NOR", "CHL")]
    assert "ACCUSE" not in {t for t, _, _ in relations(events_of("Norway expressed regret to Chile for its remarks."))}


def test_talks_an_opening_adjective_is_fresh_from_are_the_subjects(events_of: Events) -> None:
    text = "Fresh from talks with President Rojas, Minister Hansen flew home."
    assert ("CONSULT", "NOR", "CHL") in relations(events_of(text))


def test_several_accusers_of_one_party_accuse_it_each(events_of: Events) -> None:
    text = "Kenya and Norway accused Chile of stalling."
    assert sorted(relations(events_of(text))) == [("ACCUSE", "KEN", "CHL"), ("ACCUSE", "NOR", "CHL")]


def test_a_party_said_to_be_to_blame_is_blamed(events_of: Events) -> None:
    assert relations(events_of("Kenya said Chile was to blame.")) == [("ACCUSE", "KEN", "CHL")]


def test_an_as_phrase_the_parser_hangs_on_the_object_is_the_verbs(events_of: Events) -> None:
    for text in ("Kenya blasted Chile's raid as state terrorism.", "Kenya branded the Chilean move as interference."):
        assert relations(events_of(text))[:1] == [("ACCUSE", "KEN", "CHL")], text


def test_an_envoy_sent_to_a_party_visits_it(events_of: Events) -> None:
    for text, sender in (
        ("Norway dispatched a special envoy to Chile.", "NOR"),
        ("Kenya sent a delegation to Chile.", "KEN"),
    ):
        assert relations(events_of(text)) == [("CONSULT", sender, "CHL")], text
    assert [t for t, _, _ in relations(events_of("Kenya sent troops to Chile."))] == ["MOBILIZE"]


def test_an_audience_with_a_leader_is_a_meeting(events_of: Events) -> None:
    assert relations(events_of("President Rojas had an audience with Minister Hansen.")) == [
        ("CONSULT", "CHL", "NOR")
    ]


def test_parties_that_spar_or_feud_trade_criticism(events_of: Events) -> None:
    assert relations(events_of("Kenya sparred with Chile over fishing rights.")) == [("ACCUSE", "KEN", "CHL")]
    assert [t for t, _, _ in relations(events_of("Kenya and Chile have long feuded over the islands."))] == ["ACCUSE"]


def test_a_verdict_denied_blames_no_one(events_of: Events) -> None:
    for text in ("Norway said the Chilean move was not illegal.", "Norway said the Chilean move was not reckless."):
        assert relations(events_of(text)) == [], text


def test_a_complaint_is_against_the_accused_not_the_forum(events_of: Events) -> None:
    text = "Kenya filed a complaint with the WTO against Chile's fishing quotas."
    assert relations(events_of(text))[:1] == [("ACCUSE", "KEN", "CHL")]
    text = "Norway lodged a WTO challenge against Chilean subsidies."
    assert relations(events_of(text)) == [("ACCUSE", "NOR", "CHL")]
