"""The counterpart of an act that names one party: the article's other party, the other
party of the act just told, or the one other party its sentence names.

Invented texts (Norway and Chile, Kenya and Norway), read with the stand-in resolver of conftest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("nlp")  # skips without the spaCy model

QUARREL = (
    "Norway and Chile have quarrelled over salmon for years. "
    "Chile accused Norway of dumping fish. "
)


def _pairs(events: list[Any], event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.type == event_type
    ]


def test_a_reply_just_after_the_other_party_is_named_is_with_it(
    events_of: Callable[..., list[Any]],
) -> None:
    events = events_of(QUARREL + "Norway rejected the charge on Monday.")
    assert _pairs(events, "REJECT") == [("NOR", "CHL")]


def test_an_act_told_after_the_text_has_moved_on_takes_no_counterpart(
    events_of: Callable[..., list[Any]],
) -> None:
    """Three sentences about Norway's own fleet: the act that follows is not read as one
    with Chile, which the text last named four sentences before."""
    text = QUARREL + (
        "Norwegian fishermen say prices have fallen. The fleet has shrunk by a third since "
        "2010. Many boats now sit idle in the harbour. Norway rejected the charge on Monday."
    )
    assert _pairs(events_of(text), "REJECT") == []


def test_the_headline_act_is_with_the_article_pair(events_of: Callable[..., list[Any]]) -> None:
    """A headline tells what the whole article is about: its one-party act is with the
    article's other party, though nothing before it names that party."""
    title = "Chile snubs salmon talks"
    events = events_of(f"{title}\n\n{QUARREL}", title=title)
    assert ("CHL", "NOR") in _pairs(events, "REJECT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Hansen spoke to the press on Monday.",
        "Norway held a press conference on Monday.",
        "Minister Hansen briefed lawmakers on Monday.",
        "Norway arrested two journalists on Monday.",
    ],
)
def test_an_act_before_an_audience_at_home_is_not_with_the_other_party(
    events_of: Callable[..., list[Any]], sentence: str
) -> None:
    """The press, reporters or parliament receive the act, not Chile."""
    events = [e for e in events_of(QUARREL + sentence) if e.trigger not in ("quarrelled", "accused")]
    assert events == []


def test_a_reply_given_in_parliament_still_answers_the_other_party(
    events_of: Callable[..., list[Any]],
) -> None:
    """Parliament is where the reply is given, not whom it answers."""
    events = events_of(QUARREL + "Norway rejected the charge in parliament on Monday.")
    assert _pairs(events, "REJECT") == [("NOR", "CHL")]


def test_an_act_said_to_come_leaves_its_receiver_open(events_of: Callable[..., list[Any]]) -> None:
    events = events_of(QUARREL + "Norway will raise its defence budget.")
    assert [e for e in events if e.trigger not in ("quarrelled", "accused")] == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Norway said it would impose sanctions.", "THREATEN"),  # a threat is made when said
        ("Norway will hold joint naval exercises next month.", "AGREE"),  # joint: with Chile
    ],
)
def test_a_threat_made_or_a_joint_act_to_come_is_with_the_other_party(
    events_of: Callable[..., list[Any]], sentence: str, event_type: str
) -> None:
    assert _pairs(events_of(QUARREL + sentence), event_type) == [("NOR", "CHL")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said Chile had spied on Norwegian diplomats.",
        "A government spokesman accused Chile of breaking the quota deal.",
        "Officials condemned the Chilean decision.",
    ],
)
def test_an_office_named_alone_acts_for_the_other_party(
    events_of: Callable[..., list[Any]], sentence: str
) -> None:
    """The speaker named by office only ("the ministry", "a spokesman") is the party of the
    article the accusation is not aimed at."""
    assert ("NOR", "CHL") in _pairs(events_of(QUARREL + sentence), "ACCUSE")


def test_an_office_of_the_accused_party_is_not_read_as_the_accuser(
    events_of: Callable[..., list[Any]],
) -> None:
    """Named offices keep their own state: "the Chilean ministry" accuses nobody of itself."""
    sentence = "The Chilean ministry condemned the Norwegian decision."
    events = [e for e in events_of(QUARREL + sentence) if e.sentence == sentence]
    assert _pairs(events, "ACCUSE") == [("CHL", "NOR")]


