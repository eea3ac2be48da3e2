"""Data for the dashboard's charts, shaped for Plotly on the page."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx


def index_series(periods: list[dict[str, Any]]) -> dict[str, Any]:
    """Index rows -> x (period), Goldstein sum, cooperative and (negated) conflictual counts."""
    return {
        "x": [r["period"] for r in periods],
        "score": [r["goldstein_sum"] for r in periods],
        "cooperation": [r["cooperation"] for r in periods],
        "conflict": [-r["conflict"] for r in periods],
    }


def _component_positions(graph: nx.Graph[str], seed: int) -> dict[Any, tuple[float, float]]:
    """Each connected component laid out on its own, placed left to right in rows.

    A single spring layout pushes unconnected groups to the far corners; side by side
    they stay readable.
    """
    components = sorted(nx.connected_components(graph), key=len, reverse=True)
    per_row = max(1, math.ceil(math.sqrt(len(components))))
    positions: dict[Any, tuple[float, float]] = {}
    for n, nodes in enumerate(components):
        sub = graph.subgraph(nodes)
        scale = 1.0 if len(nodes) > 2 else 0.4
        layout = nx.spring_layout(sub, seed=seed, scale=scale) if len(nodes) > 1 else \
            {next(iter(nodes)): (0.0, 0.0)}
        dx, dy = (n % per_row) * 2.6, -(n // per_row) * 2.6
        for node, (x, y) in layout.items():
            positions[node] = (float(x) + dx, float(y) + dy)
    return positions


def network_layout(network: dict[str, Any], seed: int = 7) -> dict[str, Any]:
    """Positions for the actors' network (seeded, so the picture is stable)."""
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(n["id"] for n in network["nodes"])
    for e in network["edges"]:
        weight = graph.get_edge_data(e["source"], e["target"], {}).get("weight", 0)
        graph.add_edge(e["source"], e["target"], weight=weight + e.get("count", 1))
    pos = _component_positions(graph, seed)
    nodes = [{**n, "x": pos[n["id"]][0], "y": pos[n["id"]][1]} for n in network["nodes"]]
    edges = [{"source": a, "target": b, "weight": d["weight"]}
             for a, b, d in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges}
