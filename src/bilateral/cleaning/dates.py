"""Dates written in text: "Wednesday 25th May 2022", "30.05.2024", "November 6, 2018", ISO."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from bilateral.calendar import MONTH_ALTERNATION, month_number

_MONTH = r"(?P<month>" + MONTH_ALTERNATION + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Scrapers glue a date to the element before it ("The Sun06-06-2025", "Bloomberg NewsJuly 11"):
# a number may follow letters, a month name may follow a lower-case letter.
_NUMBER_START = r"(?<![\d.\-/])"
_MONTH_START = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
PATTERNS = [
    re.compile(rf"{_NUMBER_START}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 25th May 2022
    re.compile(rf"{_MONTH_START}{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.IGNORECASE),  # November 6, 2018
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),  # ISO
    re.compile(rf"{_NUMBER_START}(?P<day>[0-3]?\d)[.\-](?P<month>[01]?\d)[.\-](?P<year>(?:19|20)\d\d)\b"),  # 30.05.2024
    re.compile(rf"{_NUMBER_START}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),  # 30/05/2024
]
# A day without its year, as datelines write it ("BAKU, April 8"): never a full date by itself.
DAY_OF_MONTH = re.compile(rf"{_MONTH_START}{_MONTH}\s+{_DAY}\b", re.IGNORECASE)
# "Updated: Monday, 4 May 2023 09:12 GMT", "date 2019-04-08": a stamp word, a date, maybe a time.
STAMP_OPENING = re.compile(
    r"(?:date|published|posted|updated|last updated|first published|created)\s*[:|]?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.IGNORECASE,
)
TIME_AFTER_DATE = re.compile(
    r"(?:,?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|IST|PKT|EST|EDT|CET|CEST|BST|PST|PDT|MSK|JST|WAT|EAT|CAT|ET)(?:[+-]\d+)?\b)?)?",
    re.IGNORECASE,
)
EARLIEST = date(1900, 1, 1)


def find_dates(text: str, *, today: date | None = None) -> Iterator[tuple[int, date]]:
    """Every plausible calendar date in ``text`` with its offset, in text order.

    Dates after ``today`` (plus a day for time zones) are ignored: a page's
    publication date is never in the future.
    """
    latest = (today or date.today()) + timedelta(days=1)
    found: dict[int, date] = {}
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match)
            if value and EARLIEST <= value <= latest and match.start() not in found:
                found[match.start()] = value
    yield from sorted(found.items())


def date_stamp_end(text: str) -> int | None:
    """Where a date stamp opening ``text`` ends ("Updated: 4 May 2023 09:12 GMT"), or None."""
    opening = STAMP_OPENING.match(text)
    if not opening:
        return None
    for pattern in PATTERNS:
        found = pattern.match(text, opening.end())
        if found and _to_date(found):
            time = TIME_AFTER_DATE.match(text, found.end())  # optional: matches "" at least
            return time.end() if time else found.end()
    return None


def _to_date(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if "a" in parts and parts.get("a"):
        first, second = int(parts["a"]), int(parts["b"])
        # Day first unless that is impossible: most of the world writes 30/05/2024.
        day, month = (second, first) if second > 12 else (first, second)
    else:
        month = month_number(parts["month"])
        day = int(parts["day"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """A user- or feed-given date (``date``, ISO string, or any form above), or None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    iso = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", value)
    if iso:
        try:
            return date(*map(int, iso.groups()))
        except ValueError:
            return None
    first = next(find_dates(value, today=date.max - timedelta(days=2)), None)
    return first[1] if first else None
