"""The pair summaries the triggers keep (``pair_counts``, ``pair_documents``,
``pair_periods``, ``pair_period_types``) equal the same counts made from scratch over every stored row, after
ingests in several batches, after analysts' edits and rejections and after a re-extraction
(SQLite, and PostgreSQL when BILATERAL_TEST_PG_URL is set); and the overview, the index and
the pair menu read from them equal the GROUP BY over the pair's rows. Needs the spaCy model
(``model`` extra)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from bilateral.analysis.index import PERIODS, counted_rows, kept_rows
from bilateral.analysis.overview import counted, counted_documents, kept_counts, kept_documents
from bilateral.api.queries import known_pairs
from bilateral.errors import MissingExtra
from bilateral.linking.events import link_pending
from bilateral.linking.sectors import SECTORS
from bilateral.review import actions
from bilateral.store.ingest import ingest
from bilateral.store.models import (
    ClusterPairRow,
    ClusterRow,
    EventPairRow,
    EventRow,
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
        reported = Counter()
        for source, target in session.execute(
                select(EventRow.source_country, EventRow.target_country)):
            if source and target and source != target:
                reported["-".join(sorted((source, target)))] += 1
        assert known_pairs(session) == [{"pair": p, "events": n} for p, n in
                                        sorted(reported.items(), key=lambda pn: (-pn[1], pn[0]))]


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
        edited, moved, rejected = occurred[0], occurred[1], occurred[2]
        actions.correct(session, edited.event_id, "edit",
                        edits={"status": "planned", "type": "THREATEN"}, author="test")
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
