"""What an analyst's corrections measure: a gold file of the reviewed documents, and the
extractor's precision and recall per type as the analyst judged them.

In the gold file (the format of the eval README) every record an analyst accepted, edited or
added is required; the other records of a reviewed document are optional (not reviewed, so
neither demanded nor counted against the extractor). Rejected records are gone from the
store, so an extractor that still reports them scores them as spurious.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from bilateral.review.score import countries_of
from bilateral.store.models import DocumentRow, EventRow, FigureRow
from bilateral.store.review import chain_label, chains
from bilateral.store.session import Store
from bilateral.store.write import event_record, figure_record

ABOUT = ("Gold made by `bilateral review gold` from an analyst's corrections: records accepted, "
         "edited or added are required; other records of a reviewed document are optional; "
         "rejected records are absent (reporting them is spurious).")


def gold_event(n: int, record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"{record['doc_id']}-E{n}", "note": record["sentence"][:200],
        "types": [record["type"]], "actors": sorted(countries_of(record)),
        "dates": [record["date"]] if record.get("date") else [],
        "status": record.get("status") or "occurred", "required": record.get("review") is not None,
    }


def gold_figure(n: int, record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"{record['doc_id']}-F{n}", "note": record["sentence"][:200],
        "variables": [record["variable"]], "value": record["value"], "unit": record["unit"],
        "countries": sorted(set(record.get("countries") or [])),
        "direction": record.get("direction"),
        "periods": [record["period"]] if record.get("period") else [],
        "required": record.get("review") is not None,
    }


def gold_document(document: DocumentRow, events: list[EventRow], figures: list[FigureRow]) -> dict[str, Any]:
    return {
        "file": os.path.basename(document.source or document.doc_id), "doc_id": document.doc_id,
        "title": document.title or "", "published": [document.published] if document.published else [],
        "boilerplate": [], "keep": [],
        "events": [gold_event(n, event_record(e)) for n, e in enumerate(events, 1)],
        "figures": [gold_figure(n, figure_record(f)) for n, f in enumerate(figures, 1)],
    }


def reviewed_gold(store: Store) -> dict[str, Any]:
    """The gold file of every document with a correction that found its sentence."""
    with store.session() as session:
        hashes = {chain[-1].content_hash for chain in chains(session)
                  if chain[-1].state not in ("orphaned",)}
        documents = session.scalars(select(DocumentRow).where(DocumentRow.content_hash.in_(hashes))
                                    .order_by(DocumentRow.id)).all()
        gold = []
        for document in documents:
            events = session.scalars(select(EventRow).where(EventRow.doc_id == document.doc_id)
                                     .order_by(EventRow.id)).all()
            figures = session.scalars(select(FigureRow).where(FigureRow.doc_id == document.doc_id)
                                      .order_by(FigureRow.id)).all()
            gold.append(gold_document(document, list(events), list(figures)))
    return {"about": ABOUT, "documents": gold}


def judged(store: Store) -> list[dict[str, Any]]:
    """Per kind and type: accepted, edited, rejected, added, and precision and recall as judged.

    Precision: accepted among the extractor's reviewed records (an edited one was wrong in
    something). Recall: the extractor's records kept (accepted or edited) among those plus the
    ones the analyst had to add. A record counts under the type the extractor gave it (an
    added one under the analyst's).
    """
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with store.session() as session:
        for chain in chains(session):
            if chain[-1].state == "orphaned":
                continue
            first = chain[0]
            record = first.after if first.decision == "add" else first.before
            key = (first.kind, str((record or {}).get("type" if first.kind == "event" else "variable")))
            counts[key][chain_label(chain)] += 1
    rows = [_judged_row(kind, name, c) for (kind, name), c in sorted(counts.items())]
    if rows:
        total: Counter[str] = sum((Counter(counts[k]) for k in counts), Counter())
        rows.append(_judged_row("all", "all", total))
    return rows


def _judged_row(kind: str, name: str, c: Counter[str]) -> dict[str, Any]:
    reviewed = c["accepted"] + c["edited"] + c["rejected"]
    kept = c["accepted"] + c["edited"]
    return {
        "kind": kind, "type": name, "accepted": c["accepted"], "edited": c["edited"],
        "rejected": c["rejected"], "added": c["added"],
        "precision": round(c["accepted"] / reviewed, 3) if reviewed else None,
        "recall": round(kept / (kept + c["added"]), 3) if kept + c["added"] else None,
    }
