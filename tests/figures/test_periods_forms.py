"""Periods as written: calendar and fiscal years, months, partial years, relative and anaphoric."""

from __future__ import annotations

from datetime import date

import pytest

from bilateral.figures.periods import (
    find_periods,
    period_for,
    period_months,
    resolve_anaphor,
    shift_years,
)

PUBLISHED = date(2024, 5, 30)


@pytest.mark.parametrize(
    "text, written, period",
    [
        ("sales in 2019 were high", "2019", "2019"),
        ("trade in the year 2017-18 grew", "2017-18", "2017/2018"),
        ("the budget for FY2021-22 was", "FY2021-22", "2021/2022"),
        ("revenue in fiscal year 2009/10 fell", "fiscal year 2009/10", "2009/2010"),
        ("exports in FY22 rose", "FY22", "2021/2022"),
        ("exports in FY21-22 rose", "FY21-22", "2021/2022"),
        ("the 2017-2018 season", "2017-2018", "2017/2018"),
        ("shipments in January 2021 rose", "January 2021", "2021-01"),
        ("signed on September 15, 2022 in", "September 15, 2022", "2022-09"),
        ("in the first five months of 2018 trade", "the first five months of 2018", "2018-01/2018-05"),
        ("in the first 3 months of 2020", "the first 3 months of 2020", "2020-01/2020-03"),
        ("during the second quarter of 2019", "the second quarter of 2019", "2019-04/2019-06"),
        ("in the first half of 2023", "the first half of 2023", "2023-01/2023-06"),
        ("sales in Q3 2021 rose", "Q3 2021", "2021-07/2021-09"),
        ("sales in H2 2020 rose", "H2 2020", "2020-07/2020-12"),
        ("between January and May 2018 trade", "between January and May 2018", "2018-01/2018-05"),
        ("over March-June 2016", "March-June 2016", "2016-03/2016-06"),
        ("Last year, trade rose", "Last year", "2023"),
        ("investment stood at $5bn at end-2023", "end-2023", "2023"),
        ("reserves as of end-June 2024 were", "end-June 2024", "2024-06"),
        ("the twelve months to December 2022", "the twelve months to December 2022", "2022"),
        ("this year exports", "this year", "2024"),
        ("last month imports", "last month", "2024-04"),
        ("exports last quarter", "last quarter", "2024-01/2024-03"),
        ("exports in the last quarter of 2022", "the last quarter of 2022", "2022-10/2022-12"),
        ("in 2022's last quarter exports", "2022's last quarter", "2022-10/2022-12"),
        ("exports this quarter", "this quarter", "2024-04/2024-06"),
        ("exports rose in January to", "in January", "2024-01"),
        ("exports rose in August to", "in August", "2023-08"),
        ("sales in the first quarter rose", "the first quarter", "2024-01/2024-03"),
        ("sales in the fourth quarter rose", "the fourth quarter", "2023-10/2023-12"),
        ("in the first four months of this year", "the first four months of this year", "2024-01/2024-04"),
        ("in the second half of the current year", "the second half of the current year", "2024-07/2024-12"),
        ("trade in January-April rose", "January-April", "2024-01/2024-04"),
        # a month of the year before publication, or of this year
        ("exports in October last year fell", "in October last year", "2023-10"),
        ("imports in March of this year rose", "in March of this year", "2024-03"),
        # a part of a year not over by publication is last year's
        ("in the first 11 months trade rose", "the first 11 months", "2023-01/2023-11"),
        ("in the first three quarters of 2022", "the first three quarters of 2022", "2022-01/2022-09"),
        ("trade in January-August fell", "January-August", "2023-01/2023-08"),
        ("in the first five months trade rose", "the first five months", "2024-01/2024-05"),
        # a part of the year before publication
        ("between April and December last year exports", "between April and December last year",
         "2023-04/2023-12"),
        ("in the first half of the previous year", "the first half of the previous year",
         "2023-01/2023-06"),
        ("the deficit in July-March last year", "July-March last year", "2022-07/2023-03"),
        # across the turn of a year: to the last month of the year written, else the latest
        ("the deficit in the July-March period", "July-March", "2023-07/2024-03"),
        ("exports in October-February 2019 rose", "October-February 2019", "2018-10/2019-02"),
        ("sales in Q1 rose", "Q1", "2024-01/2024-03"),
        ("sales in Q3 of 2019 rose", "Q3 of 2019", "2019-07/2019-09"),
        ("in 2022's first half exports", "2022's first half", "2022-01/2022-06"),
        ("in this year's first quarter exports", "this year's first quarter", "2024-01/2024-03"),
        ("in last year's second half exports", "last year's second half", "2023-07/2023-12"),
        # the months of the publication year so far
        ("exports since the start of the year rose", "since the start of the year", "2024"),
        ("exports rose 5% year-to-date", "year-to-date", "2024"),
        ("exports in the year to date rose", "in the year to date", "2024"),
        ("exports YTD rose", "YTD", "2024"),
        ("in 2021’s second quarter", "2021’s second quarter", "2021-04/2021-06"),
        ("from November 2022 to February 2023 trade", "from November 2022 to February 2023",
         "2022-11/2023-02"),
        ("in the nine months to September sales", "the nine months to September", "2023-01/2023-09"),
        ("in the quarter to March sales", "the quarter to March", "2024-01/2024-03"),
        ("in the year to June 2020 sales", "the year to June 2020", "2019-07/2020-06"),
        ("in the 12 months ended April 30, 2019", "the 12 months ended April 30, 2019", "2018-05/2019-04"),
        ("in the fiscal year ended June 30, 2022", "the fiscal year ended June 30, 2022", "2021/2022"),
        ("in the fiscal year that ended in March", "the fiscal year that ended in March", "2023/2024"),
        ("in the fiscal year ended June 30 imports", "the fiscal year ended June 30", "2022/2023"),
        ("for the financial year ending March 2020", "the financial year ending March 2020", "2019/2020"),
        ("aid in fiscal 2019 rose", "fiscal 2019", "2018/2019"),
        ("aid in the 2019 financial year rose", "2019 financial year", "2018/2019"),
        ("aid between 2015 and 2019 totalled", "between 2015 and 2019", "2015/2019"),
        ("from 2001 to 2005, aid totalled", "from 2001 to 2005", "2001/2005"),
    ],
)
def test_period_forms(text: str, written: str, period: str) -> None:
    found = find_periods(text, PUBLISHED)
    assert [(text[p.start:p.end], p.period) for p in found] == [(written, period)]


