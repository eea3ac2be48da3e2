"""The SQL overview, index, timeline and network equal the same answers worked out in Python
from every row (how they were computed before they moved into the database), on the bundled
examples, for every pair of countries they name (SQLite, and PostgreSQL when
BILATERAL_TEST_PG_URL is set). Needs the spaCy model (``model`` extra)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pytest
from sqlalchemy import func, select

from bilateral.analysis.clusters import clusters_with_members
from bilateral.analysis.index import cooperation_index
from bilateral.analysis.network import _kind, actor_network, build_network
from bilateral.analysis.overview import summary
from bilateral.analysis.timeline import ALL, cursor, timeline
from bilateral.errors import MissingExtra
from bilateral.linking.events import (
    cluster_score,
    cluster_ties,
    event_actors,
    event_countries,
    event_ties,
    link_pending,
)
from bilateral.linking.sectors import event_sectors, union_sectors
from bilateral.store.ingest import ingest
from bilateral.store.models import ClusterRow, DocumentRow, EventPairRow, EventRow, QuoteRow
from bilateral.types import OCCURRED

from .conftest import ScoredEvent, aggregate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def _summary_from_rows(store, codes: set[str]) -> dict:
    """The overview counted over every row in Python (figures are read as before)."""
    from bilateral.analysis.conflicts import cited_documents, figure_conflicts, pair_figures

    with store.session() as session:
        events = [e for e in session.scalars(select(EventRow).order_by(EventRow.id))
                  if codes <= event_countries(e)]
        clusters = [c for c in session.scalars(select(ClusterRow))
                    if codes <= set(c.pair.split("-"))]
        figures = pair_figures(session, sorted(codes))
        conflicts = figure_conflicts(figures, cited_documents(session, {f.doc_id for f in figures}))
        cited = {e.doc_id for e in events} | {f.doc_id for f in figures}
        quotes = sum(1 for q in session.scalars(select(QuoteRow)) if not codes or q.doc_id in cited)
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
    pairs: Counter[str] = Counter()
    for event in events:
        found = sorted(event_countries(event))
        if event.status == OCCURRED:
            pairs.update(f"{a}-{b}" for i, a in enumerate(found) for b in found[i + 1:])
    dated = sorted(c.date for c in clusters if c.date and c.status == OCCURRED)
    return {
        "pair": "-".join(sorted(codes)), "documents": documents, "cited_documents": len(cited),
        "events": len(events),
        "events_by_status": dict(Counter(e.status for e in events).most_common()),
        "clusters": len(clusters), "clusters_multi_source": sum(1 for c in clusters if c.size > 1),
        "figures": len(figures), "figure_conflicts": len(conflicts), "quotes": quotes,
        "first_event": dated[0] if dated else None, "last_event": dated[-1] if dated else None,
        "top_pair": pairs.most_common(1)[0][0] if pairs else None,
    }


def _index_from_members(store, pair: str, by: str) -> list[dict]:
    scored = [ScoredEvent(c.date, c.type, cluster_score(c.type, [m.goldstein for m in members]),
                          union_sectors(event_sectors(m.sentence, event_actors(m), m.mode, m.cameo)
                                        for m in members))
              for c, members in clusters_with_members(store, pair, OCCURRED)]
    rows, unplaced = aggregate(scored, by)
    return [r.to_dict() for r in rows] + [{"unplaced": unplaced}]


def _network_as_before(clusters) -> nx.MultiDiGraph:
    """The network as it was built per request, edge by edge into the graph, from
    ``(cluster, ties as actor dicts)`` in cluster order (pair and status left out); the
    Goldstein sums in millionths, as the kept edges add them up."""
    graph = nx.MultiDiGraph()
    clusters_of: dict[str, list[str]] = {}
    millionths: dict[tuple[str, str, str], int] = {}  # each edge's scores, added up exactly
    for cluster, ties in clusters:
        actors = {actor["id"]: actor for pair in ties for actor in pair}
        for actor_id, actor in actors.items():
            if actor_id not in graph:
                graph.add_node(actor_id, events=0, clusters="",
                               name=actor.get("name") or actor["id"],
                               country=actor.get("country") or "", sector=actor.get("sector") or "",
                               role=actor.get("role") or "", kind=_kind(actor))
            graph.nodes[actor_id]["events"] += 1
            clusters_of.setdefault(actor_id, []).append(str(cluster.id))
        for a, b in ties:
            key = cluster.type
            if not graph.has_edge(a["id"], b["id"], key):
                graph.add_edge(a["id"], b["id"], key=key, type=key, count=0, reviewed=0,
                               goldstein_sum=0.0, first_date="", last_date="")
            edge = graph.edges[a["id"], b["id"], key]
            edge["count"] += 1
            added = millionths.get((a["id"], b["id"], key), 0) + round(cluster.goldstein * 1e6)
            millionths[a["id"], b["id"], key] = added
            edge["goldstein_sum"] = added / 1e6
            edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["count"], 3)
            if cluster.date:
                edge["first_date"] = min(filter(None, (edge["first_date"], cluster.date)))
                edge["last_date"] = max(edge["last_date"], cluster.date)
    for actor_id, ids in clusters_of.items():
        graph.nodes[actor_id]["clusters"] = " ".join(ids)
    return graph


def _in_order(graph: nx.MultiDiGraph) -> tuple[list, list]:
    """Nodes and edges in the graph's order, each with its attributes in theirs."""
    return ([(n, list(d.items())) for n, d in graph.nodes(data=True)],
            [(a, b, k, list(d.items())) for a, b, k, d in graph.edges(keys=True, data=True)])


