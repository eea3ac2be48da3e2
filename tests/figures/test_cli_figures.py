"""``bilateral figures`` and ``bilateral conflicts`` over a store filled by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli.main import app
from bilateral.store import open_store
from bilateral.store.models import DocumentRow, FigureRow


def _document(doc_id: str, title: str) -> DocumentRow:
    return DocumentRow(doc_id=doc_id, content_hash=doc_id * 4, source=f"{doc_id}.txt", title=title,
                       published="2022-05-25", text="...")


def _figure(doc_id: str, n: int, value: float, period: str, variable: str = "trade_total",
            countries: tuple[str, ...] = ("IND", "JPN")) -> FigureRow:
    return FigureRow(figure_id=f"{doc_id}:F{n}", doc_id=doc_id, variable=variable, value=value,
                     unit="USD", text=f"{value:g}", countries=list(countries),
                     country_key=" ".join(sorted(countries)), period=period, sentence="s",
                     start=n, end=n + 1)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "figures.db")
    with open_store(path).session() as session:
        session.add_all([_document("a" * 16, "Source A"), _document("b" * 16, "Source B")])
        session.flush()
        session.add_all([
            _figure("a" * 16, 1, 60e6, "2017"),
            _figure("b" * 16, 1, 478e6, "2017/2018"),
            _figure("b" * 16, 2, 5e9, "2017", "deal_value"),
            _figure("a" * 16, 2, 9e9, "2019", countries=("CHN", "IND")),
        ])
    return path


def invoke(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["--db", db, *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_figures_filtered_by_pair_either_order_and_variable(db: str) -> None:
    assert len(invoke(db, "figures", "--pair", "JPN", "IND")) == 3
    rows = invoke(db, "figures", "--pair", "IND", "JPN", "--variable", "deal_value")
    assert [(r["value"], r["title"]) for r in rows] == [(5e9, "Source B")]


def test_conflicts_list_every_source_side_by_side(db: str) -> None:
    (conflict,) = invoke(db, "conflicts", "--pair", "IND", "JPN")
    assert [side["title"] for side in conflict["sides"]] == ["Source A", "Source B"]
    assert conflict["periods"] == ["2017", "2017/2018"]


def test_conflicts_as_csv_has_one_row_per_side(db: str) -> None:
    result = CliRunner().invoke(app, ["--db", db, "conflicts", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("conflict,variable") and len(lines) == 3


@pytest.mark.parametrize("args", [["figures", "--pair", "IN", "JPN"], ["figures", "--variable", "gdp"]])
def test_bad_filters_are_one_line_errors(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(app, ["--db", db, *args])
    assert result.exit_code != 0
