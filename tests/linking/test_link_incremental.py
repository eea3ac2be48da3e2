"""Linking at ingest (``link_pending``, batch by batch) against linking from scratch (``link_events``).

On the bundled examples the clusters are the same. On 1,000 varied articles (the examples'
events under other country pairs and years, stored eight articles per batch as ingest does)
arrival order matters for a few (see ``linking/events.py``): the second test prints how far
they agree and bounds the difference. Needs the spaCy model (``model`` extra) to extract the
examples once.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bilateral.errors import MissingExtra
from bilateral.linking.events import link_events, link_pending
from bilateral.store.ingest import BATCH_SIZE, ingest
from bilateral.store.models import DocumentRow, EventRow
from bilateral.store.write import record_values

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
COUNTRIES = ["IND", "JPN", "PAK", "RUS", "CHN", "USA", "FRA", "DEU", "BRA", "TUR", "IRN", "EGY"]


@pytest.fixture(autouse=True)
def lexical(monkeypatch):
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")


def clusters(store) -> set[frozenset[str]]:
    """Each cluster as the set of its events' ids."""
    found: dict[int | None, set[str]] = {}
    with store.session() as session:
        for event_id, cluster_id in session.execute(select(EventRow.event_id, EventRow.cluster_id)):
            assert cluster_id is not None, f"{event_id} was not linked"
            found.setdefault(cluster_id, set()).add(event_id)
    return {frozenset(ids) for ids in found.values()}


def linked_pairs(found: set[frozenset[str]]) -> set[tuple[str, str]]:
    return {(a, b) for ids in found for a in ids for b in ids if a < b}


def test_link_incremental_equals_from_scratch_on_the_examples(store):
    try:
        ingest(store, [str(EXAMPLES)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    incremental = clusters(store)
    link_events(store)
    assert len(incremental) > 10 and any(len(c) > 1 for c in incremental)
    assert incremental == clusters(store)


def _example_records():
    from bilateral.extract import Extractor
    from bilateral.sources import RawItem, iter_sources
    from bilateral.store.ingest import process_batch

    try:
        Extractor.default()
    except MissingExtra as exc:
        pytest.skip(str(exc))
    items = [i for i in iter_sources([str(EXAMPLES)]) if isinstance(i, RawItem)]
    return [p.records for p in process_batch(items) if p.records is not None and p.records.events]


def _shift(date: str | None, years: int) -> str | None:
    return f"{int(date[:4]) + years:04d}{date[4:]}" if date else None


def _rename(actor, names: dict[str, str]):  # type: ignore[no-untyped-def]
    if not actor:
        return actor
    renamed = dict(actor, country=names.get(actor.get("country"), actor.get("country")))
    if actor.get("id") in names:
        renamed["id"] = names[actor["id"]]
    return renamed


def _variants(records, n: int, seed: int = 5):  # type: ignore[no-untyped-def]
    """``n`` articles: an example's events with its two countries renamed and its years moved."""
    rng = random.Random(seed)
    for k in range(n):
        base = rng.choice(records)
        events = record_values(base)[EventRow]
        found = sorted({e[c] for e in events for c in ("source_country", "target_country")
                        if e[c]})
        names = dict(zip(found, rng.sample(COUNTRIES, len(found))))
        years = rng.randint(-3, 3)
        doc_id = f"v{k:05d}"
        doc = base.document
        published = _shift(doc.published.isoformat(), years) if doc.published else None
        row = {"doc_id": doc_id, "content_hash": hashlib.sha256(doc_id.encode()).hexdigest(),
               "source": f"variant/{doc_id}.txt", "published": published, "text": doc.text,
               "language": "en", "status": "ok"}
        varied = [{**e, "event_id": f"{doc_id}:E{i}", "doc_id": doc_id,
                   "source_country": names.get(e["source_country"], e["source_country"]),
                   "target_country": names.get(e["target_country"], e["target_country"]),
                   "source": _rename(e["source"], names), "target": _rename(e["target"], names),
                   "participants": [_rename(a, names) for a in e["participants"]],
                   "date": _shift(e["date"], years)}
                  for i, e in enumerate(events, 1)]
        yield row, varied


@pytest.mark.slow
def test_link_incremental_agrees_with_from_scratch_on_1000_varied_articles(store):
    variants = list(_variants(_example_records(), 1000))
    for start in range(0, len(variants), BATCH_SIZE):
        with store.session() as session:
            for doc, events in variants[start:start + BATCH_SIZE]:
                session.execute(insert(DocumentRow.__table__), [doc])
                session.execute(insert(EventRow.__table__), events)
            link_pending(session)
    incremental = clusters(store)
    link_events(store)
    scratch = clusters(store)
    same = len(incremental & scratch) / len(scratch)
    together, apart = linked_pairs(incremental), linked_pairs(scratch)
    precision = len(together & apart) / len(together)
    recall = len(together & apart) / len(apart)
    print(f"clusters {len(incremental)} incremental, {len(scratch)} from scratch, "
          f"{same:.1%} identical; linked pairs precision {precision:.3f} recall {recall:.3f}")
    assert len(scratch) > 500 and len(apart) > 500
    # Not equal by construction: placement is greedy in date order, which batches cut, and
    # the lexical IDF is taken over the events in scope. Measured on 2026-12-03: 2,480 vs
    # 2,478 clusters, 99.9 % identical, linked pairs precision 1.000, recall 0.992.
    assert same >= 0.995 and precision >= 0.99 and recall >= 0.98
