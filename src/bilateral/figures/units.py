"""Units of reported quantities: currencies (ISO 4217), percent, lengths, people, mass, energy.

Each unit as written maps to a canonical unit and a factor into its base unit
("bcm" -> m3 x 1e9). Miles stay miles: a distance is reported in the unit the
text gives it in, and "760 miles (1,200 km)" are then the same two figures. Currency symbols and
names several countries share ("Rs", "¥", "pesos", "dinars", "CFA francs") are settled by the
countries the figure is about; "$" alone is the US dollar, as international reporting writes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Symbols and words that name a currency. "$" alone means US dollars unless
# the text says otherwise: that is the convention of international reporting.
CURRENCY_WORDS: dict[str, str] = {
    "us$": "USD", "us $": "USD", "$ us": "USD", "$us": "USD", "usd": "USD", "$": "USD",
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "dlr": "USD", "dlrs": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "¥": "YEN_YUAN", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "₽": "RUB", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "₹": "INR", "rs": "RUPEE", "rs.": "RUPEE", "rupee": "RUPEE", "rupees": "RUPEE",
    "₨": "RUPEE", "riyal": "RIYAL", "riyals": "RIYAL", "dirham": "DIRHAM", "dirhams": "DIRHAM",
    "peso": "PESO", "pesos": "PESO", "dinar": "DINAR", "dinars": "DINAR",
    "cfa franc": "CFA_FRANC", "cfa francs": "CFA_FRANC", "swiss franc": "CHF", "swiss francs": "CHF",
    "shekel": "ILS", "shekels": "ILS", "egyptian pound": "EGP", "egyptian pounds": "EGP",
    "sudanese pound": "SDG", "sudanese pounds": "SDG", "south sudanese pound": "SSP",
    "south sudanese pounds": "SSP", "lebanese pound": "LBP", "lebanese pounds": "LBP",
    "syrian pound": "SYP", "syrian pounds": "SYP",
    "lira": "TRY", "won": "KRW", "taka": "BDT", "afghani": "AFN", "afghanis": "AFN",
    "tenge": "KZT", "rial": "IRR", "rials": "IRR", "manat": "AZN",
    "₦": "NGN", "naira": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₴": "UAH", "hryvnia": "UAH",
    "a$": "AUD", "au$": "AUD", "aus$": "AUD", "c$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "reais": "BRL",
    "rm": "MYR", "ringgit": "MYR", "rp": "IDR", "rupiah": "IDR", "baht": "THB", "dong": "VND",
    "rand": "ZAR", "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "zloty": "PLN", "kyat": "MMK",
    "sh": "SHILLING", "shilling": "SHILLING", "shillings": "SHILLING", "ksh": "KES", "ush": "UGX",
    "tsh": "TZS", "shs": "SHILLING", "kshs": "KES", "ushs": "UGX", "tshs": "TZS", "tl": "TRY", "p": "PHP",
    "r": "ZAR", "n": "NGN", "tk": "BDT", "gh¢": "GHS", "gh₵": "GHS", "e£": "EGP",
    # news agencies' forms: "2.5 billion stg", "DM 5 billion", "NT$5 billion"
    "nt$": "TWD", "stg": "GBP", "sterling": "GBP", "dm": "DEM", "d-marks": "DEM",
    # dollars and rupees named by their country
    **{f"{name} {word}": code for word in ("dollars", "dlrs") for name, code in (
        ("australian", "AUD"), ("canadian", "CAD"), ("hong kong", "HKD"), ("singapore", "SGD"),
        ("new zealand", "NZD"), ("taiwan", "TWD"), ("new taiwan", "TWD"), ("zimbabwe", "ZWL"))},
    **{f"{name} {word}": code for name, code in (
        ("indian", "INR"), ("pakistani", "PKR"), ("nepali", "NPR"), ("nepalese", "NPR"),
        ("sri lankan", "LKR")) for word in ("rupee", "rupees")},
    # currencies named with their country's adjective: "3.3 billion Japanese yen", "Saudi riyals"
    **{f"{adjective} {word}": code for adjective, words, code in (
        ("japanese", ("yen",), "JPY"), ("chinese", ("yuan", "renminbi"), "CNY"),
        ("russian", ("roubles", "rubles"), "RUB"), ("turkish", ("lira", "liras"), "TRY"),
        ("south korean", ("won",), "KRW"), ("saudi", ("riyals", "riyal"), "SAR"),
        ("qatari", ("riyals", "riyal"), "QAR"), ("omani", ("rials", "riyals"), "OMR"),
        ("iranian", ("rials",), "IRR"), ("uae", ("dirhams",), "AED"), ("emirati", ("dirhams",), "AED"),
        ("moroccan", ("dirhams",), "MAD"), ("iraqi", ("dinars",), "IQD"), ("jordanian", ("dinars",), "JOD"),
        ("kuwaiti", ("dinars",), "KWD"), ("algerian", ("dinars",), "DZD"), ("libyan", ("dinars",), "LYD"),
        ("kenyan", ("shillings",), "KES"), ("ugandan", ("shillings",), "UGX"),
        ("tanzanian", ("shillings",), "TZS"), ("somali", ("shillings",), "SOS"),
        ("mexican", ("pesos",), "MXN"), ("argentine", ("pesos",), "ARS"), ("colombian", ("pesos",), "COP"),
        ("chilean", ("pesos",), "CLP"), ("philippine", ("pesos",), "PHP"), ("cuban", ("pesos",), "CUP"),
        ("norwegian", ("kroner", "crowns"), "NOK"), ("danish", ("kroner", "crowns"), "DKK"),
        ("swedish", ("kronor", "crowns"), "SEK"), ("zambian", ("kwacha",), "ZMW"),
        ("malawian", ("kwacha",), "MWK"), ("south african", ("rand",), "ZAR"),
        ("bangladeshi", ("taka",), "BDT"), ("nigerian", ("naira",), "NGN"), ("thai", ("baht",), "THB"),
        ("vietnamese", ("dong",), "VND"), ("malaysian", ("ringgit",), "MYR"),
        ("indonesian", ("rupiah",), "IDR"), ("brazilian", ("reais", "real"), "BRL"),
        ("kazakh", ("tenge",), "KZT"), ("ethiopian", ("birr",), "ETB"), ("ghanaian", ("cedis",), "GHS"),
        ("polish", ("zlotys", "zloty"), "PLN"), ("ukrainian", ("hryvnias", "hryvnia"), "UAH"))
        for word in words},
    # the currencies of Europe, Africa, Asia and the Americas written by name
    "krone": "KRONE", "kroner": "KRONE", "krona": "SEK", "kronor": "SEK", "forint": "HUF",
    "forints": "HUF", "leu": "RON", "lei": "RON", "lev": "BGN", "leva": "BGN", "zlotys": "PLN",
    "lari": "GEL", "dram": "AMD", "drams": "AMD", "somoni": "TJS", "kwacha": "KWACHA",
    "kip": "LAK", "riel": "KHR", "riels": "KHR", "tugrik": "MNT", "tugriks": "MNT", "kyats": "MMK",
    "kwanza": "AOA", "kwanzas": "AOA", "metical": "MZN", "meticais": "MZN", "ariary": "MGA",
    "dalasi": "GMD", "leones": "SLE", "rufiyaa": "MVR", "ngultrum": "BTN", "hryvnias": "UAH",
    "rwandan francs": "RWF", "congolese francs": "CDF", "guinean francs": "GNF",
    "burundian francs": "BIF", "djiboutian francs": "DJF", "soles": "PEN", "bolivars": "VES",
    "bolivianos": "BOB", "guaranis": "PYG", "quetzales": "GTQ", "lempiras": "HNL",
    "cordobas": "NIO", "colones": "CRC", "belarusian rubles": "BYN", "belarusian roubles": "BYN",
    # currencies replaced by the euro, still in older reporting
    "lats": "LVL", "lati": "LVL", "litas": "LTL", "litai": "LTL", "kroons": "EEK",
    "deutsche marks": "DEM", "deutschmarks": "DEM", "german marks": "DEM", "french francs": "FRF",
    "belgian francs": "BEF", "lire": "ITL", "pesetas": "ESP", "drachmas": "GRD", "guilders": "NLG",
    "escudos": "PTE", "schillings": "ATS", "markkas": "FIM", "punts": "IEP",
}
# ISO 4217 codes withdrawn (pycountry lists current ones) that older reporting still uses.
_FORMER_CODES = frozenset({"LVL", "LTL", "EEK", "DEM", "FRF", "BEF", "ITL", "ESP", "GRD", "NLG",
                           "PTE", "ATS", "FIM", "IEP", "SLL", "HRK", "BGN"})

# Symbols several countries share, settled by the countries a figure is about, in order of
# preference when several are named, else the most widely reported one.
SHARED_SYMBOLS: dict[str, tuple[dict[str, str], str]] = {
    "RUPEE": ({"PAK": "PKR", "IND": "INR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR",
               "SYC": "SCR", "IDN": "IDR"}, "INR"),
    "SHILLING": ({"KEN": "KES", "UGA": "UGX", "TZA": "TZS", "SOM": "SOS"}, "KES"),
    "YEN_YUAN": ({"CHN": "CNY", "JPN": "JPY"}, "JPY"),
    "PESO": ({"MEX": "MXN", "ARG": "ARS", "COL": "COP", "CHL": "CLP", "PHL": "PHP", "CUB": "CUP",
              "URY": "UYU", "DOM": "DOP"}, "MXN"),
    "DINAR": ({"IRQ": "IQD", "DZA": "DZD", "KWT": "KWD", "JOR": "JOD", "LBY": "LYD", "TUN": "TND",
               "BHR": "BHD", "SRB": "RSD"}, "IQD"),
    "DIRHAM": ({"ARE": "AED", "MAR": "MAD"}, "AED"),
    "RIYAL": ({"SAU": "SAR", "QAT": "QAR", "OMN": "OMR", "YEM": "YER"}, "SAR"),
    # West African (XOF) and Central African (XAF) francs
    "KRONE": ({"NOR": "NOK", "DNK": "DKK"}, "NOK"),
    "KWACHA": ({"ZMB": "ZMW", "MWI": "MWK"}, "ZMW"),
    "CFA_FRANC": ({**dict.fromkeys(("SEN", "CIV", "MLI", "BFA", "NER", "TGO", "BEN", "GNB"), "XOF"),
                   **dict.fromkeys(("CMR", "TCD", "CAF", "COG", "GAB", "GNQ"), "XAF")}, "XOF"),
}

# Three-letter codes that are also ordinary upper-case words in headlines.
_CODE_STOPLIST = {"ALL", "TOP", "CUP", "MOP", "BAM", "MAD", "SOS", "GEL", "BOB", "ANG", "XXX"}

# Non-currency units: written form -> (canonical unit, factor into the base unit).
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "percent": ("percent", 1.0), "per cent": ("percent", 1.0), "%": ("percent", 1.0),
    "pc": ("percent", 1.0), "pct": ("percent", 1.0), "percentage points": ("percent", 1.0),
    "km": ("km", 1.0), "kilometer": ("km", 1.0), "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0), "kilometres": ("km", 1.0),
    "mile": ("miles", 1.0), "miles": ("miles", 1.0),
    "tonnes": ("tonnes", 1.0), "tonne": ("tonnes", 1.0), "tons": ("tonnes", 1.0),
    "ton": ("tonnes", 1.0), "metric tons": ("tonnes", 1.0), "metric tonnes": ("tonnes", 1.0), "mt": ("tonnes", 1.0),
    "barrels": ("barrels", 1.0), "barrel": ("barrels", 1.0), "bpd": ("barrels/day", 1.0),
    "barrels per day": ("barrels/day", 1.0), "barrels a day": ("barrels/day", 1.0),
    "bcm": ("m3", 1e9), "cubic meters": ("m3", 1.0), "cubic metres": ("m3", 1.0),
    "mw": ("W", 1e6), "megawatts": ("W", 1e6), "gw": ("W", 1e9), "gigawatts": ("W", 1e9),
    "people": ("people", 1.0), "persons": ("people", 1.0), "inhabitants": ("people", 1.0),
    "citizens": ("people", 1.0), "residents": ("people", 1.0), "tourists": ("people", 1.0),
    "students": ("people", 1.0), "workers": ("people", 1.0), "refugees": ("people", 1.0),
    "migrants": ("people", 1.0), "pilgrims": ("people", 1.0), "visitors": ("people", 1.0),
    "troops": ("people", 1.0), "soldiers": ("people", 1.0),
    **{word: ("people", 1.0) for word in (
        "civilians", "casualties", "peacekeepers", "fighters", "militants", "police officers",
        "policemen", "diplomats", "hostages", "prisoners", "sailors", "fishermen", "villagers")},
    # vaccines given or sold are counted in doses: "handed over 100,000 doses"
    "doses": ("doses", 1.0),
    # the size of a body of people: "a 7,000-member force", "a 3,000-strong contingent"
    "member": ("people", 1.0), "strong": ("people", 1.0),
}

MONEY = "money"


@lru_cache(maxsize=1)
def _all_currency_codes() -> frozenset[str]:
    """Every ISO 4217 alphabetic code (from pycountry), and withdrawn ones still written."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) | _FORMER_CODES


