"""Where words were said is not who said them (issue #13): a place in an in/at phrase of
a verb of saying, of the occasion it was said at, of a participle of the speaker's own
doing ("speaking in Oslo") or of a named speaker the resolver does not know leaves the
doer unknown, instead of making the venue's country the accuser. A capital used as the
government ("Moscow said") still speaks, and a place that tells who the speaker is
("officials in Moscow", "a report released in Nairobi", an envoy summoned in Moscow) still
does."""

from __future__ import annotations

import pytest

from .conftest import Events, relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Amum told reporters in Nairobi that Pakistan was attempting to extort money.",
        "Amum said in Nairobi that Pakistan was attempting to extort money.",
        "Amum told a news conference in Tokyo that Pakistan had lied.",
        "Amum, speaking in Oslo, accused Pakistan of extortion.",
        "Speaking in Oslo, Amum accused Pakistan of extortion.",
        "Amum, speaking to reporters in Oslo, accused Pakistan of extortion.",
        "In a speech in Tokyo, Amum accused Pakistan of lying.",
        "Amum, in Nairobi, accused Pakistan of extortion.",
        "Amum accused Pakistan of extortion in Nairobi.",
    ],
)
def test_the_venue_of_words_is_not_their_speaker(events_of: Events, sentence: str) -> None:
    assert relations(events_of(sentence)) == []


@pytest.mark.parametrize(
    "sentence,accusation",
    [
        # metonymy: the capital is the subject, the government speaking
        ("Moscow said Pakistan was attempting to extort money.", ("ACCUSE", "RUS", "PAK")),
        ("Moscow accused Pakistan of extortion.", ("ACCUSE", "RUS", "PAK")),
        # a resolved speaker keeps their own state wherever they speak
        ("Hansen told reporters in Nairobi that Pakistan had lied.", ("ACCUSE", "NOR", "PAK")),
        # the place tells who speaks: people serving there, a document made there
        ("Officials in Moscow accused Pakistan of extortion.", ("ACCUSE", "RUS", "PAK")),
        ("A report released in Nairobi accused Pakistan of extortion.", ("ACCUSE", "KEN", "PAK")),
        # an envoy is summoned at home by the state that summons
        ("Pakistan's envoy was summoned in Moscow.", ("ACCUSE", "RUS", "PAK")),
    ],
)
def test_a_place_that_tells_the_speaker_still_does(
    events_of: Events, sentence: str, accusation: tuple[str, str, str]
) -> None:
    assert relations(events_of(sentence)) == [accusation]
