"""Thin adapters between the API and ``bilateral.analysis`` / ``bilateral.linking``.

The analysis functions do the work; this module only picks their arguments from the
request's filters and turns graphs and folders into what HTTP can carry.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import networkx as nx

from bilateral.analysis.conflicts import conflict_count, stored_conflicts
from bilateral.analysis.conflicts import conflict_disagreements as disagreement_page
from bilateral.analysis.conflicts import conflict_sides as side_page
from bilateral.analysis.export import write_export as analysis_export
from bilateral.analysis.index import cooperation_index
from bilateral.analysis.network import actor_network
from bilateral.analysis.search import search as full_text_search
from bilateral.analysis.timeline import cursor
from bilateral.analysis.timeline import timeline as pair_timeline
from bilateral.api.params import until_bound
from bilateral.store.export import export_jsonl
from bilateral.store.session import Store
from bilateral.types import OCCURRED

# Disagreeing pairs each conflict of /api/contradictions lists; the rest are paged by
# /api/contradictions/{id}/disagreements (their number grows with the square of the sides).
DISAGREEMENTS_LISTED = 100
# Sides each conflict lists; /api/contradictions/{id}/sides pages the rest (one conflict of
# a 100,000-article store has 1,560: a page of 50 conflicts listed 4,748 sides, 2 MB).
SIDES_LISTED = 20


def timeline(store: Store, pair: tuple[str, str], *, since: str | None = None,
             until: str | None = None, type_: str | None = None, limit: int,
             after: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """A page of the occurred real events (clusters) of a pair in date order, each with its
    sources, and the cursor of the next page (None on the last)."""
    items = pair_timeline(store, pair, since=since, until=until_bound(until), type=type_,
                          status=OCCURRED, limit=limit + 1, after=after)
    more = len(items) > limit
    return items[:limit], cursor(items[limit - 1]) if more else None


def index(store: Store, pair: tuple[str, str], *, by: str = "year") -> dict[str, Any]:
    """The cooperation–conflict index per period (see ``analysis.index``)."""
    return cooperation_index(store, pair, by)


def network_graph(store: Store, pair: tuple[str, str] | None) -> nx.MultiDiGraph[str]:
    return actor_network(store, pair)


def network(store: Store, pair: tuple[str, str] | None) -> dict[str, Any]:
    """The actors' network as JSON: nodes with their events and ties, typed edges."""
    graph = network_graph(store, pair)
    nodes = [{"id": node, **attrs, "ties": graph.degree(node)}
             for node, attrs in graph.nodes(data=True)]
    edges = [{"source": a, "target": b, **attrs} for a, b, attrs in graph.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


def graphml(store: Store, pair: tuple[str, str] | None) -> str:
    return "\n".join(nx.generate_graphml(network_graph(store, pair)))


def search(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text hits over events, quotes and articles, each citing its sentence."""
    return full_text_search(store, q, limit=limit)


def contradictions(store: Store, pair: tuple[str, str] | None, *, limit: int,
                   offset: int = 0, sides: int,
                   pairs: int) -> tuple[list[dict[str, Any]], int]:
    """A page of the figures that disagree, every source side by side (``linking.figures``
    decides, when the figures are stored), each with its first ``sides`` sides and first
    ``pairs`` disagreeing pairs, and how many conflicts there are in all."""
    with store.session() as session:
        return (stored_conflicts(session, pair or (), limit=limit, offset=offset, pairs=pairs,
                                 sides=sides),
                conflict_count(session, pair or ()))


def disagreements(store: Store, conflict_id: int, *, limit: int,
                  offset: int = 0) -> tuple[list[list[int]], int] | None:
    """A page of one conflict's disagreeing pairs and how many it has (None: no conflict)."""
    with store.session() as session:
        return disagreement_page(session, conflict_id, limit=limit, offset=offset)


def sides(store: Store, conflict_id: int, *, limit: int,
          offset: int = 0) -> tuple[list[dict[str, Any]], int] | None:
    """A page of one conflict's sides and how many it has (None: no conflict)."""
    with store.session() as session:
        return side_page(session, conflict_id, limit=limit, offset=offset)


def write_export(store: Store, fmt: str, path: Path) -> Path:
    """Write the store as ``fmt`` at ``path``; returns the file to send.

    Parquet is a folder of tables, so it is sent as a zip of that folder.
    """
    if fmt == "jsonl":
        export_jsonl(store, path)
        return path
    if fmt == "parquet":
        analysis_export(store, fmt, path)
        return Path(shutil.make_archive(str(path), "zip", root_dir=path))
    analysis_export(store, fmt, path)
    return path
