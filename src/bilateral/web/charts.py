"""Data for the dashboard's charts, shaped for Plotly on the page."""

from __future__ import annotations

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


def network_layout(network: dict[str, Any], seed: int = 7) -> dict[str, Any]:
    """Positions for the actors' network (a seeded spring layout, so the picture is stable)."""
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in network["nodes"])
    for e in network["edges"]:
        weight = graph.get_edge_data(e["source"], e["target"], {}).get("weight", 0)
        graph.add_edge(e["source"], e["target"], weight=weight + e.get("count", 1))
    pos = nx.spring_layout(graph, seed=seed) if len(graph) else {}
    nodes = [{**n, "x": float(pos[n["id"]][0]), "y": float(pos[n["id"]][1])}
             for n in network["nodes"]]
    edges = [{"source": a, "target": b, "weight": d["weight"]}
             for a, b, d in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges}
