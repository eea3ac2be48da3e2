"""A date pattern is skipped only when it cannot match: every match has the cues it needs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bilateral.events import dates
from bilateral.events.dates import PATTERNS, find_dates

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# One or more sentences for every pattern, in upper, lower and mixed case.
SENTENCES = [
    "The accord was signed on 2021-03-14 in Lima.",
    "Talks resumed on September 15, 2022, and again on 3rd of March 2023.",
    "The statement was dated 05.11.2019 and published in DECEMBER OF THE SAME YEAR.",
    "Exports peaked in Sept. 2018, fell by Jan 5 and recovered by 12 June.",
    "Over the past three years trade doubled; two weeks ago the ministers met.",
    "Five years later, in the 1990s, early 2004 and the 2010-11 season, nothing changed.",
    "The envoy visited Hanoi in 2016 and returned last March, since May and next week.",
    "The summit opened on Tuesday's agenda; the ministers met last friday.",
    "Officials said today that talks held yesterday would resume tomorrow or tonight.",
    "During the last decade, the coming year and previous month, no talks took place.",
    "Decades ago the border was closed; THREE YEARS EARLIER it had been open.",
    "Last night and over the Weekend, up 5% from a year earlier, unlike THE PREVIOUS WEEK.",
    "Later That Year the envoys met again.",
    "The visit ran from July 15 to 17, 2022, after talks on 3-5 MARCH 2019.",
    "Envoys met on March 3-5 and again from 10 through 12 June.",
]


def test_every_match_has_the_cues_its_pattern_needs() -> None:
    texts = SENTENCES + [
        line for path in sorted(EXAMPLES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    matched = set()
    for text in texts:
        cues = dates._cues(text)
        for kind, pattern, needs in PATTERNS:
            if pattern.search(text):
                matched.add(kind)
                assert needs <= cues, (kind, text)
    assert matched == {kind for kind, _, _ in PATTERNS}  # the sentences try every pattern


def test_a_sentence_without_cues_has_no_dates() -> None:
    text = "The two sides discussed energy cooperation and regional security."
    assert dates._cues(text) == set()
    assert find_dates(text, date(2020, 5, 4)) == []


def test_cues_are_whole_words_of_any_case() -> None:
    assert dates._cues("They met in DEC. and for decades") == {dates.MONTH, dates.UNIT}
    assert dates._cues("Mondays and maybe a Sept. 4 meeting") == {dates.MONTH, dates.DIGIT}
