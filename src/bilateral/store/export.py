"""Stream the store as export records (the JSON Lines format of eval/README.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from bilateral.store.models import DocumentRow, EventRow, FigureRow, MentionRow, QuoteRow
from bilateral.store.session import Store
from bilateral.store.write import RECORD_OF, document_record


class ExportFormat(str, Enum):
    """Every export format (JSONL here; the others in ``bilateral.analysis.export``)."""

    jsonl = "jsonl"
    gdelt_csv = "gdelt-csv"
    plover_json = "plover-json"
    parquet = "parquet"
    graphml = "graphml"


# Order within a document: events and figures first (what users read), mentions last.
KINDS: dict[str, type[EventRow | FigureRow | QuoteRow | MentionRow]] = {
    "event": EventRow, "figure": FigureRow, "quote": QuoteRow, "mention": MentionRow,
}


def iter_records(store: Store, kinds: tuple[str, ...] = ("event", "figure", "quote", "mention"),
                 batch: int = 200) -> Iterator[dict[str, Any]]:
    """Each document record followed by its records, document by document, in ingest order."""
    last = 0
    while True:
        with store.session() as session:
            docs = session.scalars(
                select(DocumentRow).where(DocumentRow.id > last).order_by(DocumentRow.id).limit(batch)
            ).all()
            if not docs:
                return
            ids = [d.doc_id for d in docs]
            by_doc: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
            for kind in kinds:
                table = KINDS[kind]
                for row in session.scalars(
                    select(table).where(table.doc_id.in_(ids)).order_by(table.id)
                ):
                    record = RECORD_OF[table](row)
                    by_doc[record["doc_id"]].append(record)
            for doc in docs:
                yield document_record(doc)
                yield from by_doc[doc.doc_id]
            last = docs[-1].id


def write_jsonl(store: Store, out: IO[str], kinds: tuple[str, ...] = tuple(KINDS)) -> int:
    count = 0
    for record in iter_records(store, kinds):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_jsonl(store: Store, path: Path, kinds: tuple[str, ...] = tuple(KINDS)) -> int:
    with open(path, "w", encoding="utf-8") as out:
        return write_jsonl(store, out, kinds)
