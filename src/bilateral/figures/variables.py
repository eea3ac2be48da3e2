"""What a quantity measures: its variable, the countries it is about, the direction of a flow.

All offsets here are into the sentence text. The variable comes from the cue
word nearest to the quantity ("trade balance of $184 million", "deals worth
$10 billion"); the unit settles what the cue cannot (km is a length).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bilateral.figures.numbers import Quantity
from bilateral.figures.units import is_currency

# Cue phrases, most specific first; the nearest one to the quantity decides.
_CUES: list[tuple[str, str]] = [
    ("trade_balance", r"trade\s+(?:balance|deficit|surplus|gap)|balance\s+of\s+trade|deficit|surplus"),
    # goods sold to a country leave the seller, goods bought or purchased enter the buyer
    ("exports", r"export(?:s|ed|ing|er|ers)?|re-exports?|shipped|shipments?|sold|sales?"),
    ("imports", r"import(?:s|ed|ing|er|ers)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)"),
    ("trade_total", r"trade|traded|trading\s+volumes?|turnover|commerce|commercial\s+exchanges?"),
    # a company bought is an investment ("acquired a 30% stake for $2bn")
    ("investment", r"invest(?:s|ed|ing|ment|ments|or|ors)?|fdi|stakes?|acqui(?:red|sitions?)|takeovers?"),
    # money given: a fund set up for someone, a contribution, budget or military support
    ("aid", (r"(?:budget(?:ary)?|financial|military|economic|development|fiscal)\s+support|support\s+packages?|(?<=\bin\s)support|"
            r"aid|grants?|assistance|donat(?:e|ed|ion|ions)|"
            r"relief\s+(?:packages?|supplies|goods|materials|items|consignments?)|"
            r"humanitarian|funds?|funding|gifts?|contribut(?:e|es|ed|ing|ion|ions)|donors?|oda")),
    # money owed or to be paid back; a deposit in a central bank is lent to it
    ("loan", (r"loans?|lend(?:s|ing)?|lent|borrow(?:s|ed|ing)?|credit\s+lines?|credits?|debts?|bail-?out|"
             r"owe[sd]?|owing|repa(?:y|ys|id|ying|yments?)|deposit(?:s|ed)?")),
    ("deal_value", (r"deals?|contracts?|agreements?|accords?|projects?|orders?|mous?|"
                   r"memorand(?:um|a)|packages?|procurement")),
    ("population", r"population|inhabitants"),
    # a tariff or duty rate is a measure of its own, not a trade figure ("duties of 212% on wine imports");
    # money workers send home is not aid ("sent home $7.4 billion in remittances")
    ("other", r"tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|remittances?"),
]
_CUE = re.compile(
    "|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _CUES), re.IGNORECASE
)
# The cues of trade alone: most sentences without a number are only checked for these.
_TRADE_CUE = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _CUES if name in
                                 ("trade_balance", "exports", "imports", "trade_total")), re.IGNORECASE)
# Stems every trade cue contains, for a fast first look at a sentence
_TRADE_STEMS = ("export", "import", "trad", "ship", "sold", "sale", "bought", "buy", "purchas", "turnover",
                "commerc", "deficit", "surplus")
# A cue word after a deal's word and "of": "a package of assistance", "a programme of loans".
_MONEY_AFTER_DEAL = re.compile(
    r"\s+of\s+(?:[\w-]+\s+)?(?:" + "|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _CUES) + ")",
    re.IGNORECASE)
# A cue word right before a deal's word: "loan package", "investment agreement".
_MONEY_MODIFIER = re.compile(
    "(?:" + "|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _CUES) + r")\s+$", re.IGNORECASE)
_DECLINE = (r"negative\s+growth|declin\w*|decreas\w*|fell|fall\w*|drop\w*|down|plung\w*|slump\w*|cut(?:s|ting)?|"
            r"slash\w*|halv(?:e|ed|es|ing)|"
            r"shr[iau]nk\w*|dip\w*|lower|contract(?:s|ed|ing|ion)|slid|slide\w*|tumbl\w*|sank|sink\w*|"
            r"plummet\w*|reduc\w*|narrow(?:s|ed|ing)|slip(?:s|ped|ping)?|retreat(?:s|ed|ing)?|nosediv\w*|"
            r"collaps(?:e|es|ed|ing)|crash(?:es|ed|ing)?|dived|dove|"
            # "exports eased 4%", "weakened by 3%", "lost 6%"
            r"eas(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|lost|los(?:e|es|ing)|shed(?:s|ding)?|downturns?|downswings?")
_CHANGE_WORDS = (
    _DECLINE + r"|increas\w*|grow\w*|grew|growth|ris(?:e|es|en|ing)|rose|jump\w*|surg\w*|soar\w*|"
    r"climb\w*|(?<!made )(?<!make )(?<!makes )(?<!making )up(?!\s+to\b)|boost\w*|expan\w*|rebound\w*|higher|gain(?:s|ed)?|widen\w*|"
    r"spik(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|hikes?|upticks?|upswings?|upturns?")
_GROWTH = re.compile(r"\b(?:" + _CHANGE_WORDS + r")\b", re.IGNORECASE)
# The change named right after a rate: "a 9% fall", "a 20 percent year-on-year increase", "5% less".
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:year-on-year|y/y|yoy|on-year|annual|yearly|month-on-month|sharp|steep)\s+)*"
    r"(?P<word>" + _DECLINE + r"|less|increase|rise|growth|jump|surge|gain|rebound|expansion|higher|more|up|"
    r"hike|uptick|upswing|upturn)\b",
    re.IGNORECASE,
)
# A rate of something other than trade in the clause before it ("tariffs on Indian imports
# rose to 25%", export prices, the economy), or named just after it ("a 10% rise in tariffs").
_OTHER_RATE = r"tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|prices?|inflation|gdp|economy|unemployment"
_OTHER_RATE_WORD = re.compile(r"\b(?:" + _OTHER_RATE + r")\b", re.IGNORECASE)
_OTHER_RATE_CLAUSE = re.compile(r"\b(?:" + _OTHER_RATE + r")\b[^,;]*$", re.IGNORECASE)
# What a tariff or a price is on or of: "tariffs on Indian imports", "prices of exports".
_RATE_OBJECT = re.compile(r"\b(?:on|of|for|against)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_OTHER_RATE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){1,2}(?:in|on|of)\s+(?:the\s+)?(?:" + _OTHER_RATE + r")\b",
                               re.IGNORECASE)
# A company's share price is not a figure about countries ("its shares plummeted 13%").
_SHARE_PRICE_CLAUSE = re.compile(r"\b(?:shares|stocks|(?:share|stock)\s+prices?)\b[^,;]*$", re.IGNORECASE)
# Nor is a share of votes or of the people polled ("won 52 percent of the vote", "a poll
# found 90 percent backed the pact").
_OPINION_CLAUSE = re.compile(r"\b(?:polls?|surveys?|surveyed|approval\s+ratings?)\b[^,;]*$", re.IGNORECASE)
_OPINION_SHARE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:votes?|ballots?|seats|voters|electorate|respondents|"
    r"(?:those|people)\s+(?:polled|surveyed|asked|questioned))\b", re.IGNORECASE)
# "rose by", "a decline of", or a verb of change right before the amount ("fell $10 billion,
# or 15 percent, to $57 billion"): the amount is the change.
_CHANGE_BY = re.compile(r"\b(?:" + _CHANGE_WORDS + r")\s+(?:(?:of|by)\s+)?(?:(?:about|some|nearly|almost)\s+)?$",
                        re.IGNORECASE)
_CHANGE_BY_REACH = 40
_DECLINE_WORD = re.compile(_DECLINE + "|less", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(
    r"\b(?:from|to)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE)
_GROWTH_NOUN = re.compile(r"growth|negative\s+growth", re.IGNORECASE)
_BILATERAL = re.compile(
    r"\b(?:bilateral|two[-\s]way|mutual|both\s+(?:countries|nations|states|sides)|"
    r"the\s+two\s+(?:countries|nations|states|sides|neighbou?rs)|between\s+the\s+two)\b",
    re.IGNORECASE,
)
LENGTH_UNITS = ("km", "miles")
MIN_PEOPLE = 1000
_CASUALTY = re.compile(
    r"\b(?:kill\w*|dead|died|die|deaths?|wound\w*|injur\w*|casualt\w*|fatalit\w*|slain|"
    r"perish\w*|massacr\w*|lost\s+their\s+lives|gunned\s+down|shot\s+dead|martyr\w*)\b",
    re.IGNORECASE,
)
_CASUALTY_REACH = 40
# Goals: "a target of $100bn", "aims to reach $15 billion", "to boost trade to $5bn by 2025".
_TARGET_NOUN = re.compile(
    r"\b(?:targets?|targeting|targeted|goals?|ambition|aim(?:s|ed|ing)?\s+(?:for|at))\s+(?:of\s+)?$", re.IGNORECASE)
# "a $15 billion trade target"
_TARGET_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:targets?|goals?)\b", re.IGNORECASE)
# Goal words, modals of a value still to come ("trade will hit $15 billion", "could reach"), and
# verbs of wanting or forecasting, with what they want before their "to" ("want trade to reach",
# "is projected to reach")
_GOAL = re.compile(
    r"\b(?:targets?|targeted|targeting|goals?|ambition|aim(?:s|ed|ing)?|seek(?:s|ing)?|"
    r"will|would|should|could|shall|(?-i:may)|might|"  # "May" is a month
    r"(?:plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|vow(?:s|ed)?|pledg(?:e|es|ed|ing)|"
    r"intend(?:s|ed)?|expect(?:s|ed)?|set|agree(?:s|d)?|decid(?:e|es|ed)|commit(?:s|ted)?|"
    r"work(?:s|ed|ing)?|striv(?:e|es|ing)|resolv(?:e|es|ed)|project(?:s|ed)?|forecast|poised|likely|"
    r"on\s+track|potential)(?:\s+[\w'’-]+){0,3}?\s+to)\b", re.IGNORECASE)
# A goal named by its word, with the amount as its object and a deadline or horizon after it:
# "are targeting non-oil trade of $100 billion by 2030", "target a trade volume of $15 billion
# in the coming years", "eye $50bn in trade by 2030"
_GOAL_WORD = re.compile(r"\b(?:targets?|targeting|targeted|goals?|ambitions?|aim(?:s|ed|ing)?|seek(?:s|ing)?|"
                        r"sought|ey(?:e|es|ed|eing|ing))\b", re.IGNORECASE)
# "up to $2bn" is a ceiling, not the end of a change
_TO_AMOUNT = re.compile(
    r"\b(?:(?<!up )(?<!compared )to|reach|reaching|achieve|achieving|hit|hitting|touch|cross|exceed|surpass|top)\s+"
    r"(?:(?:about|around|over|more\s+than|nearly|at\s+least)\s+)?$", re.IGNORECASE)
# A change still to come (base form or -ing, not "rose to"): with a deadline after the amount, a goal.
_RAISE_TO = re.compile(
    r"\b(?:raise|raising|boost|boosting|increase|increasing|double|doubling|triple|tripling|lift|lifting|"
    r"take|taking|push|pushing|expand|expanding|bring|bringing|grow|growing)\b[^,;]*\bto\s+$", re.IGNORECASE)
FLOWS = ("exports", "imports")
TRADE = ("trade_total", "trade_balance", "trade_growth", "exports", "imports")
MONEY_VARIABLES = TRADE[:2] + FLOWS + ("investment", "deal_value", "aid", "loan")
# What may be counted in goods (tonnes, bales, doses) rather than money.
GOODS_VARIABLES = FLOWS + ("trade_total", "aid")
# A plural noun right after a scaled number without a currency, or after one word that is no
# preposition ("2.5 million doses", "2 million vaccine doses") is what it counts; these words ending in -s are not nouns ("800 million was", "800 million represents").
_PLURAL_NOUN = re.compile(r"\s+(?:[a-z]+-|(?!(?:in|of|for|to|from|and|or|worth|as|at|on|by|with)\b)[a-z]+\s+)?"
                          r"(?P<noun>[a-z]{2,}[^s\W]s)\b")
_NOT_COUNTED = frozenset({
    "was", "has", "its", "this", "thus", "plus", "less", "unless", "across", "towards", "whereas",
    "besides", "perhaps", "always", "afterwards", "represents", "includes", "remains", "means", "goes",
    "comes", "makes", "marks", "shows", "accounts", "stands", "exceeds", "equals",
})
# Words after which the quantity's own noun phrase ends and the cue "after" it is not its own.
# "$2bn in loans", "$5 billion of Chinese investment", "$1 billion worth of exports", "$5bn investment"
# and words that qualify money before its noun: "a $200 million soft loan", "$1bn concessional credit"
_AFTER_LINK = re.compile(
    r"^\s*(?:(?:in|of|worth\s+of|for|as)\s+(?:[\w-]+\s+){0,2}|(?:(?:soft|concessional|concessionary|"
    r"interest-free|zero-interest|low-interest|preferential|commercial|emergency|military|budgetary|"
    r"new|additional|fresh|further)\s+){1,2})?$", re.IGNORECASE)
# Verbs of handing over money or goods, for an amount no cue word names.
_GIVING = re.compile(
    r"\b(?:giv(?:e|es|en|ing)|gave|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|"
    r"disburs(?:e|es|ed|ing)|grant(?:s|ed|ing)|donat(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|"
    r"send(?:s|ing)?|sent|announc(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|"
    r"commit(?:s|ted|ting)?|promis(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|gift(?:s|ed|ing)?|"
    r"dispatch(?:es|ed|ing)?|extend(?:s|ed|ing)?|deliver(?:s|ed|ing)?|releas(?:e|es|ed|ing)|"
    r"approv(?:e|es|ed|ing)|channel(?:s|led|ling|ed|ing)?|transfer(?:s|red|ring)?|unveil(?:s|ed|ing)?|airlift(?:s|ed|ing)?|"
    # "will supply Ukraine with $2.5 billion of weapons" (while "supplied 40% of its oil" is trade)
    r"suppl(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){1,3}?with)\b", re.IGNORECASE)
_TO_HELP = re.compile(r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:help|assist)\b", re.IGNORECASE)
_PACKAGE = re.compile(r"packages?", re.IGNORECASE)
# Goods shipped are exports, unless the sentence tells they are given ("a shipment of 25,000
# tonnes of wheat sent as humanitarian aid", "shipped free of charge").
_SHIPPING = re.compile(r"shipped|shipments?", re.IGNORECASE)
_GIFT = re.compile(r"\b(?:aid|humanitarian|assistance|donat(?:e|ed|ion|ions)|gifts?|gifted|grants?|"
                   r"free\s+of\s+(?:charge|cost)|for\s+free)\b", re.IGNORECASE)
# "will make $20 billion available to Mexico"
_MAKE = re.compile(r"\b(?:mak(?:e|es|ing)|made)\b", re.IGNORECASE)
_AVAILABLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?available\b", re.IGNORECASE)
_AVAILABLE_BEFORE = re.compile(r"\bavailable\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A price of a unit of goods ("$9.10 per barrel", "$300 a tonne") is not the value of a flow or a deal.
_UNIT_PRICE = re.compile(
    r"\s*(?:per|a|an|each)\s+(?:barrel|tonne|ton|metric\s+ton|kilo(?:gram)?|kg|litre|liter|gallon|"
    r"cubic\s+met(?:re|er)|mmbtu|unit|megawatt-hour|kilowatt-hour|kwh|mwh|bushel|ounce)\b", re.IGNORECASE)
# The other side of a flow referred to, not named: "exports to its neighbour", "trade with the
# North" (of a divided country), "imports from the kingdom".
_PARTNER_REFERENCE = re.compile(
    r"\b(?:to|from|into|with)\s+(?:the|its|their)\s+(?:(?-i:North|South)\b|(?:southern|northern|western|"
    r"eastern)?\s*neighbou?r(?:ing\s+(?:country|state|nation))?\b|kingdom\b|island\s+(?:nation|state)\b)",
    re.IGNORECASE)
# A relative clause or a parenthesis set off inside a sentence.
_ASIDE = re.compile(r",\s*(?:which|who|that)\b[^,;()]*,|\([^()]*\)", re.IGNORECASE)
# A cue this many words before the quantity loses to one tied right after it.
_FAR_WORDS = 6
# The goods between a flow's cue and "by" its owner: "imports of Russian crude oil by India"
_GOODS_BEFORE_BY = re.compile(r"\s*(?:of\s+(?:[\w'’-]+\s+){1,3})?")
# What ends a quantity's clause before a cue after it: a comma or a conjunction.
_CLAUSE_AFTER = re.compile(r"[,;]|\b(?:as(?!\s+(?:part|a|an)\b)|while|whereas|because|since|after|before|when|but|although|though|"
                           r"which|who|that|amid)\b", re.IGNORECASE)
# Up to a few words of what the money is, then the one it goes to: " in aid to ", " for "
_TO_RECIPIENT = re.compile(r"(?:\s+(?:in|of|worth)(?:\s+[\w-]+){1,2})?\s+(?:to|for)\s+(?:the\s+)?", re.IGNORECASE)
# A participle that goes on about the subject of the clause before: ", reaching $5bn"
_GOES_ON = re.compile(r",\s*(?:reaching|totall?ing|amounting\s+to|hitting|touching|standing\s+at|"
                      r"(?:rising|climbing|growing|jumping|falling|dropping|declining)\s+to)\s+"
                      r"(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$", re.IGNORECASE)
# A sale told by its verb loses to a cue tied after the amount ("bought jets in a $2bn deal").
_SALE_VERB = re.compile(r"sold|bought|purchased|purchasing", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """The cue word that named what a quantity measures, with its span in the sentence."""

    variable: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in the sentence: code and span in the sentence text."""

    code: str
    start: int
    end: int


