"""Analysts' corrections: stored as data, applied to the records they are about.

A correction (``CorrectionRow``) is a decision about one event or figure: accept, edit,
reject, or add a record the extractor missed. It is anchored on the document's content
hash and the sentence span, and on what identifies the extractor's record in that sentence
(its type and countries; a figure's variable, value and unit), never on a row id. So the
decisions of a document are applied again whenever its records are written afresh
(``ingest``, ``reextract``, ``review import``): the ``events`` and ``figures`` tables always
hold the corrected record, and every reader (listings, exports, analyses, REST, dashboard)
shows it without knowing about reviews. Rejected records are deleted from those tables; the
correction keeps them (``before``). A correction whose document or sentence is no longer in
the store is kept and listed as orphaned.

Corrections about the same record form a *chain*; its latest correction is the one applied.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bilateral.errors import NotFound, UserError
from bilateral.store.models import CorrectionRow, DocumentRow, EventRow, FigureRow
from bilateral.store.write import (
    dissolve_clusters,
    event_columns,
    event_record,
    figure_columns,
    figure_record,
    recheck_figure_groups,
)

DECISIONS = ("accept", "edit", "reject", "add")
KINDS = ("event", "figure")
TABLES: dict[str, Any] = {"event": EventRow, "figure": FigureRow}
ID_LETTER = {"event": "E", "figure": "F"}
# What a reviewed record says about itself in every listing and export.
LABELS = ("accepted", "edited", "added")
# Fields of an export record that say where a record is stored, not what it says.
STORAGE_FIELDS = ("event_id", "figure_id", "cluster_id", "review", "doc_id")
# A correction as exported, beside its ``record_kind`` (event or figure).
EXPORTED = ("correction_id", "chain", "decision", "content_hash", "doc_id", "start", "end",
            "sentence", "original", "before", "after", "author", "note", "created_at")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def identity(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """What tells one record from the others of its sentence."""
    if kind == "event":
        return {"type": record.get("type"),
                "source": (record.get("source") or {}).get("country"),
                "target": (record.get("target") or {}).get("country")}
    return {"variable": record.get("variable"), "value": round(float(record.get("value") or 0), 6),
            "unit": record.get("unit")}


def row_record(row: EventRow | FigureRow) -> dict[str, Any]:
    return event_record(row) if isinstance(row, EventRow) else figure_record(row)


def content(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its storage fields: what a correction keeps as before and after."""
    return {k: v for k, v in record.items() if k not in STORAGE_FIELDS}


