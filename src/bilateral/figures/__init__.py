"""Figures: every reported quantity about the countries of an article.

For each sentence: find the quantities (``numbers``), what each measures
(``variables``), the countries and the direction of a flow, and the period
(``periods``). State carried across sentences is only what the text itself
refers back to: "during this period" takes the previous figure's period, and a
bare "800 million" of trade takes the last currency named (else US dollars,
the currency trade figures are reported in when none is written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from bilateral.figures.numbers import Quantity, find_quantities
from bilateral.figures.periods import (
    PeriodMention,
    accrued_since,
    deadline,
    find_periods,
    fiscal_country,
    fiscal_period,
    has_horizon,
    is_fiscal_year,
    own_period,
    period_for,
    period_months,
    resolve_anaphor,
    shift_years,
)
from bilateral.figures.units import is_currency, settle_shared_symbol
from bilateral.figures.variables import (
    FLOWS,
    CountryMention,
    Cue,
    change_word,
    classify,
    figure_countries,
    find_cue,
    flow_direction,
    flow_reporter,
    growth_sign,
    is_bilateral,
    is_target,
    names_trade,
    trade_reporter,
)
from bilateral.types import Document, Figure, Mention, Sentence

DEFAULT_CURRENCY = "USD"
# The headline and the first sentence of the story.
LEAD_SENTENCES = 2
# "the surplus", "the bilateral deficit": a cue that refers to one already told
_DEFINITE = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# What a deal's money may be, told more precisely elsewhere in the article.
SPECIFIC_DEALS = ("investment", "loan", "aid")
# Figures a following sentence may go on about ("Exports to Brazil reached $1bn in May. That
# was 20 percent less than a year earlier."); a flow is gone on with in its direction.
TOPIC_VARIABLES = ("trade_total", "trade_balance", *FLOWS, "investment", "deal_value", "aid", "loan")
ONGOING_BY_CHANGE = ("trade_balance", *FLOWS)
_CUT_CURRENCY = re.compile(r"\bRs\.\s*$")
# "was $58.6bn in 2022, up from $28.6bn", "up from the previous year's $28.6bn", "against $12.2bn
# in 2022-23": the amount after "from" or a word of comparison is the earlier value.
_BASE_AMOUNT = re.compile(r"\b(?:from|against|compared\s+(?:to|with)|versus|vs\.?)\s+"
                          r"(?:the\s+(?:previous|preceding|prior)\s+year['’]s\s+)?"
                          r"(?:(?:about|some|nearly|almost|around)\s+)?$", re.IGNORECASE)
_QUARTER, _YEAR = 3, 12  # months
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")
# "(31 billion euros, $36.5 billion)": only amounts, separators and hedges
_CONVERSIONS = re.compile(r"\s*\(((?:[^()a-z]|(?:about|around|or|some|approximately|[a-z]*illion|bn|mn|"
                          r"euros?|dollars?|pounds?|yen|yuan)\b)+)\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Topic:
    """The last figure told, that a sentence naming no measure of its own goes on about."""

    sentence: int  # the index of the sentence it was told in
    variable: str
    countries: tuple[str, ...]
    direction: str | None


@dataclass
class _Context:
    """What later sentences may refer back to."""

    period: str | None = None
    period_sentence: int = -2  # index of the sentence the last period was read in
    currency: str | None = None
    reporter: tuple[str, str] | None = None  # (reporter, partner) of the last flow in a sentence
    reporter_sentence: int = -2  # the index of the sentence it was told in
    topic: _Topic | None = None
    # this sentence's anaphoric periods ("a year earlier"), by position, once resolved
    anaphors: dict[int, str | None] = field(default_factory=dict)
    # the countries of the last figure named by each cue's variable
    told: dict[str, tuple[str, ...]] = field(default_factory=dict)


def extract_figures(document: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Figure]:
    """Every figure about the article's countries, in document order."""
    pair = main_pair(mentions, lead_end(sentences))
    context = _Context()
    figures: list[Figure] = []
    for sentence in sentences:
        quantities = sentence_quantities(document.text, sentence)
        if not quantities:
            _note_trade_told(sentence, mentions, pair, context)
            continue
        context.anaphors.clear()
        figures.extend(_sentence_figures(document, sentence, quantities, mentions, pair, context))
    return _first_statements(figures)


