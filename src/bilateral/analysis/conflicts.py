"""Figures of a pair of countries and where their sources contradict each other.

The rule is ``bilateral.linking.figures.find_conflicts``. The linker keeps its result in the
store (``linking.contradictions``): ``stored_conflicts`` and ``conflict_count`` read it.
``figure_conflicts`` applies the rule to given rows (the report, which shows every figure).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from bilateral.linking.contradictions import DISAGREEMENTS_PER_ROW, FIGURE_COLUMNS, to_figure
from bilateral.linking.figures import FigureSource, find_conflicts
from bilateral.store.filters import contains_codes, figures_naming
from bilateral.store.models import (
    DocumentRow,
    FigureConflictRow,
    FigureConflictSideRow,
    FigureDisagreementRow,
    FigureRow,
)

# Bound parameters per IN list: far below SQLite's and PostgreSQL's limits.
IDS_PER_QUERY = 500


def pair_figures(session: Any, codes: Sequence[str]) -> list[FigureRow]:
    """Figures naming every code, by period (undated first, on PostgreSQL as on SQLite)."""
    query = select(FigureRow).where(*figures_naming(codes))
    return list(session.scalars(query.order_by(FigureRow.period.nulls_first(), FigureRow.id)))


def conflict_count(session: Any, codes: Sequence[str] = ()) -> int:
    """How many conflicts the figures naming every code hold (as stored by the linker)."""
    return session.scalar(select(func.count()).select_from(FigureConflictRow)
                          .where(*conflicts_naming(codes))) or 0


def conflicts_naming(codes: Sequence[str]) -> list[Any]:
    """Stored conflicts about every one of ``codes`` (none: every conflict)."""
    return contains_codes(FigureConflictRow.country_key, " ", sorted(codes))


def stored_conflicts(session: Any, codes: Sequence[str] = (), *, limit: int | None = None,
                     offset: int = 0, pairs: int | None = None,
                     sides: int | None = None) -> list[dict[str, Any]]:
    """The conflicts of the figures naming every code (none: all), as ``figure_conflicts``
    gives them, read from what the linker stored: no comparison. ``limit`` and ``offset``
    take a page of them in that order (a pair's conflicts grow with the square of its
    figures: the largest pair of a 100,000-article store holds 7,527 sides). Each gives its
    ``id``, its first ``sides`` sides (None: all; ``periods`` are theirs) and ``side_count``
    (``conflict_sides`` pages the rest: one conflict of that store has 1,560), and its
    ``disagreement_count`` and first ``pairs`` disagreeing pairs (None: all;
    ``conflict_disagreements`` pages the rest): that conflict has 1.2 M."""
    conflicts = session.execute(_conflict_rows(codes, limit, offset)).scalars().all()
    ids = [c.id for c in conflicts]
    shown = _sides(session, ids, 0, sides)
    counts = _side_counts(session, [i for i in ids if sides is not None and
                                    len(shown[i]) == sides])
    listed = _disagreements(session, ids, 0, pairs)
    return [{"id": c.id, "variable": c.variable, "countries": list(c.countries),
             "direction": c.direction, "unit": c.unit,
             "periods": [side["period"] for side in shown[c.id]], "sides": shown[c.id],
             "side_count": counts.get(c.id, len(shown[c.id])),
             "disagreements": listed[c.id], "disagreement_count": c.disagreement_count}
            for c in conflicts]


def conflict_sides(session: Any, conflict_id: int, *, limit: int,
                   offset: int = 0) -> tuple[list[dict[str, Any]], int] | None:
    """A page of one stored conflict's sides, in order, and how many it has; None when
    there is no such conflict."""
    known = session.scalar(select(FigureConflictRow.id).where(FigureConflictRow.id == conflict_id))
    if known is None:
        return None
    return (_sides(session, [conflict_id], offset, offset + limit)[conflict_id],
            _side_counts(session, [conflict_id]).get(conflict_id, 0))


def conflict_disagreements(session: Any, conflict_id: int, *, limit: int,
                           offset: int = 0) -> tuple[list[list[int]], int] | None:
    """A page of one stored conflict's disagreeing pairs (index pairs into its sides, in the
    rule's order) and how many it has; None when there is no such conflict."""
    total = session.scalar(select(FigureConflictRow.disagreement_count)
                           .where(FigureConflictRow.id == conflict_id))
    if total is None:
        return None
    return _disagreements(session, [conflict_id], offset, offset + limit)[conflict_id], total


