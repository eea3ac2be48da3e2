"""Exports beside JSONL: GDELT-style CSV, PLOVER JSON, Parquet tables, GraphML.

The column mappings are written in docs/formats-export.md. ``write_export`` is
the one entry point; ``bilateral export --format …`` dispatches here.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bilateral.analysis.clusters import clusters_with_members
from bilateral.analysis.network import actor_network, write_graphml
from bilateral.errors import UserError
from bilateral.linking import dates
from bilateral.linking.events import event_actors
from bilateral.linking.sectors import event_sectors
from bilateral.store.models import (
    ClusterRow,
    DocumentRow,
    EventRow,
    FigureRow,
    QuoteRow,
)
from bilateral.types import OCCURRED

FORMATS = ("gdelt-csv", "plover-json", "parquet", "graphml")

# GDELT 2.0 event table columns, in order (GDELT Event Codebook V2.0), then ours.
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO]
    + ["DATEADDED", "SOURCEURL"]
    + ["DatePrecision", "PloverType", "PloverMode", "Status", "Sentence", "Review"]  # bilateral's own
)

QUADS = {  # PLOVER quad category -> GDELT QuadClass
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
PLOVER_QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
                4: "material_conflict"}
SECTOR_CONTEXTS = {"defence": "military", "energy": "natural_resource", "trade": "economic",
                   "security": "terrorism", "diplomacy": "diplomatic"}


def quad_class(type_: str, cameo: str | None) -> int | str:
    """GDELT QuadClass from the CAMEO root (01-05, 06-09, 10-14, 15-20), else the PLOVER type."""
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    return QUADS.get(type_, "")


def _pad(date: str, middle: bool = False) -> str:
    """A full ISO date for a partial one: its period's first day, or its middle."""
    if len(date) == 4:
        return date + ("-07-01" if middle else "-01-01")
    if len(date) == 7:
        return date + ("-15" if middle else "-01")
    return date


def fraction_date(date: str) -> float:
    """GDELT's FractionDate (year + day of year / 365); a coarse date counts from its middle."""
    day = Date.fromisoformat(_pad(date, middle=True)).timetuple().tm_yday
    return round(int(date[:4]) + day / 365, 4)


def in_lead(event: EventRow, text: str) -> bool:
    """The event is read from the article's first paragraph (GDELT's IsRootEvent)."""
    first_break = text.find("\n")
    return first_break == -1 or event.start < first_break


def _actor_columns(n: int, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    country, sector = actor.get("country") or "", actor.get("sector") or ""
    return {f"Actor{n}Code": country + sector, f"Actor{n}Name": actor.get("name", ""),
            f"Actor{n}CountryCode": country, f"Actor{n}Type1Code": sector}


def _geo_columns(location: dict[str, Any] | None) -> dict[str, Any]:
    if not location:
        return {}
    has_point = location.get("lat") is not None
    return {"ActionGeo_Type": 4 if has_point else 1, "ActionGeo_FullName": location.get("name"),
            "ActionGeo_CountryCode": location.get("country") or "",
            "ActionGeo_Lat": location.get("lat"), "ActionGeo_Long": location.get("lon")}


def _date_columns(date: str | None) -> dict[str, Any]:
    if not date:
        return {}
    padded = _pad(date)
    return {"SQLDATE": padded.replace("-", ""), "MonthYear": padded[:7].replace("-", ""),
            "Year": date[:4], "FractionDate": fraction_date(date),
            "DatePrecision": dates.precision(date)}


def gdelt_row(cluster: ClusterRow, members: list[EventRow],
              docs: dict[str, DocumentRow]) -> dict[str, Any]:
    """One GDELT-style row for one real event (a cluster)."""
    lead = min(members, key=lambda m: (-dates.rank(m.date), m.id))
    cameo = lead.cameo or ""
    cited = [docs[m.doc_id] for m in members]
    row = {
        "GLOBALEVENTID": cluster.id,
        **_date_columns(cluster.date),
        **_actor_columns(1, lead.source),
        **_actor_columns(2, lead.target),
        "IsRootEvent": int(any(in_lead(m, docs[m.doc_id].text) for m in members)),
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": quad_class(cluster.type, cameo),
        "GoldsteinScale": round(cluster.goldstein if cluster.goldstein is not None else 0.0, 2),
        "NumMentions": sum(1 + len(m.evidence or []) for m in members),
        "NumSources": len({d.outlet or d.source for d in cited}),
        "NumArticles": len({d.doc_id for d in cited}),
        **_geo_columns(lead.location),
        "DATEADDED": min(d.created_at for d in cited).strftime("%Y%m%d%H%M%S"),
        "SOURCEURL": docs[lead.doc_id].url or docs[lead.doc_id].source,
        "PloverType": cluster.type, "PloverMode": lead.mode or "", "Status": cluster.status,
        "Sentence": lead.sentence,
        "Review": " ".join(sorted({m.review for m in members if m.review})),
    }
    return {column: row.get(column, "") for column in GDELT_COLUMNS}


def _documents(session: Any) -> dict[str, DocumentRow]:
    return {d.doc_id: d for d in session.scalars(select(DocumentRow))}


def write_gdelt_csv(store: Any, path: Path) -> int:
    """Occurred real events (clusters), one row each, GDELT 2.0 event columns first."""
    clusters = clusters_with_members(store, None, OCCURRED)
    with store.session() as session:
        docs = _documents(session)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=GDELT_COLUMNS)
        writer.writeheader()
        for cluster, members in clusters:
            writer.writerow(gdelt_row(cluster, members, docs))
    return len(clusters)


