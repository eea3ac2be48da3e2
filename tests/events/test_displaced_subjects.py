"""The subject the parser hides in an opening phrase (issue #13): after "After talks with
<name>," the model often reads "<Country>'s minister, <Name>," as appositions of that name
and leaves the main verb with no subject. The apposition closing right before the verb is
its subject again, for the verb's own act and for the meeting of the opening phrase."""

from __future__ import annotations

from .conftest import Events, relations


def test_meeting_after_which_the_minister_spoke_is_the_ministers(events_of: Events) -> None:
    found = events_of(
        "Speaking to reporters after meeting in Tokyo with Japanese Prime Minister Ishiba,"
        " Kenya's trade minister, Lee Kinyanjui, confirmed that the two sides would expand"
        " tea sales."
    )
    assert ("CONSULT", "KEN", "JPN") in relations(found)


def test_act_of_the_hidden_subject_has_its_doer(events_of: Events) -> None:
    found = events_of(
        "After meeting Japanese Prime Minister Ishiba in Tokyo, Brazil's foreign minister,"
        " Mauro Vieira, signed an agreement with Japan."
    )
    assert ("CONSULT", "BRA", "JPN") in relations(found)
    assert ("AGREE", "BRA", "JPN") in relations(found)


def test_noun_meeting_before_the_hidden_subject(events_of: Events) -> None:
    found = events_of(
        "Following a meeting with Chilean President Rojas, Kenya's president, William"
        " Ruto, announced a new trade deal."
    )
    assert ("CONSULT", "KEN", "CHL") in relations(found)


def test_apposition_of_a_named_subject_stays_an_apposition(events_of: Events) -> None:
    # the verb has its subject: the apposition says who the partner is
    found = events_of(
        "After talks with Hansen, Norway's foreign minister, President Rojas said Chile"
        " would open the port."
    )
    assert ("CONSULT", "CHL", "NOR") in relations(found)
