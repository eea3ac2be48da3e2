"""Pages and API reads keep answering while an ingest job writes to the store."""

from __future__ import annotations

import time
from types import SimpleNamespace

from fastapi.testclient import TestClient

from bilateral.store import open_store
from bilateral.store.models import DocumentRow
from bilateral.types import content_hash
from bilateral.web.app import create_app

CLIENT = {"X-Bilateral-Client": "test"}


def slow_writer(store, specs, *, progress=None):
    """Stores one short article per spec, one transaction each, with pauses between."""
    for n, spec in enumerate(specs):
        text = f"Article {n}: the two ministers met in Vienna to discuss {spec}."
        digest = content_hash(text)
        with store.session() as session:
            session.add(DocumentRow(doc_id=digest[:16], content_hash=digest, source=spec,
                                    title=f"Article {n}", text=text, status="ok"))
        if progress:
            progress(spec)
        time.sleep(0.02)
    return SimpleNamespace(ingested=len(specs), unchanged=0, duplicates=[], skipped=[],
                           failed=[], events=0, figures=0)


def test_reads_during_an_ingest_never_fail(tmp_path):
    store = open_store(str(tmp_path / "busy.db"))
    urls = "\n".join(f"https://example.org/{n}" for n in range(40))
    with TestClient(create_app(None, store=store, ingest=slow_writer)) as client:
        job = client.post("/api/ingest", data={"urls": urls}, headers=CLIENT).json()["data"]
        seen = []
        for _ in range(400):
            body = client.get("/api/documents?limit=1").json()
            assert body["ok"] is True
            seen.append(body["total"])
            assert client.get("/documents").status_code == 200
            state = client.get(f"/api/ingest/{job['job_id']}").json()["data"]["state"]
            if state == "done":
                break
        assert state == "done"
        assert client.get("/api/documents").json()["total"] == 40
    assert seen == sorted(seen)  # totals only grow while the job writes