@pytest.mark.parametrize("text", ["invested since 2015", "a target for trade by 2025", "talks until 2030",
                                  "aid given since August 2021", "a deal to be signed by March 2025"])
def test_a_start_or_deadline_is_not_a_measured_period(text: str) -> None:
    assert find_periods(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text, written",
    [
        ("exports in the first seven months of the current fiscal year", "the first seven months of the current fiscal year"),
        ("sales in the second half of fiscal 2023", "the second half of fiscal 2023"),
        ("sales in Q2 FY24 rose", "Q2 FY24"),
        ("sales in the first three quarters of the fiscal year", "the first three quarters of the fiscal year"),
        ("imports this fiscal year", "this fiscal year"),
    ],
)
def test_a_part_of_a_fiscal_year_is_a_period_of_unknown_months(text: str, written: str) -> None:
    # a fiscal calendar starts in April, July or October depending on the country
    (found,) = find_periods(text, PUBLISHED)
    assert (text[found.start:found.end], found.period, found.anaphoric) == (written, None, False)


@pytest.mark.parametrize(
    "text, written, period",
    [("in the period from March to May", "March to May", "2024-03/2024-05"),
     ("during the year ending March 2023", "the year ending March 2023", "2022-04/2023-03")],
)
def test_a_period_named_right_after_the_words_of_an_anaphor_is_that_period(text: str, written: str,
                                                                          period: str) -> None:
    (found,) = find_periods(f"Exports {text} rose.", PUBLISHED)
    assert (f"Exports {text} rose."[found.start:found.end], found.period) == (written, period)


