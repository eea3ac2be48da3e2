"""Conflict and crisis acts told other ways (issue #13): as nouns, idioms, passives, verdicts
said of another, and strikes on groups located in another state."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Coded, Events


def _pairs(events: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        ("Navy ships carried out strikes against the depots.", "strikes", "ASSAULT"),
        ("The strikes on the port went on all night.", "strikes", "ASSAULT"),
        ("The ban on salmon imports hurt the fishermen.", "ban", "SANCTION"),
        ("The ministry imposed export controls on the chips.", "imposed", "SANCTION"),
        ("The new export controls took effect.", "controls", "SANCTION"),
        ("The minister pointed the finger at the neighbours.", "pointed", "ACCUSE"),
    ],
)
def test_hostile_acts_told_as_nouns_and_idioms(coded: Coded, text: str, trigger: str, kind: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


def test_a_strike_on_a_day_is_no_attack(coded: Coded) -> None:
    found = coded("The dockers' strike on Monday shut the port.", "strike")  # "on Monday" says when
    assert found is None or found.type != "ASSAULT"


def test_a_strike_staged_by_workers_is_a_protest(coded: Coded) -> None:
    found = coded("The teachers staged a strike against the pay cuts.", "staged")
    assert found is not None and found.type == "PROTEST"


def test_a_ban_on_imports_from_a_state_sanctions_it(events_of: Events) -> None:
    events = events_of("Japan's ban on imports from Kenya took effect in May.")
    assert ("SANCTION", "JPN", "KEN") in _pairs(events)


def test_strikes_against_a_state_carried_by_a_light_verb(events_of: Events) -> None:
    events = events_of("Chilean jets carried out strikes against Norway on Monday.")
    assert ("ASSAULT", "CHL", "NOR") in _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Chile will pay a heavy price for the raid.",
        "Chile will pay a high price, the Norwegian minister said.",
        "Norway said Chile would face serious consequences.",
    ],
)
def test_a_price_promised_to_another_is_a_threat(events_of: Events, text: str) -> None:
    assert ("THREATEN", "NOR", "CHL") in _pairs(events_of(text))


def test_a_price_paid_is_no_threat(events_of: Events) -> None:
    events = events_of("Chile has paid a heavy price for the war, Norway said.")
    assert not any(e.type == "THREATEN" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Japan was behind the attack on its embassy.",
        "Kenya believes Japan was behind the hacking of its ministries.",
    ],
)
def test_naming_who_was_behind_a_harmful_act_accuses(events_of: Events, text: str) -> None:
    assert ("ACCUSE", "KEN", "JPN") in _pairs(events_of(text))


def test_credit_for_a_proposal_is_no_accusation(events_of: Events) -> None:
    events = events_of("Kenya said Japan was behind the proposal.")
    assert not any(e.type == "ACCUSE" for e in events)


def _extracted(text: str) -> set[tuple[str, str | None, str | None]]:
    import bilateral

    records = bilateral.extract(text, published="2024-03-09")
    return {
        (e.type, e.source and e.source.country, e.target and e.target.country)
        for e in records.events
    }


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Israeli jets bombed Hamas camps in Syria overnight.", ("ASSAULT", "ISR", "SYR")),
        ("Turkish drones struck Hamas offices in Iraq.", ("ASSAULT", "TUR", "IRQ")),
    ],
)
def test_a_group_hit_in_another_state_is_an_attack_on_that_state(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _extracted(text)


def test_what_hit_a_state_is_launched_from_where_it_came(events_of: Events) -> None:
    assert ("ASSAULT", "CHL", "NOR") in _pairs(events_of("Norway was hit by rockets fired from Chile."))
    assert ("ASSAULT", "KEN", "JPN") in _pairs(
        events_of("The rocket barrage on Tokyo was launched from Kenya.")
    )


def test_a_hostile_act_condemned_was_done_to_the_one_who_condemns_it(events_of: Events) -> None:
    pairs = _pairs(events_of("Kenya condemned Japan's missile strike on the border post."))
    assert ("ASSAULT", "JPN", "KEN") in pairs
    assert ("ASSAULT", "KEN", "JPN") not in pairs


def test_an_attack_blamed_on_a_party_was_done_by_it(events_of: Events) -> None:
    pairs = _pairs(events_of("Kenya blamed the bombing on Japanese agents."))
    assert ("ACCUSE", "KEN", "JPN") in pairs
    assert ("ASSAULT", "JPN", "KEN") in pairs


def test_claims_turned_down_name_their_maker_in_a_by_phrase(events_of: Events) -> None:
    assert ("REJECT", "CHL", "NOR") in _pairs(
        events_of("Chile dismissed the claims by Norway as groundless.")
    )


def test_a_right_reserved_is_a_threat_when_read_as_a_noun(events_of: Events) -> None:
    # en_core_web_sm tags "reserves" a noun here; its subject still makes the threat
    text = "Norway, in case of further raids by Chile, reserves the right to take adequate measures."
    threats = [e for e in events_of(text + " Chile rejected the claim. Norway and Chile argued.")
               if e.type == "THREATEN"]
    assert threats and threats[0].source.country == "NOR"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The gunboat fired machine guns at the trawler.", "fired"),
        ("The patrol fired mortars into the valley.", "fired"),
        ("The frigate fired back against the raiders.", "fired"),
    ],
)
def test_weapons_fired_are_an_attack(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "ASSAULT"


def test_an_attack_and_its_answer_in_one_sentence_are_two_attacks(events_of: Events) -> None:
    events = events_of(
        "The Kenyan ship fired at the Japanese ship, which in response fired machine guns"
        " against the Kenyan ship."
    )
    assert {("ASSAULT", "KEN", "JPN"), ("ASSAULT", "JPN", "KEN")} <= _pairs(events)


def test_an_answer_by_a_measure_is_that_measure(events_of: Events) -> None:
    pairs = _pairs(events_of("Kenya retaliated by expelling two Japanese diplomats."))
    assert ("SANCTION", "KEN", "JPN") in pairs
    assert not any(kind == "ASSAULT" for kind, _, _ in pairs)


def test_people_who_attack_in_a_place_act_for_it() -> None:
    # force used by protesters is a violent protest (PLOVER PROTEST, riot)
    assert ("PROTEST", "VNM", "CHN") in _extracted("The Chinese embassy was attacked by protesters in Hanoi.")


def test_blame_drawn_from_a_party_is_its_accusation_of_the_doer(events_of: Events) -> None:
    pairs = _pairs(events_of("Japan's expulsion of Kenyan diplomats drew condemnation from Norway."))
    assert ("ACCUSE", "NOR", "JPN") in pairs
    assert ("ACCUSE", "JPN", "KEN") not in pairs


def test_criticism_undergone_from_a_party_accuses_the_subject(events_of: Events) -> None:
    assert ("ACCUSE", "CHL", "JPN") in _pairs(
        events_of("Japan came under criticism from Chile over the release.")
    )
    assert ("ACCUSE", "JPN", "CHL") in _pairs(events_of("Japan's criticism of Chile angered Rojas."))


def test_fire_undergone_over_a_reason_is_no_attack(events_of: Events) -> None:
    assert not any(e.type == "ASSAULT" for e in events_of("Japan came under fire from Chile over its budget."))


def test_countermeasures_vowed_or_announced(events_of: Events) -> None:
    assert ("THREATEN", "JPN", "KEN") in _pairs(events_of("Japan vowed countermeasures against Kenya."))
    assert ("SANCTION", "JPN", "KEN") in _pairs(events_of("Japan announced countermeasures against Kenya."))


def test_a_measure_a_speaker_says_it_would_take_is_a_threat(events_of: Events) -> None:
    threats = [e for e in events_of("Japan said it would take countermeasures against Kenya.")
               if e.type == "THREATEN"]
    assert threats and (threats[0].source.country, threats[0].target.country) == ("JPN", "KEN")
    assert threats[0].status == "occurred"


def test_a_measure_faced_on_a_condition_is_a_threat(events_of: Events) -> None:
    pairs = _pairs(events_of("Kenya faces Japanese tariffs of 40% if no deal is reached."))
    assert ("THREATEN", "JPN", "KEN") in pairs
    assert ("SANCTION", "JPN", "KEN") not in pairs
    assert ("SANCTION", "JPN", "KEN") in _pairs(events_of("Kenya faces Japanese tariffs of 40% from July."))


def test_a_blockade_imposed_or_tightened(events_of: Events) -> None:
    assert ("COERCE", "JPN", "KEN") in _pairs(events_of("Japan imposed a naval blockade on Kenya."))
    threats = _pairs(events_of("Japan said it would tighten its blockade of Kenya."))
    assert ("THREATEN", "JPN", "KEN") in threats


@pytest.mark.parametrize(
    "text",
    [
        "Japan's restrictions on Kenyan tea remain in place.",
        "The curbs on Kenyan flowers by Japan hurt growers.",
        "The freeze on Kenyan assets by Japan angered Nairobi.",
    ],
)
def test_measures_told_as_nouns_with_on(events_of: Events, text: str) -> None:
    assert ("SANCTION", "JPN", "KEN") in _pairs(events_of(text))


def test_an_accusation_with_no_accuser_comes_from_the_other_party(events_of: Events) -> None:
    text = (
        "Japan and Kenya met in Nairobi on Monday. Kenya and Japan talked about trade. "
        "Kenya has been accused of meddling in the election."
    )
    assert ("ACCUSE", "JPN", "KEN") in _pairs(events_of(text))


def test_a_threat_noun_is_aimed_at_whom_the_act_it_holds_out_hits(events_of: Events) -> None:
    text = "Norway, in case of further raids, reserves the right to take measures against Chile."
    assert ("THREATEN", "NOR", "CHL") in _pairs(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway cut aid to Chile to force it to hold elections.",
        "Norway imposed sanctions on Chile to pressure it into talks.",
        "Norway suspended aid to Chile to punish it for the coup.",
    ],
)
def test_motive_of_a_hostile_act_is_no_act_of_its_own(events_of: Events, text: str) -> None:
    assert _pairs(events_of(text)) == {("SANCTION", "NOR", "CHL")}


def test_attack_troops_are_sent_for_is_the_act(events_of: Events) -> None:
    found = events_of("Norway sent troops to attack Chilean positions.")
    assert ("ASSAULT", "NOR", "CHL") in _pairs(found)


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent troops to Chile to help with flood relief.",
        "Norway sent troops to Chile to provide humanitarian assistance.",
    ],
)
def test_troops_sent_to_give_aid_are_aid(events_of: Events, text: str) -> None:
    assert _pairs(events_of(text)) == {("AID", "NOR", "CHL")}


def test_troops_sent_for_no_aid_are_mobilised(events_of: Events) -> None:
    found = events_of("Norway sent troops to the Chilean border to deter an incursion.")
    assert _pairs(found) == {("MOBILIZE", "NOR", "CHL")}
