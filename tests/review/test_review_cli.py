"""`bilateral review …` and `bilateral evaluate` on a real store: the loop as an analyst runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli.main import app


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"BILATERAL_AUTHOR": "ana"})
    assert result.exit_code == 0, result.output
    return result.stdout


def events(db: Path) -> list[dict[str, str]]:
    return json.loads(run(db, "events", "--format", "json"))


@pytest.fixture
def reviewed_db(tmp_path: Path, corpus: Path) -> Path:
    db = tmp_path / "store.db"
    run(db, "ingest", str(corpus), "--workers", "1")
    agree = next(e for e in events(db) if "both governments agree" in e["sentence"])
    run(db, "review", "reject", agree["event_id"], "--note", "a view, not an agreement")
    drill = next(e for e in events(db) if e["sentence"].startswith("Indian and Japanese soldiers"))
    run(db, "review", "edit", drill["event_id"], "--date", "2018-11-01", "--author", "bo")
    run(db, "review", "add", drill["doc_id"], "--sentence", "held their JIMEX exercise",
        "--type", "COOPERATE", "--source", "IND", "--target", "JPN", "--date", "2018-10")
    return db


def test_review_cli_list_shows_who_decided_what(reviewed_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(reviewed_db, "review", "list", "--format", "csv"))))
    assert [(r["decision"], r["author"], r["state"]) for r in rows] == [
        ("reject", "ana", "applied"), ("edit", "bo", "applied"), ("add", "ana", "applied")]
    assert rows[0]["record"].startswith("AGREE IND → JPN") and rows[0]["note"] == "a view, not an agreement"
    assert not any("both governments agree" in e["sentence"] for e in events(reviewed_db))
    rejected = json.loads(run(reviewed_db, "review", "list", "--decision", "reject", "--format", "json"))
    assert "both governments agree" in rejected[0]["before"]["sentence"]


def test_review_cli_export_import_and_evaluate(reviewed_db: Path, corpus: Path, tmp_path: Path) -> None:
    shared, gold = tmp_path / "corrections.jsonl", tmp_path / "gold.json"
    run(reviewed_db, "review", "export", "-o", str(shared))
    run(reviewed_db, "review", "gold", "-o", str(gold))
    assert run(reviewed_db, "evaluate", str(gold)).splitlines()[-1] == \
        "score: events_f1=1.000 figures_f1=1.000 cleaning=1.000"
    fresh = tmp_path / "fresh.db"
    run(fresh, "ingest", str(corpus), "--workers", "1")
    before = run(fresh, "evaluate", str(gold), "--json")
    assert json.loads(before)["summary"]["events"]["f1"] < 1.0
    for _ in range(2):  # the second import adds nothing
        result = CliRunner().invoke(app, ["--db", str(fresh), "review", "import", str(shared)])
        assert result.exit_code == 0, result.output
    assert "imported 0 corrections (3 already stored); 0 orphaned" in " ".join(result.output.split())
    assert run(fresh, "evaluate", str(gold)).splitlines()[-1] == \
        "score: events_f1=1.000 figures_f1=1.000 cleaning=1.000"
    stats = {r["type"]: r for r in json.loads(run(fresh, "review", "stats", "--format", "json"))}
    assert (stats["all"]["accepted"], stats["all"]["edited"], stats["all"]["rejected"],
            stats["all"]["added"]) == (0, 1, 1, 1)


@pytest.mark.parametrize(("args", "message"), [
    (["review", "edit", "0000000000000000:E1", "--date", "2019"], "no event '0000000000000000:E1'"),
    (["review", "reject", "nonsense"], "is not an event or figure id"),
    (["review", "add", "0000000000000000", "--sentence", "x", "--type", "AGREE", "--source", "IND",
      "--target", "JPN"], "no document"),
    (["review", "list", "--decision", "maybe"], "unknown decision"),
])
def test_review_cli_errors_are_one_line_and_exit_1(tmp_path: Path, args: list[str], message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "bilateral", "--db", str(tmp_path / "x.db"), *args],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")})
    assert result.returncode == 1, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_review_cli_import_refuses_what_is_not_a_correction(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "event", "type": "AGREE"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "review", "import", str(bad)])
    assert result.exit_code != 0 and "bad.jsonl:1: not a correction" in str(result.exception)
