"""One-party events: acts whose other side is no state or organisation the text names.

They come back from ``bilateral.extract`` (PLOVER codes a protest or a crackdown with one
country) but are not part of the record of relations that the store and exports keep.
"""

from __future__ import annotations

import pytest

import bilateral
from bilateral.events.plover import code_token

pytestmark = pytest.mark.usefixtures("nlp")  # skips without the spaCy model


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    records = bilateral.extract(text, published="2019-03-09")
    return [(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in records.events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Thousands of Kenyans rallied in Nairobi on Friday against the new tax.",
         ("PROTEST", "KEN", None)),
        ("Protesters in Lima blocked roads into the city centre.", ("PROTEST", "PER", None)),
        ("Striking truckers in Peru blocked transport into Lima.", ("PROTEST", "PER", None)),
        ("Hungarian police arrested twelve activists outside parliament.",
         ("COERCE", "HUN", None)),
        # people named by where they are act for that country
        ("Farmers' unions in Ghana demanded that the cocoa price be raised.",
         ("REQUEST", "GHA", None)),
        # a verb known only by its general code says less than the event noun it carries
        ("Three opposition parties in Bolivia organised a transport strike on Monday.",
         ("PROTEST", "BOL", None)),
        # a crowd protesting demonstrates; a light verb carries the protest noun
        ("Students in Nairobi protested against the new tax on Monday.",
         ("PROTEST", "KEN", None)),
        ("Kenyan teachers staged rallies in Mombasa over pay.", ("PROTEST", "KEN", None)),
        # people counted ("thousands of") and placed across or throughout a country
        ("Tens of thousands of farmers across Ghana marched on Friday.", ("PROTEST", "GHA", None)),
        ("Hundreds of students throughout Peru staged rallies over fees.",
         ("PROTEST", "PER", None)),
        # PLOVER: a resignation is a retreat; lifting an emergency or curfew a concession
        ("Peru's interior minister resigned on Friday after the clashes.",
         ("RETREAT", "PER", None)),
        ("Ecuador's government lifted the state of emergency in Guayaquil on Monday.",
         ("CONCEDE", "ECU", None)),
        # a count stands for the people it counts, who are where they are said to be
        ("Tens of thousands of miners throughout Bolivia staged marches on Tuesday.",
         ("PROTEST", "BOL", None)),
        # a protest is where it happens, though its place is also read as the country
        ("Inmates rioted at a prison in Ecuador's largest city on Sunday.",
         ("PROTEST", "ECU", None)),
        # PLOVER: one country's own exercise is a show of force, a joint one cooperation
        ("Peru held large military exercises near its northern border on Friday.",
         ("MOBILIZE", "PER", None)),
    ],
)
def test_an_act_with_one_party_is_an_event_of_that_country(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_one_party_events_stay_out_of_the_record_of_relations() -> None:
    records = bilateral.extract(
        "Chileans demonstrated in Santiago. Chile and Peru signed a fisheries accord.",
        published="2019-03-09",
    )
    assert {e.type for e in records.events} >= {"PROTEST", "AGREE"}
    assert [e.type for e in records.relations] == ["AGREE"]
    exported = [r for r in records.to_records() if r["kind"] == "event"]
    assert [r["type"] for r in exported] == ["AGREE"]
    from bilateral.store.models import EventRow
    from bilateral.store.write import record_values

    assert [row["type"] for row in record_values(records)[EventRow]] == ["AGREE"]


def test_the_goal_of_a_protest_is_not_an_event_of_its_own() -> None:
    # "to demand reforms" is what the rally is for, not a separate request
    types = [t for t, _, _ in _events("Thousands of Bolivians rallied in La Paz to demand reforms.")]
    assert types == ["PROTEST"]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Farmers rallied outside the ministry.", "PROTEST"),
        ("The opposition demonstrated in the capital.", "PROTEST"),
        ("The leaders gathered in Brussels.", "CONSULT"),
    ],
)
def test_protest_verbs_without_an_object(text: str, kind: str, nlp) -> None:
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    coding = code_token(verb)
    assert coding is not None and coding.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The minister rallied support for the bill.",
        "India demonstrated its resolve.",
        "The inspectors gathered evidence.",
    ],
)
def test_the_same_verbs_with_an_object_are_no_protest(text: str, nlp) -> None:
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert code_token(verb) is None


