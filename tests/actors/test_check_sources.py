"""The second-source check of the hand-written office holders (check_sources.py)."""

from __future__ import annotations

from datetime import date

from bilateral.actors.build import Row
from bilateral.actors.check_sources import OPEN, Spell, check_row, same_person


def test_a_source_name_is_the_same_person_in_other_spellings() -> None:
    assert same_person({"vicente", "fox"}, {"fox"}, "Vicente Fox Quesada")
    assert same_person({"volodymyr", "groysman"}, {"groysman"}, "Volodymyr Hroysman")
    assert same_person({"richard", "cheney", "dick"}, {"cheney"}, "Richard B. Cheney")
    assert not same_person({"jaswant", "singh"}, {"singh"}, "Yashwant Sinha")


def office(person: str, start: date, end: date) -> Spell:
    return Spell("Factbook", "office", "XYZ", "prime minister", person, (start, start), (end, end))


def verdict(spells: list[Spell], start: str = "2010-03-01", end: str = "2014-06-30") -> str:
    row = Row("XYZ", "prime minister", start, end, "Ana Moreno")
    table = {("XYZ", "prime minister"): spells}
    return check_row(row, {"ana", "moreno"}, {"moreno"}, table).status


def test_the_same_person_within_a_month_confirms_a_row() -> None:
    assert verdict([office("Ana Moreno", date(2010, 3, 20), date(2014, 6, 1))]) == "confirmed"


def test_other_dates_or_another_person_in_office_contradict_it() -> None:
    assert verdict([office("Ana Moreno", date(2010, 9, 1), date(2014, 6, 30))]) == "contradicted"
    assert verdict([office("Luis Prado", date(2009, 1, 1), date(2012, 1, 1))]) == "contradicted"


def test_a_source_that_covers_other_years_cannot_check_it() -> None:
    assert verdict([office("Luis Prado", date(2003, 1, 1), date(2009, 12, 1))]) == "uncheckable"
    assert verdict([], end="") == "uncheckable"


def test_a_leader_list_confirms_but_never_contradicts() -> None:
    leader = Spell("REIGN", "leader", "XYZ", "leader", "Prado", (date(2009, 1, 1),) * 2,
                   (OPEN, OPEN))
    table = {("XYZ", "leader"): [leader]}
    row = Row("XYZ", "prime minister", "2010-03-01", "2014-06-30", "Ana Moreno")
    assert check_row(row, {"ana", "moreno"}, {"moreno"}, table).status == "uncheckable"
