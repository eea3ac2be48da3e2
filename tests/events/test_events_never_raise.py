"""extract_events is total: any text, any mentions, never an exception."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.events import extract_events
from bilateral.nlp.pipeline import parse_sentences, split_sentences
from bilateral.types import Document

WORDS = st.sampled_from(
    [
        "Norway",
        "Chile",
        "met",
        "visited",
        "the",
        "two countries",
        "signed",
        "an",
        "agreement",
        "in",
        "2014",
        "on Monday",
        "will",
        "not",
        "Oslo",
        ",",
        ".",
        "\n",
        "'s",
        "visit",
        "between",
        "and",
        "drills",
        "last year",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join)),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1))),
)
def test_events_never_raise(nlp: Any, mentions_of: Any, text: str, published: date | None) -> None:
    document = Document(text=text, source="fuzz", published=published)
    sentences = parse_sentences(split_sentences(text), nlp)
    for event in extract_events(document, sentences, mentions_of(text), None):
        assert text[event.start : event.end] == event.sentence
