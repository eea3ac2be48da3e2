"""Wire forms of verbal acts (issue #13): a clause the parser hangs elsewhere, set phrases of
criticism, rejection and support, stated readiness, and demands told in a noun."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" read as the marker of the clause is still the verb's "call for"
        ("Norway called for Chile to withdraw its warships.", ("REQUEST", "NOR", "CHL")),
        ("Norway hit back at Chile over the accusations.", ("ACCUSE", "NOR", "CHL")),
        ("Chile brushed aside Norway's protest.", ("REJECT", "CHL", "NOR")),
        ("Norway threw its support behind Chile's candidate.", ("SUPPORT", "NOR", "CHL")),
        ("Norway expressed readiness to resume talks with Chile.", ("AGREE", "NOR", "CHL")),
        ("Norway expressed its willingness to help Chile.", ("AGREE", "NOR", "CHL")),
        ("Norway renewed its demand that Chile pay compensation.", ("REQUEST", "NOR", "CHL")),
        ("Norway repeated its demand for Chile to withdraw.", ("REQUEST", "NOR", "CHL")),
        # the that-clause the parser hangs on "statement" is still what was said
        (
            "The Norwegian foreign ministry said in a statement that Chile had violated its airspace.",
            ("ACCUSE", "NOR", "CHL"),
        ),
        ("Norway said Chile is responsible for this tragedy.", ("ACCUSE", "NOR", "CHL")),
    ],
)
def test_wire_form_gives_its_act(events_of: Events, text: str, expected: tuple[str, str, str]) -> None:
    assert relations(events_of(text)) == [expected]


def test_force_in_answer_stays_force(events_of: Events) -> None:
    assert relations(events_of("Norway hit back at Chile with air strikes.")) == [("ASSAULT", "NOR", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway called Chile's move a provocation.",  # a name for the act, no phone call
        "Demand for Chilean salmon rose in Norway.",  # the market's demand
        "Norway expressed no readiness to help Chile.",
    ],
)
def test_no_consultation_or_request(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type in ("CONSULT", "REQUEST", "AGREE")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning that judges the other's act is a criticism, not a threat (PLOVER THREATEN
        # needs repercussions the speaker holds out)
        ("Norway warned that Chile's actions were destabilising the region.", "ACCUSE"),
        ("Norway warned that Chile was meddling in its elections.", "ACCUSE"),
        ("Norway warned that Chile would pay a heavy price.", "THREATEN"),
        ("Norway warned Chile that any incursion would be met with force.", "THREATEN"),
        ("Norway warned Chile of serious consequences.", "THREATEN"),
    ],
)
def test_warning_threatens_or_criticises(events_of: Events, text: str, expected: str) -> None:
    assert relations(events_of(text)) == [(expected, "NOR", "CHL")]


def test_harm_tried_is_blamed(events_of: Events) -> None:
    said = events_of("In a strongly worded statement, Norway said Chile was trying to destabilise the region.")
    assert relations(said) == [("ACCUSE", "NOR", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile dismissed Norway's concerns.",
        "Chile dismissed Norwegian protests over the seizure.",
        "Chile denied Norway's complaint.",
    ],
)
def test_complaint_turned_away_is_rejected(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == [("REJECT", "CHL", "NOR")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway accused Chile of spying, a charge Chile denied.",
        "Norway accused Chile of spying, an allegation that Chile has denied.",
        "Norway accused Chile of spying, which Chile denied.",
    ],
)
def test_accusation_denied_in_a_relative_clause(events_of: Events, text: str) -> None:
    assert sorted(relations(events_of(text))) == [("ACCUSE", "NOR", "CHL"), ("REJECT", "CHL", "NOR")]


def test_relative_denial_of_no_accusation_rejects_nobody(events_of: Events) -> None:
    said = events_of("Norway signed a deal with Chile, which Chile denied.")
    assert [e for e in said if e.type == "REJECT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway accepted Chile's invitation to visit Santiago.",
        "Norway extended an invitation to Chile's president.",
    ],
)
def test_invitation_is_intent_to_meet(events_of: Events, text: str) -> None:
    """PLOVER codes invitations AGREE (the intent to meet), not the meeting."""
    assert relations(events_of(text)) == [("AGREE", "NOR", "CHL")]


def test_visit_an_invitation_asks_for_is_to_come(events_of: Events) -> None:
    visits = [e for e in events_of("Minister Hansen accepted an invitation to visit Chile in May.") if e.type == "CONSULT"]
    assert [e.status for e in visits] in ([], ["planned"])


@pytest.mark.parametrize(
    "text",
    [
        "Norway summoned Chile's charge d'affaires to lodge a strong protest over the arrests.",
        "Norway hauled in the Chilean ambassador over the remarks.",
        "Norway called in the Chilean ambassador to protest.",
    ],
)
def test_envoy_summoned_hears_the_summoners_complaint(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == [("ACCUSE", "NOR", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Norway's allegations were false.",
        "Chile called the Norwegian claims baseless.",
        "Chile said the charges by Norway were groundless.",
    ],
)
def test_claim_called_false_is_rejected(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == [("REJECT", "CHL", "NOR")]


def test_claim_called_true_rejects_nothing(events_of: Events) -> None:
    assert [e for e in events_of("Chile said Norway's report was accurate.") if e.type == "REJECT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Norway and Chile have stalled.",
        "Negotiations between Norway and Chile on a fisheries deal stalled.",
    ],
)
def test_stalled_talks_were_held(events_of: Events, text: str) -> None:
    """Stalling with no object is what became of the talks, no refusal by anyone."""
    assert relations(events_of(text)) == [("CONSULT", "NOR", "CHL")]


def test_visit_in_an_on_phrase_is_the_persons(events_of: Events) -> None:
    said = events_of("President Rojas, on an official visit to Norway, met the king.")
    assert ("CONSULT", "CHL", "NOR") in relations(said)


@pytest.mark.parametrize(
    "text",
    [
        "Chile defended the rules as necessary to protect national security.",
        "Chile defended its fishing policy.",
    ],
)
def test_a_stance_defended_is_no_protection(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "AID"] == []


def test_power_abused_is_a_wrong_told(events_of: Events) -> None:
    said = events_of("Norway said Chile was abusing its power.")
    assert relations(said) == [("ACCUSE", "NOR", "CHL")]


def test_a_party_defended_is_still_protected(events_of: Events) -> None:
    assert relations(events_of("Norway sent warships to protect Chile.")) == [("AID", "NOR", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Chilean fishermen protested against Norway.",
        "Protests against Norway erupted in Chile.",
    ],
)
def test_crowds_protest(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == [("PROTEST", "CHL", "NOR")]


def test_a_state_protesting_complains(events_of: Events) -> None:
    assert relations(events_of("Chile protested against Norway's quotas.")) == [("ACCUSE", "CHL", "NOR")]


def test_headline_pair_as_subject_and_apposition(events_of: Events) -> None:
    assert [e.type for e in events_of("Norway, Chile discuss fishing row") if e.between_parties] == ["CONSULT"]



def test_assurances_sought_are_requested(events_of: Events) -> None:
    assert relations(events_of("Norway sought assurances from Chile.")) == [("REQUEST", "NOR", "CHL")]


def test_claims_called_absurd_are_rejected(events_of: Events) -> None:
    assert relations(events_of("Chile said Norway's accusations were absurd.")) == [("REJECT", "CHL", "NOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway and Chile clinched a fishing deal on Monday.", [("AGREE", "NOR", "CHL")]),
        ("Kenya and Japan forged a pact on port access.", [("AGREE", "KEN", "JPN")]),
        ("Kenya sought Japan's cooperation in the inquiry.", [("REQUEST", "KEN", "JPN")]),
        # sanctions agreed are decided; quotas agreed are terms two parties settle
        ("Norway agreed new sanctions against Chile.", [("SANCTION", "NOR", "CHL")]),
        ("Norway and Chile agreed on new fishing quotas.", [("AGREE", "NOR", "CHL")]),
    ],
)
def test_deals_requests_and_measures_in_other_verbs(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


def test_assent_said_not_to_come_is_refused(events_of: Events) -> None:
    assert relations(events_of("Kenya would not sign the deal with Japan.")) == [("REJECT", "KEN", "JPN")]
    assert relations(events_of("Norway will not agree to a truce with Chile.")) == [("REJECT", "NOR", "CHL")]
    # not signing in the past only tells it did not happen
    [event] = events_of("Kenya did not sign the deal with Japan.")
    assert (event.type, event.status) == ("AGREE", "negated")