def _note_trade_told(sentence: Sentence, mentions: list[Mention], pair: tuple[str, ...],
                     context: _Context) -> None:
    """A sentence that tells of a flow without a number ("Pakistan's exports to China rise",
    "Turkey's trade with Russia expanded") names whose exports and imports the next sentence's
    figures are ("Exports grew 15 per cent."). Its period is not carried on: measured on dev
    articles, that gave later figures periods other than the ones they measure."""
    text = sentence.text
    if not names_trade(text):
        return
    local = sentence_countries(sentence, mentions)
    codes = tuple(dict.fromkeys(m.code for m in local))
    sides = tuple(sorted(set(codes) | set(pair))) if len(codes) < 2 and set(codes) <= set(pair) else codes
    reporter = trade_reporter(text, local) or flow_reporter(text, local, sides)
    if reporter or local:
        context.reporter, context.reporter_sentence = reporter, sentence.index


def _first_statements(figures: list[Figure]) -> list[Figure]:
    """Each figure once: the headline and the lead often state the same one twice, the
    headline with less ("Iraq to import $2 billion" before "import $2 billion worth of goods
    from Egypt during 2001"): the fuller telling stands for both."""
    kept: list[Figure] = []
    for figure in figures:
        fuller = next((k for k in kept if _tells_less(figure, k)), None)
        if fuller is not None:
            continue
        kept = [k for k in kept if not _tells_less(k, figure)] + [figure]
    return sorted(kept, key=lambda f: f.start)


def _told_alike(figure: Figure, other: Figure) -> bool:
    return (figure.variable, set(figure.countries), figure.direction, figure.period) == (
        other.variable, set(other.countries), other.direction, other.period)


def _tells_less(figure: Figure, other: Figure) -> bool:
    """``figure`` is ``other`` told with fewer details (or the same ones): the same amount,
    a variable no more precise (a "$11.5 billion project" that is an investment told
    elsewhere), no country, direction or period that ``other`` lacks; and it names fewer
    countries or a vaguer variable ("a surplus up 42%" and "exports up 42% to the US" are
    two figures)."""
    vaguer_variable = figure.variable == "other" or (
        figure.variable == "deal_value" and other.variable in SPECIFIC_DEALS)
    # a headline's figure often names no period its lead names ("exports grow 15pc" over "grew 15
    # percent in the first half")
    vaguer = (vaguer_variable or set(figure.countries) < set(other.countries)
              or (figure.period is None and other.period is not None))
    return (
        (vaguer or _told_alike(figure, other))
        and figure.start != other.start  # two amounts of one sentence are two figures
        and (figure.value == other.value or _rounded(figure, other))
        and figure.unit == other.unit
        and figure.target == other.target
        and (vaguer_variable or figure.variable == other.variable)
        and set(figure.countries) <= set(other.countries)
        and figure.direction in (None, other.direction)
        and figure.period in (None, other.period)
    )


def _rounded(figure: Figure, other: Figure) -> bool:
    """True when ``figure`` is ``other``'s value rounded to the digits it is written with, as a
    headline rounds its lead ("$240bn" for "$240.1 billion", "up 26%" for "26.3%")."""
    written = _WRITTEN_NUMBER.search(figure.text)
    if written is None or not figure.value:
        return False
    number = float(written.group().replace(",", ""))
    if not number:
        return False
    step = abs(figure.value / number) * 10 ** -len(written.group("decimals") or "")
    return bool(abs(other.value - figure.value) <= step / 2)


def sentence_quantities(text: str, sentence: Sentence) -> list[Quantity]:
    """The quantities of a sentence, spans relative to it.

    The sentence splitter ends a sentence at "Rs." ("allocated Rs. | 500
    crore"): such a currency abbreviation just before the sentence is read with it.
    """
    cut = _CUT_CURRENCY.search(text, max(0, sentence.start - 8), sentence.start)
    if cut is None:
        return find_quantities(sentence.text)
    shift = sentence.start - cut.start()
    found = find_quantities(text[cut.start():sentence.end])
    return [replace(q, start=max(0, q.start - shift), end=q.end - shift) for q in found if q.end > shift]


