"""Hostile acts by lemma family and syntactic form (issue #13): measures imposed in the many
verbs news uses for it, threats, accusations and refusals, each on sentences written for them."""

from __future__ import annotations

import pytest

from .conftest import Coded, Events, relations


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The ministry reimposed sanctions on the exporters.", "reimposed"),
        ("The council adopted a fresh package of sanctions.", "adopted"),
        ("The government unveiled new tariffs on steel.", "unveiled"),
        ("The cabinet widened the embargo to cover fuel.", "widened"),
        ("Officials toughened the import restrictions.", "toughened"),
        ("The ministry hiked duties on almonds.", "hiked"),
        ("Customs restricted imports of wine.", "restricted"),
        ("The regulator banned the fruit products.", "banned"),
        ("The company halted gas deliveries.", "halted"),
        ("The ministry ordered the diplomats to leave within a week.", "ordered"),
    ],
)
def test_measures_in_the_verbs_news_uses_are_sanctions(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "SANCTION"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The company introduced a new smartphone.", "introduced"),  # no measure introduced
        ("The party adopted a new platform.", "adopted"),
        ("The court banned the opposition party.", "banned"),  # a party banned is coercion
    ],
)
def test_the_same_verbs_without_a_measure_are_no_sanction(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is None or found.type != "SANCTION"


def test_hit_with_measures_is_a_sanction_not_a_blow(events_of: Events) -> None:
    assert relations(events_of("Japan hit Kenya with new tariffs.")) == [("SANCTION", "JPN", "KEN")]
    # the passive's by-phrase hangs on the measure, and still names who imposed it
    assert relations(events_of("Kenya was hit with sanctions by Japan.")) == [
        ("SANCTION", "JPN", "KEN")
    ]
    assert relations(events_of("Kenya was hit by Japanese trade restrictions.")) == [
        ("SANCTION", "JPN", "KEN")
    ]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The minister lambasted the neighbours over the remarks.", "lambasted"),
        ("The senator rapped the government for its silence.", "rapped"),
        ("The president lashed out at the ministry.", "lashed"),
        ("The envoy blasted the plan as reckless.", "blasted"),
        ("The minister held the neighbours responsible for the crisis.", "held"),
        ("The ministry took the government to task over the wall.", "took"),
        ("The ministry summoned the deputy high commissioner.", "summoned"),
    ],
)
def test_criticism_in_the_verbs_news_uses_is_an_accusation(
    coded: Coded, text: str, trigger: str
) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "ACCUSE"


def test_a_bomb_that_blasted_a_bridge_is_no_criticism(coded: Coded) -> None:
    found = coded("A bomb blasted the bridge near the border.", "blasted")
    assert found is None or found.type != "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Japan was responsible for the deaths.",
        "Kenya said Japan bore full responsibility for the escalation.",
        "Kenya said the Japanese move was interference in its affairs.",
        "Kenya said the Japanese decision was unacceptable.",
        "Kenya termed Japan's remarks irresponsible.",
        "Kenya described the Japanese tariffs as illegal.",
        "Kenya said the Japanese policy amounted to discrimination.",
    ],
)
def test_a_statement_that_blames_anothers_act_accuses_its_party(events_of: Events, text: str) -> None:
    assert ("ACCUSE", "KEN", "JPN") in relations(events_of(text))


def test_a_verdict_on_nobodys_act_or_a_neutral_word_accuses_no_one(events_of: Events) -> None:
    assert events_of("Kenya said Japan is responsible for its own defence.") == []
    assert events_of("Kenya said the Japanese proposal was interesting.") == []


def test_an_allegation_accuses_whom_its_that_clause_names_and_is_not_the_act(
    events_of: Events,
) -> None:
    events = events_of("Kenya's allegations that Japan backs the rebels strained ties.")
    assert relations(events) == [("ACCUSE", "KEN", "JPN")]


def test_talks_boycotted_are_refused_goods_boycotted_sanctioned(events_of: Events) -> None:
    assert relations(events_of("Kenya boycotted the talks with Japan.")) == [("REJECT", "KEN", "JPN")]
    assert relations(events_of("Kenya boycotted Japanese goods.")) == [("SANCTION", "KEN", "JPN")]


