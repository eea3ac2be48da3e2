"""Every independent country's name, demonym and capital resolves to it."""

from __future__ import annotations

import csv

import bilateral
from bilateral.actors.kb import DATA, RISKY_CAPITALS

# Demonyms two countries share: resolved to the larger one.
SHARED_DEMONYMS = {"Congolese", "Dominican"}
# Short names news gives to the other country ("Congo" is the DRC in wire style): the long form.
SHARED_NAMES = {"Congo"}


def first_actor_country(text: str) -> str | None:
    mentions = [m for m in bilateral.resolve(text, date="2020-01-01") if m.actor]
    return mentions[0].actor.country if mentions else None


def test_names_demonyms_and_capitals_resolve_to_their_country() -> None:
    wrong = []
    with (DATA / "countries.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["independent"] != "True":
                continue
            demonym = row["names"].split("|")[-1]
            name = row["names"].split("|")[1] if row["name"] in SHARED_NAMES else row["name"]
            cases = [f"{name} signed the deal."]
            if demonym not in SHARED_DEMONYMS:
                cases.append(f"The {demonym} government protested.")
            if row["capital"] not in RISKY_CAPITALS and row["iso3"] != "BEL":  # Brussels is the EU
                cases.append(f"{row['capital']} hosted the talks.")
            wrong += [
                (case, row["iso3"]) for case in cases if first_actor_country(case) != row["iso3"]
            ]
    assert wrong == []


def test_spellings_without_accents_match() -> None:
    assert first_actor_country("Chisinau hosted the talks.") == "MDA"
    assert first_actor_country("Turkiye and Cote d'Ivoire signed.") == "TUR"


def test_the_people_of_a_country_with_a_two_word_or_er_demonym_stand_for_it() -> None:
    assert first_actor_country("Police detained three South Koreans at the port.") == "KOR"
    assert first_actor_country("Two Sri Lankans were freed on Friday.") == "LKA"
    assert first_actor_country("Four New Zealanders were among the passengers.") == "NZL"
