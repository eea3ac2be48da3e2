"""One JSON envelope for every /api route (after Datasette).

Success: ``{"ok": true, "data": ..., "total": N, "limit": L, "offset": O}`` (the last three
only on paginated lists; ``/api/events`` adds ``next``, a cursor). Error: ``{"ok": false, "error": "one line", "status": N}``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

T = TypeVar("T")
log = logging.getLogger(__name__)
# Renders the page for an error outside /api: (request, status, one-line message).
HtmlErrorHandler = Callable[[Request, int, str], Response]


class Envelope(BaseModel, Generic[T]):
    """A successful answer holding one object (or any JSON value)."""

    ok: bool = True
    data: T


class Page(BaseModel, Generic[T]):
    """A successful answer holding one page of a list."""

    ok: bool = True
    data: list[T]
    total: int
    limit: int
    offset: int


class KeysetPage(Page[T], Generic[T]):
    """One page of a list that can also be read by cursor: ``next`` is the cursor of the
    page after it (pass it as ``after``: as fast however far the page is), null when this
    page is not full."""

    next: str | None


class CursorPage(BaseModel, Generic[T]):
    """A successful answer holding one page of a list read in order; ``next`` is the cursor
    of the page after it (pass it as ``after``), null on the last page."""

    ok: bool = True
    data: list[T]
    next: str | None


class ErrorBody(BaseModel):
    ok: bool = False
    error: str
    status: int


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((404, "Not found"), (422, "Invalid parameters"))
}


def ok(data: Any) -> dict[str, Any]:
    return {"ok": True, "data": data}


def page(data: list[Any], total: int, limit: int, offset: int, **more: Any) -> dict[str, Any]:
    return {"ok": True, "data": data, "total": total, "limit": limit, "offset": offset, **more}


def cursor_page(data: list[Any], next_cursor: str | None) -> dict[str, Any]:
    return {"ok": True, "data": data, "next": next_cursor}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status,
                        headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI, html_handler: HtmlErrorHandler | None = None) -> None:
    """Errors under /api become the JSON envelope; elsewhere ``html_handler`` renders a page."""

    def page_handler(request: Request) -> HtmlErrorHandler | None:
        return None if request.url.path.startswith("/api") else html_handler

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if page := page_handler(request):
            return page(request, exc.status_code, str(exc.detail))
        return error_response(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        message = _validation_message(exc)
        if page := page_handler(request):
            return page(request, 422, message)
        return error_response(422, message)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        # Never leak a traceback to the client; the server log keeps it.
        log.exception("unhandled error on %s", request.url.path)
        if page := page_handler(request):
            return page(request, 500, "internal error")
        return error_response(500, "internal error")


__all__ = [
    "ERROR_RESPONSES",
    "CursorPage",
    "Envelope",
    "ErrorBody",
    "HTTPException",
    "KeysetPage",
    "Page",
    "cursor_page",
    "error_response",
    "install_error_handlers",
    "ok",
    "page",
]
