"""/api routes that answer questions across records: timeline, index, network, search, exports."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from bilateral.api import analysis
from bilateral.api.deps import StoreDep
from bilateral.api.envelope import (
    ERROR_RESPONSES,
    CursorPage,
    Envelope,
    Page,
    cursor_page,
    ok,
    page,
)
from bilateral.api.params import (
    MAX_LIMIT,
    Paging,
    PagingDep,
    parse_code,
    parse_date,
    parse_pair,
    required_pair,
)
from bilateral.store.export import ExportFormat
from bilateral.store.session import Store

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

PAIR_REQUIRED = Query(..., description="Two country codes, e.g. PAK-RUS", max_length=40)
PAIR_OPTIONAL = Query(None, description="Two country codes, e.g. PAK-RUS", max_length=40)
TIMELINE_PAGE = 100
CURSOR_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?|-)~\d{1,18}$"  # analysis.timeline.cursor


class Period(str, Enum):
    year = "year"
    quarter = "quarter"
    month = "month"


EXPORT_FILES = {
    ExportFormat.jsonl: ("bilateral.jsonl", "application/x-ndjson"),
    ExportFormat.gdelt_csv: ("bilateral-gdelt.csv", "text/csv"),
    ExportFormat.plover_json: ("bilateral-plover.json", "application/json"),
    ExportFormat.parquet: ("bilateral-parquet.zip", "application/zip"),
    ExportFormat.graphml: ("bilateral.graphml", "application/graphml+xml"),
}


@router.get("/timeline", response_model=CursorPage[dict[str, Any]],
            summary="Occurred events of a pair in date order, one item per real event, a page "
                    "at a time (follow `next`)")
def timeline(*, pair: str = PAIR_REQUIRED,
             since: str | None = Query(None, max_length=10),
             until: str | None = Query(None, max_length=10),
             type: str | None = Query(None, max_length=16),
             limit: int = Query(TIMELINE_PAGE, ge=1, le=MAX_LIMIT, description="Page size."),
             after: str | None = Query(None, max_length=40, pattern=CURSOR_PATTERN,
                                       description="The `next` of the previous page."),
             store: StoreDep) -> dict[str, Any]:
    items, next_cursor = analysis.timeline(
        store, required_pair(pair),
        since=parse_date(since, "since"), until=parse_date(until, "until"),
        type_=parse_code(type, "type"), limit=limit, after=after)
    return cursor_page(items, next_cursor)


@router.get("/index", response_model=Envelope[dict[str, Any]],
            summary="Cooperation–conflict index of a pair per period")
def index(*, pair: str = PAIR_REQUIRED, by: Period = Period.year,
          store: StoreDep) -> dict[str, Any]:
    return ok(analysis.index(store, required_pair(pair), by=by.value))


@router.get("/network", response_model=Envelope[dict[str, Any]],
            summary="The actors' network: who met, agreed with, accused whom")
def network(*, pair: str | None = PAIR_OPTIONAL, store: StoreDep) -> dict[str, Any]:
    return ok(analysis.network(store, parse_pair(pair)))


@router.get("/network.graphml", summary="The actors' network as a GraphML download",
            response_class=Response,
            responses={200: {"content": {"application/graphml+xml": {}}}})
def network_graphml(*, pair: str | None = PAIR_OPTIONAL,
                    store: StoreDep) -> Response:
    return Response(analysis.graphml(store, parse_pair(pair)),
                    media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="network.graphml"'})


@router.get("/search", response_model=Envelope[list[dict[str, Any]]],
            summary="Search articles, event sentences and quotes; each hit cites its document")
def search(*, q: str = Query(..., min_length=1, max_length=200),
           limit: int = Query(50, ge=1, le=200),
           store: StoreDep) -> dict[str, Any]:
    text = q.strip()
    if not text:
        raise HTTPException(422, "q: give some text to search for")
    return ok(analysis.search(store, text, limit))


@router.get("/contradictions", response_model=Page[dict[str, Any]],
            summary="Figures on the same variable and period that disagree, side by side",
            description=f"Each conflict lists its first {analysis.SIDES_LISTED} sides of "
                        "`side_count` and its first "
                        f"{analysis.DISAGREEMENTS_LISTED} disagreeing pairs (index pairs into "
                        "all its sides, in order) of `disagreement_count`; "
                        "`/api/contradictions/{id}/sides` and "
                        "`/api/contradictions/{id}/disagreements` page them all.")
def contradictions(*, pair: str | None = PAIR_OPTIONAL, paging: PagingDep,
                   store: StoreDep) -> dict[str, Any]:
    found, total = analysis.contradictions(store, parse_pair(pair), limit=paging.limit,
                                           offset=paging.offset, sides=analysis.SIDES_LISTED,
                                           pairs=analysis.DISAGREEMENTS_LISTED)
    return page(found, total, paging.limit, paging.offset)


@router.get("/contradictions/{conflict_id}/sides", response_model=Page[dict[str, Any]],
            summary="One conflict's sides, a page at a time")
def contradiction_sides(*, conflict_id: int, paging: PagingDep,
                        store: StoreDep) -> dict[str, Any]:
    return page(*_one_conflict(analysis.sides, store, conflict_id, paging), paging.limit,
                paging.offset)


@router.get("/contradictions/{conflict_id}/disagreements", response_model=Page[list[int]],
            summary="One conflict's disagreeing pairs of sides, a page at a time")
def contradiction_disagreements(*, conflict_id: int, paging: PagingDep,
                                store: StoreDep) -> dict[str, Any]:
    return page(*_one_conflict(analysis.disagreements, store, conflict_id, paging),
                paging.limit, paging.offset)


def _one_conflict(read: Callable[..., tuple[list[Any], int] | None], store: Store,
                  conflict_id: int, paging: Paging) -> tuple[list[Any], int]:
    """A page of what ``read`` finds of one conflict and its total; 404 when there is none."""
    # an id no row can have (SQLite's integers end at 2**63) is simply not found
    in_range = 0 <= conflict_id < 2**62
    found = (read(store, conflict_id, limit=paging.limit, offset=paging.offset)
             if in_range else None)
    if found is None:
        raise HTTPException(404, f"no conflict {conflict_id}")
    return found


@router.get("/exports/{fmt}", summary="Download the whole store in an export format",
            response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}}})
def export(*, fmt: ExportFormat, store: StoreDep) -> FileResponse:
    """jsonl, gdelt-csv, plover-json, graphml: one file; parquet: a zip of one file per table."""
    name, media_type = EXPORT_FILES[fmt]
    folder = Path(tempfile.mkdtemp(prefix="bilateral-export-"))
    try:
        sent = analysis.write_export(store, fmt.value, folder / name.removesuffix(".zip"))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(sent, media_type=media_type, filename=name,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))
