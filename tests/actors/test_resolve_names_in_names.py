"""A state's name or capital inside a longer name (an organisation, a treaty) is no party of its own."""

from __future__ import annotations

import pytest

import bilateral


def by_text(text: str, on: str = "2015-03-01"):
    return {m.text: m for m in bilateral.resolve(text, date=on)}


def test_regional_bodies_are_organisations_not_the_state_in_their_name() -> None:
    found = by_text("The Organization of American States sent observers to Bolivia.")
    assert found["Organization of American States"].actor.country == "OAS"
    assert "American" not in found


def test_peacekeeping_missions_belong_to_their_organisation() -> None:
    found = by_text("UNIFIL patrols and ECOMOG troops came under fire.")
    assert found["UNIFIL"].actor.country == "UN"
    assert found["ECOMOG"].actor.country == "ECOWAS"


def test_a_city_naming_a_treaty_is_no_party_to_it() -> None:
    found = by_text("Armenia and Azerbaijan said they would respect the 2015 Minsk Agreement, "
                    "as Lisbon peace accords and the Vienna treaty required.")
    assert set(found) == {"Armenia", "Azerbaijan"}


def test_a_city_before_other_words_is_still_its_government() -> None:
    found = by_text("Minsk agreed to host the talks.")
    assert found["Minsk"].actor.id == "BLR.GOV"


def test_a_capital_ending_a_club_name_is_no_government() -> None:
    found = by_text("After Porto he coached Real Madrid and Benfica.")
    assert "Madrid" not in found


@pytest.mark.parametrize(
    "text,capital,government",
    [
        # the word that opens the sentence may be no name ("Yesterday"), so it joins nothing
        ("Yesterday Moscow rejected the offer from Tokyo.", "Moscow", "RUS.GOV"),
        # a title-cased headline capitalises every word
        ("Moscow Rejects Tokyo's Offer as Talks Stall", "Tokyo", "JPN.GOV"),
    ],
)
def test_a_capital_after_a_capitalised_word_may_stay_the_government(
    text: str, capital: str, government: str
) -> None:
    assert by_text(text)[capital].actor.id == government


def test_a_state_named_as_part_of_a_persons_name_is_no_party() -> None:
    found = by_text("The coach said Chad Thomas has played well, and fans cheered Jack Jordan.")
    assert "Chad" not in found and "Jordan" not in found
    assert "Mann" not in by_text("He gave $500 to Tracey Robert Mann's campaign.")
    # the states themselves, and their bodies
    found = by_text("Jordan closed its border with Chad, and India Meteorological Department said so.")
    assert {found["Jordan"].actor.id, found["Chad"].actor.id, found["India"].actor.id} == {"JOR", "TCD", "IND"}


def test_a_title_after_an_unknown_body_is_that_bodys_officer() -> None:
    text = "Kenyan doctors met on Friday. In a statement, KMPDU president, Jane Wambui said so."
    assert "president" not in by_text(text, on="2023-03-20")
    # a title alone still names the state's holder the text means
    found = by_text("Kenyan doctors met on Friday. The president said so.", on="2023-03-20")
    assert found["president"].actor.id == "person:william-ruto"
