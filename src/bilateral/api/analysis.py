"""Thin adapters between the API and ``bilateral.analysis`` / ``bilateral.linking``.

Each function answers one analysis question for a pair of countries in the shape the API
documents (docs/rest-api.md).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from sqlalchemy import or_, select

from bilateral.api.queries import EventFilter, events_query, figures_query, like_pattern
from bilateral.store.models import DocumentRow, EventRow, QuoteRow
from bilateral.store.session import Store
from bilateral.types import OCCURRED

PERIODS = ("year", "quarter", "month")


def _occurred_events(store: Store, pair: tuple[str, str] | None, **filters: Any) -> list[EventRow]:
    with store.session() as session:
        query = events_query(EventFilter(pair=pair, status=OCCURRED, **filters))
        return list(session.scalars(query))


def timeline(store: Store, pair: tuple[str, str], *, since: str | None = None,
             until: str | None = None, type_: str | None = None) -> list[dict[str, Any]]:
    """Occurred events of a pair in date order, one item per cluster (or per unclustered event)."""
    events = _occurred_events(store, pair, since=since, until=until, type=type_)
    with store.session() as session:
        sources = dict(session.execute(
            select(DocumentRow.doc_id, DocumentRow.source)
            .where(DocumentRow.doc_id.in_({e.doc_id for e in events}))
        ).all())
    items: dict[str, dict[str, Any]] = {}
    for e in events:
        key = f"c{e.cluster_id}" if e.cluster_id is not None else e.event_id
        item = items.setdefault(key, {
            "cluster_id": e.cluster_id, "event_id": e.event_id, "date": e.date, "type": e.type,
            "status": e.status, "actors": [a for a in (e.source, e.target) if a], "sources": [],
        })
        item["sources"].append({"doc_id": e.doc_id, "source": sources.get(e.doc_id),
                                "event_id": e.event_id, "sentence": e.sentence})
    return list(items.values())


def _period_key(date: str | None, by: str) -> str | None:
    """The period an event date falls in, or None when the date is too coarse for it."""
    if not date:
        return None
    if by == "year":
        return date[:4]
    if len(date) < 7:
        return None
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def index(store: Store, pair: tuple[str, str], *, by: str = "year") -> list[dict[str, Any]]:
    """Cooperation–conflict index per period: Goldstein sum and counts of occurred events."""
    rows: dict[str, dict[str, Any]] = {}
    for e in _occurred_events(store, pair):
        key = _period_key(e.date, by)
        if key is None or e.goldstein is None:
            continue
        row = rows.setdefault(key, {"period": key, "score": 0.0, "events": 0, "cooperation": 0,
                                    "conflict": 0, "by_type": defaultdict(int)})
        row["score"] = round(row["score"] + e.goldstein, 3)
        row["events"] += 1
        if e.goldstein > 0:
            row["cooperation"] += 1
        elif e.goldstein < 0:
            row["conflict"] += 1
        row["by_type"][e.type] += 1
    return [{**r, "by_type": dict(r["by_type"])} for _, r in sorted(rows.items())]


def network_graph(store: Store, pair: tuple[str, str] | None) -> nx.MultiDiGraph:
    """Actors as nodes, occurred events between them as typed edges."""
    graph = nx.MultiDiGraph()
    for e in _occurred_events(store, pair):
        if not (e.source and e.target):
            continue
        for actor in (e.source, e.target):
            graph.add_node(actor["id"], name=actor.get("name") or actor["id"],
                           country=actor.get("country") or "", sector=actor.get("sector") or "")
        graph.add_edge(e.source["id"], e.target["id"], type=e.type, event_id=e.event_id,
                       date=e.date or "")
    return graph


def network(store: Store, pair: tuple[str, str] | None) -> dict[str, Any]:
    """The network as JSON: nodes with degree, edges weighted by the number of events of a type."""
    graph = network_graph(store, pair)
    nodes = [{"id": n, **attrs, "degree": graph.degree(n)} for n, attrs in graph.nodes(data=True)]
    weights: dict[tuple[str, str, str], int] = defaultdict(int)
    for a, b, attrs in graph.edges(data=True):
        weights[(a, b, attrs["type"])] += 1
    edges = [{"source": a, "target": b, "type": t, "weight": w} for (a, b, t), w in weights.items()]
    return {"nodes": nodes, "edges": edges}


def graphml(store: Store, pair: tuple[str, str] | None) -> str:
    return "\n".join(nx.generate_graphml(network_graph(store, pair)))


def _snippet(text: str, needle: str, width: int = 90) -> str:
    at = text.casefold().find(needle.casefold())
    at = max(at, 0)
    start, end = max(0, at - width), min(len(text), at + len(needle) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search over articles, event sentences and quotes, each hit with its citation."""
    pattern = like_pattern(q)
    hits: list[dict[str, Any]] = []
    with store.session() as session:
        for row in session.scalars(select(EventRow).where(
                EventRow.sentence.ilike(pattern, escape="\\")).limit(limit)):
            hits.append({"kind": "event", "id": row.event_id, "doc_id": row.doc_id,
                         "snippet": _snippet(row.sentence, q), "start": row.start, "end": row.end})
        for row in session.scalars(select(QuoteRow).where(
                QuoteRow.text.ilike(pattern, escape="\\")).limit(limit)):
            hits.append({"kind": "quote", "id": row.quote_id, "doc_id": row.doc_id,
                         "snippet": _snippet(row.text, q), "start": row.start, "end": row.end})
        for row in session.scalars(select(DocumentRow).where(or_(
                DocumentRow.text.ilike(pattern, escape="\\"),
                DocumentRow.title.ilike(pattern, escape="\\"))).limit(limit)):
            hits.append({"kind": "document", "id": row.doc_id, "doc_id": row.doc_id,
                         "title": row.title, "snippet": _snippet(row.text, q),
                         "start": None, "end": None})
    return hits[:limit]


def contradictions(store: Store, pair: tuple[str, str] | None) -> list[dict[str, Any]]:
    """Figures on the same variable, unit, direction and period whose values disagree."""
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    with store.session() as session:
        for f in session.scalars(figures_query(pair)):
            if f.period:
                groups[(f.variable, f.unit, f.direction, f.period, f.country_key)].append(f)
    out = []
    for (variable, unit, direction, period, key), figures in groups.items():
        values = [f.value for f in figures]
        if len({f.doc_id for f in figures}) < 2 or max(values) <= min(values) * 1.01:
            continue
        out.append({"variable": variable, "unit": unit, "direction": direction, "period": period,
                    "countries": key.split(), "figures": [_figure_side(f) for f in figures]})
    return out


def _figure_side(f: Any) -> dict[str, Any]:
    return {"figure_id": f.figure_id, "doc_id": f.doc_id, "value": f.value, "text": f.text,
            "approx": f.approx, "sentence": f.sentence, "start": f.start, "end": f.end}


def write_export(store: Store, fmt: str, path: str) -> None:
    """Write the store to ``path`` in ``fmt`` (jsonl, gdelt-csv, plover-json, parquet)."""
    if fmt == "jsonl":
        from pathlib import Path

        from bilateral.store.export import export_jsonl

        export_jsonl(store, Path(path))
        return
    try:
        from bilateral.analysis.export import write_export as analysis_export
    except ImportError:
        from fastapi import HTTPException

        raise HTTPException(404, f"export format {fmt} is not available in this version") from None
    analysis_export(store, fmt, path)
