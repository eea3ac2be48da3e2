"""Read clusters (real events) of a pair of countries with their member event rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bilateral.linking.events import ensure_linked, pair_codes
from bilateral.store.models import ClusterRow, EventRow


def cluster_in_pair(cluster: ClusterRow, codes: Sequence[str]) -> bool:
    """The cluster's countries include every code of the pair."""
    return set(codes) <= set(cluster.pair.split("-"))


def clusters_with_members(store: Any, pair: str | Sequence[str] | None,
                          status: str | None = None) -> list[tuple[ClusterRow, list[EventRow]]]:
    """Clusters of ``pair`` (all when None), optionally of one status, with their events.

    Links the pair's events first if some are not linked yet.
    """
    codes = pair_codes(pair)
    ensure_linked(store, codes)
    with store.session() as session:
        query = select(ClusterRow).order_by(ClusterRow.id)
        if status:
            query = query.where(ClusterRow.status == status)
        clusters = [c for c in session.scalars(query) if not codes or cluster_in_pair(c, codes)]
        members: dict[int, list[EventRow]] = defaultdict(list)
        for event in session.scalars(select(EventRow).where(
                EventRow.cluster_id.in_([c.id for c in clusters])).order_by(EventRow.id)):
            members[event.cluster_id].append(event)
    return [(c, members[c.id]) for c in clusters]
