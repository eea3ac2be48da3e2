"""/api review routes: accept, edit, reject or add events and figures; list corrections.

Writes need the same as every write (``require_writer``: the token off loopback, the
X-Bilateral-Client header on loopback, so a cross-site form cannot post here).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from bilateral.api.deps import SessionDep, get_store
from bilateral.api.envelope import ERROR_RESPONSES, Envelope, ok
from bilateral.api.routes.ingest import WRITE_ERRORS
from bilateral.api.security import require_writer
from bilateral.errors import NotFound, UserError
from bilateral.review import actions
from bilateral.store import review as corrections

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
WRITER = [Depends(require_writer)]


class Decision(BaseModel):
    """What an analyst decides about one record; ``changes`` only for ``edit``."""

    decision: str = Field("edit", pattern="^(accept|edit|reject)$")
    changes: dict[str, str | None] = Field(
        default_factory=dict,
        description="Field -> new value as text: type, mode, source, target, participants, date, "
        "status, location (events); variable, value, unit, countries, direction, period (figures)")
    note: str | None = Field(None, max_length=2000)
    author: str | None = Field(None, max_length=200, description="Default: the server's BILATERAL_AUTHOR or login")


class Missed(BaseModel):
    """A record the extractor missed, read from the one sentence holding ``sentence``."""

    doc_id: str = Field(max_length=64)
    sentence: str = Field(max_length=2000, description="Words of one sentence of the document")
    fields: dict[str, str | None] = Field(
        description="Event: type, source, target, date, status, mode. Figure: variable, value, "
        "unit, countries, direction, period")
    note: str | None = Field(None, max_length=2000)
    author: str | None = Field(None, max_length=200)


@contextmanager
def _writing(request: Request) -> Iterator[Any]:
    """A write session; bad input is a 422 with the message, an unknown record a 404."""
    try:
        with get_store(request).session() as session:
            yield session
    except UserError as exc:
        raise HTTPException(404 if isinstance(exc, NotFound) else 422, str(exc)) from None


def _decide(request: Request, record_id: str, body: Decision) -> dict[str, Any]:
    with _writing(request) as session:
        return ok(actions.correct(session, record_id, body.decision, edits=body.changes,
                                  author=body.author, note=body.note))


def _add(request: Request, body: Missed) -> dict[str, Any]:
    with _writing(request) as session:
        return ok(actions.add_missed(session, body.doc_id, body.sentence, body.fields,
                                     author=body.author, note=body.note))


def _routes(kind: str, plural: str) -> None:
    def patch(record_id: str, body: Decision, request: Request) -> dict[str, Any]:
        return _decide(request, _checked(kind, record_id), body)

    def post(body: Missed, request: Request) -> dict[str, Any]:
        return _add(request, body)

    router.patch(f"/{plural}/{{record_id}}", dependencies=WRITER, responses=WRITE_ERRORS,
                 summary=f"Accept, edit or reject one {kind}")(patch)
    router.post(f"/{plural}", dependencies=WRITER, responses=WRITE_ERRORS, status_code=201,
                summary=f"Add a {kind} the extractor missed")(post)


def _checked(kind: str, record_id: str) -> str:
    try:
        found = corrections.record_kind(record_id)
    except UserError as exc:
        raise HTTPException(404, str(exc)) from None
    if found != kind:
        raise HTTPException(404, f"{record_id!r} is not a {kind} id")
    return record_id


_routes("event", "events")
_routes("figure", "figures")


@router.get("/reviews", response_model=Envelope[list[dict[str, Any]]],
            summary="Corrections; decision=reject lists the rejected records")
def list_reviews(*, decision: str | None = Query(None, pattern="^(accept|edit|reject|add)$"),
                 state: str | None = Query(None, pattern="^(applied|restored|orphaned|superseded)$"),
                 session: SessionDep) -> dict[str, Any]:
    return ok(corrections.list_corrections(session, decision=decision, state=state,
                                           latest=state != "superseded"))



