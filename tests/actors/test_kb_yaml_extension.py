"""A user's YAML file extends the shipped knowledge base (format in actors/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

import bilateral
from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver
from bilateral.errors import ConfigError

EXTRA = """
states:
  - code: SML
    name: Somaliland
    names: [Somalilander]
places:
  - phrase: Aabpara Market
    country: PAK
    sector: SPY
  - phrase: Bendlerblock
    country: DEU
    sector: MIL
    office: defence minister
orgs:
  - id: PTI
    name: Pakistan Tehreek-e-Insaf
    country: PAK
    sector: OPP
    aliases: [Tehreek-e-Insaf]
persons:
  - name: Zara Qadir
    country: PAK
    offices:
      - role: trade envoy
        sector: DIP
        start: 2020-01-01
        end: 2021-12-31
titles:
  - title: tehsil nazim
    role: mayor
    sector: GOV
ignore: [Russian Salad]
"""


@pytest.fixture()
def extra(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(EXTRA, encoding="utf-8")
    return path


def test_extension_adds_states_places_orgs_and_persons(extra) -> None:
    found = {
        m.text: m.actor
        for m in bilateral.resolve(
            "Somaliland and the PTI, said Zara Qadir, and Aabpara Market agreed.",
            date="2020-06-01",
            actors_file=extra,
        )
    }
    assert found["Somaliland"].id == "SML"
    assert found["PTI"].country == "PAK" and found["PTI"].sector == "OPP"
    assert found["Zara Qadir"].role == "trade envoy" and found["Zara Qadir"].sector == "DIP"
    assert found["Aabpara Market"].sector == "SPY"


def test_extension_seat_s_chief_holds_its_office(extra) -> None:
    mentions = bilateral.resolve(
        "The Bendlerblock chief flew to Vilnius.", date="2024-06-01", actors_file=extra
    )
    chief = mentions[0].actor
    assert (chief.name, chief.role) == ("Boris Pistorius", "defence minister")


def test_extension_persons_have_tenures(extra) -> None:
    later = bilateral.resolve("Zara Qadir spoke.", date="2023-01-01", actors_file=extra)
    assert later[0].actor.role == "former trade envoy"


def test_extension_titles_and_ignored_phrases(extra) -> None:
    mentions = bilateral.resolve(
        "Pakistani tehsil nazim Ali Raza served Russian Salad.",
        date="2020-01-01",
        actors_file=extra,
    )
    assert [(m.actor.role, m.actor.country) for m in mentions] == [("mayor", "PAK")]


def test_extension_keeps_what_the_shipped_kb_reads(extra) -> None:
    # split titles, halves of a divided state and ranks read as without the file
    text = ("The top Russian diplomat met South Korea's envoy, who said the North had "
            "fired. General Buratai was there.")
    with_file = bilateral.resolve(text, date="2017-06-01", actors_file=extra)
    found = {m.text: m.actor for m in with_file}
    assert found["top Russian diplomat"].name == "Sergey Lavrov"
    assert found["the North"].id == "PRK"
    assert found["General Buratai"].name == "Tukur Yusuf Buratai"
    without = bilateral.resolve(text, date="2017-06-01")
    assert [m.actor for m in with_file] == [m.actor for m in without]


def test_extension_leaves_the_shipped_kb_alone(extra) -> None:
    load_kb(extra)
    assert Resolver(load_kb()).actor_at("Zara Qadir", on=date(2020, 6, 1)) is None


def test_bad_extension_files_raise_config_errors(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people: []\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_kb(bad)
    with pytest.raises(ConfigError):
        load_kb(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("persons:\n  - country: PAK\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_kb(broken)


OFFICES = """
persons:
  - name: Seve Paeniu
    country: TUV
    offices:
      - role: finance minister
        start: 2019-09-19
  - name: Mark Carney
    offices:
      - role: central bank governor
        country: GBR
        start: 2013-07-01
        end: 2020-03-15
      - role: prime minister
        country: CAN
        start: 2025-03-14
"""


def test_extension_fills_and_overrides_offices_for_titles_and_surnames(tmp_path) -> None:
    path = tmp_path / "offices.yaml"
    path.write_text(OFFICES, encoding="utf-8")
    text = "Tuvalu's finance minister met Tuvaluan Finance Minister Paeniu."
    found = bilateral.resolve(text, date="2020-06-01", actors_file=path)
    assert [(m.actor.name, m.actor.role) for m in found] == [
        ("Seve Paeniu", "finance minister"),
        ("Seve Paeniu", "finance minister"),
    ]
    # the shipped table knows nobody in that office: the role stays unnamed
    assert bilateral.resolve(text, date="2020-06-01")[0].actor.id == "TUV.GOV"
    # a person the shipped table knows keeps one identity across the user's offices
    found = bilateral.resolve("Canadian Prime Minister Carney spoke.", date="2025-06-01",
                              actors_file=path)
    assert (found[0].actor.id, found[0].actor.country) == ("person:mark-carney", "CAN")