def columns(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    return event_columns(record) if kind == "event" else figure_columns(record)


def record_kind(record_id: str) -> str:
    """``event`` or ``figure`` from an exported id (``<doc>:E3``, ``<doc>:F1``)."""
    letter = record_id.rpartition(":")[2][:1]
    for kind, id_letter in ID_LETTER.items():
        if letter == id_letter:
            return kind
    raise UserError(f"{record_id!r} is not an event or figure id; ids look like 1a2b3c4d5e6f7a8b:E3 "
                    "(see `bilateral events --format json` or the export)")


def find_record(session: Session, record_id: str) -> tuple[str, EventRow | FigureRow]:
    kind = record_kind(record_id)
    table = TABLES[kind]
    id_column = table.event_id if kind == "event" else table.figure_id
    row = session.scalar(select(table).where(id_column == record_id))
    if row is None:
        raise NotFound(f"no {kind} {record_id!r} in the store (a rejected record is listed by "
                        "`bilateral review list --decision reject`)")
    return kind, row


# --- recording a decision --------------------------------------------------------------


def decide(session: Session, record_id: str, decision: str, *, after: dict[str, Any] | None = None,
           author: str, note: str | None = None) -> CorrectionRow:
    """Accept, edit (``after`` is the corrected record) or reject a stored record, and apply it."""
    if decision not in ("accept", "edit", "reject"):
        raise UserError(f"unknown decision {decision!r}; use accept, edit or reject")
    kind, row = find_record(session, record_id)
    document = stored_document(session, row.doc_id)
    before = content(row_record(row))
    chain, original = _chain_of(session, kind, row, document.content_hash)
    correction = CorrectionRow(
        chain=chain, kind=kind, decision=decision, content_hash=document.content_hash,
        doc_id=row.doc_id, start=row.start, end=row.end, sentence=row.sentence,
        original=original, before=before,
        after=None if decision == "reject" else content(after if after is not None else before),
        author=author, note=note, created_at=now(),
    )
    return _store(session, correction)


def add(session: Session, doc_id: str, record: dict[str, Any], *, author: str,
        note: str | None = None) -> CorrectionRow:
    """Add a record the extractor missed; ``record`` carries its sentence and span."""
    kind = record["kind"]
    document = stored_document(session, doc_id)
    created = now()
    correction = CorrectionRow(
        chain=digest(document.content_hash, kind, record["start"], record["end"], "add", author,
                     created),
        kind=kind, decision="add", content_hash=document.content_hash, doc_id=doc_id,
        start=record["start"], end=record["end"], sentence=record["sentence"], original=None,
        before=None, after=content(record), author=author, note=note, created_at=created,
    )
    return _store(session, correction)


def _store(session: Session, correction: CorrectionRow) -> CorrectionRow:
    correction.correction_id = digest(correction.kind,
                                       *(getattr(correction, f) for f in EXPORTED[1:]))
    session.add(correction)
    session.flush()
    reapply(session, correction.doc_id)
    return correction


def stored_document(session: Session, doc_id: str) -> DocumentRow:
    document = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == doc_id))
    if document is None:
        raise NotFound(f"no document {doc_id!r} in the store (see `bilateral docs`)")
    return document


def _chain_of(session: Session, kind: str, row: EventRow | FigureRow,
              content_hash: str) -> tuple[str, dict[str, Any] | None]:
    """The chain a record belongs to (a new one for an unreviewed record) and its original."""
    if row.review_chain:
        first = session.scalar(select(CorrectionRow).where(CorrectionRow.chain == row.review_chain)
                               .order_by(CorrectionRow.created_at, CorrectionRow.id).limit(1))
        return row.review_chain, first.original if first else None
    original = identity(kind, row_record(row))
    table = TABLES[kind]
    twins = session.scalars(select(table).where(table.doc_id == row.doc_id, table.start == row.start,
                                                table.id < row.id))
    ordinal = sum(1 for twin in twins if identity(kind, row_record(twin)) == original)
    return digest(content_hash, kind, row.start, row.end, original, ordinal), original


# --- applying ---------------------------------------------------------------------------


def reapply(session: Session, doc_id: str) -> int:
    """Apply the corrections of a document (its latest per chain) to its stored records.

    Idempotent; called after a document's records are written afresh and after each new
    correction. Returns how many corrections were applied (restored ones included).
    """
    document = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == doc_id))
    if document is None:
        return 0
    chains: dict[str, list[CorrectionRow]] = defaultdict(list)
    for correction in session.scalars(
        select(CorrectionRow).where(CorrectionRow.content_hash == document.content_hash)
        .order_by(CorrectionRow.created_at, CorrectionRow.id)
    ):
        chains[correction.chain].append(correction)
    applied = 0
    for chain in chains.values():
        for earlier in chain[:-1]:
            earlier.state, earlier.record_id = "superseded", None
        applied += _apply(session, document, chain)
    return applied


def chain_label(chain: list[CorrectionRow]) -> str:
    """accepted, edited, rejected or added: what the chain says about the extractor's record."""
    if chain[0].decision == "add":
        return "added"
    if chain[-1].decision == "reject":
        return "rejected"
    if any(c.decision == "edit" and c.after != c.before for c in chain):
        return "edited"
    return "accepted"


