"""Periods a figure measures, as written in a sentence, in the export's notation.

Notation (see eval/README.md): a calendar year ``2018``, a month ``2021-01``, an
interval of months ``2018-01/2018-05``, a fiscal year ``2017/2018`` (also a
multi-year span ``2022/2026``). Relative periods ("last year") are resolved
against the publication date; anaphoric ones ("during this period") are
marked so the extractor can take the period of the previous figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bilateral.calendar import MONTH_ALTERNATION, month_number

_MONTH = r"(?:" + MONTH_ALTERNATION + r")\b\.?"
_YEAR = r"(?:19|20)\d{2}"
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"(?:\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
# Months a span names by its length: "the quarter to June", "the year to March 2023".
_SPAN_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "half year": 6, "year": 12}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def _owner_year() -> str:
    """A year that owns the part named after it ("2022's first half", "this year's first
    quarter", "last year's second half"): groups ``year0``, ``this0`` and ``prior0``."""
    return (r"(?:(?:(?P<year0>" + _YEAR + r")|(?P<this0>this)\s+year|(?P<prior0>last|the\s+previous)\s+year)"
            r"['’]s\s+)?")


def _year_of_part(lead: str) -> str:
    """The year closing a part of a year ("the first half of 2023", "… of this year", "… of
    last year"), or none at all ("in the first quarter"): groups ``year``, ``this`` and
    ``prior``, all optional."""
    return (r"(?:\s+" + lead + r"(?:the\s+)?(?:year\s+|calendar\s+year\s+)?(?P<year>" + _YEAR + r")\b"
            r"|\s+(?:of\s+)?(?P<this>this|the\s+current)\s+(?:calendar\s+)?year\b" + _PRIOR_YEAR + r")?")


# "last year", "the previous year": the year before publication
_PRIOR_YEAR = r"|\s+(?:of\s+)?(?P<prior>last|the\s+previous|the\s+past)\s+(?:calendar\s+)?year\b"


# Order matters: longer, more specific forms first; a span is used once.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "the same period in 2023", "the same period last year": the period just named, in another year
    ("same_period", re.compile(
        r"\b(?:(?:during|in|for)\s+)?the\s+(?:same|corresponding)\s+(?:period|months?|quarter|half|time)"
        r"\s+(?:(?:of|in)\s+(?P<year>" + _YEAR + r")\b|(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|"
        r"the\s+preceding)\s+year\b|a\s+year\s+(?:earlier|ago|before)\b)"
        # "the year-earlier period", "the year-ago quarter"
        r"|\b(?:(?:during|in|for)\s+)?the\s+year[-\s](?:earlier|ago)\s+(?:period|months?|quarter|half)\b",
        re.IGNORECASE)),
    # a part of a fiscal year, or one named relative to publication: which months depends on the
    # country's fiscal calendar, so it is resolved with the figure's countries (FiscalPart), and
    # no calendar part of the year nor a neighbour's period stands for it
    ("fiscal_part", re.compile(
        r"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+"
        r"(?:(?P<n>" + _COUNT + r")\s+(?P<unit>months|quarters)|(?P<span>quarter|half))"
        r"\s+of\s+(?:the\s+)?(?:(?P<rel>current|this|last|previous|next)\s+)?(?:(?:fiscal|financial)(?:\s+year)?|FY)"
        r"(?:\s*'?(?P<fy>" + _YEAR + r"(?:\s*(?:-|–|/)\s*\d{2,4})?|\d{2})\b)?"
        r"|\b(?P<q>[QH][1-4])\s*(?:of\s+)?(?:FY|fiscal(?:\s+year)?)\s*'?(?P<qfy>" + _YEAR + r"|\d{2})?\b"
        r"|\b(?:the\s+)?(?P<whole>current|this|last|previous|next)\s+(?:fiscal|financial)(?:\s+year)?\b)",
        re.IGNORECASE)),
    # "the fiscal year ended June 2023": the fiscal year that ends then
    ("fiscal_ended", re.compile(
        r"\b(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+|in\s+)?"
        r"(?:\d{1,2}\s+)?(?P<m>" + _MONTH + r")(?:\s*\d{1,2}(?!\d)(?:st|nd|rd|th)?)?(?:\s*,?\s*(?P<year>" + _YEAR + r")\b)?",
        re.IGNORECASE)),
    # "the nine months to September", "the quarter to June", "the year to March 2023"
    ("months_to", re.compile(
        r"\b(?:(?:the\s+)?(?:(?:past|last|latest)\s+)?(?P<n>" + _COUNT + r")[-\s]months?"
        r"|the\s+(?:(?:past|last|latest)\s+)?(?P<span>quarter|half[-\s]year|half|year))"
        r"\s+(?:to|through|ended|ending|until)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?P<m>" + _MONTH + r")"
        r"(?:\s*\d{1,2}(?!\d)(?:st|nd|rd|th)?)?(?:\s*,?\s*(?P<year>" + _YEAR + r")\b)?", re.IGNORECASE)),
    # "the first eight months", "the first three quarters of 1997"
    ("first_months", re.compile(
        r"\b" + _owner_year() + r"(?:the\s+)?first\s+(?P<n>" + _COUNT + r")\s+(?P<unit>months|quarters)\b"
        + _year_of_part(r"(?:of\s+)?"), re.IGNORECASE)),
    ("quarter", re.compile(
        # "the last quarter" is the fourth; "last quarter" alone the one before publication's
        r"\b" + _owner_year() + r"(?:the\s+)?(?P<ord>first|second|third|fourth|(?:(?<=the\s)|(?<='s\s)|(?<=’s\s))last|final)\s+quarter\b"
        + _year_of_part(r"(?:of\s+)?"), re.IGNORECASE)),
    ("half", re.compile(
        r"\b" + _owner_year() + r"(?:the\s+)?(?P<ord>first|second)\s+half\b" + _year_of_part(r"(?:of\s+)?"),
        re.IGNORECASE)),
    # "Q3", "H1 2023", and as business news writes them digit first: "1H 2023", "3Q 2023"
    ("short_quarter", re.compile(
        r"\b(?P<q>[QH][1-4]|[1-4][QH])\b(?:\s*(?:of\s+)?(?P<year>" + _YEAR + r")\b)?")),
    # "the December quarter": the quarter that ends in that month
    ("month_quarter", re.compile(
        r"\b(?:the\s+)?(?P<m>March|June|September|December)\s+quarter\b" + _year_of_part(r"(?:of\s+)?"),
        re.IGNORECASE)),
    # "December 2021 to February 2022": a span across the turn of a year
    ("month_year_range", re.compile(
        r"\b(?:(?:from|between)\s+)?(?P<m1>" + _MONTH + r")\s*,?\s*(?P<y1>" + _YEAR + r")\s*(?:-|–|to|through|and|until)"
        r"\s*(?P<m2>" + _MONTH + r")\s*,?\s*(?P<y2>" + _YEAR + r")\b", re.IGNORECASE)),
    # "April-January 2023-24", "the April-January period of 2023-24": months of a fiscal year,
    # counted from its first year
    ("month_range", re.compile(
        r"\b(?:between\s+)?(?P<m1>" + _MONTH + r")(?:\s*(?:-|–)\s*|\s*-?(?:to|through|and)-?\s*)(?P<m2>" + _MONTH
        + r")(?:(?:\s+period)?\s*,?\s*(?:of\s+)?(?:FY\s*)?(?P<fy1>" + _YEAR + r")\s*(?:-|–|/)\s*(?P<fy2>\d{4}|\d{2})\b"
        + r"|\s*,?\s*(?P<year>" + _YEAR + r")\b|\s+(?:of\s+)?(?P<this>this|the\s+current)\s+year\b"
        + _PRIOR_YEAR + r")?",
        re.IGNORECASE)),
    # "2022-23", "FY2022-23", and with two digits after "FY": "FY22-23"
    ("fiscal", re.compile(
        r"(?:\b(?:FY|fiscal\s+year|financial\s+year|fiscal)\s*)?(?<!\d)(?P<y1>" + _YEAR
        + r")\s*(?:-|–|—|/)\s*(?P<y2>\d{4}|\d{2})\b"
        r"|\bFY\s*'?(?P<y1_short>\d{2})\s*(?:-|–|/)\s*(?P<y2_short>\d{2})\b", re.IGNORECASE)),
    # "FY22", "fiscal year 2019", "fiscal 2019", "the 2019 fiscal year": the fiscal year ending then
    ("fiscal_single", re.compile(
        r"\b(?:FY\s*'?|fiscal\s+year\s+|financial\s+year\s+|fiscal\s+(?=" + _YEAR + r"\b))(?P<y>" + _YEAR
        + r"|\d{2})\b|\b(?P<y_before>" + _YEAR + r")\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE)),
    # "between 2015 and 2019": a span of years
    ("year_span", re.compile(
        r"\b(?:between|from)\s+(?P<y1>" + _YEAR + r")\s+(?:and|to|through|until|till)\s+(?P<y2>" + _YEAR + r")\b",
        re.IGNORECASE)),
    # "at end-2023", "as of end-June 2024": a stock at the end of a year or a month
    ("end_of", re.compile(r"\bend-(?:(?P<m>" + _MONTH + r")\s*)?(?P<year>" + _YEAR + r")\b", re.IGNORECASE)),
    ("month_year", re.compile(
        r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>" + _MONTH
        + r")\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?,?\s*(?:of\s+)?(?P<year>" + _YEAR + r")\b", re.IGNORECASE)),
    # "in October", "in October last year", "in March of this year"
    ("month_alone", re.compile(
        r"\b(?:in|during|for|of|last)\s+(?P<m>" + _MONTH + r")(?!\s*,?\s*\d)"
        r"(?:\s+(?:of\s+)?(?P<this>this|the\s+current)\s+year\b" + _PRIOR_YEAR + r")?", re.IGNORECASE)),
    # "since 2015", "by 2025": a start or a deadline, not the period measured
    ("year", re.compile(
        r"(?<![\d.,/-])(?<![Ss]ince )(?<![Bb]y )(?<![Uu]ntil )(?<![Tt]ill )(?<![Bb]efore )"
        r"(?<![Aa]fter )\b(?P<year>" + _YEAR + r")\b(?![.,]?\d)(?!\s*(?:-|–)\s*\d)")),
    # "down from $19.5 billion the previous year": the year before the period just named
    # ("up 59 percent from a year earlier" names the base of a comparison, not the period)
    ("year_before", re.compile(
        r"(?<!from )(?<!over )(?<!\bon )(?<!than )(?<!with )(?<!to )"
        r"\b(?:the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago))\b",
        re.IGNORECASE)),
    # "since the start of the year", "year-to-date", "YTD": the months of the publication year so far
    ("year_to_date", re.compile(
        r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:calendar\s+)?year\b"
        r"|\b(?:(?:in|for)\s+)?(?:the\s+)?year[-\s]to[-\s]date\b|\b(?-i:YTD)\b", re.IGNORECASE)),
    ("relative", re.compile(
        r"\b(?P<rel>last|past|this|current|next)\s+(?:calendar\s+)?(?P<what>year|quarter|month)\b", re.IGNORECASE)),
    ("anaphor", re.compile(
        r"\b(?:during|in|over|for|of)\s+(?:this|that|the\s+same|the\s+said)\s+"
        r"(?:period|year|month|time|fiscal\s+year)\b|\bthe\s+same\s+(?:period|year)\b"
        # "in the period", "during the fiscal", "during the year": the one just named, unless the
        # words after it name it ("in the period from January to May")
        r"|\b(?:(?:during|in|over)\s+the\s+(?:period|fiscal(?:\s+year)?|quarter|month)|during\s+the\s+year)\b"
        r"(?!\s+(?:from|between|to|ended|ending|through|until|of|in|since)\s+(?:the\s+)?(?:" + _MONTH
        + r"|\d|end|beginning|start|first|second|third|fourth|last|previous|current))", re.IGNORECASE)),
]


# "decreased 5 percent compared to March 2018": the base of a comparison, not the period measured
_COMPARED_TO = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|against|versus|vs\.?|relative\s+to)\s+(?:(?:in|during)\s+)?"
    r"(?:(?:the\s+)?same\s+(?:period|month|quarter|time)\s+(?:of|in|last)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "a rise of 20% over the same period last year": the same period of another year after "over" is
