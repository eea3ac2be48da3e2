"""The review queue: records not yet reviewed, those most worth a look first.

A record earns points for each reason to doubt it: a low extraction confidence, a conflict
type (an accusation or a threat costs more when wrong), an event said to have occurred with
no date, one said not to have happened, a figure another source contradicts. Records with no
reason are left out; the weights say what an analyst's minute is best spent on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from bilateral.store.doubt import LOW_CONFIDENCE, WEIGHTS
from bilateral.store.doubt import event_reasons as reasons_of
from bilateral.store.models import EventRow, FigureRow
from bilateral.store.session import Store


def event_reasons(row: EventRow) -> list[str]:
    return reasons_of(row.confidence, row.type, row.status, row.date)


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
    contradicts: the sides of the conflicts the linker stored (``linking.contradictions``),
    flagged by it, read in id order from ``ix_figures_contradicted``."""
    figure_id: Any = FigureRow.figure_id
    if session.get_bind().dialect.name == "postgresql":
        figure_id = figure_id.collate("C")  # as Python sorts; the index is in this order
    return list(session.scalars(
        select(FigureRow).where(FigureRow.review.is_(None), FigureRow.contradicted == true())
        .order_by(FigureRow.review, FigureRow.contradicted, figure_id).limit(limit)))


def review_queue(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """Unreviewed events and figures with a reason to doubt them, most doubtful first.

    The most doubtful unreviewed events are read from the index on the points the writer
    stored with them (``EventRow.doubt``); the contradicted figures from the conflicts the
    linker stored. Both are ordered by ``review`` first (NULL in every row kept) so that the
    order is their index's: PostgreSQL does not take ``review IS NULL`` as fixing the index's
    first column, and sorted every unreviewed event before the LIMIT (266 -> 1 ms on a
    10,000-article store).
    """
    with store.session() as session:
        events = session.scalars(
            select(EventRow).where(EventRow.review.is_(None), EventRow.doubt > 0)
            .order_by(EventRow.review, EventRow.doubt.desc(), EventRow.event_id)
            .limit(limit)).all()
        items = [_event_item(r, event_reasons(r)) for r in events]
        items += [_figure_item(r) for r in contradicted(session, limit)]
    items.sort(key=lambda item: (-item["score"], item["id"]))
    return items[:limit]