def test_relative_period_stays_unresolved_without_a_publication_date() -> None:
    assert find_periods("Last year, trade rose", None) == []


@pytest.mark.parametrize(
    "text, shift",
    [("during this period", 0), ("in the same period", 0), ("the same year", 0), ("over that period", 0),
     ("in the period", 0), ("during the fiscal", 0), ("during the fiscal year", 0), ("during the year", 0),
     ("in the quarter", 0), ("during the month", 0),
     ("the previous year", -1), ("a year earlier", -1)],
)
def test_anaphoric_periods_are_marked(text: str, shift: int) -> None:
    (found,) = find_periods(f"Exports {text} rose.", PUBLISHED)
    assert found.anaphoric and found.period is None and found.shift_years == shift


@pytest.mark.parametrize(
    "text, reference, period",
    [("in the same period of 2021", "2022-01/2022-06", "2021-01/2021-06"),
     ("in the year-earlier period", "2024-01/2024-03", "2023-01/2023-03"),
     ("from the year-ago quarter", "2024-01/2024-03", "2023-01/2023-03"),
     ("during the same period in 2023", None, "2023"),
     ("the same period last year", "2024-01/2024-03", "2023-01/2023-03")],
)
def test_the_same_period_of_another_year(text: str, reference: str | None, period: str) -> None:
    (found,) = find_periods(f"Exports {text} rose.", PUBLISHED)
    assert found.anaphoric and resolve_anaphor(reference, found) == period


@pytest.mark.parametrize(
    "period, shifted",
    [("2018", "2017"), ("2017/2018", "2016/2017"), ("2018-01/2018-05", "2017-01/2017-05"), (None, None)],
)
def test_shift_years(period: str | None, shifted: str | None) -> None:
    assert shift_years(period, -1) == shifted


def test_a_period_just_after_a_quantity_is_its_own_else_the_one_before() -> None:
    text = "In 2018 trade reached 800 million, which was only 60 million in 2017."
    periods = find_periods(text)
    first, second = text.index("800 million"), text.index("60 million")
    assert period_for(periods, first, first + 11, second, text).period == "2018"
    assert period_for(periods, second, second + 10, len(text), text).period == "2017"


def test_with_no_period_before_a_quantity_takes_the_first_after() -> None:
    text = "Imports rose 21 percent to $118 billion in 2022."
    periods = find_periods(text)
    start = text.index("21 percent")
    assert period_for(periods, start, start + 10, text.index("$118"), text).period == "2022"


@pytest.mark.parametrize(
    "period, months",
    [
        ("2018", (2018 * 12, 2018 * 12 + 11)),
        ("2021-01", (2021 * 12, 2021 * 12)),
        ("2018-01/2018-05", (2018 * 12, 2018 * 12 + 4)),
        ("2017/2018", (2017 * 12 + 6, 2018 * 12 + 5)),  # a fiscal year: July to June
        ("2022/2026", (2022 * 12, 2026 * 12 + 11)),
        (None, None),
        ("soon", None),
    ],
)
def test_period_months(period: str | None, months: tuple[int, int] | None) -> None:
    assert period_months(period) == months


@pytest.mark.parametrize(
    "text, written, base",
    [
        ("exports were up 19 percent on 2021", "2021", True),
        ("sales rose 8% over September 2022", "September 2022", True),
        ("aid rose 10 percent over 2019-20", "2019-20", True),
        # a span after "over" is the time a change is measured over
        ("trade grew 40 percent over 2015-2020", "2015-2020", False),
        ("trade grew 40 percent over January-March", "January-March", False),
    ],
)
def test_a_period_after_a_rate_and_on_or_over_is_the_base_of_the_comparison(text: str, written: str, base: bool) -> None:
    (found,) = find_periods(text, PUBLISHED)
    assert (text[found.start:found.end], found.base) == (written, base)
