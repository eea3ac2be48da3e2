"""The review queue: records not yet reviewed, those most worth a look first.

A record earns points for each reason to doubt it: a low extraction confidence, a conflict
type (an accusation or a threat costs more when wrong), an event said to have occurred with
no date, one said not to have happened, a figure another source contradicts. Records with no
reason are left out; the weights say what an analyst's minute is best spent on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select
from sqlalchemy.orm import Session

from bilateral.store.models import EventRow, FigureConflictSideRow, FigureRow
from bilateral.store.session import Store
from bilateral.types import OCCURRED

CONFLICT_TYPES = frozenset(("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT"))
LOW_CONFIDENCE = 0.6
WEIGHTS = {"low confidence": 2.0, "conflict type": 1.0, "undated": 0.75, "did not happen": 0.5,
           "contradicted": 1.5}


def event_reasons(row: EventRow) -> list[str]:
    reasons = []
    if row.confidence is not None and row.confidence < LOW_CONFIDENCE:
        reasons.append("low confidence")
    if row.type in CONFLICT_TYPES:
        reasons.append("conflict type")
    if row.status == OCCURRED and not row.date:
        reasons.append("undated")
    if row.status != OCCURRED:
        reasons.append("did not happen")
    return reasons


def event_doubt() -> ColumnElement[float]:
    """``_score`` of ``event_reasons`` as a SQL expression (0 for an event with no reason), so
    that the database picks the most doubtful events instead of Python reading them all."""
    undated = and_(EventRow.status == OCCURRED, or_(EventRow.date.is_(None), EventRow.date == ""))
    return (case((EventRow.confidence < LOW_CONFIDENCE,
                  WEIGHTS["low confidence"] + LOW_CONFIDENCE - EventRow.confidence), else_=0.0)
            + case((EventRow.type.in_(sorted(CONFLICT_TYPES)), WEIGHTS["conflict type"]), else_=0.0)
            + case((undated, WEIGHTS["undated"]), else_=0.0)
            + case((EventRow.status != OCCURRED, WEIGHTS["did not happen"]), else_=0.0))


def _score(reasons: list[str], confidence: float | None) -> float:
    score = sum(WEIGHTS[r] for r in reasons)
    if "low confidence" in reasons and confidence is not None:
        score += LOW_CONFIDENCE - confidence  # the lower, the sooner
    return round(score, 3)


def _event_item(row: EventRow, reasons: list[str]) -> dict[str, Any]:
    actors = " → ".join((a or {}).get("country") or "?" for a in (row.source, row.target))
    return {"kind": "event", "id": row.event_id, "doc_id": row.doc_id,
            "summary": f"{row.type} {actors} {row.date or 'undated'} {row.status}",
            "sentence": row.sentence, "confidence": row.confidence, "reasons": reasons,
            "score": _score(reasons, row.confidence)}


def _figure_item(row: FigureRow) -> dict[str, Any]:
    reasons = ["contradicted"]
    return {"kind": "figure", "id": row.figure_id, "doc_id": row.doc_id,
            "summary": f"{row.variable} {row.value:,.0f} {row.unit} {row.period or ''}".strip(),
            "sentence": row.sentence, "confidence": None, "reasons": reasons,
            "score": _score(reasons, None)}


def contradicted(session: Session, limit: int) -> list[FigureRow]:
    """The first ``limit`` unreviewed figures (by id) that another document's figure
    contradicts: the sides of the conflicts the linker stored (``linking.contradictions``)."""
    unreviewed = (FigureRow.review.is_(None),
                  FigureRow.id.in_(select(FigureConflictSideRow.figure_id)))
    # sorted here, not in SQL: a PostgreSQL collation may order the ids otherwise
    ids = sorted(session.scalars(select(FigureRow.figure_id).where(*unreviewed)))[:limit]
    return list(session.scalars(select(FigureRow).where(FigureRow.figure_id.in_(ids))))


def review_queue(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """Unreviewed events and figures with a reason to doubt them, most doubtful first.

    The events are ranked and cut in SQL (``event_doubt``); the contradicted figures are
    read from the conflicts the linker stored.
    """
    doubt = event_doubt()
    with store.session() as session:
        events = session.scalars(
            select(EventRow).where(EventRow.review.is_(None), doubt > 0)
            .order_by(doubt.desc(), EventRow.event_id).limit(limit)).all()
        items = [_event_item(r, event_reasons(r)) for r in events]
        items += [_figure_item(r) for r in contradicted(session, limit)]
    items.sort(key=lambda item: (-item["score"], item["id"]))
    return items[:limit]
