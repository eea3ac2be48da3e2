"""Metonymy (actor or place), plural groups and within-document coreference, on written sentences."""

from __future__ import annotations

from datetime import date

import bilateral
from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver


def mentions(text: str, on: str | None = "2019-05-01"):
    return bilateral.resolve(text, date=on)


def by_text(text: str, on: str | None = "2019-05-01"):
    return {m.text: m for m in mentions(text, on)}


def test_capital_as_subject_is_the_government_and_after_in_a_place() -> None:
    found = mentions("Moscow offered wheat, and the deal was signed in Moscow.")
    assert [(m.actor.id, m.is_place) for m in found] == [("RUS.GOV", False), ("RUS", True)]


def test_seats_of_power_name_a_sector() -> None:
    found = by_text("Rawalpindi and the Pentagon disagreed with the Kremlin.")
    assert (found["Rawalpindi"].actor.country, found["Rawalpindi"].actor.sector) == ("PAK", "MIL")
    assert found["the Pentagon"].actor.id == "USA.MIL"
    assert found["the Kremlin"].actor.id == "RUS.GOV"


def test_visit_to_a_capital_is_a_place() -> None:
    found = by_text("The minister's visit to Beijing ended; Beijing then issued a statement.")
    assert [m.is_place for m in mentions("The minister's visit to Beijing ended.")] == [True]
    assert found["Beijing"].actor is not None


def test_seas_and_newspapers_are_not_actors() -> None:
    assert mentions("Ships sailed the Indian Ocean, the Washington Post reported.") == []


def test_a_region_of_the_americas_is_not_the_united_states() -> None:
    text = "Latin American and South American leaders met Central Americans in Lima."
    assert [m.actor.country for m in mentions(text) if m.actor] == ["PER"]


def test_the_two_countries_are_the_states_named_before() -> None:
    found = by_text("Iran and Turkey met in Ankara. The two countries agreed on gas prices.")
    assert sorted(a.country for a in found["The two countries"].group) == ["IRN", "TUR"]
    assert found["The two countries"].actor is None


def test_a_group_phrase_may_carry_modifiers() -> None:
    found = by_text("Peru and Chile disagree. Troops of the two oil-rich neighbours clashed; "
                    "the two Andean countries later talked, and both Peruvian and Chilean "
                    "leaders spoke.")
    for phrase in ("the two oil-rich neighbours", "the two Andean countries"):
        assert sorted(a.country for a in found[phrase].group) == ["CHL", "PER"]
    # words naming actors are no modifiers
    assert found["Peruvian"].actor.country == "PER"
    assert found["Chilean leaders"].actor.country == "CHL"


def test_group_phrases_of_office_holders_delegations_and_neighbours() -> None:
    found = by_text("Peruvian President Dina Boluarte and Chilean President Gabriel Boric "
                    "reopened the border. The two presidents met in Lima; the two foreign "
                    "ministers signed a deal, the two delegations talked, and the neighbours "
                    "agreed to meet again.", on="2023-06-01")
    for phrase in ("The two presidents", "the two foreign ministers", "the two delegations",
                   "the neighbours"):
        assert sorted(a.country for a in found[phrase].group) == ["CHL", "PER"]


def test_a_place_in_passing_does_not_make_a_third_country_one_of_the_two() -> None:
    found = by_text("Iran and Saudi Arabia agreed to restore ties. Iran and Saudi Arabia had cut "
                    "them in 2016. The deal, brokered by China, ended a rupture that began when "
                    "protesters stormed the Saudi embassy in Tehran. The foreign ministers of the "
                    "two countries met on Thursday.")
    assert sorted(a.country for a in found["the two countries"].group) == ["IRN", "SAU"]


def test_a_group_prefers_the_documents_main_pair_when_more_states_are_near() -> None:
    text = (
        "Pakistan and Russia held talks. Pakistan and Russia discussed India, China and Afghanistan. "
        "Both sides agreed to meet again."
    )
    group = by_text(text)["Both sides"].group
    assert sorted(a.country for a in group) == ["PAK", "RUS"]


def test_the_two_governments_carry_the_sector() -> None:
    group = by_text("Egypt and Qatar signed a deal. The two governments will meet yearly.")[
        "The two governments"
    ].group
    assert {(a.country, a.sector) for a in group} == {("EGY", "GOV"), ("QAT", "GOV")}


