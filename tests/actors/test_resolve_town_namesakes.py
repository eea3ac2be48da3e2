"""Towns that several states share a name with, read in the light of the text (issue #13):
the states a text names, or its dateline names, come first, and a small town of a state
neither they nor their neighbours are is no place of that state."""

from __future__ import annotations

from datetime import date

import bilateral
from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver
from bilateral.gazetteer import neighbours, place_meant
from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences
from bilateral.types import Document


def _town(text: str, town: str) -> str | None:
    document = Document(text=text, source="t", published=date(2024, 5, 6), language="en")
    sentences = parse_sentences(split_sentences(text), load_nlp())
    mentions = Resolver(load_kb()).resolve(document, sentences)
    found = [m for m in mentions if m.text == town]
    assert found, f"{town} is no mention"
    return found[0].actor.country if found[0].actor else None


def _country(name: str, named: set[str]) -> str | None:
    place = place_meant(name, named)
    return place.country if place else None


def test_a_namesake_in_a_state_the_text_names_is_meant() -> None:
    assert _country("Hangu", set()) == "CHN"  # Tianjin's district, six times Pakistan's town
    assert _country("Hangu", {"PAK"}) == "PAK"
    assert _country("Tripoli", {"LBN"}) == "LBN"  # Libya's capital is not eight times larger
    assert _country("Tripoli", set()) == "LBY"


def test_a_far_larger_namesake_wins() -> None:
    assert _country("Herat", {"IRN"}) == "AFG"  # Iran's Herat is a village
    assert _country("Geneva", {"USA", "IRN"}) == "CHE"
    # America's Trinidad is dwarfed, and Bolivia's and Cuba's are alike: none is meant
    assert _country("Trinidad", {"USA", "GBR"}) is None


def test_another_spelling_never_outweighs_a_named_states_own_town() -> None:
    # Asmar of Kunar; "Asmar" is also a spelling of Eritrea's capital
    assert _country("Asmar", set()) == "ERI"
    assert _country("Asmar", {"AFG"}) == "AFG"


def test_a_spelling_that_only_doubles_a_letter_is_the_own_name() -> None:
    # GeoNames names them Odesa and Hannover; the English spellings are no former names
    assert _country("Odessa", set()) == "UKR"  # not the Texan town of a ninth of its size
    assert _country("Hanover", set()) == "DEU"
    text = "Russian missiles struck an oil depot near Odessa on Sunday."
    assert _town(text, "Odessa") == "UKR"


def test_a_name_both_named_states_bear_stays_unresolved() -> None:
    assert _country("Hyderabad", {"IND", "PAK"}) is None


def test_a_town_in_an_article_takes_the_articles_state() -> None:
    text = "Gunmen opened fire on a police van in Hangu, Pakistani officials said on Sunday."
    assert _town(text, "Hangu") == "PAK"
    text = "Israeli drones struck a car near Qana, Lebanese state media reported."
    assert _town(text, "Qana") == "LBN"  # not Egypt's Qena, also spelt Qana


def test_the_dateline_names_the_state() -> None:
    text = ("ASADABAD, Afghanistan (AP) — Insurgents overran two police posts in Asmar "
            "overnight, officials said.")
    assert _town(text, "Asmar") == "AFG"


def test_a_small_town_of_a_state_the_text_never_names_stays_unresolved() -> None:
    # Mongo is a town of Chad; in a text on Afghanistan it is some district the gazetteer lacks
    text = "Afghan police said a roadside bomb exploded in Mongo district on Sunday."
    assert _town(text, "Mongo") is None
    # a text that names no state keeps the only town of that name
    assert _town("A roadside bomb exploded in Mongo on Sunday.", "Mongo") == "TCD"
    # a neighbour's town does: Guasdualito is Venezuela's
    assert neighbours({"COL"}) >= {"VEN", "ECU"}
    text = "Colombian troops chased rebels who fled toward Guasdualito on Monday."
    assert _town(text, "Guasdualito") == "VEN"
    # a large city needs no named state
    text = "American and Iranian envoys will meet in Geneva next week."
    assert _town(text, "Geneva") == "CHE"


def test_no_far_namesake_becomes_a_party() -> None:
    text = "Afghanistan accused Pakistan of shelling villages near Asmar on Monday."
    parties = {
        actor.country
        for event in bilateral.extract(text, published="2024-05-06").events
        for actor in (event.source, event.target)
        if actor
    }
    assert "ERI" not in parties and {"AFG", "PAK"} <= parties
