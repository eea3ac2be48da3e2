"""SQL conditions shared by the API, the dashboard and the analyses (bound parameters only)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import literal, or_

from bilateral.store.models import EventRow, FigureRow


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in the user's text escaped (used with escape='\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_codes(column: Any, sep: str, codes: Collection[str]) -> list[Any]:
    """Conditions that a ``sep``-joined list of codes holds each code (whole codes only)."""
    padded = literal(sep) + column + literal(sep)
    return [padded.like(like_pattern(sep + code + sep), escape="\\") for code in codes]


def figures_naming(codes: Collection[str]) -> list[Any]:
    """Figures about every one of ``codes`` (none: every figure)."""
    return contains_codes(FigureRow.country_key, " ", sorted(codes))


def events_possibly_naming(codes: Collection[str]) -> list[Any]:
    """A cheap first cut for events naming every one of ``codes``: one of them is the source
    or the target (indexed columns). Participants are only in JSON, so callers finish with
    ``linking.events.event_countries``."""
    if not codes:
        return []
    return [or_(EventRow.source_country.in_(codes), EventRow.target_country.in_(codes))]
