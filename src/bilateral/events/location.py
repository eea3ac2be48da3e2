"""Where an event happened: a city or country named in its sentence, geocoded offline.

Looks at place names after "in", "at" or "to" (for visits) near the trigger, then
at other proper names of the sentence used as places, and geocodes them with
``bilateral.gazetteer`` (the most populous match winning).
"""

from __future__ import annotations

from typing import Any

from bilateral.gazetteer import geocode
from bilateral.types import Location

PLACE_PREPS = {"in", "at", "to"}


def event_location(trigger: Any, visit: bool = False) -> Location | None:
    """The place of the event whose trigger is ``trigger``.

    The trigger's own place phrases ("visited Moscow", "talks in Samarkand") come first;
    then names the sentence uses as places ("in Geneva"; not "China's build-up").
    Within each, a city beats a country. Only the parse is read (no named entities:
    the NER costs as much as the rest of the pipeline).
    """
    own = _geocoded(_name(t) for t in _place_objects(trigger, visit) if t.pos_ == "PROPN")
    return own or _geocoded(_name(t) for t in trigger.doc if _is_locative(t, trigger))


def _geocoded(names: Any) -> Location | None:
    found = [loc for loc in (geocode(n) for n in names if n) if loc]
    cities = [loc for loc in found if loc.lat is not None]
    return (cities or found)[0] if found else None


def _place_objects(trigger: Any, visit: bool) -> list[Any]:
    """Objects of in/at/to phrases on the trigger or its verb, and a visit's object."""
    heads = [trigger] + ([trigger.head] if trigger.head.i != trigger.i else [])
    places = [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return places + [c for c in trigger.children if visit and c.dep_ == "dobj"]


def _is_locative(token: Any, trigger: Any) -> bool:
    """A proper name used as a place in the trigger's own clause: the object of in/at/to
    whose nearest verb above is the trigger or governs it ("signed a deal in Tokyo",
    "talks were held in Geneva"; not "... and discussed the war in Gaza")."""
    if not (token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS):
        return False
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.i == trigger.i or verb.is_ancestor(trigger))


def _name(token: Any) -> str:
    """The whole proper name ``token`` ends: "New Delhi" for Delhi, "Saudi Arabia" for Arabia."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return str(doc[start : token.i + 1].text)
