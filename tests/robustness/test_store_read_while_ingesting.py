"""Readers (the REST API) work while `bilateral ingest` writes to the same SQLite file (WAL)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bilateral.store import open_store

ARTICLES = 40


@pytest.mark.slow
def test_api_reads_while_an_ingest_writes(tmp_path: Path, corpus, bilateral_cli) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from bilateral.web.app import create_app

    folder = corpus.text_folder(tmp_path / "articles", ARTICLES)
    db = str(tmp_path / "live.db")
    open_store(db).engine.dispose()  # the schema exists before either side starts
    store = open_store(db, migrate=False)
    totals: list[int] = []
    with TestClient(create_app(None, store=store)) as client:
        process = bilateral_cli.start(db, "ingest", str(folder), "--workers", "1")
        while process.poll() is None:
            documents = client.get("/api/documents", params={"limit": 5})
            events = client.get("/api/events", params={"limit": 5})
            assert documents.status_code == 200, documents.text
            assert events.status_code == 200, events.text
            totals.append(documents.json()["total"])
            time.sleep(0.05)
        assert process.returncode == 0
        final = client.get("/api/documents").json()["total"]
    store.engine.dispose()

    assert final == ARTICLES
    assert totals == sorted(totals), "a reader saw documents disappear"
    assert len(set(totals)) > 2, "the reads did not overlap the writes"
