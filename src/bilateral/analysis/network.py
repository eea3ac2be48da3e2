"""The actors' network: who met, agreed with, accused whom (networkx, GraphML export).

Nodes are actors (states, their parts, people, organisations) keyed by actor id.
Edges go from an event's source to its target (and to each further participant),
one edge per (source, target, PLOVER type), with the number of real events
(clusters, so an event reported by five articles counts once) and their
Goldstein sum and mean. Only occurred events by default.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
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


def _ties(event: Any) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(from, to) actor pairs of one event: source to target and to each participant."""
    others = [a for a in (event.target, *(event.participants or [])) if a and a.get("id")]
    if event.source and event.source.get("id"):
        for other in others:
            if other["id"] != event.source["id"]:
                yield event.source, other


def _add_cluster(graph: nx.MultiDiGraph, cluster: Any, members: list[Any]) -> None:
    score = cluster.goldstein
    ties = {(a["id"], b["id"]): (a, b) for m in members for a, b in _ties(m)}
    actors = {actor["id"]: actor for pair in ties.values() for actor in pair}
    for actor_id, actor in actors.items():
        if actor_id not in graph:
            graph.add_node(actor_id, events=0, clusters="", **_node_attributes(actor))
        node = graph.nodes[actor_id]
        node["events"] += 1
        node["clusters"] = f"{node['clusters']} {cluster.id}".strip()  # GraphML: no lists
    for a_id, b_id in ties:
        key = cluster.type
        if not graph.has_edge(a_id, b_id, key):
            graph.add_edge(a_id, b_id, key=key, type=key, count=0, goldstein_sum=0.0,
                           first_date="", last_date="")
        edge = graph.edges[a_id, b_id, key]
        edge["count"] += 1
        edge["goldstein_sum"] += score
        edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["count"], 3)
        if cluster.date:
            edge["first_date"] = min(filter(None, (edge["first_date"], cluster.date)))
            edge["last_date"] = max(edge["last_date"], cluster.date)


def actor_network(store: Any, pair: str | Sequence[str] | None = None, *,
                  status: str | None = OCCURRED) -> nx.MultiDiGraph:
    """The network of actors in events of ``pair`` (all pairs when None)."""
    graph = nx.MultiDiGraph(pair="-".join(pair_codes(pair)), status=status or "any")
    clusters = pair_clusters(pair, status).with_only_columns(
        ClusterRow.id, ClusterRow.type, ClusterRow.date, ClusterRow.goldstein)
    # Only the actors of the members: not their sentences nor evidence.
    members = (select(EventRow.cluster_id, EventRow.source, EventRow.target,
                      EventRow.participants)
               .where(EventRow.cluster_id.in_(clusters.with_only_columns(ClusterRow.id)))
               .order_by(EventRow.id))
    with store.session() as session:
        by_cluster: dict[int, list[Any]] = defaultdict(list)
        for member in session.execute(members):
            by_cluster[member.cluster_id].append(member)
        for cluster in session.execute(clusters):
            _add_cluster(graph, cluster, by_cluster[cluster.id])
    return graph


def top_actors(graph: nx.MultiDiGraph, n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` actors in the most events, with their ties and the ids of those events."""
    ranked = sorted(graph.nodes(data=True), key=lambda nd: (-nd[1]["events"], nd[0]))[:n]
    return [{"id": node, "name": data["name"], "country": data["country"],
             "kind": data["kind"], "events": data["events"], "ties": graph.degree(node),
             "clusters": [int(c) for c in data["clusters"].split()]}
            for node, data in ranked]


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> int:
    """Write ``graph`` as GraphML; returns the number of edges written."""
    nx.write_graphml(graph, str(path))
    return graph.number_of_edges()
