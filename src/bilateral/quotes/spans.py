"""Find direct quotations in a text: the spans between quotation marks.

A quotation left open at the end of a paragraph goes on into the next one when
that paragraph reopens it (the newspaper convention: “…¶“…”) or closes it;
otherwise the stray mark is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“«„"  # and the straight mark, which both opens and closes
CLOSERS = "”\"»"
MAX_LENGTH = 4000  # characters: longer "quotes" are unbalanced marks, not speech


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The quoted words at ``start:end``; ``open_at``/``close_at`` are the marks' offsets."""

    start: int
    end: int
    open_at: int
    close_at: int

    def text_in(self, text: str) -> str:
        """The quoted words, with paragraph breaks and reopening marks made single spaces."""
        inner = text[self.start:self.end]
        return re.sub(r"\s*\n\s*[“\"«„]?\s*", " ", inner).strip()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every balanced quotation in ``text``, in order."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if open_at is None:
            if (char in OPENERS or char == '"') and _opens(text, i):
                open_at = i
        elif char in CLOSERS:
            if i - open_at <= MAX_LENGTH and i > open_at + 1:
                spans.append(QuoteSpan(open_at + 1, i, open_at, i))
            open_at = None
        elif char in OPENERS:
            open_at = i  # a new opening before the old one closed: the old was stray
        elif char == "\n":
            i = _continue_paragraph(text, i)
            if i < 0:
                open_at, i = None, -i
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    """A mark opens when it does not follow a letter or digit directly (5" is inches)."""
    return i == 0 or not text[i - 1].isalnum()


def _continue_paragraph(text: str, newline: int) -> int:
    """At a paragraph break inside an open quotation: where to go on reading.

    Returns the offset of the reopening mark (so it is skipped) when the next
    paragraph reopens the quotation, the newline when it closes it, or the
    negated offset of the next paragraph when the quotation was a stray mark.
    """
    match = re.compile(r"\s*").match(text, newline)
    following = match.end() if match else newline + 1
    if following < len(text) and text[following] in OPENERS + '"':
        return following
    paragraph_end = text.find("\n", following)
    paragraph = text[following:paragraph_end if paragraph_end >= 0 else len(text)]
    if "”" in paragraph and "“" not in paragraph.split("”", 1)[0]:
        return newline
    if '"' in paragraph and paragraph.count('"') % 2 == 1:
        return newline
    return -following