# what a change is measured against (while "over the first half" is a time it is measured over)
_OVER_BEFORE = re.compile(r"\bover\s+$", re.IGNORECASE)
# "up 19 percent on 2021", "rose 8% over September 2022": a period right after a rate and
# "on" or "over" is what the rate is measured against (a span is a time it is measured over:
# "grew 40 percent over 2015-2020")
_RATE_COMPARED_TO = re.compile(
    r"(?:%|\bper\s*cent|\bpct|\bpc)\s+(?:on|over)\s+(?:the\s+)?$", re.IGNORECASE)
# "tripled from the same period of 2016", "up 19.7 percent from 2010": a period right after
# "from" is where a change started (unless it is the start of a span: "from January to May")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SPANS = ("month_range", "month_year_range", "year_span")
# "since August 2021", "by March 2025": a start or a deadline, not the period measured (as for a year)
_START_OR_DEADLINE = re.compile(r"\b(?:since|by|until|till|before|after)\s+$", re.IGNORECASE)
# Words that end the clause of a quantity: a period after them is another clause's.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:while|whereas|which|who|when|but|after|before)\b", re.IGNORECASE)
_AFTER_WINDOW = 80
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)
# "has provided $3 billion since 2001", "lent $8bn since 2010": an amount added up from a start to
# now measures no period of its own, nor one a sentence before named
_ACCRUED_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:" + _MONTH
                            + r"\s*)?" + _YEAR + r"\b", re.IGNORECASE)


