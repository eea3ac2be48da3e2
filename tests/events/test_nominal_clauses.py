"""Events told outside the main clause's verb (issue #13): in participles and clauses on a
noun, and as nouns, each tested on sentences written for it."""

from __future__ import annotations

from typing import Any

from .conftest import Events


def _countries(event: Any) -> set[str]:
    return {a.country for a in (event.source, event.target, *event.participants) if a}


def _has(found: list[Any], kind: str, countries: set[str]) -> bool:
    return any(e.type == kind and _countries(e) == countries for e in found)


def test_a_participle_before_its_noun_takes_the_nouns_parties(events_of: Events) -> None:
    found = events_of("The newly signed agreement between Norway and Chile covers fishing.")
    assert _has(found, "AGREE", {"NOR", "CHL"})



def test_a_joined_act_with_its_own_subject_answers_the_first(events_of: Events) -> None:
    found = events_of("Japan imposed tariffs on Kenyan tea in May, and Kenya protested.")
    assert any(e.type == "ACCUSE" and (e.source.country, e.target.country) == ("KEN", "JPN")
               for e in found)


def test_a_joined_acceptance_is_of_the_first_acts_doer(events_of: Events) -> None:
    found = events_of("Kenya proposed a ceasefire and Japan agreed.")
    assert any(e.type == "AGREE" and (e.source.country, e.target.country) == ("JPN", "KEN")
               for e in found)


def test_a_joined_act_with_a_receiver_of_its_own_keeps_it(events_of: Events) -> None:
    found = events_of("Japan imposed tariffs on Kenya, and Norway protested to Chile.")
    assert not any(e.type == "ACCUSE" and "JPN" in _countries(e) for e in found)


def test_an_act_another_verb_was_done_in_is_aimed_at_its_object(events_of: Events) -> None:
    found = events_of("Norwegian troops entered Chile in a raid on Saturday.")
    assert any(e.type == "ASSAULT" and (e.source.country, e.target.country) == ("NOR", "CHL")
               for e in found)
