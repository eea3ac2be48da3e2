"""Where sources disagree: figures on the same thing whose values cannot all be true.

The rule (``find_conflicts``):

1. Figures are compared only within a key: the same variable, the same set of
   countries, the same direction (or both none) and the same unit.
   Only variables that measure one well-defined quantity are compared: trade
   flows (trade_total, exports, imports, trade_balance) over a period, growth
   rates (trade_growth) over the same period, and stocks (population,
   length). Deals, investment, aid, loans and "other" are never compared: two
   different deals are not a contradiction.
2. Each figure is read as an interval: exact -> [v, v]; "about"/"roughly" -> ±2.5 %
   (a number rounded to two or three digits); "over" -> [v, ∞); "nearly" ->
   [0.95 v, v]; "up to"/"under" -> [0, v].
3. Two flow figures are comparable when their periods overlap (a fiscal year
   2017/2018 is taken as July 2017 - June 2018, so it overlaps both calendar
   years). They disagree when:
   - one period contains the other (a partial period vs the whole: January-May
     2018 inside 2018): the part exceeds the whole by more than the tolerance
     (a part may be smaller than the whole, never larger);
   - otherwise (equal or staggered periods: 2017 vs fiscal 2017/2018): their
     monthly rates differ by more than the tolerance (5 % by default).
   Growth rates are comparable only over the same period; stocks always, and
   disagree when their intervals are further apart than the tolerance.
4. Comparable figures are joined into groups (connected components); a group
   with at least one disagreement between two different documents is a
   Conflict, and it lists every figure of the group side by side, so the reader
   sees all sources for the overlapping span, not only the two that clash.
   Figures without a period take part only for stocks.
   Targets ("raise trade to $100bn by 2025") are goals, never compared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from bilateral.figures.periods import period_months
from bilateral.types import Figure

FLOW_VARIABLES = ("trade_total", "exports", "imports", "trade_balance")
RATE_VARIABLES = ("trade_growth",)
STOCK_VARIABLES = ("population", "length")
COMPARED_VARIABLES = FLOW_VARIABLES + RATE_VARIABLES + STOCK_VARIABLES
DEFAULT_TOLERANCE = 0.05

_APPROX_BOUNDS = {
    "about": (0.975, 1.025),
    "over": (1.0, math.inf),
    "nearly": (0.95, 1.0),
    "up to": (0.0, 1.0),
    "under": (0.0, 1.0),
}
# What figures must share to be compared: (variable, countries, direction, unit)
GroupKey = tuple[str, tuple[str, ...], str | None, str]


@dataclass(frozen=True, slots=True)
class FigureSource:
    """A figure with the document it came from, as a conflict shows it."""

    figure: Figure
    title: str | None = None
    published: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        figure = self.figure
        return {
            "doc_id": figure.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "value": figure.value,
            "unit": figure.unit,
            "text": figure.text,
            "approx": figure.approx,
            "period": figure.period,
            "sentence": figure.sentence,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Figures on the same variable, countries and direction over overlapping periods that disagree."""

    variable: str
    countries: tuple[str, ...]
    direction: str | None
    unit: str
    sides: tuple[FigureSource, ...]
    disagreements: tuple[tuple[int, int], ...] = field(default=())  # index pairs into sides

    def to_dict(self) -> dict[str, Any]:
        return {
            "variable": self.variable,
            "countries": list(self.countries),
            "direction": self.direction,
            "unit": self.unit,
            "periods": [s.figure.period for s in self.sides],
            "sides": [s.to_dict() for s in self.sides],
            "disagreements": [list(p) for p in self.disagreements],
        }

    def describe(self) -> str:
        """One line per side, for a terminal."""
        head = f"{self.variable} {'-'.join(self.countries)} {self.direction or ''} ({self.unit})"
        lines = [head.replace("  ", " ")]
        for side in self.sides:
            f = side.figure
            approx = f"{f.approx} " if f.approx else ""
            lines.append(f"  {f.period or '-':>17}  {approx}{f.value:,.0f}  {f.text!r}  "
                         f"[{side.title or side.source or f.doc_id}]")
        return "\n".join(lines)


def find_conflicts(figures: Iterable[FigureSource | Figure],
                   tolerance: float = DEFAULT_TOLERANCE) -> list[Conflict]:
    """Every group of comparable figures from different documents that disagree (rule above)."""
    return [conflict for key, members in comparison_groups(figures).items()
            for conflict in group_conflicts(key, members, tolerance)]


