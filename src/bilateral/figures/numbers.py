"""Find quantities in text: "US $ 478.03 million", "Rs 5bn", "two million people", "82 percent".

Our own regular-expression parser. quantulum3 and price-parser were measured
first on the forms news about trade uses: quantulum3 read "US $ 478.03 million
in year" as inches, "5bn" and "€2.3bn" as barn-newtons, missed "Rs. 500
crore", and takes ~3 s to load; price-parser keeps only the first price of a
string and ignores "million"/"bn". Neither was correct often enough to keep.

A quantity is returned only when it carries a currency, a unit or a scale
word ("million"): bare numbers (years, days, counts) are not figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bilateral.figures.units import (
    CURRENCY_WORDS,
    SHARED_SYMBOLS,
    currency_code,
    is_currency,
    iso_currency_codes,
    measure_unit,
)

SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
    "mil": 1e6, "bil": 1e9,  # as Malaysian and Indonesian papers write them: "RM1.5bil"
}
# One-letter abbreviations ("$5m", "$2b") only count after a currency: "5m" may be metres.
_CURRENCY_ONLY_SCALES = {"k", "m", "b", "tr", "mil", "bil"}

WORD_VALUES: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5, "dozen": 12,
}
_WORD_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_YEAR = re.compile(r"(?:19|20)\d{2}")

# A decimal comma, as much of Europe and Latin America writes a rate ("grew by 35,5%"): one
# comma with one or two digits after it, right before a percent.
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# Western grouping (1,100,000), South Asian grouping (11,00,000), a decimal comma, plain and
# decimal numbers.
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}(?=\s?(?:%|per\s?cent\b|pct\b))|\d+(?:\.\d+)?|\.\d+"
)
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORDS = (
    r"(?:(?:" + _TENS + r")(?:[-\s](?:" + _ONES + r"))?"
    r"|" + _ONES + r"|" + _TEENS + r"|half\s+an?|an?|a\s+dozen|dozen)"
    r"(?:\s+hundred(?:\s+and\s+(?:" + _TENS + r"|" + _ONES + r"))?)?"
)
# Indian compound scales ("Rs 1.5 lakh crore" = 1.5e12, "Rs 50 thousand crore") come first.
_SCALE_WORDS = (
    r"(?:lakhs?|lac|thousand)\s+crores?|"
    r"hundred|thousand|lakhs?|lac|millions?|mln|crores?|billions?|bln|trillions?"
)
_SCALE_ABBR = r"bn|mn|trn|tn|bil|mil|cr|tr|k|m|b"
# Letter symbols ("Sh", "RM") only count glued or spaced to a number: "Sh21.9 billion".
_LETTER_SYMBOLS = ("Rs", "Sh", "KSh", "Ksh", "USh", "TSh", "Shs", "KShs", "Kshs", "UShs", "TShs", "RM", "Rp", "DM",
                   "TL")
# Letters that are a currency only before a scaled amount: "R12.4 billion" (rand), "N5bn"
# (naira), "Tk 3,000 crore" (taka), "P500 billion" (Philippine pesos); "the R2 road" is no money.
_SCALED_SYMBOLS = ("R", "N", "P", "Tk")
# A currency word glued to the number ("euro7.4 billion", as news agencies write it).
_GLUED_WORDS = ("euro",)
_PREFIX = (
    r"US\s?\$|\$\s?US(?:\b|(?=\d))|\b(?:[ACRS]|HK|NZ|NT|AU|Aus)\$|GH[¢₵]|E£|[$€£¥₹₽₨₦₱₩₺₴]|\bRs\.?|"
    r"\b(?-i:" + "|".join(_SCALED_SYMBOLS) + r")(?=\s?[\d.,]+\s?(?:" + _SCALE_WORDS + r"|bn|mn|tn)\b)|"
    r"\b(?:" + "|".join(_LETTER_SYMBOLS[1:]) + r")(?=\s?\d)|\b(?:" + "|".join(_GLUED_WORDS) + r")(?=\d)|"
    r"\b[A-Z]{3}\b|"
    # an ISO code glued to a scaled amount, as business news writes it: "EUR1.5bn", "USD2bn"
    r"\b[A-Z]{3}(?=\d[\d.,]*\s?(?:" + _SCALE_WORDS + r"|" + _SCALE_ABBR + r")\b)"
)
# "$1.2-1.5 billion", "between $1 and $2 billion": the first end of a range of money takes
# the scale written after the second
_RANGE_SCALE = re.compile(
    r"\s*(?:-|–|to|and|or)\s*(?:[$€£¥]\s?)?\d[\d.,]*\s*(?P<scale>(?:" + _SCALE_WORDS + r")\b|(?:" + _SCALE_ABBR + r")\b)",
    re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_SUFFIX_WORDS = [
    w for w in CURRENCY_WORDS
    if w[0].isalpha() and "$" not in w
    and w.rstrip(".") not in {x.lower() for x in _LETTER_SYMBOLS + _SCALED_SYMBOLS}
]
_MEASURES = r"%|(?:" + _alternation(
    ["percent", "per cent", "percentage points", "pc", "pct", "km", "kilometers", "kilometer",
     "kilometres", "kilometre", "miles", "mile", "tonnes", "tonne", "metric tons", "tons",
     "ton", "metric tonnes", "mt", "barrels per day", "barrels a day", "barrels", "barrel", "bpd", "bcm",
     "cubic meters", "cubic metres", "mw", "megawatts", "gw", "gigawatts", "people",
     "persons", "inhabitants", "citizens", "residents", "tourists", "students", "workers",
     "refugees", "migrants", "pilgrims", "visitors", "troops", "soldiers", "civilians",
     "casualties", "peacekeepers", "fighters", "militants", "police officers", "policemen",
     "diplomats", "hostages", "prisoners", "sailors", "fishermen", "villagers", "member", "strong",
     "doses"]
) + r")\b"
# Measures first: "per cent" must not be read as the three letters "per".
_SUFFIX = _MEASURES + r"|(?:" + _alternation(_SUFFIX_WORDS) + r")\b|\b[A-Z]{3}\b"

QUANTITY = re.compile(
    r"(?:(?P<prefix>" + _PREFIX + r")\s?)?"
    r"(?P<number>(?:(?<=Sh|hs|RM|Rp|Rs|Tk|DM|TL)|(?<=\$US)|(?<=(?-i:[A-Z]{3}))|(?<=(?-i:\bR))|(?<=(?-i:\bN))|(?<=(?-i:\bP))|(?<=euro)|(?<![\w.,]))(?:" + _DIGITS + r")(?![\d])|\b" + _WORDS + r"\b)"
    r"(?:(?P<gap>\s*-?\s*)(?P<scale>(?:" + _SCALE_WORDS + r")\b|(?:" + _SCALE_ABBR + r")\b))?"
    r"(?:\s*-?\s*(?:of\s+)?(?P<suffix>" + _SUFFIX + r"))?",
    re.IGNORECASE,
)

# What a quantity's number cannot be read without (``_read``): a digit, a number word
# other than "a"/"an" (``_WORDS``), or "a"/"an" before a scale ("a million", "a hundred").
_NUMBER_CUES = re.compile(
    r"\d|\b(?:" + _TENS + r"|" + _ONES + r"|" + _TEENS + r"|half|dozen)\b"
    r"|\ban?\s*-?\s*(?:" + _SCALE_WORDS + r"|" + _SCALE_ABBR + r")\b",
    re.IGNORECASE,
)

_APPROX = [
    ("over", (r"in\s+excess\s+of|more\s+than|over|above|exceed(?:s|ed|ing)?|at\s+least|upwards\s+of|"
             r"beyond|tops|topped|cross(?:es|ed)|surpass(?:es|ed)")),
    ("about", r"about|around|approximately|roughly|some|an\s+estimated|estimated|approx\.?|circa|~"),
    ("nearly", r"nearly|almost|close\s+to|just\s+under|just\s+below"),
    ("up to", r"up\s+to|as\s+much\s+as|as\s+high\s+as"),
    ("under", r"less\s+than|under|below|fewer\s+than"),
]
_APPROX_BEFORE = re.compile(
    r"(?:" + "|".join(f"(?P<{re.sub(r'[^a-z]', '_', n)}>\\b(?:{p}))" for n, p in _APPROX) + r")\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as found: value in base units, its unit (None if only scaled), span in the text."""

    value: float
    unit: str | None
    start: int
    end: int
    text: str
    approx: str | None = None


