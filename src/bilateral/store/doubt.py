"""How worth an analyst's look an event is: the review queue's rule, kept in the store.

An event earns points for each reason to doubt it: a low extraction confidence, a conflict
type (an accusation or a threat costs more when wrong), said to have occurred with no date,
said not to have happened. The writer stores the sum (``EventRow.doubt``) with the event, so
that the queue reads the most doubtful unreviewed events from an index instead of scoring
every event of the store per request.
"""

from __future__ import annotations

from typing import Any

from bilateral.types import OCCURRED

CONFLICT_TYPES = frozenset(("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT"))
LOW_CONFIDENCE = 0.6
WEIGHTS = {"low confidence": 2.0, "conflict type": 1.0, "undated": 0.75, "did not happen": 0.5,
           "contradicted": 1.5}


def event_reasons(confidence: float | None, type_: str, status: str,
                  date: str | None) -> list[str]:
    """The reasons to doubt an event, in the order their points are added."""
    reasons = []
    if confidence is not None and confidence < LOW_CONFIDENCE:
        reasons.append("low confidence")
    if type_ in CONFLICT_TYPES:
        reasons.append("conflict type")
    if status == OCCURRED and not date:
        reasons.append("undated")
    if status != OCCURRED:
        reasons.append("did not happen")
    return reasons


def event_doubt(confidence: float | None, type_: str, status: str, date: str | None) -> float:
    """The event's points (0.0: no reason), added up in the reasons' order; a low confidence
    adds how far it is below ``LOW_CONFIDENCE`` (the lower, the sooner)."""
    doubt = 0.0
    for reason in event_reasons(confidence, type_, status, date):
        points = WEIGHTS[reason]
        if reason == "low confidence" and confidence is not None:
            points = points + LOW_CONFIDENCE - confidence
        doubt += points
    return doubt


def doubt_of_inserted(context: Any) -> float:
    """``EventRow.doubt`` of a row inserted without one (its column default)."""
    row = context.get_current_parameters()
    return event_doubt(row.get("confidence"), row["type"], row["status"], row.get("date"))
