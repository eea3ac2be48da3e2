"""Figures of a pair of countries and where their sources contradict each other.

The rule is ``bilateral.linking.figures.find_conflicts``; this module feeds it stored rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bilateral.store.models import DocumentRow, FigureRow
from bilateral.types import Figure

MISSING = "Figure conflict detection (bilateral.linking.figures) is not available."


def pair_figures(session: Any, codes: Sequence[str]) -> list[FigureRow]:
    """Figures naming every code, by period."""
    rows = session.scalars(select(FigureRow).order_by(FigureRow.period, FigureRow.id))
    return [f for f in rows if set(codes) <= set(f.countries or [])]


def to_figure(row: FigureRow) -> Figure:
    return Figure(
        doc_id=row.doc_id, variable=row.variable, value=row.value, unit=row.unit,
        sentence=row.sentence, start=row.start, end=row.end, text=row.text,
        countries=tuple(row.countries or ()), direction=row.direction, period=row.period,
        approx=row.approx,
    )


def figure_conflicts(rows: list[FigureRow], docs: dict[str, DocumentRow]
                     ) -> tuple[list[dict[str, Any]], str | None]:
    """Conflicts among ``rows`` as dicts (each side with its span), or a note why none."""
    try:
        from bilateral.linking.figures import FigureSource, find_conflicts
    except ImportError:
        return [], MISSING
    sources = [FigureSource(to_figure(r), docs[r.doc_id].title, docs[r.doc_id].published,
                            docs[r.doc_id].source) for r in rows]
    conflicts = []
    for conflict in find_conflicts(sources):
        data = conflict.to_dict()
        for side, source in zip(data["sides"], conflict.sides):
            side.update(start=source.figure.start, end=source.figure.end)
        conflicts.append(data)
    return conflicts, None