def _sentence_figures(document: Document, sentence: Sentence, quantities: list[Quantity],
                      mentions: list[Mention], pair: tuple[str, ...], context: _Context) -> list[Figure]:
    text = sentence.text
    periods = find_periods(text, document.published)
    # the "US" of "US$2 billion" or "2 billion US dollars" names a currency, not a party
    local = [m for m in sentence_countries(sentence, mentions)
             if not any(q.start < m.end and m.start < q.end for q in quantities)]
    bilateral = is_bilateral(text)
    base_periods = _base_amount_periods(text, quantities, periods)
    # whose flows the sentence tells: a trade one country owns with another, else the reporter of
    # the sentence before when this one names no country ("Vietnam's exports to China rose 10%.
    # Imports fell 5%.")
    owned = trade_reporter(text, local)
    if owned or local or sentence.index - context.reporter_sentence > 1:
        context.reporter = owned
    context.reporter_sentence = sentence.index
    figures = []
    prev_end = 0
    i = 0
    while i < len(quantities):
        quantity = quantities[i]
        close = _conversions_end(text, quantity)
        conversions = [q for q in quantities[i + 1:] if q.end <= close]
        i += 1 + len(conversions)
        next_start = quantities[i].start if i < len(quantities) else len(text)
        # the cue after "Sh362billion ($3.59billion) loan" is read past the conversions
        own_periods = [p for p in periods if base_periods.get(p.start, quantity.start) == quantity.start]
        figure = _figure(document, sentence, replace(quantity, end=max(quantity.end, close)), prev_end,
                         next_start, own_periods, local, pair, bilateral, context)
        prev_end = max(quantity.end, close)
        if figure is not None:
            figures.append(figure)
            figures.extend(replace(figure, value=q.value, unit=_unit(q.unit, figure.countries, local, context),
                                   text=q.text, approx=q.approx) for q in conversions)
    return figures


def _base_amount_periods(text: str, quantities: list[Quantity], periods: list[PeriodMention]) -> dict[int, int]:
    """The periods written right after an amount a change starts from ("dipped to $11 billion
    from $12.2 billion in 2022-23"), by their start, with the start of that amount: they date
    it alone, not the amounts before it."""
    measured = [p for p in periods if not p.base]
    owners: dict[int, int] = {}
    for i, quantity in enumerate(quantities):
        if not _BASE_AMOUNT.search(text, 0, quantity.start):
            continue
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        own = own_period(measured, quantity.end, next_start, text)
        if own is not None:
            owners[own.start] = quantity.start
    return owners


def _conversions_end(text: str, quantity: Quantity) -> int:
    """The end of a parenthesis right after a quantity that holds the same amount in other
    currencies ("1 billion yen ($8 million)"), else -1."""
    match = _CONVERSIONS.match(text, quantity.end)
    if match is None or not find_quantities(match.group(1)):
        return -1
    return match.end()


def _figure(document: Document, sentence: Sentence, quantity: Quantity, prev_end: int, next_start: int,
            periods: list[PeriodMention], local: list[CountryMention], pair: tuple[str, ...],
            bilateral: bool, context: _Context) -> Figure | None:
    text = sentence.text
    cue = find_cue(text, quantity, prev_end, next_start)
    topic = None if cue else _topic(sentence, context, quantity)
    if topic:
        cue = Cue(topic.variable, 0, 0)
    # goods shipped after aid was told, with no trade figure since, are more of that aid
    aid_told = context.topic is not None and context.topic.variable == "aid"
    reading = classify(text, quantity, cue, aid_told)
    if reading is None:
        return None
    variable, unit = reading
    countries = figure_countries(text, variable, quantity, local, pair, bilateral) or (topic.countries if topic else ())
    if topic and set(countries) < set(topic.countries):
        countries = topic.countries  # one side named ("'We hope to bring it to $100 bln,' Putin said")
    if not countries:
        return None  # not about the countries
    if cue is not None and topic is None:
        countries = _referred_countries(text, cue, countries, context)
        context.told[cue.variable] = countries
    direction = None
    if topic is not None and variable in FLOWS + ("trade_growth",):
        direction = _topic_direction(topic, countries)
    elif cue is not None and cue.variable in FLOWS and variable in FLOWS + ("trade_growth",):
        direction = _direction(text, cue, local, countries, next_start, context)
        if direction:
            countries = tuple(sorted(set(countries) | set(direction.split("->"))))
    unit = _unit(unit, countries, local, context)
    after = text[quantity.end:next_start]
    goal_year = deadline(after)
    target = is_target(text, quantity, goal_year is not None or has_horizon(after))
    if variable in TOPIC_VARIABLES:
        context.topic = _Topic(sentence.index, variable, countries, direction)
    return Figure(
        doc_id=document.doc_id,
        variable=variable,
        value=quantity.value * (growth_sign(text, quantity) if variable == "trade_growth" else 1),
        unit=unit,
        sentence=text,
        start=sentence.start,  # the evidence span is the sentence, as for events
        end=sentence.end,
        text=quantity.text,
        countries=countries,
        direction=direction,
        # a goal is for its deadline, not for the period the sentence reports
        period=(goal_year or _goal_period(periods, quantity, next_start)) if target
        else _period(periods, quantity, next_start, sentence, context,
                     _FiscalCalendar(fiscal_country([m.code for m in local if m.code in countries]
                                                    + list(countries)), document.published)),
        approx=quantity.approx,
        target=target,
    )


