"""On the sample articles (../shared, skipped when absent): figures F1 and the named conflict."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bilateral.cleaning import clean
from bilateral.extract import Extractor
from bilateral.linking.figures import find_conflicts
from bilateral.sources.items import TEXT, RawItem


@pytest.fixture(scope="module")
def seed_records(shared_dir: Path):
    extractor = Extractor.default()
    paths = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    return [extractor(clean(RawItem(str(p), p.read_bytes(), TEXT))) for p in paths]


def test_seed_figures_f1(seed_records, shared_dir: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    with export.open("w", encoding="utf-8") as out:
        for records in seed_records:
            for record in records.to_records():
                if record["kind"] in ("document", "figure"):
                    out.write(json.dumps(record) + "\n")
    result = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "gold" / "seeds.json"), str(export)],
        capture_output=True, text=True, check=True,
    )
    f1 = float(re.search(r"figures_f1=([\d.]+)", result.stdout).group(1))
    assert f1 >= 0.9, result.stdout


def test_seed_trade_conflict_lists_the_gold_figures(seed_records, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text())
    named = {f["id"]: f for d in gold["documents"] for f in d["figures"]}
    expected = {(round(named[i]["value"]), named[i]["periods"][0]) for i in gold["conflicts"][0]["figures"]}
    figures = [f for records in seed_records for f in records.figures]
    found = [{(round(s.figure.value), s.figure.period) for s in c.sides} for c in find_conflicts(figures)]
    assert any(expected <= sides for sides in found), found
