"""A large store for read-latency measurement: copies of a real-ingest store, replicated.

    python bench/scale_store.py --from /tmp/store-10k.db --times 10 --to /tmp/store-100k.db

Building 100,000 articles with the real ingest takes hours on a small machine; what the
latency of the pages depends on is the number of rows they read and how they are indexed.
This writes ``--times`` copies of every row of the store ``--from`` (never written: it is
opened read-only) into the new store ``--to`` (a SQLite path or a PostgreSQL URL, migrated
by bilateral), table by table, from the SQLAlchemy metadata of ``bilateral.store.models``:

- copy 0 is the source as it is; in copy k every integer row id is moved past the ids of
  copy k-1 (and so is every foreign key to it), every document gets a new content hash,
  doc id, raw hash, source and URL (and its events, figures and quotes the ids made from
  the doc id), and every date (publication, event, cluster, figure period) moves
  ``k * --years-apart`` years back, so the timeline and the index grow with the copies;
- what the writer derives from rows (the figure conflicts) is not copied but found again by
  the linker's own ``link_pending`` over the whole store, since figures of different copies
  whose shifted periods overlap are compared with each other; the full-text index is filled
  by the store's own triggers (SQLite; on PostgreSQL a generated column and triggers) as rows
  are inserted;
- the events of a copy stay in the copy's clusters: copies are not linked with each other.

A column the schema gains is copied as it is unless it is unique (then the script stops and
asks how to make it distinct), an undeclared row reference, or a date: see ``COLUMN_ROLES``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    Table,
    UniqueConstraint,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bilateral.linking.events import link_pending
from bilateral.store import open_store
from bilateral.store.models import Base, DocumentRow, FigureRow
from bilateral.store.session import Store

# How the columns that are neither integer keys nor plain values change from copy to copy.
COLUMN_ROLES: dict[str, str] = {
    # dates and periods: every four-digit year moves back by the copy's shift
    "documents.published": "date", "documents.photographed": "date", "events.date": "date",
    "clusters.date": "date", "cluster_pairs.date": "date", "cluster_ties.date": "date",
    "figures.period": "date",
    # the document's identity: content hash, and the doc id made from it
    "documents.content_hash": "content_hash", "corrections.content_hash": "content_hash",
    "documents.doc_id": "doc_id", "corrections.doc_id": "doc_id", "event_pairs.doc_id": "doc_id",
    # record ids made from the doc id ("<doc id>:E3")
    "events.event_id": "record_id", "figures.figure_id": "record_id",
    "quotes.quote_id": "record_id", "corrections.record_id": "record_id",
    # opaque keys: a new one per copy, the same old key giving the same new key
    "documents.raw_hash": "token", "duplicates.raw_hash": "token",
    "events.review_chain": "token", "figures.review_chain": "token",
    "corrections.chain": "token", "corrections.correction_id": "token",
    # where an item came from: marked with the copy
    "documents.source": "origin", "documents.url": "origin", "duplicates.source": "origin",
    "failures.source": "origin",
}
# Integer columns that are numbers, not another row's id (such an id without a foreign key
# would have to move with its row: the script stops on any other integer column).
PLAIN_INTEGERS = {"start", "end", "size", "position"}
# Tables the linker derives from the others, found again, and the pair summaries and pair
# networks, which triggers fill as the rows they count are copied: not copied.
DERIVED_TABLES = {"figure_conflicts", "figure_conflict_sides", "figure_disagreements",
                  "pair_counts", "pair_documents", "pair_periods", "pair_period_types",
                  "network_ties", "network_edges", "network_actor_clusters", "network_actors"}
CHUNK = 5000
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass
class Copy:
    """What changes in copy ``number`` of the source."""

    number: int
    years: int  # how far back its dates move
    id_offsets: dict[str, int]  # table -> added to its integer row ids
    doc_ids: dict[str, str]  # source doc id -> this copy's
    content_hashes: dict[str, str]

    def token(self, value: str) -> str:
        if not self.number:
            return value
        digest = hashlib.sha256(f"{value}~copy{self.number}".encode()).hexdigest()
        return digest[:len(value)] if len(value) <= len(digest) else f"{value}~copy{self.number}"

    def date(self, value: str) -> str:
        if not self.years:
            return value
        shifted = YEAR.sub(lambda m: f"{int(m.group()) - self.years:04d}", value)
        # 29 February of a year that is not a leap year: the 28th
        match = re.search(r"(\d{4})-02-29", shifted)
        if match and not _leap(int(match.group(1))):
            shifted = shifted.replace(match.group(), f"{match.group(1)}-02-28")
        return shifted

    def record_id(self, value: str) -> str:
        doc_id, sep, rest = value.partition(":")
        return self.doc_ids.get(doc_id, doc_id) + sep + rest

    def origin(self, value: str) -> str:
        return value if not self.number else f"{value}#copy{self.number}"


def _leap(year: int) -> bool:
    try:
        date(year, 2, 29)
    except ValueError:
        return False
    return True


def column_change(table: Table, column: Column[Any],
                  copy: Copy) -> Callable[[Any], Any] | None:
    """How this copy changes the column's values (None: kept as they are)."""
    name = f"{table.name}.{column.name}"
    role = COLUMN_ROLES.get(name)
    if role:
        change: Callable[[Any], Any] = {
            "date": copy.date, "token": copy.token, "record_id": copy.record_id,
            "origin": copy.origin,
            "doc_id": lambda v: copy.doc_ids.get(v, v),
            "content_hash": lambda v: copy.content_hashes.get(v, v),
        }[role]
        return lambda value: None if value is None else change(value)
    referenced = [fk.column for fk in column.foreign_keys]
    if referenced:
        target = referenced[0]
        if target.table.name == "documents" and target.name == "doc_id":
            return lambda value: None if value is None else copy.doc_ids.get(value, value)
        offset = copy.id_offsets[target.table.name]
        return lambda value: None if value is None else value + offset
    if column is _row_id(table):
        offset = copy.id_offsets[table.name]
        return lambda value: value + offset
    return None


