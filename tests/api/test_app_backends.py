"""The API answers the same on SQLite and on PostgreSQL (when BILATERAL_TEST_PG_URL is set)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bilateral.api.demo import fill_demo_store
from bilateral.store import open_store
from bilateral.web.app import create_app

URLS = ["/api/documents", "/api/events?pair=PAK-RUS&status=occurred&since=2015&q=lavrov",
        "/api/figures?pair=PAK-RUS", "/api/quotes", "/api/clusters?pair=PAK-RUS", "/api/pairs",
        "/api/timeline?pair=PAK-RUS", "/api/index?pair=PAK-RUS&by=quarter",
        "/api/network?pair=PAK-RUS", "/api/search?q=gas pipeline",
        "/api/contradictions?pair=PAK-RUS", "/", "/events?type=CONSULT", "/figures",
        "/network", "/search?q=trade"]


def test_backends_answer_alike(db_url):
    store = open_store(db_url)
    fill_demo_store(store)
    with TestClient(create_app(None, store=store)) as client:
        for url in URLS:
            assert client.get(url).status_code == 200, url
        assert client.get("/api/events?pair=PAK-RUS").json()["total"] == 7
        assert client.get("/api/events?q=LAVROV").json()["total"] == 2
        hits = client.get("/api/search?q=pipeline").json()["data"]
        assert any(h["kind"] == "event" for h in hits)
        periods = client.get("/api/index?pair=PAK-RUS").json()["data"]["periods"]
        assert [p["period"] for p in periods] == ["2014", "2016", "2021"]
    store.engine.dispose()
