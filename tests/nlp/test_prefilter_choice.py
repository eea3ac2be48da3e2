"""The cheap pass picks the sentences that can hold an event; only those are parsed."""

from __future__ import annotations

import pytest

from bilateral.events.plover import trigger_lemmas
from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences
from bilateral.nlp.prefilter import Prefilter
from bilateral.types import Sentence


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    """The cheap pass as extraction builds it: the events lexicon's trigger lemmas."""
    return Prefilter.for_lemmas(trigger_lemmas(), load_nlp())


def sentence(text: str, index: int = 0) -> Sentence:
    return Sentence(index=index, start=0, end=len(text), text=text)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a fisheries accord on Friday.",
    "The Ghanaian president met his Togolese counterpart in Lome.",
    "Hungary's foreign minister is visiting Belgrade this week.",
    "Mongolia accused its neighbour of blocking coal trucks at the border.",
    "Navies from both countries held their first joint exercise.",
    "Ecuador imposed sanctions on three shipping firms.",
    # a verb whose own code is a statement, an event through its object pattern
    "Chile presented evidence against two Peruvian officers.",
    # a word a rule reads in a said clause: backing an armed group is a wrong told
    "Peru said Chile was harbouring the rebels.",
])
def test_sentences_with_an_event_word_are_parsed(prefilter: Prefilter, text: str) -> None:
    assert prefilter.has_event_trigger(text)
    assert prefilter.needs_parse(sentence(text), cues={0})


@pytest.mark.parametrize("text", [
    "The weather was mild and the streets were busy.",
    "It is a long way from the coast to the mountains.",
    "Readers have been reading the paper for years.",
])
def test_sentences_without_one_are_not(prefilter: Prefilter, text: str) -> None:
    assert not prefilter.has_event_trigger(text)


def test_a_sentence_without_a_cue_is_never_parsed(prefilter: Prefilter) -> None:
    sentence_three = sentence("Chile and Peru signed a fisheries accord.", 3)
    assert not prefilter.needs_parse(sentence_three, cues={0, 1})


def test_the_trigger_words_are_the_inflected_lemmas_passed_in() -> None:
    only_visits = Prefilter.for_lemmas([("visit", "verb"), ("exercise", "noun")], load_nlp())
    for text in ("The minister visited Lima.", "She is visiting Quito.", "Two joint exercises."):
        assert only_visits.has_event_trigger(text), text
    assert not only_visits.has_event_trigger("Chile and Peru signed a fisheries accord.")
    assert not only_visits.needs_parse(sentence("The minister visits Lima."), cues=set())


def test_parse_skips_unwanted_sentences() -> None:
    text = ("The ministers met in Nairobi on Tuesday.\n"
            "Ghana and Togo agreed to reopen the border.\n"
            "The weather was mild.")
    parsed = parse_sentences(split_sentences(text), load_nlp(), lambda s: s.index < 2)
    first, second, third = parsed
    assert [t.pos_ for t in first.doc if t.text == "Nairobi"] == ["PROPN"]
    assert second.doc is not None
    assert [t.dep_ for t in second.doc if t.text == "agreed"] == ["ROOT"]
    assert third.doc is None
    assert (first.start, first.end) == (0, len("The ministers met in Nairobi on Tuesday."))
