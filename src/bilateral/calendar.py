"""Month and weekday names as English news writes them, and the numbers they stand for.

The one table of them in the project: cleaning reads dates in page furniture, events and
figures read dates and periods in sentences, actors keep these capitalised words out of
names, linking ignores weekdays. Names are lower case; ``month_number`` and
``weekday_index`` take any case and an abbreviation's dot ("Sept."). Not the standard
library's ``calendar`` names: those follow the process locale.
"""

from __future__ import annotations

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# The short forms news writes, per month ("May" has none, September two).
_MONTH_ABBREVIATIONS = (
    ("jan",), ("feb",), ("mar",), ("apr",), (), ("jun",),
    ("jul",), ("aug",), ("sep", "sept"), ("oct",), ("nov",), ("dec",),
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Every month name and abbreviation -> its number (1 = January).
MONTHS: dict[str, int] = {
    word: number
    for number, (name, abbreviations) in enumerate(
        zip(MONTH_NAMES, _MONTH_ABBREVIATIONS, strict=True), start=1
    )
    for word in (name, *abbreviations)
}
# The keys of MONTHS as a regular-expression alternation (no group), longest first so that
# "sept" is not read as "sep" followed by a stray "t".
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))


def month_number(text: str) -> int:
    """1-12 for a month's name, abbreviation ("Sept.") or number ("05"), in any case.

    Raises:
        KeyError: ``text`` is neither a month's name nor a number.
    """
    word = text.lower().rstrip(".")
    return int(word) if word.isdigit() else MONTHS[word]


def weekday_index(text: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday's name in any case, as ``date.weekday()`` counts.

    Raises:
        ValueError: ``text`` is not a weekday's name.
    """
    return WEEKDAYS.index(text.lower())
