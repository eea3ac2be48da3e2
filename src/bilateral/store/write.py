"""Turn one document's ``Records`` into rows, and rows back into export records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bilateral.store.models import (
    ClusterRow,
    DocumentRow,
    EventRow,
    FigureRow,
    MentionRow,
    QuoteRow,
)
from bilateral.types import Records

RECORD_TABLES = (MentionRow, EventRow, FigureRow, QuoteRow)


def document_row(records: Records, *, raw_hash: str | None, minhash: bytes | None,
                 version: str) -> DocumentRow:
    doc = records.document
    return DocumentRow(
        doc_id=doc.doc_id,
        content_hash=doc.content_hash,
        raw_hash=raw_hash,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        published=doc.published.isoformat() if doc.published else None,
        outlet=doc.outlet,
        language=doc.language,
        text=doc.text,
        status="ok" if doc.language in (None, "en") else "non_english",
        minhash=minhash,
        extractor_version=version,
    )


def record_values(records: Records) -> dict[type[Any], list[dict[str, Any]]]:
    """Mention, event, figure and quote rows of one document (column values), with stable ids."""
    doc_id = records.document.doc_id
    mentions = [
        {
            "doc_id": doc_id, "text": m.text, "start": m.start, "end": m.end,
            "actor_id": m.actor.id if m.actor else None,
            "country": m.actor.country if m.actor else None,
            "actor": m.actor.to_dict() if m.actor else None,
            "group": [a.to_dict() for a in m.group], "is_place": m.is_place,
        }
        for m in records.mentions
    ]
    events = []
    for n, e in enumerate(records.events, 1):
        rec = e.to_record()
        events.append({
            "event_id": f"{doc_id}:E{n}", "doc_id": doc_id, "type": e.type, "mode": e.mode,
            "cameo": e.cameo, "goldstein": e.goldstein,
            "source_country": e.source.country if e.source else None,
            "target_country": e.target.country if e.target else None,
            "source": rec["source"], "target": rec["target"], "participants": rec["participants"],
            "date": e.date, "date_text": e.date_text, "location": rec["location"],
            "status": e.status, "sentence": e.sentence, "start": e.start, "end": e.end,
            "confidence": e.confidence, "trigger": e.trigger, "evidence": rec["evidence"],
        })
    figures = [
        {
            "figure_id": f"{doc_id}:F{n}", "doc_id": doc_id, "variable": f.variable,
            "value": f.value, "unit": f.unit, "text": f.text, "countries": list(f.countries),
            "country_key": " ".join(sorted(set(f.countries))), "direction": f.direction,
            "period": f.period, "approx": f.approx, "target": f.target, "sentence": f.sentence, "start": f.start,
            "end": f.end,
        }
        for n, f in enumerate(records.figures, 1)
    ]
    quotes = [
        {
            "quote_id": f"{doc_id}:Q{n}", "doc_id": doc_id, "text": q.text, "start": q.start,
            "end": q.end, "speaker": q.speaker.to_dict() if q.speaker else None,
            "speaker_country": q.speaker.country if q.speaker else None,
            "speaker_text": q.speaker_text, "verb": q.verb,
        }
        for n, q in enumerate(records.quotes, 1)
    ]
    return {MentionRow: mentions, EventRow: events, FigureRow: figures, QuoteRow: quotes}


def actor_countries(actors: Iterable[dict[str, Any] | None], *codes: str | None) -> frozenset[str]:
    """The countries of an event's actors (source, target, participants) and of ``codes``."""
    found = {a.get("country") for a in actors if a} | set(codes)
    return frozenset(c for c in found if c)


def country_keys(countries: Iterable[str]) -> list[str]:
    """Every pair among ``countries`` ("PAK-RUS", codes sorted), or the one country alone."""
    codes = sorted(set(countries))
    if len(codes) == 1:
        return codes
    return [f"{a}-{b}" for i, a in enumerate(codes) for b in codes[i + 1:]]


def add_records(session: Session, records: Records) -> None:
    """Insert one document's records: one multi-row INSERT per table, not one per row."""
    for table, values in record_values(records).items():
        if values:
            session.execute(insert(table.__table__), values)


def replace_records(session: Session, records: Records) -> None:
    """Delete a stored document's records and write the new ones (``reextract``).

    The clusters its events were in are dissolved: their other events are left without a
    cluster, for the linker to place again with the new ones.
    """
    doc_id = records.document.doc_id
    dissolved = list(session.scalars(select(EventRow.cluster_id).distinct().where(
        EventRow.doc_id == doc_id, EventRow.cluster_id.is_not(None))))
    if dissolved:
        session.execute(update(EventRow).where(EventRow.cluster_id.in_(dissolved))
                        .values(cluster_id=None))
        session.execute(delete(ClusterRow).where(ClusterRow.id.in_(dissolved)))
    for table in RECORD_TABLES:
        session.execute(delete(table).where(table.doc_id == doc_id))
    add_records(session, records)


def document_record(row: DocumentRow) -> dict[str, Any]:
    return {
        "kind": "document", "doc_id": row.doc_id, "source": row.source, "url": row.url,
        "title": row.title, "published": row.published, "outlet": row.outlet,
        "language": row.language, "status": row.status, "text": row.text,
    }


def document_summary(row: DocumentRow) -> dict[str, Any]:
    """A document without its text (for lists)."""
    return {
        "doc_id": row.doc_id,
        "title": row.title,
        "source": row.source,
        "url": row.url,
        "published": row.published,
        "outlet": row.outlet,
        "language": row.language,
        "status": row.status,
        "chars": len(row.text or ""),
        "ingested_at": row.created_at.isoformat(timespec="seconds") if row.created_at else None,
    }


def event_record(row: EventRow) -> dict[str, Any]:
    return {
        "kind": "event", "event_id": row.event_id, "doc_id": row.doc_id, "type": row.type,
        "mode": row.mode, "cameo": row.cameo, "goldstein": row.goldstein, "source": row.source,
        "target": row.target, "participants": row.participants, "date": row.date,
        "date_text": row.date_text, "location": row.location, "status": row.status,
        "confidence": row.confidence, "trigger": row.trigger, "sentence": row.sentence,
        "start": row.start, "end": row.end, "evidence": row.evidence,
        "cluster_id": row.cluster_id,
    }


def figure_record(row: FigureRow) -> dict[str, Any]:
    return {
        "kind": "figure", "figure_id": row.figure_id, "doc_id": row.doc_id,
        "variable": row.variable, "value": row.value, "unit": row.unit, "text": row.text,
        "countries": row.countries, "direction": row.direction, "period": row.period,
        "approx": row.approx, "target": row.target, "sentence": row.sentence, "start": row.start,
        "end": row.end,
    }


def quote_record(row: QuoteRow) -> dict[str, Any]:
    return {
        "kind": "quote", "quote_id": row.quote_id, "doc_id": row.doc_id, "text": row.text,
        "start": row.start, "end": row.end, "speaker": row.speaker,
        "speaker_text": row.speaker_text, "verb": row.verb,
    }


def mention_record(row: MentionRow) -> dict[str, Any]:
    return {
        "kind": "mention", "doc_id": row.doc_id, "text": row.text, "start": row.start,
        "end": row.end, "actor": row.actor, "group": row.group, "is_place": row.is_place,
    }


RECORD_OF = {
    MentionRow: mention_record,
    EventRow: event_record,
    FigureRow: figure_record,
    QuoteRow: quote_record,
}
