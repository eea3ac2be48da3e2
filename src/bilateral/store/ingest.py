"""Ingestion: sources -> clean -> extract (in an engine) -> store, a batch per transaction.

Cleaning and extraction run in ``process_batch``, a pure function of a few raw
items (each document's records depend on it alone; the batch only lets spaCy
parse their sentences together), so they can run in any engine. Everything
stateful happens here in the caller: duplicate checks against the store, and
writing each batch's documents with their records in one transaction. A run
killed at any point and started again ends with every document stored exactly
once, because a document and its records commit together and items already
stored are recognised by the hash of their raw bytes before any work is done.

``after_write`` runs in each batch's transaction once its documents are added: the
callers pass ``bilateral.linking.events.link_pending`` (linking reads the store, so
the store does not import it), which clusters the batch's events before they commit,
so that a reader never sees an unlinked event and never has to link.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, islice
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bilateral.cleaning import clean
from bilateral.cleaning.dedup import NearDuplicateIndex, signature
from bilateral.engines import Engine, InProcess
from bilateral.errors import SkipDocument
from bilateral.extract import Extractor
from bilateral.sources import RawItem, SourceFailure, iter_sources
from bilateral.store.models import DocumentRow, DuplicateRow, FailureRow
from bilateral.store.review import corrected_hashes, reapply
from bilateral.store.session import Store
from bilateral.store.write import RECORD_TABLES, document_values, record_values
from bilateral.types import Records

# Bump when extraction output changes, so `bilateral reextract` knows what is stale.
EXTRACTOR_VERSION = "3"
# Documents a worker cleans and extracts together: spaCy parses their sentences in one
# batch (~10 % faster than one document at a time); small, so progress stays smooth.
BATCH_SIZE = 8

Progress = Callable[[str], None]
AfterWrite = Callable[[Session], object]


@dataclass(frozen=True)
class Processed:
    """What a worker sends back for one raw item."""

    source: str
    raw_hash: str
    records: Records | None = None
    minhash: bytes | None = None
    skipped: str | None = None  # a reason: not an article, empty, …
    failed: str | None = None  # an unexpected error, with its stage


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0  # already in the store from an earlier run
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, doc_id of first)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    non_english: int = 0
    events: int = 0
    figures: int = 0
    quotes: int = 0

    def add_unusable(self, result: Processed) -> str:
        """Count an item that gave no document (skipped or failed); returns the reason."""
        reason = result.skipped or result.failed or "unknown"
        (self.skipped if result.skipped else self.failed).append((result.source, reason))
        return reason

    @property
    def seen(self) -> int:
        return (self.ingested + self.unchanged + len(self.duplicates) + len(self.skipped)
                + len(self.failed))


def raw_hash(item: RawItem) -> str:
    return hashlib.sha256(item.content).hexdigest()


def process_item(item: RawItem, actors_file: str | None = None) -> Processed:
    """Clean and extract one raw item; never raises (failures are returned with their stage)."""
    return process_batch([item], actors_file)[0]


def process_batch(items: list[RawItem], actors_file: str | None = None) -> list[Processed]:
    """``process_item`` for each item, their sentences parsed in one spaCy batch (faster).

    Never raises. Should extraction fail for the batch, each document is extracted
    alone, so a failure is recorded against the document that caused it.
    """
    cleaned = [_cleaned(item) for item in items]
    documents = [result.records.document for result in cleaned if result.records is not None]
    extractor = Extractor.default(actors_file)
    try:
        batch: list[Records | None] = list(extractor.extract_many(documents))
    except Exception:  # noqa: BLE001 - find the document at fault, one at a time
        batch = [None] * len(documents)
    extracted = iter(batch)
    return [
        _extracted(result, next(extracted), extractor) if result.records is not None else result
        for result in cleaned
    ]


def _cleaned(item: RawItem) -> Processed:
    """The cleaned document (records without extraction yet), or why there is none."""
    digest = raw_hash(item)
    try:
        document = clean(item)
    except SkipDocument as exc:
        return Processed(item.source, digest, skipped=str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug or a pathological page: record it, keep the batch going
        return Processed(item.source, digest, failed=f"cleaning: {type(exc).__name__}: {exc}")
    return Processed(item.source, digest, Records(document), signature(document.body))


def _extracted(result: Processed, records: Records | None, extractor: Extractor) -> Processed:
    """``result`` with its extracted records (extracting it alone when ``records`` is None)."""
    if records is None and result.records is not None:
        try:
            records = extractor(result.records.document)
        except Exception as exc:  # noqa: BLE001 - keep the article, record the failure
            # Keep the article even when extraction fails; `bilateral reextract` can retry it.
            return replace(result, failed=f"extraction: {type(exc).__name__}: {exc}")
    return replace(result, records=records)


def batched(items: Iterable[RawItem], size: int = BATCH_SIZE) -> Iterator[list[RawItem]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class Ingestor:
    """The stateful side of ingestion: knows what the store holds and writes to it."""

    def __init__(self, store: Store, after_write: AfterWrite | None = None) -> None:
        self.store = store
        self.after_write = after_write
        self.near = NearDuplicateIndex()
        with store.session() as session:
            self.known_raw = set(session.scalars(select(DocumentRow.raw_hash)))
            self.known_raw |= set(session.scalars(select(DuplicateRow.raw_hash)))
            for doc_id, minhash in session.execute(
                select(DocumentRow.doc_id, DocumentRow.minhash)
            ):
                if minhash:
                    self.near.add(doc_id, minhash)

    def pending(self, items: Iterable[RawItem | SourceFailure], summary: IngestSummary,
                progress: Progress | None) -> Iterator[RawItem]:
        """Items that need work; failures and items stored by an earlier run are recorded here."""
        for item in items:
            if isinstance(item, SourceFailure):
                self._record_failure(item.source, "source", item.reason)
                summary.failed.append((item.source, item.reason))
            elif raw_hash(item) in self.known_raw:
                summary.unchanged += 1
            else:
                yield item
                continue
            if progress:
                progress(item.source)

    def write(self, results: list[Processed], summary: IngestSummary) -> None:
        """Store a batch's documents, each with its records, in one transaction.

        A kill loses at most the batch, which the next run redoes: every document is
        still stored once, with all its records or none.
        """
        for result in results:
            if result.records is None:
                self._record_failure(result.source, "clean", summary.add_unusable(result))
        stored = [result for result in results if result.records is not None]
        if not stored:
            return
        with self.store.session() as session:
            self._add(session, stored, summary)
            if self.after_write:
                self.after_write(session)
        for result in stored:
            self.known_raw.add(result.raw_hash)
            if result.failed:
                summary.failed.append((result.source, result.failed))

    def _add(self, session: Session, stored: list[Processed], summary: IngestSummary) -> None:
        """Add each document with its records, or a duplicate row for it, to ``session``.

        The batch's rows go in one multi-row INSERT per table, in the order the documents
        came (the writer's CPU bounds a pool's speedup, and a statement per document cost
        more than the rows); a document with corrections is written before they are
        re-applied to it, so every row gets the id that one document at a time gave it.
        """
        documents = [result.records.document for result in stored if result.records is not None]
        hashes = {document.content_hash for document in documents}
        first_of = {content_hash: doc_id for content_hash, doc_id in session.execute(
            select(DocumentRow.content_hash, DocumentRow.doc_id)
            .where(DocumentRow.content_hash.in_(hashes)))}
        corrected = corrected_hashes(session, hashes)
        rows: dict[type[Any], list[dict[str, Any]]] = defaultdict(list)
        for result, document in zip(stored, documents, strict=True):
            assert result.records is not None
            first, kind = first_of.get(document.content_hash), "exact"
            if first is None and result.minhash is not None:
                first, kind = self.near.find(result.minhash), "near"
            if first is not None:
                if result.raw_hash not in self.known_raw:
                    rows[DuplicateRow].append({"source": result.source, "raw_hash": result.raw_hash,
                                               "kind": kind, "duplicate_of": first})
                summary.duplicates.append((result.source, first))
                continue
            first_of[document.content_hash] = document.doc_id
            rows[DocumentRow].append(document_values(
                result.records, raw_hash=result.raw_hash, minhash=result.minhash,
                version=EXTRACTOR_VERSION))
            for table, values in record_values(result.records).items():
                rows[table] += values
            if document.content_hash in corrected:
                # Corrections imported before the article (a re-ingest into a fresh store).
                _insert_rows(session, rows)
                reapply(session, document.doc_id)
            if result.failed:
                rows[FailureRow].append({"source": result.source, "stage": "extract",
                                         "reason": result.failed})
            self._count(result.records, summary)
            if result.minhash is not None:
                self.near.add(document.doc_id, result.minhash)
        _insert_rows(session, rows)

    def _count(self, records: Records, summary: IngestSummary) -> None:
        summary.ingested += 1
        if records.document.language not in (None, "en"):
            summary.non_english += 1
        summary.events += len(records.relations)
        summary.figures += len(records.figures)
        summary.quotes += len(records.quotes)

    def _record_failure(self, source: str, stage: str, reason: str) -> None:
        with self.store.session() as session:
            session.add(FailureRow(source=source, stage=stage, reason=reason))


# Tables in the order their rows are inserted: documents before the rows that refer to them.
INSERT_ORDER: tuple[type[Any], ...] = (DocumentRow, *RECORD_TABLES, DuplicateRow, FailureRow)


def _insert_rows(session: Session, rows: dict[type[Any], list[dict[str, Any]]]) -> None:
    """Insert and forget the gathered rows, one multi-row INSERT per table."""
    for table in INSERT_ORDER:
        if values := rows.pop(table, None):
            session.execute(insert(table.__table__), values)


def ingest(
    store: Store,
    specs: list[str],
    *,
    actors_file: str | None = None,
    engine: Engine | None = None,
    allow_private: bool = False,
    progress: Progress | None = None,
    after_write: AfterWrite | None = None,
) -> IngestSummary:
    """Ingest every article the source specs name into ``store``; see the module docstring.

    Args:
        store (Store): where documents and records go.
        specs (list[str]): files, folders, globs, URLs or feeds.
        actors_file (str | None): a YAML file extending the actor knowledge base.
        engine (Engine | None): where extraction runs. Defaults to this process.
        allow_private (bool): allow URLs on private/loopback addresses.
        progress (Callable[[str], None] | None): called with each item's source when done.
        after_write (Callable[[Session], object] | None): run in each batch's transaction
            after its documents are added (``linking.events.link_pending``).
    """
    summary = IngestSummary()
    ingestor = Ingestor(store, after_write)
    engine = engine or InProcess()
    items = iter_sources(specs, allow_private=allow_private)
    work = partial(process_batch, actors_file=actors_file)
    for results in engine.map(work, batched(ingestor.pending(items, summary, progress))):
        ingestor.write(results, summary)
        if progress:
            for result in results:
                progress(result.source)
    return summary


def ingest_to_shards(
    specs: list[str],
    folder: str,
    *,
    actors_file: str | None = None,
    engine: Engine | None = None,
    allow_private: bool = False,
    progress: Progress | None = None,
) -> IngestSummary:
    """Like ``ingest``, but records go to Parquet shards under ``folder`` instead of a store.

    For runs too large for one database: no resume and only exact duplicates (by text hash)
    are dropped, since there is no store to remember what came before.
    """
    from bilateral.engines.shards import write_shards

    summary = IngestSummary()
    seen: set[str] = set()

    def kept(results: Iterable[Processed]) -> Iterator[Records]:
        for result in results:
            if progress:
                progress(result.source)
            if result.records is None:
                summary.add_unusable(result)
                continue
            document = result.records.document
            if document.content_hash in seen:
                summary.duplicates.append((result.source, document.doc_id))
                continue
            seen.add(document.content_hash)
            summary.ingested += 1
            yield result.records

    def readable(items: Iterable[RawItem | SourceFailure]) -> Iterator[RawItem]:
        for item in items:
            if isinstance(item, SourceFailure):
                summary.failed.append((item.source, item.reason))
            else:
                yield item

    engine = engine or InProcess()
    work = partial(process_batch, actors_file=actors_file)
    items = readable(iter_sources(specs, allow_private=allow_private))
    counts = write_shards(kept(chain.from_iterable(engine.map(work, batched(items)))), folder)
    summary.events, summary.figures, summary.quotes = (
        counts["event"], counts["figure"], counts["quote"])
    return summary
