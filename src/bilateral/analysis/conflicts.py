"""Figures of a pair of countries and where their sources contradict each other.

The rule is ``bilateral.linking.figures.find_conflicts``; this module feeds it stored rows,
only those the rule compares (measured quantities, not targets), chosen in SQL by the
indexed ``variable`` column: deals, investment and the rest never reach Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bilateral.linking.figures import COMPARED_VARIABLES, FigureSource, find_conflicts
from bilateral.store.filters import figures_naming
from bilateral.store.models import DocumentRow, FigureRow
from bilateral.types import Figure

# Bound parameters per IN list: far below SQLite's and PostgreSQL's limits.
IDS_PER_QUERY = 500


def pair_figures(session: Any, codes: Sequence[str]) -> list[FigureRow]:
    """Figures naming every code, by period (undated first, on PostgreSQL as on SQLite)."""
    query = select(FigureRow).where(*figures_naming(codes))
    return list(session.scalars(query.order_by(FigureRow.period.nulls_first(), FigureRow.id)))


def comparable_figures(session: Any, codes: Sequence[str] = ()) -> list[FigureRow]:
    """The figures naming every code (none: all) that the conflict rule compares, by period."""
    query = select(FigureRow).where(FigureRow.variable.in_(COMPARED_VARIABLES),
                                    FigureRow.target.is_(False), *figures_naming(codes))
    return list(session.scalars(query.order_by(FigureRow.period.nulls_first(), FigureRow.id)))


def conflict_count(session: Any, codes: Sequence[str] = ()) -> int:
    """How many conflicts the figures naming every code hold (no document is read)."""
    return len(find_conflicts(to_figure(r) for r in comparable_figures(session, codes)))


def cited_documents(session: Any, doc_ids: set[str], *, whole: bool = False) -> dict[str, Any]:
    """The documents ``doc_ids`` name, by id (not the whole store): their id, title,
    publication date and source, or (``whole``) the rows with their text."""
    found: dict[str, Any] = {}
    ordered = sorted(doc_ids)
    query = select(DocumentRow) if whole else select(
        DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.source)
    for start in range(0, len(ordered), IDS_PER_QUERY):
        chunk = ordered[start:start + IDS_PER_QUERY]
        rows = session.execute(query.where(DocumentRow.doc_id.in_(chunk)))
        found.update((d.doc_id, d) for d in (rows.scalars() if whole else rows))
    return found


def to_figure(row: FigureRow) -> Figure:
    return Figure(
        doc_id=row.doc_id, variable=row.variable, value=row.value, unit=row.unit,
        sentence=row.sentence, start=row.start, end=row.end, text=row.text,
        countries=tuple(row.countries or ()), direction=row.direction, period=row.period,
        approx=row.approx, target=bool(row.target),
    )


def figure_conflicts(rows: list[FigureRow], docs: dict[str, Any]) -> list[dict[str, Any]]:
    """Conflicts among ``rows`` as dicts, each side with its span."""
    sources = [FigureSource(to_figure(r), docs[r.doc_id].title, docs[r.doc_id].published,
                            docs[r.doc_id].source) for r in rows]
    conflicts = []
    for conflict in find_conflicts(sources):
        data = conflict.to_dict()
        for side, source in zip(data["sides"], conflict.sides):
            side.update(start=source.figure.start, end=source.figure.end)
        conflicts.append(data)
    return conflicts
