"""Turn one document's ``Records`` into rows, and rows back into export records."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bilateral.store.doubt import event_doubt
from bilateral.store.models import (
    Base,
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
    return DocumentRow(**document_values(records, raw_hash=raw_hash, minhash=minhash,
                                         version=version))


def document_values(records: Records, *, raw_hash: str | None, minhash: bytes | None,
                    version: str) -> dict[str, Any]:
    """The ``documents`` columns of one document."""
    doc = records.document
    return {
        "doc_id": doc.doc_id,
        "content_hash": doc.content_hash,
        "raw_hash": raw_hash,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "photographed": doc.photographed.isoformat() if doc.photographed else None,
        "outlet": doc.outlet,
        "language": doc.language,
        "text": doc.text,
        "status": "ok" if doc.language in (None, "en") else "non_english",
        "minhash": minhash,
        "extractor_version": version,
    }


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
    events = [
        # the confidence as extracted, not as exported (rounded)
        {"event_id": f"{doc_id}:E{n}", "doc_id": doc_id,
         **event_columns(e.to_record() | {"confidence": e.confidence})}
        for n, e in enumerate(records.relations, 1)
    ]
    figures = [
        {"figure_id": f"{doc_id}:F{n}", "doc_id": doc_id, **figure_columns(f.to_record())}
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


def event_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The ``events`` columns of an event record (the export format): the extractor's and an
    analyst's corrected records are stored alike."""
    source, target = record.get("source"), record.get("target")
    status, confidence = record.get("status") or "occurred", record.get("confidence", 1.0)
    return {
        "type": record["type"], "mode": record.get("mode"), "cameo": record.get("cameo"),
        "goldstein": record.get("goldstein"),
        "source_country": source.get("country") if source else None,
        "target_country": target.get("country") if target else None,
        "source": source, "target": target, "participants": record.get("participants") or [],
        "date": record.get("date"), "date_text": record.get("date_text"),
        "location": record.get("location"), "status": status,
        "sentence": record["sentence"], "start": record["start"], "end": record["end"],
        "confidence": confidence, "trigger": record.get("trigger"),
        "evidence": record.get("evidence") or [],
        "doubt": event_doubt(confidence, record["type"], status, record.get("date")),
    }


def figure_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The ``figures`` columns of a figure record (see ``event_columns``)."""
    countries = list(record.get("countries") or [])
    return {
        "variable": record["variable"], "value": record["value"], "unit": record["unit"],
        "text": record.get("text") or "", "countries": countries,
        "country_key": " ".join(sorted(set(countries))), "direction": record.get("direction"),
        "period": record.get("period"), "approx": record.get("approx"),
        "target": bool(record.get("target")), "sentence": record["sentence"],
        "start": record["start"], "end": record["end"],
    }


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
    cluster, for the linker to place again with the new ones; so are the conflicts of its
    figures' groups.
    """
    doc_id = records.document.doc_id
    dissolve_clusters(session, list(session.scalars(select(EventRow.cluster_id).distinct().where(
        EventRow.doc_id == doc_id, EventRow.cluster_id.is_not(None)))))
    recheck_figure_groups(session, FigureRow.doc_id == doc_id)
    for table in RECORD_TABLES:
        session.execute(delete(table).where(table.doc_id == doc_id))
    add_records(session, records)


def dissolve_clusters(session: Session, cluster_ids: list[int]) -> None:
    """Take these clusters apart: their events are left for the linker to place again."""
    if cluster_ids:
        session.execute(update(EventRow).where(EventRow.cluster_id.in_(cluster_ids))
                        .values(cluster_id=None))
        session.execute(delete(ClusterRow).where(ClusterRow.id.in_(cluster_ids)))


def recheck_figure_groups(session: Session, *where: Any) -> None:
    """Send back to the linker every figure of the same variable and countries as the figures
    ``where`` selects, before those change or go: the conflicts of their groups
    (``linking.contradictions``) are found again without them."""
    groups = session.execute(select(FigureRow.variable, FigureRow.country_key).distinct()
                             .where(*where)).all()
    for variable, country_key in groups:
        session.execute(update(FigureRow).where(FigureRow.variable == variable,
                                                FigureRow.country_key == country_key)
                        .values(conflicts_checked=False))


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
        "cluster_id": row.cluster_id, "review": row.review,
    }


def figure_record(row: FigureRow) -> dict[str, Any]:
    return {
        "kind": "figure", "figure_id": row.figure_id, "doc_id": row.doc_id,
        "variable": row.variable, "value": row.value, "unit": row.unit, "text": row.text,
        "countries": row.countries, "direction": row.direction, "period": row.period,
        "approx": row.approx, "target": row.target, "sentence": row.sentence, "start": row.start,
        "end": row.end, "review": row.review,
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


# Each function takes rows of its own table only; the map is typed by what they share.
RECORD_OF: dict[type[Base], Callable[[Any], dict[str, Any]]] = {
    MentionRow: mention_record,
    EventRow: event_record,
    FigureRow: figure_record,
    QuoteRow: quote_record,
}
