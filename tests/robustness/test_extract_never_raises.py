"""`bilateral.extract(text)` never raises, whatever the text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral.types import Records

# Pieces that reach deep into the extractors: actors, triggers, numbers, dates, quotes.
FRAGMENTS = [
    "Pakistan", "Russia", "the Kremlin", "Prime Minister", "Imran Khan", "Lavrov", "both sides",
    "the two countries", "signed", "met", "visited", "accused", "is expected to", "did not",
    "$ 478.03 million", "US $", "1 billion USD", "Rs 5bn", "two million", "60%", "in 2017",
    "2017-18", "last year", "on Monday", "30.05.2024", "Wednesday 25th May 2022", "\"", "“",
    "”", "'", ",", ".", "\n", "\n\n", " ", "(", ")", "—", "-", ":", ";", "Moscow", "in Moscow",
    "trade", "exports", "imports", "between", "and", "to", "from", "of", "the", "said", "told",
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
any_text = st.text(max_size=400)
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(fragment_text, any_text, st.tuples(fragment_text, any_text).map("".join)),
       published=published)
def test_extract_never_raises(text: str, published: str | None) -> None:
    records = bilateral.extract(text, published=published)
    assert isinstance(records, Records)
    for record in records.to_records():
        if "start" in record and record["kind"] != "document":
            assert 0 <= record["start"] <= record["end"] <= len(text)
