"""A surname of a KB office holder that is also a town is the town where the text writes a
place ("in Trujillo", "the city of Trujillo", "Trujillo province", "Trujillo, Peru") and the
person where it writes a person ("Trujillo said", "Minister Trujillo")."""

from __future__ import annotations

import bilateral
from bilateral.types import Mention

ON = "2020-06-01"


def mention_of(text: str, word: str, nth: int = 0) -> Mention:
    found = [m for m in bilateral.resolve(text, date=ON) if word in m.text.split()]
    return found[nth]


def is_town_of(mention: Mention, country: str) -> bool:
    return mention.is_place and mention.actor is not None and mention.actor.country == country


def test_a_surname_after_a_locative_is_the_town() -> None:
    found = mention_of("Andean trade envoys met in Trujillo on Monday.", "Trujillo")
    assert is_town_of(found, "PER")
    found = mention_of("Riot police dispersed a march near Holguin.", "Holguin")
    assert is_town_of(found, "CUB")


def test_a_surname_with_a_place_noun_or_a_state_after_a_comma_is_the_town() -> None:
    assert is_town_of(mention_of("Mudslides cut roads in the city of Trujillo.", "Trujillo"),
                      "PER")
    assert is_town_of(mention_of("Troops patrolled Bogra district in Bangladesh.", "Bogra"),
                      "BGD")
    assert is_town_of(mention_of("Trujillo, Peru hosted the Andean summit.", "Trujillo"), "PER")


def test_the_town_stays_a_town_after_the_person_was_named() -> None:
    text = ("Colombian Foreign Minister Carlos Holmes Trujillo flew to Lima. "
            "Trujillo then met Peruvian mayors in Trujillo.")
    person = mention_of(text, "Trujillo", 1)  # the first is "Carlos Holmes Trujillo"
    assert person.actor is not None and person.actor.id == "person:carlos-holmes-trujillo"
    assert is_town_of(mention_of(text, "Trujillo", 2), "PER")


def test_a_surname_written_as_a_person_stays_the_person() -> None:
    for text in ("Trujillo said Colombia would not hand the men to Venezuela.",
                 "Minister Trujillo criticised Venezuela on Tuesday.",
                 "Venezuela's envoys spoke of their anger in Trujillo's reply."):
        found = mention_of(text, "Trujillo")
        assert found.actor is not None and found.actor.id == "person:carlos-holmes-trujillo"
    found = mention_of("Caracas lost faith in Rubio, Venezuelan officials said.", "Rubio")
    assert found.actor is not None and found.actor.id == "person:marco-rubio"


def test_a_surname_modifying_a_persons_noun_after_in_stays_the_person() -> None:
    text = "Tehran noted a shift in Bush administration policy on sanctions."
    found = next(m for m in bilateral.resolve(text, date="2006-06-01") if m.text == "Bush")
    assert not found.is_place
    assert found.actor is not None and found.actor.id == "person:george-w-bush"
