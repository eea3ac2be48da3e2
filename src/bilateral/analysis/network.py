"""The actors' network: who met, agreed with, accused whom (networkx, GraphML export).

Nodes are actors (states, their parts, people, organisations) keyed by actor id.
Edges go from an event's source to its target (and to each further participant),
one edge per (source, target, PLOVER type), with the number of real events
(clusters, so an event reported by five articles counts once) and their
Goldstein sum (in millionths, exact) and mean. Only occurred events by default. Each actor
lists the ids of its first ``CLUSTERS_LISTED`` real events (``events`` counts them all; the
exports list every one). The occurred events of a pair of two countries, or of the whole
store, are read from the edges and actors the store keeps for them (migrations 0015, 0018), a
few thousand rows however many real events there are; any other network from the ties of
every real event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from sqlalchemy import Executable, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from bilateral.analysis.clusters import pair_cluster_ids
from bilateral.analysis.conflicts import IDS_PER_QUERY
from bilateral.linking.events import pair_codes
from bilateral.store.models import (
    ClusterRow,
    ClusterTieRow,
    EventRow,
    NetworkActorClusterRow,
    NetworkActorRow,
    NetworkEdgeRow,
    NetworkTieRow,
)
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
Tied = tuple[int, str, str | None, float | None, list[tuple[str, str]]]
# An actor as the graph takes it: id, its real events, the ids it lists.
Node = tuple[str, int, list[int]]
# An edge as the graph takes it: from, to, type, real events, reviewed ones, Goldstein sum in
# millionths, first and last dates ("" or None: none dated).
Edge = tuple[str, str, str, int, int, int, str | None, str | None]
# Ids of real events each actor lists (its first ones); ``events`` counts them all. The
# largest pair of a 100,000-article store has actors in 16,000 real events.
CLUSTERS_LISTED = 100
# Actors whose first real events one statement lists (a pair has tens, the whole store ~200).
ACTORS_PER_QUERY = 50
MILLION = 1_000_000


def network_graph(nodes: Iterable[Node], actors: Mapping[str, dict[str, Any]],
                  edges: Iterable[Edge], **attributes: str) -> nx.MultiDiGraph[str]:
    """The graph of ``nodes`` and ``edges`` in their order; ``actors`` gives each actor's
    attributes. The Goldstein sums are added up in millionths, so that they are exact in any
    order (``analysis.index``)."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.graph.update(attributes)
    for actor_id, events, ids in nodes:  # GraphML: no lists
        graph.add_node(actor_id, events=events, clusters=" ".join(map(str, ids)),
                       **_node_attributes(actors[actor_id]))
    for a, b, key, count, checked, millionths, first_date, last_date in edges:
        goldstein_sum = millionths / MILLION
        graph.add_edge(a, b, key=key, type=key, count=count, reviewed=checked,
                       goldstein_sum=goldstein_sum, first_date=first_date or "",
                       last_date=last_date or "", goldstein_mean=round(goldstein_sum / count, 3))
    return graph


def network_of_ties(clusters: Iterable[Tied], actors: Mapping[str, dict[str, Any]],
                    reviewed: set[int] | frozenset[int] = frozenset(), *,
                    listed: int | None = CLUSTERS_LISTED) -> nx.MultiDiGraph[str]:
    """The graph of ``clusters`` in their order; ``actors`` gives each actor's attributes;
    ``reviewed`` holds the ids of clusters with a reviewed report. Nodes come in the order
    actors first appear and list the ids of their first ``listed`` clusters (all: None);
    edges come in the order they first appear, their values added up in cluster order.
    """
    clusters_of: dict[str, list[int]] = {}
    # per edge: real events, reviewed ones, Goldstein sum in millionths, first and last date
    edges: dict[tuple[str, str, str], list[Any]] = {}
    for cluster_id, type_, date, goldstein, ties in clusters:
        checked, millionths = cluster_id in reviewed, round((goldstein or 0.0) * MILLION)
        for tie in ties:
            for actor_id in tie:
                ids = clusters_of.get(actor_id)
                if ids is None:
                    clusters_of[actor_id] = [cluster_id]
                elif ids[-1] != cluster_id:  # a cluster's ties come together
                    ids.append(cluster_id)
            edge = edges.get((tie[0], tie[1], type_))
            if edge is None:
                edge = edges[tie[0], tie[1], type_] = [0, 0, 0, "", ""]
            edge[0] += 1
            edge[1] += checked
            edge[2] += millionths
            if date:
                if not edge[3] or date < edge[3]:
                    edge[3] = date
                edge[4] = max(edge[4], date)
    return network_graph(((actor_id, len(ids), ids[:listed])
                          for actor_id, ids in clusters_of.items()), actors,
                         ((a, b, key, *values) for (a, b, key), values in edges.items()))


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
    graph = network_of_ties(((c.id, c.type, c.date, c.goldstein,
                              [(a["id"], b["id"]) for a, b in ties]) for c, ties in clusters),
                            actors, reviewed)
    graph.graph.update(attributes)
    return graph


