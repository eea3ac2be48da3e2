"""The actors' network: who met, agreed with, accused whom (networkx, GraphML export).

Nodes are actors (states, their parts, people, organisations) keyed by actor id.
Edges go from an event's source to its target (and to each further participant),
one edge per (source, target, PLOVER type), with the number of real events
(clusters, so an event reported by five articles counts once) and their
Goldstein sum and mean. Only occurred events by default.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
from sqlalchemy import select

from bilateral.analysis.clusters import pair_clusters
from bilateral.linking.events import pair_codes
from bilateral.store.models import ClusterRow, EventRow
from bilateral.types import OCCURRED


def _kind(actor: dict[str, Any]) -> str:
    if str(actor.get("id", "")).startswith("person:"):
        return "person"
    return actor.get("kind") or ("state" if actor.get("id") == actor.get("country") else "org")


def _node_attributes(actor: dict[str, Any]) -> dict[str, str]:
    # GraphML has no null: missing values are empty strings.
    return {
        "name": actor.get("name") or actor["id"], "country": actor.get("country") or "",
        "sector": actor.get("sector") or "", "role": actor.get("role") or "",
        "kind": _kind(actor),
    }


def _add_cluster(graph: nx.MultiDiGraph[str], cluster: Any, ties: list[list[dict[str, Any]]],
                 clusters_of: dict[str, list[str]], reviewed: bool) -> None:
    """Add one real event: its ``ties`` (``linking.events.cluster_ties``) as edges;
    ``reviewed`` when an analyst reviewed one of its reports."""
    actors = {actor["id"]: actor for pair in ties for actor in pair}
    for actor_id, actor in actors.items():
        if actor_id not in graph:
            graph.add_node(actor_id, events=0, clusters="", **_node_attributes(actor))
        graph.nodes[actor_id]["events"] += 1
        clusters_of[actor_id].append(str(cluster.id))
    for a, b in ties:
        key = cluster.type
        if not graph.has_edge(a["id"], b["id"], key):
            graph.add_edge(a["id"], b["id"], key=key, type=key, count=0, reviewed=0,
                           goldstein_sum=0.0, first_date="", last_date="")
        edge = graph.edges[a["id"], b["id"], key]
        edge["count"] += 1
        edge["reviewed"] += reviewed  # real events an analyst reviewed
        edge["goldstein_sum"] += cluster.goldstein
        edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["count"], 3)
        if cluster.date:
            edge["first_date"] = min(filter(None, (edge["first_date"], cluster.date)))
            edge["last_date"] = max(edge["last_date"], cluster.date)


def build_network(clusters: Iterable[tuple[Any, list[list[dict[str, Any]]]]],
                  reviewed: set[int] | frozenset[int] = frozenset(),
                  **attributes: str) -> nx.MultiDiGraph[str]:
    """The graph of ``(cluster, ties)`` in cluster order; nodes list their clusters' ids;
    ``reviewed`` holds the ids of clusters with a reviewed report."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.graph.update(attributes)
    clusters_of: dict[str, list[str]] = defaultdict(list)
    for cluster, ties in clusters:
        _add_cluster(graph, cluster, ties, clusters_of, cluster.id in reviewed)
    for actor_id, ids in clusters_of.items():
        graph.nodes[actor_id]["clusters"] = " ".join(ids)  # GraphML: no lists
    return graph


def actor_network(store: Any, pair: str | Sequence[str] | None = None, *,
                  status: str | None = OCCURRED) -> nx.MultiDiGraph[str]:
    """The network of actors in events of ``pair`` (all pairs when None)."""
    # One row per real event: its score, date and ties, not its members.
    clusters = pair_clusters(pair, status).with_only_columns(
        ClusterRow.id, ClusterRow.type, ClusterRow.date, ClusterRow.goldstein, ClusterRow.ties)
    with store.session() as session:
        rows = list(session.execute(clusters))
        # The clusters with a reviewed report, found from the reviewed events (few, by the
        # index on their chain: a digest set with ``review``, never empty), not by reading
        # every report of the pair's clusters; the others are never looked up.
        reviewed = set(session.scalars(select(EventRow.cluster_id).where(
            EventRow.review_chain > "", EventRow.review.is_not(None))))
        return build_network(((c, c.ties or []) for c in rows), reviewed,
                             pair="-".join(pair_codes(pair)), status=status or "any")


def top_actors(graph: nx.MultiDiGraph[str], n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` actors in the most events, with their ties and the ids of those events."""
    ranked = sorted(graph.nodes.items(), key=lambda nd: (-nd[1]["events"], nd[0]))[:n]
    return [{"id": node, "name": data["name"], "country": data["country"],
             "kind": data["kind"], "events": data["events"], "ties": graph.degree(node),
             "clusters": [int(c) for c in data["clusters"].split()]}
            for node, data in ranked]


def write_graphml(graph: nx.MultiDiGraph[str], path: Path) -> int:
    """Write ``graph`` as GraphML; returns the number of edges written."""
    nx.write_graphml(graph, str(path))
    return graph.number_of_edges()