def test_the_two_leaders_are_the_last_two_people() -> None:
    group = by_text(
        "Narendra Modi hosted Xi Jinping in Chennai. Both leaders walked on the beach."
    )["Both leaders"].group
    assert {a.id for a in group} == {"person:narendra-modi", "person:xi-jinping"}


def test_surname_title_and_role_refer_back_to_the_person_named() -> None:
    text = (
        "Imran Khan met Vladimir Putin. Khan said trade must grow. PM Khan also spoke of energy. "
        "The premier left on Friday."
    )
    ids = [m.actor.id for m in mentions(text, "2019-06-14") if m.actor and m.actor.kind == "person"]
    assert ids == [
        "person:imran-khan",
        "person:vladimir-putin",
        "person:imran-khan",
        "person:imran-khan",
        "person:imran-khan",
    ]


def test_unknown_people_are_remembered_by_surname() -> None:
    found = mentions(
        "Political analyst Hasan Askari Rizvi said the visit mattered. Rizvi added more."
    )
    assert [(m.text, m.actor.role) for m in found] == [
        ("Political analyst Hasan Askari Rizvi", "analyst"),
        ("Rizvi", "analyst"),
    ]


def test_a_surname_inside_an_unknown_name_is_not_the_famous_holder() -> None:
    found = mentions("Shafqat Ali Khan said the consulate would open.", "2019-06-01")
    assert all(m.actor is None or m.actor.id != "person:imran-khan" for m in found)


def test_the_same_surname_means_different_people_over_time() -> None:
    assert mentions("Sharif visited Beijing.", "2015-05-01")[0].actor.id == "person:nawaz-sharif"
    assert mentions("Sharif visited Beijing.", "2023-05-01")[0].actor.id == "person:shehbaz-sharif"


def test_counterpart_takes_the_role_of_the_person_just_named() -> None:
    found = by_text("Foreign Minister Qureshi met his Russian counterpart in Moscow.", "2019-05-01")
    assert found["Russian counterpart"].actor.id == "person:sergey-lavrov"


def test_apposition_names_the_person_with_the_title() -> None:
    found = mentions("Danila Ganich, the Russian ambassador, met the minister.")
    assert (found[0].actor.name, found[0].actor.country, found[0].actor.role) == (
        "Danila Ganich",
        "RUS",
        "ambassador",
    )


def test_former_before_a_title_of_an_unknown_person() -> None:
    actor = mentions("Former Indian ambassador Rakesh Sood disagreed.")[0].actor
    assert (actor.country, actor.role, actor.sector) == ("IND", "former ambassador", "ELI")


def test_actor_at_answers_for_roles_names_and_places() -> None:
    resolver = Resolver(load_kb())
    assert (
        resolver.actor_at("foreign minister", "PAK", date(2019, 3, 1)).id
        == "person:shah-mehmood-qureshi"
    )
    assert resolver.actor_at("COAS", on=date(2020, 1, 1)).id == "person:qamar-javed-bajwa"
    assert resolver.actor_at("Imran Khan", on=date(2023, 1, 1)).role == "former prime minister"
    assert resolver.actor_at("the Kremlin").id == "RUS.GOV"


def test_actor_on_re_resolves_a_person_at_an_event_date() -> None:
    resolver = Resolver(load_kb())
    khan = resolver.actor_at("Imran Khan", on=date(2023, 1, 1))
    assert resolver.actor_on(khan, date(2019, 1, 1)).role == "prime minister"


def test_titles_of_armed_groups_and_companies_stay_with_them() -> None:
    found = by_text("The TTP spokesman and Gazprom's chief executive Alexei Miller spoke.")
    assert (found["TTP spokesman"].actor.country, found["TTP spokesman"].actor.sector) == (
        "PAK",
        "INS",
    )
    miller = found["Gazprom's chief executive Alexei Miller"].actor
    assert (miller.country, miller.sector, miller.role) == ("RUS", "BUS", "executive")


def test_a_title_overrides_a_remembered_namesake() -> None:
    found = mentions("Ambassador Shafqat Ali Khan met PM Khan.", "2019-01-01")
    assert found[-1].actor.id == "person:imran-khan"


def test_a_seat_or_agency_gives_its_sector_to_the_title() -> None:
    found = by_text("Pentagon spokesman John Kirby and the ISI chief met.", "2023-01-01")
    assert (
        found["Pentagon spokesman John Kirby"].actor.country,
        found["Pentagon spokesman John Kirby"].actor.sector,
    ) == ("USA", "MIL")
    assert found["ISI chief"].actor.id == "PAK.SPY"


