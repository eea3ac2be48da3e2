"""The quantity parser: every written form of a number, currency and unit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.figures.numbers import approximation, find_quantities, parse_number, word_number
from bilateral.figures.units import settle_shared_symbol


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        ("Trade stood at US $ 478.03 million last year.", "US $ 478.03 million", 478.03e6, "USD"),
        ("The deficit was $ US 184.20 million.", "$ US 184.20 million", 184.2e6, "USD"),
        ("Turnover hit 1 billion USD for the first time.", "1 billion USD", 1e9, "USD"),
        ("The refinery will cost Rs 5bn to build.", "Rs 5bn", 5e9, "RUPEE"),
        ("A loan of $450 million was approved.", "$450 million", 450e6, "USD"),
        ("Sales reached 800 million in the period.", "800 million", 800e6, None),
        ("Some two million people crossed the border.", "two million people", 2e6, "people"),
        ("They laid a 1,100-kilometer cable.", "1,100-kilometer", 1100, "km"),
        ("Support fell to 82 percent in the poll.", "82 percent", 82, "percent"),
        ("Prices rose 7.24 percent in a month.", "7.24 percent", 7.24, "percent"),
        ("The country has 235.8 million inhabitants.", "235.8 million inhabitants", 235.8e6, "people"),
        ("Tokyo pledged 5 trillion yen over five years.", "5 trillion yen", 5e12, "JPY"),
        ("The bank raised €2.3bn in bonds.", "€2.3bn", 2.3e9, "EUR"),
        ("Exports fell to $4.1 billion.", "$4.1 billion", 4.1e9, "USD"),
        ("The province set aside Rs. 500 crore for roads.", "Rs. 500 crore", 5e9, "RUPEE"),
        ("The scheme covers 3 lakh farmers.", "3 lakh", 3e5, None),
        # Indian compound scales: a lakh crore is 10^12, a thousand crore 10^10
        ("Receipts fell by Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", 1.5e12, "RUPEE"),
        ("The outlay is Rs 50 thousand crore.", "Rs 50 thousand crore", 5e11, "RUPEE"),
        ("Inflation eased to 12 per cent.", "12 per cent", 12, "percent"),
        ("The fund holds £40m in cash.", "£40m", 40e6, "GBP"),
        ("A contract worth EUR 75 million was signed.", "EUR 75 million", 75e6, "EUR"),
        ("Russia will ship 2 bcm of gas.", "2 bcm", 2e9, "m3"),
        ("The pipeline runs 300 miles.", "300 miles", 300, "miles"),
        ("They bought a billion dollars of bonds.", "a billion dollars", 1e9, "USD"),
        # currencies written by name, dollars of other countries, and withdrawn currencies
        ("Exports were 300 million lari.", "300 million lari", 300e6, "GEL"),
        ("The grant is 200 million kronor.", "200 million kronor", 200e6, "SEK"),
        ("The grant is 50 million kroner.", "50 million kroner", 50e6, "KRONE"),
        ("Sales hit 5 billion Australian dollars.", "5 billion Australian dollars", 5e9, "AUD"),
        ("The loan was 5 billion Deutsche marks.", "5 billion Deutsche marks", 5e9, "DEM"),
        ("Trade fell to 1.9 billion lats.", "1.9 billion lats", 1.9e9, "LVL"),
        ("Trade was 2 billion bolivianos.", "2 billion bolivianos", 2e9, "BOB"),
        # news-agency and business-press forms
        ("Exports rose to 2.5 billion stg.", "2.5 billion stg", 2.5e9, "GBP"),
        ("Aid of 300 mln Australian dlrs.", "300 mln Australian dlrs", 300e6, "AUD"),
        ("A loan of DM 5 billion.", "DM 5 billion", 5e9, "DEM"),
        ("The bank lent EUR1.5bn.", "EUR1.5bn", 1.5e9, "EUR"),
        ("The deal is worth $US5 million.", "$US5 million", 5e6, "USD"),
        ("Sales were NT$5 billion.", "NT$5 billion", 5e9, "TWD"),
        ("Kenya owes Sh1.2trn.", "Sh1.2trn", 1.2e12, "SHILLING"),
        ("Exports reached 150,000 tonnes of rice.", "150,000 tonnes", 150000, "tonnes"),
        ("The deal is worth 4.5 billion roubles.", "4.5 billion roubles", 4.5e9, "RUB"),
        ("The fund paid Rs 12,50,000 in fees.", "Rs 12,50,000", 1.25e6, "RUPEE"),
        ("Investment of US$5.2 billion was agreed.", "US$5.2 billion", 5.2e9, "USD"),
        ("A $10-billion deal was signed.", "$10-billion", 10e9, "USD"),
        ("The railway will cost euro3.2 billion to build.", "euro3.2 billion", 3.2e9, "EUR"),
        ("Canberra signed a frigate order worth Aus$12 billion.", "Aus$12 billion", 12e9, "AUD"),
        ("The mine cost AU$ 800 million.", "AU$ 800 million", 800e6, "AUD"),
        ("Trade of 10 billion US dollars was reported.", "10 billion US dollars", 10e9, "USD"),
        ("Exports were worth PKR 500 million.", "PKR 500 million", 500e6, "PKR"),
        ("The council set aside Sh4.5 billion for dams.", "Sh4.5 billion", 4.5e9, "SHILLING"),
        ("The port cost KSh 12bn to dredge.", "KSh 12bn", 12e9, "KES"),
        ("The plant earned RM3.1 billion last year.", "RM3.1 billion", 3.1e9, "MYR"),
        ("Canberra spent A$700 million on radars.", "A$700 million", 700e6, "AUD"),
        ("Lagos owes ₦90 billion to builders.", "₦90 billion", 90e9, "NGN"),
        ("The mine paid 2 billion rand in taxes.", "2 billion rand", 2e9, "ZAR"),
        ("Cairo spent 3 billion Egyptian pounds on wheat.", "3 billion Egyptian pounds", 3e9, "EGP"),
        ("The bank lent 40 billion pesos.", "40 billion pesos", 40e9, "PESO"),
        ("Dakar raised 50 billion CFA francs.", "50 billion CFA francs", 50e9, "CFA_FRANC"),
        ("They sent a 7,000-member force.", "7,000-member", 7000, "people"),
        ("A 3,000-strong contingent arrived.", "3,000-strong", 3000, "people"),
        # wire copy abbreviations
        ("Shipments dropped 14.5 pct last month.", "14.5 pct", 14.5, "percent"),
        ("Sales hit 420 mln dlrs in June.", "420 mln dlrs", 420e6, "USD"),
        ("Farmers sold 2.5 mln tonnes of maize.", "2.5 mln tonnes", 2.5e6, "tonnes"),
        ("Growers shipped 3 lakh tons of onions.", "3 lakh tons", 3e5, "tonnes"),
        ("Traders moved 1.2 million metric tons of soy.", "1.2 million metric tons", 1.2e6, "tonnes"),
        # letters that are a currency before a scaled amount
        ("Mines earned R12.4 billion in royalties.", "R12.4 billion", 12.4e9, "ZAR"),
        ("The state took a N5bn loan.", "N5bn", 5e9, "NGN"),
        ("The port will cost Tk 3,000 crore.", "Tk 3,000 crore", 3e10, "BDT"),
        ("Cocoa fetched GH₵2.5 billion.", "GH₵2.5 billion", 2.5e9, "GHS"),
        ("The canal earned E£10 billion.", "E£10 billion", 10e9, "EGP"),
    ],
)
def test_quantity_forms(sentence: str, written: str, value: float, unit: str | None) -> None:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    quantity = found[0]
    assert quantity.text == written
    assert quantity.value == pytest.approx(value)
    assert quantity.value == float(f"{value:.12g}")  # no binary noise: 4.1bn is 4100000000.0
    assert quantity.unit == unit
    assert sentence[quantity.start:quantity.end] == written


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty was signed in 1947 and renewed in 2014.",
        "The year 2019 marks the 70th anniversary of ties.",
        "Leaders met at COP26 and the G20.",
        "Costs are given in 2015 dollars.",
        "He stayed for 20 years and left after a two-day visit.",
        "Posted on 30.05.2024 by Tribune 24/7 staff.",
        "Three countries met in the first five months of the year.",
        "The JF-17 and Su-35 jets flew at 5m altitude.",
        "A dozen ministers attended the summit of 2022-26 plans.",
        # no scale, no money: a road, a ranking
        "Trucks took the R2 road past N2 in the ranking.",
    ],
)
def test_bare_numbers_dates_and_counts_are_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, written, value",
    [
        ("Half a million refugees fled across the border.", "Half a million refugees", 5e5),
        ("A hundred troops stayed behind.", "A hundred troops", 100),
        ("Ninety-five workers were freed.", "Ninety-five workers", 95),
        ("AN ESTIMATED A MILLION PEOPLE MARCHED.", "A MILLION PEOPLE", 1e6),
        ("Officials said a million tonnes of grain would ship.", "a million tonnes", 1e6),
    ],
)
def test_quantities_written_without_a_digit_are_read(sentence: str, written: str, value: float) -> None:
    # no digit in the sentence: the number is a word, or "a"/"an" before a scale
    assert [(q.text, q.value) for q in find_quantities(sentence)] == [(written, value)]


def test_several_quantities_in_one_sentence_keep_their_order() -> None:
    found = find_quantities("Trade rose 82 percent to $450 million, while aid fell to $3m.")
    assert [q.text for q in found] == ["82 percent", "$450 million", "$3m"]


@pytest.mark.parametrize(
    "before, approx",
    [
        ("deals worth in excess of ", "over"),
        ("trade of more than ", "over"),
        ("a loan of about ", "about"),
        ("exports of nearly ", "nearly"),
        ("investment of up to ", "up to"),
        ("a grant of less than ", "under"),
        ("trade reached ", None),
    ],
)
def test_approximation_before_a_quantity(before: str, approx: str | None) -> None:
    assert approximation(before) == approx
    assert find_quantities(before + "$10 billion")[0].approx == approx


@pytest.mark.parametrize(
    "text, value",
    [("two", 2), ("twenty-five", 25), ("three hundred", 300), ("half a", 0.5), ("1,100", 1100), ("7.24", 7.24)],
)
def test_numbers_in_digits_and_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_word_number_rejects_other_words() -> None:
    assert word_number("several") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_parser_never_raises_on_arbitrary_text(text: str) -> None:
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["$", "US", "Rs.", "5", "1,100", "million", "bn", "-", "percent",
                                 "km", " ", "USD", "two", "€", "of", "2017-18", ",", "."]), max_size=25))
def test_parser_never_raises_on_number_like_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("sentence, values", [
    ("Trade of $1.2-1.5 billion a year.", [(1.2e9, "USD"), (1.5e9, None)]),
    ("A deal worth between $1 and $2 billion.", [(1e9, "USD"), (2e9, "USD")]),
    ("Fees of $9.10 and $7.26 per barrel.", [(9.1, "USD"), (7.26, "USD")]),
])
def test_the_first_end_of_a_range_of_money_takes_the_scale_of_the_second(sentence: str, values) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == values


def test_a_letter_symbol_needs_a_number_after_it() -> None:
    assert find_quantities("The sheikh and Rm officials met 5 million fans.")[0].unit is None


@pytest.mark.parametrize("written, countries, code", [
    ("PESO", ("ARG", "BRA"), "ARS"),
    ("DINAR", ("IRQ", "TUR"), "IQD"),
    ("DIRHAM", ("ESP", "MAR"), "MAD"),
    ("RIYAL", ("QAT", "USA"), "QAR"),
    ("CFA_FRANC", ("CMR", "FRA"), "XAF"),
    ("CFA_FRANC", ("FRA", "SEN"), "XOF"),
    ("KRONE", ("DNK", "GHA"), "DKK"),
    ("KWACHA", ("MWI", "ZMB"), "MWK"),
])
def test_a_shared_currency_name_is_settled_by_the_countries(written: str, countries: tuple[str, ...], code: str) -> None:
    assert settle_shared_symbol(written, countries) == code
