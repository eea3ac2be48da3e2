"""Partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``): precision and compatibility."""

from __future__ import annotations

PRECISIONS = {4: "year", 7: "month", 10: "day"}


def precision(date: str | None) -> str | None:
    """``"year"``, ``"month"``, ``"day"`` or None for an undated record."""
    return PRECISIONS.get(len(date)) if date else None


def rank(date: str | None) -> int:
    """0 undated, 1 year, 2 month, 3 day: higher is more precise."""
    return {None: 0, "year": 1, "month": 2, "day": 3}[precision(date)]


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates can name the same day: one is a prefix of the other ("2018" ~ "2018-11-05")."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def not_after(date: str, limit: str) -> bool:
    """``date`` can fall on or before ``limit`` (comparing at the coarser precision)."""
    n = min(len(date), len(limit))
    return date[:n] <= limit[:n]
