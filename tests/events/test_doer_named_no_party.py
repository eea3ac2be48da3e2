"""An attack whose doer the sentence names as no party (gunmen, militants, a group) takes
no doer from the article's pair, nor is blame laid on such a doer aimed at the pair's other
party (issue #13: precision); an attack a party's forces did keeps its doer."""

from __future__ import annotations

import pytest

from .conftest import Events, relations

QUARREL = "Kenya and Norway have quarrelled for years over fishing rights. "
BY_NORWAY = [("ASSAULT", "NOR", "KEN")]


@pytest.mark.parametrize(
    "sentence,attacks",
    [
        ("Kenya blamed the raids on a group it says is funded by Norway.", []),
        ("Kenya blamed the attack on militants.", []),
        ("Kenya attributed the bombing to a separatist group.", []),
        ("The attack was carried out by unknown gunmen, Kenya said.", []),
        ("Kenya condemned an attack by gunmen on a police post.", []),
        ("Kenya condemned the raids, which were claimed by the group.", []),
        ("Gunmen attacked Kenyan police posts.", []),
        ("Kenyan police posts were attacked by gunmen.", []),
        ("Militants staged an attack on Kenyan police posts.", []),
        # a party's forces named as the doer
        ("Kenya blamed the raids on Norwegian troops.", BY_NORWAY),
        ("Kenya attributed the bombing to Norwegian troops.", BY_NORWAY),
        ("Kenya condemned an attack by Norwegian forces on a police post.", BY_NORWAY),
        ("The attack was carried out by Norwegian soldiers.", BY_NORWAY),
        ("Norwegian troops attacked a police post.", BY_NORWAY),
        # who condemns or blames an attack is not its doer
        ("Kenya condemned the raids.", []),
        ("Kenya blamed the attack on them.", []),
    ],
)
def test_an_attack_takes_the_doer_its_sentence_names(
    events_of: Events, sentence: str, attacks: list[tuple[str, str, str]]
) -> None:
    found = relations(events_of(QUARREL + sentence))
    assert [r for r in found if r[0] == "ASSAULT"] == attacks


@pytest.mark.parametrize(
    "sentence,blamed",
    [
        ("Kenya blamed the attack on militants.", []),
        ("Kenya blamed rebels for the raids.", []),
        ("Kenya condemned an attack by gunmen on a police post.", []),
        ("Kenya condemned the raids, which were claimed by the group.", []),
        # a wrong the list codes no act for, done by whom its by-phrase names
        ("Kenya firmly opposes intimidation by any claimant.", []),
        ("Kenya condemned violations of the truce by the rebels.", []),
        ("Kenya condemned violations of the truce by Norwegian troops.", [("ACCUSE", "KEN", "NOR")]),
        # a party named as the one blamed, or in what the blame is laid on
        ("Kenya blamed Norway for the raids.", [("ACCUSE", "KEN", "NOR")]),
        ("Kenya blamed the raids on a rebel group backed by Norway.", [("ACCUSE", "KEN", "NOR")]),
        ("Kenya condemned the raids.", [("ACCUSE", "KEN", "NOR")]),
    ],
)
def test_blame_laid_on_no_party_is_not_on_the_other_party(
    events_of: Events, sentence: str, blamed: list[tuple[str, str, str]]
) -> None:
    found = events_of(QUARREL + sentence)
    told = [r for e, r in zip(found, relations(found)) if sentence in e.sentence]
    assert [r for r in told if r[0] == "ACCUSE"] == blamed
