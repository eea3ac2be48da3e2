"""The value objects that flow through the pipeline.

Every stage after cleaning is a pure function from these objects to these
objects, so the same code runs in one process, a process pool or on Dask.
Each record keeps its document id and character span into ``Document.text``
(``text[start:end]`` is the evidence).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Statuses an event can have; only OCCURRED events feed timelines and indexes.
OCCURRED = "occurred"
STATUSES = (
    OCCURRED,
    "planned",
    "expected",
    "hoped",
    "hypothetical",
    "negated",
    "denied",
    "false_claim",
)

FIGURE_VARIABLES = (
    "trade_total",
    "exports",
    "imports",
    "trade_balance",
    "trade_growth",
    "investment",
    "deal_value",
    "aid",
    "loan",
    "population",
    "length",
    "other",
)


def normalise_for_hash(text: str) -> str:
    """Text as compared for exact duplicates: NFKC, case-folded, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text; the document's identity."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone or something that acts: a state, a part of one, a person, an organisation.

    id: stable identifier, e.g. ``"PAK"``, ``"PAK.GOV"``, ``"person:imran-khan"``.
    country: ISO 3166-1 alpha-3 code, or an organisation's code (``"SCO"``).
    sector: GOV, MIL, DIP, BUS, … or None for the state as a whole.
    role: e.g. ``"prime minister"`` at the date resolved, or None.
    kind: ``"state"``, ``"person"``, ``"org"`` or ``"group"``.
    """

    id: str
    name: str
    country: str | None
    sector: str | None = None
    role: str | None = None
    kind: str = "state"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            id=data["id"],
            name=data["name"],
            country=data.get("country"),
            sector=data.get("sector"),
            role=data.get("role"),
            kind=data.get("kind", "state"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article. ``doc_id`` is derived from the text so it is stable everywhere."""

    text: str
    source: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    doc_id: str = ""
    content_hash: str = ""
    # When no publication date is printed: the day of the photo above the article, which
    # tells the year of its news (read by events, stored for re-extraction; not exported).
    photographed: date | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.body))
        if not self.doc_id:
            object.__setattr__(self, "doc_id", self.content_hash[:16])

    @property
    def body(self) -> str:
        """The text without the headline that leads it: what identifies an article (the same
        wire copy under two outlets' headlines is one article)."""
        head = f"{self.title}\n\n" if self.title else ""
        return self.text[len(head):] if head and self.text.startswith(head) else self.text

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": "document",
            "doc_id": self.doc_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "language": self.language,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document; ``doc`` is its spaCy parse when it was parsed.

    Only sentences that can hold an event, a figure or a quote are parsed
    (see ``bilateral.nlp.pipeline``); extractors skip or fall back to patterns
    on the others.
    """

    index: int
    start: int
    end: int
    text: str
    doc: Any = None  # spacy.tokens.Doc | None
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document that names an actor (or a group of them)."""

    text: str
    start: int
    end: int
    actor: Actor | None
    group: tuple[Actor, ...] = ()  # "the two countries" -> (PAK, RUS)
    is_place: bool = False  # "talks in Moscow": a location, not an actor

    def to_record(self, doc_id: str) -> dict[str, Any]:
        return {
            "kind": "mention",
            "doc_id": doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor.to_dict() if self.actor else None,
            "group": [a.to_dict() for a in self.group],
            "is_place": self.is_place,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when, coded in PLOVER with the nearest CAMEO code.

    date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as precise as the text allows, or None.
    start/end: the character span of the first sentence in ``Document.text``;
    ``evidence`` holds every sentence that mentions the same event.
    """

    doc_id: str
    type: str
    source: Actor | None
    target: Actor | None
    sentence: str
    start: int
    end: int
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    participants: tuple[Actor, ...] = ()
    date: str | None = None
    date_text: str | None = None
    location: Location | None = None
    status: str = OCCURRED
    confidence: float = 0.5
    trigger: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def between_parties(self) -> bool:
        """A doer and a receiver are known: a relation, kept by the store and the exports."""
        return self.source is not None and self.target is not None

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": "event",
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "participants": [a.to_dict() for a in self.participants],
            "date": self.date,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "evidence": [
                {"sentence": e.sentence, "start": e.start, "end": e.end} for e in self.evidence
            ],
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported quantity: value in base units (478.03 million -> 478030000)."""

    doc_id: str
    variable: str
    value: float
    unit: str
    sentence: str
    start: int
    end: int
    text: str = ""  # the quantity as written
    countries: tuple[str, ...] = ()
    direction: str | None = None  # "PAK->RUS", exporter to importer
    period: str | None = None  # "2018", "2021-01", "2018-01/2018-05", "2017/2018"
    approx: str | None = None  # "about", "over", "nearly", ...
    target: bool = False  # a goal ("raise trade to $100bn by 2025"), not a value reached

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": "figure",
            "doc_id": self.doc_id,
            "variable": self.variable,
            "value": self.value,
            "unit": self.unit,
            "text": self.text,
            "countries": list(self.countries),
            "direction": self.direction,
            "period": self.period,
            "approx": self.approx,
            "target": self.target,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    doc_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None = None
    speaker_text: str | None = None
    verb: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": "quote",
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_text": self.speaker_text,
            "verb": self.verb,
        }


@dataclass(slots=True)
class Records:
    """Everything extracted from one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def relations(self) -> list[Event]:
        """The events between two parties: what the store and the exports keep. The others
        in ``events`` are one-party acts (a protest, a crackdown, a test launch whose other
        side the text does not name; an accusation of a party by someone it does not name,
        which has a target and no source)."""
        return [e for e in self.events if e.between_parties]

    def to_records(self) -> Iterator[dict[str, Any]]:
        """The export records (eval/README.md format), document first."""
        yield self.document.to_record()
        doc_id = self.document.doc_id
        for m in self.mentions:
            yield m.to_record(doc_id)
        for e in self.relations:
            yield e.to_record()
        for f in self.figures:
            yield f.to_record()
        for q in self.quotes:
            yield q.to_record()
