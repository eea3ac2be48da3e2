"""``bilateral actors resolve|who`` through the real Typer app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bilateral.cli.main import app
from bilateral.errors import UserError

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["actors", *args])


def test_resolve_prints_mentions_as_json() -> None:
    result = run(
        "resolve",
        "PM Imran Khan met Russian Ambassador Alexey Dedov in Moscow.",
        "--date",
        "2019-02-01",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["text"], r["country"], r["role"], r["is_place"]) for r in rows] == [
        ("PM Imran Khan", "PAK", "prime minister", False),
        ("Russian Ambassador Alexey Dedov", "RUS", "ambassador", False),
        ("Moscow", "RUS", None, True),
    ]
    assert rows[0]["actor"]["id"] == "person:imran-khan"


def test_resolve_csv_has_a_header_and_one_row_per_mention() -> None:
    result = run("resolve", "The Kremlin and GHQ agreed.", "--format", "csv")
    lines = result.output.strip().splitlines()
    assert lines[0] == "text,name,country,sector,role,group,is_place"
    assert lines[1].startswith("The Kremlin,") and ",RUS,GOV," in lines[1]
    assert lines[2].startswith("GHQ,") and ",PAK,MIL," in lines[2]


def test_resolve_table_output() -> None:
    result = run("resolve", "Lavrov spoke.", "--date", "2020-01-01", "--format", "table")
    assert result.exit_code == 0
    assert "Lavrov" in result.output and "RUS" in result.output


def test_who_answers_the_foreign_minister_on_a_date() -> None:
    result = run(
        "who", "foreign minister", "--country", "PAK", "--on", "2019-03-01", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in json.loads(result.output)] == ["Shah Mehmood Qureshi"]


def test_who_names_a_military_ruler_the_tables_know_by_his_head_s_office() -> None:
    result = run("who", "junta leader", "NGA", "--date", "1997-06-01", "--format", "json")
    assert [(r["name"], r["role"]) for r in json.loads(result.output)] == [
        ("Sani Abacha", "chairman")
    ]
    # a civilian head is no military ruler
    result = run("who", "military ruler", "GHA", "--date", "2005-06-01", "--format", "json")
    assert json.loads(result.output) == []


def test_who_takes_titles_and_lower_case_codes() -> None:
    result = run("who", "PM", "--country", "rus", "--on", "2018-11-05", "--format", "json")
    assert [r["name"] for r in json.loads(result.output)] == ["Dmitry Medvedev"]
    result = run("who", "COAS", "--country", "PAK", "--on", "2017-01-01", "--format", "json")
    assert [r["name"] for r in json.loads(result.output)] == ["Qamar Javed Bajwa"]


def test_bad_input_is_a_one_line_error() -> None:
    for args in (
        ("who", "prime minister", "--country", "XYZ"),
        ("who", "prime minister", "--country", "PAK", "--on", "2019-13-01"),
        ("who", "grand vizier", "--country", "PAK"),
        ("resolve", "Moscow", "--date", "yesterday"),
    ):
        result = run(*args)
        assert result.exit_code != 0
        assert "Traceback" not in result.output


def test_resolve_reads_an_actors_file(tmp_path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text("orgs:\n  - id: PTI\n    country: PAK\n    sector: OPP\n", encoding="utf-8")
    result = run("resolve", "The PTI protested.", "--actors", str(extra), "--format", "json")
    assert json.loads(result.output)[0]["country"] == "PAK"


def test_who_takes_the_country_as_an_argument_and_date_for_every_office() -> None:
    cases = [
        (("finance minister", "MEX", "2014-05-01"), "Luis Videgaray"),
        (("top diplomat", "TUR", "2016-05-01"), "Mevlüt Çavuşoğlu"),
        (("army chief", "NGA", "2019-05-01"), "Tukur Yusuf Buratai"),
        (("central bank governor", "IND", "2015-01-01"), "Raghuram Rajan"),
        (("interior minister", "DEU", "2019-01-01"), "Horst Seehofer"),
        (("trade minister", "CHN", "2019-01-01"), "Zhong Shan"),
        (("Taoiseach", "IRL", "2019-01-01"), "Leo Varadkar"),
        (("secretary-general", "UN", "2000-01-01"), "Kofi Annan"),
        (("vice president", "USA", "2010-01-01"), "Joe Biden"),
        (("junta leader", "BFA", "2023-01-01"), "Ibrahim Traoré"),
        (("military leader", "MMR", "2022-01-01"), "Min Aung Hlaing"),
        (("military leader", "PAK", "2020-01-01"), "Qamar Javed Bajwa"),
    ]
    for (role, country, on), name in cases:
        result = run("who", role, country, "--date", on, "--format", "json")
        assert result.exit_code == 0, result.output
        assert [r["name"] for r in json.loads(result.output)] == [name], (role, country)


def test_who_without_a_country_is_a_clear_error() -> None:
    result = run("who", "finance minister", "--date", "2014-05-01")
    assert result.exit_code != 0 and isinstance(result.exception, UserError)
    assert "give the country" in str(result.exception)


def test_resolve_names_the_holder_among_namesakes_at_the_date() -> None:
    for on, name in (("1990-06-01", "Hastings Kamuzu Banda"), ("2013-06-01", "Joyce Banda")):
        result = run("resolve", "Malawian President Banda spoke.", "--date", on,
                     "--format", "json")
        assert json.loads(result.output)[0]["name"] == name


def test_who_names_the_president_elect_with_the_coming_term() -> None:
    result = run("who", "president-elect", "USA", "--date", "2016-12-01", "--format", "json")
    assert [(r["name"], r["start"]) for r in json.loads(result.output)] == [
        ("Donald Trump", "2017-01-20")
    ]
