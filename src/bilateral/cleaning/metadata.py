"""Metadata guessed from cleaned text: publication date, outlet, language."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from bilateral.cleaning.dates import find_dates
from bilateral.cleaning.lines import Classified, Line

SITE_NAME_WORDS = 6
# "ISLAMABAD, May 3, 2021 (APP) -": a date right before the dateline's dash or agency.
DATELINE_END = re.compile(r"^[^.]{0,30}?[\-–—:(]")
STAMP_WORDS = re.compile(r"\b(published|posted|updated|first published|last updated)\b", re.IGNORECASE)


def date_from_text(classified: Classified, *, today: date | None = None) -> date | None:
    """Publication date written in the page, or None.

    In order: a date widget or byline above the article; a "Published ..." stamp
    anywhere; the latest date in the captions and credits above the article (a
    caption's credit carries the publication date, its text the event's); a
    dateline opening the first paragraph. Dates in the body are about events, not
    the article, and are never used.
    """
    head = classified.head
    for line in head:
        if line.label in ("date", "byline", "masthead", "header", "link", "prompt"):
            found = _first_date(line, today)
            if found:
                return found
    for line in classified.lines:
        if STAMP_WORDS.search(line.text) and line.label is not None:
            found = _first_date(line, today)
            if found:
                return found
    credits = [
        found for line in head if line.label == "caption"
        for _, found in find_dates(line.text, today=today)
    ]
    if credits:
        return max(credits)
    return _dateline(classified.first_paragraph(), today)


def _first_date(line: Line, today: date | None) -> date | None:
    found = next(find_dates(line.text, today=today), None)
    return found[1] if found else None


def _dateline(paragraph: str | None, today: date | None) -> date | None:
    if not paragraph:
        return None
    for offset, value in find_dates(paragraph[:80], today=today):
        if offset < 40 and DATELINE_END.match(paragraph[offset:]):
            return value
    return None


def site_name(classified: Classified) -> str | None:
    """The short line the page opened with, when the classifier cut it as masthead."""
    for line in classified.head:
        if line.label == "title":
            return None
        if line.label in ("masthead", "header", "repeated") and line.n_words <= SITE_NAME_WORDS:
            return line.text
    return None


def domain_of(url: str | None) -> str | None:
    """``https://www.example.org/a`` -> ``example.org``."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None for too little text."""
    import py3langid

    sample = text[:5000]
    if len(sample.split()) < 3:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
