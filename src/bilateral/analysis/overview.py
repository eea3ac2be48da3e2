"""Counts that describe a store (or one pair of countries): what ``bilateral analyze`` prints.

Every count is one SQL query over indexed columns: a pair's events and clusters are
found through ``event_pairs`` and ``cluster_pairs``, its figure conflicts in the table the
linker keeps (``analysis.conflicts.conflict_count``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select, union

from bilateral.analysis.conflicts import IDS_PER_QUERY, conflict_count
from bilateral.linking.events import pair_codes
from bilateral.store.filters import cluster_ids_naming, event_ids_naming, figures_naming
from bilateral.store.models import (
    ClusterRow,
    DocumentRow,
    EventPairRow,
    EventRow,
    FigureRow,
    QuoteRow,
)
from bilateral.types import OCCURRED


def _top_pair(session: Any, events: Any) -> str | None:
    """The pair of countries with the most occurred events (the first reported on a tie)."""
    count = func.count()
    query = (select(EventPairRow.pair)
             .join(EventRow, EventRow.id == EventPairRow.event_id)
             .where(EventRow.status == OCCURRED, EventPairRow.pair.like("%-%"))
             .group_by(EventPairRow.pair)
             .order_by(count.desc(), func.min(EventPairRow.event_id), EventPairRow.pair)
             .limit(1))
    if events is not None:
        query = query.where(EventPairRow.event_id.in_(events))
    top: str | None = session.scalar(query)
    return top


def summary(store: Any, pair: str | Sequence[str] | None = None) -> dict[str, Any]:
    """Documents, events by status, figures, figure conflicts, clusters and the top pair.

    With ``pair``, events, figures and clusters are those naming both countries.
    """
    codes = sorted(pair_codes(pair))
    events = event_ids_naming(codes) if codes else None
    clusters = cluster_ids_naming(codes) if codes else None
    with store.session() as session:
        by_status = select(EventRow.status, func.count()).group_by(EventRow.status).order_by(
            func.count().desc(), func.min(EventRow.id))
        cluster_counts = select(
            func.count(), func.coalesce(func.sum(case((ClusterRow.size > 1, 1), else_=0)), 0),
            func.min(case((ClusterRow.status == OCCURRED, ClusterRow.date))),
            func.max(case((ClusterRow.status == OCCURRED, ClusterRow.date))))
        event_docs = select(EventRow.doc_id).distinct()
        figure_docs = select(FigureRow.doc_id).distinct().where(*figures_naming(codes))
        if events is not None:
            by_status = by_status.where(EventRow.id.in_(events))
            event_docs = event_docs.where(EventRow.id.in_(events))
        if clusters is not None:
            cluster_counts = cluster_counts.where(ClusterRow.id.in_(clusters))
        statuses = {status: int(n) for status, n in session.execute(by_status)}
        n_clusters, multi_source, first, last = session.execute(cluster_counts).one()
        figures = select(func.count()).select_from(FigureRow).where(*figures_naming(codes))
        cited = union(event_docs, figure_docs)
        if codes:  # the pair's documents read once, for their count and their quotes
            doc_ids = sorted(session.scalars(cited))
            n_cited = len(doc_ids)
            quotes = sum(session.scalar(select(func.count()).select_from(QuoteRow).where(
                QuoteRow.doc_id.in_(doc_ids[start:start + IDS_PER_QUERY]))) or 0
                for start in range(0, n_cited, IDS_PER_QUERY))
        else:
            n_cited = session.scalar(select(func.count()).select_from(cited.subquery())) or 0
            quotes = session.scalar(select(func.count()).select_from(QuoteRow)) or 0
        return {
            "pair": "-".join(codes) or None,
            "documents": session.scalar(select(func.count()).select_from(DocumentRow)),
            "cited_documents": n_cited,
            "events": sum(statuses.values()),
            "events_by_status": statuses,
            "clusters": int(n_clusters),
            "clusters_multi_source": int(multi_source),
            "figures": int(session.scalar(figures) or 0),
            "figure_conflicts": conflict_count(session, codes),
            "quotes": int(quotes),
            "first_event": first,
            "last_event": last,
            "top_pair": _top_pair(session, events),
        }
