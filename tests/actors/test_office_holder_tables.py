"""The shipped office-holder tables: a source and a licence on every row, share-alike rows
kept apart, and ``python -m bilateral.actors.build`` rebuilding the derived tables exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.actors.build import (
    Known,
    Row,
    build,
    ci_roles,
    day,
    mixed_cabinets,
    news_names,
    past_deputies,
    regnal_numbers,
    respelt,
    sightings_in_entry,
    spelt_alike,
    unify_spellings,
    without_honorific,
)
from bilateral.actors.check_sources import check, checked_cell
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
        # a month ("2010-07") is its first day, as the build reads it
        first, last = day(row[2], last=False), day(row[3], last=False)
        manual.setdefault((row[0], row[1]), []).append((first or "0000", last or "9999"))
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
    # the confirming sources, then the addresses of the pages a row was checked on by hand
    assert all(w == checked_cell(c, w) for w, c in zip(written, confirmed))
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
    # covered for two years: the derived term ran on past its end; its years before stay
    stale = Row("XYZ", "prime minister", "2008-01-01", "2012-06-20", "Carla Dias", "")
    assert [(r.start, r.end) for r in known.uncovered(stale)] == [("2008-01-01", "2009-10-06")]
    # the known holder's own term, begun earlier in the source: the known one is the account
    own = Row("XYZ", "prime minister", "2008-01-01", "2012-06-20", "Ana Vale", "")
    assert known.uncovered(own) == []
    elsewhere = Row("XYZ", "foreign minister", "2010-01-01", "", "Dora Reis", "")
    assert known.uncovered(elsewhere) == [elsewhere]


def test_a_hand_row_dated_to_the_month_cuts_a_derived_term_from_its_first_day() -> None:
    known = Known()
    known.add(Row("XYZ", "interior minister", "2010-07", "2012-08-18", "Ana Vale", ""))
    earlier = Row("XYZ", "interior minister", "2006-03-01", "2010-07-31", "Bruno Costa", "")
    assert [(r.start, r.end) for r in known.uncovered(earlier)] == [("2006-03-01", "2010-07-01")]


def test_a_state_holder_is_not_merged_with_a_namesake_of_another_state() -> None:
    known = Known()
    known.add(Row("BGD", "chief adviser", "2007-01-12", "2009-01-06", "Fakhruddin Ahmed", ""))
    known.add(Row("UN", "secretary-general", "2017-01-01", "", "António Guterres", ""))
    # India's president of 1974 shares a first name and a surname with him, nothing more
    assert known.person("Fakhruddin Ali Ahmed", "IND") == "Fakhruddin Ali Ahmed"
    # an organisation's official came from a state: Portugal's prime minister is the UN's
    assert known.person("Antonio Guterres", "PRT") == "António Guterres"


def test_a_term_filed_under_a_second_state_at_the_same_time_is_misplaced() -> None:
    known = Known()
    known.add(Row("ALB", "prime minister", "1992-04-10", "1997-07-24", "Aleksander Meksi", ""))
    stray = Row("AFG", "prime minister", "1992-04-10", "1995-12-31", "Aleksander Meksi", "")
    assert known.misplaced(stray, {})
    # a month between two terms at home is the same misfiling
    known.add(Row("SLB", "central bank governor", "2003-01-01", "2003-11-30", "Rick Hou", ""))
    known.add(Row("SLB", "central bank governor", "2004-01-01", "2009-08-31", "Rick Hou", ""))
    assert known.misplaced(
        Row("SVN", "central bank governor", "2003-12-01", "2003-12-31", "Rick Hou", ""), {}
    )
    # years apart, a second state's office is a career (or a namesake), not a misfiling
    later = Row("SLV", "finance minister", "2006-06-01", "2009-06-30", "Aleksander Meksi", "")
    assert not known.misplaced(later, {})
    # a sovereign of several realms reigns in all of them
    known.add(Row("GBR", "king", "2022-09-08", "", "King Charles III", ""))
    assert not known.misplaced(Row("CAN", "king", "2022-09-08", "", "King Charles III", ""), {})


def test_a_cabinet_listing_a_neighbour_named_alike_keeps_only_its_known_people(
    tmp_path: Path,
) -> None:
    known = Known()
    known.add(Row("GNB", "president", "2014-06-17", "2020-02-27", "José Mário Vaz", ""))
    known.add(Row("GNB", "prime minister", "2015-08-20", "2015-09-17", "Baciro Djá", ""))
    known.add(Row("GIN", "president", "2010-01-15", "2010-12-21", "Sékouba Konaté", ""))
    countries = tmp_path / "countries.tsv"
    countries.write_text(
        "iso3\tname\nGIN\tGuinea\nGNB\tGuinea Bissau\nNER\tNiger\nNGA\tNigeria\n",
        encoding="utf-8",
    )

    def minister(state: str, name: str) -> dict[str, str]:
        return {"iso3": state, "source_block": "Government", "name": name}

    table = [
        minister("GIN", "JOSE MARIO VAZ"),
        minister("GIN", "BACIRO DJA"),
        minister("GIN", "SEKOUBA KONATE"),
        minister("NER", "HASSANE SOULEY"),
        minister("NGA", "OLU ADENIJI"),
    ]
    assert mixed_cabinets(table, countries, known) == {"GIN"}
    # one name alike is no mixed cabinet: Niger and Nigeria both list their own
    assert mixed_cabinets(table[2:], countries, known) == set()


def test_a_term_run_on_over_a_coup_keeps_its_years_before_it() -> None:
    known = Known()
    known.add(Row("FJI", "prime minister", "2007-01-05", "2014-09-22", "Frank Bainimarama", ""))
    ran_on = Row("FJI", "prime minister", "2000-01-01", "2014-09-22", "Laisenia Qarase", "")
    assert [(r.start, r.end) for r in known.uncovered(ran_on)] == [("2000-01-01", "2007-01-05")]
    # a few weeks alone before the known term are a designation or a year, not a term
    known.add(Row("THA", "prime minister", "2001-02-09", "2006-09-19", "Thaksin Shinawatra", ""))
    early = Row("THA", "prime minister", "2001-01-01", "2006-12-31", "Thaksin Chinnawat", "")
    assert known.uncovered(early) == []


def test_one_letter_of_a_long_surname_is_a_spelling_not_another_person() -> None:
    assert spelt_alike("Teodoro Obiang Nguema Mbasogo", "Teodoro Obiang Nguema Mgasogo")
    assert spelt_alike("Jean-Claude Junker", "Jean-Claude Juncker")
    assert not spelt_alike("Kim Jong Il", "Kim Jong Un")  # father and son
    assert not spelt_alike("Amata Kabua", "Imata Kabua")  # cousins


def test_a_deputy_listed_first_does_not_end_the_head_s_term() -> None:
    head = Row("ESP", "prime minister", "2011-12-20", "2011-12-22", "Mariano Rajoy", "")
    deputy = Row("ESP", "vice president", "2011-12-22", "2017-12-31", "Soraya Sáenz", "")
    next_head = Row("ESP", "prime minister", "2018-06-02", "", "Pedro Sánchez", "")
    past_deputies([(head, True), (deputy, False), (next_head, False)])
    assert head.end == "2018-06-02"


def test_two_spellings_of_one_holder_side_by_side_are_one_person() -> None:
    rows = [
        Row("XYZ", "vice president", "2012-01-10", "2019-05-01", "Marta Kovalenko"),
        Row("XYZ", "vice president", "2012-01-10", "2013-12-31", "Marta Kowalenko"),
        # namesakes who follow one another in an office stay apart
        Row("XYZ", "president", "2001-01-01", "2006-03-01", "Ernesto Salvani"),
        Row("XYZ", "president", "2006-03-01", "2010-03-01", "Ernesta Salvani"),
        # two holders of one office at once, with names that differ more, stay apart
        Row("XYZ", "vice president", "2014-01-01", "2015-01-01", "Petra Kowal"),
    ]
    unify_spellings(rows, Known())
    assert [r.name for r in rows] == [
        "Marta Kovalenko", "Marta Kovalenko", "Ernesto Salvani", "Ernesta Salvani", "Petra Kowal"
    ]
    assert rows[1].aliases == "Marta Kowalenko"


def _extract_row(person: str, start_basis: str, end_basis: str, first: str, nxt: str) -> dict:
    return {"person": person, "start_basis": start_basis, "end_basis": end_basis,
            "first_seen": first, "next_snapshot": nxt}


def test_a_holder_spelt_anew_in_the_next_snapshot_is_the_same_person() -> None:
    old = _extract_row("Li Teng-hui", "since", "last_seen", "1995", "1998")
    assert respelt(old, _extract_row("Lee Teng-hui", "first_seen", "successor_since", "1998", ""))
    # a successor whose taking office is dated is another person, however alike
    assert not respelt(old, _extract_row("Lee Teng-hui", "since", "open", "1998", ""))
    # a name first seen a snapshot later than the old one's next is a return, not a respelling
    assert not respelt(old, _extract_row("Lee Teng-hui", "first_seen", "open", "1999", ""))
    assert not respelt(old, _extract_row("Lien Chan", "first_seen", "open", "1998", ""))


def test_a_prime_minister_named_after_the_president_is_read_from_the_entry() -> None:
    entry = (
        "President Amara KOLEV (since 3 May 2009); Vice President Ines TARU (since 3 May "
        "2009); First Deputy Prime Minister Olek BRANN (since 2 June 2010); Prime Minister "
        "Teodor Ivo MARKEL (since 12 April 2010) has authority over the day-to-day "
        "functions of the government; note - Prime Minister Lena SOVA (since 1 March 2004) "
        "stepped down on 12 April 2010"
    )
    found = sightings_in_entry(entry, "XYZ", "2011-06-30", "edition 2011")
    # not the deputy, not the one a note says has left
    assert [(s.name, s.start) for s in found] == [("Teodor Ivo Markel", "2010-04-12")]


def test_a_prime_minister_opening_the_entry_is_left_to_the_shared_extract() -> None:
    entry = "<p>Prime Minister Lena SOVA (since 1 March 2004)</p>"
    assert sightings_in_entry(entry, "XYZ", "2005-06-30", "edition 2005") == []


def test_a_regnal_number_is_written_in_capitals() -> None:
    assert regnal_numbers("Carl Xvi Gustaf") == "Carl XVI Gustaf"
    assert regnal_numbers("Mswati Iii") == "Mswati III"
    assert regnal_numbers("Vix Ivanov") == "Vix Ivanov"  # not a number


def test_a_surname_in_capitals_before_another_name_gives_the_names_news_uses() -> None:
    assert news_names("Rafael CORREA Delgado", "Rafael Correa Delgado") == ["Rafael Correa"]
    assert news_names("Oscar Jose Rafael BERGER Perdomo", "Oscar Jose Rafael Berger Perdomo") == [
        "Oscar Jose Rafael Berger", "Oscar Berger"
    ]
    assert news_names("Joseph KABILA Kabange", "Joseph Kabila Kabange") == ["Joseph Kabila"]
    # the surname last, first (family name first) or after a courtesy title: nothing to add
    assert news_names("Enrique PENA NIETO", "Enrique Pena Nieto") == []
    assert news_names("XI Jinping", "Xi Jinping") == []
    assert news_names("Sir HASSANAL Bolkiah", "Sir Hassanal Bolkiah") == []
    assert news_names("Jan H. EMAN", "Jan H. Eman") == []  # an initial is no surname


def test_a_minister_of_state_is_the_office_where_french_usage_makes_him_senior() -> None:
    def roles(iso3: str, title: str) -> list[str]:
        return ci_roles({"source_block": "Government", "iso3": iso3, "title": title, "role": ""})

    # Gabon's ministre d'Etat for foreign affairs is its foreign minister ...
    assert roles("GAB", "Minister of State for Foreign Affairs, Cooperation, and Francophonie") == [
        "foreign minister"
    ]
    assert roles("TGO", "Minister of Commerce, Industry, and Trade") == ["trade minister"]
    # ... Britain's a junior minister; a governor's title keeps its comma
    assert roles("GBR", "Minister of State for Foreign Affairs") == []
    assert roles("SEN", "Governor, Central Bank") == ["central bank governor"]


def test_a_crown_prince_s_further_offices_follow_his_title() -> None:
    from bilateral.actors.build import factbook_role

    assert factbook_role("other:Crown Prince and First Deputy Prime Minister", "") == "crown prince"
    assert factbook_role("other:Deputy Crown Prince and Second Deputy Prime Minister", "") is None
    assert factbook_role("head_of_state", "King Sultan") == "king"  # Malaysia's king


def test_a_sovereign_the_factbook_names_by_one_word_is_named_with_the_title() -> None:
    from bilateral.actors.build import ONE_NAME_TITLES, factbook_role

    assert factbook_role("head_of_state", "Pope") == "pope"
    assert factbook_role("head_of_state", "Emperor") == "emperor"
    assert ONE_NAME_TITLES["pope"] == "Pope"  # "Francis" alone would be anyone's name


def test_no_bare_surname_is_also_the_name_of_a_state_a_capital_or_an_organisation() -> None:
    # "the head of Montenegro's army" was lost to Bolivia's finance minister Montenegro,
    # "Mali" to Serbia's Siniša Mali; Malta's Muscat keeps his (Oman's capital wins the
    # bare word, the title the surname: "Prime Minister Muscat")
    from bilateral.actors.kb import shipped_kb

    clashes = sorted(
        key
        for key, entries in shipped_kb().phrases.items()
        if {e.kind for e in entries} >= {"surname"}
        and {e.kind for e in entries} & {"state", "part", "org"}
    )
    assert clashes == ["muscat"]
