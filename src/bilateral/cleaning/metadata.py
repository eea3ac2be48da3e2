"""Metadata guessed from cleaned text: publication date, outlet, language."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from bilateral.cleaning.dates import find_dates
from bilateral.cleaning.lines import Classified, Line, is_prose

SITE_NAME_WORDS = 6
# "ISLAMABAD, May 3, 2021 (APP) -": a date right before the dateline's dash or agency.
DATELINE_END = re.compile(r"^[^.]{0,30}?[\-–—:(]")
STAMP_WORDS = re.compile(
    r"^date\b|\b(published|posted|updated?|first published|last updated|created)\b", re.IGNORECASE
)
CREDIT_SEPARATOR = re.compile(r"\s[-–—|]\s")
MAX_CREDIT_WORDS = 8
HEAD_DATE_LABELS = ("date", "byline", "masthead", "header", "link", "prompt", "caption")


def date_from_text(classified: Classified, *, today: date | None = None) -> date | None:
    """Publication date written in the page, or None.

    In order: a date stamp, byline or date line about the headline (under it, down to
    the standfirst, before one above it); a "Published ..."
    stamp anywhere; the latest date in the credits of the captions above the article; a
    dateline opening the first paragraph. Dates in the body and in the captions' own
    words are about events, not the article, and are never used.
    """
    head = classified.head
    title = next((line.index for line in head if line.label == "title"), -1)
    # A date under the headline before one above it: above may be the site's date bar.
    near = sorted(_above_second_paragraph(classified), key=lambda line: line.index < title)
    for line in near:
        if line.label in HEAD_DATE_LABELS and _dates_the_article(line, head):
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
        for _, found in find_dates(_credit(line.text), today=today)
    ]
    if credits:
        return max(credits)
    return _dateline(classified.first_paragraph(), today)


def photo_date(classified: Classified, *, today: date | None = None) -> date | None:
    """The latest date a caption above the article gives in its own words ("shake hands as
    they sign agreements in Brasilia, November 20, 2024"): the photo's day, not the
    article's, but the news it illustrates is of those days."""
    found = [
        day for line in classified.head if line.label == "caption"
        for _, day in find_dates(line.text, today=today)
    ]
    return max(found) if found else None


def _credit(caption: str) -> str:
    """The credit closing a caption ("… in Samarkand. - Agency, 30.05.2024"), or "".

    Its date is the publication's; a date in the caption's own words is the photo's."""
    parts = CREDIT_SEPARATOR.split(caption)
    return parts[-1] if len(parts) > 1 and len(parts[-1].split()) <= MAX_CREDIT_WORDS else ""


def _above_second_paragraph(classified: Classified) -> list[Line]:
    paragraphs = [line.index for line in classified.lines if is_prose(line)]
    return classified.lines[: paragraphs[1] if len(paragraphs) > 1 else len(classified.lines)]


def _dates_the_article(line: Line, head: list[Line]) -> bool:
    """A stamp ("Updated …") anywhere in the head; else a date right above the headline or
    below it. A bare date among the masthead's other lines is the site's date bar (the day
    of the scrape), a caption's date the photo's."""
    if STAMP_WORDS.search(line.text):
        return True
    if line.label == "caption":
        return False
    title = next((other.index for other in head if other.label == "title"), -1)
    return line.index >= title - 1


def _first_date(line: Line, today: date | None) -> date | None:
    found = next(find_dates(line.text, today=today), None)
    return found[1] if found else None


# "NAIROBI, May 4 (Reuters) -", "UNITED NATIONS —": a place in capitals, then the dash.
CAPITALS_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,[^.\n]{0,40}?)?(?:\s?\([^)]{1,30}\))?\s[-–—]\s")


def opens_with_dateline(paragraph: str) -> bool:
    """True when ``paragraph`` starts as a news story's first paragraph does: a dateline."""
    return bool(CAPITALS_DATELINE.match(paragraph)) or _dateline(paragraph, None) is not None


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