def _apply(session: Session, document: DocumentRow, chain: list[CorrectionRow]) -> int:
    head = chain[-1]
    start = locate(document.text, head.sentence, head.start)
    if start is None:
        head.state, head.record_id = "orphaned", None
        return 0
    end = start + len(head.sentence)
    row = _attached_row(session, document.doc_id, head, start, end)
    if head.decision == "reject":
        head.state = "applied"
        if row is not None:  # the id it had stays on the correction, for the listing
            head.record_id = row.event_id if isinstance(row, EventRow) else row.figure_id
            _unlink(session, row)
            session.delete(row)
        return 1
    restored = row is None
    if row is None:
        row = _new_row(session, head.kind, document.doc_id)
    values = columns(head.kind, head.after or {}) | {
        "start": start, "end": end, "review": chain_label(chain), "review_chain": head.chain}
    if any(getattr(row, k) != v for k, v in values.items()):
        _unlink(session, row)
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()
    head.state = "restored" if restored and head.decision != "add" else "applied"
    head.record_id = row.event_id if isinstance(row, EventRow) else row.figure_id
    return 1


def locate(text: str, sentence: str, start: int) -> int | None:
    """Where ``sentence`` starts in ``text``: at ``start``, else its nearest occurrence (the same
    article under another headline shifts every span), else None."""
    if text[start:start + len(sentence)] == sentence:
        return start
    found, at = [], text.find(sentence)
    while at >= 0:
        found.append(at)
        at = text.find(sentence, at + 1)
    return min(found, key=lambda s: abs(s - start)) if found else None


def _attached_row(session: Session, doc_id: str, head: CorrectionRow, start: int,
                  end: int) -> EventRow | FigureRow | None:
    """The row the chain is applied to: the one it already holds, else the extractor's record
    it is about (or one equal to its corrected record) in the same sentence."""
    table = TABLES[head.kind]
    rows: list[EventRow | FigureRow] = list(
        session.scalars(select(table).where(table.doc_id == doc_id).order_by(table.id)))
    held = next((r for r in rows if r.review_chain == head.chain), None)
    if held is not None:
        return held
    fresh = [r for r in rows if r.review_chain is None and r.start < end and start < r.end]
    fresh.sort(key=lambda r: (r.start, r.end) != (start, end))
    wanted = [w for w in (head.original, identity(head.kind, head.after) if head.after else None) if w]
    return next((r for w in wanted for r in fresh if identity(head.kind, row_record(r)) == w), None)


def _new_row(session: Session, kind: str, doc_id: str) -> EventRow | FigureRow:
    """An empty row with the document's next record id (``<doc>:E7``)."""
    table = TABLES[kind]
    id_column = table.event_id if kind == "event" else table.figure_id
    taken = session.scalars(select(id_column).where(table.doc_id == doc_id))
    numbers = [int(i.rpartition(":")[2][1:]) for i in taken if i.rpartition(":")[2][1:].isdigit()]
    row: EventRow | FigureRow = table(
        doc_id=doc_id, **{id_column.key: f"{doc_id}:{ID_LETTER[kind]}{max(numbers, default=0) + 1}"})
    session.add(row)
    return row


def _unlink(session: Session, row: EventRow | FigureRow) -> None:
    """Send a changed record back to the writer's linker (``bilateral.review.actions`` and the
    ingest's after-write step): an event's cluster is taken apart, and a figure's group
    has its conflicts found again."""
    if isinstance(row, EventRow) and row.cluster_id is not None:
        dissolve_clusters(session, [row.cluster_id])
        row.cluster_id = None
    if isinstance(row, FigureRow) and row.id is not None:  # a new row is unchecked already
        recheck_figure_groups(session, FigureRow.id == row.id)


# --- reading, export and import -----------------------------------------------------------


def exported(correction: CorrectionRow) -> dict[str, Any]:
    """A correction as one line of ``review export``."""
    return {"kind": "correction", "record_kind": correction.kind,
            **{field: getattr(correction, field) for field in EXPORTED}}


