"""Sentences as the splitter cuts them: spans into the text, quotations whole."""

from __future__ import annotations

import pytest

from bilateral.nlp.pipeline import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The navy fired on Monday. “We acted in self-defence,” a spokesman said.",
         ["The navy fired on Monday.", "“We acted in self-defence,” a spokesman said."]),
        ('Talks ended. "We will return," the envoy said.',
         ["Talks ended.", '"We will return," the envoy said.']),
        ("The border closed. ‘Not for long,’ she said.",
         ["The border closed.", "‘Not for long,’ she said."]),
        # a line break always ends a sentence
        ("Ferry link to restart\nMinisters met on Friday.", ["Ferry link to restart", "Ministers met on Friday."]),
    ],
)
def test_a_quotation_starts_its_own_sentence(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
