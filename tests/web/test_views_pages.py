"""Every dashboard page renders on the demo store; filters narrow the events table."""

from __future__ import annotations

import re

import pytest

from bilateral.web import views


@pytest.mark.parametrize("url,needle", [
    ("/", "Cooperation–conflict index"),
    ("/?pair=PAK-RUS&by=month", "index-data"),
    ("/events?pair=PAK-RUS", "events-table"),
    ("/figures?pair=PAK-RUS", "Where sources disagree"),
    ("/network?pair=PAK-RUS", "network-data"),
    ("/documents", "documents-table"),
    ("/search?q=gas pipeline", "hits"),
    ("/ingest", "ingest-form"),
])
def test_pages_render(client, url, needle):
    response = client.get(url)
    assert response.status_code == 200
    assert needle in response.text
    assert "cdn" not in response.text.lower()


def rows(html: str) -> int:
    return len(re.findall(r"<tr data-event-id=", html))


def test_pages_events_filters_narrow_the_table(client):
    everything = rows(client.get("/events").text)
    consult = client.get("/events?type=CONSULT").text
    assert 0 < rows(consult) < everything
    assert rows(client.get("/events?q=pipeline").text) == 1
    assert rows(client.get("/events?status=denied&pair=PAK-RUS").text) == 1


def test_pages_contradictions_side_by_side(client):
    html = client.get("/figures?pair=PAK-RUS").text
    assert html.count('<div class="side">') == 2
    assert "790,000,000" in html and "540,000,000" in html


def test_pages_contradictions_link_the_sides_not_shown(client, monkeypatch):
    monkeypatch.setattr(views, "SIDES_SHOWN", 1)
    html = client.get("/figures?pair=PAK-RUS").text
    assert html.count('<div class="side">') == 1
    [conflict] = client.get("/api/contradictions?pair=PAK-RUS").json()["data"]
    assert (f'and 1 more sources: <a href="/api/contradictions/{conflict["id"]}/sides?offset=1">'
            in html)


def test_pages_errors_are_html(client):
    response = client.get("/events?since=yesterday")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert client.get("/documents/missing").status_code == 404


def test_pages_document_highlights_a_cited_span(client):
    hit = client.get("/api/search?q=pipeline").json()["data"][0]
    html = client.get(f"/documents/{hit['doc_id']}?start={hit['start']}&end={hit['end']}").text
    assert f'<mark class="evidence" id="evidence">{hit["sentence"]}</mark>' in html
    assert client.get(f"/documents/{hit['doc_id']}?start=-1&end=5").status_code == 422


@pytest.mark.parametrize("url", ["/", "/events", "/figures", "/network", "/documents",
                                 "/search?q=anything", "/ingest"])
def test_pages_render_on_an_empty_store(tmp_path, url):
    from fastapi.testclient import TestClient

    from bilateral.store import open_store
    from bilateral.web.app import create_app

    with TestClient(create_app(None, store=open_store(str(tmp_path / "empty.db")))) as client:
        response = client.get(url)
    assert response.status_code == 200
    assert "internal error" not in response.text


def add_many_events(store, n: int) -> None:
    """``n`` more PAK-RUS events on a few dates (several per day), every seventh undated."""
    from sqlalchemy import insert, select

    from bilateral.store.models import DocumentRow, EventRow

    with store.session() as session:
        doc_id = session.scalar(select(DocumentRow.doc_id).limit(1))
        session.execute(insert(EventRow), [
            {"event_id": f"{doc_id}:P{k}", "doc_id": doc_id, "type": "CONSULT",
             "source_country": "PAK", "target_country": "RUS", "status": "occurred",
             "date": None if k % 7 == 0 else f"2019-0{k % 4 + 1}-1{k % 3}",
             "sentence": f"The envoys met for round {k} of the talks.", "start": 0, "end": 10,
             "confidence": 0.9, "participants": [], "evidence": []}
            for k in range(n)])


def page_ids(html: str) -> list[str]:
    return re.findall(r'<tr data-event-id="([^"]+)"', html)


def link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="(\?[^"]+)" rel="{rel}">', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_pages_events_next_and_previous_links_walk_every_event_once(client, store):
    add_many_events(store, 180)
    expected = [e["event_id"] for e in
                client.get("/api/events?pair=PAK-RUS&limit=500").json()["data"]]
    assert len(expected) > 180
    pages, url = [], "?pair=PAK-RUS"
    while url:
        html = client.get(f"/events{url}").text
        pages.append(page_ids(html))
        url = link(html, "next")
        assert url is None or "after=" in url
    assert [i for page in pages for i in page] == expected
    numbered = [page_ids(client.get(f"/events?pair=PAK-RUS&page={n}").text)
                for n in range(1, len(pages) + 1)]
    assert numbered == pages  # old page=N links: the same pages, the last one read backwards
    html = client.get(f"/events?pair=PAK-RUS&page={len(pages)}").text
    for page in reversed(pages[:-1]):
        html = client.get(f"/events{link(html, 'prev')}").text
        assert page_ids(html) == page
    assert link(html, "prev") is None