def find_cue(text: str, quantity: Quantity, prev_end: int, next_start: int) -> Cue | None:
    """The cue for ``quantity``: the nearest one since the previous quantity (unless it
    is far or a deal, and one is tied right after it: "exports rose, and it received $2bn
    in loans"), then one tied after it ("$5 billion of investment"), then earlier in the
    sentence."""
    between = _last_cue(text, prev_end, quantity.start)
    if between is not None and between.variable == "deal_value" and _GOES_ON.search(text, between.end, quantity.start):
        # ", reaching $50.5 billion" goes on about the trade the clause is about, not a deal named
        # inside its phrases ("trade grew 15% in the first year of their partnership agreement, reaching")
        subject = _first_cue(text, 0, between.start)
        between = subject if subject is not None and subject.variable in TRADE else between
    after = _first_cue(text, quantity.end, next_start)
    tied_after = after if after and _AFTER_LINK.match(text[quantity.end:after.start]) else None
    far = len(text[between.end:quantity.start].split()) > _FAR_WORDS if between else False
    # a deal or package told by its money after the amount is that money ("the package
    # includes $20 billion in loans")
    vaguer = between is not None and tied_after is not None and between.variable == "deal_value" != tied_after.variable
    # the cue tied after the amount before is that one's ("a $150 million grant and a $200 million soft loan")
    others = between is not None and prev_end > 0 and bool(_AFTER_LINK.match(text[prev_end:between.start]))
    if between and not (tied_after and (far or vaguer or others or _SALE_VERB.fullmatch(text[between.start:between.end]))):
        return between
    if tied_after:
        return tied_after
    if after and _CLAUSE_AFTER.search(text, quantity.end, after.start):
        # a cue in another clause ("…, which has a population of", "the rupee fell 2% as trade
        # talks stalled") is not its own
        after = None
    return _last_cue(text, 0, quantity.start) or after


