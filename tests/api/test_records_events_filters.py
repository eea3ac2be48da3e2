"""/api/events filters narrow the list; totals count every match, pages slice it."""

from __future__ import annotations

import pytest


def events(client, query: str = "") -> dict:
    response = client.get("/api/events" + query)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_unfiltered_lists_all_in_date_order(client):
    body = events(client)
    assert body["total"] == 9
    dates = [e["date"] for e in body["data"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("pair", ["PAK-RUS", "RUS-PAK", "pak,rus", "RUS PAK"])
def test_events_pair_is_symmetric_and_case_free(client, pair):
    body = events(client, f"?pair={pair}")
    assert body["total"] == 7
    assert all({e["source"]["country"], e["target"]["country"]} == {"PAK", "RUS"}
               for e in body["data"])


@pytest.mark.parametrize("query,expected", [
    ("?type=CONSULT", 2),
    ("?type=consult", 2),
    ("?status=denied", 1),
    ("?status=occurred&pair=PAK-RUS", 5),
    ("?since=2019", 5),
    ("?until=2016", 4),
    ("?since=2016-09&until=2016-09-30", 1),
    ("?q=joint military", 1),
    ("?q=JOINT", 1),
    ("?q=100%25", 0),
    ("?q=_", 0),
    ("?pair=IND-RUS&type=ACCUSE", 1),
])
def test_events_filters_narrow(client, query, expected):
    assert events(client, query)["total"] == expected


def test_events_pages_are_stable_slices(client):
    everything = [e["event_id"] for e in events(client, "?limit=500")["data"]]
    pages = [e["event_id"] for off in range(0, 9, 4)
             for e in events(client, f"?limit=4&offset={off}")["data"]]
    assert pages == everything
    assert events(client, "?offset=100")["data"] == []


@pytest.mark.parametrize("limit", [2, 3, 7])
def test_events_pages_by_cursor_are_the_offset_pages(client, limit):
    by_offset = [[e["event_id"] for e in events(client, f"?limit={limit}&offset={off}")["data"]]
                 for off in range(0, 9, limit)]
    by_cursor, query = [], f"?limit={limit}"
    while True:
        body = events(client, query)
        if body["data"]:
            by_cursor.append([e["event_id"] for e in body["data"]])
        if body["next"] is None:
            break
        query = f"?limit={limit}&after={body['next']}"
    assert by_cursor == by_offset
    assert body["total"] == 9  # every page counts the whole list


def test_events_record_fields_are_stable(client, demo):
    event = client.get(f"/api/events/{demo['event_ids'][0]}").json()["data"]
    assert set(event) == {
        "event_id", "doc_id", "type", "mode", "cameo", "goldstein", "source", "target",
        "participants", "date", "date_text", "location", "status", "confidence", "trigger",
        "sentence", "start", "end", "evidence", "cluster_id", "review",
    }
    doc = client.get(f"/api/documents/{event['doc_id']}").json()["data"]
    assert doc["text"][event["start"]:event["end"]] == event["sentence"]


def test_events_of_a_cluster(client):
    agreements = events(client, "?type=AGREE&pair=PAK-RUS")["data"]
    cluster_id = agreements[0]["cluster_id"]
    assert cluster_id is not None
    body = client.get(f"/api/clusters/{cluster_id}").json()["data"]
    assert body["type"] == "AGREE" and body["size"] == len(body["events"])
    assert events(client, f"?cluster_id={cluster_id}")["total"] == body["size"]


def test_events_sql_injection_is_just_text(client):
    assert events(client, "?q=' OR 1=1 --")["total"] == 0
    assert client.get("/api/events?type=CONSULT' OR '1'='1").status_code == 422
