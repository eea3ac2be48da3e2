"""Phrase matching honours the capitals of the knowledge base's spelling."""

from __future__ import annotations

import bilateral
from bilateral.actors.load import load_kb


def texts(sentence: str) -> list[str]:
    return [m.text for m in bilateral.resolve(sentence, date="2020-01-01")]


def test_acronyms_must_be_written_in_capitals() -> None:
    assert texts("Let us talk about the US and the UN.") == ["US", "the UN"]


def test_mixed_case_names_are_written_exactly() -> None:
    assert texts("LeT was banned. Let it be.") == ["LeT"]


def test_headlines_in_capitals_still_match() -> None:
    assert texts("PAKISTAN, RUSSIA SIGN ENERGY DEAL") == ["PAKISTAN", "RUSSIA"]


def test_lower_case_common_words_are_not_countries() -> None:
    assert texts("We ate turkey and china plates in a chad-like mood.") == []


def test_curly_apostrophes_and_hyphens() -> None:
    found = bilateral.resolve(
        "Pakistan’s prime minister praised Pakistan-Russia ties.", date="2020-01-01"
    )
    assert [m.text for m in found] == ["Pakistan’s prime minister", "Pakistan", "Russia"]
    assert found[0].actor.id == "person:imran-khan"


def test_lower_case_words_start_only_phrases_written_in_lower_case() -> None:
    kb = load_kb()
    assert "said" in kb.prefixes and "said" not in kb.uncapitalised_starts  # "Said ..." names
    assert "the" in kb.uncapitalised_starts  # "the two countries"
    found = bilateral.resolve(
        "Pakistan and Russia said in a statement that the two countries would trade more.",
        date="2020-01-01",
    )
    assert [m.text for m in found] == ["Pakistan", "Russia", "the two countries"]
    assert {a.id for a in found[2].group} == {"PAK", "RUS"}