def classify(text: str, quantity: Quantity, cue: Cue | None,
             aid_told: bool = False) -> tuple[str, str | None] | None:
    """(variable, unit) for a quantity, or None when it is not a figure about trade or countries.

    A percent is a growth rate when the sentence speaks of change; a bare
    scaled number ("800 million") takes its unit from its cue: money for
    trade and the like, people for population. Goods shipped are aid when the
    sentence tells they are given, or the article's last figure was aid (``aid_told``).
    """
    unit = quantity.unit
    variable = cue.variable if cue else None
    # a verb of giving names what its amount is better than a cue in another phrase after it
    # ("offered 240,000 tonnes of food to Pyongyang under the deal")
    if (cue is None or not cue_is_its_own(text, quantity, cue)) and given(text, quantity):
        variable = "aid"
    elif (
        variable == "deal_value"
        and cue is not None
        and _PACKAGE.fullmatch(text, cue.start, cue.end)
        and given(text, quantity)
    ):
        variable = "aid"  # a package handed over, not signed ("announced a $400 million package for Ukraine")
    if variable is None and _TO_HELP.match(text, quantity.end):
        variable = "aid"  # "will spend 10 billion yen to help Ukraine restore its grid"
    if variable == "exports" and cue is not None and _SHIPPING.fullmatch(text, cue.start, cue.end) \
            and (aid_told or _GIFT.search(text)):
        variable = "aid"  # goods shipped as a gift ("shipped 50,000 tonnes of wheat free of charge")
    if unit in LENGTH_UNITS:
        return "length", unit
    if unit == "percent":
        if (_SHARE_PRICE_CLAUSE.search(text, 0, quantity.start) or _OPINION_CLAUSE.search(text, 0, quantity.start)
                or _OPINION_SHARE.match(text, quantity.end)):
            return None
        if other_rate(text, quantity):
            return "other", unit
        if variable in TRADE and change_word(text, quantity) and not is_level(text, quantity):
            return "trade_growth", unit
        return "other", unit
    if variable == "population":
        return ("population", "people") if unit in (None, "people") else ("other", unit)
    if unit == "people":
        # "210 people arrested" is an incident, not a figure; people killed or wounded are
        return ("other", unit) if quantity.value >= MIN_PEOPLE or is_casualty(text, quantity) else None
    if unit is None:
        counted = counted_noun(text, quantity)
        if counted:  # "sold 1.2 million bales of cotton": goods counted, not money
            return (variable, counted) if variable in GOODS_VARIABLES else None
        return (variable, None) if variable in MONEY_VARIABLES else None
    if is_currency(unit):
        if _UNIT_PRICE.match(text, quantity.end) or is_change_amount(text, quantity):
            return "other", unit
        return (variable if variable in MONEY_VARIABLES else "other"), unit
    # goods are traded or given ("50,000 tonnes of rice in food aid"); goods no cue names, in an
    # article whose last figure was aid, are more of it ("The first 25,000 tonnes arrived")
    if variable is None and aid_told:
        variable = "aid"
    return (variable if variable in GOODS_VARIABLES else "other"), unit


