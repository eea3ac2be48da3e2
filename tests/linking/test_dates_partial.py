"""Partial dates: precision and compatibility (hypothesis over generated dates)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.linking.dates import compatible, not_after, precision, rank

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
cuts = st.sampled_from([4, 7, 10])


@given(days, cuts, cuts)
def test_dates_cuts_of_one_day_are_compatible(day, a, b):
    iso = day.isoformat()
    assert compatible(iso[:a], iso[:b]) and compatible(iso[:b], iso[:a])


@given(days, days, cuts)
def test_dates_different_periods_are_not_compatible(x, y, n):
    a, b = x.isoformat()[:n], y.isoformat()[:n]
    assert compatible(a, b) == (a == b)


@pytest.mark.parametrize("value,expected", [("2018", "year"), ("2018-11", "month"),
                                            ("2018-11-05", "day"), (None, None)])
def test_dates_precision(value, expected):
    assert precision(value) == expected
    assert rank(value) == {None: 0, "year": 1, "month": 2, "day": 3}[expected]


@pytest.mark.parametrize("value,limit,expected", [
    ("2018-11-05", "2018-11-07", True), ("2018", "2018-03-01", True),
    ("2019", "2018-12-31", False), ("2018-12", "2018-11-30", False),
])
def test_dates_not_after(value, limit, expected):
    assert not_after(value, limit) is expected
