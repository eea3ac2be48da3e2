"""Counts that describe a store (or one pair of countries): what ``bilateral analyze`` prints.

The database narrows what it can (indexed country columns, the figures' country key);
only events are finished in Python, as their participants are stored as JSON.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select

from bilateral.analysis.conflicts import cited_documents, figure_conflicts, pair_figures
from bilateral.linking.events import ensure_linked, event_countries, pair_codes
from bilateral.store.filters import contains_codes, events_possibly_naming
from bilateral.store.models import ClusterRow, DocumentRow, EventRow, QuoteRow
from bilateral.types import OCCURRED


def _top_pair(events: Iterable[EventRow]) -> str | None:
    """The pair of countries with the most occurred events."""
    pairs: Counter[str] = Counter()
    for event in events:
        countries = sorted(event_countries(event))
        if event.status == OCCURRED and len(countries) >= 2:
            pairs.update(f"{a}-{b}" for i, a in enumerate(countries) for b in countries[i + 1:])
    return pairs.most_common(1)[0][0] if pairs else None


def _events(session: Any, codes: set[str]) -> list[Any]:
    """The events naming every code: only the columns the counts need, not their sentences."""
    columns = (EventRow.doc_id, EventRow.status, EventRow.source_country,
               EventRow.target_country, EventRow.source, EventRow.target, EventRow.participants)
    rows = session.execute(select(*columns).where(*events_possibly_naming(codes)))
    return [row for row in rows if codes <= event_countries(row)]


def summary(store: Any, pair: str | Sequence[str] | None = None) -> dict[str, Any]:
    """Documents, events by status, figures, figure conflicts, clusters and the top pair.

    With ``pair``, events, figures and clusters are those naming both countries. Links
    events first if some are not linked yet.
    """
    codes = set(pair_codes(pair))
    ensure_linked(store, sorted(codes))
    with store.session() as session:
        events = _events(session, codes)
        figures = pair_figures(session, sorted(codes))
        conflicts = figure_conflicts(figures, cited_documents(session, {f.doc_id for f in figures}))
        clusters = list(session.scalars(
            select(ClusterRow).where(*contains_codes(ClusterRow.pair, "-", sorted(codes)))))
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
        cited = {e.doc_id for e in events} | {f.doc_id for f in figures}
        quotes_by_doc = session.execute(
            select(QuoteRow.doc_id, func.count()).group_by(QuoteRow.doc_id))
        quotes = sum(n for doc_id, n in quotes_by_doc if not codes or doc_id in cited)
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
        "figure_conflicts": len(conflicts),
        "quotes": quotes,
        "first_event": dated[0] if dated else None,
        "last_event": dated[-1] if dated else None,
        "top_pair": _top_pair(events),
    }
