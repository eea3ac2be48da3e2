"""Timeline, index, network, search, contradictions and exports over the demo store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from bilateral.api import analysis


def data(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_timeline_has_real_events_once_with_all_sources(client):
    items = data(client, "/api/timeline?pair=PAK-RUS")
    assert all(i["status"] == "occurred" for i in items)
    dates = [i["date"] for i in items]
    assert dates == sorted(dates) and "2022" not in dates  # the hoped-for pipeline is left out
    # the 2014 agreement is reported by two articles and shown once with both
    agreement = [i for i in items if i["date"] == "2014"]
    assert len(agreement) == 1
    assert len({s["doc_id"] for s in agreement[0]["sources"]}) == 2
    for item in items:
        assert {"cluster_id", "date", "type", "status", "actors", "sources"} <= set(item)
        assert all({"doc_id", "source", "sentence", "event_id"} <= set(s)
                   for s in item["sources"])


def test_timeline_since_until_filters(client):
    assert data(client, "/api/timeline?pair=PAK-RUS&since=2015")[0]["date"] == "2016-09"
    assert [i["date"] for i in data(client, "/api/timeline?pair=PAK-RUS&until=2016")] == \
        ["2014", "2016-09"]


def test_index_per_year(client):
    index = data(client, "/api/index?pair=PAK-RUS&by=year")
    by_period = {r["period"]: r for r in index["periods"]}
    assert set(by_period) == {"2014", "2016", "2021"}
    assert by_period["2021"]["goldstein_sum"] == 5.9  # the visit and the meeting
    assert by_period["2014"]["events"] == 1  # one agreement, though reported twice


def test_index_per_month_leaves_year_only_dates_unplaced(client):
    index = data(client, "/api/index?pair=PAK-RUS&by=month")
    assert [r["period"] for r in index["periods"]] == ["2016-09", "2021-04"]
    assert index["unplaced"] == 1


def test_network_json_and_graphml(client):
    net = data(client, "/api/network?pair=PAK-RUS")
    ids = {n["id"] for n in net["nodes"]}
    assert {"PAK", "RUS", "person:sergey-lavrov"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    response = client.get("/api/network.graphml?pair=PAK-RUS")
    assert response.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(response.content)
    assert root.tag.endswith("graphml")


def test_search_cites_its_document(client, demo):
    hits = data(client, "/api/search?q=gas pipeline")
    kinds = {h["kind"] for h in hits}
    assert {"event", "document"} <= kinds
    assert all(h["doc_id"] in demo["doc_ids"] for h in hits)
    event = next(h for h in hits if h["kind"] == "event")
    assert "pipeline" in event["sentence"] and event["ref"] in demo["event_ids"]
    assert data(client, "/api/search?q=zzzz-nothing") == []


def test_contradictions_side_by_side(client):
    conflicts = data(client, "/api/contradictions?pair=PAK-RUS")
    assert len(conflicts) >= 1
    sides = conflicts[0]["sides"]
    assert sorted(s["value"] for s in sides) == [540e6, 790e6]
    assert all(s["sentence"] and s["doc_id"] for s in sides)


def test_contradictions_list_their_first_sides_and_page_the_rest(client, monkeypatch):
    [every] = data(client, "/api/contradictions?pair=PAK-RUS")
    monkeypatch.setattr(analysis, "SIDES_LISTED", 1)
    [capped] = data(client, "/api/contradictions?pair=PAK-RUS")
    assert capped["sides"] == every["sides"][:1] and capped["periods"] == every["periods"][:1]
    assert capped["side_count"] == every["side_count"] == len(every["sides"]) == 2
    assert capped["disagreements"] == every["disagreements"] == [[0, 1]]  # into all the sides
    rest = client.get(f"/api/contradictions/{capped['id']}/sides?offset=1&limit=5").json()
    assert rest["data"] == every["sides"][1:] and rest["total"] == 2


def test_export_jsonl_download(client):
    response = client.get("/api/exports/jsonl")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    records = [json.loads(line) for line in response.text.splitlines()]
    assert sum(r["kind"] == "document" for r in records) == 3
    assert sum(r["kind"] == "event" for r in records) == 9


@pytest.mark.parametrize("fmt,name", [("gdelt-csv", "bilateral-gdelt.csv"),
                                      ("plover-json", "bilateral-plover.json"),
                                      ("parquet", "bilateral-parquet.zip"),
                                      ("graphml", "bilateral.graphml")])
def test_export_formats_download(client, fmt, name):
    response = client.get(f"/api/exports/{fmt}")
    assert response.status_code == 200, response.text
    assert name in response.headers["content-disposition"]
    assert len(response.content) > 100
    if fmt == "parquet":
        import io
        import zipfile

        names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
        assert "events.parquet" in names
