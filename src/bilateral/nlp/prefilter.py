"""The cheap pass: which sentences need spaCy's full parse."""

from __future__ import annotations

from bilateral.types import Sentence


def needs_parse(sentence: Sentence, cues: set[int]) -> bool:
    """True when the sentence can hold an event, a figure or a quote.

    ``cues`` are the indexes of sentences where the resolver's phrase matcher
    found an actor, a number or a quotation mark.
    """
    return sentence.index in cues
