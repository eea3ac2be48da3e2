"""The API answers the same on SQLite and on PostgreSQL (when BILATERAL_TEST_PG_URL is set)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bilateral.api import queries
from bilateral.api.demo import fill_demo_store
from bilateral.store import open_store
from bilateral.store.models import DocumentRow
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


def test_documents_pages_from_the_index_equal_the_sorted_list(db_url):
    """The documents list read in order from its index, page by page, equals the documents
    sorted newest first (the undated last, ties and undated by id)."""
    store = open_store(db_url)
    fill_demo_store(store)
    with store.session() as session:
        for n, published in enumerate(["2019-09-05", None, "2020", "2019-09-05", None,
                                       "2020-01-31", "2019-09"]):
            session.add(DocumentRow(doc_id=f"added{n}", content_hash=f"hash{n}",
                                    source=f"feed {n}", published=published,
                                    text=f"Officials met for talks on day {n}."))
    with store.session() as session:
        expected = [row.id for row in session.scalars(queries.documents_query())]
        assert len(expected) == 10
        for limit in (1, 3, 4, 50):
            listed = []
            for offset in range(0, len(expected) + limit, limit):
                rows, total = queries.fetch_documents(session, None, limit, offset)
                assert total == len(expected)
                listed += [row.id for row in rows]
            assert listed == expected, limit
    store.engine.dispose()


def test_pair_figures_listed_in_order_from_their_key_index(db_url):
    """A pair's figures come by variable, period and id, the rows SQLite finds on the index
    that holds those columns after the country key (migration 0018), not on the key alone."""
    store = open_store(db_url)
    fill_demo_store(store)
    query = queries.figures_query(("PAK", "RUS"))
    with store.session() as session:
        rows = list(session.scalars(query))
        assert len(rows) > 1
        assert [r.id for r in rows] == [r.id for r in sorted(
            rows, key=lambda r: (r.variable, r.period, r.id))]
        if store.is_sqlite:
            plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(
                query.compile(store.engine, compile_kwargs={"literal_binds": True}))).all()
            assert any("ix_figures_key_order" in step[-1] for step in plan)
    store.engine.dispose()
