"""The date resolver: absolute, relative (against publication) and span expressions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.events.dates import find_dates, resolve_date

PUBLISHED = date(2019, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    "text,value",
    [
        ("The ministers met in 1999 in Geneva.", "1999"),
        ("The pact was signed in late 2011.", "2011"),
        ("Talks resumed in February 2016.", "2016-02"),
        ("They met on April 3, 2017 in Oslo.", "2017-04-03"),
        ("They met on 3 April 2017 in Oslo.", "2017-04-03"),
        ("The accord dated 2012-07-09 was published.", "2012-07-09"),
        ("Trade in fiscal 2015-16 rose.", "2015"),
    ],
)
def test_dates_absolute(text: str, value: str) -> None:
    assert resolve_date(text)[0] == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("The envoy arrived today.", "2019-03-14"),
        ("The envoy arrived yesterday.", "2019-03-13"),
        ("The leaders spoke on Monday.", "2019-03-11"),
        ("The leaders spoke on Thursday.", "2019-03-14"),
        ("Tuesday's summit ended early.", "2019-03-12"),
        ("A deal was reached last December.", "2018-12"),
        ("A deal was reached last year.", "2018"),
        ("A deal was reached this year.", "2019"),
        ("A deal was reached two years ago.", "2017"),
        ("They signed it three months ago.", "2018-12"),
        ("Over the last two years, exchanges grew.", "2017"),
        ("They met in January.", "2019-01"),
        ("They met in November.", "2018-11"),
        ("They met in mid-February.", "2019-02"),
        ("Shells hit the town last night.", "2019-03-13"),
        ("They met over the weekend.", "2019-03"),  # March 9 and 10
        ("They met last weekend.", "2019-03"),
    ],
)
def test_dates_relative_to_publication(text: str, value: str) -> None:
    assert resolve_date(text, PUBLISHED)[0] == value


def test_dates_a_weekend_across_two_months_keeps_the_year() -> None:
    assert resolve_date("They met over the weekend.", date(2019, 9, 2))[0] == "2019"  # 08-31


def test_dates_a_weekend_ahead() -> None:
    assert resolve_date("They will meet this weekend.", PUBLISHED, future=True)[0] == "2019-03"
    assert resolve_date("They will meet this weekend.", date(2019, 8, 29), future=True)[0] == "2019"


def test_dates_future_weekday_looks_ahead() -> None:
    assert (
        resolve_date("The minister will travel on Monday.", PUBLISHED, future=True)[0]
        == "2019-03-18"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The envoy arrived on Monday.",
        "It happened last year.",
        "They met two weeks ago.",
        "They met today.",
    ],
)
def test_dates_relative_without_publication_stay_unresolved(text: str) -> None:
    value, words = resolve_date(text)
    assert value is None and words


@pytest.mark.parametrize(
    "text,future,value",
    [
        ("On Feb 26, the envoys met in Lima.", False, "2019-02-26"),
        ("The envoys met on 9 March.", False, "2019-03-09"),
        ("Fighting broke out on the night of August 8 and 9.", False, "2018-08-08"),
        ("The envoys will meet on 2 January.", True, "2020-01-02"),
    ],
)
def test_dates_day_without_year_takes_the_publication_year(
    text: str, future: bool, value: str
) -> None:
    assert resolve_date(text, PUBLISHED, future=future)[0] == value
    assert resolve_date(text)[0] is None


def test_dates_a_modal_may_after_a_number_is_no_day() -> None:
    assert find_dates("Some 30 may lose their jobs.", PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    ["It fired missiles the same year.", "Later that year, they met.", "That same month, they met.",
     "They met again the same day."],
)
def test_dates_that_year_is_the_last_explicit_year(text: str) -> None:
    assert resolve_date(text, PUBLISHED, last_year=2009)[0] == "2009"


def test_dates_same_year_takes_the_last_explicit_year() -> None:
    assert resolve_date("In May of the same year, they met.", last_year=2009)[0] == "2009-05"
    assert resolve_date("In May of the same year, they met.")[0] is None


def test_dates_decade_is_found_but_not_a_date() -> None:
    [match] = find_dates("Several attempts during the 80s failed.", PUBLISHED)
    assert match.text == "the 80s" and match.value is None


@pytest.mark.parametrize(
    "text",
    ["Officials may meet soon.", "Trade was worth $2019 million.", "It cost 2015 million rupees."],
)
def test_dates_not_read_from_verbs_or_amounts(text: str) -> None:
    assert resolve_date(text, PUBLISHED)[0] is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(),
    st.one_of(st.none(), st.dates()),
    st.one_of(st.none(), st.integers(1900, 2100)),
    st.booleans(),
)
def test_dates_never_raise(
    text: str, published: date | None, year: int | None, future: bool
) -> None:
    for match in find_dates(text, published, year, future):
        assert text[match.start : match.end].strip() == match.text


def test_dates_years_later_counts_from_the_last_year() -> None:
    assert resolve_date("Two years later, the envoys met again.", last_year=2006)[0] == "2008"


def test_dates_years_earlier_counts_back_from_the_last_year() -> None:
    assert resolve_date("A year earlier, the envoys had met.", last_year=2006)[0] == "2005"


@pytest.mark.parametrize(
    "text", ["The border closed decades ago.", "Years earlier, the envoys had met.",
             "They fought many years ago.", "Five months later, the envoys met."]
)
def test_a_time_told_but_not_given_is_found_unresolved(text: str) -> None:
    found = find_dates(text, PUBLISHED, last_year=2006)
    assert [d.value for d in found] == [None]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The previous year, the envoys met.", "2005"),
        ("The following year, the envoys met.", "2007"),
        ("A week later, the envoys met.", "2006"),
        ("Two days earlier, the envoys had met.", "2006"),
        ("Days later, the envoys met.", "2006"),
    ],
)
def test_dates_the_story_time_counts_from_the_last_year(text: str, value: str) -> None:
    assert resolve_date(text, PUBLISHED, last_year=2006)[0] == value


def test_dates_the_previous_year_without_a_story_year_is_before_publication() -> None:
    assert resolve_date("The previous year, the envoys met.", PUBLISHED)[0] == "2018"


def test_dates_a_figure_base_of_comparison_is_no_date() -> None:
    assert find_dates("Exports rose 42% from a year earlier.", PUBLISHED, last_year=2006) == []


@pytest.mark.parametrize(
    "text,published,value",
    [
        ("A few days ago, the envoys met.", date(2019, 3, 14), "2019-03"),
        ("Over the past several weeks, the envoys met.", date(2019, 3, 14), "2019"),
        ("A few days ago, the envoys met.", date(2019, 1, 3), None),  # December or January
        ("Several years ago, the envoys met.", date(2019, 3, 14), None),
    ],
)
def test_dates_a_vague_count_gives_what_all_its_counts_agree_on(
    text: str, published: date, value: str | None
) -> None:
    assert resolve_date(text, published)[0] == value


@pytest.mark.parametrize(
    "text,value",
    [
        # a span of days is dated by its month, in the year written after it
        ("The minister will visit Kenya on July 15-17, 2022.", "2022-07"),
        ("The minister will visit Kenya from July 15 to 17, 2022.", "2022-07"),
        ("The minister will visit Kenya on July 15-24 in 2022.", "2022-07"),
        ("Talks were held on 3-5 March 2019.", "2019-03"),
        # without a year, in the year its first day falls (past for an act told as done)
        ("The minister visited Kenya from 3 to 5 March.", "2020-03"),
        ("The minister visited Kenya on March 3-5.", "2020-03"),
        # one day stays a day
        ("Talks were held on March 3, 2019.", "2019-03-03"),
    ],
)
def test_a_span_of_days_is_dated_by_its_month(text: str, value: str) -> None:
    assert resolve_date(text, date(2020, 4, 8))[0] == value
