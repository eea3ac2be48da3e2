"""Exports read back: GDELT-style CSV (pandas), PLOVER JSON, Parquet (pyarrow), GraphML."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from bilateral.analysis.export import GDELT_COLUMNS, fraction_date, write_export
from bilateral.errors import UserError


def test_export_gdelt_csv_one_row_per_real_event(demo_store, tmp_path):
    path = tmp_path / "events.csv"
    assert write_export(demo_store, "gdelt-csv", path) == 6  # occurred clusters only
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(GDELT_COLUMNS)
    assert list(frame.columns[:5]) == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                       "FractionDate"]
    meeting = frame[(frame.SQLDATE == "20181105") & (frame.EventRootCode == "04")].iloc[0]
    assert (meeting.NumArticles, meeting.NumSources, meeting.QuadClass) == ("3", "3", "1")
    assert meeting.Actor1CountryCode in {"PAK", "RUS"} and meeting.EventCode == "044"
    assert meeting.ActionGeo_FullName == "Shanghai"
    assert meeting.SOURCEURL.startswith("https://")
    drill = frame[frame.SQLDATE == "20170901"].iloc[0]
    assert (drill.DatePrecision, drill.Actor1Code, drill.QuadClass) == ("month", "PAKMIL", "2")


def test_export_plover_json_records(demo_store, tmp_path):
    path = tmp_path / "events.json"
    assert write_export(demo_store, "plover-json", path) == 10
    records = json.loads(path.read_text())
    planned = next(r for r in records if r["status"] == "planned")
    assert planned["event_type"] == "COOPERATE" and planned["event_mode"] == "military"
    assert planned["contexts"] == ["military"]
    assert planned["quad_category"] == "material_cooperation"
    assert planned["actor"]["country"] == "RUS" and planned["story_date"] == "2016-10-11"
    assert all(r["cluster_id"] for r in records)


def test_export_parquet_tables(demo_store, tmp_path):
    folder = tmp_path / "pq"
    written = write_export(demo_store, "parquet", folder)
    tables = {p.stem: pq.read_table(p) for p in folder.glob("*.parquet")}
    assert set(tables) == {"documents", "events", "figures", "quotes", "clusters"}
    assert written == sum(t.num_rows for t in tables.values())
    events = tables["events"].to_pandas()
    assert {"event_id", "doc_id", "type", "date", "status", "sentence", "start", "end",
            "cluster_id"} <= set(events.columns)
    assert json.loads(events.source.iloc[0])["country"] in {"PAK", "RUS", "KAZ"}
    assert tables["figures"].schema.field("value").type == "double"


def test_export_graphml(demo_store, tmp_path):
    path = tmp_path / "net.graphml"
    assert write_export(demo_store, "graphml", path) > 0
    assert nx.read_graphml(path).number_of_nodes() > 0


def test_export_unknown_format(demo_store, tmp_path):
    with pytest.raises(UserError, match="gdelt-csv"):
        write_export(demo_store, "xlsx", tmp_path / "x")


@pytest.mark.parametrize("date,value", [("2018-01-01", 2018.0027), ("2018", 2018.4986),
                                        ("2018-02", 2018.126)])
def test_export_fraction_date(date, value):
    assert fraction_date(date) == value