def _goal_period(periods: list[PeriodMention], quantity: Quantity, next_start: int) -> str | None:
    """The period a goal is for when no deadline is written: one named right after its
    amount ("will reach $15 billion next year"), not one the sentence reports a value for."""
    after = next((p for p in periods if quantity.end <= p.start < next_start), None)
    return after.period if after and not (after.anaphoric or after.base) else None


def _topic(sentence: Sentence, context: _Context, quantity: Quantity) -> _Topic | None:
    """A sentence without any cue ("The new target, worth $42 billion") goes on with
    the figure of the sentence before it (or earlier in the same sentence):
    its variable, and its countries when the sentence names none. A flow or a balance
    is gone on with only by its rate of change ("That was 20 percent less")."""
    topic = context.topic
    if topic is None or sentence.index - topic.sentence > 1:
        return None
    if topic.variable in ONGOING_BY_CHANGE and not (quantity.unit == "percent" and change_word(sentence.text, quantity)):
        return None
    return topic


def _topic_direction(topic: _Topic, countries: tuple[str, ...]) -> str | None:
    """The direction of the flow gone on about, unless the sentence names another country."""
    if topic.direction and set(countries) <= set(topic.direction.split("->")):
        return topic.direction
    return None


def _referred_countries(text: str, cue: Cue, countries: tuple[str, ...], context: _Context) -> tuple[str, ...]:
    """A cue with a definite article ("the surplus hit $50 billion") refers back to the same
    thing told before in the article ("the surplus with the US surged"): its countries, when
    this sentence names fewer of them."""
    earlier = context.told.get(cue.variable)
    if earlier is None or not set(countries) < set(earlier) or not _DEFINITE.search(text, 0, cue.start):
        return countries
    return earlier


def _direction(text: str, cue: Cue, local: list[CountryMention], countries: tuple[str, ...],
               limit: int, context: _Context) -> str | None:
    """``"PAK->RUS"``; an unattributed flow ("and imports 221.95 percent") keeps the
    reporting country of the previous flow in the sentence."""
    exporter, importer = flow_direction(text, cue, local, countries, limit)
    if not (exporter and importer) and context.reporter:
        reporter, partner = context.reporter
        exporter, importer = (reporter, partner) if cue.variable == "exports" else (partner, reporter)
    if not (exporter and importer):
        return None
    context.reporter = (exporter, importer) if cue.variable == "exports" else (importer, exporter)
    return f"{exporter}->{importer}"


def _unit(unit: str | None, countries: tuple[str, ...], local: list[CountryMention], context: _Context) -> str:
    """The unit of a figure; a symbol several countries share ("Rs", "kwacha") is the currency
    of the first of its countries the sentence names ("Nepal's deficit with India stood at
    Rs 1.2 trillion" is in Nepalese rupees), the one who reports or owns the amount."""
    if unit is None:
        return context.currency or DEFAULT_CURRENCY
    named = [m.code for m in local if m.code in countries]
    unit = settle_shared_symbol(unit, tuple(dict.fromkeys(named + list(countries))))
    if is_currency(unit):
        context.currency = unit
    return unit


