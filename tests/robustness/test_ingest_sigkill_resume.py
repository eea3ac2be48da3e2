"""SIGKILL `bilateral ingest` at random points, resume, and find every document and record once.

Runs against SQLite and, when BILATERAL_TEST_PG_URL is set, PostgreSQL (the
``db_url`` fixture). The reference is a clean, uninterrupted run into its own
SQLite file; after every kill the partial store must hold, for each document
it has, exactly the reference's records (a document and its records commit
together), and after the final resume it must equal the reference.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import DBAPIError

from bilateral.store import open_store
from bilateral.store.export import iter_records
from bilateral.store.ingest import BATCH_SIZE
from bilateral.store.models import DocumentRow
from bilateral.store.session import database_url

KILLS = 10
# Documents are extracted BATCH_SIZE at a time, then written one transaction each: enough
# batches that every kill after the first two still finds work left.
ARTICLES = 12 * BATCH_SIZE


def records_by_document(db: str) -> dict[str, Counter[str]]:
    """doc_id -> multiset of its export records (JSON), documents included. Cluster ids are
    left out: the linker numbers clusters in the order batches arrive, which a kill changes."""
    store = open_store(db)
    try:
        found: dict[str, Counter[str]] = defaultdict(Counter)
        for record in iter_records(store):
            record.pop("cluster_id", None)
            found[record["doc_id"]][json.dumps(record, sort_keys=True)] += 1
        return dict(found)
    finally:
        store.engine.dispose()


def stored_documents(engine) -> int:  # type: ignore[no-untyped-def]
    """Documents committed so far (0 while the schema is still being created)."""
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(DocumentRow)).scalar_one()
    except DBAPIError:
        return 0


def kill_at_random_points(bilateral_cli, db: str, folder: Path, startup: float,  # type: ignore[no-untyped-def]
                          per_document: float, expected: dict[str, Counter[str]]) -> list[int]:
    """Start and SIGKILL the ingest ``KILLS`` times; check the partial store after each kill.

    The first two kills land during start-up (schema creation, model loading);
    each other one once a random number of further documents is committed, plus
    a random fraction of a document's time, so it strikes inside a document's
    work or its transaction. Returns the number of documents stored after each kill.
    """
    rng = random.Random(20240611)
    watcher = create_engine(database_url(db))
    stored: list[int] = []
    try:
        while len(stored) < KILLS:
            done = stored[-1] if stored else 0
            process = bilateral_cli.start(db, "ingest", str(folder), "--workers", "1")
            if len(stored) < 2:
                # start-up measured on a loaded machine may be longer than this run's:
                # kill early rather than after the run is over
                wake = time.monotonic() + rng.uniform(0.2, 0.9) * startup
                while (time.monotonic() < wake and stored_documents(watcher) <= done
                       and process.poll() is None):
                    time.sleep(0.02)
            else:
                # Leave at least a batch: it takes longer than the random wait below.
                step = max(1, (ARTICLES - BATCH_SIZE - done) // (KILLS - len(stored) + 1))
                target = done + rng.randint(1, step)
                deadline = time.monotonic() + 120
                while stored_documents(watcher) < target and process.poll() is None:
                    assert time.monotonic() < deadline, "ingest made no progress"
                    time.sleep(0.02)
                time.sleep(rng.uniform(0, per_document))
            assert process.poll() is None, "the ingest finished before it could be killed"
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            stored.append(assert_partial_store_consistent(db, expected))
    finally:
        watcher.dispose()
    return stored


def assert_partial_store_consistent(db: str, expected: dict[str, Counter[str]]) -> int:
    """Each stored document has exactly its reference records; returns how many are stored."""
    found = records_by_document(db)
    for doc_id, records in found.items():
        assert records == expected[doc_id], f"document {doc_id} stored with different records"
    return len(found)


@pytest.mark.slow
def test_sigkill_then_resume_stores_every_document_and_record_once(
    db_url: str, tmp_path: Path, corpus, bilateral_cli  # type: ignore[no-untyped-def]
) -> None:
    folder = corpus.text_folder(tmp_path / "articles", ARTICLES)
    reference = str(tmp_path / "reference.db")

    began = time.monotonic()
    bilateral_cli.run(reference, "ingest", str(folder / "article_00000.txt"), "--workers", "1")
    startup = time.monotonic() - began
    began = time.monotonic()
    bilateral_cli.run(reference, "ingest", str(folder), "--workers", "1")
    per_document = max(0.0, time.monotonic() - began - startup) / ARTICLES
    expected = records_by_document(reference)
    assert len(expected) == ARTICLES

    stored = kill_at_random_points(bilateral_cli, db_url, folder, startup, per_document, expected)
    print(f"\ndocuments stored after each kill: {stored}")
    assert len(stored) >= KILLS
    assert any(0 < n < ARTICLES for n in stored), "no kill landed in the middle of the ingest"

    bilateral_cli.run(db_url, "ingest", str(folder), "--workers", "2")
    assert records_by_document(db_url) == expected

    rerun = bilateral_cli.run(db_url, "ingest", str(folder), "--workers", "1")
    assert "ingested 0" in rerun.stderr
    assert records_by_document(db_url) == expected
