"""The pair summaries the triggers keep (``pair_counts``, ``pair_documents``,
``pair_periods``, ``pair_period_types``) and the pairs' networks (``network_ties``,
``network_edges``, ``network_actor_clusters``, ``network_actors``) equal the same counts made
from scratch over every stored row, after ingests in several batches, after analysts' edits,
acceptances and rejections and after a re-extraction (SQLite, and PostgreSQL when
BILATERAL_TEST_PG_URL is set); and the overview, the index, the pair menu and the network
read from them equal the GROUP BY over the pair's rows, or the graph of its ties; and each
pair's clusters list read from its ``cluster_pairs`` index equals the sorted clusters, page
for page. Needs the spaCy model (``model`` extra)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from bilateral.analysis.index import PERIODS, counted_rows, kept_rows
from bilateral.analysis.network import kept_network, tied_network
from bilateral.analysis.overview import counted, counted_documents, kept_counts, kept_documents
from bilateral.api.queries import clusters_query, fetch_clusters, known_pairs
from bilateral.errors import MissingExtra
from bilateral.linking.events import link_pending
from bilateral.linking.sectors import SECTORS
from bilateral.review import actions
from bilateral.store.ingest import ingest
from bilateral.store.migrate import alembic_config
from bilateral.store.models import (
    ClusterPairRow,
    ClusterRow,
    EventPairRow,
    EventRow,
    NetworkActorClusterRow,
    NetworkActorRow,
    NetworkEdgeRow,
    NetworkTieRow,
    PairCountRow,
    PairPeriodRow,
    PairPeriodTypeRow,
    QuoteRow,
)
from bilateral.store.reextract import reextract
from bilateral.types import OCCURRED

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# A second report of a meeting, and a dispute, written for this test: later batches add
# members to stored clusters and new pairs.
LATER = {
    "talks.txt": "Indian and Japanese officials met in New Delhi on 3 March 2019 to discuss "
                 "a high-speed rail loan, the foreign ministry said on Monday.",
    "dispute.txt": "Pakistan accused India on 12 June 2021 of violating the ceasefire along the "
                   "Line of Control, and Russia called on both sides to show restraint.",
}


def period_of(date: str | None, kind: str) -> str:
    """The period of ``kind`` a date falls in, '' when it is too coarse (in Python)."""
    if not date or len(date) < (4 if kind == "year" else 7):
        return ""
    if kind == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) + 2) // 3}"
    return date[:4] if kind == "year" else date[:7]


def from_scratch(session) -> tuple[dict, dict, dict]:
    """The three summaries as every stored row gives them, without their rows of 0."""
    counts: Counter[tuple[str, str, str]] = Counter()
    cited: dict[str, set[str]] = {}
    for pair, status, doc_id in session.execute(
            select(EventPairRow.pair, EventPairRow.status, EventPairRow.doc_id)):
        if "-" in pair:
            counts[pair, "status", status] += 1
            cited.setdefault(pair, set()).add(doc_id)
    quoted = Counter(session.scalars(select(QuoteRow.doc_id)))
    for pair, documents in cited.items():
        counts[pair, "documents", ""] = len(documents)
        counts[pair, "quotes", ""] = sum(quoted[d] for d in documents)
    for source, target in session.execute(select(EventRow.source_country, EventRow.target_country)):
        if source and target and source != target:
            counts["-".join(sorted((source, target))), "reported", ""] += 1
    periods: dict[tuple[str, str, str], Counter[str]] = {}
    types: Counter[tuple[str, str, str, str]] = Counter()
    # the cluster's own row, not the copy in cluster_pairs: a wrong copy shows
    for pair, cluster in session.execute(select(ClusterPairRow.pair, ClusterRow)
                                         .join(ClusterRow)):
        if "-" not in pair:
            continue
        counts[pair, "clusters", ""] += 1
        counts[pair, "multi_source", ""] += cluster.size > 1
        if cluster.status != OCCURRED:
            continue
        for kind in PERIODS:
            period = period_of(cluster.date, kind)
            row = periods.setdefault((pair, kind, period), Counter())
            row.update(events=1, goldstein_millionths=round(cluster.goldstein * 1_000_000),
                       cooperation=cluster.goldstein > 0, conflict=cluster.goldstein < 0,
                       **{s: f" {s} " in cluster.sectors for s in SECTORS})
            if period:
                types[pair, kind, period, cluster.type] += 1
    return ({k: n for k, n in counts.items() if n},
            {k: {c: row[c] for c in ("events", "goldstein_millionths", "cooperation",
                                     "conflict", *SECTORS)} for k, row in periods.items()},
            dict(types))


def kept(session) -> tuple[dict, dict, dict]:
    counts = {(r.pair, r.measure, r.key): r.n for r in session.scalars(select(PairCountRow))
              if r.n}
    periods = {(r.pair, r.period_kind, r.period): {
        c: getattr(r, c) for c in ("events", "goldstein_millionths", "cooperation", "conflict",
                                   *SECTORS)} for r in session.scalars(select(PairPeriodRow))
        if r.events}
    types = {(r.pair, r.period_kind, r.period, r.type): r.events
             for r in session.scalars(select(PairPeriodTypeRow)) if r.events}
    return counts, periods, types


def network_from_scratch(session) -> tuple[dict, dict, dict, dict]:
    """The four network tables as the clusters' own rows give them: each tie of an occurred
    cluster under each pair of two countries it has, and under the whole store ('')."""
    ties = {}
    paired = [(pair, cluster) for pair, cluster in session.execute(
        select(ClusterPairRow.pair, ClusterRow).join(ClusterRow)) if "-" in pair]
    for pair, cluster in [*paired, *(("", cluster) for cluster in session.scalars(
            select(ClusterRow)))]:
        if cluster.status == OCCURRED:
            for position, (a, b) in enumerate(cluster.ties or []):
                ties[pair, a["id"], b["id"], cluster.type, cluster.id] = (
                    position, cluster.date, round(cluster.goldstein * 1_000_000))
    edges: dict[tuple, list] = {}
    named: Counter[tuple[str, str, int]] = Counter()
    for (pair, a, b, type_, cluster_id), (position, date, millionths) in sorted(ties.items()):
        edge = edges.setdefault((pair, a, b, type_), [0, 0, None, None, (cluster_id, position)])
        edge[0] += 1
        edge[1] += millionths
        if date:
            edge[2] = min(edge[2] or date, date)
            edge[3] = max(edge[3] or date, date)
        edge[4] = min(edge[4], (cluster_id, position))
        named.update([(pair, a, cluster_id), (pair, b, cluster_id)])
    actors: dict[tuple[str, str], list[int]] = {}
    for pair, actor_id, cluster_id in sorted(named):
        actors.setdefault((pair, actor_id), []).append(cluster_id)
    return (ties, {key: (n, s, first, last, *at) for key, (n, s, first, last, at) in edges.items()},
            dict(named), {key: (len(ids), ids[0]) for key, ids in actors.items()})


def kept_network_rows(session) -> tuple[dict, dict, dict, dict]:
    edge = (NetworkEdgeRow.pair, NetworkEdgeRow.source_id, NetworkEdgeRow.target_id,
            NetworkEdgeRow.type)
    return ({(r.pair, r.source_id, r.target_id, r.type, r.cluster_id):
             (r.position, r.date, r.goldstein_millionths)
             for r in session.scalars(select(NetworkTieRow))},
            {tuple(r[:4]): tuple(r[4:]) for r in session.execute(select(
                *edge, NetworkEdgeRow.ties, NetworkEdgeRow.goldstein_millionths,
                NetworkEdgeRow.first_date, NetworkEdgeRow.last_date, NetworkEdgeRow.first_cluster,
                NetworkEdgeRow.first_position))},
            {(r.pair, r.actor_id, r.cluster_id): r.ties
             for r in session.scalars(select(NetworkActorClusterRow))},
            {(r.pair, r.actor_id): (r.events, r.first_cluster)
             for r in session.scalars(select(NetworkActorRow))})


def in_order(graph) -> tuple[list, list]:
    """Nodes and edges in the graph's order, each with its attributes in theirs."""
    return ([(n, list(d.items())) for n, d in graph.nodes(data=True)],
            [(a, b, k, list(d.items())) for a, b, k, d in graph.edges(keys=True, data=True)])


