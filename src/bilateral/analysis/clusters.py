"""Read clusters (real events) of a pair of countries with their member event rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bilateral.linking.events import pair_codes
from bilateral.store.filters import cluster_ids_naming
from bilateral.store.models import ClusterPairRow, ClusterRow, EventRow


def pair_clusters(pair: str | Sequence[str] | None, status: str | None = None) -> Any:
    """A query of the clusters of ``pair`` (all when None), optionally of one status, by id."""
    codes = pair_codes(pair)
    query = select(ClusterRow).order_by(ClusterRow.id)
    if codes:
        query = query.where(ClusterRow.id.in_(cluster_ids_naming(codes)))
    if status:
        query = query.where(ClusterRow.status == status)
    return query


def pair_cluster_ids(pair: str | Sequence[str] | None, status: str | None = None) -> Any:
    """``pair_clusters``' ids as a query; for two codes, read from the index of the pair's
    ``cluster_pairs`` rows alone (they carry the cluster's status)."""
    codes = pair_codes(pair)
    if len(codes) != 2:
        return pair_clusters(pair, status).with_only_columns(ClusterRow.id).order_by(None)
    query = select(ClusterPairRow.cluster_id).where(ClusterPairRow.pair == "-".join(sorted(codes)))
    return query.where(ClusterPairRow.status == status) if status else query


def clusters_with_members(store: Any, pair: str | Sequence[str] | None,
                          status: str | None = None) -> list[tuple[ClusterRow, list[EventRow]]]:
    """Clusters of ``pair`` (all when None), optionally of one status, with their events."""
    query = pair_clusters(pair, status)
    with store.session() as session:
        clusters = list(session.scalars(query))
        members: dict[int, list[EventRow]] = defaultdict(list)
        for event in session.scalars(select(EventRow).where(
                EventRow.cluster_id.in_(query.with_only_columns(ClusterRow.id)))
                .order_by(EventRow.id)):
            members[event.cluster_id].append(event)
    return [(c, members[c.id]) for c in clusters]
