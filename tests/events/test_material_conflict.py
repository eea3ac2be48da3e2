"""Material conflict between states (ASSAULT, COERCE, SANCTION): who did it, who received it."""

from __future__ import annotations

import bilateral


def _pairs(text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of every event ``bilateral.extract`` reads in ``text``, one-party
    events included (the real resolver: these tests are about whom the phrases name)."""
    return {
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in bilateral.extract(text).events
    }


def test_victims_of_two_nationalities_are_two_receivers_not_two_sides() -> None:
    pairs = _pairs("Gunmen shot dead four Japanese tourists and two Germans in Luxor.")
    assert ("ASSAULT", "JPN", "DEU") not in pairs
    assert {target for _, _, target in pairs} == {"JPN", "DEU"}


def test_security_forces_act_for_the_country_they_are_in() -> None:
    pairs = _pairs("Security forces in Guinea opened fire on Liberian refugees near the border.")
    assert ("ASSAULT", "GIN", "LBR") in pairs


def test_troops_abroad_are_not_the_host_countrys() -> None:
    pairs = _pairs("Troops in Mali detained two Algerian smugglers.")
    assert not any(source == "MLI" for _, source, _ in pairs)


def test_people_killed_in_an_attack_on_a_place_were_hit_by_its_doer() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _pairs("Six workers died in a Russian drone attack on Kyiv.")
    assert ("ASSAULT", "ISR", "LBN") in _pairs(
        "Nine people were killed in Israeli air strikes on southern Lebanon, officials said."
    )


def test_armed_violence_told_as_a_noun_is_an_assault() -> None:
    for text in (
        "An exchange of fire between Indian and Pakistani soldiers left two dead.",
        "An ambush on Pakistani soldiers by Indian troops killed two.",
        "Indian artillery fire on Pakistani posts continued overnight.",
        "The assassination of a Pakistani diplomat by Indian agents was reported.",
    ):
        assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} & _pairs(text), text


def test_flows_stopped_or_curbed_by_a_state_are_sanctions() -> None:
    for text in (
        "Russia cut off gas to Moldova on Monday.",
        "Russia halted oil flows to Belarus.",
        "Algeria curtailed electricity sales to Morocco.",
    ):
        assert any(t == "SANCTION" for t, _, _ in _pairs(text)), text


def test_a_treaty_suspended_or_trade_privileges_revoked_are_sanctions() -> None:
    assert ("SANCTION", "IND", "PAK") in _pairs("India suspended the water treaty with Pakistan.")
    assert ("SANCTION", "USA", "RUS") in _pairs(
        "The United States revoked Russia's most favoured nation status."
    )


def test_a_cooperative_act_stopped_is_a_reduction_of_relations() -> None:
    assert ("SANCTION", "CHN", "AUS") in _pairs("China stopped buying Australian barley last year.")
    assert ("SANCTION", "NOR", "KEN") in _pairs("Norway stopped providing aid to Kenya in 2020.")
    assert not any(t == "SANCTION" for t, _, _ in _pairs("China did not stop buying Australian barley."))


def test_a_stopped_act_is_told_by_its_stopping_verb() -> None:
    # the stopping happened (or is to come): "stop" does not negate the reduction it tells
    statuses = {
        text: {(e.type, e.status) for e in bilateral.extract(text).events}
        for text in (
            "China has stopped buying Australian barley.",
            "Norway stopped importing Kenyan tea in 2019.",
            "Japan will stop buying Chilean copper next year.",
        )
    }
    assert statuses["China has stopped buying Australian barley."] == {("SANCTION", "occurred")}
    assert statuses["Norway stopped importing Kenyan tea in 2019."] == {("SANCTION", "occurred")}
    assert ("SANCTION", "planned") in statuses["Japan will stop buying Chilean copper next year."]


def test_handing_over_stopped_is_read_as_stopping_what_was_handed() -> None:
    # "stopped issuing visas" is "suspended visas"; the stopping verb tells when and whether
    assert ("SANCTION", "IND", "CHN") in _pairs("India has stopped issuing visas to Chinese citizens.")
    assert ("SANCTION", "NOR", "KEN") in _pairs("Norway suspended issuing visas to Kenyan students.")
    # what is handed must be a measure's object: statements stopped are no sanction
    assert not any(t == "SANCTION" for t, _, _ in _pairs("Kenya stopped issuing statements to Norway."))


def test_a_projectile_that_comes_down_in_another_country_is_an_attack_on_it() -> None:
    assert ("ASSAULT", "SYR", "TUR") in _pairs("Two Syrian mortar shells landed in Turkey on Sunday.")
    assert ("ASSAULT", "PRK", "KOR") in _pairs(
        "Three North Korean rounds fell near a South Korean navy ship."
    )


def test_a_missile_in_the_open_sea_or_a_price_that_fell_is_no_attack() -> None:
    assert not _pairs("A North Korean missile fell into the sea west of Japan.")
    assert not _pairs("Japanese car sales fell in Kenya last year.")


def test_one_sides_military_operation_abroad_is_force_a_joint_one_cooperation() -> None:
    assert ("ASSAULT", "TUR", "IRQ") in _pairs("Turkey launched a military operation in northern Iraq.")
    pairs = _pairs("India and Japan launched a joint military operation against pirates.")
    assert not any(t == "ASSAULT" for t, _, _ in pairs)
    assert not any(t == "AGREE" for t, _, _ in _pairs("Turkey launched an operation in Iraq."))


def test_private_people_expelled_are_deported_diplomats_expelled_sanctioned() -> None:
    assert ("COERCE", "MYS", "IDN") in _pairs("Malaysia expelled 300 Indonesian workers in June.")
    assert ("COERCE", "CHN", "USA") in _pairs("China's expulsion of American journalists drew protests.")
    assert ("SANCTION", "RUS", "GBR") in _pairs("Russia expelled 23 British diplomats in March.")


def test_a_diplomat_declared_persona_non_grata_is_expelled() -> None:
    assert ("SANCTION", "KEN", "UGA") in _pairs("Kenya declared the Ugandan envoy persona non grata.")
    assert ("SANCTION", "POL", "BLR") in _pairs(
        "Three Belarusian diplomats were declared persona non grata by Poland on Monday."
    )


def test_a_round_of_talks_or_drone_sales_that_fell_are_no_projectiles() -> None:
    assert not any(t == "ASSAULT" for t, _, _ in _pairs("A round of Japanese talks in Kenya fell apart."))
    assert not _pairs("Chinese drone sales to Kenya fell in 2020.")


def test_strikes_inside_a_country_hit_it() -> None:
    assert ("ASSAULT", "PAK", "IRN") in _pairs("Pakistan carried out strikes inside Iran on Thursday.")
