"""The shipped office-holder tables: a source and a licence on every row, share-alike rows
kept apart, and ``python -m bilateral.actors.build`` rebuilding the derived tables exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.actors.build import Known, Row, build, without_honorific
from bilateral.actors.check_sources import check
from bilateral.actors.kb import DATA, OFFICE_HOLDER_TABLES, read_tsv


@pytest.mark.parametrize("table", OFFICE_HOLDER_TABLES)
def test_every_row_names_its_source_and_licence(table: str) -> None:
    rows = list(read_tsv(DATA / table))
    assert len(rows) > 500
    licences = {row[8] for row in rows}
    columns = 10 if table == "office_holders_manual.tsv" else 9  # + the second sources
    assert all(len(row) == columns and row[7].strip() for row in rows), table
    if table == "office_holders_ci.tsv":  # share-alike: marked, and only in this file
        assert licences == {"CC BY-SA 3.0 (CountryInfo, (c) 2012 Philip A. Schrodt)"}
    else:
        assert not any("BY-SA" in licence for licence in licences)


def test_the_build_reproduces_the_shipped_tables(shared_dir: Path, tmp_path: Path) -> None:
    actors = shared_dir / "data" / "actors"
    if not (actors / "cia_factbook" / "office_holders.tsv").is_file():
        pytest.skip("../shared/data/actors is not present")
    counts = build(actors, tmp_path)
    assert counts["factbook"] > 2000 and counts["countryinfo"] > 2000
    for name in ("office_holders_factbook.tsv", "office_holders_ci.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(
            encoding="utf-8"
        ), f"{name} is stale: run python -m bilateral.actors.build"


def test_no_derived_term_overlaps_a_hand_written_one_of_the_same_office() -> None:
    manual: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in read_tsv(DATA / "office_holders_manual.tsv"):
        manual.setdefault((row[0], row[1]), []).append((row[2] or "0000", row[3] or "9999"))
    for table in ("office_holders_factbook.tsv", "office_holders_ci.tsv"):
        for row in read_tsv(DATA / table):
            start, end = row[2] or "0000", row[3] or "9999"
            clashes = [s for s, e in manual.get((row[0], row[1]), []) if s < end and start < e]
            assert not clashes, row


def test_the_checked_column_is_what_the_second_sources_confirm(shared_dir: Path) -> None:
    actors = shared_dir / "data" / "actors"
    if not (actors / "reign" / "leaders_reign.tsv").is_file():
        pytest.skip("../shared/data/actors is not present")
    written = [row[9] for row in read_tsv(DATA / "office_holders_manual.tsv")]
    confirmed = [", ".join(v.confirmed_by) for _, v in check(actors)]
    # a row no shared source confirms may name the page it was checked on
    assert all(w == c or (not c and w.startswith("http")) for w, c in zip(written, confirmed))
    assert len(written) == len(confirmed)
    assert sum(1 for sources in written if sources) > 400


def test_a_namesake_of_another_generation_is_another_person() -> None:
    known = Known()
    known.add(Row("PHL", "president", "2022-06-30", "", "Ferdinand Marcos Jr.", "Bongbong Marcos"))
    assert known.person("Ferdinand E. Marcos", "PHL") == "Ferdinand E. Marcos"  # the father
    assert known.person("Ferdinand R. Marcos Jr.", "PHL") == "Ferdinand Marcos Jr."


def test_a_korean_name_is_one_person_only_with_the_whole_given_name() -> None:
    known = Known()
    known.add(Row("KOR", "defence minister", "2010-12-04", "2014-06-30", "Kim Kwan-jin", ""))
    known.add(Row("KOR", "chief of defence", "2023-10", "", "Kim Myung-soo", ""))
    assert known.person("Kim Kwan Jin", "KOR") == "Kim Kwan-jin"  # the same name, split
    # the family name and the last syllable of the given name are not enough
    assert known.person("Kim Jang Soo", "KOR") == "Kim Jang Soo"
    # nor, for a Korean name, the family name shared with one person of another state
    south = Known()
    south.add(Row("KOR", "chief of defence", "2023-10", "", "Kim Myung-soo", ""))
    assert south.person("Kim Jong Il", "PRK") == "Kim Jong Il"
    assert south.person("Kim Myung Soo", "PRK") == "Kim Myung-soo"


def test_an_arabic_name_is_one_person_only_with_the_same_first_name_and_father() -> None:
    known = Known()
    known.add(Row("BHR", "king", "2002-02-14", "", "Hamad bin Isa Al Khalifa", ""))
    known.add(Row("KWT", "emir", "2006-01-29", "2020-09-29", "Sabah Al-Ahmad Al-Jaber Al-Sabah", ""))
    known.add(Row("KWT", "emir", "2020-09-29", "2023-12-16", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", ""))
    # a son is not his father, though the father's name is among the son's
    assert known.person("Salman bin Hamad Al-Khalifa", "BHR") == "Salman bin Hamad Al-Khalifa"
    assert known.person("Ahmad Nawaf Al-Ahmad al-Sabah", "KWT") == "Ahmad Nawaf Al-Ahmad al-Sabah"
    # one first name, two fathers: two people of one family
    assert known.person("Sabah Khalid al-Hamad al-Sabah", "KWT") == "Sabah Khalid al-Hamad al-Sabah"
    # one first name, one father, a grandfather spelt otherwise: one person
    assert known.person("Sabah al-Ahmad al-Jabir Al Sabah", "KWT") == (
        "Sabah Al-Ahmad Al-Jaber Al-Sabah"
    )
    # a courtesy title is no name ("Sheikh Hasina" keeps hers: hers is no chain of fathers)
    assert without_honorific("Sheikh Talal al-Khalid al-Sabah") == "Talal al-Khalid al-Sabah"
    assert without_honorific("Sheikh Hasina Wazed") == "Sheikh Hasina Wazed"
    malay = Known()
    malay.add(Row("MYS", "prime minister", "2009-04-03", "2018-05-10", "Najib Razak", ""))
    assert malay.person("Mohamed Najib bin Abdul Razak", "MYS") == "Najib Razak"


def test_a_derived_term_keeps_its_days_outside_a_hand_over_disagreement() -> None:
    known = Known()
    known.add(Row("XYZ", "prime minister", "2009-10-06", "2011-11-11", "Ana Vale", ""))
    later = Row("XYZ", "prime minister", "2011-11-10", "2012-06-20", "Bruno Costa", "")
    assert [(r.start, r.end, r.name) for r in known.uncovered(later)] == [
        ("2011-11-11", "2012-06-20", "Bruno Costa")
    ]
    # covered for two years: the derived term ran on past its end; dropped whole
    stale = Row("XYZ", "prime minister", "2008-01-01", "2012-06-20", "Carla Dias", "")
    assert known.uncovered(stale) == []
    elsewhere = Row("XYZ", "foreign minister", "2010-01-01", "", "Dora Reis", "")
    assert known.uncovered(elsewhere) == [elsewhere]