def counted_noun(text: str, quantity: Quantity) -> str | None:
    """The plural noun a scaled number without currency counts ("1.2 million bales"), else None."""
    match = _PLURAL_NOUN.match(text, quantity.end)
    if match is None or match.group("noun") in _NOT_COUNTED:
        return None
    return match.group("noun")


def cue_is_its_own(text: str, quantity: Quantity, cue: Cue) -> bool:
    """True when the cue names the quantity: it is before it (but a deal in another clause
    is only the setting: "Under the deal, Japan will provide 1 billion yen"), or tied right
    after it ("$2bn in loans")."""
    if cue.start < quantity.start:
        return not (cue.variable == "deal_value" and re.search(r"[,;:]", text[cue.end:quantity.start]))
    return bool(_AFTER_LINK.match(text[quantity.end:cue.start]))


def other_rate(text: str, quantity: Quantity) -> bool:
    """True for a rate of something other than trade: a tariff, a price or the economy
    named in its clause before it ("tariffs on Indian imports rose to 25%") or just after
    it ("a 10% rise in tariffs"). Trade named after the tariff, and not as what the tariff
    is on, is what the rate measures ("the tariffs have cut imports of tires by 30 percent")."""
    if _OTHER_RATE_AFTER.match(text, quantity.end):
        return True
    clause = _OTHER_RATE_CLAUSE.search(text, 0, quantity.start)
    if clause is None:
        return False
    last = list(_OTHER_RATE_WORD.finditer(text, clause.start(), quantity.start))[-1]
    return not any(
        match.lastgroup in TRADE and not _RATE_OBJECT.search(text, 0, match.start())
        for match in _CUE.finditer(text, last.end(), quantity.start))


