"""The cooperation–conflict index of a pair of countries over time (method: docs/method-index.md).

Input: occurred events, deduplicated by cluster (one real event counts once,
however many articles report it). Each cluster's score is the mean Goldstein
value of its member events (the type's default when none has one). Per period:
the number of events, the sum and mean of scores, cooperative (> 0) and
conflictual (< 0) counts, and counts by PLOVER type and by sector.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

from bilateral.analysis.clusters import clusters_with_members
from bilateral.analysis.sectors import SECTORS, event_sectors
from bilateral.linking.events import pair_codes
from bilateral.store.models import EventRow
from bilateral.types import OCCURRED

PERIODS = ("year", "quarter", "month")

# Default Goldstein value per PLOVER type: the CAMEO default code of the type
# (plover_to_cameo.tsv, derived from GDELT's CAMEO.goldsteinscale.txt).
DEFAULT_GOLDSTEIN = {
    "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
    "RETREAT": 7.0, "REQUEST": -5.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -4.4,
    "PROTEST": -6.5, "SANCTION": -4.0, "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -9.0,
}


@dataclass
class ScoredEvent:
    """One cluster as the index counts it."""

    date: str | None
    type: str
    goldstein: float
    sectors: set[str]


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


def period_of(date: str | None, by: str) -> str | None:
    """``2018-11-05`` -> ``2018`` / ``2018-Q4`` / ``2018-11``; None when too imprecise."""
    need = {"year": 4, "quarter": 7, "month": 7}[by]
    if not date or len(date) < need:
        return None
    if by == "year":
        return date[:4]
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def score_cluster(type_: str, members: list[EventRow]) -> float:
    values = [m.goldstein for m in members if m.goldstein is not None]
    return mean(values) if values else DEFAULT_GOLDSTEIN.get(type_, 0.0)


def cluster_sectors(members: list[EventRow]) -> set[str]:
    found: set[str] = set()
    for m in members:
        actors = [a for a in (m.source, m.target, *(m.participants or [])) if a]
        found |= event_sectors(m.sentence, actors, m.mode, m.cameo)
    if len(found) > 1:
        found.discard("diplomacy")  # one member's plain wording does not outvote the others
    return found


def scored_events(store: Any, pair: str | Sequence[str] | None) -> list[ScoredEvent]:
    """Occurred clusters of ``pair`` with their score and sectors."""
    return [ScoredEvent(c.date, c.type, score_cluster(c.type, members), cluster_sectors(members))
            for c, members in clusters_with_members(store, pair, OCCURRED)]


def aggregate(events: list[ScoredEvent], by: str = "year") -> tuple[list[PeriodRow], int]:
    """Rows per period in order, and how many events were too imprecise to place."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}")
    groups: dict[str, list[ScoredEvent]] = defaultdict(list)
    unplaced = 0
    for event in events:
        period = period_of(event.date, by)
        if period is None:
            unplaced += 1
        else:
            groups[period].append(event)
    return [_row(period, groups[period]) for period in sorted(groups)], unplaced


def _row(period: str, events: list[ScoredEvent]) -> PeriodRow:
    scores = [e.goldstein for e in events]
    sectors = Counter(s for e in events for s in e.sectors)
    return PeriodRow(
        period=period, events=len(events), goldstein_sum=sum(scores),
        goldstein_mean=mean(scores), cooperation=sum(1 for s in scores if s > 0),
        conflict=sum(1 for s in scores if s < 0),
        by_type=dict(Counter(e.type for e in events).most_common()),
        by_sector={s: sectors[s] for s in SECTORS if sectors[s]},
    )


def cooperation_index(store: Any, pair: str | Sequence[str] | None = None,
                      by: str = "year") -> dict[str, Any]:
    """The index of ``pair`` by ``year``, ``quarter`` or ``month``.

    Returns ``{"pair", "by", "periods": [row...], "unplaced": n}``; ``unplaced``
    counts occurred events whose date is coarser than ``by`` (or missing).
    """
    rows, unplaced = aggregate(scored_events(store, pair), by)
    return {"pair": "-".join(pair_codes(pair)), "by": by,
            "periods": [r.to_dict() for r in rows], "unplaced": unplaced,
            "precision_note": f"events dated less precisely than a {by} are not placed"}