def _row_id(table: Table) -> Column[Any] | None:
    """The table's integer row id: its one primary key column, when an integer."""
    keys = list(table.primary_key.columns)
    return keys[0] if len(keys) == 1 and isinstance(keys[0].type, Integer) else None


def check_schema(source: Connection) -> None:
    """Stop when the schema holds something this script would copy wrongly."""
    for table in copied_tables():
        for column in table.columns:
            name = f"{table.name}.{column.name}"
            declared = name in COLUMN_ROLES or column.foreign_keys or column is _row_id(table)
            if (column.unique or _in_unique_constraint(table, column)) and not declared:
                raise SystemExit(f"{name} is unique: give it a role in COLUMN_ROLES")
            if (re.search(r"(date|period|published)", column.name) and not declared
                    and column.name != "date_text"):
                raise SystemExit(f"{name} looks like a date: give it a role in COLUMN_ROLES")
            if (isinstance(column.type, Integer) and not declared
                    and column.name not in PLAIN_INTEGERS):
                raise SystemExit(f"{name} is an integer: a row id (add a foreign key) or a "
                                 "number (add it to PLAIN_INTEGERS)?")
    known = set(Base.metadata.tables) | {"alembic_version"}
    for name in inspect(source).get_table_names():
        # full-text tables (SQLite: documents_fts and its shadow tables; PostgreSQL:
        # document_vectors, event_vectors) are filled by triggers
        if (name not in known and name not in ("document_vectors", "event_vectors")
                and not any(name.startswith(f"{t}_fts") for t in known)):
            raise SystemExit(f"table {name} is not in the models: say how to copy it")


def copied_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def _in_unique_constraint(table: Table, column: Column[Any]) -> bool:
    return any(isinstance(c, UniqueConstraint) and any(col is column for col in c.columns)
               for c in table.constraints)


def make_copy(source: Connection, number: int, years_apart: int) -> Copy:
    offsets = {}
    for table in copied_tables():
        if (row_id := _row_id(table)) is not None:
            offsets[table.name] = number * (source.scalar(select(func.max(row_id))) or 0)
    copy = Copy(number, number * years_apart, offsets, {}, {})
    for doc_id, content_hash in source.execute(select(DocumentRow.doc_id,
                                                      DocumentRow.content_hash)):
        new_hash = copy.token(content_hash)
        copy.content_hashes[content_hash] = new_hash
        copy.doc_ids[doc_id] = new_hash[:len(doc_id)]
    return copy


def rows(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = source.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns))
    for chunk in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in chunk]


def copy_table(source: Connection, target: Connection, table: Table, copy: Copy) -> int:
    changes = {c.name: change for c in table.columns
               if (change := column_change(table, c, copy)) is not None}
    written = 0
    for chunk in rows(source, table):
        for row in chunk:
            for name, change in changes.items():
                row[name] = change(row[name])
        target.execute(insert(table), chunk)
        written += len(chunk)
    return written


def reset_sequences(target: Connection) -> None:
    """PostgreSQL: move each id sequence past the ids written explicitly."""
    for table in copied_tables():
        if (row_id := _row_id(table)) is not None:
            target.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{row_id.name}'), "
                f"coalesce((SELECT max({row_id.name}) FROM {table.name}), 0) + 1, false)"))


def replicate(source_store: Store, target_store: Store, times: int, years_apart: int) -> None:
    with source_store.engine.connect() as source:
        check_schema(source)
        with target_store.engine.connect() as target:
            if target.scalar(select(func.count()).select_from(DocumentRow)):
                raise SystemExit(f"{target_store.url} already holds documents; give a new store")
        for number in range(times):
            began = time.process_time()
            copy = make_copy(source, number, years_apart)
            written = {}
            with target_store.engine.begin() as target:
                for table in copied_tables():
                    written[table.name] = copy_table(source, target, table, copy)
            print(f"copy {number}: {written['documents']} documents, {written['events']} events,"
                  f" {written['mentions']} mentions, dates {copy.years} years back "
                  f"({time.process_time() - began:.0f} s CPU)", flush=True)
    with target_store.engine.begin() as target:
        if target.dialect.name == "postgresql":
            reset_sequences(target)
    began = time.process_time()
    with target_store.session() as session:
        # every group is compared again: copies' figures meet where shifted periods overlap
        session.execute(update(FigureRow).values(conflicts_checked=False))
        link_pending(session)
    print(f"figure conflicts found again ({time.process_time() - began:.0f} s CPU)", flush=True)
    if target_store.engine.dialect.name == "postgresql":
        with target_store.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as target:
            target.execute(text("ANALYZE"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", required=True,
                        help="store to copy, opened read-only: it must be at the current "
                             "schema (any bilateral command on it upgrades it)")
    parser.add_argument("--to", dest="target", required=True,
                        help="new store: SQLite path or PostgreSQL URL")
    parser.add_argument("--times", type=int, default=10, help="copies, the source's included")
    parser.add_argument("--years-apart", type=int, default=10,
                        help="years between copies' dates (default 10: ten copies of a store "
                             "of 1995-2027 keep their dates after 1900)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    source = open_store(args.source, read_only=True)
    target = open_store(args.target)
    replicate(source, target, args.times, args.years_apart)
    with target.session() as session:
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
    source.engine.dispose()
    target.engine.dispose()
    print(f"scaled: documents={documents} copies={args.times} "
          f"seconds={time.perf_counter() - began:.0f}")


if __name__ == "__main__":
    main()
