"""Dates written in text, in the forms newspapers use."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.cleaning.dates import date_stamp_end, find_dates, parse_date

TODAY = date(2025, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wednesday 25th May 2022 / 23 Shawwal 1443", date(2022, 5, 25)),
        ("Sputnik-style credit, 1920, 30.05.2024", date(2024, 5, 30)),
        ("Published November 6, 2018 at 9:30", date(2018, 11, 6)),
        ("Updated: 6 Nov. 2018", date(2018, 11, 6)),
        ("Sept 3rd, 2019", date(2019, 9, 3)),
        ("2019-11-19T08:57:40+01:00", date(2019, 11, 19)),
        ("posted 31/12/2020", date(2020, 12, 31)),
        ("07-11-2018 10:12", date(2018, 11, 7)),
        ("posted 12/31/2020", date(2020, 12, 31)),
    ],
)
def test_dates_forms(text: str, expected: date) -> None:
    assert [d for _, d in find_dates(text, today=TODAY)] == [expected]


@pytest.mark.parametrize("text", ["May 2022", "in 2018", "31.02.2020", "1.1.2099", "tel 02-751-1500"])
def test_dates_not_a_day_or_in_the_future(text: str) -> None:
    assert list(find_dates(text, today=TODAY)) == []


@pytest.mark.parametrize(
    "value, expected",
    [("2021-03-04", date(2021, 3, 4)), ("2021-03-04T10:00:00Z", date(2021, 3, 4)),
     ("March 4, 2021", date(2021, 3, 4)), (date(2020, 1, 2), date(2020, 1, 2)),
     ("", None), (None, None), ("soon", None), ("2021-02-30", None)],
)
def test_dates_parse_user_value(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@given(st.dates(min_value=date(1950, 1, 1), max_value=TODAY))
def test_dates_round_trip_written_forms(day: date) -> None:
    for text in (day.strftime("%d %B %Y"), day.strftime("%B %d, %Y"), day.strftime("%d.%m.%Y"),
                 day.isoformat()):
        assert [d for _, d in find_dates(text, today=TODAY)] == [day]


@pytest.mark.parametrize(
    "text, expected",
    [("The Courier14-02-2019", date(2019, 2, 14)), ("Harbour NewsMarch 3, 2020", date(2020, 3, 3)),
     ("By Staff - Feb 9,2016 - Last updated", date(2016, 2, 9))],
)
def test_dates_glued_to_the_name_before_them(text: str, expected: date) -> None:
    assert [d for _, d in find_dates(text, today=TODAY)] == [expected]


@pytest.mark.parametrize(
    "text, stamp",
    [("date 2020-07-01 Ministers meet", "date 2020-07-01"),
     ("Updated: 2021-05-04 09:12 GMT Ports reopen", "Updated: 2021-05-04 09:12 GMT"),
     ("Published Tuesday, 12 Oct 2021 Talks end", "Published Tuesday, 12 Oct 2021"),
     ("Updates on the talks", None), ("The date was set", None)],
)
def test_dates_stamp_opening_a_line(text: str, stamp: str | None) -> None:
    end = date_stamp_end(text)
    assert (text[:end] if end else None) == stamp