def word_number(text: str) -> float | None:
    """The value of a number written in words ("two", "twenty-five", "three hundred"), or None."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total = 0.0
    for token in tokens:
        if token in ("a", "an") and total:
            continue  # "half a million": the article is not another one
        if token == "hundred":
            total = (total or 1) * 100
        elif token in WORD_VALUES:
            value = WORD_VALUES[token]
            total = total * value if token == "dozen" and total else total + value
        else:
            return None
    return total if tokens else None


def parse_number(text: str) -> float | None:
    """The value of digits ("1,100", "7.24") or number words; None when it is neither."""
    cleaned = text.strip()
    cleaned = cleaned.replace(",", ".") if _DECIMAL_COMMA.fullmatch(cleaned) else cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return word_number(text)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity with a currency, unit or scale in ``text``, in order, spans into ``text``."""
    if not _NUMBER_CUES.search(text):
        return []  # most sentences: ``QUANTITY`` would try its prefixes at every character
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        quantity = _read(match, text)
        if quantity is not None:
            found.append(quantity)
    return found


def approximation(text_before: str) -> str | None:
    """The hedge written just before a quantity ("in excess of" -> "over"), or None."""
    match = _APPROX_BEFORE.search(text_before[-40:])
    if not match:
        return None
    for name, _ in _APPROX:
        if match.group(re.sub(r"[^a-z]", "_", name)):
            return name
    return None