def given(text: str, quantity: Quantity) -> bool:
    """True for an amount a verb of giving (or receiving) in its clause hands over ("Japan
    pledged 1 billion yen to the fund", "will provide Iraq with 50,000 tonnes of wheat", "will
    make $20 billion available to Mexico", "Kenya received $40 million")."""
    clause = re.split(r"[,;:]", text[:quantity.start])[-1]
    available = _AVAILABLE_AFTER.match(text, quantity.end) or _AVAILABLE_BEFORE.search(clause)
    return bool(_GIVING.search(clause) or (_MAKE.search(clause) and available))


def is_casualty(text: str, quantity: Quantity) -> bool:
    """True when the people counted were killed or wounded ("killed three people",
    "20 soldiers were killed"): a word of it in the same clause, just before or after."""
    before = text[max(0, quantity.start - _CASUALTY_REACH):quantity.start]
    after = text[quantity.end:quantity.end + _CASUALTY_REACH]
    return bool(_CASUALTY.search(re.split(r"[,;:]", before)[-1]) or _CASUALTY.search(re.split(r"[,;:]", after)[0]))


def is_target(text: str, quantity: Quantity, has_deadline: bool) -> bool:
    """True when the amount is a goal, not a value reached: named a target ("a target of
    $100bn", "a $100bn target", "aim for $100bn"), the end of a change a goal word or a
    modal introduces in its clause ("aiming to boost trade from $10 billion to $15
    billion", "trade will hit $15 billion"), or of a change to come, or the object of a goal
    word, with a deadline or horizon ("to raise trade to $5bn by 2025", "target trade of $15bn
    in the coming years")."""
    before = text[:quantity.start]
    if _TARGET_NOUN.search(before) or _TARGET_AFTER.match(text, quantity.end):
        return True
    clause = re.split(r"[,;:]", before)[-1]
    if _TO_AMOUNT.search(clause) and _GOAL.search(clause):
        return True
    return has_deadline and bool(_RAISE_TO.search(clause) or _GOAL_WORD.search(clause))


