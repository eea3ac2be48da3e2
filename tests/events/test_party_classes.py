"""Parties found beside an event of the right type (issue #13), on sentences of our own.

Three classes: a protest aimed at whom its goal is (the demand or protest it is staged
for), armed people of no state named by where they are ("gunmen in Kenya"), and a
capitalised plural opening a sentence that the tagger reads as a name ("Rebels in Chile
attacked ...": PROPN, lemma "Rebels").
"""

from __future__ import annotations

import pytest

import bilateral

from .conftest import Events, relations

pytestmark = pytest.mark.usefixtures("nlp")  # skips without the spaCy model


def _pairs(events: list) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an infinitive of purpose: the rally is aimed at whom it demands of
        ("Students in Nairobi rallied on Monday to demand that Japan pay compensation.",
         ("PROTEST", "KEN", "JPN")),
        # the goal's own protest names the receiver ("to protest against")
        ("Workers in Oslo went on strike to protest against Chilean fishing quotas.",
         ("PROTEST", "NOR", "CHL")),
        # through an act joined to the protest, to a demand naming no receiver of its own:
        # the first party its phrases name; the crowd protests for where it is
        (("Prisoners rioted at a jail in Nairobi, joining crowds in demanding independence "
          "from Japanese rule."),
         ("PROTEST", "KEN", "JPN")),
    ],
)
def test_protest_is_aimed_at_whom_its_goal_is(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(events_of(text))


def test_a_reported_demand_is_no_goal_of_the_protest(events_of: Events) -> None:
    # what the crowd says another party demanded is another statement, not what it wants
    found = events_of("Students in Nairobi rallied on Monday, saying Japan had demanded "
                      "compensation.")
    assert not [e for e in found if e.type == "PROTEST"]


def test_a_protest_that_names_its_receiver_keeps_it(events_of: Events) -> None:
    found = events_of("Students in Nairobi protested against Japan, demanding that Chile "
                      "release the fishermen.")
    assert ("PROTEST", "KEN", "JPN") in relations(found)
    assert ("PROTEST", "KEN", "CHL") not in relations(found)


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Gunmen in Kenya kidnapped two Japanese engineers on Sunday.", ("KEN", "JPN")),
        ("Armed men in Kenya abducted three Norwegian aid workers.", ("KEN", "NOR")),
        ("Pirates off the coast of Kenya seized a Norwegian tanker.", ("KEN", "NOR")),
        ("Two Chilean ships were attacked by bandits in Kenya.", ("KEN", "CHL")),
    ],
)
def test_armed_people_of_no_state_act_for_where_they_are(
    events_of: Events, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(events_of(text))


def test_troops_where_they_are_may_be_another_states(events_of: Events) -> None:
    assert not [e for e in events_of("Troops in Kenya attacked a Norwegian convoy.")
                if e.source.country == "KEN"]


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Rebels in Chile attacked a Brazilian convoy.", ("CHL", "BRA")),
        ("Guerrillas in Kenya ambushed a Japanese patrol.", ("KEN", "JPN")),
        ("Militias in Kenya attacked Norwegian aid workers.", ("KEN", "NOR")),
    ],
)
def test_a_plural_opening_the_sentence_is_no_name(
    events_of: Events, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(events_of(text))


def test_a_capital_passed_through_is_a_place() -> None:
    # "marched through Seoul": where the crowd is, so Korea protests, not Korea is protested
    records = bilateral.extract("Students marched through Seoul demanding an apology from Japan.")
    assert [(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in records.events] == [("PROTEST", "KOR", "JPN")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norway has sent 30 police officers to Kenya to investigate the killings.",
         ("ACCUSE", "NOR", "KEN")),
        ("Japan sent its intelligence chief to Chile to mediate a ceasefire.",
         ("CONSULT", "JPN", "CHL")),
    ],
)
def test_act_of_purpose_is_done_where_the_sending_went(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(events_of(text))


def test_a_hostile_purpose_does_not_hit_the_host(events_of: Events) -> None:
    # troops sent to Kenya to fight rebels fight in Kenya, not Kenya
    found = events_of("Norway sent troops to Kenya to fight the rebels.")
    assert not [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Norwegian army said soldiers shot dead two Chilean smugglers near the border.",
         ("ASSAULT", "NOR", "CHL")),
        ("Kenya said police had arrested three Japanese nationals at the port.",
         ("COERCE", "KEN", "JPN")),
        ("Japanese officials said security forces had detained two Chilean fishermen.",
         ("COERCE", "JPN", "CHL")),
        ("Soldiers shot dead two Chilean smugglers, the Norwegian army said.",
         ("ASSAULT", "NOR", "CHL")),
        ("According to the Norwegian army, warplanes struck Chilean positions overnight.",
         ("ASSAULT", "NOR", "CHL")),
    ],
)
def test_forces_named_by_no_owner_are_the_speakers(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said rebel forces had attacked a Japanese convoy.",
        "Kenya said foreign troops had attacked Japanese positions.",
        # what a stance holds, not what the speaker reports: the act is told elsewhere
        "Kenya said it regretted that troops had to attack Japanese positions.",
    ],
)
def test_forces_put_on_another_side_are_not_the_speakers(events_of: Events, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "ASSAULT" and e.source.country == "KEN"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A delegation led by the Japanese foreign minister arrived in Nairobi for talks.",
         ("CONSULT", "JPN", "KEN")),
        ("A team headed by a senior Chilean diplomat held talks in Oslo on Monday.",
         ("CONSULT", "CHL", "NOR")),
    ],
)
def test_a_group_led_by_someone_is_theirs(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(events_of(text))



@pytest.mark.parametrize(
    "name,code",
    [
        ("Doctors Without Borders", "MSF"),
        ("The European Council", "EU"),
        ("The African Development Bank", "AFDB"),
        ("The Warsaw Pact", "WARSAWPACT"),
    ],
)
def test_bodies_of_no_state_are_parties(name: str, code: str) -> None:
    records = bilateral.extract(f"{name} criticised Chile for its human rights record.",
                                published="1989-05-01")
    assert [(e.source and e.source.country, e.target and e.target.country)
            for e in records.events] == [(code, "CHL")]


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Gunmen in Chechnya kidnapped two British engineers.", ("RUS", "GBR")),
        ("Rebels in Darfur attacked a Chinese oil field on Sunday.", ("SDN", "CHN")),
        ("Militants in Balochistan attacked a convoy of Chinese engineers.", ("PAK", "CHN")),
        ("Rangoon expelled two Thai diplomats on Friday.", ("MMR", "THA")),
    ],
)
def test_regions_and_former_capitals_are_their_states(text: str, pair: tuple[str, str]) -> None:
    records = bilateral.extract(text, published="1999-05-01")
    assert pair in {(e.source and e.source.country, e.target and e.target.country)
                    for e in records.events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a people named with a state's adjective and another's name lives in the state
        ("Greek Cypriot police arrested two Turkish soldiers.", [("COERCE", "CYP", "TUR")]),
        ("Kosovo Albanian guerrillas ambushed a Serbian police patrol.",
         [("ASSAULT", "XKX", "SRB")]),
    ],
)
def test_a_people_of_two_names_is_one_party(text: str, expected: list) -> None:
    records = bilateral.extract(text, published="1999-05-01")
    assert [(e.type, e.source.country, e.target.country) for e in records.events] == expected


