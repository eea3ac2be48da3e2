"""Figure conflicts kept in the store, so that reading them is an indexed query.

``linking.figures.find_conflicts`` compares a figure only with the figures of its group (the
same variable, countries, direction and unit). So when figures are added, edited or removed,
only their groups' conflicts can change: ``check_figures``, run by the writer's
``link_pending`` after each batch, takes every variable and country set that holds a figure
not yet checked (new figures, and all the figures of a group one of which changed or went:
``store.write.recheck_figure_groups``), compares its figures again, whole, and replaces its
stored conflicts (``FigureConflictRow``) with what ``find_conflicts`` gives for them, in its
order, and flags the group's figures that are a side of one (``FigureRow.contradicted``). The
pages, the API, the overview and the review queue then read the tables.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import Dialect, Text, TypeDecorator, cast, delete, insert, select, update
from sqlalchemy.orm import Session

from bilateral.linking.figures import (
    COMPARED_VARIABLES,
    FigureSource,
    comparison_groups,
    group_conflicts,
)
from bilateral.store.models import (
    FigureConflictRow,
    FigureConflictSideRow,
    FigureDisagreementRow,
    FigureRow,
)
from bilateral.store.session import run_sql
from bilateral.types import Figure

# Disagreeing pairs per FigureDisagreementRow: a page of conflicts reads each one's first row,
# which holds the pairs it lists (api.analysis.DISAGREEMENTS_LISTED) and no more (rows of
# 1,000 had a page of 50 conflicts decode ten times the pairs it showed; migration 0014).
DISAGREEMENTS_PER_ROW = 100



class CountryCodes(TypeDecorator[tuple[str, ...]]):
    """A figure's countries (a JSON list) read as its text and decoded once per distinct
    text: thousands of figures name a few country sets (a page of a pair's conflicts decoded
    4,748 lists, 60 % of its time)."""

    impl = Text
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[str, ...]:
        return _country_codes(value)


@lru_cache(maxsize=4096)
def _country_codes(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


# What a Figure is made of, read as plain rows (not ORM objects).
FIGURE_COLUMNS = (FigureRow.id, FigureRow.doc_id, FigureRow.variable, FigureRow.value,
                  FigureRow.unit, FigureRow.sentence, FigureRow.start, FigureRow.end,
                  FigureRow.text, cast(FigureRow.countries, CountryCodes).label("countries"),
                  FigureRow.direction, FigureRow.period, FigureRow.approx, FigureRow.target)


def to_figure(row: Any) -> Figure:
    """A stored figure (a ``FigureRow`` or a row of ``FIGURE_COLUMNS``) as the rule reads it."""
    return Figure(
        doc_id=row.doc_id, variable=row.variable, value=row.value, unit=row.unit,
        sentence=row.sentence, start=row.start, end=row.end, text=row.text,
        countries=tuple(row.countries or ()), direction=row.direction, period=row.period,
        approx=row.approx, target=bool(row.target),
    )


def check_figures(session: Session) -> int:
    """Find again the conflicts of every group holding a figure not yet checked, in the
    caller's transaction; returns how many variable and country sets were compared."""
    unchecked = FigureRow.conflicts_checked.is_(False)
    groups = session.execute(select(FigureRow.variable, FigureRow.country_key).distinct()
                             .where(unchecked, FigureRow.variable.in_(COMPARED_VARIABLES))).all()
    found: list[tuple[dict[str, Any], list[int], list[list[int]]]] = []
    for variable, country_key in groups:
        same = (FigureConflictRow.variable == variable,
                FigureConflictRow.country_key == country_key)
        stale = select(FigureConflictRow.id).where(*same)
        run_sql(session, delete(FigureConflictSideRow)
                .where(FigureConflictSideRow.conflict_id.in_(stale)))
        run_sql(session, delete(FigureDisagreementRow)
                .where(FigureDisagreementRow.conflict_id.in_(stale)))
        run_sql(session, delete(FigureConflictRow).where(*same))
        found += _conflicts(session, variable, country_key)
    if found:  # three statements for the whole batch, not three per conflict
        ids = session.scalars(
            insert(FigureConflictRow).returning(FigureConflictRow.id, sort_by_parameter_order=True),
            [values for values, _, _ in found]).all()
        run_sql(session, insert(FigureConflictSideRow), [
            {"conflict_id": conflict_id, "position": n, "figure_id": figure_id}
            for conflict_id, (_, sides, _) in zip(ids, found, strict=True)
            for n, figure_id in enumerate(sides)])
        chunks = [{"conflict_id": conflict_id, "chunk": n,
                   "pairs": pairs[start:start + DISAGREEMENTS_PER_ROW]}
                  for conflict_id, (_, _, pairs) in zip(ids, found, strict=True)
                  for n, start in enumerate(range(0, len(pairs), DISAGREEMENTS_PER_ROW))]
        if chunks:
            run_sql(session, insert(FigureDisagreementRow), chunks)
    for variable, country_key in groups:
        run_sql(session, update(FigureRow).where(
            FigureRow.variable == variable, FigureRow.country_key == country_key).values(
            contradicted=select(FigureConflictSideRow.figure_id)
            .where(FigureConflictSideRow.figure_id == FigureRow.id).exists()))
    run_sql(session, update(FigureRow).where(unchecked).values(conflicts_checked=True))
    return len(groups)


def _conflicts(session: Session, variable: str,
               country_key: str) -> list[tuple[dict[str, Any], list[int], list[list[int]]]]:
    """The conflicts among the figures of one variable and country set, as the column values
    of a ``FigureConflictRow``, the ids of its sides' figures and its disagreeing pairs, in
    the rule's order."""
    rows = run_sql(session,
        select(*FIGURE_COLUMNS)
        .where(FigureRow.variable == variable, FigureRow.country_key == country_key,
               FigureRow.target.is_(False))
        # the order of the per-request computation it replaces (comparable figures by
        # period), which sets the order of the groups and of the sides
        .order_by(FigureRow.period.nulls_first(), FigureRow.id)).all()
    sources = [FigureSource(to_figure(row)) for row in rows]
    row_ids = {id(source): row.id for source, row in zip(sources, rows, strict=True)}
    found = []
    for key, members in comparison_groups(sources).items():
        for position, conflict in enumerate(group_conflicts(key, members)):
            found.append(({"variable": variable, "country_key": country_key,
                           "countries": list(conflict.countries),
                           "direction": conflict.direction, "unit": conflict.unit,
                           "group_period": members[0].figure.period,
                           "group_figure": row_ids[id(members[0])], "position": position,
                           "disagreement_count": len(conflict.disagreements)},
                          [row_ids[id(side)] for side in conflict.sides],
                          [list(p) for p in conflict.disagreements]))
    return found