def is_level(text: str, quantity: Quantity) -> bool:
    """True for a rate a change goes to or from, a level rather than the change ("its share
    rose to 15.4 percent, up from 13.6 percent"), unless the rate is itself a growth ("export
    growth slowed to 3 percent")."""
    return bool(_LEVEL_BEFORE.search(text, 0, quantity.start)) and not _GROWTH_NOUN.fullmatch(
        change_word(text, quantity) or "")


def change_word(text: str, quantity: Quantity) -> str | None:
    """The word of change a rate measures: the one tied right after it ("a 9% fall"), else
    the nearest before it ("fell 5.76 percent")."""
    after = _CHANGE_AFTER.match(text, quantity.end)
    if after:
        return after.group("word")
    words = list(_GROWTH.finditer(text, 0, quantity.start))
    return words[-1].group() if words else None


def is_change_amount(text: str, quantity: Quantity) -> bool:
    """True for the size of a change, not a level: "fell by £2.1bn to £48.3bn"."""
    return bool(_CHANGE_BY.search(text, max(0, quantity.start - _CHANGE_BY_REACH), quantity.start))


def growth_sign(text: str, quantity: Quantity) -> int:
    """-1 when the change a growth rate measures is a decline ("fell 5.76 percent", "a 9%
    drop", "negative growth of 3%"), else 1."""
    word = change_word(text, quantity)
    return -1 if word and _DECLINE_WORD.fullmatch(word) else 1


def is_bilateral(text: str) -> bool:
    """True when the sentence speaks of both countries together ("bilateral trade")."""
    return bool(_BILATERAL.search(text))


