"""An event takes a date of its own clause, not one of another clause of the sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bilateral.events.dates import find_dates

from .conftest import Events

PUBLISHED = date(2019, 9, 4)  # a Wednesday: Monday is 09-02, Sunday 09-01



def dated(events: list[Any]) -> dict[str, str | None]:
    return {e.trigger: e.date for e in events}


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # the date of a relative or adverbial clause about something else
        ("President Rojas, who arrived on Sunday, met Minister Hansen on Monday.", "met",
         "2019-09-02"),
        ("Minister Hansen visited Chile on Monday after arriving in Peru on Sunday.", "visited",
         "2019-09-02"),
        (("Kenya and Japan agreed on Monday to expand trade, the centrepiece of President Rojas's "
         "first visit to Kenya since taking office in May."), "visit", "2019-09-02"),
        # a clause on the event itself, or a complement of its verb, dates it
        ("Talks between Kenya and Japan, which were held on Monday, covered energy.", "Talks",
         "2019-09-02"),
        ("Japan accused Brazil of dumping steel in 2018.", "accused", "2018"),
        # a participle used as a preposition heads no clause
        ("Following the election in 2017, Norway recognised Chile's new government.",
         "recognised", "2017"),
    ],
)
def test_event_takes_its_own_clause_date(events_of: Events, text: str, trigger: str,
                                         expected: str) -> None:
    assert dated(events_of(text, PUBLISHED)).get(trigger) == expected


def test_a_date_of_another_clause_only_is_no_date(events_of: Events) -> None:
    events = events_of("Minister Hansen met President Rojas, who took office in May 2018.",
                       PUBLISHED)
    assert dated(events) == {"met": "2019"}  # the year of writing, not the clause's date


def test_a_date_on_a_verb_of_saying_dates_the_statement(events_of: Events) -> None:
    events = events_of("Kenya expelled Japan's ambassador, officials said on Monday.", PUBLISHED)
    assert dated(events) == {"expelled": "2019"}  # the year of writing, not the day of saying


def test_a_planned_act_under_a_past_verb_reads_its_date_as_past(events_of: Events) -> None:
    events = events_of("Kenya and Japan met on Thursday and agreed to withdraw their troops.",
                       date(2019, 9, 4))  # a Wednesday: last Thursday is 08-29
    assert dated(events).get("withdraw") == "2019-08-29"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Japan agreed to revive a 1998 accord.",
        "Kenya and Japan agreed to honour the 2000 Nairobi Agreement.",
        "Kenya and Japan agreed to honour the accord of 1998.",
    ],
)
def test_a_year_naming_a_thing_does_not_date_the_act_on_it(events_of: Events, text: str) -> None:
    assert dated(events_of(text, PUBLISHED)).get("agreed") == "2019"  # of writing, not the thing's


def test_a_date_of_a_time_noun_is_a_time(events_of: Events) -> None:
    text = "In the summer of 2017, Kenya and Japan agreed to expand trade."
    assert dated(events_of(text, PUBLISHED)).get("agreed") == "2017"


def test_a_year_naming_a_thing_dates_what_the_thing_itself_did(events_of: Events) -> None:
    text = "Japan recalls the 1965 treaty that established relations between Kenya and Japan."
    assert dated(events_of(text, PUBLISHED)).get("established") == "1965"


def test_an_act_called_off_for_later_is_dated_ahead(events_of: Events) -> None:
    """"will not hold talks in November", written in July: next November, not last."""
    events = events_of("Japan will not hold talks with Kenya in November.", date(2019, 7, 29))
    assert [(e.status, e.date) for e in events] == [("negated", "2019-11")]


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # where a count starts, on another word: the act is the year of writing
        ("Kenya criticised Japan's missile test, its largest since 2006.", "criticised", "2019"),
        ("Kenya hosted Japan's premier, the first summit between them since 2007.", "hosted",
         "2019"),
        # on the verb it dates the start of the act, on the trigger noun the last one of it
        ("Kenya has blocked Japanese imports since August.", "blocked", "2019-08"),
        ("It was the first meeting between Kenya and Japan since May 2015.", "meeting",
         "2015-05"),
    ],
)
def test_a_date_under_since(events_of: Events, text: str, trigger: str, expected: str) -> None:
    assert dated(events_of(text, PUBLISHED)).get(trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway extended its sanctions on Chile until January 31, 2020.",
        "Norway gave Chile until Friday to withdraw the envoy.",
        "Kenya ordered Japan's ambassador to leave by Monday.",
    ],
)
def test_a_deadline_does_not_date_an_act_done(events_of: Events, text: str) -> None:
    """The end of a period or a deadline is when something is due: the act itself is news."""
    assert {e.date for e in events_of(text, PUBLISHED)} == {"2019"}


def test_a_deadline_dates_an_act_to_come(events_of: Events) -> None:
    events = events_of("Kenya will withdraw its troops from Japan by March 2020.", PUBLISHED)
    assert {e.date for e in events} == {"2020-03"}


def test_dates_flag_a_period_end() -> None:
    found = find_dates("Talks began on Monday and ran until Friday.", PUBLISHED)
    assert [(d.text, d.bound) for d in found] == [("on Monday", False), ("Friday", True)]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Kenya and Japan agreed to hold talks next month.", "agreed"),
        ("Kenya invited Japan's premier to visit Nairobi in November.", "invited"),
        ("A Kenyan judge ordered Japan's envoy to appear October 16 for questioning.", "ordered"),
    ],
)
def test_the_time_of_an_act_to_come_does_not_date_the_act_done(
    events_of: Events, text: str, trigger: str
) -> None:
    """Read ahead, the infinitive's date is another day: the act done is news, not then."""
    assert dated(events_of(text, PUBLISHED)).get(trigger) == "2019"


def test_the_act_to_come_keeps_its_time(events_of: Events) -> None:
    events = events_of("Kenya invited Japan's premier to visit Nairobi in November.", PUBLISHED)
    assert dated(events).get("visit") == "2019-11"


def test_a_failed_act_is_dated_with_the_failure(events_of: Events) -> None:
    events = events_of("Kenya and Japan failed to reach agreement on the islands Sunday.", PUBLISHED)
    assert {e.date for e in events} == {"2019-09-01"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the dateline's day is the report's; the clause's own time is the act's
        ("OSLO, Sept 4 - Kenya will host Japan's foreign minister in November.", "2019-11"),
        ("NAIROBI, Kenya, Sept 4 (Reuters) - Japan's president visited Kenya in August.", "2019-08"),
        # with no other time, the dateline's day still dates the act
        ("OSLO, Sept 4 - Kenya and Japan signed a trade deal.", "2019-09-04"),
    ],
)
def test_a_datelines_day_yields_to_the_acts_own_time(events_of: Events, text: str,
                                                     expected: str) -> None:
    assert [e.date for e in events_of(text, PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year on the event the act was done in dates the act
        ("Russia attacked Japan during the 2008 war.", "2008"),
        ("Japan and Chile met at the 2015 summit in Oslo.", "2015"),
        # a year on a thing acted on does not ("revive a 1998 accord")
        ("Japan agreed to revive the 1998 accord with Chile.", "2019"),
    ],
)
def test_a_year_on_the_setting_of_an_act_dates_it(events_of: Events, text: str, expected: str) -> None:
    assert [e.date for e in events_of(text, PUBLISHED)][:1] == [expected]