@lru_cache(maxsize=1)
def iso_currency_codes() -> frozenset[str]:
    """The ISO 4217 codes a text may write as such, less codes that read as words."""
    return _all_currency_codes() - _CODE_STOPLIST


def normalise_written(unit: str) -> str:
    """A written unit as looked up: lower case, single spaces."""
    return re.sub(r"\s+", " ", unit.strip().lower())


def currency_code(written: str) -> str | None:
    """The ISO 4217 code (or ``"RUPEE"``, settled later) for a currency as written, else None."""
    key = normalise_written(written)
    if key in CURRENCY_WORDS:
        return CURRENCY_WORDS[key]
    compact = key.replace(" ", "")
    if compact in CURRENCY_WORDS:
        return CURRENCY_WORDS[compact]
    if written.strip().upper() in iso_currency_codes() and written.strip().isupper():
        return written.strip().upper()
    return None


def measure_unit(written: str) -> tuple[str, float] | None:
    """(canonical unit, factor) for a non-currency unit as written, else None."""
    return MEASURE_UNITS.get(normalise_written(written).lstrip("-"))


def settle_shared_symbol(code: str, countries: tuple[str, ...] | list[str]) -> str:
    """Turn a placeholder (``"RUPEE"``, ``"SHILLING"``) into the currency of the first
    country that uses it."""
    if code not in SHARED_SYMBOLS:
        return code
    by_country, default = SHARED_SYMBOLS[code]
    return next((by_country[c] for c in countries if c in by_country), default)


def is_currency(unit: str | None) -> bool:
    """True for ISO 4217 codes (and the unsettled shared symbols)."""
    return bool(unit) and (unit in SHARED_SYMBOLS or unit in _all_currency_codes())
