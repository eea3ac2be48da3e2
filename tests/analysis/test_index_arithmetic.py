"""The cooperation–conflict index: one real event counts once, Goldstein sum and mean per period."""

from __future__ import annotations

import pytest

from bilateral.analysis.demo import DemoArticle, DemoEvent, actor, build_demo
from bilateral.analysis.index import cooperation_index

from .conftest import ScoredEvent, aggregate, period_of

IND = actor("IND", "India", "IND")
CHN = actor("CHN", "China", "CHN")


@pytest.mark.parametrize("date,by,period", [
    ("2018-11-05", "year", "2018"), ("2018-11-05", "quarter", "2018-Q4"),
    ("2018-03", "quarter", "2018-Q1"), ("2018-11-05", "month", "2018-11"),
    ("2018", "month", None), (None, "year", None),
])
def test_index_period_of(date, by, period):
    assert period_of(date, by) == period


def test_index_aggregate_sums_means_and_counts():
    events = [
        ScoredEvent("2020-01-10", "AGREE", 4.0, {"trade"}),
        ScoredEvent("2020-02", "ACCUSE", -2.0, {"security"}),
        ScoredEvent("2020-05-01", "CONSULT", 1.0, {"diplomacy"}),
        ScoredEvent("2021", "ASSAULT", -9.0, {"defence", "security"}),
        ScoredEvent(None, "AGREE", 4.0, {"trade"}),
    ]
    rows, unplaced = aggregate(events, "year")
    assert unplaced == 1
    first, second = (r.to_dict() for r in rows)
    assert first == {"period": "2020", "events": 3, "goldstein_sum": 3.0, "goldstein_mean": 1.0,
                     "cooperation": 2, "conflict": 1,
                     "by_type": {"AGREE": 1, "ACCUSE": 1, "CONSULT": 1},
                     "by_sector": {"diplomacy": 1, "trade": 1, "security": 1}}
    assert second["goldstein_sum"] == -9.0 and second["conflict"] == 1
    assert second["by_sector"] == {"defence": 1, "security": 1}
    quarters, unplaced = aggregate(events, "quarter")
    assert [r.period for r in quarters] == ["2020-Q1", "2020-Q2"] and unplaced == 2


def _border_articles() -> list[DemoArticle]:
    clash = DemoEvent("Indian and Chinese troops clashed in the Galwan valley on Monday night.",
                      "ASSAULT", IND, CHN, "2020-06-15", goldstein=-10.0)
    clash_again = DemoEvent("The deadly clash between Indian and Chinese troops in the Galwan "
                            "valley on June 15 killed twenty soldiers.", "ASSAULT", CHN, IND,
                            "2020-06-15", goldstein=-10.0)
    talks = DemoEvent("Indian and Chinese commanders held talks at Moldo on disengagement.",
                      "CONSULT", IND, CHN, "2020-06-22", goldstein=1.0)
    unrest = DemoEvent("India and China will hold more talks, officials said.", "CONSULT", IND,
                       CHN, "2020-07", status="planned", goldstein=1.0)
    return [
        DemoArticle("x1", "2020-06-16", "Outlet A", "Clash", clash.sentence, [clash]),
        DemoArticle("x2", "2020-06-17", "Outlet B", "Clash 2", clash_again.sentence,
                    [clash_again]),
        DemoArticle("x3", "2020-06-23", "Outlet A", "Talks",
                    talks.sentence + " " + unrest.sentence, [talks, unrest]),
    ]


def test_index_counts_one_real_event_once_and_only_occurred(store):
    build_demo(store, _border_articles())
    result = cooperation_index(store, "IND CHN", "month")
    [june] = result["periods"]
    assert june["events"] == 2  # the clash (two reports) and the talks; not the planned talks
    assert june["goldstein_sum"] == -9.0
    assert june["goldstein_mean"] == -4.5
    assert (june["cooperation"], june["conflict"]) == (1, 1)
    assert june["by_type"] == {"ASSAULT": 1, "CONSULT": 1}
    assert june["by_sector"]["defence"] == 1


def test_index_type_default_goldstein_when_missing(store):
    event = DemoEvent("China accused India of crossing the line of actual control.", "ACCUSE",
                      CHN, IND, "2021-01-02")
    build_demo(store, [DemoArticle("y1", "2021-01-03", "Outlet", "t", event.sentence, [event])])
    [row] = cooperation_index(store, "CHN IND")["periods"]
    assert row["goldstein_sum"] == -2.0
