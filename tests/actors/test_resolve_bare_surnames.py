"""A surname alone names a KB person only when the text has named their state, unless
they held an office named the world over (a leader, a foreign minister...)."""

from __future__ import annotations

import bilateral


def ids(text: str, on: str) -> dict[str, str | None]:
    return {m.text: m.actor.id if m.actor else None for m in bilateral.resolve(text, date=on)}


def test_a_bare_surname_of_a_minor_office_holder_needs_their_state_named() -> None:
    # Vietnam's central-bank governor is "Hong" to the press; a Korean "Hong" is not her
    assert "Hong" not in ids("Seoul and Beijing held talks. Hong said the talks went well.",
                             on="2023-05-01")
    found = ids("Vietnam's central bank cut rates. Hong said exporters would gain.",
                on="2023-05-01")
    assert found["Hong"] == "person:nguyen-thi-hong"
    assert ids("Lavrov rejected the claims.", on="2023-05-01")["Lavrov"] == "person:sergey-lavrov"



def test_a_surname_the_text_gave_to_someone_unknown_is_not_a_famous_namesake() -> None:
    # an unknown "Hal Lavrov" named in full: "Lavrov" alone is him, not Russia's minister
    found = ids("Hal Lavrov, a fisherman from Maine, caught a shark. Lavrov said it was big.",
                on="2023-05-01")
    assert found.get("Lavrov") is None
    # named alone first, the surname is still the famous holder's
    found = ids("Lavrov said Russia would respond. Hal Lavrov, a fisherman, disagreed.",
                on="2023-05-01")
    assert found["Lavrov"] == "person:sergey-lavrov"
