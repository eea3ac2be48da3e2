"""Fixtures for analysis tests: the demo articles in a store (SQLite, and PostgreSQL when
BILATERAL_TEST_PG_URL is set; ``store`` comes from tests/conftest.py), and the index's
arithmetic in Python over scored clusters, which the SQL of ``analysis.index`` must equal."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import mean

import pytest

from bilateral.analysis.demo import build_demo
from bilateral.analysis.index import PERIODS, PeriodRow
from bilateral.linking.sectors import SECTORS


@pytest.fixture
def demo_store(store):
    build_demo(store)
    return store


@pytest.fixture(autouse=True)
def lexical_linking(monkeypatch):
    # Analysis reads clusters; which text similarity made them is tested in tests/linking.
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")


@dataclass
class ScoredEvent:
    """One cluster as the index counts it."""

    date: str | None
    type: str
    goldstein: float
    sectors: set[str]


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
    return [_period_row(period, groups[period]) for period in sorted(groups)], unplaced


def _period_row(period: str, events: list[ScoredEvent]) -> PeriodRow:
    scores = [e.goldstein for e in events]
    sectors = Counter(s for e in events for s in e.sectors)
    return PeriodRow(
        period=period, events=len(events), goldstein_sum=sum(scores),
        goldstein_mean=mean(scores), cooperation=sum(1 for s in scores if s > 0),
        conflict=sum(1 for s in scores if s < 0),
        by_type=dict(Counter(e.type for e in events).most_common()),
        by_sector={s: sectors[s] for s in SECTORS if sectors[s]},
    )
