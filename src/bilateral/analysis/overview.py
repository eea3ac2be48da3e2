"""Counts that describe a store (or one pair of countries): what ``bilateral analyze`` prints.

A pair's counts of events by status and of real events are read from the summary that
triggers keep as its events and clusters are written (``store.models.PairCountRow``), its
first and last dates from the ends of the ``cluster_pairs`` index; any other scope is
counted by SQL over indexed columns: events and clusters found through ``event_pairs`` and
``cluster_pairs``. Figure conflicts come from the table the linker keeps
(``analysis.conflicts.conflict_count``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select, union

from bilateral.analysis.conflicts import conflict_count
from bilateral.linking.events import pair_codes
from bilateral.store.filters import cluster_ids_naming, event_ids_naming, figures_naming
from bilateral.store.models import (
    ClusterPairRow,
    ClusterRow,
    DocumentRow,
    EventPairRow,
    EventRow,
    FigureRow,
    PairCountRow,
    PairDocumentRow,
    QuoteRow,
)
from bilateral.types import OCCURRED


def _pair_events(codes: list[str]) -> Any:
    """The status, document and row id of the events naming every code (none: all).

    For two codes, one ``event_pairs`` key holds each of them once with its status and
    document: read from its index alone, not by looking up each event."""
    if len(codes) == 2:
        return select(EventPairRow.status, EventPairRow.doc_id, EventPairRow.event_id.label("id")
                      ).where(EventPairRow.pair == "-".join(codes)).subquery()
    query = select(EventRow.status, EventRow.doc_id, EventRow.id)
    if codes:
        query = query.where(EventRow.id.in_(event_ids_naming(codes)))
    return query.subquery()


def _top_pair(session: Any, codes: list[str], events: Any) -> str | None:
    """The pair of countries with the most occurred ``events`` (those naming every code; the
    first reported on a tie)."""
    count = func.count()
    query = (select(EventPairRow.pair)
             .where(EventPairRow.status == OCCURRED, EventPairRow.pair.like("%-%"))
             .group_by(EventPairRow.pair)
             .order_by(count.desc(), func.min(EventPairRow.event_id), EventPairRow.pair)
             .limit(1))
    if len(codes) == 2:
        # Every occurred event of the pair counts for the pair itself: no pair counts more,
        # and one counting as many names every one of them, the first among them too. So
        # the winner is among the pairs of the pair's first occurred event (most often the
        # pair alone), and only those are counted.
        key = "-".join(codes)
        first = session.scalar(select(func.min(EventPairRow.event_id))
                               .where(EventPairRow.pair == key, EventPairRow.status == OCCURRED))
        if first is None:
            return None
        candidates = session.scalars(select(EventPairRow.pair).where(
            EventPairRow.event_id == first, EventPairRow.pair.like("%-%"))).all()
        if len(candidates) == 1:
            return key
        query = query.where(EventPairRow.pair.in_(candidates))
    if codes:
        query = query.where(EventPairRow.event_id.in_(select(events.c.id)))
    top: str | None = session.scalar(query)
    return top


# what kept_counts and counted give: events by status (most first, then by name), real
# events, those reported more than once, the first and last occurred real event's date
Counts = tuple[dict[str, int], int, int, str | None, str | None]


def _by_status(rows: Any) -> dict[str, int]:
    return {status: int(n) for status, n in sorted(rows, key=lambda sn: (-sn[1], sn[0])) if n}


def kept_counts(session: Any, codes: list[str]) -> Counts:
    """The counts of a pair from its summary rows, the dates from its ``cluster_pairs``."""
    key = "-".join(codes)
    kept = session.execute(select(PairCountRow.measure, PairCountRow.key, PairCountRow.n)
                           .where(PairCountRow.pair == key)).all()
    counts = {(measure, name): n for measure, name, n in kept}
    occurred = (ClusterPairRow.pair == key, ClusterPairRow.status == OCCURRED)
    # min and max apart: each is one probe at an end of the index
    first = session.scalar(select(func.min(ClusterPairRow.date)).where(*occurred))
    last = session.scalar(select(func.max(ClusterPairRow.date)).where(*occurred))
    return (_by_status((name, n) for measure, name, n in kept if measure == "status"),
            counts.get(("clusters", ""), 0), counts.get(("multi_source", ""), 0), first, last)


def counted(session: Any, codes: list[str]) -> Counts:
    """``kept_counts`` of any scope (one country, the whole store) by GROUP BY."""
    events = _pair_events(codes)
    cluster_counts = select(
        func.count(), func.coalesce(func.sum(case((ClusterRow.size > 1, 1), else_=0)), 0),
        func.min(case((ClusterRow.status == OCCURRED, ClusterRow.date))),
        func.max(case((ClusterRow.status == OCCURRED, ClusterRow.date))))
    if codes:
        cluster_counts = cluster_counts.where(ClusterRow.id.in_(cluster_ids_naming(codes)))
    n_clusters, multi_source, first, last = session.execute(cluster_counts).one()
    statuses = _by_status(session.execute(
        select(events.c.status, func.count()).group_by(events.c.status)).all())
    return statuses, int(n_clusters), int(multi_source), first, last


def _with_quotes(session: Any, documents: Any) -> tuple[int, int]:
    """How many ``documents`` (a subquery of doc ids) and quotes they hold, in one pass."""
    quoted = (select(func.count()).select_from(QuoteRow)
              .where(QuoteRow.doc_id == documents.c.doc_id).scalar_subquery())
    n, quotes = session.execute(select(func.count(), func.coalesce(func.sum(quoted), 0))
                                .select_from(documents)).one()
    return int(n), int(quotes)


def kept_documents(session: Any, codes: list[str]) -> tuple[int, int]:
    """The documents a pair's events or figures cite and their quotes: those of its events
    from its summary, plus its figures' documents that none of its events cites."""
    key = "-".join(codes)
    kept = dict(session.execute(select(PairCountRow.measure, PairCountRow.n).where(
        PairCountRow.pair == key, PairCountRow.measure.in_(("documents", "quotes")))).all())
    figures_only = (select(FigureRow.doc_id).distinct().where(*figures_naming(codes))
                    .where(~select(PairDocumentRow.doc_id).where(
                        PairDocumentRow.pair == key,
                        PairDocumentRow.doc_id == FigureRow.doc_id).exists())).subquery()
    n, quotes = _with_quotes(session, figures_only)
    return kept.get("documents", 0) + n, kept.get("quotes", 0) + quotes


def counted_documents(session: Any, codes: list[str]) -> tuple[int, int]:
    """``kept_documents`` of any scope (one country, the whole store: every quote)."""
    cited = union(select(_pair_events(codes).c.doc_id).distinct(),
                  select(FigureRow.doc_id).distinct().where(*figures_naming(codes))).subquery()
    if codes:
        return _with_quotes(session, cited)
    return (session.scalar(select(func.count()).select_from(cited)) or 0,
            session.scalar(select(func.count()).select_from(QuoteRow)) or 0)


def summary(store: Any, pair: str | Sequence[str] | None = None) -> dict[str, Any]:
    """Documents, events by status, figures, figure conflicts, clusters and the top pair.

    With ``pair``, events, figures and clusters are those naming both countries.
    """
    codes = sorted(pair_codes(pair))
    events = _pair_events(codes)
    with store.session() as session:
        kept = len(codes) == 2  # a pair: read from its summary
        statuses, n_clusters, multi_source, first, last = (
            kept_counts if kept else counted)(session, codes)
        n_cited, quotes = (kept_documents if kept else counted_documents)(session, codes)
        figures = select(func.count()).select_from(FigureRow).where(*figures_naming(codes))
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
            "top_pair": _top_pair(session, codes, events),
        }