@dataclass(frozen=True, slots=True)
class _FiscalCalendar:
    """What a fiscal part is resolved against: the figure's country with a fiscal year of its own
    (None: none of them has one) and the publication date."""

    country: str | None
    published: date | None


def _period(periods: list[PeriodMention], quantity: Quantity, next_start: int, sentence: Sentence,
            context: _Context, calendar: _FiscalCalendar) -> str | None:
    """The period a quantity measures; a sentence that names none, or only the base of a
    comparison, goes on with the period of the sentence before it ("In May exports rose
    5%. Imports fell 2%. The deficit was $1bn." "That was 8 percent more than in April.")."""
    mention = period_for(periods, quantity.start, quantity.end, next_start, sentence.text)
    if mention is None:
        if any(not p.base for p in periods) or accrued_since(sentence.text):
            return None  # the sentence names its own periods; a base of comparison is not one
        if sentence.index - context.period_sentence > 1:
            return None
        context.period_sentence = sentence.index  # a run of sentences goes on with it
        base = _BASE_AMOUNT.search(sentence.text, 0, quantity.start)
        return _year_before(context.period) if base else context.period
    if mention.fiscal is not None and mention.fiscal.before_named and context.period_sentence == sentence.index \
            and is_fiscal_year(context.period):
        period = shift_years(context.period, -1)  # "$15.9 billion in FY23, down from $18.1 billion in the previous fiscal"
    elif mention.fiscal is not None:
        period = (fiscal_period(mention.fiscal, calendar.country, calendar.published)
                  if calendar.country else mention.period)
    elif not mention.anaphoric:
        period = mention.period
    elif mention.start in context.anaphors:  # "a year earlier" read once, by its first figure
        period = context.anaphors[mention.start]
    else:
        period = context.anaphors[mention.start] = resolve_anaphor(context.period, mention)
    own = quantity.end <= mention.start and mention.end <= next_start
    if _BASE_AMOUNT.search(sentence.text, 0, quantity.start):
        # the earlier value's period is not the one the next sentences go on with
        return period if own else _year_before(period)
    if period:
        context.period, context.period_sentence = period, sentence.index
    return period


def _year_before(period: str | None) -> str | None:
    """The period of a compared amount that names none ("in 2022, up from $28.6bn", "in the
    period, up from $23.5 billion"): the year before a year, a fiscal year or a part of a year
    longer than a quarter; a month or a quarter may be compared with the one before it, and a
    span of years ("between 2015 and 2020, from $1bn") starts with it, so none."""
    months = period_months(period)
    if months is None or not _QUARTER <= months[1] - months[0] < _YEAR:
        return None
    return shift_years(period, -1)


def sentence_countries(sentence: Sentence, mentions: list[Mention]) -> list[CountryMention]:
    """The countries named in a sentence (groups expanded), spans relative to the sentence."""
    found = []
    for mention in mentions:
        if mention.start < sentence.start or mention.end > sentence.end:
            continue
        for code in mention_countries(mention):
            found.append(CountryMention(code, mention.start - sentence.start, mention.end - sentence.start))
    return sorted(found, key=lambda m: m.start)


def mention_countries(mention: Mention) -> tuple[str, ...]:
    """ISO 3166 alpha-3 codes a mention stands for (organisations are left out)."""
    actors = mention.group or ((mention.actor,) if mention.actor else ())
    return tuple(a.country for a in actors if a is not None and a.country in _country_codes())


def lead_end(sentences: list[Sentence]) -> int:
    """Where the headline and the lead end: the first LEAD_SENTENCES sentences."""
    if not sentences:
        return 0
    return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end


def main_pair(mentions: list[Mention], lead: int = 0) -> tuple[str, ...]:
    """The two countries the article is most about (most mentioned, earliest on ties).

    A news story names its subject in the headline and lead; a country named there
    counts twice, so a side story told at length later ("In Beijing, Chinese
    officials ...") does not displace one of the pair.
    """
    counts: dict[str, int] = {}
    for mention in mentions:
        weight = 2 if mention.start < lead else 1
        for code in mention_countries(mention):
            counts[code] = counts.get(code, 0) + weight
    ranked = sorted(counts, key=lambda c: -counts[c])  # stable: earliest first on ties
    return tuple(sorted(ranked[:2]))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)