def _disagreements(session: Any, ids: list[int], start: int,
                   stop: int | None) -> dict[int, list[list[int]]]:
    """The disagreeing pairs ``start:stop`` of the conflicts ``ids``: only the rows of
    ``DISAGREEMENTS_PER_ROW`` pairs holding them are read."""
    found: dict[int, list[list[int]]] = {i: [] for i in ids}
    if stop is not None and stop <= start:
        return found
    first = start // DISAGREEMENTS_PER_ROW
    ordered = sorted(ids)
    for at in range(0, len(ordered), IDS_PER_QUERY):
        query = (select(FigureDisagreementRow.conflict_id, FigureDisagreementRow.pairs)
                 .where(FigureDisagreementRow.conflict_id.in_(ordered[at:at + IDS_PER_QUERY]),
                        FigureDisagreementRow.chunk >= first)
                 .order_by(FigureDisagreementRow.conflict_id, FigureDisagreementRow.chunk))
        if stop is not None:
            query = query.where(FigureDisagreementRow.chunk <= (stop - 1) // DISAGREEMENTS_PER_ROW)
        for conflict_id, pairs in session.execute(query):
            found[conflict_id] += pairs
    skip = start - first * DISAGREEMENTS_PER_ROW
    return {i: pairs[skip:None if stop is None else skip + stop - start]
            for i, pairs in found.items()}


def _conflict_rows(codes: Sequence[str], limit: int | None, offset: int) -> Select[Any]:
    """The stored conflicts naming every code, in ``find_conflicts``' order, a page of them."""
    return (select(FigureConflictRow).where(*conflicts_naming(codes))
            .order_by(FigureConflictRow.group_period.nulls_first(),
                      FigureConflictRow.group_figure, FigureConflictRow.position)
            .limit(limit).offset(offset))


def _sides(session: Any, ids: list[int], start: int,
           stop: int | None) -> dict[int, list[dict[str, Any]]]:
    """The sides ``start:stop`` of the conflicts ``ids``, in order (None: to the last)."""
    sides: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if stop is not None and stop <= start:
        return sides
    ordered = sorted(ids)
    for at in range(0, len(ordered), IDS_PER_QUERY):
        # plain rows, not ORM objects: a page of conflicts may hold thousands of sides
        query = (select(FigureConflictSideRow.conflict_id, *FIGURE_COLUMNS, DocumentRow.title,
                        DocumentRow.published, DocumentRow.source)
                 .join(FigureRow, FigureRow.id == FigureConflictSideRow.figure_id)
                 .join(DocumentRow, DocumentRow.doc_id == FigureRow.doc_id)
                 .where(FigureConflictSideRow.conflict_id.in_(ordered[at:at + IDS_PER_QUERY]),
                        FigureConflictSideRow.position >= start)
                 .order_by(FigureConflictSideRow.conflict_id, FigureConflictSideRow.position))
        if stop is not None:
            query = query.where(FigureConflictSideRow.position < stop)
        for row in session.execute(query):
            sides[row.conflict_id].append(_side(row, row.title, row.published, row.source))
    return sides


def _side_counts(session: Any, ids: list[int]) -> dict[int, int]:
    """How many sides each of the conflicts ``ids`` has (counted on the index)."""
    counts: dict[int, int] = {}
    for at in range(0, len(ids), IDS_PER_QUERY):
        counts.update((conflict_id, int(n)) for conflict_id, n in session.execute(
            select(FigureConflictSideRow.conflict_id, func.count())
            .where(FigureConflictSideRow.conflict_id.in_(ids[at:at + IDS_PER_QUERY]))
            .group_by(FigureConflictSideRow.conflict_id)))
    return counts


def _side(row: Any, title: str | None, published: str | None,
          source: str | None) -> dict[str, Any]:
    """One side of a conflict as ``figure_conflicts`` shows it: the figure with its span."""
    return FigureSource(to_figure(row), title, published, source).to_dict() | {
        "start": row.start, "end": row.end}


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
