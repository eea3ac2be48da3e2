"""Conflict and crisis events: attacks, threats, sanctions, troop moves, withdrawals."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Coded, Events


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        ("Chilean gunboats opened fire near the reef.", "opened", "ASSAULT"),
        ("The patrol fired toward the coast.", "fired", "ASSAULT"),
        ("Two jets violated Norwegian airspace.", "violated", "ASSAULT"),
        ("The ministry imposed duties on Chilean salmon.", "imposed", "SANCTION"),
        ("Oslo threw out three diplomats.", "threw", "SANCTION"),
        ("Kenya recalled its representative.", "recalled", "SANCTION"),
        ("Brazil moved troops to the frontier.", "moved", "MOBILIZE"),
        ("Chile withdrew its troops from the island.", "withdrew", "RETREAT"),
        ("The drone strikes went on for days.", "strikes", "ASSAULT"),
        ("The anti-dumping duties took effect.", "duties", "SANCTION"),
        ("The border clashes left six dead.", "clashes", "ASSAULT"),
        ("Their gunboats broke the truce twice.", "broke", "ASSAULT"),
    ],
)
def test_conflict_trigger_families(coded: Coded, text: str, trigger: str, kind: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The board fired its chairman.", "fired"),  # dismissal, not an attack
        ("Dockworkers went on strike.", "strike"),  # a labour strike
        ("Chilean salmon exports overtook Norway's in May.", "overtook"),
        ("The runner broke the national record.", "broke"),
        ("Kenya escalated its trade fight with Japan.", "escalated"),
        ("Japanese carmakers dominate the Kenyan market.", "dominate"),
    ],
)
def test_conflict_words_in_other_senses(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is None or found.type not in ("ASSAULT", "COERCE", "THREATEN")


def _pairs(events: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def test_a_relative_pronoun_subject_is_the_noun_it_hangs_on(events_of: Events) -> None:
    events = events_of("Norway, which shelled Chilean positions, denied it.")
    assert ("ASSAULT", "NOR", "CHL") in _pairs(events)


def test_a_pronoun_in_a_subordinate_clause_takes_the_main_subject(events_of: Events) -> None:
    events = events_of("Kenyan and Japanese troops left the valley where they had clashed.")
    assert ("ASSAULT", "KEN", "JPN") in _pairs(events)


def test_it_reports_its_speaker(events_of: Events) -> None:
    events = events_of("Japan said it had expelled two Kenyan diplomats.")
    assert ("SANCTION", "JPN", "KEN") in _pairs(events)


def test_a_threat_is_aimed_at_the_subject_of_its_condition(events_of: Events) -> None:
    events = events_of("Norway threatened to retaliate strongly against the new measures if Chile went ahead.")
    assert ("THREATEN", "NOR", "CHL") in _pairs(events)


def test_an_attack_carried_by_a_light_verb_hits_the_place_of_its_target(events_of: Events) -> None:
    events = events_of("Chilean jets carried out a raid against two depots in northern Kenya.")
    assert ("ASSAULT", "CHL", "KEN") in _pairs(events)


def test_a_hostile_act_of_two_doers_is_one_act_each(events_of: Events) -> None:
    events = events_of("Kenya and Japan have both expelled Chilean diplomats.")
    assert {("SANCTION", "KEN", "CHL"), ("SANCTION", "JPN", "CHL")} <= _pairs(events)


def test_a_hostile_act_on_two_receivers_is_one_act_each(events_of: Events) -> None:
    events = events_of("Norway on Friday recalled its ambassadors to Japan and Kenya.")
    assert {("SANCTION", "NOR", "JPN"), ("SANCTION", "NOR", "KEN")} <= _pairs(events)


def test_a_hostile_act_on_a_group_named_once_is_one_act(events_of: Events) -> None:
    # one threat made to both at once, not one to each
    events = events_of("Japan threatened both countries with sanctions on Monday.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert [(e.source.country, {e.target.country, *(p.country for p in e.participants)})
            for e in threats] == [("JPN", {"NOR", "CHL"})]


def test_a_pronoun_object_of_a_participle_is_the_main_verbs_receiver(events_of: Events) -> None:
    events = events_of("Kenya expelled the Japanese ambassador, accusing it of spying on ministers.")
    assert ("ACCUSE", "KEN", "JPN") in _pairs(events)


def test_an_attack_noun_that_is_a_subject_is_its_own_event(events_of: Events) -> None:
    events = events_of("The Chilean rocket barrage on Norwegian towns wounded ten.")
    assert ("ASSAULT", "CHL", "NOR") in _pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan patrol came under fire from the Japanese army on Saturday.",
        "Kenyan positions came under heavy shelling from Japan.",
    ],
)
def test_who_came_under_attack_received_it(events_of: Events, text: str) -> None:
    pairs = _pairs(events_of(text))
    assert ("ASSAULT", "JPN", "KEN") in pairs and ("ASSAULT", "KEN", "JPN") not in pairs


def test_coming_under_fire_for_a_reason_is_criticism(events_of: Events) -> None:
    events = events_of("Kenya came under fire from Japan over its fishing quotas.")
    assert all(e.type != "ASSAULT" for e in events)


def test_a_vow_to_strike_back_is_a_threat(events_of: Events) -> None:
    events = events_of("Norway vowed to retaliate against Chile.")
    assert {e.type for e in events} == {"THREATEN"}
    assert ("THREATEN", "NOR", "CHL") in _pairs(events)


def test_a_hostile_act_announced_on_a_condition_is_a_threat(events_of: Events) -> None:
    events = events_of("Japan said it would expel Kenyan diplomats if Nairobi did not apologise.")
    assert ("THREATEN", "JPN", "KEN") in _pairs(events)
    assert all(e.type != "SANCTION" for e in events)


def test_a_hostile_act_planned_without_a_condition_stays_itself(events_of: Events) -> None:
    events = events_of("Japan will impose tariffs on Kenya in May.")
    assert ("SANCTION", "JPN", "KEN") in _pairs(events)


def test_reserving_the_right_to_strike_back_is_a_threat(events_of: Events) -> None:
    events = events_of("Minister Hansen said Norway reserved the right to retaliate against Chile.")
    assert ("THREATEN", "NOR", "CHL") in _pairs(events)


def test_a_measure_announced_by_its_government_is_decided(events_of: Events) -> None:
    [event] = events_of("Norway said it will impose duties on Chilean salmon from Friday.")
    assert (event.type, event.status) == ("SANCTION", "occurred")


def test_a_measure_only_considered_is_not(events_of: Events) -> None:
    [event] = events_of("Norway is considering imposing duties on Chilean salmon.")
    assert event.status != "occurred"


def test_an_announced_measure_is_decided_and_a_said_one_a_threat(events_of: Events) -> None:
    announced = events_of("Japan announced it would ban imports of Kenyan flowers.")
    said = events_of("Japan said it would boycott Kenyan flowers.")
    assert [(e.type, e.status) for e in announced] == [("SANCTION", "occurred")]
    assert [(e.type, e.status) for e in said] == [("THREATEN", "occurred")]


@pytest.mark.parametrize(
    "text", ["Chile opposed Norway's proposal on quotas.", "Kenya is opposed to Japanese mediation."]
)
def test_opposing_a_proposal_is_rejecting_it(events_of: Events, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["REJECT"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act done to protest is the protest, not an official complaint
        ("Kenyan farmers began a hunger strike to protest against Japan's import ban.",
         ("PROTEST", "141")),
        # peacekeepers arriving are deployed, not visiting
        ("The first Japanese peacekeeping troops arrived in Kenya on Monday.", ("AID", "074")),
        # ordered out of the country: an expulsion
        ("Chile ordered Norwegian fishermen out of its waters.", ("COERCE", "174")),
    ],
)
def test_what_the_act_is_depends_on_who_does_it_and_how(
    events_of: Events, text: str, expected: tuple
) -> None:
    assert expected in [(e.type, e.cameo) for e in events_of(text)]


def test_halting_participation_is_cutting_a_tie(events_of: Events) -> None:
    events = events_of("Norway suspended its participation in Chile's fisheries programme.")
    assert [e.type for e in events] == ["SANCTION"]


def test_protesters_of_two_countries_protest_at_the_host_not_at_each_other(
    events_of: Events,
) -> None:
    events = events_of("Japanese and Chilean activists staged a protest in Nairobi on Monday.")
    assert [(e.type, e.source.country, e.target.country) for e in events] == [
        ("PROTEST", "JPN", "KEN")]
    assert [p.country for p in events[0].participants] == ["CHL"]


@pytest.mark.parametrize(
    "text,pair",
    [
        # a container noun ("deliveries", "part of a programme", "efforts") holds the act
        ("Norway halted food aid deliveries to Kenya last week.", ("SANCTION", "NOR", "KEN")),
        ("Japan suspended part of its military aid to Kenya.", ("SANCTION", "JPN", "KEN")),
        ("Brazil ended its mediation efforts between Chile and Kenya.", ("SANCTION", "BRA", "CHL")),
        ("Chile cut off all assistance to Kenya in May.", ("SANCTION", "CHL", "KEN")),
        # one's own monitors pulled out: a sanction, unlike troops pulled out
        ("Norway withdrew its election observers from Kenya.", ("SANCTION", "NOR", "KEN")),
        ("Kenya and Japan began five days of war games off Mombasa.", ("COOPERATE", "KEN", "JPN")),
        ("Japan and Chile held naval manoeuvres in the Pacific.", ("COOPERATE", "JPN", "CHL")),
        ("Kenyan hackers tried to hack into Norwegian ministry servers.", ("COERCE", "KEN", "NOR")),
        ("Japan dispatched troops to the border with Kenya.", ("MOBILIZE", "JPN", "KEN")),
    ],
)
def test_reduce_relations_mobilize_and_coerce_families(
    events_of: Events, text: str, pair: tuple[str, str, str]
) -> None:
    assert pair in _pairs(events_of(text))


def test_talks_that_ended_were_held(events_of: Events) -> None:
    """"ended two days of talks" reports talks that took place, not talks broken off."""
    events = events_of("Norway and Chile ended two days of talks in Oslo on Friday.")
    assert {e.type for e in events} == {"CONSULT"}


def test_a_vow_to_fight_is_a_threat_however_the_infinitive_is_parsed(events_of: Events) -> None:
    events = events_of("Kenyan rebels have sworn to fight until they gain control of the Chilean-held villages.")
    assert all(e.type != "ASSAULT" for e in events)
    events = events_of("Norway vowed to retaliate against Chile.")
    assert ("THREATEN", "NOR", "CHL") in _pairs(events)


def test_a_patrol_under_fire_is_no_show_of_force(events_of: Events) -> None:
    events = events_of("A Kenyan patrol came under fire from the Japanese army on Saturday.")
    assert "MOBILIZE" not in {e.type for e in events}


def test_patrols_ordered_are_a_show_of_force(events_of: Events) -> None:
    events = events_of("Norway ordered naval patrols against Chilean poachers.")
    assert ("MOBILIZE", "NOR", "CHL") in _pairs(events)


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        # CAMEO 08x: what was taken is returned, arms laid down, forces pulled back
        ("Chile returned the seized vessel on Monday.", "returned", "RETREAT"),
        ("The militia laid down its arms in March.", "laid", "RETREAT"),
        ("Kenya demobilized two brigades.", "demobilized", "RETREAT"),
        ("The rebels began to disarm on Monday.", "disarm", "RETREAT"),
        ("Norwegian troops pulled back from the ridge.", "pulled", "RETREAT"),
        # CAMEO 16: agreements ended, exchanges halted, assets frozen, missions closed
        ("Brazil scrapped the fisheries accord.", "scrapped", "SANCTION"),
        ("Chile pulled out of the fisheries treaty.", "pulled", "SANCTION"),
        ("Kenya halted tea exports last week.", "halted", "SANCTION"),
        ("Norway froze the oligarch's assets.", "froze", "SANCTION"),
        ("Japan closed its embassy in the capital.", "closed", "SANCTION"),
        ("The bloc suspended Kenya's membership.", "suspended", "SANCTION"),
        # CAMEO 15, 172x: forces massed, weapons tested; emergency rule, the press shut
        ("Chile massed tanks on the frontier.", "massed", "MOBILIZE"),
        ("Kenya tested a new cruise missile.", "tested", "MOBILIZE"),
        ("The junta declared martial law on Sunday.", "declared", "COERCE"),
        ("Police shut down the opposition newspaper.", "shut", "COERCE"),
        ("Police raided the offices of the Norwegian charity.", "raided", "COERCE"),
        # regret and support expressed, intelligence shared, debts written off
        ("Tokyo expressed regret over the collision.", "expressed", "CONCEDE"),
        ("Oslo expressed support for the ceasefire.", "expressed", "SUPPORT"),
        ("The two agencies shared intelligence on the smugglers.", "shared", "COOPERATE"),
        ("Norway wrote off the remaining debt.", "wrote", "AID"),
        ("Brazil sent peacekeepers to the region.", "sent", "AID"),
        ("Oslo voiced its backing for the plan.", "voiced", "SUPPORT"),
        ("Japan sent two rescue teams after the quake.", "sent", "AID"),
        ("Japan extended a new credit line to the central bank.", "extended", "AID"),
        ("Kenya handed over the suspects on Monday.", "handed", "COOPERATE"),
        ("The junta agreed to the strikers' demands.", "agreed", "CONCEDE"),
        ("The ministry loosened its controls on foreign reporters.", "loosened", "CONCEDE"),
        ("Chile raised the alert level of its navy.", "raised", "MOBILIZE"),
        ("Norway stationed missiles on the island.", "stationed", "MOBILIZE"),
        ("Brazil stripped Chile of its trade privileges.", "stripped", "SANCTION"),
        ("Chile reduced its diplomatic presence in Oslo.", "reduced", "SANCTION"),
        ("The suspect's extradition was approved on Monday.", "extradition", "COOPERATE"),
        ("The navy issued warning signals to the vessel on Monday.", "issued", "THREATEN"),
    ],
)
def test_codebook_families(coded: Coded, text: str, trigger: str, kind: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The minister returned to Oslo on Friday.", "returned"),  # a journey, not a handover
        ("Kenya declared its independence in 1963.", "declared"),
        ("The ministry closed the session early.", "closed"),
        ("Japan expressed interest in Kenyan tea.", "expressed"),
        ("Soldiers disarmed the gunmen at the gate.", "disarmed"),  # done to the gunmen
        ("Chile raised the level of its tariffs.", "raised"),
    ],
)
def test_codebook_families_need_their_objects(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is None or found.type not in ("RETREAT", "COERCE", "SANCTION", "CONCEDE", "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it would not rule out military action against Chile.",
        "Norway has never ruled out the use of force against Chile.",
        "Norway would not exclude new sanctions against Chile.",
        "Norway vowed revenge against Chile after the raid.",
        "Norway said it would use force against Chile if necessary.",
    ],
)
def test_force_held_open_or_sworn_is_a_threat(events_of: Events, text: str) -> None:
    assert ("THREATEN", "NOR", "CHL") in _pairs(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway ruled out military action against Chile.",
        "Norway did not rule out further talks with Chile.",
    ],
)
def test_force_ruled_out_or_talks_held_open_threaten_nothing(events_of: Events, text: str) -> None:
    assert "THREATEN" not in {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    "text,pair",
    [
        ("The arrest of two Chilean reporters by Norwegian police drew protests.", ("COERCE", "NOR", "CHL")),
        ("Kenya's seizure of a Japanese tanker angered Tokyo.", ("COERCE", "KEN", "JPN")),
        ("The release of the Japanese hostages by Kenya was welcomed.", ("RETREAT", "KEN", "JPN")),
        ("Chile's pullout from the Norwegian-held island ended the crisis.", ("RETREAT", "CHL", "NOR")),
        ("The Kenyan military buildup against Japan continued.", ("MOBILIZE", "KEN", "JPN")),
        ("Brazil's apology to Chile came a week later.", ("CONCEDE", "BRA", "CHL")),
    ],
)
def test_nominalised_acts_are_events(events_of: Events, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(events_of(text))


def test_a_threat_that_is_a_danger_is_no_event(events_of: Events) -> None:
    assert events_of("Norway and Chile discussed the threat of piracy off Kenya.")[0].type == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian troops prepared to attack the Chilean positions.",
        "The Norwegian army prepared to resume shelling Chilean outposts.",
        "The Norwegian army was preparing an offensive against Chile.",
    ],
)
def test_an_attack_prepared_is_readiness_not_the_attack(events_of: Events, text: str) -> None:
    pairs = _pairs(events_of(text))
    assert ("MOBILIZE", "NOR", "CHL") in pairs
    assert all(kind != "ASSAULT" for kind, _, _ in pairs)


def test_preparing_a_cooperative_act_is_no_readiness(events_of: Events) -> None:
    events = events_of("Norway prepared to sign the fisheries accord with Chile.")
    assert "MOBILIZE" not in {e.type for e in events}


@pytest.mark.parametrize(
    "text,pair",
    [
        # the receiver is the subject; the giver is in the from-phrase
        ("Kenya received humanitarian assistance from Japan.", ("AID", "JPN", "KEN")),
        ("The Chilean government has secured new aid from Norway.", ("AID", "NOR", "CHL")),
        ("Japan sent 20 tonnes of food to Kenya.", ("AID", "JPN", "KEN")),
        ("Kenya ended its military cooperation with Japan.", ("SANCTION", "KEN", "JPN")),
        ("Norway halted all trade with Chile.", ("SANCTION", "NOR", "CHL")),
        ("Chile cut imports from Norway.", ("SANCTION", "CHL", "NOR")),
    ],
)
def test_aid_received_and_relations_reduced(events_of: Events, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A Norwegian drone entered Chilean airspace on Sunday.",
        "Norwegian coast guard ships intruded into Chilean waters.",
    ],
)
def test_an_incursion_into_airspace_or_waters_is_an_attack_on_that_state(
    events_of: Events, text: str
) -> None:
    assert ("ASSAULT", "NOR", "CHL") in _pairs(events_of(text))


def test_entering_territory_is_no_incursion_by_itself(events_of: Events) -> None:
    # refugees and delegations enter another state's territory too
    events = events_of("Norwegian refugees entered Chilean territory.")
    assert not [e for e in events if e.type == "ASSAULT"]
