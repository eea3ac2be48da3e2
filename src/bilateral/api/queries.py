"""Read queries behind the API and the dashboard, built with SQLAlchemy (bound parameters only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from bilateral.analysis.timeline import UNDATED
from bilateral.api.params import until_bound
from bilateral.store.filters import cluster_ids_naming, figures_naming, like_pattern
from bilateral.store.models import (
    ClusterPairRow,
    ClusterRow,
    DocumentRow,
    EventRow,
    FigureRow,
    PairCountRow,
    QuoteRow,
)

R = TypeVar("R")


@dataclass(frozen=True)
class EventFilter:
    """What the events table can be narrowed by; every field is optional."""

    pair: tuple[str, str] | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    doc_id: str | None = None
    cluster_id: int | None = None


def fetch_page(session: Session, query: Select[Any], limit: int, offset: int) -> tuple[list[Any], int]:
    """One page of ``query``'s rows (of one table) and the total count without paging.

    Only the ids are sorted, from the indexes where they hold the sort keys; the page's rows
    are read by id after (sorting whole rows read every row of the list, its text and JSON:
    the documents list of a 100,000-article store took ten times longer).
    """
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    table = query.column_descriptions[0]["entity"]
    wanted = list(session.scalars(query.with_only_columns(table.id).limit(limit).offset(offset)))
    return _rows_by_id(session, table, wanted), int(total)


def _rows_by_id(session: Session, table: Any, ids: list[int]) -> list[Any]:
    """The rows of ``table`` with these ids, in their order."""
    rows = {row.id: row for row in session.scalars(select(table).where(table.id.in_(ids)))}
    return [rows[i] for i in ids]


def pair_condition(pair: tuple[str, str]) -> Any:
    """Events between the two countries, either way round. Written as two IN lists, not an
    OR of the two directions: PostgreSQL reads the IN lists as one range of the pair index
    (index-only when the index holds what is asked), an OR as a bitmap of heap rows."""
    a, b = pair
    if a == b:
        return and_(EventRow.source_country == a, EventRow.target_country == a)
    countries = (a, b)
    return and_(EventRow.source_country.in_(countries), EventRow.target_country.in_(countries),
                EventRow.source_country != EventRow.target_country)


def events_query(f: EventFilter) -> Select[Any]:
    query = select(EventRow)
    if f.pair:
        query = query.where(pair_condition(f.pair))
    if f.type:
        query = query.where(EventRow.type == f.type)
    if f.status:
        query = query.where(EventRow.status == f.status)
    if f.since:
        query = query.where(EventRow.date >= f.since)
    if f.until:
        query = query.where(EventRow.date <= until_bound(f.until))
    if f.q:
        query = query.where(EventRow.sentence.ilike(like_pattern(f.q), escape="\\"))
    if f.doc_id:
        query = query.where(EventRow.doc_id == f.doc_id)
    if f.cluster_id is not None:
        query = query.where(EventRow.cluster_id == f.cluster_id)
    return query.order_by(*event_order())


def event_order(*, backwards: bool = False) -> list[Any]:
    """Undated events last; then by date and insertion order, so pages are stable."""
    keys = [EventRow.date.is_(None), EventRow.date, EventRow.id]
    return [key.desc() for key in keys] if backwards else keys


def event_cursor(row: EventRow) -> str:
    """Where ``row`` stands in the events' order: ``DATE~ID`` (``-~ID`` undated), the
    format of ``analysis.timeline.cursor``."""
    return f"{row.date or UNDATED}~{row.id}"


def _beyond(cursor: str, *, backwards: bool) -> Any:
    """The events after ``cursor`` in the events' order (``backwards``: before it)."""
    date, _, number = cursor.rpartition("~")
    row_id = int(number)
    undated = EventRow.date.is_(None)
    if date == UNDATED:
        if backwards:
            return or_(~undated, and_(undated, EventRow.id < row_id))
        return and_(undated, EventRow.id > row_id)
    if backwards:
        return or_(EventRow.date < date, and_(EventRow.date == date, EventRow.id < row_id))
    return or_(undated, EventRow.date > date, and_(EventRow.date == date, EventRow.id > row_id))