def test_an_act_done_to_demand_something_of_another_party_stays_an_act() -> None:
    # the demand on the EU is an event between parties; the blockade is still the blockade
    events = _events("Farmers in Chile blockaded the port of Valparaiso on Monday to demand that "
                     "the European Union lift its quotas.")
    assert ("REQUEST", "CHL", "EU") in events
    assert ("COERCE", "CHL", None) in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers moved the talks to avoid a clash with an EU summit set for that day.",
        "Officials said the EU summit in Lisbon had been a success.",
    ],
)
def test_an_organisation_meeting_is_not_with_the_host_or_the_other_party(sentence: str) -> None:
    """"an EU summit" is the organisation meeting its members: not a meeting with the
    article's other party, nor with the country it is held in."""
    text = (
        "The EU and Chile have argued over fishing quotas for years. The EU accused Chile of "
        "overfishing, and Chile rejected the EU's charge. " + sentence
    )
    assert not [e for e in _events(text) if e[0] == "CONSULT" and e[2]]


def test_a_party_attending_an_organisation_meeting_consults_it() -> None:
    assert ("AGREE", "JPN", "ASEAN") in _events("Japan will attend an ASEAN meeting in October.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one country's drills by another's border or island: a show of force at it
        ("Peru staged naval exercises near Chile on Friday.", ("MOBILIZE", "PER", "CHL")),
        ("Serbia held army drills close to the Croatian border.", ("MOBILIZE", "SRB", "HRV")),
        # a partner named as co-actor or in a with-phrase: cooperation
        ("Peru held naval exercises with Chile on Friday.", ("COOPERATE", "PER", "CHL")),
        ("Peru and Chile held naval exercises on Friday.", ("COOPERATE", "PER", "CHL")),
    ],
)
def test_exercise_by_a_border_is_a_show_of_force_at_that_state(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_a_party_that_only_received_the_act_is_its_target() -> None:
    # who condemned it is not named: Iran is the one accused, not the accuser
    assert ("ACCUSE", None, "IRN") in _events("The group condemned Iran on Tuesday.")
    assert ("ACCUSE", "IRN", None) in _events("Iran condemned the group on Tuesday.")
    records = bilateral.extract("The group condemned Iran on Tuesday.", published="2019-03-09")
    assert records.relations == []  # no doer: not a relation between two parties


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norway imposed sanctions after Chile seized two fishing boats.",
         ("SANCTION", "NOR", "CHL")),
        ("Brazil protested on Tuesday after Peru closed the border.", ("ACCUSE", "BRA", "PER")),
        ("Kenya recalled its ambassador following Uganda's decision to expel a diplomat.",
         ("SANCTION", "KEN", "UGA")),
        ("Ghana's condemnation came a day after Togolese troops crossed the border.",
         ("ACCUSE", "GHA", "TGO")),
        # the earlier act's passive agent or by-phrase names who did it; that act, between
        # parties itself, is no goal of the answer, which is kept
        ("Norway recalled its envoy after two Norwegian diplomats were expelled by Chile.",
         ("SANCTION", "NOR", "CHL")),
        ("Norway recalled its envoy following the expulsion of two diplomats by Chile.",
         ("SANCTION", "NOR", "CHL")),
        # the means of an answer answers what its verb's to/against phrase names
        ("Norway responded to Chile's move by recalling its ambassador.",
         ("SANCTION", "NOR", "CHL")),
        ("Norway retaliated against Chile by expelling two diplomats.",
         ("SANCTION", "NOR", "CHL")),
    ],
)
def test_an_act_after_another_partys_act_answers_it(text: str, expected: tuple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        # the earlier act names no party: the answer stays one-party
        ("Norway expelled two diplomats after the talks collapsed.", ("SANCTION", "NOR", None)),
        # a receiver of its own is kept
        ("Norway expelled two Chilean diplomats after Peru closed the border.",
         ("SANCTION", "NOR", "CHL")),
    ],
)
def test_an_answer_takes_no_party_beyond_its_own_clause(text: str, kept: tuple) -> None:
    found = _events(text)
    assert kept in found
    assert not any(e[0] == kept[0] and e[2] == "PER" for e in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norway received a visit from the Chilean president.", ("CONSULT", "CHL", "NOR")),
        ("Norway welcomed Chile's offer of talks.", ("AGREE", "CHL", "NOR")),
        ("The Chilean move drew condemnation from Norway.", ("ACCUSE", "NOR", "CHL")),
    ],
)
def test_a_noun_naming_its_doer_reached_its_governors_subject(text: str, expected: tuple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a people named after a state is not that state: no relation with it
        ("Peruvian soldiers attacked ethnic Bolivian smugglers near the border on Monday.",
         [("ASSAULT", "PER", None)]),
        # with no state named, the people's own act is told under its name
        ("Ethnic Bolivians have vowed to fight for control of the valley.",
         [("THREATEN", "BOL", None)]),
    ],
)
def test_an_ethnic_people_is_no_party_of_a_relation(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _events(text) == expected