def assert_network_kept(store) -> None:
    """The kept network rows equal those made from the clusters, and every pair's network
    (and the whole store's, pair '') read from them equals the one made from its ties, in
    the same order, with every real event listed and with one."""
    with store.session() as session:
        rows = kept_network_rows(session)
        assert rows == network_from_scratch(session)
        assert rows[1] and "" in {key[0] for key in rows[1]}
        for pair in sorted({key[0] for key in rows[1]}):
            codes = tuple(pair.split("-")) if pair else ()
            for listed in (None, 1):
                assert in_order(kept_network(session, codes, listed=listed)) == in_order(
                    tied_network(session, codes, listed=listed)), (pair, listed)


def assert_clusters_listed(session, codes: tuple[str, str]) -> None:
    """The pair's clusters list, of every type and of each, read page by page from the
    ``cluster_pairs`` index (pages of 1, 3 and 50), equals the clusters sorted by date."""
    types = sorted(set(session.scalars(select(ClusterRow.type))))
    for type_ in (None, *types):
        expected = [row.id for row in session.scalars(clusters_query(codes, type_))]
        for limit in (1, 3, 50):
            listed = []
            for offset in range(0, len(expected) + limit, limit):
                rows, total = fetch_clusters(session, codes, type_, limit, offset)
                assert total == len(expected), (codes, type_)
                listed += [row.id for row in rows]
            assert listed == expected, (codes, type_, limit)


