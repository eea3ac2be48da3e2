"""The timeline, index, network, search and report commands."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bilateral.cli.main import app
from bilateral.errors import UserError

runner = CliRunner()


@pytest.fixture
def db(demo_store):
    return demo_store.url.removeprefix("sqlite:///")


def run(db, *args):
    return runner.invoke(app, ["--db", db, *args])


def test_cli_timeline_json(db):
    result = run(db, "timeline", "PAK", "RUS", "--since", "2018", "--type", "CONSULT",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert [e["date"] for e in entries] == ["2018-11-05", "2021-04-07"]
    assert {"cluster_id", "date", "type", "status", "actors", "sources"} <= set(entries[0])
    assert {"doc_id", "source", "sentence"} <= set(entries[0]["sources"][0])


@pytest.mark.parametrize("args", [("timeline", "PAK", "XYZ"), ("index", "PAK", "PAK"),
                                  ("timeline", "PAK", "RUS", "--status", "maybe"),
                                  ("index", "PAK", "RUS", "--by", "week"),
                                  ("timeline", "PAK", "RUS", "--since", "last year")])
def test_cli_bad_input_is_a_user_error(db, args):
    result = run(db, *args)
    assert result.exit_code != 0 and isinstance(result.exception, UserError)


def test_cli_index_csv(db):
    result = run(db, "index", "PAK", "RUS", "--by", "year", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("period,events,goldstein_mean,goldstein_sum")
    assert lines[1].startswith("2016,1,6.4,6.4")


def test_cli_network_writes_graphml(db, tmp_path):
    out = tmp_path / "net.graphml"
    result = run(db, "network", "PAK", "RUS", "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<?xml") and json.loads(result.stdout)[0]["id"] == "PAK"


def test_cli_search_and_report(db, tmp_path):
    hits = json.loads(run(db, "search", "gas pipeline", "--limit", "2", "-f", "json").stdout)
    assert len(hits) == 2 and all("pipeline" in h["sentence"] for h in hits)
    out = tmp_path / "report.html"
    result = run(db, "report", "PAK", "RUS", "-o", str(out))
    assert result.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")
