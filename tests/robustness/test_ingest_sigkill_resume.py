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

from bilateral.store import open_store
from bilateral.store.export import iter_records

KILLS = 10
ARTICLES = 30


def records_by_document(db: str) -> dict[str, Counter[str]]:
    """doc_id -> multiset of its export records (JSON), documents included."""
    store = open_store(db)
    try:
        found: dict[str, Counter[str]] = defaultdict(Counter)
        for record in iter_records(store):
            found[record["doc_id"]][json.dumps(record, sort_keys=True)] += 1
        return dict(found)
    finally:
        store.engine.dispose()


def kill_at_random_points(bilateral_cli, db: str, folder: Path, startup: float,  # type: ignore[no-untyped-def]
                          full_run: float, expected: dict[str, Counter[str]]) -> int:
    """Start and SIGKILL the ingest ``KILLS`` times; check the partial store after each kill."""
    rng = random.Random(20240611)
    kills = attempts = 0
    while kills < KILLS and attempts < 4 * KILLS:
        attempts += 1
        process = bilateral_cli.start(db, "ingest", str(folder), "--workers", "2")
        # From inside start-up (schema creation, model loading) to a few documents in.
        time.sleep(rng.uniform(0.3 * startup, startup + (full_run - startup) / 4))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        assert_partial_store_consistent(db, expected)
    return kills


def assert_partial_store_consistent(db: str, expected: dict[str, Counter[str]]) -> None:
    for doc_id, records in records_by_document(db).items():
        assert records == expected[doc_id], f"document {doc_id} stored with different records"


def test_sigkill_then_resume_stores_every_document_and_record_once(
    db_url: str, tmp_path: Path, corpus, bilateral_cli  # type: ignore[no-untyped-def]
) -> None:
    folder = corpus.text_folder(tmp_path / "articles", ARTICLES)
    empty = tmp_path / "empty"
    empty.mkdir()
    reference = str(tmp_path / "reference.db")

    began = time.monotonic()
    bilateral_cli.run(reference, "ingest", str(empty), "--workers", "2")
    startup = time.monotonic() - began
    began = time.monotonic()
    bilateral_cli.run(reference, "ingest", str(folder), "--workers", "1")
    full_run = startup + time.monotonic() - began
    expected = records_by_document(reference)
    assert len(expected) == ARTICLES

    kills = kill_at_random_points(bilateral_cli, db_url, folder, startup, full_run, expected)
    assert kills >= KILLS

    bilateral_cli.run(db_url, "ingest", str(folder), "--workers", "2")
    assert records_by_document(db_url) == expected

    rerun = bilateral_cli.run(db_url, "ingest", str(folder), "--workers", "1")
    assert "ingested 0" in rerun.stderr
    assert records_by_document(db_url) == expected