def assert_kept_equal_scratch(store) -> None:
    with store.session() as session:
        summaries = kept(session)
        assert summaries == from_scratch(session)
        assert summaries[0] and summaries[1] and summaries[2]
        pairs = sorted({pair for pair, _, _ in summaries[0]})
        for pair in pairs:
            codes = pair.split("-")
            assert kept_counts(session, codes) == counted(session, codes), pair
            assert kept_documents(session, codes) == counted_documents(session, codes), pair
            for kind in PERIODS:
                assert kept_rows(session, pair, kind) == counted_rows(session, codes, kind)
            assert_clusters_listed(session, (codes[0], codes[1]))
        undated = session.scalar(select(func.count()).where(ClusterPairRow.date.is_(None),
                                                            ClusterPairRow.pair.like("%-%")))
        assert undated  # the lists' undated tails are compared too
        reported = Counter()
        for source, target in session.execute(
                select(EventRow.source_country, EventRow.target_country)):
            if source and target and source != target:
                reported["-".join(sorted((source, target)))] += 1
        assert known_pairs(session) == [{"pair": p, "events": n} for p, n in
                                        sorted(reported.items(), key=lambda pn: (-pn[1], pn[0]))]
    assert_network_kept(store)


@pytest.fixture(autouse=True)
def lexical(monkeypatch):
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")


@pytest.fixture
def ingested(store, tmp_path):
    """The examples ingested in three runs (each its batches), then two more articles."""
    names = sorted(p.name for p in EXAMPLES.iterdir())
    runs = [names[:2], names[2:5], names[5:]]
    try:
        for n, run in enumerate(runs):
            folder = tmp_path / f"run{n}"
            folder.mkdir()
            for name in run:
                shutil.copy(EXAMPLES / name, folder / name)
            ingest(store, [str(folder)], after_write=link_pending)
            assert_kept_equal_scratch(store)
        later = tmp_path / "later"
        later.mkdir()
        for name, text in LATER.items():
            (later / name).write_text(text, encoding="utf-8")
        ingest(store, [str(later)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    return store


def test_summaries_follow_ingest_batches(ingested):
    assert_kept_equal_scratch(ingested)
    with ingested.session() as session:
        merged = session.scalar(select(PairCountRow.n).where(
            PairCountRow.pair == "IND-JPN", PairCountRow.measure == "multi_source"))
    assert merged  # the examples report some meetings twice


def test_summaries_follow_review_and_reextraction(ingested):
    with ingested.session() as session:
        events = session.scalars(select(EventRow).where(EventRow.cluster_id.is_not(None))
                                 .order_by(EventRow.id)).all()
        occurred = [e for e in events if e.status == OCCURRED and e.source_country
                    and e.target_country and e.source_country != e.target_country]
        edited, moved, rejected, accepted = occurred[0], occurred[1], occurred[2], occurred[3]
        actions.correct(session, edited.event_id, "edit",
                        edits={"status": "planned", "type": "THREATEN"}, author="test")
    assert_kept_equal_scratch(ingested)
    with ingested.session() as session:  # a reviewed real event: its edges count it
        actions.correct(session, accepted.event_id, "accept", author="test")
    assert_kept_equal_scratch(ingested)
    with ingested.session() as session:
        # another pair, and a date in another quarter
        actions.correct(session, moved.event_id, "edit",
                        edits={"target": "BRA", "date": "2011-11-30"}, author="test")
    assert_kept_equal_scratch(ingested)
    with ingested.session() as session:
        pairs = set(session.scalars(select(PairCountRow.pair).where(PairCountRow.n > 0)))
    assert any("BRA" in pair for pair in pairs)
    with ingested.session() as session:
        actions.correct(session, rejected.event_id, "reject", author="test")
    assert_kept_equal_scratch(ingested)
    reextract(ingested, only_stale=False, after_write=link_pending)
    assert_kept_equal_scratch(ingested)


def test_whole_store_network_kept_down_and_up(ingested):
    """Migration 0018 keeps the whole store's network under the pair ''; taken down, its rows
    go and a pair's stay; made again, its rows are found again from the stored ties, and a
    real event whose status changes afterwards is followed."""
    with ingested.session() as session:
        expected = kept_network_rows(session)
    config = alembic_config(ingested.url)
    with ingested.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0017")
    with ingested.session() as session:
        down = kept_network_rows(session)
    assert all(key[0] for table in down for key in table)
    assert down == tuple({key: value for key, value in table.items() if key[0]}
                         for table in expected)
    with ingested.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with ingested.session() as session:
        assert kept_network_rows(session) == expected
        one_party = session.scalars(select(EventRow).where(
            EventRow.cluster_id.is_not(None), EventRow.status == OCCURRED)
            .order_by(EventRow.id)).first()
        actions.correct(session, one_party.event_id, "edit", edits={"status": "planned"},
                        author="test")
    assert_network_kept(ingested)
