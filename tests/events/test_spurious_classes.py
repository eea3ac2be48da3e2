"""Classes of spurious event found on text nobody tuned on (issue #13: precision on unseen
articles), each tested on sentences written for it."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events.status import classify_status

from .conftest import Events, relations_with_status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Chile backed Norway's efforts to lift the tariffs on Kenyan tea.", "lift", "hoped"),
        ("Kenya sent envoys in a bid to end the standoff with Japan.", "end", "hoped"),
        ("Japan funded a campaign to buy influence in Kenya.", "buy", "hoped"),
        ("Brazil defended the right of its navy to fire on the trawlers.", "fire", "hypothetical"),
        # a decision or a move is reported as done
        ("Norway's decision to expel the Chilean envoy angered Santiago.", "expel", "occurred"),
    ],
)
def test_an_infinitive_on_a_noun_of_aim_is_no_act_done(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    doc = parse(text)
    assert classify_status(next(t for t in doc if t.text == trigger)) == status


def test_an_effort_to_act_is_not_the_act(events_of: Events) -> None:
    assert relations_with_status(events_of("Chile praised Norway's efforts to sanction Kenya.")) == [
        ("SUPPORT", "CHL", "NOR", "occurred")
    ]


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Kenyan authorities instituted a quarantine near the Chilean border.", "instituted"),
        ("Critics say Norway is appeasing Chile.", "appeasing"),
        ("Chile has established democratic institutions, the Norwegian envoy said.", "established"),
        ("Economists linked the rise in prices to Kenyan tariffs.", "linked"),
    ],
)
def test_a_fallback_block_that_names_no_act_codes_nothing(coded: Any, text: str, verb: str) -> None:
    # the long-tail dictionary files these under unspecified material cooperation (060)
    assert coded(text, verb) is None


def test_giving_keeps_the_fallback_default(coded: Any) -> None:
    found = coded("Norway entrusted the project to Chile.", "entrusted")
    assert found is not None and found.type == "COOPERATE"


def test_a_word_refused_or_asked_of_the_press_is_no_act(events_of: Events) -> None:
    assert events_of("Norway's foreign ministry declined to comment on the Chilean report.") == []
    assert relations_with_status(events_of("A Kenyan official, who asked not to be named, praised Japan.")) == [
        ("SUPPORT", "KEN", "JPN", "occurred")
    ]
    # a refusal of an act between them stays one
    assert relations_with_status(events_of("Norway declined to meet President Rojas.")) == [
        ("REJECT", "NOR", "CHL", "occurred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It shows how detached from Kenya the Japanese government is.",
        "It's striking that Chile and Norway are threatening to cut growth, Kenya's governor said.",
        "Japan is worried about Kenya's moods, as demonstrated by its exit from talks with Norway.",
    ],
)
def test_a_participle_that_only_describes_is_no_act(events_of: Events, text: str) -> None:
    triggers = [e.trigger for e in events_of(text)]
    assert not {"detached", "striking", "demonstrated"} & set(triggers)


def test_a_stance_told_with_a_copula_stays_an_event(events_of: Events) -> None:
    text = "Japan said it is committed to the formula granting Kenya autonomy."
    assert relations_with_status(events_of(text)) == [("AGREE", "JPN", "KEN", "occurred")]


def test_deaths_in_a_crash_are_no_attack(events_of: Events) -> None:
    assert events_of("Three Kenyan soldiers were killed in a helicopter crash in Japan.") == []
    assert relations_with_status(events_of("Japanese troops killed three Kenyan soldiers in a raid.")) == [
        ("ASSAULT", "JPN", "KEN", "occurred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # unspecified cooperation with an infinitive: the infinitive tells the act
        "Indian cities have managed to improve their air quality since Japan's loans ended.",
        # support told by a that-clause alone: no party is recognised
        "Recent governments in Tokyo have recognized that Japanese soldiers committed crimes in China.",
        "Kenya recognized in 2001 that its police had been too slow with Norwegian tourists.",
    ],
)
def test_a_verb_carrying_another_clause_is_no_act_on_a_party(events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_recognising_a_named_government_stays_support(events_of: Events) -> None:
    assert relations_with_status(events_of("Russia recognized the new government of Kenya.")) == [
        ("SUPPORT", "RUS", "KEN", "occurred")
    ]


def test_releasing_a_text_frees_nobody(events_of: Events) -> None:
    assert events_of("Pakistan released a letter from India's prime minister.") == []
    assert relations_with_status(events_of("Russia released two Japanese sailors.")) == [
        ("RETREAT", "RUS", "JPN", "occurred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese exports to India hit $100 billion for the first time.",
        "Japan's imports from Brazil struck a five-year high in March.",
        "Kenyan tea sales to Norway hit 14 million kilos, a record.",
        "Russian investment in Chile shot up to $2 billion.",
        "Indian shares were hit by fears of a Chinese slowdown.",
    ],
)
def test_a_force_verb_telling_where_a_figure_got_strikes_no_one(events_of: Events, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text,relation",
    [
        ("China hit Japan with missiles.", ("ASSAULT", "CHN", "JPN")),
        ("Russia struck 40 targets in Chile.", ("ASSAULT", "RUS", "CHL")),
        ("Pakistan shot up a convoy in India.", ("ASSAULT", "PAK", "IND")),
        ("Pakistan hit India with tariffs of 20 percent.", ("SANCTION", "PAK", "IND")),
    ],
)
def test_force_verbs_on_targets_still_strike(events_of: Events, text: str, relation: tuple) -> None:
    assert relation in [r[:3] for r in relations_with_status(events_of(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # countering a rival or its influence is no verbal act; countering its words is
        ("Japan is building ports to counter China.", []),
        ("Chile moved to counter Brazil's influence.", []),
        ("Russia countered Norway's claims about the ships.", [("ACCUSE", "RUS", "NOR")]),
        # a word of number heads what it counts: the troops are what was sent
        ("Russia sent thousands of troops to Japan.", [("MOBILIZE", "RUS", "JPN")]),
        ("Pakistan deployed dozens of warships near India.", [("MOBILIZE", "PAK", "IND")]),
    ],
)
def test_what_the_object_is_decides_the_act(events_of: Events, text: str, expected: list) -> None:
    assert [r[:3] for r in relations_with_status(events_of(text))] == expected



def test_a_judgement_with_no_judge_named_is_on_the_doer_of_the_act_judged(events_of: Events) -> None:
    # who rejected it is not told; Japan is not the one rejecting China
    events = events_of("Japan's accusation against China was rejected.")
    assert ("REJECT", "JPN", "CHN") not in [r[:3] for r in relations_with_status(events)]


def test_an_act_noun_subject_names_its_doer_in_a_by_phrase(events_of: Events) -> None:
    found = [r[:3] for r in relations_with_status(events_of("Shelling by Russia killed 12 civilians in Japan."))]
    assert found == [("ASSAULT", "RUS", "JPN")]