def fetch_events(session: Session, f: EventFilter, size: int, *, offset: int = 0,
                 after: str | None = None, before: str | None = None) -> tuple[list[EventRow], int]:
    """A page of the events ``f`` selects, and how many it selects in all.

    The page after the event whose ``event_cursor`` is ``after``, or the one before
    ``before`` (keyset pagination: the database keeps ``size`` rows while it sorts, however
    far the page is), else the ``size`` rows after the first ``offset``, counted from
    whichever end of the list is nearer: the last page costs what the first does. Only the ids are sorted; the page's
    rows are read by id after (sorting whole rows, their JSON and sentences, cost ten times
    more in the middle of 50,000 events).
    """
    ids = events_query(f).with_only_columns(EventRow.id)
    total = session.scalar(select(func.count()).select_from(ids.order_by(None).subquery())) or 0
    backwards = ids.order_by(None).order_by(*event_order(backwards=True))
    if after:
        wanted = list(session.scalars(ids.where(_beyond(after, backwards=False)).limit(size)))
    elif before:
        wanted = list(session.scalars(
            backwards.where(_beyond(before, backwards=True)).limit(size)))[::-1]
    elif 2 * offset < total:
        wanted = list(session.scalars(ids.offset(offset).limit(size)))
    else:
        end = min(offset + size, total)
        wanted = list(session.scalars(
            backwards.offset(total - end).limit(max(0, end - offset))))[::-1]
    return _rows_by_id(session, EventRow, wanted), total


def documents_query(q: str | None = None) -> Select[Any]:
    query = select(DocumentRow)
    if q:
        pattern = like_pattern(q)
        query = query.where(or_(DocumentRow.title.ilike(pattern, escape="\\"),
                                DocumentRow.source.ilike(pattern, escape="\\")))
    return query.order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(),
                          DocumentRow.id)


def figures_query(pair: tuple[str, str] | None = None, variable: str | None = None,
                  doc_id: str | None = None) -> Select[Any]:
    query = select(FigureRow)
    if pair:
        query = query.where(*figures_naming(pair))
    if variable:
        query = query.where(FigureRow.variable == variable)
    if doc_id:
        query = query.where(FigureRow.doc_id == doc_id)
    return query.order_by(FigureRow.variable, FigureRow.period, FigureRow.id)


def quotes_query(doc_id: str | None = None) -> Select[Any]:
    query = select(QuoteRow)
    if doc_id:
        query = query.where(QuoteRow.doc_id == doc_id)
    return query.order_by(QuoteRow.id)


def clusters_query(pair: tuple[str, str] | None = None, type_: str | None = None) -> Select[Any]:
    query = select(ClusterRow)
    if pair:  # clusters of three or more countries count for each pair among them
        query = query.where(ClusterRow.id.in_(cluster_ids_naming(pair)))
    if type_:
        query = query.where(ClusterRow.type == type_)
    return query.order_by(ClusterRow.date.is_(None), ClusterRow.date, ClusterRow.id)


def fetch_clusters(session: Session, pair: tuple[str, str] | None, type_: str | None,
                   limit: int, offset: int) -> tuple[list[ClusterRow], int]:
    """One page of ``clusters_query(pair, type_)`` and its total, as ``fetch_page`` reads them.

    A pair of two countries is read from its ``cluster_pairs`` rows, which copy each
    cluster's date and type: the page in order from their date index, the total from the
    count the triggers keep (by type: counted on the index). Sorting all the clusters of the
    largest pair of a 100,000-article store for each page took ~100 ms of CPU.
    """
    if pair is None or pair[0] == pair[1]:
        return fetch_page(session, clusters_query(pair, type_), limit, offset)
    key = "-".join(pair)
    listed = select(ClusterPairRow.cluster_id).where(ClusterPairRow.pair == key)
    if type_:
        listed = listed.where(ClusterPairRow.type == type_)
        total = session.scalar(select(func.count()).select_from(listed.subquery())) or 0
    else:
        total = session.scalar(select(PairCountRow.n).where(
            PairCountRow.pair == key, PairCountRow.measure == "clusters", PairCountRow.key == "")) or 0
    ids = _page_nulls_last(session, listed, ClusterPairRow.date, ClusterPairRow.cluster_id,
                           limit, offset, int(total))
    return _rows_by_id(session, ClusterRow, ids), int(total)