def figure_countries(
    text: str,
    variable: str,
    quantity: Quantity,
    local: list[CountryMention],
    pair: tuple[str, ...],
    bilateral: bool,
) -> tuple[str, ...]:
    """The countries a figure is about.

    Flows, deals, aid and rates (a tariff) are between countries: the two named in
    the sentence; the article's main pair when the sentence says "bilateral",
    names no country for a trade figure or an amount of money ("the goods held
    up are worth €26 million"), names one as a partner ("exports to
    Russia", "trade with Russia"), or names one side of a deal, a grant or a
    tariff ("Kenya secured a $2bn loan"). "Pakistan's exports rose" alone is
    Pakistan's own. A length (a pipeline, a border) is between the countries the
    sentence names, the pair's when it names only sides of the pair. A population
    belongs to the country named nearest before it. People killed may be of either side the sentence names
    ("Indian shelling killed three people in Pakistan"), of the article's two
    when it names none.
    """
    codes = _unique(m.code for m in local)
    if variable == "length" and codes and len(pair) == 2 and set(codes) <= set(pair):
        # a pipeline, a border or a sea line runs between two countries: the pair's when
        # the sentence names only its sides ("Germany's coast, where the pipeline lands")
        return tuple(sorted(pair))
    if variable == "length" and len(codes) == 2:
        return tuple(sorted(codes))  # "250 miles between China and Japan"
    if variable in ("population", "length"):
        nearest = _nearest(quantity, local)
        return (nearest,) if nearest else ()
    if variable == "other" and quantity.unit == "people" and not codes:
        return tuple(sorted(pair))
    if len(codes) > 2:
        recipient = _recipient(text, quantity, local) if variable not in TRADE else None
        if recipient is not None and local[0].code != recipient:
            # "pledged £100 million to Sudan and £20 million to Chad": the giver and each one's recipient
            return tuple(sorted((local[0].code, recipient)))
        if set(pair) <= set(codes) and len(pair) == 2:
            return tuple(sorted(pair))
        codes = _unique(m.code for m in sorted(local, key=lambda m: abs(m.start - quantity.start)))[:2]
    one_side = variable not in TRADE and len(codes) == 1
    if len(codes) < 2 and len(pair) == 2 and (not codes or codes[0] in pair) and (
        bilateral or one_side or (variable in TRADE and (not codes or _partner_named(text, local)))
        or (not codes and is_currency(quantity.unit))
    ):
        return tuple(sorted(pair))
    return tuple(sorted(codes))


def _recipient(text: str, quantity: Quantity, local: list[CountryMention]) -> str | None:
    """The country an amount goes to, named right after it ("$20 million to Chad", "£100
    million in aid for Sudan"), else None."""
    for mention in local:
        if mention.start >= quantity.end:
            between = text[quantity.end:mention.start]
            return mention.code if _TO_RECIPIENT.fullmatch(between) else None
    return None


def _partner_named(text: str, local: list[CountryMention]) -> bool:
    """True when a country is named as the other side of a flow ("to Russia", "with
    Russia", "imports of Russian oil"), or referred to as the other side ("to its
    neighbour", "shipments to the North")."""
    if _PARTNER_REFERENCE.search(text):
        return True
    for mention in local:
        before = text[:mention.start]
        if re.search(r"\b(?:to|from|into|with)\s+(?:the\s+)?$", before, re.IGNORECASE):
            return True
        if re.search(r"\bof\s+$", before, re.IGNORECASE) and _modifies_goods(text, mention):
            return True
    return False


def flow_direction(
    text: str,
    cue: Cue,
    local: list[CountryMention],
    countries: tuple[str, ...],
    limit: int,
) -> tuple[str | None, str | None]:
    """(exporter, importer) of a flow named by an exports/imports cue; either may be None.

    "exports of Pakistan to Russia" / "Pakistan's exports to Russia" -> (PAK, RUS);
    "imports from Russia to Pakistan" -> (RUS, PAK); "imports of Russian oil" ->
    (RUS, the other country). ``limit`` ends the phrase (the next quantity).
    """
    owner, source, target, goods = None, None, None, None
    # the phrase of another flow named before the next quantity is not this one's ("exports to
    # China fell 20% and imports from China 15%")
    following = _first_cue(text, cue.end, limit)
    if following is not None and following.variable in FLOWS:
        limit = following.start
    for mention in local:
        if mention.end <= cue.start and _owns(text[mention.end:cue.start]):
            owner = mention.code
        if cue.end <= mention.start < limit:
            role = _role_after(text, cue.end, mention)
            if role == "from" and source is None:
                source = mention.code
            elif role == "to" and target is None:
                target = mention.code
            elif role == "by":  # "Russian gas imports by Turkey": the one who imports, over an adjective
                owner = mention.code
            elif role == "of" and owner is None:
                if _modifies_goods(text, mention):
                    goods = mention.code
                else:
                    owner = mention.code
    if cue.variable == "exports":
        exporter, importer = owner or source, target
    else:
        exporter, importer = source or goods, owner or target
    return _complete(exporter, importer, countries)


def flow_reporter(text: str, local: list[CountryMention], countries: tuple[str, ...]) -> tuple[str, str] | None:
    """(reporter, partner) of the first flow a sentence names with both sides ("Vietnam's
    shipments to US surge": VNM, USA), the missing side taken from ``countries``; else None."""
    for match in _TRADE_CUE.finditer(text):
        if match.lastgroup not in FLOWS:
            continue
        cue = Cue(match.lastgroup, match.start(), match.end())
        exporter, importer = flow_direction(text, cue, local, countries, len(text))
        if exporter and importer:
            return (exporter, importer) if cue.variable == "exports" else (importer, exporter)
    return None


def names_trade(text: str) -> bool:
    """True when the text names trade, a flow or a balance ("exports to China rose sharply")."""
    lowered = text.lower()
    return any(stem in lowered for stem in _TRADE_STEMS) and bool(_TRADE_CUE.search(text))


