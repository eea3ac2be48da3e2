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
from bilateral.analysis.network import actor_network, build_network
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
from bilateral.store.models import ClusterRow, DocumentRow, EventRow, QuoteRow
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
    assert edges > 0
    assert summary(store) == {**_summary_from_rows(store, set()), "pair": None}