def test_an_accusation_whose_doer_is_not_resolved_is_the_other_partys(
    events_of: Callable[..., list[Any]],
) -> None:
    """A participle accusing the named party, on a subject the text does not resolve (a
    person it names nowhere else), is the article's other party's accusation."""
    sentence = "Mr Berg walked out of the meeting on Monday, accusing Chile of bad faith."
    events = [e for e in events_of(QUARREL + sentence) if e.sentence == sentence]
    assert _pairs(events, "ACCUSE") == [("NOR", "CHL")]


def test_an_act_in_a_sentence_naming_several_other_parties_is_not_with_the_pair(
    events_of: Callable[..., list[Any]],
) -> None:
    """A sentence that names two parties besides Norway and Chile tells what Norway did
    among them: Chile, named just before, is not the receiver."""
    sentence = "Norway joined Japan and Brazil in condemning the vote on Monday."
    events = events_of(QUARREL + sentence)
    assert [e for e in events if e.sentence == sentence and "CHL" in _countries(e)] == []


def _countries(event: Any) -> set[str | None]:
    return {event.source.country if event.source else None, event.target.country if event.target else None}


@pytest.mark.parametrize(
    "visit,pairs",
    [
        # the meeting names whom it was with, and they are no party
        ("Minister Hansen later visited a salmon farm.", []),
        ("Minister Hansen also held talks with fishing unions.", []),
        # a meeting that names no one else is with the article's other party
        ("Minister Hansen also held talks on Tuesday.", [("NOR", "CHL")]),
        ("Minister Hansen also held talks with his counterpart.", [("NOR", "CHL")]),
    ],
)
def test_a_meeting_with_someone_named_is_not_with_the_article_pair(
    events_of: Callable[..., list[Any]], visit: str, pairs: list[tuple[str, str]]
) -> None:
    events = events_of(QUARREL + "Norway denied the charge. " + visit)
    assert _pairs(events, "CONSULT") == pairs


# An article about Kenya and Norway, so the article's pair is no help for other parties.
FISHING = (
    "Kenya and Norway have argued over fishing rights for years. "
    "Kenyan and Norwegian officials met in Nairobi in May. "
    "Kenya wants Norway to pay for access to its waters. "
)


def test_an_answer_is_aimed_at_the_other_party_of_the_act_just_told(
    events_of: Callable[..., list[Any]],
) -> None:
    text = FISHING + (
        "Separately, China recalled its ambassador from Japan on Monday. "
        "Meanwhile Japan has rejected any change to the wording of the treaty."
    )
    assert _pairs(events_of(text), "REJECT") == [("JPN", "CHN")]


def test_an_answer_by_a_party_the_act_before_left_out_stays_one_party(
    events_of: Callable[..., list[Any]],
) -> None:
    text = "China recalled its ambassador from Japan on Monday. Brazil rejected the plan."
    assert _pairs(events_of(text), "REJECT") == []


def test_a_sentence_naming_one_other_party_names_the_receiver(
    events_of: Callable[..., list[Any]],
) -> None:
    """The receiver in the passive subject's for-phrase, outside the doer's reach."""
    text = "A camp for Kenyan refugees was attacked by Norwegian troops, the agency reported."
    assert _pairs(events_of(text), "ASSAULT") == [("NOR", "KEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said that Norway had rejected the plan.",  # the speaker
        "Norway, which buys most of its tea from Kenya, rejected the plan.",  # about the doer
        "Norway rejected the plan after talks with Kenyan envoys.",  # a time phrase
        "Norway rejected the envoy, a friend of Kenya, on Monday.",  # who the object is
    ],
)
def test_a_party_the_sentence_names_elsewhere_is_no_receiver(
    events_of: Callable[..., list[Any]], text: str
) -> None:
    assert _pairs(events_of(text), "REJECT") == []


def test_an_accusation_by_an_unnamed_person_is_the_other_partys(
    events_of: Callable[..., list[Any]],
) -> None:
    """"He" with nobody named before to take up is a person who speaks for one of the
    article's parties: accusing Chile, for Norway."""
    sentence = "He said Chile had broken the quota deal."
    events = [e for e in events_of(QUARREL + sentence) if e.sentence == sentence]
    assert _pairs(events, "ACCUSE") == [("NOR", "CHL")]
