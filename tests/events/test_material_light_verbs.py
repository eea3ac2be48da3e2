"""Material acts in the light verbs and objects wire copy uses (issue #13), typed by the PLOVER
definitions: arms handed over are aid, warships sent a show of force, captives returned a
release, ground taken by force an assault, a treaty quit a sanction. Sentences written for them."""

from __future__ import annotations

import pytest

from .conftest import Coded, Events, relations


@pytest.mark.parametrize(
    "text,trigger,plover_type",
    [
        ("The ministry delivered howitzers and ammunition to the army.", "delivered", "AID"),
        ("The alliance shipped artillery shells to the republic.", "shipped", "AID"),
        ("Officials handed over military equipment to the border guards.", "handed", "AID"),
        ("The navy dispatched two frigates to the strait.", "dispatched", "MOBILIZE"),
        ("The government sent an aircraft carrier to the gulf.", "sent", "MOBILIZE"),
        ("The command deployed bombers to the northern base.", "deployed", "MOBILIZE"),
        ("The militia handed back the bodies of the soldiers.", "handed", "RETREAT"),
        ("The authorities returned the detainees on Friday.", "returned", "RETREAT"),
        ("The rebels returned three hostages to the monitors.", "returned", "RETREAT"),
        ("Government troops recaptured the town after a week.", "recaptured", "ASSAULT"),
        ("The insurgents overran two villages in the valley.", "overran", "ASSAULT"),
        ("The coast guard sank a fishing boat near the reef.", "sank", "ASSAULT"),
        ("The government quit the arms control treaty.", "quit", "SANCTION"),
        ("The state exited the nuclear deal in May.", "exited", "SANCTION"),
        ("Hackers breached the ministry's computer network.", "breached", "COERCE"),
        ("The regime expelled two foreign activists.", "expelled", "COERCE"),
    ],
)
def test_material_acts_in_light_verbs(coded: Coded, text: str, trigger: str, plover_type: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == plover_type


@pytest.mark.parametrize(
    "text,trigger,not_type",
    [
        ("The courier delivered the parcels on time.", "delivered", "AID"),
        ("The minister returned home from the summit.", "returned", "RETREAT"),
        ("The firm captured a larger share of the market.", "captured", "ASSAULT"),
        ("The company breached its contract with the supplier.", "breached", "COERCE"),
        ("The airline sent two carriers' pilots to training.", "sent", "MOBILIZE"),
    ],
)
def test_the_same_verbs_with_other_objects_are_not_that_act(
    coded: Coded, text: str, trigger: str, not_type: str
) -> None:
    found = coded(text, trigger)
    assert found is None or found.type != not_type


def test_fighting_between_two_parties_is_an_assault(events_of: Events) -> None:
    found = relations(events_of("Heavy fighting between Kenyan and Norwegian units was reported overnight."))
    assert {("ASSAULT", "KEN", "NOR"), ("ASSAULT", "NOR", "KEN")} & set(found)


def test_arms_delivered_to_a_state_are_aid_to_it(events_of: Events) -> None:
    assert ("AID", "NOR", "KEN") in relations(events_of("Norway delivered anti-tank missiles to Kenya."))


def test_warships_sent_towards_a_state_mobilise_against_it(events_of: Events) -> None:
    assert ("MOBILIZE", "CHN", "JPN") in relations(events_of("China sent three destroyers to Japanese waters."))


@pytest.mark.parametrize(
    "text,trigger,plover_type",
    [
        ("The navy freed the seized trawler after a week.", "freed", "RETREAT"),
        ("The authorities released the impounded tanker.", "released", "RETREAT"),
        ("The government lifted its veto on the membership bid.", "lifted", "CONCEDE"),
        ("The cabinet withdrew its objection to the accession.", "withdrew", "CONCEDE"),
        ("The general ordered more troops to the frontier.", "ordered", "MOBILIZE"),
    ],
)
def test_vessels_freed_vetoes_lifted_and_troops_ordered(
    coded: Coded, text: str, trigger: str, plover_type: str
) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == plover_type


def test_troops_ordered_to_leave_are_no_aid(events_of: Events) -> None:
    assert not any(t == "AID" for t, _, _ in relations(events_of("Kenya ordered Norwegian troops to leave.")))


def test_troops_ordered_to_act_do_the_act_they_are_ordered_to(events_of: Events) -> None:
    assert ("ASSAULT", "RUS", "JPN") in relations(events_of("Russia ordered its troops to attack Japanese positions."))


def test_money_withheld_or_frozen_is_aid_reduced(events_of: Events) -> None:
    assert ("SANCTION", "JPN", "KEN") in relations(events_of("Japan is withholding loans to Kenya."))
    assert ("SANCTION", "NOR", "CHL") in relations(events_of("Norway froze development funding for Chile."))


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The ministry scrambled two jets after the incursion.", "scrambled"),
        ("The ministry rushed reinforcements to the frontier.", "rushed"),
        ("The command flew two bombers along the coast.", "flew"),
        ("The navy sailed a carrier through the channel.", "sailed"),
        ("The army airlifted paratroopers to the enclave.", "airlifted"),
    ],
)
def test_forces_shown_are_a_mobilisation(coded: Coded, text: str, trigger: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == "MOBILIZE"


def test_a_force_mobilised_in_the_passive_is_its_own_states(events_of: Events) -> None:
    found = relations(events_of("The Kenyan army was put on high alert along the Norwegian border."))
    assert ("MOBILIZE", "KEN", "NOR") in found and ("MOBILIZE", "NOR", "KEN") not in found
    assert ("MOBILIZE", "KEN", "JPN") in relations(events_of("Kenyan warships were deployed near Japanese waters."))


@pytest.mark.parametrize(
    "text,trigger,plover_type",
    [
        ("The authorities shut off internet access in the province.", "shut", "COERCE"),
        ("The regime blocked the internet before the vote.", "blocked", "COERCE"),
        ("Police sealed off the district after the blast.", "sealed", "COERCE"),
        ("Both armies observed the ceasefire through the night.", "observed", "RETREAT"),
        ("The rebels honoured the truce for a week.", "honoured", "RETREAT"),
    ],
)
def test_acts_the_plover_definitions_name(coded: Coded, text: str, trigger: str, plover_type: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == plover_type


def test_material_acts_told_as_nouns(events_of: Events) -> None:
    assert ("AID", "NOR", "KEN") in relations(events_of("Norway's arms deliveries to Kenya doubled last year."))
    assert ("RETREAT", "CHL", "NOR") in relations(events_of("Chile's return of Norwegian detainees was welcomed."))
    found = relations(events_of("A prisoner swap between Kenya and Norway took place on Friday."))
    assert {("RETREAT", "KEN", "NOR"), ("RETREAT", "NOR", "KEN")} & set(found)


def test_a_product_launch_is_no_show_of_force(coded: Coded) -> None:
    assert coded("The launch of the new phone in Japan drew crowds.", "launch") is None


def test_the_dead_are_the_receivers_of_the_attack_they_died_in(events_of: Events) -> None:
    found = relations(events_of("Two Kenyan soldiers died in Norwegian shelling."))
    assert ("ASSAULT", "NOR", "KEN") in found and ("ASSAULT", "KEN", "NOR") not in found
    found = relations(events_of("Three Chilean sailors died in an air strike by Norway."))
    assert ("ASSAULT", "NOR", "CHL") in found and ("ASSAULT", "CHL", "NOR") not in found


def test_dying_in_a_hunger_strike_stays_a_protest(events_of: Events) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in relations(events_of("A Kenyan activist died in a hunger strike in Norway.")))


def test_an_envoy_recalled_in_the_passive_is_recalled_by_its_own_state(events_of: Events) -> None:
    found = relations(events_of("The Kenyan ambassador was recalled from Norway."))
    assert ("SANCTION", "KEN", "NOR") in found and ("SANCTION", "NOR", "KEN") not in found


def test_aircraft_a_maker_delivers_are_no_military_aid(events_of: Events) -> None:
    found = relations(events_of("The Japanese maker delivered 40 jets and six helicopters to Kenya."))
    assert not any(t in ("AID", "MOBILIZE") for t, _, _ in found)


def test_a_suspect_handed_over_is_judicial_cooperation(events_of: Events) -> None:
    assert ("COOPERATE", "KEN", "NOR") in relations(events_of("Kenya handed over two suspected pirates to Norway."))


def test_a_joint_mission_is_cooperation(events_of: Events) -> None:
    found = relations(events_of("Kenya and Norway launched a joint mission to map the coast."))
    assert {("COOPERATE", "KEN", "NOR"), ("COOPERATE", "NOR", "KEN")} & set(found)


def test_projectiles_that_slam_or_rain_down_are_an_attack_not_a_criticism(events_of: Events) -> None:
    assert ("ASSAULT", "NOR", "KEN") in relations(events_of("Norwegian missiles slammed into a Kenyan port."))
    assert ("ASSAULT", "NOR", "KEN") in relations(events_of("Norwegian shells rained down on Kenyan villages."))
    assert ("ACCUSE", "NOR", "KEN") in relations(events_of("Norway slammed Kenya's decision."))


def test_aircraft_downed_are_shot_down(events_of: Events) -> None:
    assert ("ASSAULT", "KEN", "NOR") in relations(events_of("Kenya downed a Norwegian reconnaissance plane."))
    assert not relations(events_of("Kenyan dockers downed tools in Norway."))


def test_a_count_holds_what_it_counts(events_of: Events) -> None:
    assert ("MOBILIZE", "RUS", "JPN") in relations(events_of("Russia sent thousands of troops to Japanese islands."))
    assert ("AID", "JPN", "KEN") in relations(events_of("Japan sent millions of vaccine doses to Kenya."))


def test_forces_trained_and_refugees_hosted_are_aid(events_of: Events) -> None:
    assert ("AID", "NOR", "KEN") in relations(events_of("Norway trained Kenyan soldiers last year."))
    assert ("AID", "KEN", "NOR") in relations(events_of("Kenya hosts thousands of Norwegian refugees."))
    assert not any(t == "AID" for t, _, _ in relations(events_of("Kenya hosted Norwegian students for a week.")))


def test_an_offensive_launched_is_one_assault_and_a_charm_offensive_none(events_of: Events) -> None:
    found = relations(events_of("Kenya launched an offensive against Norwegian troops along the border."))
    assert ("ASSAULT", "KEN", "NOR") in found and all(t == "ASSAULT" for t, _, _ in found)
    assert not relations(events_of("Kenya launched a charm offensive toward Norway."))


def test_infrastructure_blown_up_is_destroyed_property(events_of: Events) -> None:
    assert ("COERCE", "NOR", "KEN") in relations(events_of("Norwegian saboteurs blew up a Kenyan bridge."))
    assert ("ASSAULT", "KEN", "NOR") in relations(events_of("Kenyan rebels blew up a Norwegian convoy."))


def test_a_news_outlet_banned_or_ordered_to_stop_is_censored(events_of: Events) -> None:
    assert ("COERCE", "KEN", "NOR") in relations(events_of("Kenya ordered the Norwegian newspaper to suspend publication."))
    assert ("COERCE", "KEN", "NOR") in relations(events_of("Kenya banned a Norwegian broadcaster."))
    assert not relations(events_of("The firm suspended its Japanese channel."))


def test_third_parties_let_in_are_given_access(events_of: Events) -> None:
    assert ("RETREAT", "KEN", "NOR") in relations(events_of("Kenya let Norwegian monitors into the camps."))
    assert ("RETREAT", "CHL", "NOR") in relations(events_of("Chile admitted Norwegian aid workers on Monday."))


def test_people_executed_are_killed_and_a_plan_executed_is_not(events_of: Events) -> None:
    assert ("ASSAULT", "KEN", "NOR") in relations(events_of("Kenya executed a Norwegian spy."))
    assert not relations(events_of("Kenya executed the plan with Norway."))


def test_a_pact_ended_and_diplomatic_staff_cut_are_sanctions(events_of: Events) -> None:
    assert ("SANCTION", "CHL", "NOR") in relations(events_of("Chile ended its defence pact with Norway."))
    assert ("SANCTION", "KEN", "NOR") in relations(events_of("Kenya reduced its diplomatic staff in Norway."))
    found = relations(events_of("The talks between Kenya and Norway ended without a deal."))
    assert not any(t == "SANCTION" for t, _, _ in found)
