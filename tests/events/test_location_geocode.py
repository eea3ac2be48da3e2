"""Offline geocoding of an event's place."""

from __future__ import annotations

from typing import Any

from bilateral.events.location import event_location
from bilateral.gazetteer import geocode


def test_location_geocode_city_and_country() -> None:
    oslo = geocode("Oslo")
    assert oslo is not None and oslo.country == "NOR" and oslo.lat is not None
    kenya = geocode("Kenya")
    assert kenya is not None and kenya.country == "KEN"
    assert geocode("Nowhereville-on-Sea") is None


def test_location_prefers_the_city_after_in(parse: Any) -> None:
    doc = parse("The Kenyan minister met his Japanese counterpart in Osaka.")
    trigger = next(t for t in doc if t.text == "met")
    place = event_location(trigger)
    assert place is not None and place.name == "Osaka" and place.country == "JPN"


def test_location_visit_object_is_the_place(parse: Any) -> None:
    doc = parse("In 2003 the general visited Nairobi, and in 2008 a delegation visited Norway.")
    second = [t for t in doc if t.text == "visited"][1]
    place = event_location(second, visit=True)
    assert place is not None and place.country == "NOR"


def test_location_takes_the_whole_name_in_the_triggers_clause(parse: Any) -> None:
    doc = parse("Chile and Peru signed a fisheries accord in Buenos Aires.")
    place = event_location(next(t for t in doc if t.text == "signed"))
    assert place is not None and place.name == "Buenos Aires" and place.country == "ARG"


def test_a_place_of_another_clause_is_not_the_events(parse: Any) -> None:
    doc = parse("Chile's navy joined the drill, which the two countries held near the port "
                "after talks in Buenos Aires.")
    assert event_location(next(t for t in doc if t.text == "joined")) is None
    doc = parse("The two leaders signed a declaration and discussed the war in Gaza.")
    assert event_location(next(t for t in doc if t.text == "signed")) is None


def test_a_country_named_as_an_owner_is_no_location(parse: Any) -> None:
    doc = parse("Peru's president criticised Bolivia's plans.")
    trigger = next(t for t in doc if t.text == "criticised")
    assert event_location(trigger) is None
