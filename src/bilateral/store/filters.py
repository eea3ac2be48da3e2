"""SQL conditions shared by the API, the dashboard and the analyses (bound parameters only)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, func, literal, or_, select
from sqlalchemy.orm import aliased

from bilateral.store.models import ClusterPairRow, EventPairRow, FigureRow


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards in the user's text escaped (used with escape='\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_codes(column: Any, sep: str, codes: Collection[str]) -> list[Any]:
    """Conditions that a ``sep``-joined list of codes holds each code (whole codes only)."""
    padded = literal(sep) + column + literal(sep)
    return [padded.like(like_pattern(sep + code + sep), escape="\\") for code in codes]


def figures_naming(codes: Collection[str]) -> list[Any]:
    """Figures about every one of ``codes`` (none: every figure).

    The few distinct country keys naming them are found first, then their figures by the
    key's index: a condition on every row let the database walk the figures in another
    index's order and test each (on a pair with no figure, all 183,000 of a
    100,000-article store, to fill a page of 50). The keys are read by skipping from one to
    the next on the index (one lookup per key: 187 keys in that store), not by walking all
    of its entries, which SQLite does for a DISTINCT (58 → 3 ms).
    """
    if not codes:
        return []
    first, following = aliased(FigureRow), aliased(FigureRow)
    keys = select(func.min(first.country_key).label("key")).cte("figure_keys", recursive=True)
    keys = keys.union_all(
        select(select(func.min(following.country_key))
               .where(following.country_key > keys.c.key).scalar_subquery())
        .where(keys.c.key.is_not(None)))
    return [FigureRow.country_key.in_(select(keys.c.key).where(
        *contains_codes(keys.c.key, " ", sorted(codes))))]


def _naming(pair: Any, row_id: Any, codes: Collection[str]) -> Select[Any]:
    """Ids (``row_id``) whose pair rows (``pair``) name every code: by index, not JSON."""
    codes = sorted(set(codes))
    if len(codes) == 1:
        code = codes[0]
        return select(row_id).distinct().where(
            or_(pair == code, pair.like(f"{code}-%"), pair.like(f"%-{code}")))
    keys = [f"{a}-{b}" for i, a in enumerate(codes) for b in codes[i + 1:]]
    if len(keys) == 1:
        return select(row_id).where(pair == keys[0])
    return (select(row_id).where(pair.in_(keys)).group_by(row_id)
            .having(func.count() == len(keys)))


def event_ids_naming(codes: Collection[str]) -> Select[Any]:
    """Ids of the events that name every one of ``codes`` (participants included)."""
    return _naming(EventPairRow.pair, EventPairRow.event_id, codes)


def cluster_ids_naming(codes: Collection[str]) -> Select[Any]:
    """Ids of the clusters whose countries (``ClusterRow.pair``) include every one of ``codes``."""
    return _naming(ClusterPairRow.pair, ClusterPairRow.cluster_id, codes)
