"""Rows -> JSON objects with stable field names: the export records (store/write.py) less "kind"."""

from __future__ import annotations

from typing import Any

from bilateral.store.models import ClusterRow, DocumentRow, EventRow, FigureRow, QuoteRow
from bilateral.store.write import document_summary, event_record, figure_record, quote_record

# document_summary is served as the store writes it, so it is re-exported unchanged.
__all__ = ["cluster", "document_full", "document_summary", "event", "figure", "quote"]


def _without_kind(record: dict[str, Any]) -> dict[str, Any]:
    record.pop("kind", None)
    return record


def document_full(row: DocumentRow, counts: dict[str, int]) -> dict[str, Any]:
    return {**document_summary(row), "text": row.text, "counts": counts}


def event(row: EventRow) -> dict[str, Any]:
    record = _without_kind(event_record(row))
    record["participants"] = record["participants"] or []
    record["evidence"] = record["evidence"] or []
    return record


def figure(row: FigureRow) -> dict[str, Any]:
    record = _without_kind(figure_record(row))
    record["countries"] = record["countries"] or []
    return record


def quote(row: QuoteRow) -> dict[str, Any]:
    return _without_kind(quote_record(row))


def cluster(row: ClusterRow) -> dict[str, Any]:
    return {
        "cluster_id": row.id,
        "pair": row.pair,
        "type": row.type,
        "date": row.date,
        "status": row.status,
        "actors": row.actors or [],
        "size": row.size,
        "label": row.label,
    }
