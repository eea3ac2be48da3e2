"""find_conflicts: which figures from different sources contradict each other."""

from __future__ import annotations

from bilateral.linking.figures import FigureSource, find_conflicts
from bilateral.types import Figure


def fig(doc: str, value: float, period: str | None, variable: str = "trade_total", *,
        approx: str | None = None, direction: str | None = None, unit: str = "USD",
        countries: tuple[str, ...] = ("IND", "JPN")) -> FigureSource:
    figure = Figure(doc_id=doc, variable=variable, value=value, unit=unit, sentence="s", start=0,
                    end=1, text=str(value), countries=countries, direction=direction,
                    period=period, approx=approx)
    return FigureSource(figure, title=f"title {doc}", published="2024-01-01", source=f"{doc}.txt")


def test_calendar_fiscal_partial_and_whole_year_disagreement_is_one_conflict() -> None:
    sides = [
        fig("a", 60e6, "2017"),
        fig("b", 478e6, "2017/2018"),
        fig("c", 450e6, "2018-01/2018-05"),
        fig("a", 800e6, "2018"),
    ]
    (conflict,) = find_conflicts(sides)
    assert [s.figure.period for s in conflict.sides] == ["2017", "2017/2018", "2018-01/2018-05", "2018"]
    assert conflict.variable == "trade_total" and conflict.countries == ("IND", "JPN")
    assert conflict.disagreements  # at least one pair from different documents
    assert "title b" in conflict.describe()


def test_agreeing_sources_within_tolerance_are_no_conflict() -> None:
    assert find_conflicts([fig("a", 100e6, "2019"), fig("b", 103e6, "2019")]) == []


def test_same_period_beyond_tolerance_conflicts() -> None:
    (conflict,) = find_conflicts([fig("a", 100e6, "2019"), fig("b", 120e6, "2019")])
    assert conflict.disagreements == ((0, 1),)


def test_a_part_smaller_than_the_whole_is_consistent_but_larger_is_not() -> None:
    assert find_conflicts([fig("a", 400e6, "2018-01/2018-05"), fig("b", 800e6, "2018")]) == []
    assert len(find_conflicts([fig("a", 900e6, "2018-01/2018-05"), fig("b", 800e6, "2018")])) == 1


def test_non_overlapping_periods_are_not_compared() -> None:
    assert find_conflicts([fig("a", 60e6, "2017"), fig("b", 800e6, "2018")]) == []


def test_different_direction_countries_or_variable_are_not_compared() -> None:
    figures = [
        fig("a", 1e9, "2019", "exports", direction="IND->JPN"),
        fig("b", 2e9, "2019", "exports", direction="JPN->IND"),
        fig("c", 3e9, "2019", countries=("IND", "CHN")),
        fig("d", 4e9, "2019", "trade_balance"),
    ]
    assert find_conflicts(figures) == []


def test_approximations_widen_the_value() -> None:
    assert find_conflicts([fig("a", 10e9, "2019", approx="over"), fig("b", 12e9, "2019")]) == []
    assert len(find_conflicts([fig("a", 10e9, "2019", approx="up to"), fig("b", 12e9, "2019")])) == 1


def test_figures_of_one_document_alone_are_no_conflict() -> None:
    assert find_conflicts([fig("a", 100e6, "2019"), fig("a", 200e6, "2019")]) == []


def test_deals_and_undated_flows_are_never_compared() -> None:
    assert find_conflicts([fig("a", 1e9, None, "deal_value"), fig("b", 5e9, None, "deal_value")]) == []
    assert find_conflicts([fig("a", 1e9, None), fig("b", 5e9, None)]) == []


def test_growth_rates_compare_only_over_the_same_period() -> None:
    rates = [fig("a", 10, "2019", "trade_growth", unit="percent"),
             fig("b", 25, "2019", "trade_growth", unit="percent"),
             fig("c", 40, "2019-01/2019-06", "trade_growth", unit="percent")]
    (conflict,) = find_conflicts(rates)
    assert {s.figure.doc_id for s in conflict.sides} == {"a", "b"}


def test_stocks_compare_without_a_period() -> None:
    people = [fig("a", 235.8e6, None, "population", unit="people", countries=("PAK",)),
              fig("b", 241e6, "2023", "population", unit="people", countries=("PAK",)),
              fig("c", 300e6, None, "population", unit="people", countries=("PAK",))]
    (conflict,) = find_conflicts(people)
    assert len(conflict.sides) == 3


def test_plain_figures_are_accepted_and_serialised() -> None:
    conflict = find_conflicts([fig("a", 1e6, "2019").figure, fig("b", 2e6, "2019").figure])[0]
    data = conflict.to_dict()
    assert data["periods"] == ["2019", "2019"] and len(data["sides"]) == 2


def test_a_rounded_figure_is_not_a_licence_for_a_ten_percent_gap() -> None:
    (conflict,) = find_conflicts([fig("a", 23e9, "2021/2022", approx="about"), fig("b", 20.57e9, "2021/2022")])
    assert len(conflict.sides) == 2
