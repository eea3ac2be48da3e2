"""Any text resolves without error, and every mention's span is its text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

PIECES = ["Pakistan", "Russia", "PM", "the", "two", "countries", "Khan", "General", "Ambassador",
          ",", "of", "to", "former", "Mr", "Moscow", "in", "Imran", "both", "sides", "’s", "'s",
          "Taliban", "leader", "Sehgal", "expert", "Ali", "counterpart", "\n", "Soviet", "LeT"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=20),
    st.sampled_from([None, "1950-06-01", "2019-01-01", "2024-12-31"]),
)
def test_spans_are_exact_and_nothing_raises(pieces: list[str], on: str | None) -> None:
    text = " ".join(pieces)
    for mention in bilateral.resolve(text, date=on):
        assert text[mention.start : mention.end] == mention.text
        assert mention.actor is not None or mention.group  # unparsed text: KB mentions only