def _plover_actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if not actor:
        return None
    return {"name": actor.get("name"), "country": actor.get("country"),
            "sector": actor.get("sector"), "title": actor.get("role"), "id": actor.get("id")}


def plover_record(event: EventRow, doc: DocumentRow) -> dict[str, Any]:
    """One event in the PLOVER/POLECAT record shape (see docs/formats-export.md)."""
    location = event.location or {}
    sectors = event_sectors(event.sentence, event_actors(event), event.mode, event.cameo)
    quad = QUADS.get(event.type)
    return {
        "event_id": event.event_id,
        "event_date": event.date, "date_precision": dates.precision(event.date),
        "event_type": event.type, "event_mode": event.mode or "",
        "contexts": sorted(SECTOR_CONTEXTS[s] for s in sectors),
        "quad_category": PLOVER_QUADS.get(quad or 0, ""),
        "actor": _plover_actor(event.source), "recipient": _plover_actor(event.target),
        "other_actors": [_plover_actor(a) for a in event.participants or []],
        "status": event.status,
        "placename": location.get("name"), "country": location.get("country"),
        "latitude": location.get("lat"), "longitude": location.get("lon"),
        "cameo_code": event.cameo, "goldstein": event.goldstein,
        "event_text": event.sentence, "span": [event.start, event.end],
        "story_id": doc.doc_id, "story_date": doc.published, "source": doc.source,
        "publication": doc.outlet, "url": doc.url, "cluster_id": event.cluster_id,
        "confidence": event.confidence, "language": doc.language or "en",
        "review": event.review,
    }


def write_plover_json(store: Any, path: Path) -> int:
    """Every event (any status) as a JSON array of PLOVER records."""
    with store.session() as session:
        docs = _documents(session)
        records = [plover_record(e, docs[e.doc_id])
                   for e in session.scalars(select(EventRow).order_by(EventRow.id))]
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(records)


TABLES = {"documents": DocumentRow, "events": EventRow, "figures": FigureRow,
          "quotes": QuoteRow, "clusters": ClusterRow}
_SKIP_COLUMNS = {"minhash"}  # binary sketches, meaningless outside the store


def _columns(model: Any) -> list[str]:
    return [c.name for c in model.__table__.columns if c.name not in _SKIP_COLUMNS]


def _table_rows(session: Any, model: Any) -> Iterator[dict[str, Any]]:
    columns = _columns(model)  # attribute names equal column names in store.models
    for row in session.scalars(select(model).order_by(model.id)):
        # Nested actors/locations as JSON text: one stable column type for every row.
        yield {c: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
               for c in columns for v in (getattr(row, c),)}


def write_parquet(store: Any, path: Path) -> int:
    """One Parquet file per table (documents, events, figures, quotes, clusters) in folder ``path``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.mkdir(parents=True, exist_ok=True)
    written = 0
    with store.session() as session:
        for name, model in TABLES.items():
            rows = list(_table_rows(session, model))
            table = pa.Table.from_pylist(rows) if rows else pa.table(
                {c: pa.array([], pa.string()) for c in _columns(model)})
            pq.write_table(table, path / f"{name}.parquet")
            written += len(rows)
    return written


def write_network(store: Any, path: Path) -> int:
    return write_graphml(actor_network(store, listed=None), path)


WRITERS: dict[str, Callable[[Any, Path], int]] = {
    "gdelt-csv": write_gdelt_csv, "plover-json": write_plover_json,
    "parquet": write_parquet, "graphml": write_network,
}


def write_export(store: Any, fmt: str, path: Path) -> int:
    """Write the store as ``fmt`` (gdelt-csv, plover-json, parquet, graphml) to ``path``.

    parquet writes a folder of tables; the others one file. Returns records written.
    """
    if fmt not in WRITERS:
        raise UserError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](store, Path(path))