def test_a_titled_former_leader_in_an_undated_text_holds_the_title() -> None:
    # no date says his presidency was over: the title tells the text's time
    records = bilateral.extract("President Mugabe accused Britain of plotting against him.")
    assert [(e.source.country, e.target.country) for e in records.events] == [("ZWE", "GBR")]


def test_a_pair_named_as_one_is_both_states() -> None:
    records = bilateral.extract("Officials of the two Koreas met at the border village of "
                                "Panmunjom on Friday.", published="2018-05-01")
    assert [(e.type, e.source.country, e.target.country) for e in records.events] == [
        ("CONSULT", "PRK", "KOR")
    ]


def test_a_crowd_act_read_as_a_participle_is_the_crowds(events_of: Events) -> None:
    # the parser makes "Hundreds" the root and "protested" a participle on it
    found = events_of("Hundreds of students protested outside the Japanese embassy in Nairobi.")
    assert ("PROTEST", "KEN", "JPN") in relations(found)


def test_a_reduced_passive_is_no_crowd_act(events_of: Events) -> None:
    # "students arrested": they were arrested, by no one named
    assert not [e for e in events_of("Hundreds of Kenyan students arrested in Tokyo.")
                if e.source.country == "KEN"]


@pytest.mark.parametrize(
    "text,country",
    [
        # the text names Lebanon, never Libya: the Lebanese Tripoli
        ("Rival militias clashed in Tripoli on Sunday as shells hit the north Lebanese port.",
         "LBN"),
        ("Libyan officials met Italian envoys in Tripoli.", "LBY"),
        # a town the capital dwarfs stays the capital
        ("British officials said Washington had agreed to the deal.", "USA"),
    ],
)
def test_a_capitals_namesake_in_a_named_state(text: str, country: str) -> None:
    found = [m for m in bilateral.resolve(text) if m.text in ("Tripoli", "Washington")]
    assert [m.actor.country for m in found] == [country]
