"""A ministry named without its state ("the Foreign Office said") is the home state's."""

from __future__ import annotations

import bilateral


def by_text(text: str, on: str = "2016-04-01"):
    return {m.text: m.actor for m in bilateral.resolve(text, date=on) if m.actor}


def test_an_unqualified_ministry_is_the_datelines_state() -> None:
    found = by_text("CANBERRA: Fiji rejected the offer. The Foreign Ministry said it regretted "
                    "this, and a Foreign Ministry spokesman added more.")
    assert found["Foreign Ministry"].id == "AUS.DIP"
    assert found["Foreign Ministry spokesman"].country == "AUS"


def test_a_capital_just_before_places_the_ministry() -> None:
    found = by_text("Chile protested. In Lima the Defence Ministry denied everything.")
    assert found["Defence Ministry"].id == "PER.MIL"


def test_without_a_dateline_or_capital_a_lowercase_ministry_stays_unresolved() -> None:
    assert "foreign ministry" not in by_text("Chile protested and the foreign ministry wrote.")


def test_a_ministry_by_its_own_states_name_needs_no_dateline() -> None:
    found = by_text("The Ministry of External Affairs protested to Nepal, and the FCDO and "
                    "the Farnesina asked Kathmandu for restraint.")
    assert found["Ministry of External Affairs"].id == "IND.DIP"
    assert found["FCDO"].id == "GBR.DIP"
    assert found["Farnesina"].id == "ITA.DIP"


def test_an_aid_agency_by_its_own_name_is_its_donor_state_s() -> None:
    found = by_text("USAID and the Japan International Cooperation Agency will rebuild the "
                    "bridges, and TIKA sent tents to Nepal.")
    assert found["USAID"].id == "USA.GOV"
    assert found["Japan International Cooperation Agency"].id == "JPN.GOV"
    assert found["TIKA"].id == "TUR.GOV"


def test_an_aid_grant_named_by_its_agency_has_both_countries() -> None:
    result = bilateral.extract("KOICA will provide a grant of $12 million to Laos for "
                               "rural clinics, the agency said.", published="2023-03-08")
    (aid,) = [f for f in result.figures if f.variable == "aid"]
    assert set(aid.countries) == {"KOR", "LAO"}