def test_a_name_set_off_by_commas_after_a_title() -> None:
    found = mentions("The Russian ambassador, Danila Ganich, said ties were good.", "2023-01-01")
    assert (found[0].text, found[0].actor.name) == (
        "Russian ambassador, Danila Ganich",
        "Danila Ganich",
    )
    found = mentions("The minister, Russia said, was late.", "2023-01-01")
    assert [m.text for m in found] == ["Russia"]


def test_names_and_titles_do_not_run_across_lines() -> None:
    found = mentions("By Staff Correspondent\nUpdated Monday\nThe Pakistan\nArmy said.")
    assert [(m.text, m.actor.id) for m in found] == [("Pakistan", "PAK")]


def test_the_texts_title_wins_for_an_office_the_kb_never_gave_the_person() -> None:
    found = mentions(
        "Defence Minister Ahsan Iqbal met Foreign Minister Imran Khan.", "2019-01-01"
    )
    assert (found[0].actor.id, found[0].actor.role) == ("person:ahsan-iqbal", "defence minister")
    assert (found[1].actor.id, found[1].actor.role) == ("person:imran-khan", "foreign minister")
    # a past office keeps the date's role: he was prime minister, and in 2023 no longer
    assert (
        mentions("Prime Minister Imran Khan spoke.", "2023-06-01")[0].actor.role
        == "former prime minister"
    )


def test_a_one_word_alias_inside_another_name_is_not_the_known_person() -> None:
    found = mentions("Imran Ismail met Imran.", "2019-01-01")
    assert [(m.text, m.actor.id) for m in found] == [("Imran", "person:imran-khan")]
    assert found[0].start == len("Imran Ismail met ")


def test_a_dateline_capital_is_where_the_story_was_filed() -> None:
    found = mentions("ISLAMABAD: Moscow, however, refused.")
    assert [(m.text, m.is_place) for m in found] == [("ISLAMABAD", True), ("Moscow", False)]


def test_unknown_names_keep_their_joiners() -> None:
    found = mentions(
        "Saudi Ambassador Nawaf bin Saeed Al-Malki met Analyst Ali Khan - The envoy left."
    )
    assert [m.actor.name for m in found] == ["Nawaf bin Saeed Al-Malki", "Ali Khan"]


def test_modifiers_between_nationality_and_title() -> None:
    found = mentions(
        "Iran's top security official Ali Shamkhani met Pakistan's former ambassador Maleeha Lodhi."
    )
    assert [(m.actor.country, m.actor.role) for m in found] == [
        ("IRN", "official"),
        ("PAK", "former ambassador"),
    ]
    assert [m.text for m in mentions("Russia said the ambassador left.")] == ["Russia"]


def test_the_texts_title_picks_among_offices_held_at_once() -> None:
    actor = mentions("Crown Prince Mohammed bin Salman welcomed the deal.", "2023-03-10")[0].actor
    assert actor.role == "crown prince"


def test_a_known_person_is_remembered_by_surname_the_kb_keeps_no_phrase_for() -> None:
    found = mentions("Argentine Foreign Minister Hector Timerman flew to Lima. Timerman met "
                     "Peruvian officials there.", "2012-02-15")
    assert [(m.text, m.actor.id) for m in found if m.actor and m.actor.kind == "person"] == [
        ("Argentine Foreign Minister Hector Timerman", "person:hector-timerman"),
        ("Timerman", "person:hector-timerman"),
    ]


def test_a_month_is_no_surname_of_a_person_named_before() -> None:
    found = mentions("British Prime Minister Theresa May met Chinese leaders in January. "
                     "Talks resume in May.", "2018-02-01")
    assert [m.text for m in found if m.actor and m.actor.kind == "person"] == [
        "British Prime Minister Theresa May"]


def test_body_named_again_by_its_head_word_alone() -> None:
    found = mentions(
        "The Security Council met on Kosovo on Tuesday. Addressing the Council, the Serbian"
        " president rejected independence. The Gulf Cooperation Council later met, and the"
        " Council praised Kuwait."
    )
    councils = [m.actor.country for m in found if m.text == "Council"]
    assert councils == ["UN", "GCC"]


def test_head_word_alone_before_any_body_or_of_another_is_nobody() -> None:
    assert not [m for m in mentions("The Council met on Monday.") if m.text == "Council"]
    found = mentions("The Security Council met. The Council of Ministers then met in Rome.")
    assert not [m for m in found if m.text == "Council"]
