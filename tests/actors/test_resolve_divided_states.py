"""Halves of a divided state ("the North", "the South") and peoples named by a state's
demonym inside another place ("the province's Albanian leadership")."""

from __future__ import annotations

import bilateral


def ids(text: str, on: str = "2019-06-01") -> dict[str, str | None]:
    return {m.text: m.actor.id if m.actor else None for m in bilateral.resolve(text, date=on)}


def test_the_north_and_the_south_are_the_halves_the_text_names() -> None:
    found = ids("Pyongyang tested a rocket on Sunday. The North then blamed the South for "
                "the drills.")
    assert found["The North"] == "PRK"
    assert found["the South"] == "KOR"
    sudan = ids("Juba and Khartoum met on oil. South Sudan says the North owes it fees.")
    assert sudan["the North"] == "SDN"


def test_a_half_needs_a_divided_state_and_no_name_going_on() -> None:
    assert "the South" not in ids("South Africa voted, and the South welcomed the result.")
    found = ids("North Korea sent a ship into the South China Sea, then the South Korean "
                "navy followed it.")
    assert "the South" not in found
    assert found["South Korean navy"] == "KOR.MIL"


def test_a_demonym_owned_by_a_region_or_another_state_is_a_people() -> None:
    found = ids("Serb police entered the villages. The province's Albanian leadership "
                "called for talks, and Macedonia's Albanian leaders agreed.", on="1998-07-01")
    assert "Albanian leadership" not in found
    assert "Albanian leaders" not in found
    assert ids("Albania's leadership and the Albanian leadership met.")["Albanian leadership"] \
        == "ALB.GOV"
