"""The subject the parser hides in an opening phrase (issue #13): after "After talks with
<name>," the model often reads "<Country>'s minister, <Name>," as appositions of that name
and leaves the main verb with no subject. The apposition closing right before the verb is
its subject again, for the verb's own act and for the meeting of the opening phrase."""

from __future__ import annotations

import pytest

from .conftest import Events, relations

MENDED = [
    # the gerund meeting after which the minister spoke is the minister's
    (
        ("Speaking to reporters after meeting in Tokyo with Japanese Prime Minister Ishiba,"
        " Kenya's trade minister, Lee Kinyanjui, confirmed that the two sides would expand"
        " tea sales."),
        [("CONSULT", "KEN", "JPN")],
    ),
    # the hidden subject's own act has its doer too
    (
        ("After meeting Japanese Prime Minister Ishiba in Tokyo, Brazil's foreign minister,"
        " Mauro Vieira, signed an agreement with Japan."),
        [("CONSULT", "BRA", "JPN"), ("AGREE", "BRA", "JPN")],
    ),
    # a meeting noun before the hidden subject
    (
        ("Following a meeting with Chilean President Rojas, Kenya's president, William"
        " Ruto, announced a new trade deal."),
        [("CONSULT", "KEN", "CHL")],
    ),
    # the verb has its subject: the apposition says who the partner is
    (
        ("After talks with Hansen, Norway's foreign minister, President Rojas said Chile"
        " would open the port."),
        [("CONSULT", "CHL", "NOR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_subject_hidden_in_an_opening_phrase(
    events_of: Events, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = relations(events_of(text))
    assert all(relation in found for relation in expected)



def test_hosting_refugees_is_no_visit(events_of: Events) -> None:
    # given refuge (AID), not a visit of the state they fled
    events = events_of("Already hosting two million refugees from Japan, Pakistan closed the border.")
    assert "CONSULT" not in [e.type for e in events]
    assert relations(events_of("Pakistan hosted the foreign minister of China.")) == [
        ("CONSULT", "PAK", "CHN")
    ]