def fetch_documents(session: Session, q: str | None, limit: int,
                    offset: int) -> tuple[list[DocumentRow], int]:
    """One page of ``documents_query(q)`` and its total, as ``fetch_page`` reads them.

    With no text to match, the page is read in order from the index on (published
    descending, id) instead of sorting every document per page (~40 ms of CPU for the
    100,000 of a large store); a text to match scans the titles anyway.
    """
    if q:
        return fetch_page(session, documents_query(q), limit, offset)
    total = int(session.scalar(select(func.count(DocumentRow.id))) or 0)
    ids = _page_nulls_last(session, select(DocumentRow.id), DocumentRow.published,
                           DocumentRow.id, limit, offset, total, descending=True)
    return _rows_by_id(session, DocumentRow, ids), total


def _page_nulls_last(session: Session, ids: Select[Any], column: Any, row_id: Any, limit: int,
                     offset: int, total: int, *, descending: bool = False) -> list[int]:
    """One page of ``ids`` (``total`` rows) ordered by ``column`` with its nulls last, then by
    ``row_id``: the rows with a value in order, then those without by ``row_id``, each part
    read in the order of an index on (…, ``column``, ``row_id``). An ORDER BY that begins
    with ``column IS NULL`` follows no index: every row was sorted for each page."""
    sort = column.desc() if descending else column
    without = session.scalar(select(func.count()).select_from(
        ids.where(column.is_(None)).subquery())) or 0
    valued = total - int(without)
    page = list(session.scalars(ids.where(column.is_not(None)).order_by(sort, row_id)
                                .limit(limit).offset(offset))) if offset < valued else []
    if len(page) < limit:
        page += session.scalars(ids.where(column.is_(None)).order_by(row_id)
                                .limit(limit - len(page)).offset(max(0, offset - valued)))
    return page


def document_counts(session: Session, doc_id: str) -> dict[str, int]:
    """How many events, figures and quotes a document has."""
    return {
        name: int(session.scalar(select(func.count()).where(table.doc_id == doc_id)) or 0)
        for name, table in (("events", EventRow), ("figures", FigureRow), ("quotes", QuoteRow))
    }


def known_pairs(session: Session) -> list[dict[str, Any]]:
    """Pairs of countries with events whose source and target they are, most events first
    (then by name): ``[{"pair": "PAK-RUS", "events": n}]``. Read from the counts the
    triggers keep (``PairCountRow``, measure ``reported``), not by grouping every event."""
    rows = session.execute(select(PairCountRow.pair, PairCountRow.n).where(
        PairCountRow.measure == "reported", PairCountRow.n > 0)).all()
    return [{"pair": pair, "events": n} for pair, n in sorted(rows, key=lambda pn: (-pn[1], pn[0]))]


def distinct_values(session: Session, column: Any) -> list[str]:
    """Sorted distinct non-empty values of an indexed column (event types, figure variables).

    Read as a loose index scan: the least value, then the least one above it, and so on, one
    index probe per value (a DISTINCT read the index entry of every row: 0.5 s over the
    494,000 events of a 100,000-article store on PostgreSQL, which cannot skip in an index).
    """
    found = select(func.min(column).label("value")).cte("found", recursive=True)
    above = select(func.min(column)).where(column > found.c.value).scalar_subquery()
    found = found.union_all(select(above).where(found.c.value.is_not(None)))
    return sorted(v for v in session.scalars(select(found.c.value)) if v)
