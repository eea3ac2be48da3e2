"""The command line: exit codes, one-line errors, output formats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli.main import app, main

ARTICLE = """India and Japan agree to deepen defence ties

New Delhi: India and Japan signed an agreement on the supply of military equipment on Thursday after talks between their defence ministers in Tokyo.

Leave a comment
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_cli_ingest_then_list_as_json(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "x.db")
    # --workers 1: in this process (a pool would load spaCy again in each worker)
    result = CliRunner().invoke(app, ["--db", db, "ingest", "--workers", "1", str(corpus)])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(app, ["--db", db, "docs", "list", "--format", "json"])
    docs = json.loads(listed.stdout)
    assert [d["title"] for d in docs] == ["India and Japan agree to deepen defence ties"]
    assert set(docs[0]) >= {"doc_id", "title", "published", "outlet", "source", "events", "figures"}


def test_cli_export_jsonl_has_document_records(tmp_path: Path, corpus: Path) -> None:
    db, out = str(tmp_path / "x.db"), tmp_path / "out.jsonl"
    assert CliRunner().invoke(app, ["--db", db, "ingest", "--workers", "1", str(corpus)]).exit_code == 0
    assert CliRunner().invoke(app, ["--db", db, "export", "--format", "jsonl", "-o", str(out)]).exit_code == 0
    kinds = [json.loads(line)["kind"] for line in out.read_text().splitlines()]
    assert kinds[0] == "document"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--db", "/nonexistent/folder/x.db", "docs", "list"], "does not exist"),
        (["events", "--since", "last year"], "not a date"),
        (["docs", "show", "ffffffffffff"], "no document"),
        (["extract", "/nonexistent.txt"], "no such file"),
        (["extract", "cut.html.gz"], "cannot read: Not a gzipped file"),
    ],
)
def test_cli_user_errors_are_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    args: list[str], message: str,
) -> None:
    # main() as the `bilateral` script runs it, in this process (a new one would load it all again)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cut.html.gz").write_bytes(b"<html>not gzipped</html>")
    monkeypatch.setattr(sys, "argv", ["bilateral", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    stderr = capsys.readouterr().err
    assert exited.value.code == 1
    assert message in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
