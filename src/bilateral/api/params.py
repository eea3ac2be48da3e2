"""Query parameters shared by the API and the dashboard: pair, date range, pagination."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query

MAX_LIMIT = 500
DEFAULT_LIMIT = 50

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")  # ISO3 or an organisation code (SCO, EU)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_pair(value: str | None) -> tuple[str, str] | None:
    """``"PAK-RUS"``, ``"PAK,RUS"`` or ``"PAK RUS"`` -> ``("PAK", "RUS")`` (sorted); 422 if bad."""
    if not value:
        return None
    codes = [c for c in re.split(r"[\s,\-:/]+", value.strip().upper()) if c]
    if len(codes) != 2 or not all(_CODE.match(c) for c in codes):
        raise HTTPException(422, f"pair: expected two country codes like PAK-RUS, got {value!r}")
    a, b = sorted(codes)
    return a, b


def required_pair(value: str) -> tuple[str, str]:
    """``parse_pair`` for a pair that must be given: an empty one is a 422 too."""
    pair = parse_pair(value)
    if pair is None:
        raise HTTPException(422, "pair: expected two country codes like PAK-RUS, got nothing")
    return pair


def parse_code(value: str | None, name: str) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if not _CODE.match(code):
        raise HTTPException(422, f"{name}: expected a code like CONSULT or PAK, got {value!r}")
    return code


def parse_date(value: str | None, name: str) -> str | None:
    """A date bound: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; 422 otherwise."""
    if not value:
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise HTTPException(422, f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def until_bound(value: str | None) -> str | None:
    """Widen an upper bound so ISO strings compare right: ``2014`` covers ``2014-12-31``."""
    if value is None:
        return None
    return value + "-12-31"[len(value) - 4:] if len(value) < 10 else value


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Page size."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip."),
) -> Paging:
    """Pagination dependency: ``limit`` (1..500) and ``offset``."""
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(paging)]
