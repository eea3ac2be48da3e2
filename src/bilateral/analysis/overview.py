"""Counts that describe a store (or one pair of countries): what ``bilateral analyze`` prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from bilateral.analysis.conflicts import figure_conflicts
from bilateral.linking.events import ensure_linked, event_countries, pair_codes
from bilateral.store.models import ClusterRow, DocumentRow, EventRow, FigureRow, QuoteRow
from bilateral.types import OCCURRED


def _top_pair(events: list[EventRow]) -> str | None:
    """The pair of countries with the most occurred events."""
    pairs: Counter[str] = Counter()
    for event in events:
        countries = sorted(event_countries(event))
        if event.status == OCCURRED and len(countries) >= 2:
            pairs.update(f"{a}-{b}" for i, a in enumerate(countries) for b in countries[i + 1:])
    return pairs.most_common(1)[0][0] if pairs else None


def _conflicts(session: Any, figures: list[FigureRow]) -> int | None:
    """How many figure conflicts there are, or None when conflict detection is missing."""
    docs = {d.doc_id: d for d in session.scalars(select(DocumentRow))}
    conflicts, note = figure_conflicts(figures, docs)
    return None if note else len(conflicts)


def summary(store: Any, pair: str | Sequence[str] | None = None) -> dict[str, Any]:
    """Documents, events by status, figures, figure conflicts, clusters and the top pair.

    With ``pair``, events, figures and clusters are those naming both countries. Links
    events first if some are not linked yet.
    """
    codes = set(pair_codes(pair))
    ensure_linked(store, sorted(codes))
    with store.session() as session:
        events = [e for e in session.scalars(select(EventRow)) if codes <= event_countries(e)]
        figures = [f for f in session.scalars(select(FigureRow))
                   if codes <= set(f.countries or [])]
        clusters = [c for c in session.scalars(select(ClusterRow))
                    if codes <= set(c.pair.split("-"))]
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
        cited = {e.doc_id for e in events} | {f.doc_id for f in figures}
        quotes = sum(1 for q in session.scalars(select(QuoteRow))
                     if not codes or q.doc_id in cited)
        conflicts = _conflicts(session, figures)
    dated = sorted(c.date for c in clusters if c.date and c.status == OCCURRED)
    return {
        "pair": "-".join(sorted(codes)) or None,
        "documents": documents,
        "cited_documents": len(cited),
        "events": len(events),
        "events_by_status": dict(Counter(e.status for e in events).most_common()),
        "clusters": len(clusters),
        "clusters_multi_source": sum(1 for c in clusters if c.size > 1),
        "figures": len(figures),
        "figure_conflicts": conflicts,
        "quotes": quotes,
        "first_event": dated[0] if dated else None,
        "last_event": dated[-1] if dated else None,
        "top_pair": _top_pair(events),
    }