def _read(match: re.Match[str], text: str) -> Quantity | None:
    number = parse_number(match.group("number"))
    if number is None:
        return None
    is_word = not re.match(r"[\d.]", match.group("number"))
    currency = _currency(match.group("prefix"))
    scale_text = (match.group("scale") or "").lower()
    range_end = None if scale_text or not currency else _RANGE_SCALE.match(text, match.end("number"))
    if range_end:
        scale_text = range_end.group("scale").lower()
    if scale_text in _CURRENCY_ONLY_SCALES and not currency:
        scale_text = ""
    if is_word and not scale_text and match.group("number").lower() in {"a", "an"}:
        return None
    scale = math.prod(SCALES.get(word, 1.0) for word in scale_text.split())
    unit, factor = _suffix_unit(match.group("suffix"), currency)
    if unit is None and not (scale_text and scale >= 1e3):
        return None  # a bare number: a year, a day, a count
    if is_word and unit is None and not scale_text:
        return None
    if not (currency or scale_text) and _YEAR.fullmatch(match.group("number")) and unit and is_currency(unit):
        return None  # "2019 marks the 70th anniversary", "in 2015 dollars": a year
    start = match.start("prefix") if currency else match.start("number")
    end = _end(match, unit)
    return Quantity(
        # 4.1 * 1e9 is 4099999999.9999995 in binary: keep the digits a text can write
        value=float(f"{number * scale * factor:.12g}"),
        unit=unit,
        start=start,
        end=end,
        text=text[start:end],
        approx=approximation(text[:start]),
    )


def _currency(prefix: str | None) -> str | None:
    """The currency written before a number: a symbol, "Rs", or an upper-case ISO code
    ("won three titles" is not Korean money)."""
    if not prefix:
        return None
    if (prefix.isalpha() and not prefix.isupper() and prefix.lower() != "rs"
            and prefix not in _LETTER_SYMBOLS + _SCALED_SYMBOLS + _GLUED_WORDS):
        return None
    return currency_code(prefix)


def _suffix_unit(suffix: str | None, currency: str | None) -> tuple[str | None, float]:
    """The unit from the word after the number, the currency before it winning ties."""
    if suffix:
        measure = measure_unit(suffix)
        if measure and not currency:
            return measure
        code = currency_code(suffix)
        if code and (code in iso_currency_codes() or code in SHARED_SYMBOLS or suffix.islower()
                     or not suffix.isupper()):
            return (currency or code), 1.0
    return currency, 1.0


def _end(match: re.Match[str], unit: str | None) -> int:
    """Where the quantity ends: after the unit word if it was used, else the scale or number."""
    suffix = match.group("suffix")
    if suffix and unit is not None and (measure_unit(suffix) or currency_code(suffix)):
        return match.end("suffix")
    if match.group("scale"):
        return match.end("scale")
    return match.end("number")
