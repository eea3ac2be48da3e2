"""/api routes over stored records: documents, events, figures, quotes, clusters, pairs."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select

from bilateral.api import queries, schemas, serialize
from bilateral.api.deps import SessionDep
from bilateral.api.envelope import ERROR_RESPONSES, Envelope, KeysetPage, Page, ok, page
from bilateral.api.params import PagingDep, parse_code, parse_date, parse_pair
from bilateral.api.routes.analysis import CURSOR_PATTERN
from bilateral.store.models import ClusterRow, DocumentRow, EventRow, FigureRow
from bilateral.types import STATUSES

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

PAIR_Q = Query(None, description="Two country codes, e.g. PAK-RUS", max_length=40)


def event_filter(
    pair: str | None = PAIR_Q,
    type: str | None = Query(None, description="PLOVER type, e.g. CONSULT", max_length=16),
    status: str | None = Query(None, description="occurred, planned, …", max_length=16),
    since: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD", max_length=10),
    until: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD", max_length=10),
    q: str | None = Query(None, description="Text the sentence contains", max_length=200),
    doc_id: str | None = Query(None, max_length=64),
    cluster_id: int | None = Query(None, ge=0, le=2**62),
) -> queries.EventFilter:
    """Event filters from the query string (shared by the API and the dashboard)."""
    if status and status not in STATUSES:
        raise HTTPException(422, f"status: expected one of {', '.join(STATUSES)}")
    return queries.EventFilter(
        pair=parse_pair(pair), type=parse_code(type, "type"), status=status or None,
        since=parse_date(since, "since"), until=parse_date(until, "until"),
        q=(q or "").strip() or None, doc_id=doc_id or None, cluster_id=cluster_id,
    )


EventFilterDep = Annotated[queries.EventFilter, Depends(event_filter)]


@router.get("/documents", response_model=Page[schemas.DocumentSummary], summary="List documents")
def list_documents(*, q: str | None = Query(None, max_length=200,
                                         description="Text in the title or source"),
                   paging: PagingDep,
                   session: SessionDep) -> dict[str, Any]:
    rows, total = queries.fetch_documents(session, q, paging.limit, paging.offset)
    return page([serialize.document_summary(r) for r in rows], total, paging.limit, paging.offset)


@router.get("/documents/{doc_id}", response_model=Envelope[schemas.Document],
            summary="One document with its text and record counts")
def get_document(*, doc_id: str, session: SessionDep) -> dict[str, Any]:
    row = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == doc_id))
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return ok(serialize.document_full(row, queries.document_counts(session, doc_id)))


@router.get("/events", response_model=KeysetPage[schemas.Event], summary="List events, filtered")
def list_events(*, f: EventFilterDep, paging: PagingDep,
                after: str | None = Query(None, max_length=40, pattern=CURSOR_PATTERN,
                                          description="The ``next`` of the previous page: the "
                                                      "page after it (``offset`` is ignored)"),
                session: SessionDep) -> dict[str, Any]:
    rows, total = queries.fetch_events(session, f, paging.limit, offset=paging.offset,
                                       after=after)
    more = queries.event_cursor(rows[-1]) if len(rows) == paging.limit else None
    return page([serialize.event(r) for r in rows], total, paging.limit, paging.offset,
                next=more)


@router.get("/events/{event_id}", response_model=Envelope[schemas.Event], summary="One event")
def get_event(*, event_id: str, session: SessionDep) -> dict[str, Any]:
    row = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return ok(serialize.event(row))


@router.get("/figures", response_model=Page[schemas.Figure], summary="List figures")
def list_figures(*, pair: str | None = PAIR_Q,
                 variable: str | None = Query(None, max_length=32,
                                              description="trade_total, exports, …"),
                 doc_id: str | None = Query(None, max_length=64),
                 paging: PagingDep,
                 session: SessionDep) -> dict[str, Any]:
    query = queries.figures_query(parse_pair(pair), variable or None, doc_id or None)
    rows, total = queries.fetch_page(session, query, paging.limit, paging.offset)
    return page([serialize.figure(r) for r in rows], total, paging.limit, paging.offset)


@router.get("/figures/{figure_id}", response_model=Envelope[schemas.Figure], summary="One figure")
def get_figure(*, figure_id: str, session: SessionDep) -> dict[str, Any]:
    row = session.scalar(select(FigureRow).where(FigureRow.figure_id == figure_id))
    if row is None:
        raise HTTPException(404, f"no figure {figure_id!r}")
    return ok(serialize.figure(row))


@router.get("/quotes", response_model=Page[schemas.Quote], summary="List quotes")
def list_quotes(*, doc_id: str | None = Query(None, max_length=64), paging: PagingDep,
                session: SessionDep) -> dict[str, Any]:
    rows, total = queries.fetch_page(session, queries.quotes_query(doc_id or None),
                                     paging.limit, paging.offset)
    return page([serialize.quote(r) for r in rows], total, paging.limit, paging.offset)


@router.get("/clusters", response_model=Page[schemas.Cluster],
            summary="List event clusters (one real event, many reports)")
def list_clusters(*, pair: str | None = PAIR_Q,
                  type: str | None = Query(None, max_length=16),
                  paging: PagingDep,
                  session: SessionDep) -> dict[str, Any]:
    rows, total = queries.fetch_clusters(session, parse_pair(pair), parse_code(type, "type"),
                                         paging.limit, paging.offset)
    return page([serialize.cluster(r) for r in rows], total, paging.limit, paging.offset)


@router.get("/clusters/{cluster_id}", response_model=Envelope[schemas.ClusterWithEvents],
            summary="One cluster with its events")
def get_cluster(*, cluster_id: int, session: SessionDep) -> dict[str, Any]:
    row = session.get(ClusterRow, cluster_id) if 0 <= cluster_id < 2**62 else None
    if row is None:
        raise HTTPException(404, f"no cluster {cluster_id}")
    events = session.scalars(queries.events_query(queries.EventFilter(cluster_id=cluster_id)))
    return ok({**serialize.cluster(row), "events": [serialize.event(e) for e in events]})


@router.get("/pairs", response_model=Envelope[list[schemas.PairCount]],
            summary="Pairs of countries with events, most first")
def list_pairs(*, session: SessionDep) -> dict[str, Any]:
    return ok(queries.known_pairs(session))


@router.get("/facets", response_model=Envelope[schemas.Facets],
            summary="Values the filters can take: event types, statuses, figure variables")
def facets(*, session: SessionDep) -> dict[str, Any]:
    return ok({
        "types": queries.distinct_values(session, EventRow.type),
        "statuses": list(STATUSES),
        "variables": queries.distinct_values(session, FigureRow.variable),
    })
