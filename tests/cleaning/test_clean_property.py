"""Whatever text comes in, clean() returns a Document or raises SkipDocument."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.cleaning import clean
from bilateral.errors import SkipDocument
from bilateral.sources import RawItem
from bilateral.types import Document


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=600), kind=st.sampled_from(["text", "html"]))
def test_clean_property_never_raises_other_errors(text: str, kind: str) -> None:
    try:
        doc = clean(RawItem("x", text.encode("utf-8", "surrogatepass"), kind, {}))
    except SkipDocument:
        return
    assert isinstance(doc, Document)
    assert doc.text.strip()


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), max_size=40))
def test_clean_property_line_soup(lines: list[str]) -> None:
    try:
        clean(RawItem("x", "\n".join(lines).encode("utf-8", "surrogatepass"), "text", {}))
    except SkipDocument:
        pass
