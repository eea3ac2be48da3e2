"""The cooperation–conflict index of a pair of countries over time (method: docs/method-index.md).

Input: occurred events, deduplicated by cluster (one real event counts once,
however many articles report it). Each cluster's score is the mean Goldstein
value of its member events (the type's default when none has one). Per period:
the number of events, the sum and mean of scores, cooperative (> 0) and
conflictual (< 0) counts, and counts by PLOVER type and by sector.

The linker keeps each cluster's score and sectors (``ClusterRow.goldstein``,
``ClusterRow.sectors``), so ``cooperation_index`` is two GROUP BY queries over the
pair's clusters (tests/analysis check them against the same arithmetic in Python).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, case, cast, func, literal, select

from bilateral.analysis.clusters import pair_clusters
from bilateral.linking.events import pair_codes
from bilateral.linking.sectors import SECTORS
from bilateral.store.models import ClusterRow
from bilateral.types import OCCURRED

PERIODS = ("year", "quarter", "month")
@dataclass
class PeriodRow:
    period: str
    events: int = 0
    goldstein_sum: float = 0.0
    goldstein_mean: float = 0.0
    cooperation: int = 0
    conflict: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_sector: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period, "events": self.events,
            "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": round(self.goldstein_mean, 2),
            "cooperation": self.cooperation, "conflict": self.conflict,
            "by_type": self.by_type, "by_sector": self.by_sector,
        }


def period_column(by: str) -> Any:
    """A cluster's period in SQL, the same on SQLite and PostgreSQL: ``2018-11-05`` ->
    ``2018`` / ``2018-Q4`` / ``2018-11``; NULL when its date is too imprecise."""
    date = ClusterRow.date
    period: ColumnElement[str]
    if by == "year":
        period = func.substr(date, 1, 4, type_=String)
    elif by == "month":
        period = func.substr(date, 1, 7, type_=String)
    else:
        quarter = (cast(func.substr(date, 6, 2), Integer) + 2) // 3
        period = func.substr(date, 1, 4, type_=String) + literal("-Q") + cast(quarter, String)
    need = {"year": 4, "quarter": 7, "month": 7}[by]
    return case((func.length(date) >= need, period))


def _index_rows(session: Any, pair: str | Sequence[str] | None,
                by: str) -> tuple[list[PeriodRow], int]:
    rows: dict[str, PeriodRow] = {}
    unplaced = 0
    scored = pair_clusters(pair, OCCURRED).order_by(None).with_only_columns(
        period_column(by).label("period"), ClusterRow.type, ClusterRow.goldstein,
        ClusterRow.sectors, ClusterRow.id).subquery()
    sector_counts = [func.sum(case((scored.c.sectors.like(f"% {s} %"), 1), else_=0))
                     for s in SECTORS]
    totals = (select(scored.c.period, func.count(), func.sum(scored.c.goldstein),
                     func.sum(case((scored.c.goldstein > 0, 1), else_=0)),
                     func.sum(case((scored.c.goldstein < 0, 1), else_=0)), *sector_counts)
              .group_by(scored.c.period))
    for period_, n, total, cooperation, conflict, *sectors in session.execute(totals):
        if period_ is None:
            unplaced = int(n)
            continue
        rows[period_] = PeriodRow(
            period=period_, events=int(n), goldstein_sum=float(total),
            goldstein_mean=float(total) / int(n), cooperation=int(cooperation),
            conflict=int(conflict),
            by_sector={s: int(c) for s, c in zip(SECTORS, sectors) if c})
    by_type = (select(scored.c.period, scored.c.type, func.count())
               .where(scored.c.period.is_not(None))
               .group_by(scored.c.period, scored.c.type)
               .order_by(scored.c.period, func.count().desc(), func.min(scored.c.id)))
    for period_, type_, n in session.execute(by_type):
        rows[period_].by_type[type_] = int(n)
    return [rows[p] for p in sorted(rows)], unplaced


def cooperation_index(store: Any, pair: str | Sequence[str] | None = None,
                      by: str = "year") -> dict[str, Any]:
    """The index of ``pair`` by ``year``, ``quarter`` or ``month``.

    Returns ``{"pair", "by", "periods": [row...], "unplaced": n}``; ``unplaced``
    counts occurred events whose date is coarser than ``by`` (or missing).
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}")
    with store.session() as session:
        rows, unplaced = _index_rows(session, pair, by)
    return {"pair": "-".join(pair_codes(pair)), "by": by,
            "periods": [r.to_dict() for r in rows], "unplaced": unplaced,
            "precision_note": f"events dated less precisely than a {by} are not placed"}
