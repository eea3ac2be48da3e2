"""Dashboard review: the queue, a page per figure, and the accept / edit / reject forms.

The forms post without JavaScript (``check_form_writer`` stands in for the header a script
would send); with JavaScript, review.js sends the same decisions to the REST API and adds
keyboard shortcuts to the queue.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from bilateral.analysis.review_queue import review_queue
from bilateral.api import serialize
from bilateral.api.deps import SessionDep, StoreDep
from bilateral.api.security import check_form_writer, form_token
from bilateral.errors import NotFound, UserError
from bilateral.review import actions, changes
from bilateral.store import review as corrections
from bilateral.store.models import DocumentRow, FigureRow
from bilateral.types import FIGURE_VARIABLES, STATUSES
from bilateral.web.highlight import segments
from bilateral.web.views import render, templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

templates.env.globals.update(
    form_token=form_token, review_fields=changes.form_values, review_statuses=STATUSES,
    review_types=lambda: sorted(changes.plover_types()), review_variables=FIGURE_VARIABLES,
)


@router.get("/review")
def queue_page(*, request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "review.html", items=review_queue(store))


@router.get("/figures/{figure_id}")
def figure_page(*, request: Request, figure_id: str, session: SessionDep) -> HTMLResponse:
    row = session.scalar(select(FigureRow).where(FigureRow.figure_id == figure_id))
    if row is None:
        raise HTTPException(404, f"no figure {figure_id!r}")
    doc = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == row.doc_id))
    parts = segments(doc.text, [(row.start, row.end)], []) if doc else []
    return render(request, "figure.html", figure=serialize.figure(row), doc=doc, segments=parts)


def _next_page(fields: Any, record_id: str, doc_id: str | None, decision: str) -> str:
    """Where to go after a decision: the page it came from (same site only), else the record."""
    wanted = str(fields.get("next") or "")
    if wanted.startswith("/") and not wanted.startswith("//"):
        return wanted
    if decision == "reject" and doc_id:
        return f"/documents/{quote(doc_id)}"
    kind = corrections.record_kind(record_id)
    return f"/{kind}s/{quote(record_id, safe=':')}#review"


@router.post("/review/{record_id}")
async def review_post(*, request: Request, record_id: str, store: StoreDep) -> RedirectResponse:
    fields = await request.form()
    check_form_writer(request, fields)
    decision = str(fields.get("decision") or "")
    if decision not in ("accept", "edit", "reject"):
        raise HTTPException(422, "decision: expected accept, edit or reject")
    try:
        with store.session() as session:
            kind, row = corrections.find_record(session, record_id)
            doc_id = row.doc_id
            edits = None
            if decision == "edit":
                submitted = {k: str(v) for k, v in fields.items() if isinstance(v, str)}
                edits = changes.changed(kind, corrections.row_record(row), submitted)
            actions.correct(session, record_id, decision, edits=edits,
                            author=str(fields.get("author") or "") or None,
                            note=str(fields.get("note") or "") or None)
    except UserError as exc:
        raise HTTPException(404 if isinstance(exc, NotFound) else 422, str(exc)) from None
    return RedirectResponse(_next_page(fields, record_id, doc_id, decision), status_code=303)