def test_a_threat_told_as_a_noun_is_the_threat_not_the_act_it_holds_out(events_of: Events) -> None:
    # the measure threatened is the threat's content, not a sanction of its own
    assert relations(events_of("The threat of Japanese sanctions against Kenya loomed.")) == [
        ("THREATEN", "JPN", "KEN")
    ]
    assert relations(events_of("Japan's threat to cut off exports to Kenya alarmed traders.")) == [
        ("THREATEN", "JPN", "KEN")
    ]
    assert relations(events_of("Japan's threats against Kenya grew louder.")) == [
        ("THREATEN", "JPN", "KEN")
    ]


def test_a_threat_to_peace_is_no_threat_made(events_of: Events) -> None:
    assert events_of("Japan called the crisis a threat to peace in Kenya.") == []


def test_vowing_to_take_measures_against_a_party_threatens_it(events_of: Events) -> None:
    assert relations(events_of("Japan vowed to take countermeasures against Kenya.")) == [
        ("THREATEN", "JPN", "KEN")
    ]
    # with no receiver named, the condition names it
    events = events_of("Japan said it would take countermeasures if Kenya went ahead with the sale.")
    assert relations(events) == [("THREATEN", "JPN", "KEN")]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The junta ignored the calls for a ceasefire.", "ignored"),
        ("The minister ignored the ultimatum.", "ignored"),
    ],
)
def test_calls_and_demands_ignored_are_refusals(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "REJECT"


def test_an_act_joined_to_a_refusal_is_an_act_of_its_own(events_of: Events) -> None:
    events = events_of("Kenya dismissed the claims and accused Japan of spreading lies.")
    assert ("ACCUSE", "KEN", "JPN") in relations(events)


def test_a_state_not_recognised_is_rejected(events_of: Events) -> None:
    assert relations(events_of("Kenya said it would never recognise Norway's claim.")) == [
        ("REJECT", "KEN", "NOR")
    ]


def test_a_statement_that_anothers_act_harms_peace_accuses_it(events_of: Events) -> None:
    assert relations(events_of("Kenya said the Japanese arms sale undermined peace.")) == [
        ("ACCUSE", "KEN", "JPN")
    ]
    assert events_of("Kenya said the drought undermined trade with Japan.") == []


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Japan's protest to Kenya over the incursion went unanswered.", ("ACCUSE", "JPN", "KEN")),
        ("Japan's veto of the Kenyan resolution angered diplomats.", ("REJECT", "JPN", "KEN")),
        ("Japan's denunciation of Kenya was fierce.", ("ACCUSE", "JPN", "KEN")),
        ("The Japanese blacklisting of Kenyan firms hurt exporters.", ("SANCTION", "JPN", "KEN")),
    ],
)
def test_more_hostile_acts_told_as_nouns(events_of: Events, text: str, kind: tuple[str, str, str]) -> None:
    assert kind in relations(events_of(text))


def test_the_by_phrase_on_a_hostile_nouns_patient_names_its_doer(events_of: Events) -> None:
    events = events_of("The expulsion of 23 Japanese diplomats by Kenya was an escalation.")
    assert relations(events) == [("SANCTION", "KEN", "JPN")]


def test_a_refusal_or_threat_noun_is_aimed_at_whom_its_act_would_reach(events_of: Events) -> None:
    events = events_of("Japan's refusal to meet the Kenyan minister surprised observers.")
    assert relations(events) == [("REJECT", "JPN", "KEN")]
    events = events_of("Japan's refusal to extradite the suspects to Kenya drew criticism.")
    assert ("REJECT", "JPN", "KEN") in relations(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya claimed that Japanese troops had shelled Kenyan border posts.",
        "Kenya alleges Japan is arming rebels against Kenya.",
    ],
)
def test_a_claim_accuses_and_what_it_claims_is_not_an_act_of_record(
    events_of: Events, text: str
) -> None:
    # a claiming verb asserts without vouching, as an allegation noun does
    assert relations(events_of(text)) == [("ACCUSE", "KEN", "JPN")]


