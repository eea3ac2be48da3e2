"""Trigger coding: CAMEO code, PLOVER type and mode, Goldstein value."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events.plover import cameo_table, code_token, coding

from .conftest import Coded


def test_plover_table_has_goldstein_for_every_code() -> None:
    table = cameo_table()
    assert table["042"].type == "CONSULT" and table["042"].mode == "visit"
    assert table["042"].goldstein == 1.9
    assert "010" not in table  # statements have no PLOVER type


def test_plover_override_keeps_cameo_and_goldstein() -> None:
    signed = coding("057", "AGREE")
    assert signed is not None and (signed.type, signed.cameo, signed.goldstein) == (
        "AGREE",
        "057",
        8.0,
    )


@pytest.mark.parametrize(
    "text,trigger,kind,cameo",
    [
        ("Norway hosted the Chilean president.", "hosted", "CONSULT", "043"),
        ("Japan imposed sanctions on Kenya.", "imposed", "SANCTION", "163"),
        ("Kenya and Japan held joint naval drills.", "held", "COOPERATE", "062"),
        ("Norway expelled two Chilean diplomats.", "expelled", "SANCTION", "166"),
        ("Brazil criticized Chile's decision.", "criticized", "ACCUSE", "111"),
        ("The talks ended without a deal.", "talks", "CONSULT", "040"),
        ("Japan filed a formal protest with Kenya.", "filed", "ACCUSE", "114"),
        ("Norway lodged a complaint with Chile over the catch.", "lodged", "ACCUSE", "114"),
        ("Tokyo expressed its deep remorse to Nairobi.", "expressed", "CONCEDE", "055"),
        ("The minister offered an apology to Chile.", "offered", "CONCEDE", "055"),
        ("Japan encouraged Kenya to rejoin the talks.", "encouraged", "REQUEST", "100"),
    ],
)
def test_plover_code_token(coded: Coded, text: str, trigger: str, kind: str, cameo: str) -> None:
    found = coded(text, trigger)
    assert found is not None and (found.type, found.cameo) == (kind, cameo)


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Kenya took a long time.", "took"),
        ("Norway expects growth.", "expects"),
        ("The exercise of power is costly.", "exercise"),
        # a reading without a code stops the PETRARCH fallback ("clear" = yield otherwise)
        ("The accord cleared the way for Kenyan exports.", "cleared"),
        ("The visit paved the way for a deal.", "paved"),
    ],
)
def test_plover_non_triggers(parse: Any, text: str, trigger: str) -> None:
    token = next(t for t in parse(text) if t.text == trigger)
    assert code_token(token) is None


def test_a_stop_reading_leaves_the_words_other_readings(parse: Any) -> None:
    token = next(t for t in parse("Kenya cleared the Japanese request.") if t.text == "cleared")
    assert code_token(token) is not None  # the PETRARCH reading of "clear" still applies


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        # easing curfews and emergency rule, giving in to demands, apologising: CONCEDE
        ("Norway relaxed the curfew in its northern towns.", "relaxed", "CONCEDE"),
        ("Chile lifted the emergency measures in the south.", "lifted", "CONCEDE"),
        ("Kenya met the Ugandan demands on Friday.", "met", "CONCEDE"),
        ("The unions called off the strike in Oslo.", "called", "CONCEDE"),
        ("Peru apologised to Chile for the raid.", "apologised", "CONCEDE"),
        # forces leaving a place, disengaging, captives freed, observers let in: RETREAT
        ("Norwegian units withdrew from the island.", "withdrew", "RETREAT"),
        ("Chile withdrew its soldiers on Monday.", "withdrew", "RETREAT"),
        ("Both armies disengaged along the river.", "disengaged", "RETREAT"),
        ("Kenya freed nine Somali fishermen.", "freed", "RETREAT"),
        ("Peru allowed the entry of the monitors.", "allowed", "RETREAT"),
        # but leaving a treaty or talks cuts links: SANCTION
        ("Norway withdrew from the fishing pact with Iceland.", "withdrew", "SANCTION"),
    ],
)
def test_concessions_and_retreats(coded: Coded, text: str, trigger: str, kind: str) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        # demonstrations with a target, riots, hunger strikes: PROTEST
        ("Students held a rally in Lima on Sunday.", "held", "PROTEST"),
        ("Farmers began a hunger strike in Oslo.", "strike", "PROTEST"),
        ("Violent riots against the Chilean mining firm spread.", "riots", "PROTEST"),
        # inquiries and lawsuits: ACCUSE
        ("Norway opened an inquiry into the Chilean bank.", "opened", "ACCUSE"),
        ("A Kenyan airline sued the Ugandan government.", "sued", "ACCUSE"),
        # relief goods: AID
        ("Peru handed over tents and medicines to Chile.", "handed", "AID"),
        ("Norway donated to the Kenyan flood appeal.", "donated", "AID"),
        # cutting links: SANCTION
        ("Chile suspended flights to Peru.", "suspended", "SANCTION"),
        ("Kenya downgraded its ties with Norway.", "downgraded", "SANCTION"),
    ],
)
def test_protests_inquiries_relief_and_cut_links(
    coded: Coded, text: str, trigger: str, kind: str
) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text,trigger",
    [
        # a protest noun without its target is a headline or a show of resolve
        ("The drills were a demonstration of naval power.", "demonstration"),
        ("Protests in Oslo over the fuel price.", "Protests"),
        # speech, meaning and disclosure verbs the fallback files under giving or intending
        ('"We will not wait," the Kenyan envoy added.', "added"),
        ("The new pipeline is meant to secure Norway's supplies.", "meant"),
        ("Chilean officials revealed the size of the Peruvian fleet.", "revealed"),
        ("Kenya unveiled its own tariff plan on Friday.", "unveiled"),
        # making something larger is no cooperation
        ("The naval drills heightened fears in Tokyo.", "heightened"),
        ("The row intensified after the vote.", "intensified"),
        # issuing a statement or a video gives nothing to anyone
        ("The Norwegian army issued a video of the raid.", "issued"),
    ],
)
def test_words_that_carry_no_event_here(parse: Any, text: str, trigger: str) -> None:
    token = next(t for t in parse(text) if t.text == trigger)
    assert code_token(token) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Chile issued an ultimatum to Peru on Monday.", "THREATEN"),
        ("Kenya issued a stern warning to Uganda.", "THREATEN"),
    ],
)
def test_what_is_issued_carries_the_event(parse: Any, text: str, kind: str) -> None:
    token = next(t for t in parse(text) if t.text == "issued")
    found = code_token(token)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Chile called the Peruvian raid an act of war.",
        "Kenya rejected what it called unfair tariffs.",
    ],
)
def test_calling_something_a_name_is_no_call(parse: Any, text: str) -> None:
    token = next(t for t in parse(text) if t.text == "called")
    assert code_token(token) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Norway called on Chile to end the blockade.", "REQUEST"),
        ("Japan called upon Kenya to free the crew.", "REQUEST"),
        ("The Kenyan envoy called on the Chilean president in Santiago.", "CONSULT"),
    ],
)
def test_calling_on_someone_to_act_is_an_appeal(parse: Any, text: str, kind: str) -> None:
    token = next(t for t in parse(text) if t.text == "called")
    found = code_token(token)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text,kind",
    [
        ("The two neighbours regularly trade barbs over the border.", "ACCUSE"),
        ("Chile and Peru traded accusations on Monday.", "ACCUSE"),
        ("Kenyan and Somali troops traded fire near the border.", "ASSAULT"),
        ("Japan trades cars with Chile.", "COOPERATE"),
    ],
)
def test_trading_barbs_or_fire_is_hostility(parse: Any, text: str, kind: str) -> None:
    token = next(t for t in parse(text) if t.lemma_ == "trade")
    found = code_token(token)
    assert found is not None and found.type == kind


def test_holding_power_is_no_act(parse: Any) -> None:
    doc = parse("The militia that controls Kabul for its backers was sanctioned.")
    assert code_token(next(t for t in doc if t.text == "controls")) is None


def test_removing_a_doubt_is_no_expulsion(parse: Any) -> None:
    doc = parse("Kenya said the inspections would remove any doubts about its programme.")
    assert code_token(next(t for t in doc if t.text == "remove")) is None


@pytest.mark.parametrize(
    "text,trigger,kind",
    [
        # PETRARCH-2's "attack ... for" (criticise) was written for another verb of the block
        ("Kenyan troops fought the militia for two days near the border.", "fought", "ASSAULT"),
        ("Chilean police battled protesters for hours in the capital.", "battled", "ASSAULT"),
        # an object pattern still reads the whole block ("branded ... terrorist", written
        # for "brand", holds for "label")
        ("Norway has labelled the rebels terrorists.", "labelled", "ACCUSE"),
    ],
)
def test_preposition_pattern_holds_for_the_verb_it_was_written_for(
    coded: Coded, text: str, trigger: str, kind: str
) -> None:
    found = coded(text, trigger)
    assert found is not None and found.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # no "from": the object alone says what was pulled back
        "Only Chile withdrew its ships after the standoff.",
        "Kenya quietly withdrew two warships last week.",
        "Japan withdrew its missiles after the talks.",
    ],
)
def test_withdrawing_ships_or_arms_is_a_military_retreat(parse: Any, text: str) -> None:
    token = next(t for t in parse(text) if t.lemma_ == "withdraw")
    found = code_token(token)
    assert found is not None and (found.type, found.cameo) == ("RETREAT", "0874")


@pytest.mark.parametrize(
    "text,trigger,kind,cameo",
    [
        # a person flown into a capital visits it; aircraft flown into airspace move in force
        ("The Norwegian premier flew into Santiago for talks.", "flew", "CONSULT", "042"),
        ("Two Chilean jets flew into Peruvian airspace at dawn.", "flew", "MOBILIZE", "154"),
        # appearing before a council is meeting it
        ("The Kenyan envoy appeared before the Security Council.", "appeared", "CONSULT", "040"),
    ],
)
def test_curated_movement_reading_wins_over_the_fallback(
    coded: Coded, text: str, trigger: str, kind: str, cameo: str
) -> None:
    found = coded(text, trigger)
    assert found is not None and (found.type, found.cameo) == (kind, cameo)
