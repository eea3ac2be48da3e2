"""Parquet shards: records of a very large run written straight to files, no database.

    write_shards(records_iter, "out/shards")   # out/shards/event/part-00000.parquet, ...

One folder per record kind (document, mention, event, figure, quote); a new
part file every ``rows_per_shard`` rows, so memory stays bounded. Columns keep
the export record's field names; nested values (actors, evidence, lists) are
JSON strings, so every part of a kind has the same schema and a folder reads
back as one table (``pyarrow.dataset.dataset(folder / "event")``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bilateral.types import Records

NUMERIC = {"start": "int64", "end": "int64", "value": "float64", "goldstein": "float64",
           "confidence": "float64"}
# per kind: a figure's "target" flag is a bool, an event's "target" an actor
BOOLEAN = {("mention", "is_place"), ("figure", "target")}


class _KindWriter:
    """Buffers one kind's rows and writes them as numbered part files."""

    def __init__(self, folder: Path, rows_per_shard: int) -> None:
        self.kind = folder.name
        self.folder = folder
        self.rows_per_shard = rows_per_shard
        self.rows: list[dict[str, Any]] = []
        self.parts = 0

    def add(self, record: dict[str, Any]) -> None:
        self.rows.append({k: _cell(v) for k, v in record.items()})
        if len(self.rows) >= self.rows_per_shard:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(name, _arrow_type(pa, self.kind, name)) for name in self.rows[0]])
        self.folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(self.rows, schema=schema)
        pq.write_table(table, self.folder / f"part-{self.parts:05d}.parquet")
        self.parts += 1
        self.rows = []


def write_shards(results: Iterable[Records], folder: str | Path,
                 rows_per_shard: int = 50_000) -> Counter[str]:
    """Write every record of ``results`` under ``folder``; returns the row count per kind."""
    folder = Path(folder)
    writers: dict[str, _KindWriter] = {}
    counts: Counter[str] = Counter()
    for records in results:
        for record in records.to_records():
            kind = record["kind"]
            if kind not in writers:
                writers[kind] = _KindWriter(folder / kind, rows_per_shard)
            writers[kind].add(record)
            counts[kind] += 1
    for writer in writers.values():
        writer.flush()
    return counts


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _arrow_type(pa: Any, kind: str, name: str) -> Any:
    if name in NUMERIC:
        return getattr(pa, NUMERIC[name])()
    return pa.bool_() if (kind, name) in BOOLEAN else pa.string()
