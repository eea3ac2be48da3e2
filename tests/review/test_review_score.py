"""The package's scorer gives the very report of ../shared/eval/score.py (which it does not
import) on the sample articles, as exported and with errors put in on purpose."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from bilateral.review.score import score
from bilateral.store import open_store
from bilateral.store.export import iter_records
from bilateral.store.ingest import ingest


@pytest.fixture(scope="module")
def seeds_export(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    store = open_store(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    ingest(store, [str(shared_dir / "corpus" / "seeds")])
    records = list(iter_records(store, ("event", "figure")))
    store.engine.dispose()
    return records


def reference(shared_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spoiled(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every kind of error the rules name: misses, wrong dates, wrong statuses, duplicates,
    wrong figures, a lost title."""
    out = copy.deepcopy(records)
    events = [r for r in out if r["kind"] == "event"]
    for n, event in enumerate(events):
        if n % 5 == 0:
            event["date"] = "1999"
        elif n % 5 == 1:
            event["status"] = "planned"
        elif n % 5 == 2:
            out.append(copy.deepcopy(event))
    figures = [r for r in out if r["kind"] == "figure"]
    for n, figure in enumerate(figures):
        figure["value"] = figure["value"] * (1.5 if n % 3 == 0 else 1.004)
        if n % 3 == 1:
            figure["period"] = "2001"
    documents = [r for r in out if r["kind"] == "document"]
    documents[0]["title"] = "Another title"
    documents[1]["published"] = "2001-01-01"
    dropped = {id(e) for e in events[3::7]}
    return [r for r in out if id(r) not in dropped]


@pytest.mark.parametrize("spoil", [False, True], ids=["as exported", "with errors"])
def test_score_matches_the_shared_scorer(shared_dir: Path, seeds_export: list[dict[str, Any]],
                                         tmp_path: Path, spoil: bool) -> None:
    records = spoiled(seeds_export) if spoil else seeds_export
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    expected = reference(shared_dir).score(gold, str(path))
    assert score(gold, records) == expected
    if spoil:
        summary = expected["summary"]["events"]
        assert summary["status_errors"] and summary["duplicates"] and summary["f1"] < 1
