"""Towns and lower-case demonyms read as the country they belong to (issue #13)."""

from __future__ import annotations

from datetime import date

import bilateral
from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver
from bilateral.gazetteer import place_key, place_meant, places_named
from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences
from bilateral.types import Document, Mention


def _mentions(text: str) -> list[Mention]:
    document = Document(text=text, source="t", published=date(2024, 5, 6), language="en")
    sentences = parse_sentences(split_sentences(text), load_nlp())
    return Resolver(load_kb()).resolve(document, sentences)


def _places(text: str) -> dict[str, str | None]:
    return {m.text: m.actor.country if m.actor else None for m in _mentions(text) if m.is_place}


def _pairs(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in bilateral.extract(text, published="2024-05-06").events
        if e.type == event_type
    ]


def test_place_keys_ignore_accents_apostrophes_and_hyphens() -> None:
    assert place_key("Kup'yans'k") == place_key("Kupyansk") == "kupyansk"
    assert place_key("Deir al-Balah") == "deir al balah"
    assert place_key("Dar‘ā") == "dara"


def test_a_town_is_known_by_another_spelling_and_namesakes_are_weighed() -> None:
    assert [p.country for p in places_named("Kupiansk")] == ["UKR"]
    # Pokrovsk is Ukraine's: Russia's town of that name is six times smaller, and
    # Engels, which was once called Pokrovsk, counts as a former name only
    pokrovsk = place_meant("Pokrovsk")
    assert pokrovsk is not None and pokrovsk.country == "UKR"
    assert place_meant("Rafah") is None  # in Gaza and in Egypt: the text must decide
    rafah = place_meant("Rafah", {"EGY", "ISR"})
    assert rafah is not None and rafah.country == "EGY"
    geneva = place_meant("Geneva", {"USA"})  # a small American Geneva does not win
    assert geneva is not None and geneva.country == "CHE"


def test_a_town_written_as_a_place_is_its_country() -> None:
    places = _places("Turkish warplanes pounded a hillside near Zakho before dawn.")
    assert places == {"Zakho": "IRQ"}
    places = _places("Witnesses in the northern town of Kupiansk heard the blasts.")
    assert places == {"Kupiansk": "UKR"}
    assert _places("Shells fell on the Daraa district overnight.") == {"Daraa": "SYR"}


def test_a_bare_name_is_a_place_only_when_big_and_in_a_country_the_text_names() -> None:
    # no locative: a town of more than 15,000 people in a state the text names
    assert _places("Ukrainian officials said Russian drones hit Kupiansk.") == {
        "Kupiansk": "UKR"
    }
    # no locative and no state named: the name stays unresolved
    mentions = _mentions("The committee thanked Hamilton for the report.")
    assert all(m.actor is None for m in mentions if m.text == "Hamilton")
    # ... unless it is a city of a million people or more
    assert _places("Russian missiles struck Kharkiv overnight.") == {"Kharkiv": "UKR"}
    assert _pairs("Russian missiles struck Kharkiv overnight.", "ASSAULT") == [("RUS", "UKR")]


def test_acronyms_parts_of_the_world_and_acting_names_are_no_towns() -> None:
    # "BBC" and "Asia" are also towns' names; a town that acts is a company named after it
    mentions = _mentions("The BBC said Chinese firms in Asia were hurt, and Weifang will "
                         "invest in Vietnam, Chinese officials said.")
    assert [m.text for m in mentions if m.actor is not None and m.is_place] == []


def test_an_attack_on_a_town_is_an_attack_on_its_country() -> None:
    assert _pairs("Israeli jets struck a village near Tyre on Monday.", "ASSAULT") == [
        ("ISR", "LBN")
    ]
    assert _pairs("Russian artillery shelled border posts in Kupiansk.", "ASSAULT") == [
        ("RUS", "UKR")
    ]


def test_peoples_are_their_states() -> None:
    found = {m.text: m.actor.country for m in _mentions(
        "Serbs, Croats, Britons and Spaniards joined the march."
    ) if m.actor}
    assert found == {"Serbs": "SRB", "Croats": "HRV", "Britons": "GBR", "Spaniards": "ESP"}
    # a people named with another state's adjective lives in that state
    found = {m.text: m.actor.country for m in _mentions(
        "Bosnian Serbs and Kosovo Serbs sent delegates.") if m.actor}
    assert found == {"Bosnian Serbs": "BIH", "Kosovo Serbs": "XKX"}


def test_lower_case_demonyms_name_states_only_in_a_text_written_in_lower_case() -> None:
    found = {m.text: m.actor.country for m in _mentions(
        "the pakistani army and emirati officials met in the port on monday."
    ) if m.actor}
    assert found == {"pakistani army": "PAK", "emirati officials": "ARE"}
    # words that are also English words stay words
    assert not [m for m in _mentions("they ate turkey and polish sausage on china plates.")
                if m.actor]
    # a text that capitalises its states does not name one in lower case
    found = {m.text: m.actor.country for m in _mentions(
        "Kenyan police detained ugandan traders.") if m.actor}
    assert found == {"Kenyan police": "KEN"}


def test_rarer_demonyms_and_the_gaza_strip_are_their_states() -> None:
    found = {m.text: m.actor.country for m in _mentions(
        "Kyrgyz, Congolese, Ivorian and Bahraini envoys discussed aid to the Gaza Strip."
    ) if m.actor}
    assert {found.get(w) for w in ("Kyrgyz", "Congolese", "Ivorian")} == {"KGZ", "COD", "CIV"}
    assert "BHR" in found.values() and "PSE" in found.values()


def test_a_region_named_after_a_state_is_not_that_state() -> None:
    found = {
        m.text: m.actor.country if m.actor else None
        for m in bilateral.resolve(
            "Gunmen in the Niger Delta seized a tanker as piracy spread in the Gulf of Guinea.",
            date="2016-06-01",
        )
    }
    assert found.get("Niger Delta") == "NGA"  # Nigeria's, not Niger's
    assert not any(country in ("GIN", "NER") for country in found.values())


def test_a_region_holding_another_states_name_is_its_own_states() -> None:
    found = {
        m.text: m.actor.country if m.actor else None
        for m in bilateral.resolve(
            "Police in New Jersey and officials in New Mexico and New South Wales met Mexico's envoy.",
            date="2020-06-01",
        )
    }
    assert (found.get("New Jersey"), found.get("New Mexico"), found.get("New South Wales")) == (
        "USA", "USA", "AUS"
    )
    assert found.get("Mexico's envoy") == "MEX"