def correction_record(correction: CorrectionRow, *, present: bool = True) -> dict[str, Any]:
    """A correction as listed: exported, with its state and the record it is applied to."""
    record = exported(correction)
    record["state"] = correction.state if present else "orphaned"
    record["record_id"] = correction.record_id if present else None
    return record


def list_corrections(session: Session, *, decision: str | None = None, state: str | None = None,
                     latest: bool = False) -> list[dict[str, Any]]:
    """Every correction, oldest first; ``latest``: only the one applied of each chain."""
    stored = set(session.scalars(select(DocumentRow.content_hash)))
    query = select(CorrectionRow).order_by(CorrectionRow.created_at, CorrectionRow.id)
    if decision:
        query = query.where(CorrectionRow.decision == decision)
    records = [correction_record(c, present=c.content_hash in stored) for c in session.scalars(query)]
    if latest:
        records = [r for r in records if r["state"] != "superseded"]
    return [r for r in records if not state or r["state"] == state]


def chains(session: Session) -> Iterator[list[CorrectionRow]]:
    """Every chain of corrections, oldest correction first."""
    grouped: dict[str, list[CorrectionRow]] = defaultdict(list)
    for correction in session.scalars(
        select(CorrectionRow).order_by(CorrectionRow.created_at, CorrectionRow.id)
    ):
        grouped[correction.chain].append(correction)
    yield from grouped.values()


def write_corrections(session: Session, out: IO[str]) -> int:
    count = 0
    for correction in session.scalars(select(CorrectionRow).order_by(CorrectionRow.created_at,
                                                                     CorrectionRow.id)):
        out.write(json.dumps(exported(correction), ensure_ascii=False) + "\n")
        count += 1
    return count


def read_corrections(lines: Iterable[str], name: str) -> list[dict[str, Any]]:
    """Corrections from JSON Lines (``review export``); UserError naming the bad line."""
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{name}:{n}: not JSON ({exc.msg}); expected `bilateral review export` "
                            "output") from None
        fields = ("record_kind", *EXPORTED)
        missing = [f for f in fields if f not in record] if isinstance(record, dict) else fields
        if missing or record.get("kind") != "correction" or record["decision"] not in DECISIONS \
                or record["record_kind"] not in KINDS:
            raise UserError(f"{name}:{n}: not a correction (missing {', '.join(missing) or 'kind'}); "
                            "expected `bilateral review export` output")
        records.append(record)
    return records


def import_corrections(session: Session, records: list[dict[str, Any]]) -> tuple[int, int]:
    """Store the corrections not already stored and apply them; (added, already stored)."""
    known = set(session.scalars(select(CorrectionRow.correction_id)))
    new = [r for r in records if r["correction_id"] not in known]
    for record in new:
        known.add(record["correction_id"])
        session.add(CorrectionRow(**{f: record[f] for f in EXPORTED}, kind=record["record_kind"],
                                  state="orphaned"))
    session.flush()
    hashes = {r["content_hash"] for r in new}
    for doc_id in session.scalars(select(DocumentRow.doc_id)
                                  .where(DocumentRow.content_hash.in_(hashes))):
        reapply(session, doc_id)
    return len(new), len(records) - len(new)


def corrected_hashes(session: Session, content_hashes: Collection[str]) -> set[str]:
    """Which of these documents (by content hash) have corrections to ``reapply``."""
    return set(session.scalars(select(CorrectionRow.content_hash).distinct()
                               .where(CorrectionRow.content_hash.in_(content_hashes))))


def reapply_if_corrected(session: Session, doc_id: str, content_hash: str) -> None:
    """``reapply`` for a document that has corrections (a cheap check for the others)."""
    if session.scalar(select(CorrectionRow.id).where(CorrectionRow.content_hash == content_hash)
                      .limit(1)) is not None:
        reapply(session, doc_id)