def test_a_complaint_takes_a_fact_its_act_stays(events_of: Events) -> None:
    events = events_of("Kenya complained that Japan had expelled two Kenyan diplomats.")
    assert relations(events) == [("ACCUSE", "KEN", "JPN"), ("SANCTION", "JPN", "KEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Norway have quarrelled over fishing rights for years.",
        "Chile and Norway squared off over the maritime border at the meeting.",
    ],
)
def test_a_quarrel_is_words_not_force(events_of: Events, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in events_of(text)}


def test_rules_at_odds_with_a_deal_tell_no_act(events_of: Events) -> None:
    # no act of Chile's; the deal named with its parties is theirs
    assert relations(events_of("The new Chilean rules conflict with Kenya's trade deal with Norway.")) == [
        ("AGREE", "KEN", "NOR")
    ]


def test_a_deal_hammered_out_is_an_agreement_as_one_signed(events_of: Events) -> None:
    for text in ("Kenya and Norway hammered out a deal on fishing quotas on Monday.",
                 "Kenya and Norway signed a deal on fishing quotas on Monday."):
        assert [e.type for e in events_of(text)] == ["AGREE"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the list's owner put the party on it
        ("Kenya was placed on a Japanese trade blacklist.", [("SANCTION", "JPN", "KEN")]),
        ("Chile was added to Norway's sanctions list.", [("SANCTION", "NOR", "CHL")]),
        # the by-phrase under a container of the measures, or naming several doers
        ("Kenya was hit with a new round of sanctions by Japan.", [("SANCTION", "JPN", "KEN")]),
        ("Kenya was hit with sanctions by Japan and Norway.",
         [("SANCTION", "JPN", "KEN"), ("SANCTION", "NOR", "KEN")]),
    ],
)
def test_passive_sanctions_name_their_doer(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what the act is over names no second receiver beside the object
        ("Japan warned Kenya over arms sales to Norway.", [("THREATEN", "JPN", "KEN")]),
        ("Japan sanctioned Kenyan firms over trade with Norway.", [("SANCTION", "JPN", "KEN")]),
        # without an object the phrase still names whom it is aimed at
        ("Japan imposed sanctions over Kenya's arms sales.", [("SANCTION", "JPN", "KEN")]),
    ],
)
def test_the_matter_of_a_hostile_act_is_no_receiver(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # another state's goods banned or halted are embargoed
        ("Norway banned Chilean salmon.", [("SANCTION", "NOR", "CHL")]),
        ("Japan barred Kenyan tea from its ports.", [("SANCTION", "JPN", "KEN")]),
        # aid cancelled or cut, also counted as an amount
        ("Japan cancelled military aid to Kenya.", [("SANCTION", "JPN", "KEN")]),
        ("Norway cut $20 million in aid to Chile.", [("SANCTION", "NOR", "CHL")]),
    ],
)
def test_goods_banned_and_aid_cancelled_are_sanctions(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japan delayed military aid to Kenya.", [("SANCTION", "JPN", "KEN")]),
        ("Norway blocked aid to Chile.", [("SANCTION", "NOR", "CHL")]),
        ("Tokyo put a hold on economic aid to Kenya.", [("SANCTION", "JPN", "KEN")]),
        ("Norway announced cuts in aid to Chile.", [("SANCTION", "NOR", "CHL")]),
        # the noun a relative clause hangs on is what its verb acts on
        ("The tariffs which Japan imposed on Kenya hurt tea growers.", [("SANCTION", "JPN", "KEN")]),
    ],
)
def test_aid_held_back_and_measures_told_in_clauses(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japan slashed aid to Kenya.", [("SANCTION", "JPN", "KEN")]),
        ("Norway withdrew funding from the Chilean programme.", [("SANCTION", "NOR", "CHL")]),
        ("Japan paused the sale of jets to Kenya.", [("SANCTION", "JPN", "KEN")]),
        # an act given up: stopped, and decided when said
        ("Japan will no longer provide aid to Kenya.", [("SANCTION", "JPN", "KEN")]),
        ("Norway no longer recognises Chile's claims.", [("REJECT", "NOR", "CHL")]),
    ],
)
def test_aid_and_sales_given_up_are_sanctions(events_of: Events, text: str, expected: list) -> None:
    assert relations(events_of(text)) == expected
