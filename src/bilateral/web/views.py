"""Dashboard pages: server-rendered Jinja2 templates (autoescaped) over the API's queries.

Each page has a JSON twin under /api with the same filters.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from bilateral.analysis import summary
from bilateral.api import analysis, queries, serialize
from bilateral.api.deps import SessionDep, StoreDep
from bilateral.api.params import parse_pair, required_pair
from bilateral.api.routes.analysis import CURSOR_PATTERN, TIMELINE_PAGE
from bilateral.api.routes.ingest import ALLOWED_SUFFIXES
from bilateral.api.routes.records import EventFilterDep
from bilateral.store.models import DocumentRow, EventRow, FigureRow
from bilateral.types import STATUSES
from bilateral.web.charts import index_series, network_layout
from bilateral.web.highlight import segments

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=str(files("bilateral.web") / "templates"))
PAGE = 50
# What /figures shows of a pair's conflicts: the first ones, each with its first sources;
# /api/contradictions gives them all, by pages.
CONFLICTS_SHOWN = 25
SIDES_SHOWN = 12
# The icon of every page and of the API docs, inline: no request, no file to ship.
FAVICON = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='"
           "0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%231f4e79'/%3E%3Ccircle cx='11' cy='16' r='5' fill='%23fff'/%3E%3Ccircle cx='21' cy='16' r='5' fill='%239cc3e6'/%3E%3C/svg%3E")


def http_url(url: str | None) -> str | None:
    """Only http(s) links are rendered as links (a stored ``javascript:`` URL is not)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def query_with(params: Any, **changes: Any) -> str:
    """The current query string with some parameters replaced (pagination links)."""
    merged = {k: v for k, v in params.items() if k not in changes and v != ""}
    merged.update({k: v for k, v in changes.items() if v is not None})
    return urlencode(merged)


templates.env.filters["http_url"] = http_url
templates.env.globals["query_with"] = query_with
templates.env.globals["favicon"] = FAVICON


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from ``name`` with ``context``; every value is autoescaped by the template."""
    context.setdefault("pair", None)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """The page shown for any error outside /api."""
    return render(request, "error.html", status_code=status, status=status, message=message)


def pair_text(pair: tuple[str, str] | None) -> str | None:
    return "-".join(pair) if pair else None


def _chosen_pair(session: Session, pair: str | None) -> tuple[list[dict[str, Any]], str | None]:
    """The pairs to choose from and the chosen one (the best covered pair by default)."""
    pairs = queries.known_pairs(session)
    chosen = pair_text(parse_pair(pair)) if pair else (pairs[0]["pair"] if pairs else None)
    return pairs, chosen


@router.get("/")
def dashboard(*, request: Request, pair: str | None = Query(None, max_length=40),
              by: str = Query("year", pattern="^(year|quarter|month)$"),
              after: str | None = Query(None, max_length=40, pattern=CURSOR_PATTERN),
              session: SessionDep,
              store: StoreDep) -> HTMLResponse:
    pairs, chosen = _chosen_pair(session, pair)
    context: dict[str, Any] = {"pairs": pairs, "pair": chosen, "by": by}
    if chosen:
        codes = required_pair(chosen)
        index = analysis.index(store, codes, by=by)
        entries, next_cursor = analysis.timeline(store, codes, limit=TIMELINE_PAGE, after=after)
        context.update(index=index, chart=index_series(index["periods"]), timeline=entries,
                       timeline_next=next_cursor, timeline_after=after)
    context["summary"] = summary(store, chosen)
    return render(request, "dashboard.html", **context)


@router.get("/events")
def events_page(*, request: Request, f: EventFilterDep,
                page: int = Query(1, ge=1, le=100_000),
                after: str | None = Query(None, max_length=40, pattern=CURSOR_PATTERN),
                before: str | None = Query(None, max_length=40, pattern=CURSOR_PATTERN),
                session: SessionDep) -> HTMLResponse:
    """The events table, 50 rows a page. The pager's previous and next links carry the
    cursor of the page's first or last row (``after``/``before``) with the page number
    shown; a bare ``page=N`` (older links) still works."""
    rows, total = queries.fetch_events(session, f, PAGE, offset=(page - 1) * PAGE, after=after,
                                       before=before)
    cursors = {"first": queries.event_cursor(rows[0]), "last": queries.event_cursor(rows[-1])} if rows else {}
    return render(request, "events.html", events=[serialize.event(r) for r in rows], total=total,
                  page=page, pages=max(1, -(-total // PAGE)), cursors=cursors, filters=f,
                  pair=pair_text(f.pair), pairs=queries.known_pairs(session), statuses=STATUSES,
                  types=queries.distinct_values(session, EventRow.type))


@router.get("/events/{event_id}")
def event_page(*, request: Request, event_id: str,
               session: SessionDep) -> HTMLResponse:
    row = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    doc = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == row.doc_id))
    others = [(e["start"], e["end"]) for e in (row.evidence or [])]
    parts = segments(doc.text, [(row.start, row.end)], others) if doc else []
    pair = "-".join(sorted(c for c in (row.source_country, row.target_country) if c)) or None
    return render(request, "event.html", event=serialize.event(row), doc=doc, segments=parts,
                  pair=pair if pair and "-" in pair else None)


@router.get("/documents")
def documents_page(*, request: Request, q: str | None = Query(None, max_length=200),
                   page: int = Query(1, ge=1, le=100_000),
                   session: SessionDep) -> HTMLResponse:
    rows, total = queries.fetch_documents(session, q, PAGE, (page - 1) * PAGE)
    return render(request, "documents.html", documents=[serialize.document_summary(r) for r in rows],
                  total=total, page=page, pages=max(1, -(-total // PAGE)), q=q or "")


@router.get("/documents/{doc_id}")
def document_page(*, request: Request, doc_id: str,
                  start: int | None = Query(None, ge=0, le=10**9, description="Cited span"),
                  end: int | None = Query(None, ge=0, le=10**9),
                  session: SessionDep) -> HTMLResponse:
    """An article with its records' sentences highlighted, and ``start:end`` (a citation) most."""
    doc = session.scalar(select(DocumentRow).where(DocumentRow.doc_id == doc_id))
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    events = list(session.scalars(queries.events_query(queries.EventFilter(doc_id=doc_id))))
    figures = list(session.scalars(queries.figures_query(doc_id=doc_id)))
    spans = [(r.start, r.end) for r in [*events, *figures]]
    cited = [(start, end)] if start is not None and end is not None else []
    return render(request, "document.html", doc=serialize.document_summary(doc),
                  segments=segments(doc.text, cited, spans),
                  events=[serialize.event(e) for e in events],
                  figures=[serialize.figure(f) for f in figures])


