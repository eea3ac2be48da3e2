"""Records written as Parquet shards read back whole, one table per kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.engines.shards import write_shards
from bilateral.extract import extract

ARTICLES = [
    ("Chile and Peru signed a fisheries accord in Lima on Friday. "
     "Trade between the two countries reached $4.1 billion in 2021."),
    "The Ghanaian president met his Togolese counterpart in Lome to discuss the border.",
    "\"We will keep the border open,\" the Togolese president told reporters.",
]


def test_shards_hold_every_record_once(tmp_path: Path) -> None:
    dataset = pytest.importorskip("pyarrow.dataset")
    records = [extract(text, published="2022-03-04") for text in ARTICLES]
    expected = [r for rec in records for r in rec.to_records()]

    counts = write_shards(iter(records), tmp_path / "shards", rows_per_shard=2)

    for kind, count in counts.items():
        table = dataset.dataset(tmp_path / "shards" / kind).to_table()
        assert table.num_rows == count == sum(1 for r in expected if r["kind"] == kind)
    documents = dataset.dataset(tmp_path / "shards" / "document").to_table().to_pylist()
    assert sorted(d["text"] for d in documents) == sorted(ARTICLES)
    mentions = dataset.dataset(tmp_path / "shards" / "mention").to_table().to_pylist()
    assert all(isinstance(json.loads(m["group"]), list) for m in mentions)
    assert len(list((tmp_path / "shards" / "document").glob("part-*.parquet"))) == 2
