"""Pydantic models of the records the API returns: they document the fields in OpenAPI.

Field names and meanings are those of the JSONL export (../shared/eval/README.md).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Actor(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(description='Stable id: "PAK", "PAK.MIL", "person:imran-khan"')
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 or organisation code")
    sector: str | None = Field(None, description="GOV, MIL, DIP, BUS, …")
    role: str | None = Field(None, description="Role at the date resolved")


class Span(BaseModel):
    sentence: str
    start: int
    end: int


class DocumentSummary(BaseModel):
    doc_id: str
    title: str | None
    source: str = Field(description="File, URL or feed item it came from")
    url: str | None
    published: str | None = Field(description="YYYY-MM-DD, or null when nothing tells it")
    outlet: str | None
    language: str | None
    status: str = Field(description="ok, or non_english (stored, not analysed)")
    chars: int
    ingested_at: str | None


class Counts(BaseModel):
    events: int
    figures: int
    quotes: int


class Document(DocumentSummary):
    text: str
    counts: Counts


class Event(BaseModel):
    event_id: str
    doc_id: str
    type: str = Field(description="PLOVER event type, e.g. CONSULT")
    mode: str | None = Field(description="PLOVER mode, e.g. visit")
    cameo: str | None = Field(description="Nearest CAMEO code")
    goldstein: float | None = Field(description="Goldstein value of the CAMEO code (-10..10)")
    source: Actor | None
    target: Actor | None
    participants: list[Actor]
    date: str | None = Field(description="YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text")
    date_text: str | None = Field(description="The words the date was read from")
    location: dict[str, Any] | None = Field(description="{name, country, lat, lon}")
    status: str = Field(description="occurred, planned, expected, hoped, hypothetical, "
                        "negated, denied or false_claim")
    confidence: float | None
    trigger: str | None
    sentence: str
    start: int = Field(description="Character offset of the sentence in the document text")
    end: int
    evidence: list[Span] = Field(description="Every sentence that mentions the same event")
    cluster_id: int | None = Field(description="The real event it belongs to")
    review: str | None = Field(None, description="accepted, edited or added by an analyst; null: not reviewed")


class Figure(BaseModel):
    figure_id: str
    doc_id: str
    variable: str = Field(description="trade_total, exports, imports, … or other")
    value: float = Field(description="In base units: 478.03 million -> 478030000")
    unit: str = Field(description="ISO 4217 currency, percent, km, people, …")
    text: str = Field(description="The quantity as written")
    countries: list[str]
    direction: str | None = Field(description='Exporter to importer, "PAK->RUS"')
    period: str | None = Field(description='"2018", "2021-01", "2017/2018", …')
    approx: str | None = Field(description='"about", "over", "nearly", …')
    target: bool = Field(False, description="A goal (\"raise trade to $100bn by 2025\"), not a value reached")
    sentence: str
    start: int
    end: int
    review: str | None = Field(None, description="accepted, edited or added by an analyst; null: not reviewed")


class Quote(BaseModel):
    quote_id: str
    doc_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None
    speaker_text: str | None
    verb: str | None


class Cluster(BaseModel):
    cluster_id: int
    pair: str = Field(description='Country codes sorted, "PAK-RUS"')
    type: str
    date: str | None
    status: str
    actors: list[Actor]
    size: int = Field(description="Number of reports (event rows)")
    label: str


class ClusterWithEvents(Cluster):
    events: list[Event]


class PairCount(BaseModel):
    pair: str
    events: int


class Facets(BaseModel):
    types: list[str]
    statuses: list[str]
    variables: list[str]