def _as_json(graph: nx.MultiDiGraph) -> tuple[list, list]:
    return (sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True)),
            sorted((a, b, k, sorted(d.items())) for a, b, k, d in graph.edges(keys=True, data=True)))


@pytest.fixture
def examples_store(store, monkeypatch):
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")
    try:
        ingest(store, [str(EXAMPLES)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    return store


def test_sql_aggregates_equal_python_over_rows(examples_store):
    store = examples_store
    with store.session() as session:
        pairs = sorted({c.pair for c in session.scalars(select(ClusterRow)) if c.pair.count("-") == 1})
    assert len(pairs) >= 2
    edges = 0
    for pair in pairs:
        codes = set(pair.split("-"))
        assert summary(store, pair) == _summary_from_rows(store, codes), pair
        for by in ("year", "quarter", "month"):
            sql = cooperation_index(store, pair, by)
            assert sql["periods"] + [{"unplaced": sql["unplaced"]}] == _index_from_members(
                store, pair, by), (pair, by)
        whole = timeline(store, pair, status=ALL)
        expected = sorted((c for c, _ in clusters_with_members(store, pair)),
                          key=lambda c: (c.date is None, c.date or "", c.id))
        assert [e["cluster_id"] for e in whole] == [c.id for c in expected]
        pages, after = [], None
        while page := timeline(store, pair, status=ALL, limit=2, after=after):
            pages += page
            after = cursor(page[-1])
        assert pages == whole
        from_members = [
            (SimpleNamespace(id=cluster.id, type=cluster.type, date=cluster.date,
                             goldstein=cluster_score(cluster.type, [m.goldstein for m in members])),
             cluster_ties(SimpleNamespace(ties=event_ties(m.source, m.target, m.participants))
                          for m in members))
            for cluster, members in clusters_with_members(store, pair, OCCURRED)]
        reference = build_network(from_members, pair=pair, status=OCCURRED)
        network = actor_network(store, pair)
        edges += network.number_of_edges()
        assert _as_json(network) == _as_json(reference), pair
        assert _in_order(network) == _in_order(_network_as_before(from_members)), pair
    assert edges > 0
    assert summary(store) == {**_summary_from_rows(store, set()), "pair": None}
    with store.session() as session:  # what the overview reads: copied from the events
        copied = session.execute(select(EventPairRow.status, EventPairRow.doc_id, EventRow.status,
                                        EventRow.doc_id).join(EventRow)).all()
    assert copied and all(row[:2] == row[2:] for row in copied)
    whole = actor_network(store, None, status=None)
    as_before = _network_as_before(
        (c, c.ties or []) for c in sorted((c for c, _ in clusters_with_members(store, None)),
                                          key=lambda c: c.id))
    assert _in_order(whole) == _in_order(as_before)
