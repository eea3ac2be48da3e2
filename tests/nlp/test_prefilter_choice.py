"""The cheap pass picks the sentences that can hold an event; only those are parsed."""

from __future__ import annotations

import pytest

from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences
from bilateral.nlp.prefilter import has_event_trigger, needs_parse
from bilateral.types import Sentence


def sentence(text: str, index: int = 0) -> Sentence:
    return Sentence(index=index, start=0, end=len(text), text=text)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a fisheries accord on Friday.",
    "The Ghanaian president met his Togolese counterpart in Lome.",
    "Hungary's foreign minister is visiting Belgrade this week.",
    "Mongolia accused its neighbour of blocking coal trucks at the border.",
    "Navies from both countries held their first joint exercise.",
    "Ecuador imposed sanctions on three shipping firms.",
])
def test_sentences_with_an_event_word_are_parsed(text: str) -> None:
    assert has_event_trigger(text)
    assert needs_parse(sentence(text), cues={0})


@pytest.mark.parametrize("text", [
    "The weather was mild and the streets were busy.",
    "It is a long way from the coast to the mountains.",
    "Readers have been writing to the editor for years.",
])
def test_sentences_without_one_are_not(text: str) -> None:
    assert not has_event_trigger(text)


def test_a_sentence_without_a_cue_is_never_parsed() -> None:
    assert not needs_parse(sentence("Chile and Peru signed a fisheries accord.", 3), cues={0, 1})


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
