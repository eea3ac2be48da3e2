"""The review actions the CLI, the REST API and the dashboard share: one call each."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bilateral.errors import UserError
from bilateral.linking.events import link_pending
from bilateral.review import changes
from bilateral.store import review as corrections


def correct(session: Session, record_id: str, decision: str, *,
            edits: dict[str, str | None] | None = None, author: str | None = None,
            note: str | None = None) -> dict[str, Any]:
    """Accept, edit (with ``edits``: field -> option text) or reject a record; the correction."""
    after = None
    if decision == "edit":
        kind, row = corrections.find_record(session, record_id)
        if not any(v is not None for v in (edits or {}).values()):
            fields = changes.EVENT_FIELDS if kind == "event" else changes.FIGURE_FIELDS
            raise UserError(f"nothing to edit: give at least one of {', '.join(fields)}")
        edit = changes.edit_event if kind == "event" else changes.edit_figure
        before = corrections.content(corrections.row_record(row))
        after = edit(before, edits or {})
        if after == before:
            raise UserError(f"nothing to edit: {record_id} already says that")
    correction = corrections.decide(session, record_id, decision, after=after,
                                    author=changes.author_name(author), note=note or None)
    link_pending(session)  # a changed event joins the real event it now tells
    return corrections.correction_record(correction)


def add_missed(session: Session, doc_id: str, sentence: str, fields: dict[str, str | None], *,
               author: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Add an event (or, when ``fields`` name a variable, a figure) read from one sentence."""
    document = corrections.stored_document(session, doc_id)
    found = changes.find_sentence(document.text, sentence, doc_id)
    given = {k: v for k, v in fields.items() if v is not None}
    if "variable" in given:
        record = changes.new_figure(doc_id, found, given)
    else:
        record = changes.new_event(doc_id, found, given)
    correction = corrections.add(session, doc_id, record, author=changes.author_name(author),
                                 note=note or None)
    link_pending(session)
    return corrections.correction_record(correction)


def import_corrections(session: Session, records: list[dict[str, Any]]) -> tuple[int, int]:
    """Store and apply ``review export`` records (those already stored are skipped), then
    link what they changed; (added, already stored)."""
    counts = corrections.import_corrections(session, records)
    link_pending(session)
    return counts