def trade_reporter(text: str, local: list[CountryMention]) -> tuple[str, str] | None:
    """(reporter, partner) of a trade or a balance one country owns with another ("Pakistan's
    trade deficit with China narrowed as exports rose 15%": the exports are Pakistan's to
    China), else None."""
    for match in _TRADE_CUE.finditer(text):
        if match.lastgroup not in ("trade_total", "trade_balance"):
            continue
        owner = next((m.code for m in reversed(local)
                      if m.end <= match.start() and _owns(text[m.end:match.start()])), None)
        partner = next((m.code for m in local if m.start >= match.end()
                        and re.fullmatch(r"\s+with\s+(?:the\s+)?", text[match.end():m.start], re.IGNORECASE)), None)
        if owner and partner and owner != partner:
            return owner, partner
    return None


def _complete(exporter: str | None, importer: str | None, countries: tuple[str, ...]) -> tuple[str | None, str | None]:
    """Fill the missing side of a flow with the other country of the pair."""
    if len(countries) == 2:
        if exporter and not importer and exporter in countries:
            importer = next(c for c in countries if c != exporter)
        elif importer and not exporter and importer in countries:
            exporter = next(c for c in countries if c != importer)
    if exporter == importer:
        return None, None
    return exporter, importer


def _owns(between: str) -> bool:
    """True when the words between a country and the cue make it the owner: "Pakistan's"
    with up to two words of goods ("Australia's wine exports"), or "Pakistan" and some of
    a few words ("Pakistan has also exported")."""
    if re.fullmatch(r"\s*['’]s?\s+(?:[a-z-]+\s+){0,2}", between):
        return True
    return bool(re.fullmatch(
        r"\s*(?:(?:total|annual|overall|monthly|yearly|own|has|have|had|also|"
        r"recently|further|oil|gas|energy|wheat|food|textile|goods|merchandise)\s+)*", between, re.IGNORECASE))


def _role_after(text: str, cue_end: int, mention: CountryMention) -> str | None:
    """The preposition that ties a country after the cue to the flow: from, to, of, by."""
    before = text[cue_end:mention.start]
    if len(before) > 80 or re.search(r"[;.]|\bwhereas\b|\bwhile\b", before):
        return None
    match = re.search(r"\b(from|to|into|of|by)\s+(?:the\s+)?$", before, re.IGNORECASE)
    if not match:
        return None
    word = match.group(1).lower()
    if word == "by" and not _GOODS_BEFORE_BY.fullmatch(before, 0, match.start()):
        # "imports fell, hit by China's curbs": only "imports by Turkey" or "imports of Russian
        # crude by India" names the importer
        return "of"
    return {"into": "to"}.get(word, word)


def _modifies_goods(text: str, mention: CountryMention) -> bool:
    """True for "Russian oil": the country word is followed by a noun, not a preposition."""
    following = re.match(r"\s*([a-z]+)", text[mention.end:])
    if not following:
        return False
    return following.group(1) not in {
        "from", "to", "into", "in", "during", "and", "or", "was", "were", "is", "are", "has",
        "have", "had", "stood", "reached", "for", "with", "at", "by", "rose", "fell", "increased",
        "decreased", "grew", "amounted", "totalled", "totaled", "stand", "stands", "recorded",
        "over", "of", "on", "this", "that", "which", "last", "since", "jumped", "declined",
    }


def _nearest(quantity: Quantity, local: list[CountryMention]) -> str | None:
    before = [m for m in local if m.end <= quantity.start]
    if before:
        return before[-1].code
    after = [m for m in local if m.start >= quantity.end]
    return after[0].code if after else None


def _last_cue(text: str, start: int, end: int) -> Cue | None:
    """The last cue between ``start`` and ``end``, not counting one in an aside closed
    before ``end`` ("imports from China, which make up most of its trade, fell 81%")."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)]
    last = None
    for match in _CUE.finditer(text, start, end):
        if not any(a <= match.start() and match.end() <= b for a, b in asides):
            last = match
    return _cue(last)


def _first_cue(text: str, start: int, end: int) -> Cue | None:
    return _cue(_CUE.search(text, start, end))


def _cue(match: re.Match[str] | None) -> Cue | None:
    """The cue of a match; a deal named by what its money is ("a loan package", "an aid
    package", "an investment agreement") is that money."""
    if match is None:
        return None
    if match.lastgroup == "deal_value":
        modifier = _MONEY_MODIFIER.search(match.string, 0, match.start())
        if modifier and modifier.lastgroup in ("investment", "loan", "aid"):
            return Cue(modifier.lastgroup, modifier.start(), match.end())
        told_after = _MONEY_AFTER_DEAL.match(match.string, match.end())  # "a package of assistance"
        if told_after and told_after.lastgroup in ("investment", "loan", "aid"):
            return Cue(told_after.lastgroup, match.start(), told_after.end())
    return Cue(match.lastgroup or "other", match.start(), match.end())


def _unique(codes: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for code in codes:
        seen.setdefault(code, None)
    return tuple(seen)
