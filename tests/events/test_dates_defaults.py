"""An event the sentence does not date: the year of writing when its tense says it is news."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .conftest import Events

PUBLISHED = date(2019, 9, 4)



def dates_of(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date) for e in events]


def test_an_undated_past_act_in_a_dated_article_takes_its_year(events_of: Events) -> None:
    assert dates_of(events_of("Kenya accused Japan of spying.", PUBLISHED)) == [("accused", "2019")]


def test_without_a_publication_date_an_undated_past_act_stays_undated(
    events_of: Events,
) -> None:
    assert dates_of(events_of("Kenya accused Japan of spying.")) == [("accused", None)]


def test_the_past_perfect_is_background_and_stays_undated(events_of: Events) -> None:
    assert dates_of(events_of("Kenya had accused Japan of spying.", PUBLISHED)) == [
        ("accused", None)
    ]


def test_a_non_finite_act_under_a_past_verb_stays_undated(events_of: Events) -> None:
    events = events_of("Kenya sent troops to attack Japanese positions.", PUBLISHED)
    assert dates_of(events) == [("attack", None)]


def test_two_acts_with_an_estimated_year_are_not_merged_by_it(events_of: Events) -> None:
    text = (
        "Kenyan troops attacked Japanese troops. The patrol returned to port. "
        "Kenyan troops attacked Japanese troops again."
    )
    assert dates_of(events_of(text, PUBLISHED)) == [("attacked", "2019"), ("attacked", "2019")]


def test_without_a_publication_date_the_latest_year_cited_dates_nothing(
    events_of: Events,
) -> None:
    """An undated article's latest year is often history ("the 2012 standoff"): no estimate."""
    text = "Kenya is negotiating with Japan over the islands it has claimed since 2012."
    assert ("negotiating", None) in dates_of(events_of(text))


def test_a_participle_adjunct_shares_the_year_of_its_past_verb(events_of: Events) -> None:
    """ "..., firing on them" is told as part of the past act it hangs on."""
    events = events_of("A Kenyan patrol boat entered the bay, firing on Japanese fishermen.", PUBLISHED)
    assert ("firing", "2019") in dates_of(events)


def test_a_gerund_after_a_time_preposition_shares_the_year(events_of: Events) -> None:
    events = events_of("After shelling Japanese positions, the Kenyan troops withdrew.", PUBLISHED)
    assert ("shelling", "2019") in dates_of(events)


def test_a_gerund_after_a_verb_of_beginning_shares_the_year(events_of: Events) -> None:
    events = events_of("Kenya began investigating Japan over the spying claims.", PUBLISHED)
    assert ("investigating", "2019") in dates_of(events)


def test_a_gerund_of_an_act_not_done_stays_undated(events_of: Events) -> None:
    events = events_of("Kenya considered sanctioning Japan over the spying claims.", PUBLISHED)
    assert all(date is None for _, date in dates_of(events))


def test_a_headline_without_its_auxiliary_is_told_in_the_present(events_of: Events) -> None:
    events = events_of("Japan hosting Kenyan minister for trade talks", PUBLISHED)
    assert ("hosting", "2019") in dates_of(events)


@pytest.mark.parametrize(
    "text", ["Kenya attacked Japan in the 1990s.", "Kenya accused Japan of spying years earlier."]
)
def test_a_time_told_but_not_given_takes_no_year(events_of: Events, text: str) -> None:
    """The clause dates its act, only not in a way that resolves: the year of writing would
    be a wrong date."""
    assert [date for _, date in dates_of(events_of(text, PUBLISHED))] == [None]


def test_the_past_perfect_does_not_take_the_year_of_the_sentence_before(
    events_of: Events,
) -> None:
    text = "Kenya signed a deal with Japan on Monday. Kenya had accused Japan of spying."
    assert dates_of(events_of(text, PUBLISHED))[-1] == ("accused", None)


def test_a_reported_past_perfect_is_the_news_shifted_back(events_of: Events) -> None:
    """ "Officials said X had attacked Y": the reported attack is news, told after "said"."""
    events = events_of("Kenyan officials said Japan had expelled a Kenyan diplomat.", PUBLISHED)
    assert dates_of(events) == [("expelled", "2019")]


def test_an_infinitive_after_a_verb_of_trying_shares_the_year(events_of: Events) -> None:
    events = events_of("Kenyan police tried to arrest Japanese fishermen.", PUBLISHED)
    assert dates_of(events) == [("arrest", "2019")]


def test_a_headline_without_a_verb_names_the_news_of_the_day(events_of: Events) -> None:
    text = "Kenya-Japan talks on fishing\n\nThe fishing season opened in Mombasa with record catches."
    assert dates_of(events_of(text, PUBLISHED, title="Kenya-Japan talks on fishing")) == [
        ("talks", "2019")
    ]


def test_a_line_that_tells_its_act_by_a_participle_takes_the_year_of_writing(
    events_of: Events,
) -> None:
    """A caption or deck with no finite verb names the news of the day, as a headline does."""
    events = events_of("Kenyan troops firing on Japanese fishermen near the disputed islands.", PUBLISHED)
    assert dates_of(events) == [("firing", "2019")]


def test_an_infinitive_without_a_finite_verb_stays_undated(events_of: Events) -> None:
    """ "Kenya to sign a deal with Japan" announces an act to come, not the news of the day."""
    events = events_of("Kenyan troops to patrol the border with Japanese ships.", PUBLISHED)
    assert all(d is None for _, d in dates_of(events))