@router.get("/figures")
def figures_page(*, request: Request, pair: str | None = Query(None, max_length=40),
                 variable: str | None = Query(None, max_length=32),
                 session: SessionDep,
                 store: StoreDep) -> HTMLResponse:
    pairs, chosen = _chosen_pair(session, pair)
    codes = parse_pair(chosen)
    rows = session.scalars(queries.figures_query(codes, variable or None).limit(500))
    conflicts, conflicts_total = analysis.contradictions(store, codes, limit=CONFLICTS_SHOWN,
                                                         sides=SIDES_SHOWN, pairs=0)
    return render(request, "figures.html", pairs=pairs, pair=chosen, variable=variable or "",
                  variables=queries.distinct_values(session, FigureRow.variable),
                  figures=[serialize.figure(r) for r in rows],
                  conflicts=conflicts, conflicts_total=conflicts_total)


@router.get("/network")
def network_page(*, request: Request, pair: str | None = Query(None, max_length=40),
                 session: SessionDep,
                 store: StoreDep) -> HTMLResponse:
    pairs, chosen = _chosen_pair(session, pair)
    graph = network_layout(analysis.network(store, parse_pair(chosen)))
    return render(request, "network.html", pairs=pairs, pair=chosen, graph=graph)


@router.get("/search")
def search_page(*, request: Request, q: str | None = Query(None, max_length=200),
                store: StoreDep) -> HTMLResponse:
    text = (q or "").strip()
    hits = analysis.search(store, text, 100) if text else []
    return render(request, "search.html", q=text, hits=hits)


@router.get("/ingest")
def ingest_page(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    return render(request, "ingest.html", needs_token=bool(request.app.state.token),
                  read_only=request.app.state.store.read_only,
                  accept=",".join(ALLOWED_SUFFIXES),
                  max_mb=settings.max_upload_bytes // (1 << 20))


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)  # pages carry their icon inline
