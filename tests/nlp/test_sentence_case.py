"""Title-case headlines are parsed in sentence case, their words kept as written."""

from __future__ import annotations

import pytest

import bilateral
from bilateral.nlp.casing import SentenceCase
from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences


@pytest.fixture(scope="module")
def casing() -> SentenceCase:
    return SentenceCase(load_nlp())


def test_a_title_case_line_is_parsed_with_its_verb_and_its_own_words() -> None:
    line = "Hanoi Denies Report That It Expelled Thai Envoy"
    doc = parse_sentences(split_sentences(line), load_nlp())[0].doc
    assert [t.text for t in doc] == line.split()
    assert all(line[t.idx : t.idx + len(t)] == t.text for t in doc)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert (root.text, root.lemma_, root.pos_) == ("Denies", "deny", "VERB")


def test_known_names_acronyms_and_unknown_words_keep_their_capitals(casing: SentenceCase) -> None:
    line = "Kenya Expels Ugandan Diplomats Over Fishing Dispute With NATO Envoy Oduya"
    recased = casing.recased(line, [(0, 5), (13, 20)])
    assert recased == "Kenya expels Ugandan diplomats over fishing dispute with NATO envoy Oduya"


@pytest.mark.parametrize(
    "line, names",
    [
        ("Kenya expelled two Ugandan diplomats on Monday over a fishing dispute.", []),
        ("Senegal, Gambia reopen border", []),
        # every capitalised word a known name (titles and people): nothing to lower
        ("Prime Minister Tanaka met President Okafor", [(0, 21), (26, 42)]),
    ],
)
def test_a_line_in_sentence_case_is_parsed_as_written(
    casing: SentenceCase, line: str, names: list[tuple[int, int]]
) -> None:
    assert casing.recased(line, names) is None


def test_a_compound_the_dictionary_lacks_is_still_an_english_word(casing: SentenceCase) -> None:
    assert casing.is_english_word("airstrikes") and casing.is_english_word("ceasefires")
    assert not casing.is_english_word("oduya")


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Kenya Expels Ugandan Diplomats Over Fishing Dispute", ("SANCTION", "KEN", "occurred")),
        ("Peru Recalls Ambassador From Chile After Border Row", ("SANCTION", "PER", "occurred")),
        ("Egypt Signs Gas Deal With Israel In Cairo", ("AGREE", "EGY", "occurred")),
        ("Hanoi Denies Report That It Expelled Thai Envoy", ("SANCTION", "VNM.GOV", "denied")),
    ],
)
def test_a_title_case_headline_tells_its_event(headline: str, expected: tuple[str, str, str]) -> None:
    records = bilateral.extract(headline + "\n\nOfficials spoke to reporters on Monday.",
                                published="2020-03-04")
    assert [(e.type, e.source.id if e.source else None, e.status) for e in records.events] == [expected]
