"""Who the other side of an act is when its own arguments name one party: mechanisms found
on the held-out wire sentences (the halves read for error classes), tested here on
sentences written for them."""

from __future__ import annotations

from .conftest import Events, relations


def test_a_country_where_the_subjects_thing_was_made_is_its_doer(events_of: Events) -> None:
    # a report released in a country, named as a country or by its capital, is that
    # country's, as one released in a city is
    assert relations(events_of("A report released in Kenya on Monday accused Chile of overfishing.")) == [
        ("ACCUSE", "KEN", "CHL")
    ]
    assert relations(
        events_of("A study published in the Norwegian capital alleged that Chile had hidden catches.")
    ) == [("ACCUSE", "NOR", "CHL")]


def test_a_country_the_subject_is_about_is_no_doer(events_of: Events) -> None:
    # what a report is on or about is its topic, not where it was made
    assert events_of("A report on Kenya accused Chile of overfishing.") == []


def test_people_where_they_are_are_not_the_places_doers(events_of: Events) -> None:
    # troops in a country may be another state's: only where a thing was made or done counts
    assert events_of("Troops in Kenya attacked Chilean sailors.") == []
