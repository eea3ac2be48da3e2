"""Every /api answer has one envelope: {ok, data[, total, limit, offset]} (with next, a cursor,
on /api/events), {ok, data, next} (the timeline, read a page at a time by cursor) or
{ok, error, status}."""

from __future__ import annotations

import pytest

LISTS = ["/api/documents", "/api/events", "/api/figures", "/api/quotes", "/api/clusters",
         "/api/contradictions"]
OBJECTS = ["/api/pairs", "/api/facets", "/api/index?pair=PAK-RUS",
           "/api/network", "/api/search?q=trade"]


@pytest.mark.parametrize("url", LISTS)
def test_envelope_lists_have_paging(client, url):
    body = client.get(url + "?limit=2&offset=1").json()
    assert body["ok"] is True
    assert isinstance(body["data"], list)
    assert (body["limit"], body["offset"]) == (2, 1)
    assert len(body["data"]) <= 2
    assert body["total"] >= len(body["data"])


@pytest.mark.parametrize("url", OBJECTS)
def test_envelope_objects_have_data(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert set(response.json()) == {"ok", "data"}


def test_envelope_timeline_pages_follow_next(client):
    first = client.get("/api/timeline?pair=PAK-RUS&limit=1").json()
    assert set(first) == {"ok", "data", "next"} and len(first["data"]) == 1
    whole = client.get("/api/timeline?pair=PAK-RUS").json()
    pages, after = [], None
    while True:
        body = client.get("/api/timeline?pair=PAK-RUS&limit=1"
                          + (f"&after={after}" if after else "")).json()
        pages += body["data"]
        after = body["next"]
        if after is None:
            break
    assert len(whole["data"]) > 1 and whole["next"] is None
    assert pages == whole["data"]


@pytest.mark.parametrize("url,status", [
    ("/api/documents/nope", 404),
    ("/api/events/nope:E1", 404),
    ("/api/figures/nope", 404),
    ("/api/clusters/999999", 404),
    ("/api/contradictions/999999/disagreements", 404),
    ("/api/contradictions/9223372036854775808/disagreements", 404),  # past SQLite's integers
    ("/api/contradictions/999999/sides", 404),
    ("/api/contradictions/9223372036854775808/sides", 404),
    ("/api/nothing-here", 404),
    ("/api/events?pair=PAKISTAN", 422),
    ("/api/events?since=last-year", 422),
    ("/api/events?status=maybe", 422),
    ("/api/events?limit=0", 422),
    ("/api/events?limit=100000", 422),
    ("/api/timeline", 422),
    ("/api/timeline?pair=", 422),  # given but empty: was answered for no pair at all
    ("/api/index?pair=", 422),
    ("/api/timeline?pair=PAK-RUS&after=yesterday", 422),
    ("/api/index?pair=PAK-RUS&by=decade", 422),
    ("/api/search?q=", 422),
    ("/api/exports/xml", 422),
])
def test_envelope_errors_have_one_shape(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert body == {"ok": False, "error": body["error"], "status": status}
    assert body["error"] and "\n" not in body["error"]


def test_envelope_server_error_hides_the_traceback(store):
    from fastapi.testclient import TestClient

    from bilateral.web.app import create_app

    app = create_app(None, store=store)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret detail")

    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/api/boom")
    assert response.status_code == 500
    assert response.json() == {"ok": False, "error": "internal error", "status": 500}


def test_envelope_no_cors_headers_by_default(client):
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_openapi_lists_every_route(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/figures",
                 "/api/contradictions", "/api/clusters", "/api/timeline", "/api/index",
                 "/api/network", "/api/network.graphml", "/api/search", "/api/exports/{fmt}",
                 "/api/ingest"):
        assert path in paths


def test_openapi_docs_page_uses_no_cdn(client):
    html = client.get("/api/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200
