"""The cooperation–conflict index of a pair of countries over time (method: docs/method-index.md).

Input: occurred events, deduplicated by cluster (one real event counts once,
however many articles report it). Each cluster's score is the mean Goldstein
value of its member events (the type's default when none has one). Per period:
the number of events, the sum and mean of scores, cooperative (> 0) and
conflictual (< 0) counts, and counts by PLOVER type and by sector.

For a pair of countries the rows per period are kept by triggers as its clusters are
written (``store.models.PairPeriodRow``, ``PairPeriodTypeRow``): the index reads them. For
any other scope, the linker keeps each cluster's score and sectors (``ClusterRow.goldstein``,
``ClusterRow.sectors``), so the index is two GROUP BY queries over its clusters
(tests/analysis check both against the same arithmetic in Python). Types of a period come
most counted first, then by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Integer, String, case, cast, func, literal, select

from bilateral.analysis.clusters import pair_clusters
from bilateral.linking.events import pair_codes
from bilateral.linking.sectors import SECTORS
from bilateral.store.models import ClusterRow, PairPeriodRow, PairPeriodTypeRow
from bilateral.types import OCCURRED

PERIODS = ("year", "quarter", "month")
MILLION = 1_000_000


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


def score_millionths(score: Any) -> Any:
    """A cluster's score in millionths, as an integer, in SQL: the index adds these up, so
    that its sums are exact whatever order they are added in (the kept rows add and take
    away one cluster at a time; a float sum would drift and its rounding show it)."""
    return cast(func.round(score * MILLION), BigInteger)


def _period_row(period: str, n: int, millionths: int, cooperation: int, conflict: int,
                sectors: Sequence[int]) -> PeriodRow:
    total = int(millionths) / MILLION
    return PeriodRow(period=period, events=n, goldstein_sum=total, goldstein_mean=total / n,
                     cooperation=cooperation, conflict=conflict,
                     by_sector={s: int(c) for s, c in zip(SECTORS, sectors) if c})


def kept_rows(session: Any, key: str, by: str) -> tuple[list[PeriodRow], int]:
    """The rows per period of the pair ``key`` and how many real events are unplaced, from
    the rows the triggers keep for it."""
    kept = session.execute(
        select(PairPeriodRow.period, PairPeriodRow.events, PairPeriodRow.goldstein_millionths,
               PairPeriodRow.cooperation, PairPeriodRow.conflict,
               *(getattr(PairPeriodRow, s) for s in SECTORS))
        .where(PairPeriodRow.pair == key, PairPeriodRow.period_kind == by,
               PairPeriodRow.events > 0)
        .order_by(PairPeriodRow.period)).all()
    rows = {period: _period_row(period, n, total, cooperation, conflict, sectors)
            for period, n, total, cooperation, conflict, *sectors in kept if period}
    types = session.execute(
        select(PairPeriodTypeRow.period, PairPeriodTypeRow.type, PairPeriodTypeRow.events)
        .where(PairPeriodTypeRow.pair == key, PairPeriodTypeRow.period_kind == by,
               PairPeriodTypeRow.events > 0)).all()
    for period, type_, n in sorted(types, key=lambda ptn: (ptn[0], -ptn[2], ptn[1])):
        rows[period].by_type[type_] = n
    unplaced = next((n for period, n, *_ in kept if not period), 0)
    return [rows[p] for p in sorted(rows)], unplaced


def counted_rows(session: Any, pair: str | Sequence[str] | None,
                 by: str) -> tuple[list[PeriodRow], int]:
    """``kept_rows`` of any scope (one country, all), by GROUP BY over its clusters."""
    rows: dict[str, PeriodRow] = {}
    unplaced = 0
    scored = pair_clusters(pair, OCCURRED).order_by(None).with_only_columns(
        period_column(by).label("period"), ClusterRow.type, ClusterRow.goldstein,
        ClusterRow.sectors, ClusterRow.id).subquery()
    sector_counts = [func.sum(case((scored.c.sectors.like(f"% {s} %"), 1), else_=0))
                     for s in SECTORS]
    totals = (select(scored.c.period, func.count(), func.sum(score_millionths(scored.c.goldstein)),
                     func.sum(case((scored.c.goldstein > 0, 1), else_=0)),
                     func.sum(case((scored.c.goldstein < 0, 1), else_=0)), *sector_counts)
              .group_by(scored.c.period))
    for period_, n, total, cooperation, conflict, *sectors in session.execute(totals):
        if period_ is None:
            unplaced = int(n)
            continue
        rows[period_] = _period_row(period_, int(n), total, int(cooperation),
                                    int(conflict), sectors)
    by_type = (select(scored.c.period, scored.c.type, func.count())
               .where(scored.c.period.is_not(None))
               .group_by(scored.c.period, scored.c.type)
               .order_by(scored.c.period, func.count().desc(), scored.c.type))
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
    codes = sorted(pair_codes(pair))
    with store.session() as session:
        rows, unplaced = (kept_rows(session, "-".join(codes), by) if len(codes) == 2
                          else counted_rows(session, pair, by))
    return {"pair": "-".join(pair_codes(pair)), "by": by,
            "periods": [r.to_dict() for r in rows], "unplaced": unplaced,
            "precision_note": f"events dated less precisely than a {by} are not placed"}