# The month a country's fiscal year starts in, for countries whose news counts parts of it ("the
# first seven months of the current fiscal year"). The United States' federal fiscal year is left
# out: its trade is reported by calendar year, and its fiscal years date budgets, not trade.
FISCAL_YEAR_START: dict[str, int] = {
    **dict.fromkeys(("IND", "JPN", "GBR", "CAN", "ZAF", "HKG", "SGP", "MMR"), 4),
    **dict.fromkeys(("PAK", "BGD", "EGY", "AUS", "NZL", "KEN", "UGA", "TZA", "NPL"), 7),
}
# States whose fiscal year written by one year is the one that begins in it: Japan's "fiscal
# 2023" and "FY2023" run from April 2023 to March 2024 (India's "FY23" ends in March 2023).
FISCAL_YEAR_NAMED_BY_START = frozenset({"JPN"})
_RELATIVE_SHIFT = {"current": 0, "this": 0, "last": -1, "previous": -1, "next": 1}


@dataclass(frozen=True, slots=True)
class FiscalPart:
    """Months of a fiscal year, as offsets from its first month (0-11), and which fiscal year:
    the one written, by the year it ends in ("FY23", "2022-23"), else one relative to the one
    under way at publication ("the current", "last"), else the latest one the part was over in."""

    first: int
    last: int
    end_year: int | None = None
    shift: int | None = None
    named_alone: bool = False  # the year written alone ("FY23"), not as a range ("2022-23")
    # "the previous fiscal": the year before the one the sentence has just named, if it has
    before_named: bool = False


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period written in a text: its span there and what it means (None if unresolved)."""

    start: int
    end: int
    period: str | None
    anaphoric: bool = False
    shift_years: int = 0  # for an anaphoric period: years from the one referred to
    base: bool = False  # the base of a comparison ("than April")
    year: int | None = None  # for an anaphoric period: the year it is moved into ("the same period in 2023")
    fiscal: FiscalPart | None = None  # a fiscal year or part of one, resolved by the figure's countries


def find_periods(text: str, published: date | None = None) -> list[PeriodMention]:
    """Every period expression in ``text``, in order, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[PeriodMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if kind == "month_year" and _START_OR_DEADLINE.search(text, 0, match.start()):
                taken.append((match.start(), match.end()))  # nor is its year alone
                continue
            period = _read(kind, match, published)
            anaphoric = kind in ("anaphor", "year_before", "same_period")
            if period is None and not anaphoric and kind != "fiscal_part":
                continue
            taken.append((match.start(), match.end()))
            base = bool(_COMPARED_TO.search(text, max(0, match.start() - 60), match.start())
                        or (kind == "same_period" and _OVER_BEFORE.search(text, 0, match.start()))
                        or ((anaphoric or kind not in _SPANS) and _FROM_BEFORE.search(text, 0, match.start()))
                        or (not _is_span(kind, period)
                            and _RATE_COMPARED_TO.search(text, max(0, match.start() - 30), match.start())))
            year = match.group("year") if kind == "same_period" else None
            shift = -1 if kind == "year_before" or (kind == "same_period" and not year) else 0
            fiscal = (_fiscal_part(match.groupdict()) if kind == "fiscal_part"
                      else _whole_fiscal_year(period) if kind == "fiscal_single" else None)
            found.append(PeriodMention(match.start(), match.end(), period, anaphoric, shift, base,
                                       int(year) if year else None, fiscal))
    return sorted(found, key=lambda p: p.start)


def _is_span(kind: str, period: str | None) -> bool:
    """True for a span of months or of several years ("2015-2020"), not one fiscal year."""
    if kind in _SPANS:
        return True
    years = re.fullmatch(r"(\d{4})/(\d{4})", period or "")
    return years is not None and int(years.group(2)) - int(years.group(1)) > 1


def _read(kind: str, match: re.Match[str], published: date | None) -> str | None:
    groups = match.groupdict()
    if kind == "fiscal_part":
        return None
    if kind == "fiscal_ended":  # with no year written, the one that ended last by publication
        month = month_number(groups["m"])
        last = _month_index(groups, month, published)
        if last is None:
            return None
        year = last // 12
        return str(year) if month == 12 else f"{year - 1}/{year}"
    if kind == "months_to":
        n = groups["n"]
        months = _count(n) if n else _SPAN_MONTHS[re.sub(r"\s+", " ", groups["span"].lower())]
        last = _month_index(groups, month_number(groups["m"]), published)
        return _month_span(last - months + 1, last) if last is not None and 1 <= months <= 24 else None
    if kind == "first_months":
        months = _count(groups["n"]) * (3 if (groups["unit"] or "").lower() == "quarters" else 1)
        return _part_of_year(groups, 1, months, published) if 1 <= months <= 12 else None
    if kind == "quarter":
        first = (_ORDINALS[groups["ord"].lower()] - 1) * 3 + 1
        return _part_of_year(groups, first, first + 2, published)
    if kind == "half":
        first = 1 if groups["ord"].lower() == "first" else 7
        return _part_of_year(groups, first, first + 5, published)
    if kind == "short_quarter":
        letter, digit = sorted(groups["q"].upper(), key=str.isdigit)
        size = 3 if letter == "Q" else 6
        first = (int(digit) - 1) * size + 1
        return _part_of_year(groups, first, first + size - 1, published) if first <= 12 else None
    if kind == "month_year_range":
        first = int(groups["y1"]) * 12 + month_number(groups["m1"]) - 1
        last = int(groups["y2"]) * 12 + month_number(groups["m2"]) - 1
        return _month_span(first, last) if 0 < last - first < 24 else None
    if kind == "month_quarter":
        last = month_number(groups["m"])
        return _part_of_year(groups, last - 2, last, published)
    if kind == "month_range":
        m1, m2 = month_number(groups["m1"]), month_number(groups["m2"])
        if groups["fy1"]:
            first = int(groups["fy1"]) * 12 + m1 - 1
            return _month_span(first, first + (m2 - m1) % 12)
        if m1 < m2:
            return _part_of_year(groups, m1, m2, published)
        # "July-March": across the turn of a year, to the March of the year written, else
        # the latest one begun by publication (a fiscal year's months so far)
        last = None if groups.get("this") else _month_index(groups, m2, published)
        if groups.get("prior") and published is not None:  # "July-March last year"
            last = (published.year - 1) * 12 + m2 - 1
        return _month_span(last - (m2 - m1) % 12, last) if last is not None and m1 > m2 else None
    if kind == "fiscal":
        if groups["y1_short"]:
            return _fiscal(_full_year(groups["y1_short"]), groups["y2_short"] or "")
        return _fiscal(int(groups["y1"] or ""), groups["y2"] or "")
    if kind == "fiscal_single":
        end = _full_year(groups["y"] or groups["y_before"] or "")
        return f"{end - 1}/{end}"
    if kind == "year_span":
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        return f"{y1}/{y2}" if 0 < y2 - y1 <= 20 else None
    if kind == "month_year" or (kind == "end_of" and groups["m"]):
        return f"{int(groups['year']):04d}-{month_number(groups['m']):02d}"
    if kind == "end_of":
        return groups["year"]
    if kind == "month_alone":
        month = month_number(groups["m"])
        return _part_of_year(groups, month, month, published)
    if kind == "year":
        return groups["year"]
    if kind == "year_to_date":
        return str(published.year) if published else None
    if kind == "relative":
        return _relative(groups["rel"].lower(), groups["what"].lower(), published)
    return None


def _fiscal_part(groups: dict[str, str | None]) -> FiscalPart | None:
    """The months and year of a fiscal part as written ("the first seven months of the current
    fiscal year", "Q2 FY24", "the last fiscal year"), or None for a part that names no months."""
    rel = groups["rel"] or groups["whole"]
    shift = _RELATIVE_SHIFT[rel.lower()] if rel else None
    written = re.findall(r"\d+", groups["fy"] or groups["qfy"] or "")
    end_year = _full_year(written[-1]) if written else None
    alone = len(written) == 1
    if groups["whole"]:
        return FiscalPart(0, 11, end_year, shift, alone, before_named=(rel or "").lower() == "previous")
    if q := groups["q"]:
        size = 3 if q[0] in "Qq" else 6
        first = (int(q[1]) - 1) * size
        return FiscalPart(first, first + size - 1, end_year, shift, alone) if first < 12 else None
    order = (groups["ord"] or "").lower()
    if n := groups["n"]:
        months = _count(n) * (3 if (groups["unit"] or "").lower() == "quarters" else 1)
        if not 1 <= months <= 12 or order not in ("first", "last", "final"):
            return None
        first = 0 if order == "first" else 12 - months
        return FiscalPart(first, first + months - 1, end_year, shift, alone)
    if (groups["span"] or "").lower() == "half":
        if order not in ("first", "second", "last", "final"):
            return None
        first = 0 if order == "first" else 6
        return FiscalPart(first, first + 5, end_year, shift, alone)
    first = (_ORDINALS[order] - 1) * 3
    return FiscalPart(first, first + 2, end_year, shift, alone)


def _whole_fiscal_year(period: str | None) -> FiscalPart | None:
    """"FY22", "fiscal 2019": the whole fiscal year named by one year (``period`` is its
    reading as the year it ends in, kept where no country of the figure has a fiscal year)."""
    return FiscalPart(0, 11, int(period[-4:]), named_alone=True) if period else None


def is_fiscal_year(period: str | None) -> bool:
    """True for one fiscal year as the export writes it ("2022/2023")."""
    years = re.fullmatch(r"(\d{4})/(\d{4})", period or "")
    return years is not None and int(years.group(2)) == int(years.group(1)) + 1


def fiscal_country(countries: list[str]) -> str | None:
    """The country whose fiscal year a figure's fiscal period is counted in: its one country
    with a fiscal year of its own ("Pakistan-China trade in the first half of the fiscal year"
    is Pakistan's), the first named of them when their calendars differ."""
    return next((c for c in countries if c in FISCAL_YEAR_START), None)


def fiscal_period(part: FiscalPart, country: str, published: date | None) -> str | None:
    """The period of a fiscal part in ``country``'s fiscal calendar: months
    (``2023-07/2024-01``), or a whole fiscal year (``2023/2024``)."""
    start_month = FISCAL_YEAR_START[country]
    if part.end_year is not None:
        named_by_start = part.named_alone and country in FISCAL_YEAR_NAMED_BY_START
        end_year = part.end_year + 1 if named_by_start else part.end_year
        begins = (end_year - 1) * 12 + start_month - 1
    elif published is None:
        return None
    else:
        now = published.year * 12 + published.month - 1
        begins = now - (published.month - start_month) % 12  # the fiscal year under way
        if part.shift is not None:
            begins += 12 * part.shift
        elif begins + part.last > now:
            begins -= 12  # parts are reported once they are over
    if (part.first, part.last) == (0, 11):
        return f"{begins // 12}/{begins // 12 + 1}"
    return _month_span(begins + part.first, begins + part.last)


_DEADLINE = re.compile(
    r"^[^,;]*?\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?P<year>" + _YEAR + r")\b", re.IGNORECASE)


def accrued_since(text: str) -> bool:
    """True when the text adds an amount up from a start written as a year ("since 2022")."""
    return bool(_ACCRUED_SINCE.search(text))


def deadline(text: str) -> str | None:
    """The year a goal is set for, written just after its amount ("by 2025", "by the end of 2030")."""
    match = _DEADLINE.match(text)
    return match.group("year") if match else None


# A time still to come that a goal is set within, without a year: "in the coming years",
# "within five years", "over the next decade".
_HORIZON = re.compile(
    r"^[^,;]*?\b(?:in\s+the\s+(?:coming|next|following)|within(?:\s+the\s+next)?|over\s+the\s+(?:next|coming))"
    r"\s+(?:(?:few|several|\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+)?(?:years?|months|decades?)\b", re.IGNORECASE)


def has_horizon(text: str) -> bool:
    """True when a time to come is written just after an amount ("to $15 billion in the coming years")."""
    return bool(_HORIZON.match(text))


def month_interval(year: int, first: int, last: int) -> str:
    """``2018-01/2018-05``; a single month is written ``2018-01``."""
    return _month_span(year * 12 + first - 1, year * 12 + last - 1)


def _month_span(first: int, last: int) -> str:
    """Months given as indexes (year * 12 + month - 1): ``2021-12/2022-02``, ``2021-12`` alone, and
    ``2022`` for January to December ("the year ended December 31, 2022")."""
    if first % 12 == 0 and last == first + 11:
        return str(first // 12)

    def written(index: int) -> str:
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return written(first) if first == last else f"{written(first)}/{written(last)}"


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _COUNT_WORDS[text.lower()]


def _month_index(groups: dict[str, str | None], month: int, published: date | None) -> int | None:
    """The index of ``month`` in the year written, else in the latest year it had begun by publication."""
    if year := groups.get("year"):
        return int(year) * 12 + month - 1
    if published is None:
        return None
    return _latest_year_begun(month, published) * 12 + month - 1


def _full_year(text: str) -> int:
    value = int(text)
    return value if value >= 100 else 2000 + value


def _fiscal(y1: int, y2_text: str) -> str | None:
    """"2017-18" / "2017-2018" -> "2017/2018"; "2022-26" -> "2022/2026"; nonsense -> None."""
    if len(y2_text) == 2:
        y2 = (y1 // 100) * 100 + int(y2_text)
        if y2 <= y1:
            y2 += 100
    else:
        y2 = int(y2_text)
    if not 0 < y2 - y1 <= 10:
        return None
    return f"{y1}/{y2}"


def _part_of_year(groups: dict[str, str | None], first: int, last: int, published: date | None) -> str | None:
    """Months ``first`` to ``last`` of the year written, of the publication year for "this
    year", of the year before for "last year", else of the latest year in which they had
    reached their last month by publication: figures are reported for months that are
    over ("the first quarter" in an article of May 2024 is 2024's, "the fourth quarter"
    2023's, and "the first 11 months" in one of October 2023 are 2022's)."""
    if year := groups.get("year") or groups.get("year0"):
        return month_interval(int(year), first, last)
    if published is None:
        return None
    if groups.get("this") or groups.get("this0"):
        return month_interval(published.year, first, last)
    if groups.get("prior") or groups.get("prior0"):
        return month_interval(published.year - 1, first, last)
    return month_interval(_latest_year_begun(last, published), first, last)


def _latest_year_begun(month: int, published: date) -> int:
    """The year of the latest ``month`` begun by publication: "in January" in an article of
    May 2024 is January 2024; in one of March, the one before it is."""
    return published.year if month <= published.month else published.year - 1


def _relative(rel: str, what: str, published: date | None) -> str | None:
    if published is None:
        return None
    shift = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1}[rel]
    if what == "year":
        return str(published.year + shift)
    if what == "quarter":  # "last quarter" in an article of May 2024 is January to March
        first = (published.year * 12 + published.month - 1) // 3 * 3 + 3 * shift
        return _month_span(first, first + 2)
    month_index = published.year * 12 + published.month - 1 + shift
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def shift_years(period: str | None, years: int) -> str | None:
    """The same period ``years`` later (earlier when negative): 2018 -> 2017, 2017/2018 -> 2016/2017."""
    if period is None or not years:
        return period
    return re.sub(r"\d{4}", lambda m: str(int(m.group()) + years), period)


def resolve_anaphor(reference: str | None, mention: PeriodMention) -> str | None:
    """The period an anaphoric mention stands for, given the period it refers to: that
    period shifted ("a year earlier"), or moved into the year written ("the same period
    in 2023"; that year alone when nothing was named before)."""
    if mention.year is None:
        return shift_years(reference, mention.shift_years)
    if reference is None:
        return str(mention.year)
    return shift_years(reference, mention.year - int(reference[:4]))


@lru_cache(maxsize=4096)  # the conflict rule compares every two figures of a group
def period_months(period: str | None) -> tuple[int, int] | None:
    """The period as an inclusive range of month indexes (year * 12 + month - 1), or None.

    A fiscal year ``2017/2018`` is taken as July 2017 to June 2018: fiscal years
    start in April, July or October depending on the country, and July is the
    middle choice, so a fiscal year overlaps both calendar years it names.
    A longer span ``2022/2026`` runs from January of the first to December of the last.
    """
    if not period:
        return None
    if "/" in period:
        first, last = period.split("/", 1)
        if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{4}", last):
            y1, y2 = int(first), int(last)
            if y2 == y1 + 1:
                return y1 * 12 + 6, y2 * 12 + 5
            return y1 * 12, y2 * 12 + 11
        a, b = _month_range(first), _month_range(last)
        return (a[0], b[1]) if a and b else None
    return _month_range(period)


def _month_range(text: str) -> tuple[int, int] | None:
    if re.fullmatch(r"\d{4}", text):
        return int(text) * 12, int(text) * 12 + 11
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if match:
        index = int(match.group(1)) * 12 + int(match.group(2)) - 1
        return index, index
    return None


def period_for(
    periods: list[PeriodMention], start: int, end: int, next_start: int, text: str
) -> PeriodMention | None:
    """The period a quantity at ``start:end`` measures.

    A period written just after it in the same clause, before the next quantity,
    is its own ("60 million in 2017"); otherwise the nearest one before it in the
    sentence ("In 2018, trade reached 800 million"), which several quantities may
    share (a "year earlier" only when there is no other); with none before, the
    first after it ("rose 21 percent to $118 billion in 2022"). The base of a
    comparison ("compared to March 2018") is never the period measured.
    """
    periods = [p for p in periods if not p.base]
    own = own_period(periods, end, next_start, text)
    if own is not None:
        return own
    before = [p for p in periods if p.end <= start]
    # "from $85.5 billion a year earlier" dates that comparison, not the figures after it
    shared = [p for p in before if p.shift_years == 0]
    if shared or before:
        return (shared or before)[-1]
    # not one inside a relative clause after it ("worth $19 million, is part of a package that
    # Beijing pledged in 2022")
    return next((p for p in periods if p.start >= end and not _RELATIVE.search(text, end, p.start)), None)


def own_period(periods: list[PeriodMention], end: int, next_start: int, text: str) -> PeriodMention | None:
    """The period written just after a quantity ending at ``end``, in its clause and before the
    next quantity ("60 million in 2017"), else None."""
    for period in periods:
        if (period.start >= end and period.end <= next_start and period.start - end <= _AFTER_WINDOW
                and not _CLAUSE_BREAK.search(text[end:period.start])):
            return period
    return None
