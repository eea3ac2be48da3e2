"""The timeline of a pair of countries: one entry per real event (cluster), in date order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bilateral.analysis.clusters import cluster_in_pair
from bilateral.linking import dates
from bilateral.linking.events import ensure_linked, pair_codes
from bilateral.store.models import ClusterRow, DocumentRow, EventRow
from bilateral.types import OCCURRED

ALL = "all"  # status filter that keeps every status


def _sources(session: Session, cluster_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    rows = session.execute(
        select(EventRow, DocumentRow)
        .join(DocumentRow, DocumentRow.doc_id == EventRow.doc_id)
        .where(EventRow.cluster_id.in_(cluster_ids))
        .order_by(DocumentRow.published, EventRow.id)
    ).all()
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for event, doc in rows:
        sources[event.cluster_id or 0].append({
            "doc_id": doc.doc_id, "source": doc.source, "sentence": event.sentence,
            "event_id": event.event_id, "start": event.start, "end": event.end,
            "published": doc.published, "outlet": doc.outlet, "url": doc.url,
            "goldstein": event.goldstein, "mode": event.mode, "cameo": event.cameo,
        })
    return sources


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


def _wanted(cluster: ClusterRow, codes: Sequence[str], since: str | None, type_: str | None,
            status: str | None) -> bool:
    if codes and not cluster_in_pair(cluster, codes):
        return False
    if type_ and cluster.type != type_.upper():
        return False
    if status not in (None, ALL) and cluster.status != status:
        return False
    # An undated cluster cannot be placed after ``since``; leave it out of a bounded timeline.
    return not since or (cluster.date is not None and cluster.date[: len(since)] >= since)


def timeline(store: Any, pair: str | Sequence[str] | None = None, *, since: str | None = None,
             type: str | None = None, status: str | None = OCCURRED) -> list[dict[str, Any]]:
    """Clusters of ``pair`` in date order (undated last), each with every source sentence.

    since: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; type: a PLOVER type; status:
    ``occurred`` (default: what happened), another status (``planned``, ``denied``…) or
    ``all``. Links the pair's events first if some are not linked yet.
    """
    codes = pair_codes(pair)
    ensure_linked(store, codes)
    with store.session() as session:
        clusters = [c for c in session.scalars(select(ClusterRow))
                    if _wanted(c, codes, since, type, status)]
        sources = _sources(session, [c.id for c in clusters])
    clusters.sort(key=lambda c: (c.date is None, c.date or "", c.id))
    return [_entry(c, sources.get(c.id, [])) for c in clusters]