def comparison_groups(figures: Iterable[FigureSource | Figure]) -> dict[GroupKey, list[FigureSource]]:
    """The figures the rule compares, by what they must share, each group in the order given."""
    groups: dict[GroupKey, list[FigureSource]] = {}
    for item in figures:
        source = item if isinstance(item, FigureSource) else FigureSource(item)
        key = _key(source.figure)
        if key is not None:
            groups.setdefault(key, []).append(source)
    return groups


def group_conflicts(key: GroupKey, members: list[FigureSource],
                    tolerance: float = DEFAULT_TOLERANCE) -> list[Conflict]:
    """The conflicts within one group of ``comparison_groups``: the only figures a figure can
    contradict, so a group's conflicts are found again when its figures change."""
    return _group_conflicts(key, _distinct(members), tolerance)


def _key(figure: Figure) -> GroupKey | None:
    if figure.target or figure.variable not in COMPARED_VARIABLES:
        return None  # a goal cannot contradict a value reached
    if figure.variable not in STOCK_VARIABLES and period_months(figure.period) is None:
        return None
    return (figure.variable, tuple(sorted(figure.countries)), figure.direction, figure.unit)


def _distinct(members: list[FigureSource]) -> list[FigureSource]:
    """One side per document, value and period (a figure repeated in one article counts once)."""
    seen: dict[tuple[str, float, str | None, str | None], FigureSource] = {}
    for member in members:
        f = member.figure
        seen.setdefault((f.doc_id, f.value, f.period, f.approx), member)
    return sorted(seen.values(), key=lambda s: (period_months(s.figure.period) or (0, 0), s.figure.doc_id))


def _group_conflicts(key: GroupKey, members: list[FigureSource], tolerance: float) -> list[Conflict]:
    variable, countries, direction, unit = key
    edges = _comparable_pairs(variable, members)
    conflicts = []
    for component in _components(len(members), edges):
        sides = [members[i] for i in component]
        position = {index: n for n, index in enumerate(component)}
        clashes = tuple(
            (position[i], position[j]) for i, j in edges
            if i in position and j in position
            and members[i].figure.doc_id != members[j].figure.doc_id
            and _disagree(variable, members[i].figure, members[j].figure, tolerance)
        )
        if clashes:
            conflicts.append(Conflict(variable, countries, direction, unit, tuple(sides), clashes))
    return conflicts


def _comparable_pairs(variable: str, members: list[FigureSource]) -> list[tuple[int, int]]:
    """Every (i, j), i < j in order, of members the rule compares: stocks always, rates over
    the same period, flows over overlapping periods. ``_distinct`` sorted the members by
    period, so a flow's overlapping periods follow it until one starts after it ends:
    only those are visited, not every pair."""
    count = len(members)
    if variable in STOCK_VARIABLES:
        return list(combinations(range(count), 2))
    months = [period_months(m.figure.period) for m in members]
    if variable in RATE_VARIABLES:
        return [(i, j) for i, j in combinations(range(count), 2) if months[i] == months[j]]
    pairs = []
    for i in range(count):
        period = months[i]
        assert period, "_key groups flows with a period only"
        for j in range(i + 1, count):
            later = months[j]
            assert later
            if later[0] > period[1]:
                break
            pairs.append((i, j))
    return pairs


def _disagree(variable: str, a: Figure, b: Figure, tolerance: float) -> bool:
    if variable not in FLOW_VARIABLES:
        return _apart(_bounds(a), _bounds(b), tolerance)
    ra, rb = period_months(a.period), period_months(b.period)
    assert ra and rb, "_key groups flows with a period only"
    if ra != rb and _contains(ra, rb):
        return _bounds(b)[0] > _bounds(a)[1] * (1 + tolerance)
    if ra != rb and _contains(rb, ra):
        return _bounds(a)[0] > _bounds(b)[1] * (1 + tolerance)
    return _apart(_monthly(a, ra), _monthly(b, rb), tolerance)


def _bounds(figure: Figure) -> tuple[float, float]:
    low, high = _APPROX_BOUNDS.get(figure.approx or "", (1.0, 1.0))
    return figure.value * low, figure.value * high


def _monthly(figure: Figure, months: tuple[int, int]) -> tuple[float, float]:
    length = months[1] - months[0] + 1
    low, high = _bounds(figure)
    return low / length, high / length


def _apart(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    """True when two value intervals are further apart than ``tolerance`` of the larger."""
    gap = max(a[0] - b[1], b[0] - a[1])
    scale = max(abs(a[0]), abs(b[0]), 1e-12)
    return gap > tolerance * scale


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _components(size: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(root(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]
