"""The timeline of a pair of countries: one entry per real event (cluster), in date order.

Read a page at a time: clusters in (dated first, date, id) order come from the
``cluster_pairs`` index, and a page continues after the last entry of the one before
(keyset pagination: ``after`` is that entry's ``cursor``), so a late page costs what
the first does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from bilateral.errors import UserError
from bilateral.linking import dates
from bilateral.linking.events import pair_codes
from bilateral.store.filters import cluster_ids_naming
from bilateral.store.models import ClusterPairRow, ClusterRow, DocumentRow, EventRow
from bilateral.types import OCCURRED

ALL = "all"  # status filter that keeps every status
UNDATED = "-"  # the date part of the cursor of an undated entry


def _sources(session: Session, cluster_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    # The columns an entry shows, not the articles' text nor the events' JSON.
    rows = session.execute(
        select(EventRow.cluster_id, DocumentRow.doc_id, DocumentRow.source, EventRow.sentence,
               EventRow.event_id, EventRow.start, EventRow.end, DocumentRow.published,
               DocumentRow.outlet, DocumentRow.url, EventRow.goldstein, EventRow.mode,
               EventRow.cameo)
        .join(DocumentRow, DocumentRow.doc_id == EventRow.doc_id)
        .where(EventRow.cluster_id.in_(cluster_ids))
        .order_by(DocumentRow.published, EventRow.id)
    ).mappings()
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        source = dict(row)
        sources[source.pop("cluster_id") or 0].append(source)
    return sources


def cursor(entry: dict[str, Any]) -> str:
    """Where the page after ``entry`` starts: ``DATE~ID`` (``-~ID`` when undated)."""
    return f"{entry['date'] or UNDATED}~{entry['cluster_id']}"


def _parse_cursor(after: str) -> tuple[str | None, int]:
    date, _, cluster_id = after.rpartition("~")
    if not cluster_id.isdigit() or not date:
        raise UserError(f"after: expected a cursor such as 2019-05-01~42, got {after!r}")
    return (None if date == UNDATED else date), int(cluster_id)


def _entry(cluster: ClusterRow, sources: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cluster_id": cluster.id,
        "date": cluster.date,
        "precision": dates.precision(cluster.date),
        "type": cluster.type,
        "status": cluster.status,
        "pair": cluster.pair,
        "actors": cluster.actors,
        "label": cluster.label,
        "sources": sources,
    }


def _base(codes: Sequence[str], status: str | None) -> tuple[Any, Any, Any]:
    """The query to page through, and the date and id columns it is read in order of.

    One pair and one status: the ``cluster_pairs`` index rows, already in that order.
    """
    if len(codes) == 2 and status not in (None, ALL):
        query = (select(ClusterRow)
                 .join(ClusterPairRow, ClusterPairRow.cluster_id == ClusterRow.id)
                 .where(ClusterPairRow.pair == "-".join(codes), ClusterPairRow.status == status))
        return query, ClusterPairRow.date, ClusterPairRow.cluster_id
    query = select(ClusterRow)
    if codes:
        query = query.where(ClusterRow.id.in_(cluster_ids_naming(codes)))
    if status not in (None, ALL):
        query = query.where(ClusterRow.status == status)
    return query, ClusterRow.date, ClusterRow.id


def timeline(store: Any, pair: str | Sequence[str] | None = None, *, since: str | None = None,
             until: str | None = None, type: str | None = None, status: str | None = OCCURRED,
             limit: int | None = None, after: str | None = None) -> list[dict[str, Any]]:
    """Clusters of ``pair`` in date order (undated last), each with every source sentence.

    since: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; until: the last date kept (compared as
    text: give ``YYYY-MM-DD``); type: a PLOVER type; status: ``occurred`` (default: what
    happened), another status (``planned``, ``denied``…) or ``all``. limit: at most this
    many entries, from after the entry whose ``cursor`` is ``after``.
    """
    query, date, row_id = _base(pair_codes(pair), status)
    if type:
        query = query.where(ClusterRow.type == type.upper())
    # An undated cluster cannot be placed in a bounded timeline; leave it out.
    if since:
        query = query.where(func.substr(date, 1, len(since)) >= since)
    if until:
        query = query.where(date <= until)
    dated: Any = query.where(date.is_not(None)).order_by(date, row_id)
    undated: Any = query.where(date.is_(None)).order_by(row_id)
    if after:
        last_date, last_id = _parse_cursor(after)
        if last_date is None:
            dated = None
            undated = undated.where(row_id > last_id)
        else:
            dated = dated.where(or_(date > last_date, and_(date == last_date, row_id > last_id)))
    with store.session() as session:
        clusters: list[ClusterRow] = []
        if dated is not None:
            clusters = list(session.scalars(dated.limit(limit)))
        if limit is None or len(clusters) < limit:
            rest = None if limit is None else limit - len(clusters)
            clusters += session.scalars(undated.limit(rest))
        sources = _sources(session, [c.id for c in clusters])
    return [_entry(c, sources.get(c.id, [])) for c in clusters]
