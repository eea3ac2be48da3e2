"""Proper names the KB does not know, read as the country they lie in.

"Israeli jets struck a village near Tyre", "shelling of border posts in Kupiansk": the town
is a place of Lebanon, of Ukraine, and an act on it is an act on that country. The gazetteer
knows some 250,000 towns, and many are also words, surnames or towns elsewhere, so a name is
a place only

* written where a place is: after "in", "near", "outside" ... or "the town of", or before a
  place noun ("Yaroun town", "the Kursk region"); elsewhere only a town of at least
  ``BARE_NAME_PEOPLE`` people in a country the text names, or a city of at least
  ``WORLD_CITY_PEOPLE`` anywhere ("Russian missiles hit Kharkiv"), as the object of an act
  ("Russian troops shelled Kupiansk"), not as the one who acts ("Xinyi will build a plant"
  is a company);
* not an acronym ("BBC") nor a part of the world a town is also named after ("Asia");
* and when the name means one country's place: the text's own countries decide between
  namesakes ("Rafah" in Gaza or in Egypt, "Hangu" in Pakistan or in China), else the far
  most populous of them (``gazetteer.place_meant``);
* and, in a text that names states (or is filed from one), when the place lies in one of
  them or a neighbour, or is a city of ``FAR_CITY_PEOPLE`` people: "a post in Mongo
  district" of a text on Afghanistan is no town of Chad, and takes no new state into the
  text's events.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from bilateral.actors.kb import KnowledgeBase
from bilateral.gazetteer import Place, neighbours, place_meant
from bilateral.types import Actor

# fmt: off
# A word before a name that says it is where something is or happens.
LOCATIVE = frozenset([
    "in", "at", "near", "outside", "inside", "across", "around", "into", "toward", "towards",
    "from", "over", "along", "throughout", "within", "beyond", "off", "nearby",
])
# Nouns a place name comes with: "Yaroun town", "the town of Yaroun", "north of Kherson".
PLACE_NOUNS = frozenset([
    "town", "village", "city", "region", "province", "district", "oblast", "governorate",
    "county", "municipality", "prefecture", "area", "border", "crossing", "camp", "port",
    "valley", "front", "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood",
    "enclave", "settlement", "hamlet", "township", "sector", "airport", "airbase",
])
DIRECTIONS = frozenset([
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "heart", "centre", "center",
])
# Words that make the name a person's: "Mr Jackson", "Jackson said".
PERSON_BEFORE = frozenset(["mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr."])
SPEECH_LEMMAS = frozenset(["say", "tell", "add", "state", "write", "note", "insist", "claim"])
# Where a bare name may stand to be a place: what is acted on, or a conjunct of it.
PLACE_ROLES = frozenset(["dobj", "pobj", "nsubjpass", "conj"])
# Continents and parts of the world that towns are also named after ("Asia", Philippines).
WORLD_REGIONS = frozenset([
    "asia", "europe", "africa", "oceania", "eurasia", "arctic", "antarctic", "pacific",
    "atlantic", "mediterranean", "caribbean", "balkans", "caucasus", "sahel", "levant",
    "maghreb", "scandinavia", "middle east", "far east", "gulf", "west", "east", "north",
    "south", "central asia", "south asia", "southeast asia", "east asia",
])
# fmt: on
BARE_NAME_PEOPLE = 15_000
# A city this large is its country's even in a text that never names the country
# ("Russian missiles hit Kharkiv").
WORLD_CITY_PEOPLE = 1_000_000
# A place outside the states a text names and their neighbours is that far state's only
# when it is a city this large ("talks in Geneva" of a text on the United States and Iran);
# a smaller one is more likely a namesake of a place the gazetteer lacks.
FAR_CITY_PEOPLE = 100_000
# Adjectives and articles between a locative and the name: "in the occupied southern town".
MAX_WORDS_BETWEEN = 3


def place_actor(name: Any, named: Collection[str], kb: KnowledgeBase) -> Actor | None:
    """The state the spaCy span ``name`` (a run of proper nouns) lies in, when the name is
    written as a place and means one country's (``named``: the countries the text names,
    with the one of its dateline)."""
    words = [t.text for t in name]
    with_place_noun = len(words) > 1 and words[-1].lower() in PLACE_NOUNS  # "the Kursk Region"
    written = " ".join(words[:-1] if with_place_noun else words)
    if written.isupper() or written.lower() in WORLD_REGIONS:
        return None
    place = town_meant(written, named, kb)
    if place is None:  # most names: the words around need no look
        return None
    located = with_place_noun or _locative_before(name) or _place_noun_after(name)
    if not located and (
        (place.country not in named and place.population < WORLD_CITY_PEOPLE)
        or place.population < BARE_NAME_PEOPLE
        or name.root.dep_ not in PLACE_ROLES
        or _a_person(name)
    ):
        return None
    return kb.state(place.country)


def town_meant(written: str, named: Collection[str], kb: KnowledgeBase) -> Place | None:
    """The town ``written`` means in a text naming ``named`` (``gazetteer.place_meant``),
    unless it lies far from every state the text names (``_far``)."""
    place = place_meant(written, named)
    # another spelling weighs a quarter here too: "Sarkh" in Afghanistan is no Chadian city
    if place is None or _far(place.country, place.weight, named, kb):
        return None
    return place


def _far(country: str, weight: float, named: Collection[str], kb: KnowledgeBase) -> bool:
    """A town of a state that neither the text, which names states, nor their neighbours are
    (``weight``: its people, a quarter of them when the name is another spelling)."""
    if country in named or weight >= FAR_CITY_PEOPLE:
        return False
    states = [code for code in named if kb.state(code) is not None]
    return bool(states) and country not in neighbours(states)


def _locative_before(name: Any) -> bool:
    doc = name.doc
    i = name.start - 1
    while i >= 0 and name.start - i <= MAX_WORDS_BETWEEN and (
        doc[i].pos_ in ("DET", "ADJ") or doc[i].lower_ in DIRECTIONS and doc[i].dep_ == "amod"
    ):
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word == "of" and i > 0:  # "the town of Yaroun", "north of Kherson"
        return doc[i - 1].lower_ in PLACE_NOUNS or doc[i - 1].lower_ in DIRECTIONS
    return word in LOCATIVE


def _place_noun_after(name: Any) -> bool:
    doc = name.doc
    return name.end < len(doc) and doc[name.end].lower_ in PLACE_NOUNS


def _a_person(name: Any) -> bool:
    """ "Mr Jackson", "Jackson said": a name the text uses for a person."""
    doc = name.doc
    before = doc[name.start - 1].lower_ if name.start > 0 else ""
    root = name.root
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_LEMMAS
    return before in PERSON_BEFORE or speaks