def _named(ties: list[list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The actors of a cluster's ties by id, each as the last tie naming it gives it."""
    return {actor["id"]: actor for tie in ties for actor in tie}


def actor_network(store: Any, pair: str | Sequence[str] | None = None, *,
                  status: str | None = OCCURRED,
                  listed: int | None = CLUSTERS_LISTED) -> nx.MultiDiGraph[str]:
    """The network of actors in events of ``pair`` (all pairs when None), each actor listing
    its first ``listed`` real events (all: None).

    The occurred events of a pair of two countries, or of the whole store, are read from the
    rows the store keeps for their network (``kept_network``); any other from the ties of
    every real event (``tied_network``).
    """
    codes = pair_codes(pair)
    with store.session() as session:
        if len(codes) in (0, 2) and status == OCCURRED:
            return kept_network(session, codes, listed=listed)
        return tied_network(session, codes, status=status, listed=listed)


def _reviewed_clusters() -> Any:
    """The clusters with a reviewed report, as a query: found from the reviewed events (few,
    by the index on their chain: a digest set with ``review``, never empty), not by reading
    every report of the pair's clusters."""
    return select(EventRow.cluster_id).where(EventRow.review_chain > "",
                                             EventRow.review.is_not(None))


def _first_named(session: Session, first: Mapping[str, int]) -> dict[int, list[Any]]:
    """The ties (actor dicts) of each actor's first real event, by cluster id."""
    wanted, ties = sorted(set(first.values())), {}
    for start in range(0, len(wanted), IDS_PER_QUERY):
        for cluster_id, pairs in session.execute(select(ClusterRow.id, ClusterRow.ties).where(
                ClusterRow.id.in_(wanted[start:start + IDS_PER_QUERY]))):
            ties[cluster_id] = pairs or []
    return ties


def tied_network(session: Session, codes: tuple[str, ...], *, status: str | None = OCCURRED,
                 listed: int | None = CLUSTERS_LISTED) -> nx.MultiDiGraph[str]:
    """The network of ``codes`` (all pairs when empty) from one row per tie of its real
    events (two actor ids with the event's type, date and score, from ``cluster_ties``); the
    ties' JSON is decoded only for the first real event of each actor, whose attributes the
    node takes. A real event without ties adds nothing."""
    query = select(ClusterTieRow.cluster_id, ClusterTieRow.type, ClusterTieRow.date,
                   ClusterTieRow.goldstein, ClusterTieRow.source_id, ClusterTieRow.target_id)
    if codes or status:
        query = query.where(ClusterTieRow.cluster_id.in_(pair_cluster_ids(codes, status)))
    rows: list[Tied] = []
    first: dict[str, int] = {}  # each actor's first real event
    # Core rows, not the ORM's: a large pair has tens of thousands of ties
    for cluster_id, type_, date, goldstein, source_id, target_id in session.connection(
            ).execute(query.order_by(ClusterTieRow.cluster_id, ClusterTieRow.position)):
        if not rows or rows[-1][0] != cluster_id:
            rows.append((cluster_id, type_, date, goldstein, []))
        rows[-1][4].append((source_id, target_id))
        first.setdefault(source_id, cluster_id)
        first.setdefault(target_id, cluster_id)
    named = {cluster_id: _named(ties) for cluster_id, ties in _first_named(session, first).items()}
    reviewed = set(session.scalars(_reviewed_clusters()))
    graph = network_of_ties(rows, {actor_id: named[cluster_id][actor_id]
                                   for actor_id, cluster_id in first.items()},
                            reviewed, listed=listed)
    graph.graph.update(pair="-".join(codes), status=status or "any")
    return graph


def kept_network(session: Session, codes: tuple[str, ...], *,
                 listed: int | None = CLUSTERS_LISTED) -> nx.MultiDiGraph[str]:
    """The network of the occurred real events of a pair of two countries (of the whole
    store: no codes, the pair key ''), read from the rows the store keeps for it
    (``NetworkEdgeRow``, ``NetworkActorRow``, migrations 0015 and 0018):
    the same graph as ``tied_network``, at a cost that grows with its actors and edges, not
    with its real events. Actors come in the order they first appear (their first real
    event, then their first place in its ties), as the ties give them."""
    key = "-".join(sorted(codes))
    edges = session.execute(
        select(NetworkEdgeRow.source_id, NetworkEdgeRow.target_id, NetworkEdgeRow.type,
               NetworkEdgeRow.ties, NetworkEdgeRow.goldstein_millionths,
               NetworkEdgeRow.first_date, NetworkEdgeRow.last_date)
        .where(NetworkEdgeRow.pair == key)
        .order_by(NetworkEdgeRow.first_cluster, NetworkEdgeRow.first_position)).all()
    reviewed = {(a, b, type_): n for a, b, type_, n in session.execute(
        select(NetworkTieRow.source_id, NetworkTieRow.target_id, NetworkTieRow.type,
               func.count()).where(NetworkTieRow.pair == key,
                                   NetworkTieRow.cluster_id.in_(_reviewed_clusters()))
        .group_by(NetworkTieRow.source_id, NetworkTieRow.target_id, NetworkTieRow.type))}
    actors = session.execute(select(NetworkActorRow.actor_id, NetworkActorRow.events,
                                    NetworkActorRow.first_cluster)
                             .where(NetworkActorRow.pair == key)).all()
    first = {actor_id: cluster_id for actor_id, _, cluster_id in actors}
    first_ties = _first_named(session, first)
    places = {cluster_id: {actor["id"]: n for n, actor in reversed(list(enumerate(
        actor for tie in ties for actor in tie)))} for cluster_id, ties in first_ties.items()}
    listed_ids = _listed_clusters(session, key, [actor_id for actor_id, _, _ in actors], listed)
    nodes = [(actor_id, events, listed_ids.get(actor_id, []))
             for actor_id, events, _ in sorted(actors, key=lambda actor: (
                 actor[2], places[actor[2]][actor[0]]))]
    named = {cluster_id: _named(ties) for cluster_id, ties in first_ties.items()}
    return network_graph(nodes, {actor_id: named[cluster_id][actor_id]
                                 for actor_id, cluster_id in first.items()},
                         [(a, b, type_, count, reviewed.get((a, b, type_), 0), millionths,
                           first_date, last_date)
                          for a, b, type_, count, millionths, first_date, last_date in edges],
                         pair=key, status=OCCURRED)


def _listed_clusters(session: Session, key: str, actor_ids: list[str],
                     listed: int | None) -> dict[str, list[int]]:
    """Per actor of pair ``key``, the ids of its first ``listed`` real events (all: None).
    One statement for ``ACTORS_PER_QUERY`` actors, each limited on its own: a round trip per
    actor is what a whole store's network waited on (194 of them, on PostgreSQL under load)."""
    found: dict[str, list[int]] = {}
    if listed is None:
        rows = session.execute(select(NetworkActorClusterRow.actor_id,
                                      NetworkActorClusterRow.cluster_id)
                               .where(NetworkActorClusterRow.pair == key))
        for actor_id, cluster_id in rows:
            found.setdefault(actor_id, []).append(cluster_id)
    else:
        connection = session.connection()
        for start in range(0, len(actor_ids), ACTORS_PER_QUERY):
            batch = actor_ids[start:start + ACTORS_PER_QUERY]
            names: dict[str, str | None] = {f"actor{n}": None for n in range(ACTORS_PER_QUERY)}
            names |= {f"actor{n}": actor_id for n, actor_id in enumerate(batch)}
            for actor_id, cluster_id in connection.execute(_first_clusters(listed),
                                                           {"pair": key, **names}):
                found.setdefault(actor_id, []).append(cluster_id)
    return {actor_id: sorted(ids) for actor_id, ids in found.items()}


@lru_cache(maxsize=4)
def _first_clusters(listed: int) -> Executable:
    """The first ``listed`` real events of each of ``ACTORS_PER_QUERY`` actors (bound as
    ``actor0`` …, None for none) under the pair bound as ``pair``. Built once: building it
    costs more than running it, and one shape lets the engine compile it once."""
    clusters = NetworkActorClusterRow.cluster_id
    # each member a subquery: SQLite takes no LIMIT on a bare member of a UNION
    firsts = [select(NetworkActorClusterRow.actor_id, clusters)
              .where(NetworkActorClusterRow.pair == bindparam("pair"),
                     NetworkActorClusterRow.actor_id == bindparam(f"actor{n}"))
              .order_by(clusters).limit(listed).subquery()
              for n in range(ACTORS_PER_QUERY)]
    return union_all(*(select(first.c.actor_id, first.c.cluster_id) for first in firsts))


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
