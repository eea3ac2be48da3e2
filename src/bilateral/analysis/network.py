"""The actors' network: who met, agreed with, accused whom (networkx, GraphML export).

Nodes are actors (states, their parts, people, organisations) keyed by actor id.
Edges go from an event's source to its target (and to each further participant),
one edge per (source, target, PLOVER type), with the number of real events
(clusters, so an event reported by five articles counts once) and their
Goldstein sum and mean. Only occurred events by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
from sqlalchemy import select

from bilateral.analysis.clusters import pair_cluster_ids
from bilateral.analysis.conflicts import IDS_PER_QUERY
from bilateral.linking.events import pair_codes
from bilateral.store.models import ClusterRow, ClusterTieRow, EventRow
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


# A real event as the network adds it up: id, PLOVER type, date, Goldstein score, and its
# ties as (from, to) actor ids.
Tied = tuple[int, str, str | None, float, list[tuple[str, str]]]


def network_of_ties(clusters: Iterable[Tied], actors: Mapping[str, dict[str, Any]],
                    reviewed: set[int] | frozenset[int] = frozenset(),
                    **attributes: str) -> nx.MultiDiGraph[str]:
    """The graph of ``clusters`` in their order; ``actors`` gives each actor's attributes;
    ``reviewed`` holds the ids of clusters with a reviewed report. Nodes come in the order
    actors first appear and list their clusters' ids; edges come in the order they first
    appear, their values added up in cluster order.
    """
    clusters_of: dict[str, list[str]] = {}
    # per edge: real events, reviewed ones, Goldstein sum, first and last date ("": none)
    edges: dict[tuple[str, str, str], list[Any]] = {}
    for cluster_id, type_, date, goldstein, ties in clusters:
        label, checked = str(cluster_id), cluster_id in reviewed
        for tie in ties:
            for actor_id in tie:
                listed = clusters_of.get(actor_id)
                if listed is None:
                    clusters_of[actor_id] = [label]
                elif listed[-1] != label:  # a cluster's ties come together
                    listed.append(label)
            edge = edges.get((tie[0], tie[1], type_))
            if edge is None:
                edge = edges[tie[0], tie[1], type_] = [0, 0, 0.0, "", ""]
            edge[0] += 1
            edge[1] += checked
            edge[2] += goldstein
            if date:
                if not edge[3] or date < edge[3]:
                    edge[3] = date
                edge[4] = max(edge[4], date)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.graph.update(attributes)
    for actor_id, ids in clusters_of.items():  # GraphML: no lists
        graph.add_node(actor_id, events=len(ids), clusters=" ".join(ids),
                       **_node_attributes(actors[actor_id]))
    for (a, b, key), (count, checked, goldstein_sum, first_date, last_date) in edges.items():
        graph.add_edge(a, b, key=key, type=key, count=count, reviewed=checked,
                       goldstein_sum=goldstein_sum, first_date=first_date, last_date=last_date,
                       goldstein_mean=round(goldstein_sum / count, 3))
    return graph


def build_network(clusters: Iterable[tuple[Any, list[list[dict[str, Any]]]]],
                  reviewed: set[int] | frozenset[int] = frozenset(),
                  **attributes: str) -> nx.MultiDiGraph[str]:
    """``network_of_ties`` of ``(cluster, ties)``, a cluster with ``id``, ``type``, ``date``
    and ``goldstein``, its ties as actor dicts (``linking.events.cluster_ties``): an actor's
    attributes are those of the first cluster naming it (the last tie naming it there)."""
    clusters = list(clusters)
    actors: dict[str, dict[str, Any]] = {}
    for _, ties in clusters:
        for actor_id, actor in _named(ties).items():
            actors.setdefault(actor_id, actor)
    return network_of_ties(((c.id, c.type, c.date, c.goldstein,
                             [(a["id"], b["id"]) for a, b in ties]) for c, ties in clusters),
                           actors, reviewed, **attributes)


def _named(ties: list[list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The actors of a cluster's ties by id, each as the last tie naming it gives it."""
    return {actor["id"]: actor for tie in ties for actor in tie}


def actor_network(store: Any, pair: str | Sequence[str] | None = None, *,
                  status: str | None = OCCURRED) -> nx.MultiDiGraph[str]:
    """The network of actors in events of ``pair`` (all pairs when None).

    One row per tie of a real event (two actor ids with the event's type, date and score,
    from ``cluster_ties``); the ties' JSON is decoded only for the first real event of each
    actor, whose attributes the node takes. A real event without ties adds nothing.
    """
    query = select(ClusterTieRow.cluster_id, ClusterTieRow.type, ClusterTieRow.date,
                   ClusterTieRow.goldstein, ClusterTieRow.source_id, ClusterTieRow.target_id)
    if pair_codes(pair) or status:
        query = query.where(ClusterTieRow.cluster_id.in_(pair_cluster_ids(pair, status)))
    rows: list[Tied] = []
    first: dict[str, int] = {}  # each actor's first real event
    with store.session() as session:
        # Core rows, not the ORM's: a large pair has tens of thousands of ties
        for cluster_id, type_, date, goldstein, source_id, target_id in session.connection(
                ).execute(query.order_by(ClusterTieRow.cluster_id, ClusterTieRow.position)):
            if not rows or rows[-1][0] != cluster_id:
                rows.append((cluster_id, type_, date, goldstein, []))
            rows[-1][4].append((source_id, target_id))
            first.setdefault(source_id, cluster_id)
            first.setdefault(target_id, cluster_id)
        named: dict[int, dict[str, dict[str, Any]]] = {}
        wanted = sorted(set(first.values()))
        for start in range(0, len(wanted), IDS_PER_QUERY):
            named.update((cluster_id, _named(pairs or [])) for cluster_id, pairs in session.execute(
                select(ClusterRow.id, ClusterRow.ties)
                .where(ClusterRow.id.in_(wanted[start:start + IDS_PER_QUERY]))))
        # The clusters with a reviewed report, found from the reviewed events (few, by the
        # index on their chain: a digest set with ``review``, never empty), not by reading
        # every report of the pair's clusters; the others are never looked up.
        reviewed = set(session.scalars(select(EventRow.cluster_id).where(
            EventRow.review_chain > "", EventRow.review.is_not(None))))
    return network_of_ties(rows, {actor_id: named[cluster_id][actor_id]
                                  for actor_id, cluster_id in first.items()},
                           reviewed, pair="-".join(pair_codes(pair)), status=status or "any")


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
